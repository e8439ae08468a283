"""Okapi BM25 over the matcher's own tokens: the lexical baseline the hybrid ranking must beat.

It shares `services.matcher.ranking.text` with the matcher so that a gain measured against it
comes from the ranking, not from a better tokeniser.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping

from services.matcher.ranking.text import tokenize


class BM25Index:
    """An in-memory index of a few thousand profiles, built once per evaluation run."""

    def __init__(self, docs: Mapping[str, str], k1: float = 1.5, b: float = 0.75) -> None:
        if k1 < 0 or not 0.0 <= b <= 1.0:
            raise ValueError(f"need k1 >= 0 and 0 <= b <= 1, got k1={k1}, b={b}")
        self._k1, self._b = k1, b
        self._counts = {doc_id: Counter(tokenize(text)) for doc_id, text in docs.items()}
        self._lengths = {doc_id: sum(counts.values()) for doc_id, counts in self._counts.items()}
        total = sum(self._lengths.values())
        self._average = total / len(self._lengths) if total else 1.0
        frequency = Counter(term for counts in self._counts.values() for term in counts)
        self._idf = {term: self._inverse(df) for term, df in frequency.items()}
        # Postings: a query visits only the documents that hold one of its terms.
        self._postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for doc_id, counts in self._counts.items():
            for term, count in counts.items():
                self._postings[term].append((doc_id, count))

    def _inverse(self, df: int) -> float:
        """Lucene's IDF, log(1 + (N - df + 0.5) / (df + 0.5)): never negative, so a term in
        most documents still helps a little instead of pushing them down."""
        return math.log(1.0 + (len(self._counts) - df + 0.5) / (df + 0.5))

    def score(self, doc_id: str, query_terms: Collection[str]) -> float:
        """BM25 of one document for distinct query terms (repeating a word adds nothing)."""
        counts, norm = self._counts[doc_id], self._norm(doc_id)
        return sum(
            self._idf[term] * counts[term] * (self._k1 + 1.0) / (counts[term] + norm)
            for term in query_terms
            if counts[term]
        )

    def search(self, query: str, k: int, exclude: Collection[str] = ()) -> list[tuple[str, float]]:
        """The k best documents sharing a term with the query, ties broken by id."""
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        scores: dict[str, float] = defaultdict(float)
        for term in set(tokenize(query)):
            idf = self._idf.get(term, 0.0)
            for doc_id, count in self._postings.get(term, ()):
                scores[doc_id] += idf * count * (self._k1 + 1.0) / (count + self._norm(doc_id))
        hits = [(doc_id, score) for doc_id, score in scores.items() if doc_id not in exclude]
        hits.sort(key=lambda hit: (-hit[1], hit[0]))
        return hits[:k]

    def _norm(self, doc_id: str) -> float:
        return self._k1 * (1.0 - self._b + self._b * self._lengths[doc_id] / self._average)
