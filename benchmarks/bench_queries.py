"""Time every saved query against a built store.

    kg build ../shared/corpus/govpr/ --store /tmp/full -j 2
    python benchmarks/bench_queries.py /tmp/full

Prints one line per query: rows and seconds (median of 3 runs), with sample parameters.
"""
from __future__ import annotations

import statistics
import sys
import time

from kg.queries import load_queries, run_query
from kg.store import open_store

SAMPLES = {"agency": "State", "person": "Blinken", "country": "Japan", "speaker": "Biden",
           "topic": "immigration", "entity": "Mexico"}


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else None
    with open_store(path, read_only=True) as store:
        stats = store.stats()
        print(f"store: {stats['articles']} articles, {stats['quads']:,} quads")
        for name, query in sorted(load_queries().items()):
            params = {p.name: SAMPLES[p.name] for p in query.parameters if p.name in SAMPLES}
            times = []
            for _ in range(3):
                start = time.perf_counter()
                _, rows = run_query(store, query, params)
                times.append(time.perf_counter() - start)
            shown = " ".join(f"{k}={v}" for k, v in params.items())
            print(f"{name:22} {shown:22} {len(rows):6} rows {statistics.median(times):8.3f} s")


if __name__ == "__main__":
    main()
