"""One embedding space per graph: the vectors of two models (or two releases of one) never mix
in the vector index. The first service to write records the model; every later one checks it."""

from neo4j import Driver

from graph import store
from services.embedding import Embedder, configured_names


class EmbeddingModelMismatchError(RuntimeError):
    pass


def check_embedding_space(driver: Driver, embedder: Embedder, database: str | None) -> None:
    """Refuse to mix vectors of two models in one index; the first use records the model."""
    model, dimension = store.embedding_space(
        driver, embedder.model_id, embedder.dimension, database
    )
    if (model, dimension) != (embedder.model_id, embedder.dimension):
        raise EmbeddingModelMismatchError(
            f"the graph's vectors come from {model} ({dimension} dimensions) but the configured"
            f" model is {embedder.model_id} ({embedder.dimension}): stop the services and run"
            " `contamina graph reembed` to move the graph to it, or set"
            f" CONTAMINA_EMBEDDING_MODEL={'+'.join(configured_names(model))} to keep the old one"
            " (docs/models.md)"
        )
    indexed = store.profile_embedding_dimension(driver, database)
    if indexed not in (None, embedder.dimension):
        raise EmbeddingModelMismatchError(
            f"the vector index holds {indexed} dimensions but {embedder.model_id} gives"
            f" {embedder.dimension}: run `contamina graph reembed`"
        )
