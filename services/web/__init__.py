"""The HTTP door (issue 9): a FastAPI app whose writes are events on Kafka and whose reads come
from the graph. `services.web.app.create_app` builds it; `contamina serve` runs it."""
