"""Shared fixtures: the spaCy pipeline, loaded once per session, and a runner that puts a text
through parse -> extract -> resolve the way `kg build` does."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    pytest.importorskip("spacy")
    from kg import nlp as kg_nlp
    from kg.errors import ModelError

    try:
        return kg_nlp.load()
    except ModelError as error:
        pytest.skip(str(error))


@pytest.fixture(scope="session")
def facts_of(nlp):
    """facts_of(text, relation[, published]): the resolved facts one extractor finds in `text`
    (one article: title line, blank line, body; or a body alone), published on that date."""
    from kg.extract import extract
    from kg.resolve import Resolver

    def run(text: str, relation: str, published: str | None = None) -> list:
        return Resolver().article(extract(nlp(text), doc_id="t", only=[relation],
                                          published=published))

    return run


@pytest.fixture(autouse=True)
def every_build_validates(monkeypatch):
    """Every store a test builds (through `kg.pipeline.build`, as `kg build` does) must conform
    to the SHACL shapes of ontology/shapes.ttl, as `kg validate` checks them."""
    from kg import pipeline

    build = pipeline.build

    def build_and_validate(sources, store, *, on_article=None, **kwargs):
        from kg.rdf import article_iri

        built = []

        def seen(result):
            built.append(str(article_iri(result.article.id)))
            if on_article is not None:
                on_article(result)

        report = build(sources, store, on_article=seen, **kwargs)
        pytest.importorskip("pyshacl")
        from kg.validate import validate_store

        result = validate_store(store, built)  # what the build wrote, not what a test put there
        assert result.conforms, "the build does not validate:\n" + "\n".join(
            str(v) for v in result.violations[:20])
        return report

    monkeypatch.setattr(pipeline, "build", build_and_validate)
