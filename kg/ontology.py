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
    mentions: URIRef  # The article mentions the entity in one of its facts.
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


def ontology_path() -> Traversable:
    """The shipped `kg.ttl` (a Traversable; use `importlib.resources.as_file` for a real path)."""
    return files("kg.ontology_files") / "kg.ttl"


def load_ontology() -> Graph:
    """The ontology as an rdflib Graph."""
    graph = Graph()
    with as_file(ontology_path()) as path:
        graph.parse(path, format="turtle")
    return graph
