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
    """facts_of(text, relation): the resolved facts one extractor finds in `text` (one article:
    title line, blank line, body; or a body alone)."""
    from kg.extract import extract
    from kg.resolve import Resolver

    def run(text: str, relation: str) -> list:
        return Resolver().article(extract(nlp(text), doc_id="t", only=[relation]))

    return run
