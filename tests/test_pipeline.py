"""kg.pipeline: read, parse once, extract, resolve, store; bad input and failing extractors are
reported and the run goes on."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.errors import InputError
from kg.extract import EXTRACTORS
from kg.model import FACT_TYPES, Article
from kg.rdf import article_iri
from kg.store import MEMORY, open_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ddbc0b487b12ab17.txt"
SEED_ID = "000_ddbc0b487b12ab17"


@pytest.fixture(scope="module")
def seed_facts() -> pipeline.ArticleFacts:
    # kg.nlp.load caches the model per process: the suite loads it once.
    [result] = pipeline.extract_facts(pipeline.articles([SEED]))
    return result


def test_the_seed_gives_facts_of_every_relation_type(seed_facts):
    assert seed_facts.article.id == SEED_ID
    assert {fact.type for fact in seed_facts.facts} == set(FACT_TYPES)


def test_every_fact_points_at_its_evidence_in_the_article(seed_facts):
    text = seed_facts.article.text
    for fact in seed_facts.facts:
        evidence = fact.evidence
        assert evidence.doc == SEED_ID
        assert text[evidence.start:evidence.end] == evidence.sentence, fact
        assert 0 < evidence.confidence <= 1


def test_the_seed_says_pompeo_is_secretary_of_state(seed_facts):
    posts = {(f.person.name, f.post, f.status) for f in seed_facts.facts
             if f.type == "holds_post"}
    assert ("Mike Pompeo", "Secretary of State", "current") in posts


def test_only_runs_the_named_extractors():
    [result] = pipeline.extract_facts([Article.from_parts(
        "only", "Pompeo in Mexico",
        "U.S. Secretary of State Mike Pompeo met Mexican President Enrique Pena Nieto.")],
        only=["meeting"])
    assert {fact.type for fact in result.facts} == {"meeting"}


def test_articles_hands_unreadable_input_to_on_error(tmp_path):
    missing = tmp_path / "missing.txt"
    seen: list[InputError] = []
    assert [a.id for a in pipeline.articles([missing, SEED], seen.append)] == [SEED_ID]
    assert [(e.source, e.reason) for e in seen] == [(str(missing), "no such file or folder")]


def test_build_into_a_memory_store_reports_its_counts(seed_facts):
    with open_store(MEMORY) as store:
        stored = []
        report = pipeline.build([SEED], store, on_article=stored.append)
        assert (report.articles, report.facts, report.errors) == (1, len(seed_facts.facts), [])
        assert [r.article.id for r in stored] == [SEED_ID]
        assert store.articles() == [str(article_iri(SEED_ID))]
        assert store.stats()["articles"] == 1


def test_build_reports_bad_input_and_keeps_what_the_store_holds(tmp_path):
    (tmp_path / "a-binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b-good.txt").write_text(
        "Nielsen at the border\n\nHomeland Security Secretary Kirstjen Nielsen visited the "
        "border on Saturday.", encoding="utf-8")
    reported: list[InputError] = []
    with open_store(MEMORY) as store:
        store.replace_article(article_iri("earlier"), _article_graph("earlier"))
        report = pipeline.build([tmp_path], store, on_error=reported.append)
        assert report.articles == 1
        assert [(e.source, e.reason) for e in report.errors] == [
            (str(tmp_path / "a-binary.txt"), "binary file (contains NUL bytes), not text")]
        assert reported == report.errors
        assert store.articles() == sorted([str(article_iri("b-good")),
                                           str(article_iri("earlier"))])


def _article_graph(article_id: str):
    from rdflib import Graph
    from rdflib.namespace import RDF

    from kg.ontology import KGO

    graph = Graph()
    graph.add((article_iri(article_id), RDF.type, KGO.Article))
    return graph


def _boom(doc, *, doc_id):
    raise ValueError(f"cannot read {doc_id}")
    yield  # a generator, like every extractor


def test_a_failing_extractor_is_reported_as_input_error_and_the_run_goes_on(monkeypatch):
    monkeypatch.setitem(EXTRACTORS, "boom", _boom)
    items = [Article.from_parts("first", "One", "Mike Pompeo spoke.", source="one.txt"),
             Article.from_parts("second", "Two", "Kirstjen Nielsen spoke.")]
    reported: list[InputError] = []
    results = list(pipeline.extract_facts(items, on_error=reported.append))
    assert results == []
    assert [(e.source, e.reason) for e in reported] == [
        ("one.txt", "extraction failed (ValueError: cannot read first)"),
        ("second", "extraction failed (ValueError: cannot read second)"),
    ]
    assert all(isinstance(e, InputError) for e in reported)


def test_a_failing_extractor_leaves_the_other_articles_built(monkeypatch):
    def fails_on_first(doc, *, doc_id):
        if doc_id == "first":
            raise RuntimeError("bug")
        return iter(())

    monkeypatch.setitem(EXTRACTORS, "fails_on_first", fails_on_first)
    items = [Article.from_parts("first", "One", "Mike Pompeo spoke."),
             Article.from_parts("second", "Two", "Kirstjen Nielsen spoke.")]
    reported: list[InputError] = []
    results = list(pipeline.extract_facts(items, on_error=reported.append))
    assert [r.article.id for r in results] == ["second"]
    assert [str(e) for e in reported] == ["first: extraction failed (RuntimeError: bug)"]


def test_parsing_in_two_processes_gives_the_same_facts(tmp_path):
    from kg.ingest import read_sources

    seed = Path(__file__).resolve().parent.parent / "seeds"
    (tmp_path / "b.txt").write_text("Talks in Mexico City\n\nSecretary of State Mike Pompeo met "
                                    "with Foreign Minister Luis Videgaray on Friday.\n")
    items = list(read_sources([seed, tmp_path]))
    one = [[f.to_record() for f in r.facts] for r in pipeline.extract_facts(items, jobs=1)]
    two = [[f.to_record() for f in r.facts] for r in pipeline.extract_facts(items, jobs=2)]
    assert one == two and len(one) == 2


def test_the_same_text_gives_the_same_facts_whatever_the_hash_seed(tmp_path):
    """Two people share a surname; which full name "Griner" joins must not depend on Python's
    per-process hash seed (it once did, through the order of a set)."""
    import os
    import subprocess
    import sys

    article = tmp_path / "griner.txt"
    article.write_text("Call with the Griner family\n\nPresident Biden spoke with Cherelle "
                       "Griner, the wife of Brittney Griner, today. “We are grateful,” Griner "
                       "said.\n")
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.append(subprocess.run([sys.executable, "-m", "kg", "extract", str(article)],
                                      capture_output=True, text=True, env=env,
                                      check=True).stdout)
    assert outputs[0] and outputs.count(outputs[0]) == 3
