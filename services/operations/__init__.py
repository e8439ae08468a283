"""Operator commands over the graph and the log: status, rebuild, re-embedding, contracts."""
