"""agreement: which countries or organisations propose, negotiate, discuss, sign, join,
implement, ratify or withdraw from which agreement.

Agreements are found first, as things: capitalised names ending in a head word ("the Artemis
Accords", "a Memorandum of Understanding Concerning ...", "the U.S.-India 2+2 Ministerial
Dialogue"), names the gazetteer knows ("the JCPOA"), acronyms an article gives a name ("(NCMOU)"),
"the Agreement" standing for the last one named, and described ones ("a proposed 'safe third
country' agreement"). Then each mention gets an action from the verb or noun governing it
("signed", "the signing of", "accession to", "entry into force of") or from the headline's verb,
and parties from the subject, a "with"/"between"/"by" phrase, a person's country ("signed for
Ghana"), the countries in its name ("U.S.-Tanzania"), "we" in a government's own release (in a
joint statement, its authors as its title or opening names them; none when they are unnamed), or
a plural reference ("the two countries") resolved to the countries the article is about.
"did not sign" is marked negated; "are said to be discussing" hedged. The words of this grammar
are data: `kg/data/agreement_words.tsv`.

One module a part: `grammar` (the words, read from that file, the word sets and the Matcher of
names), `mentions` (the agreements an article names), `actions` (what is done to one, and
whether it is done, planned, hedged or negated), `parties` (who does it), `facts` (a mention's
facts, and the guards that leave background mentions out); here an article's facts are
gathered, and one that another says with more parties is left out.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract import register
from kg.model import COUNTRY, AgreementAction, Entity
from kg.extract.agreements.facts import _facts_for
from kg.extract.agreements.mentions import _mentions, _same_name_key
from kg.extract.agreements.parties import _article_countries, _asked


@register("agreement")
def agreements(doc: Doc, *, doc_id: str) -> Iterator[AgreementAction]:
    countries = _article_countries(doc)
    seen = set()
    facts: list[AgreementAction] = []
    for mention in _mentions(doc):
        if mention.span.sent.text.rstrip().rstrip("”\"’' ").endswith("?"):
            continue  # a question asks, it reports nothing
        if _asked(mention.span.sent):
            continue  # a journalist's question in a transcript: hearsay, not a report
        for fact in _facts_for(doc, doc_id, mention, countries):
            key = (tuple(p.name for p in fact.parties), fact.agreement.name.lower(), fact.action,
                   fact.negated)
            said = (fact.agreement.name.lower(), mention.span.sent.start)
            if fact.evidence.extractor == "agreements.list" and said in seen:
                continue  # "welcomed A, B joining the Pledge, ... in Pledge countries": the
                # sentence already says what they did
            if key not in seen:
                seen.add(key)
                seen.add(said)
                facts.append(fact)
    for fact in facts:
        if not any(_says_less(fact, other) for other in facts):
            yield replace(fact, parties=tuple(_for_resolve(p) for p in fact.parties))


def _says_less(fact: AgreementAction, other: AgreementAction) -> bool:
    """Whether another fact of the article says what this one says and names more parties:
    "The United States of America and Republic of Ghana Sign a Memorandum of Understanding
    Concerning ..." (a title the parse reads as the United States' alone) under "Today, the
    United States of America and Republic of Ghana signed a Memorandum of Understanding
    Concerning ...", or the Memorandum "on" the same thing; not with more confidence ("France
    Becomes Twentieth Nation to Sign the Artemis Accords" beside a list of the twenty)."""
    return set(fact.parties) < set(other.parties) and (fact.action, fact.negated, fact.hedged) \
        == (other.action, other.negated, other.hedged) \
        and _topic_key(fact.agreement.name) == _topic_key(other.agreement.name) \
        and fact.evidence.confidence <= other.evidence.confidence


def _topic_key(name: str) -> str:
    """An agreement's name without the words that join its subject on: "Memorandum of
    Understanding Concerning Strategic ..." is "Memorandum of Understanding on Strategic ..."."""
    return re.sub(r"\b(?:on|concerning|regarding|for|of|the|in|to)\b|\s+", "",
                  _same_name_key(name))


def _for_resolve(party: Entity) -> Entity:
    """A party as `kg.resolve` takes it: a country by its ISO code (the grammar compares
    countries by name; which name and key the graph gives them is resolve's choice)."""
    code = gazetteer.country_code(party.name) if party.kind == COUNTRY else None
    return Entity(code, COUNTRY, country=code) if code else party
