"""Benchmarks: what Contamina's work costs, beside baselines measured in the same run."""
