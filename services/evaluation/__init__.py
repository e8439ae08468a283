"""Offline retrieval evaluation: ranking metrics and a BM25 baseline to compare the matcher with."""
