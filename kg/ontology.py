"""The kg ontology in code: a closed namespace of the terms declared in `ontology/kg.ttl`.

`rdf` writes triples with these terms; a misspelt term raises instead of minting a new IRI.
`tests/test_ontology.py` holds this class and the Turtle file equal.
"""
from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable

import rdflib.namespace
from rdflib import Graph, Namespace, URIRef

#: Instance IRIs: `DATA["person/mike-pompeo"]`, `DATA["article/<id>"]`, `DATA["fact/<id>/<hash>"]`.
DATA = Namespace("https://w3id.org/policy-kg/id/")


# (rdflib.namespace.DefinedNamespace is not imported by name: pytest's doctest collector
# probes module globals, and the open base class warns on every unknown attribute.)
class KGO(rdflib.namespace.DefinedNamespace):
    """kg's own terms: https://w3id.org/policy-kg/ontology#"""

    _fail = True
    _NS = Namespace("https://w3id.org/policy-kg/ontology#")

    # Classes: what the articles talk about
    Article: URIRef  # A news article kg has read; its facts live in the named graph of its IRI.
    Country: URIRef  # A country standing for its government (subclass of org:Organization).
    Agreement: URIRef  # A treaty, deal or accord, named or described.

    # Classes: the facts, one n-ary node each
    Fact: URIRef  # A claim read from one article, with its evidence (subclass of prov:Entity).
    PostHolding: URIRef  # A person holds (held, will hold) a post in an organisation; a status.
    AgreementAction: URIRef  # Parties propose, negotiate, sign ... an agreement.
    Meeting: URIRef  # Participants met.
    Statement: URIRef  # A speaker said something, quoted directly or reported.
    TopicAssignment: URIRef  # The article is about a CAP major topic.

    # Evidence, on every fact
    evidenceText: URIRef  # The sentence the fact was read from.
    startOffset: URIRef  # Character offset in the article where the evidence starts.
    endOffset: URIRef  # Character offset in the article where the evidence ends (exclusive).
    extractor: URIRef  # Name of the extractor that found the fact.
    confidence: URIRef  # The extractor's confidence, 0 to 1 (xsd:decimal).
    negated: URIRef  # The article says it did not happen; no direct triple is written.
    hedged: URIRef  # The article reports the action with reserve ("are said to be discussing").

    # Post holdings
    person: URIRef  # The person who holds the post.
    post: URIRef  # The org:Post held.
    organization: URIRef  # The organisation the post sits in.
    status: URIRef  # current, elect, acting, former or nominee: a concept of `statuses`.
    country: URIRef  # The country a person, organisation or holding belongs to.

    # Agreement actions
    party: URIRef  # A country or organisation acting on the agreement.
    agreement: URIRef  # The agreement acted on.
    action: URIRef  # What the parties do: a concept of `actions`.
    actsOn: URIRef  # Parent of the direct triples below.
    proposes: URIRef  # Direct triple: party proposes agreement.
    negotiates: URIRef  # Direct triple: party negotiates agreement.
    discusses: URIRef  # Direct triple: party discusses agreement.
    signs: URIRef  # Direct triple: party signs agreement.
    joins: URIRef  # Direct triple: party joins agreement.
    implements: URIRef  # Direct triple: party implements agreement.
    ratifies: URIRef  # Direct triple: party ratifies agreement.
    withdrawsFrom: URIRef  # Direct triple: party withdraws from agreement.

    # Meetings and statements
    participant: URIRef  # A participant of a meeting.
    metWith: URIRef  # Direct, symmetric triple between two participants of a meeting.
    speaker: URIRef  # Who made the statement.
    quote: URIRef  # What was said, in the article's words.
    direct: URIRef  # True for a direct quotation, false for reported speech.

    # Articles
    mentions: URIRef  # The article names the entity (in a fact or anywhere in its text).
    descriptions: URIRef  # N-Triples of the descriptions an article contributes (store ledger).
    topic: URIRef  # A CAP major topic of an article or of a topic assignment.

    # Concept schemes and their concepts
    statuses: URIRef  # Scheme of post holding statuses.
    current: URIRef  # Holds the post at the time of the article.
    elect: URIRef  # Elected, not yet in office.
    acting: URIRef  # Holds the post temporarily.
    former: URIRef  # Held the post before.
    nominee: URIRef  # Nominated, not yet confirmed.
    actions: URIRef  # Scheme of agreement actions.
    propose: URIRef  # Puts the agreement forward.
    negotiate: URIRef  # Negotiates its terms.
    discuss: URIRef  # Talks about it, short of negotiating.
    sign: URIRef  # Signs it.
    join: URIRef  # Becomes a party to it.
    implement: URIRef  # Puts it into effect.
    ratify: URIRef  # Ratifies it.
    withdraw: URIRef  # Leaves it.
    capMajorTopics: URIRef  # Scheme of Comparative Agendas Project major topics.


#: Prefixes every query may use without declaring them, bound on every graph kg writes and
#: written by exports: the one list of them.
PREFIXES = {
    "kgo": str(KGO._NS),
    "kgid": str(DATA),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
}

#: Entity kind (kg.model's PERSON, ORGANIZATION ...) -> its class.
ENTITY_CLASSES = {
    "person": URIRef(PREFIXES["foaf"] + "Person"),
    "organization": URIRef(PREFIXES["org"] + "Organization"),
    "country": KGO.Country,
    "agreement": KGO.Agreement,
}

#: The named graph holding what entities, posts and topics are (type, label, aliases, links):
#: one copy for all articles, so queries over the union do not meet a label once per article.
DESCRIPTIONS = DATA["graph/descriptions"]
#: The properties that describe a thing rather than state a fact of one article.
DESCRIPTIVE = frozenset(URIRef(iri) for iri in (
    PREFIXES["rdf"] + "type", PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel",
    PREFIXES["owl"] + "sameAs", str(KGO.country), PREFIXES["org"] + "postIn",
    PREFIXES["skos"] + "prefLabel", PREFIXES["skos"] + "inScheme",
    PREFIXES["skos"] + "hiddenLabel",
    PREFIXES["org"] + "subOrganizationOf"))


def split_descriptions(triples) -> tuple[list, list]:
    """An article's triples as (its own, descriptions of the things it names).

    Descriptions are the types, labels, aliases and links of entities, posts and topics; the
    article node, fact nodes and relations between entities stay the article's own.
    """
    own, shared = [], []
    kept_whole = (str(DATA["article/"]), str(DATA["fact/"]))
    for triple in triples:
        subject, predicate, _ = triple
        if predicate in DESCRIPTIVE and not str(subject).startswith(kept_whole):
            shared.append(triple)
        else:
            own.append(triple)
    return own, shared


def ontology_path() -> Traversable:
    """The shipped `kg.ttl` (a Traversable; use `importlib.resources.as_file` for a real path)."""
    return files("kg.ontology_files") / "kg.ttl"


def load_ontology() -> Graph:
    """The ontology as an rdflib Graph."""
    graph = Graph()
    with as_file(ontology_path()) as path:
        graph.parse(path, format="turtle")
    return graph
