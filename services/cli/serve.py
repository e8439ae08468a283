"""`contamina serve`: the HTTP API (services/web/) under uvicorn."""

import uvicorn

from services import bootstrap
from services.settings import Settings


def serve() -> None:
    """Serve the HTTP API (CONTAMINA_WEB_HOST:CONTAMINA_WEB_PORT, 127.0.0.1:8000 by default)."""
    settings = Settings()
    uvicorn.run(bootstrap.web_app(settings), host=settings.web_host, port=settings.web_port)
