"""Compare the ways kg could keep its graph: load time, query time, memory, disk.

    .venv/bin/python benchmarks/bench_store.py [--articles 700] [--backends rdflib,kg.store]

Each backend runs in a fresh subprocess (so peak memory is its own) over the same synthetic
articles: one named graph per article, ~290 quads each (700 articles: ~200k quads), shaped like kg.rdf's output (officials
and posts, n-ary fact nodes with evidence, agreement actions, meetings, statements, topics).

    build    write every article as its own named graph, one transaction per article
    persist  make the data durable (serialise to N-Quads for rdflib; close for Oxigraph)
    reopen   open the persisted store again (parse the N-Quads file for rdflib)
    q:*      the saved-query shapes: a join with a case-insensitive FILTER, an aggregate,
             the evidence behind one entity; all over the union of the named graphs
    rss_*    resident memory of the building process (data generated in it included) and of a
             fresh process that reopened the store and ran the queries
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS

KGO = Namespace("https://w3id.org/policy-kg/ontology#")
ID = "https://w3id.org/policy-kg/id/"

QUERIES = {
    "officials(filter)": """
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?person ?name ?post ?orgName WHERE {
          ?person org:holds ?p . ?p rdfs:label ?post ; org:postIn ?org .
          ?person rdfs:label ?name . ?org rdfs:label ?orgName .
          FILTER(CONTAINS(LCASE(STR(?orgName)), "ministry 3"))
        }""",
    "partners(count)": """
        PREFIX kgo: <https://w3id.org/policy-kg/ontology#>
        SELECT ?a ?b (COUNT(DISTINCT ?agr) AS ?n) WHERE {
          ?a kgo:negotiates ?agr . ?b kgo:negotiates ?agr . FILTER(?a != ?b)
        } GROUP BY ?a ?b ORDER BY DESC(?n) LIMIT 20""",
    "evidence-for": """
        PREFIX kgo: <https://w3id.org/policy-kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?fact ?text ?start ?end ?article WHERE {
          ?fact ?role <https://w3id.org/policy-kg/id/person/person-7> ;
                kgo:evidenceText ?text ; kgo:startOffset ?start ; kgo:endOffset ?end ;
                prov:wasDerivedFrom ?article .
        }""",
}


def article_graph(i: int, rnd: random.Random) -> tuple[URIRef, Graph]:
    """One synthetic article's graph (~200 triples)."""
    g = Graph()
    art = URIRef(f"{ID}article/a{i}")
    g.add((art, RDF.type, KGO.Article))
    g.add((art, DCTERMS.title, Literal(f"Article {i} on trade and talks")))
    g.add((art, DCTERMS.date, Literal(f"2020-01-{1 + i % 28:02d}", datatype=XSD.date)))
    topic = URIRef(f"{ID}topic/t{i % 20}")
    g.add((art, KGO.topic, topic))
    g.add((topic, SKOS.prefLabel, Literal(f"topic {i % 20}")))

    def entity(kind: str, n: int, rdf_type: URIRef) -> URIRef:
        e = URIRef(f"{ID}{kind}/{kind}-{n}")
        g.add((e, RDF.type, rdf_type))
        g.add((e, RDFS.label, Literal(f"{kind.title()} {n}")))
        g.add((art, KGO.mentions, e))
        return e

    def fact(n: int, kind: str) -> URIRef:
        f = URIRef(f"{ID}fact/a{i}-{n}")
        g.add((f, RDF.type, KGO[kind]))
        g.add((f, KGO.evidenceText, Literal(f"Sentence {n} of article {i}, with some words in it.")))
        g.add((f, KGO.startOffset, Literal(n * 80)))
        g.add((f, KGO.endOffset, Literal(n * 80 + 60)))
        g.add((f, KGO.extractor, Literal("roles")))
        g.add((f, KGO.confidence, Literal(0.8)))
        g.add((f, PROV.wasDerivedFrom, art))
        return f

    for n in range(6):
        person = entity("person", rnd.randrange(3000), FOAF.Person)
        org_ = entity("organization", rnd.randrange(300), ORG.Organization)
        post = URIRef(f"{ID}post/{person.rsplit('/', 1)[1]}-{org_.rsplit('/', 1)[1]}")
        g.add((person, ORG.holds, post))
        g.add((post, ORG.postIn, org_))
        g.add((post, RDFS.label, Literal("minister")))
        f = fact(n, "HoldsPost")
        g.add((f, KGO.person, person))
        g.add((f, KGO.post, post))
        g.add((f, KGO.status, Literal("current")))
    for n in range(6, 10):
        agr = entity("agreement", rnd.randrange(200), KGO.Agreement)
        a, b = (entity("country", rnd.randrange(150), KGO.Country) for _ in range(2))
        g.add((a, KGO.negotiates, agr))
        g.add((b, KGO.negotiates, agr))
        f = fact(n, "AgreementAction")
        g.add((f, KGO.party, a))
        g.add((f, KGO.party, b))
        g.add((f, KGO.agreement, agr))
        g.add((f, KGO.action, Literal("negotiate")))
        g.add((f, KGO.negated, Literal(False)))
    for n in range(10, 13):
        p, q = (entity("person", rnd.randrange(3000), FOAF.Person) for _ in range(2))
        g.add((p, KGO.metWith, q))
        f = fact(n, "Meeting")
        g.add((f, KGO.participant, p))
        g.add((f, KGO.participant, q))
    for n in range(13, 16):
        speaker = entity("person", rnd.randrange(3000), FOAF.Person)
        f = fact(n, "Statement")
        g.add((f, KGO.speaker, speaker))
        g.add((f, KGO.quote, Literal(f"We will keep talking, said speaker {n}.")))
    return art, g


def articles(count: int):
    rnd = random.Random(42)
    return [article_graph(i, rnd) for i in range(count)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_queries(run) -> dict:
    out = {}
    for name, text in QUERIES.items():
        t = time.perf_counter()
        rows = run(text)
        out[f"q:{name}"] = time.perf_counter() - t
        out[f"rows:{name}"] = rows
    return out


def build_rdflib(data, workdir: Path) -> dict:
    r = {}
    t = time.perf_counter()
    ds = Dataset(default_union=True)
    for art, g in data:
        ds.remove_graph(art)
        ng = ds.graph(art)
        ng += g
    r["build"] = time.perf_counter() - t
    t = time.perf_counter()
    ds.serialize(workdir / "store.nq", format="nquads")
    r["persist"] = time.perf_counter() - t
    return r


def open_rdflib(workdir: Path) -> dict:
    r = {}
    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(workdir / "store.nq", format="nquads")
    r["reopen"] = time.perf_counter() - t
    r.update(time_queries(lambda q: len(list(ds.query(q)))))
    r["disk_mb"] = dir_mb(workdir)
    return r


def build_oxrdflib(data, workdir: Path) -> dict:
    r = {}
    t = time.perf_counter()
    ds = Dataset(store="Oxigraph", default_union=True)
    ds.open(str(workdir / "ox"))
    for art, g in data:
        ds.remove_graph(art)
        ds.addN((s, p, o, ds.graph(art)) for s, p, o in g)
    r["build"] = time.perf_counter() - t
    t = time.perf_counter()
    ds.store._inner.flush()
    ds.close()
    r["persist"] = time.perf_counter() - t
    return r


def open_oxrdflib(workdir: Path) -> dict:
    r = {}
    t = time.perf_counter()
    ds = Dataset(store="Oxigraph", default_union=True)
    ds.open(str(workdir / "ox"))
    r["reopen"] = time.perf_counter() - t
    r.update(time_queries(lambda q: len(list(ds.query(q)))))
    r["disk_mb"] = dir_mb(workdir)
    return r


def build_pyoxigraph(data, workdir: Path) -> dict:
    """Raw pyoxigraph: remove_graph then extend, two transactions per article."""
    import pyoxigraph as ox

    r = {}
    t = time.perf_counter()
    store = ox.Store(str(workdir / "ox"))
    for art, g in data:
        name = ox.NamedNode(str(art))
        store.remove_graph(name)
        store.extend(ox.Quad(*(_ox(t) for t in triple), name) for triple in g)
    r["build"] = time.perf_counter() - t
    t = time.perf_counter()
    store.flush()
    del store
    r["persist"] = time.perf_counter() - t
    return r


def _ox(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def open_pyoxigraph(workdir: Path) -> dict:
    import pyoxigraph as ox

    r = {}
    t = time.perf_counter()
    store = ox.Store(str(workdir / "ox"))
    r["reopen"] = time.perf_counter() - t
    r.update(time_queries(
        lambda q: len(list(store.query(q, use_default_graph_as_union=True)))))
    r["disk_mb"] = dir_mb(workdir)
    return r


def build_kg(data, workdir: Path) -> dict:
    """kg.store: Oxigraph, DROP + INSERT DATA as one SPARQL update (one transaction) per article."""
    from kg.store import open_store

    r = {}
    t = time.perf_counter()
    store = open_store(workdir / "kg")
    for art, g in data:
        store.replace_article(art, g)
    r["build"] = time.perf_counter() - t
    t = time.perf_counter()
    store.close()
    r["persist"] = time.perf_counter() - t
    return r


def open_kg(workdir: Path) -> dict:
    from kg.store import open_store

    r = {}
    t = time.perf_counter()
    store = open_store(workdir / "kg")
    r["reopen"] = time.perf_counter() - t
    r.update(time_queries(lambda q: len(store.query(q))))
    r["disk_mb"] = dir_mb(workdir)
    return r


def dir_mb(path) -> float:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6


BACKENDS = {"rdflib": (build_rdflib, open_rdflib),
            "oxrdflib": (build_oxrdflib, open_oxrdflib),
            "pyoxigraph": (build_pyoxigraph, open_pyoxigraph),
            "kg.store": (build_kg, open_kg)}


def child(backend: str, phase: str, count: int, workdir: Path) -> dict:
    """One phase in its own process, so that `rss_mb` is that phase's memory alone."""
    build, reopen = BACKENDS[backend]
    if phase == "open":
        result = reopen(workdir)
        result["rss_open_mb"] = rss_mb()
        return result
    t = time.perf_counter()
    data = articles(count)
    result = {"generate": time.perf_counter() - t, "quads_written": sum(len(g) for _, g in data)}
    result.update(build(data, workdir))
    result["rss_build_mb"] = rss_mb()
    return result


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if proc.returncode:
        sys.exit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=700)
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        backend, phase, workdir = args.child
        print(json.dumps(child(backend, phase, args.articles, Path(workdir))))
        return
    results = {}
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            common = ["--articles", str(args.articles), "--child", backend]
            results[backend] = run_child(*common, "build", tmp)
            results[backend].update(run_child(*common, "open", tmp))
    rows = ["quads_written", "build", "persist", "rss_build_mb", "reopen",
            *(f"q:{q}" for q in QUERIES), "rss_open_mb", "disk_mb"]
    names = list(results)
    print(f"{'':22}" + "".join(f"{n:>14}" for n in names))
    for row in rows:
        cells = []
        for n in names:
            v = results[n].get(row)
            cells.append(f"{v:>14,}" if isinstance(v, int) else f"{v:>14.3f}")
        print(f"{row:22}" + "".join(cells))
    for q in QUERIES:
        counts = {n: results[n].get(f"rows:{q}") for n in names}
        if len(set(counts.values())) > 1:
            print(f"warning: {q} row counts differ: {counts}")
    print(f"\n(seconds unless named; {args.articles} articles; python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
