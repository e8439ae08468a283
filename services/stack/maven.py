"""Runtime class paths of the local servers, resolved by the installed Maven.

Maven downloads the jars once into its own cache (~/.m2); we keep only the resolved class
path, keyed by a hash of the POM, so later starts need no network and no Maven at all.
"""

import hashlib
import shutil
import subprocess
from pathlib import Path

from services.stack.errors import StackError

POM_DIR = Path(__file__).resolve().parents[2] / "deploy" / "local"


def pom(server: str) -> Path:
    path = POM_DIR / server / "pom.xml"
    if not path.is_file():
        raise StackError(f"missing {path}: run Contamina from its source checkout")
    return path


def classpath(server: str, cache_dir: Path) -> list[Path]:
    """The jars that run `server`, fetching them with Maven on first use."""
    pom_path = pom(server)
    digest = hashlib.sha256(pom_path.read_bytes()).hexdigest()[:12]
    cached = cache_dir / f"{server}-{digest}.classpath"
    if cached.is_file():
        jars = _read(cached)
        if jars and all(jar.is_file() for jar in jars):
            return jars
    cache_dir.mkdir(parents=True, exist_ok=True)
    _resolve(pom_path, cached)
    return _read(cached)


def _read(path: Path) -> list[Path]:
    return [Path(entry) for entry in path.read_text().strip().split(":") if entry]


def _resolve(pom_path: Path, output: Path) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise StackError("Maven (`mvn`) is not on PATH: install it to fetch Kafka and Neo4j")
    partial = output.with_suffix(".partial")
    command = [
        mvn, "--batch-mode", "--quiet", "--file", str(pom_path),
        "dependency:build-classpath", f"-Dmdep.outputFile={partial}",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.is_file():
        raise StackError(
            f"Maven could not resolve {pom_path} (exit {result.returncode}):\n"
            f"{(result.stdout + result.stderr)[-2000:]}"
        )
    partial.replace(output)
