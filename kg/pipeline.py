"""The data's way through kg, end to end:

    sources -> ingest.read_sources -> nlp.parse -> extract.extract -> resolve.Resolver
            -> rdf.article_graph -> store.replace_article

`extract_facts` stops after resolution (for `kg extract` and evaluation); `build` goes on to
the store. Bad input is reported through `on_error` and skipped: one unreadable file never
stops a build, and what the store already holds is never lost.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError, UnsupportedFiles
from kg.ingest import read_sources
from kg.model import Article, Entity, Fact

ErrorHandler = Callable[[InputError], None]

#: Articles longer than this many characters are reported, not parsed: spaCy's own limit, far
#: over the longest press release (160,000), and about a minute of parsing.
MAX_CHARS = 1_000_000
ENV_MAX_CHARS = "KG_MAX_CHARS"


@dataclass
class ArticleFacts:
    """One article and the resolved facts read from it."""

    article: Article
    facts: list[Fact]
    mentions: list[Entity] = field(default_factory=list)  # every entity it names, resolved


@dataclass
class BuildReport:
    articles: int = 0
    facts: int = 0
    errors: list[InputError] = field(default_factory=list)
    unread: list[UnsupportedFiles] = field(default_factory=list)  # a folder's other files


def articles(sources: Iterable[str | Path], on_error: ErrorHandler | None = None
             ) -> Iterator[Article]:
    """The readable articles of `sources`; each unreadable one goes to `on_error`."""
    for item in read_sources(sources):
        if isinstance(item, InputError):
            if on_error is not None:
                on_error(item)
            continue
        yield item


def extract_facts(items: Iterable[Article], *, model: str | None = None,
                  only: Iterable[str] | None = None, jobs: int = 1,
                  on_error: ErrorHandler | None = None,
                  known_people: Iterable[tuple[str, str, str]] = (),
                  min_confidence: float = 0.0,
                  calibrated: bool = True, max_chars: int | None = None,
                  chunk_chars: int | None = None) -> Iterator[ArticleFacts]:
    """Parse each article once (in `jobs` processes) and run the extractors and the resolver
    over it. The resolver knows `known_people` (see `stored_people`) and every article
    resolved before, as if each had been stored. Facts below `min_confidence` are left out;
    `calibrated=False` keeps the extractors' own scores (see `kg.extract.calibration`).

    An article longer than `max_chars` (default `MAX_CHARS`, or $KG_MAX_CHARS) is not parsed;
    one over `chunk_chars` is parsed in pieces (see `kg.nlp.parse`). Each article that cannot
    be parsed or whose extraction fails goes to `on_error`, and the run goes on.
    """
    from kg import nlp
    from kg.extract import extract
    from kg.extract.entities import named_entities
    from kg.resolve import Resolver

    resolver = Resolver(known_people)
    only = list(only) if only is not None else None
    report = on_error or (lambda error: None)
    limit = max_chars_limit(max_chars)

    def parseable(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            if len(article.text) > limit:
                report(InputError(article.source or article.id,
                                  f"too long to parse: {len(article.text):,} characters, over "
                                  f"the limit of {limit:,} (raise it with --max-chars or "
                                  f"{ENV_MAX_CHARS})"))
                continue
            yield article

    for article, doc in nlp.parse(parseable(items), model=model, n_process=jobs,
                                  chunk_chars=chunk_chars, on_error=report):
        try:
            facts = [fact for fact in extract(doc, doc_id=article.id, only=only,
                                              calibrated=calibrated,
                                              published=article.published)
                     if fact.evidence.confidence >= min_confidence]
            named = named_entities(doc)
            resolved = resolver.article(facts, article_id=article.id)
            mentioned = resolver.mentions(named, article_id=article.id)
        except KgError:
            raise
        except Exception as error:  # an extractor bug must not sink the whole run
            report(InputError(article.source or article.id,
                              f"extraction failed ({type(error).__name__}: {error})"))
            continue
        resolver.remember(resolved, article_id=article.id, mentions=mentioned)
        yield ArticleFacts(article, resolved, mentioned)


def max_chars_limit(value: int | None = None) -> int:
    """The longest article parsed: the argument, else $KG_MAX_CHARS, else `MAX_CHARS`."""
    if value is None and os.environ.get(ENV_MAX_CHARS):
        try:
            value = int(os.environ[ENV_MAX_CHARS].replace(",", "").replace("_", ""))
        except ValueError:
            raise KgError(f"{ENV_MAX_CHARS} must be a number of characters, "
                          f"not {os.environ[ENV_MAX_CHARS]!r}") from None
    return MAX_CHARS if value is None else value


def stored_people(store) -> list[tuple[str, str, str]]:
    """(name, key, article id) of every person the store's articles name: what the resolver
    of a build knows before its first article."""
    from urllib.parse import unquote

    from kg.rdf import DATA

    result = store.query("SELECT DISTINCT ?person ?name ?article WHERE { "
                         "?person a foaf:Person ; rdfs:label ?name . "
                         "?article kgo:mentions ?person }")
    base, article_base = str(DATA), str(DATA) + "article/"
    return [(str(row["name"]), unquote(str(row["person"])[len(base):]),
             unquote(str(row["article"])[len(article_base):]))
            for row in result if str(row["person"]).startswith(base)]


def build(sources: Iterable[str | Path], store, *, model: str | None = None, jobs: int = 1,
          min_confidence: float = 0.0, on_error: ErrorHandler | None = None,
          on_article: Callable[[ArticleFacts], None] | None = None,
          on_replace: Callable[[Article, str], None] | None = None,
          max_chars: int | None = None, chunk_chars: int | None = None) -> BuildReport:
    """Read, extract and store every article of `sources`; each article replaces its own named
    graph, so building again adds new articles and never duplicates old ones.

    An article that replaces one built from another source (a file of the same name in another
    folder, a record of the same id) goes to `on_replace` with the source it replaces.
    """
    from kg.rdf import article_graph, article_iri

    report = BuildReport()

    def failed(error: InputError) -> None:
        (report.unread if isinstance(error, UnsupportedFiles) else report.errors).append(error)
        if on_error is not None:
            on_error(error)

    earlier = _stored_sources(store) if on_replace is not None else {}
    for result in extract_facts(articles(sources, failed), model=model, jobs=jobs,
                                on_error=failed, known_people=stored_people(store),
                                min_confidence=min_confidence, max_chars=max_chars,
                                chunk_chars=chunk_chars):
        article = result.article
        iri = article_iri(article.id)
        try:
            graph = article_graph(article, result.facts, result.mentions)
        except KgError:
            raise
        except Exception as error:  # an RDF bug on one article must not sink the build
            failed(InputError(article.source or article.id,
                              f"cannot be turned into RDF ({type(error).__name__}: {error})"))
            continue
        before = earlier.get(str(iri))
        if before is not None and before != article.source and on_replace is not None:
            on_replace(article, before)
        store.replace_article(iri, graph)
        report.articles += 1
        report.facts += len(result.facts)
        if on_article is not None:
            on_article(result)
    return report


def _stored_sources(store) -> dict[str, str]:
    """Article IRI -> the source it was built from, for the articles the store holds."""
    from rdflib.namespace import DCTERMS

    from kg.ontology import KGO

    result = store.query(f"SELECT ?article ?source WHERE {{ GRAPH ?article {{ "
                         f"?article a <{KGO.Article}> ; <{DCTERMS.source}> ?source }} }}")
    return {str(row["article"]): str(row["source"]) for row in result}
