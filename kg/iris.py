"""The IRIs kg mints: articles, entities (from their resolved keys), countries, topics, posts.
One home below both `kg.rdf` (which writes the triples) and `kg.kinds` (which say, per fact
kind, what its triples are)."""
from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef

from .model import Entity, slug
from .ontology import DATA

# Characters a URL may carry into an IRI unescaped; the rest (spaces, quotes) are %-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def article_iri(article_id: str) -> URIRef:
    """The article's IRI, also the identifier of its named graph.

    >>> article_iri("000_ddbc0b487b12ab17")
    rdflib.term.URIRef('https://w3id.org/policy-kg/id/article/000_ddbc0b487b12ab17')
    """
    return DATA["article/" + quote(article_id, safe="")]


def entity_iri(entity: Entity) -> URIRef:
    """The entity's IRI, from its resolved key ("kind/slug").

    >>> entity_iri(Entity("Mike Pompeo", "person"))
    rdflib.term.URIRef('https://w3id.org/policy-kg/id/person/mike-pompeo')
    """
    return DATA[quote(entity.key, safe="/")]


def country_iri(code: str) -> URIRef:
    """The IRI of a country from its ISO 3166 alpha-2 code, as the resolver keys countries."""
    return DATA["country/" + code.lower()]


def topic_iri(topic: str) -> URIRef:
    """The SKOS concept of a CAP major topic: "foreign trade" -> DATA["topic/foreign-trade"]."""
    return DATA["topic/" + slug(topic)]


def post_iri(title: str, org: Entity | None) -> URIRef:
    """The IRI of a post: its (canonical) title within the organisation it sits in.

    >>> post_iri("Secretary of State", Entity("Department of State", "organization"))
    rdflib.term.URIRef('https://w3id.org/policy-kg/id/post/organization/department-of-state/secretary-of-state')
    """
    within = quote(org.key, safe="/") + "/" if org is not None else ""
    return DATA[f"post/{within}{slug(title)}"]
