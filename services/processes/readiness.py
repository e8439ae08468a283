"""Whether the web app running in the background is ready: what `contamina demo` waits for
before it prints the address, and what the tests of the background services check."""

import time
import urllib.request


def web_ready(url: str, within: float = 120.0) -> bool:
    """Poll `{url}/ready` (Kafka and Neo4j reachable) until it answers 200 or time runs out."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/ready", timeout=3) as answer:  # noqa: S310 - our URL
                if answer.status == 200:
                    return True
        except OSError:
            pass  # not listening yet, or not ready (503)
        time.sleep(0.5)
    return False
