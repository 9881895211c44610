"""Throughput and memory of the whole pipeline on real press releases.

    python benchmarks/bench_pipeline.py [N] [CORPUS.jsonl.gz] [JOBS]

Builds the first N items (default 200) of the State Department corpus into a fresh store and
prints articles per second for parsing + extraction, for storing, and peak memory (RSS). The
CPU time of the main process is printed beside the wall time: on a shared machine it is the
number that does not depend on the load (with one process, it is all the work).
"""
from __future__ import annotations

import gzip
import itertools
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from kg import pipeline
from kg.nlp import load
from kg.rdf import article_graph, article_iri
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared/corpus/govpr/state_dept_press_releases.jsonl.gz"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "-" else DEFAULT
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as source, open(subset, "w") as out:
            for line in itertools.islice(source, n):
                out.write(line)
        words = sum(len(json.loads(line)["text"].split()) for line in open(subset))
        start = time.perf_counter()
        load()
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        results = list(pipeline.extract_facts(pipeline.articles([subset]), jobs=jobs))
        extracted, cpu_extracted = time.perf_counter(), time.process_time()
        with open_store(Path(tmp) / "store") as store:
            for result in results:
                store.replace_article(article_iri(result.article.id),
                                      article_graph(result.article, result.facts))
            quads = store.stats()["quads"]
        stored = time.perf_counter()
    facts = sum(len(r.facts) for r in results)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles            {len(results)} ({words:,} words) from {corpus.name}, "
          f"{jobs} process(es)")
    print(f"model load          {loaded - start:.2f} s")
    print(f"parse + extract     {extracted - loaded:.2f} s  "
          f"({len(results) / (extracted - loaded):.1f} articles/s, "
          f"{words / (extracted - loaded):,.0f} words/s); CPU of this process "
          f"{cpu_extracted - cpu_loaded:.2f} s")
    print(f"rdf + store         {stored - extracted:.2f} s  "
          f"({len(results) / (stored - extracted):.1f} articles/s)")
    print(f"facts               {facts:,}  quads {quads:,}")
    print(f"peak memory (RSS)   {rss:,.0f} MB")


if __name__ == "__main__":
    main()
