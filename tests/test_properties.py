"""Properties that hold for any input (hypothesis): whatever bytes a file holds and whatever a
record's fields are, reading gives articles or reasons, never an exception; whatever text an
article has, extraction and RDF never raise, every fact's offsets fall inside its article, and
every IRI is one a strict parser (Oxigraph) accepts.

Kept fast: few examples (KG_PROPERTY_EXAMPLES=1000 for a longer hunt), short texts, the model
loaded once for the session. In CI (`CI` set) the examples are the same on every run.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.errors import InputError  # noqa: E402
from kg.ingest import read_sources, web_link  # noqa: E402
from kg.model import Article  # noqa: E402

FAST = settings(max_examples=int(os.environ.get("KG_PROPERTY_EXAMPLES", 40)), deadline=None, database=None,
                derandomize=bool(os.environ.get("CI")),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SUFFIXES = [".txt", ".md", ".json", ".jsonl", ".jsonl.gz", ".html", ".rss", ".xml", ".csv", ""]

#: Words that wake the extractors up, among random text: titles, names, verbs of meeting,
#: saying and signing, quotes, abbreviations, paragraph breaks.
NEWS_WORDS = ["Secretary", "of", "State", "Mike", "Pompeo", "President", "Biden", "met", "with",
              "said", "told", "signed", "the", "agreement", "Mexico", "U.S.", "Foreign",
              "Minister", "Luis", "Videgaray", "Caso", "Ambassador", "Department", "former",
              "acting", "\u201c", "\u201d", '"', ",", ".", ":", "'s", "and", "on", "trade",
              "migration", "Treaty", "\n\n", "\n", "Hon.", "Dr.", "(", ")", "-", "\u2014"]
news_text = st.lists(st.one_of(st.sampled_from(NEWS_WORDS), st.text(max_size=12)),
                     max_size=60).map(" ".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5),
                                                                      children, max_size=3),
    max_leaves=8)
records = st.dictionaries(
    st.sampled_from(["id", "guid", "doc", "url", "link", "title", "text", "body", "content",
                     "published"]),
    st.one_of(json_values, news_text, st.sampled_from(["2018-07-14", "Fri, 13 Jul 2018 14:30:00 "
                                                       "+0000", "July 2018", "x:y", " "])),
    max_size=6)


def read_bytes_as(data: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        if suffix.endswith(".gz"):
            import gzip

            data = gzip.compress(data)
        path.write_bytes(data)
        # a known kind in a folder (ids, the folder's listing); any file named directly
        return list(read_sources([folder if suffix in (".txt", ".json", ".html") else path]))


@FAST
@given(data=st.binary(max_size=300) | news_text.map(lambda t: t.encode("utf-8"))
       | news_text.map(lambda t: t.encode("utf-16")),
       suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_file_give_articles_or_reasons(data, suffix):
    for item in read_bytes_as(data, suffix):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert item.id and item.text.strip()
        else:
            assert item.source and item.reason


@FAST
@given(items=st.lists(records | json_values, max_size=4), as_lines=st.booleans())
def test_any_records_give_articles_or_reasons(items, as_lines):
    data = ("\n".join(json.dumps(r) for r in items) if as_lines else json.dumps(items))
    for item in read_bytes_as(data.encode("utf-8"), ".jsonl" if as_lines else ".json"):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert isinstance(item.id, str) and item.id.strip() == item.id and item.id
            assert isinstance(item.title, str) and isinstance(item.text, str)
            assert item.published is None or isinstance(item.published, str)


@pytest.fixture(scope="module")
def extract_article(nlp):
    from kg import pipeline

    def run(article: Article) -> tuple[list, list[InputError]]:
        failures: list[InputError] = []
        results = list(pipeline.extract_facts([article], on_error=failures.append))
        return [fact for result in results for fact in result.facts], failures

    return run


@settings(FAST, max_examples=int(os.environ.get("KG_PROPERTY_EXAMPLES", 25)))
@given(ident=st.text(min_size=1, max_size=20).filter(str.strip), title=news_text,
       body=news_text.filter(str.strip),
       link=st.none() | st.text(max_size=20).map(lambda t: web_link(f"https://example.org/{t}")),
       published=st.none() | st.sampled_from(["2018-07-14", "2018-07-14T09:00:00+00:00", "x"]))
def test_any_article_extracts_and_becomes_rdf_with_valid_iris(extract_article, ident, title,
                                                              body, link, published):
    import pyoxigraph as ox
    from rdflib import URIRef

    from kg.rdf import article_graph

    article = Article.from_parts(ident.strip(), title, body, link=link, published=published)
    facts, failures = extract_article(article)
    assert failures == []
    for fact in facts:
        evidence = fact.evidence
        assert 0 <= evidence.start <= evidence.end <= len(article.text), fact
        assert article.text[evidence.start:evidence.end] == evidence.sentence, fact
    graph = article_graph(article, facts)
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                ox.NamedNode(str(term))  # raises ValueError on an invalid IRI
    ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
