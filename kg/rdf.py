"""Facts to triples, in one place: one graph per article, stored as its named graph.

Each fact becomes an n-ary node carrying its evidence and `prov:wasDerivedFrom` its article;
beside it go the direct triples analysts query (org:holds, kgo:signs, kgo:metWith). Every IRI
is minted from content and there are no blank nodes, so writing an article twice changes nothing.
"""
from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from urllib.parse import quote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS

from . import kinds
from .iris import _URL_SAFE, article_iri, country_iri, entity_iri, post_iri, topic_iri  # noqa: F401
from .model import COUNTRY, Article, Entity, Evidence, Fact, search_key, slug
from .ontology import DATA, DESCRIPTIONS, KGO, split_descriptions
from .ontology import ENTITY_CLASSES as ONTOLOGY_ENTITY_CLASSES
from .ontology import PREFIXES as ONTOLOGY_PREFIXES

WIKIDATA = "http://www.wikidata.org/entity/"
# A plain Namespace, not rdflib's SDO: that one warns whenever pytest probes this module.
SCHEMA = Namespace("https://schema.org/")

#: Prefixes bound on every graph kg writes (defined once, in kg.ontology).
PREFIXES = ONTOLOGY_PREFIXES

#: Entity kind -> class (defined once, in kg.ontology).
ENTITY_CLASSES = ONTOLOGY_ENTITY_CLASSES

def fact_iri(article_id: str, fact: Fact) -> URIRef:
    """The fact node's IRI: a hash of its record (plus its entities' keys, which the record
    leaves out), so the same fact always gets the same node."""
    content = {**fact.to_record(), "keys": [entity.key for entity in fact_entities(fact)]}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return DATA[f"fact/{quote(article_id, safe='')}/{digest}"]


def fact_entities(fact: Fact) -> list[Entity]:
    """The entities a fact refers to, in the order the fact names them (its kind says which)."""
    return kinds.entities(fact)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes on `graph` (for readable Turtle) and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def article_graph(article: Article, facts: Iterable[Fact],
                  mentions: Iterable[Entity] = ()) -> Graph:
    """All triples for one article, to be stored as the named graph `article_iri(article.id)`.
    `mentions` are resolved entities the article names outside its facts too."""
    graph = bind_prefixes(Graph(identifier=article_iri(article.id)))
    for triple in article_triples(article, facts, mentions):
        graph.add(triple)
    return graph


def article_triples(article: Article, facts: Iterable[Fact],
                    mentions: Iterable[Entity] = ()) -> Iterator[tuple]:
    """The triples of `article_graph`, for callers that write straight into a store."""
    subject = article_iri(article.id)
    yield from _article_metadata(subject, article)
    for entity in mentions:
        yield subject, KGO.mentions, entity_iri(entity)
        yield from _entity_triples(entity)
    for fact in facts:
        kind = kinds.of(fact)
        node = fact_iri(article.id, fact)
        for entity in kind.entities(fact):
            yield subject, KGO.mentions, entity_iri(entity)
            yield from _entity_triples(entity)
        yield node, PROV.wasDerivedFrom, subject
        yield from _evidence_triples(node, fact.evidence)
        yield from kind.triples(node, fact, subject)


def _article_metadata(subject: URIRef, article: Article) -> Iterator[tuple]:
    yield subject, RDF.type, KGO.Article
    yield subject, DCTERMS.identifier, Literal(article.id)
    if article.title:
        yield subject, DCTERMS.title, Literal(article.title)
    if article.published:
        yield subject, DCTERMS.date, _date_literal(article.published)
    if article.source:
        yield subject, DCTERMS.source, Literal(article.source)
    if article.link:
        yield subject, SCHEMA.url, URIRef(quote(article.link.strip(), safe=_URL_SAFE))


def _date_literal(text: str) -> Literal:
    """xsd:date or xsd:dateTime where the text is ISO 8601, else the text as it came."""
    text = text.strip()
    for parse in (datetime.date.fromisoformat, datetime.datetime.fromisoformat):
        try:
            return Literal(parse(text))
        except ValueError:
            pass
    return Literal(text)


def _entity_triples(entity: Entity) -> Iterator[tuple]:
    subject = entity_iri(entity)
    yield subject, RDF.type, ENTITY_CLASSES[entity.kind]
    yield subject, RDFS.label, Literal(entity.name)
    for alias in entity.aliases:
        if alias != entity.name:
            yield subject, SKOS.altLabel, Literal(alias)
    for key in {search_key(name) for name in (entity.name, *entity.aliases)} - {""}:
        yield subject, SKOS.hiddenLabel, Literal(key)  # what query parameters match
    if entity.wikidata:
        wikidata = entity.wikidata
        yield subject, OWL.sameAs, URIRef(wikidata if "://" in wikidata else WIKIDATA + wikidata)
    if entity.parent:
        yield subject, ORG.subOrganizationOf, DATA[quote(entity.parent, safe="/")]
    if entity.country and entity.kind != COUNTRY:
        country = country_iri(entity.country)
        yield subject, KGO.country, country
        yield country, RDF.type, KGO.Country


def _evidence_triples(node: URIRef, evidence: Evidence) -> Iterator[tuple]:
    yield node, KGO.evidenceText, Literal(evidence.sentence)
    yield node, KGO.startOffset, Literal(evidence.start)
    yield node, KGO.endOffset, Literal(evidence.end)
    yield node, KGO.extractor, Literal(evidence.extractor)
    # xsd:decimal, not xsd:double: it reads "0.9" in Turtle and compares exactly.
    yield node, KGO.confidence, Literal(Decimal(str(round(evidence.confidence, 3))))
