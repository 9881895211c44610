"""The data's way through kg, end to end:

    sources -> ingest.read_sources -> nlp.parse -> extract.extract -> resolve.Resolver
            -> rdf.article_graph -> store.replace_article

`extract_facts` stops after resolution (for `kg extract` and evaluation); `build` goes on to
the store. Bad input is reported through `on_error` and skipped: one unreadable file never
stops a build, and what the store already holds is never lost.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError
from kg.ingest import read_sources
from kg.model import Article, Entity, Fact

ErrorHandler = Callable[[InputError], None]


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
                  calibrated: bool = True) -> Iterator[ArticleFacts]:
    """Parse each article once (in `jobs` processes) and run the extractors and the resolver
    over it. The resolver knows `known_people` (see `stored_people`) and every article
    resolved before, as if each had been stored. Facts below `min_confidence` are left out;
    `calibrated=False` keeps the extractors' own scores (see `kg.extract.calibration`)."""
    from kg import nlp
    from kg.extract import extract
    from kg.extract.entities import named_entities
    from kg.resolve import Resolver

    resolver = Resolver(known_people)
    only = list(only) if only is not None else None
    for article, doc in nlp.parse(items, model=model, n_process=jobs):
        try:
            facts = [fact for fact in extract(doc, doc_id=article.id, only=only,
                                              calibrated=calibrated)
                     if fact.evidence.confidence >= min_confidence]
            named = named_entities(doc)
        except KgError:
            raise
        except Exception as error:  # an extractor bug must not sink the whole run
            if on_error is not None:
                on_error(InputError(article.source or article.id,
                                    f"extraction failed ({type(error).__name__}: {error})"))
            continue
        resolved = resolver.article(facts, article_id=article.id)
        mentioned = resolver.mentions(named, article_id=article.id)
        resolver.remember(resolved, article_id=article.id, mentions=mentioned)
        yield ArticleFacts(article, resolved, mentioned)


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
          on_article: Callable[[ArticleFacts], None] | None = None) -> BuildReport:
    """Read, extract and store every article of `sources`; each article replaces its own named
    graph, so building again adds new articles and never duplicates old ones."""
    from kg.rdf import article_graph, article_iri

    report = BuildReport()

    def failed(error: InputError) -> None:
        report.errors.append(error)
        if on_error is not None:
            on_error(error)

    for result in extract_facts(articles(sources, failed), model=model, jobs=jobs,
                                on_error=failed, known_people=stored_people(store),
                                min_confidence=min_confidence):
        store.replace_article(article_iri(result.article.id),
                              article_graph(result.article, result.facts, result.mentions))
        report.articles += 1
        report.facts += len(result.facts)
        if on_article is not None:
            on_article(result)
    return report
