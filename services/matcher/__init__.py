"""The matcher: a need in, ranked and explained partner suggestions out.

- `ranking/`: the pure core (fusion, filters, signals, ranking, explanations), no servers;
- `usecase.py`: `Matcher`, which retrieves candidates from the graph and ranks them;
- `service.py`: the matcher as a Kafka service (match requests in, suggestions out).

Imports run one way: service → usecase → ranking. Nothing here writes to the graph.
"""
