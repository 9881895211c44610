"""Every named thing an article mentions, not only those inside its facts: the people of the
shared mention analysis (names repaired, surnames joined to the fullest name the article uses)
and spaCy's ORG, GPE, NORP and LOC entities, as names with a first guess at their kind.

Names only: `kg.resolve.Resolver.mentions` keeps the people, countries and known
organisations among them and drops the rest.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.mentions import analyse
from kg.model import COUNTRY, ORGANIZATION, PERSON, Entity

#: spaCy entity label -> the kind it suggests (a place or nationality may name a country).
ENTITY_LABELS = {"ORG": ORGANIZATION, "GPE": COUNTRY, "NORP": COUNTRY, "LOC": COUNTRY}
#: Words that make a "person" the small model found a place, room or heading instead
#: (transcript datelines "Thomas Jefferson Room", "The David Citadel"; "Good Governance").
NOT_NAME_WORDS = frozenset("""
    the room hall building center centre citadel palace house square street avenue airport
    base hotel office embassy consulate governance cooperation security rule law
""".split())


def named_entities(doc: Doc) -> list[Entity]:
    """The people, organisations and places `doc` names, each once, in order of appearance."""
    analysis = analyse(doc)
    found: dict[tuple[str, str], Entity] = {}
    for mention in analysis.people:
        name = analysis.canonical(mention.name)
        if NOT_NAME_WORDS.isdisjoint(name.lower().split()):
            found.setdefault((PERSON, name), Entity(name, PERSON))
    for ent in doc.ents:
        kind = ENTITY_LABELS.get(ent.label_)
        name = " ".join(ent.text.split())
        if kind is not None and name:
            found.setdefault((kind, name), Entity(name, kind))
    return list(found.values())
