"""The ranking core: pure functions that turn a need and annotated candidates into suggestions.

Retrieval (vector, full-text, graph neighbours) happens at the edge; this package only fuses,
filters, scores, diversifies and explains, so every rule is unit-tested without a server.
"""
