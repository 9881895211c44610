"""meeting: who met whom.

Verbs of meeting ("met with", "hosted", "held talks with", "joined X for talks", "was joined
for the event by") and meeting nouns ("Secretary Blinken's Meeting with ..."). Participants are
the people on both sides, with coordinated names; a generic group as subject ("U.S. officials
meet with ...", "They met ...") stands for the people of the meeting mentioned just before.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract import register
from kg.extract.evidence import sentence_evidence
from kg.extract.mentions import Analysis, analyse
from kg.extract.titles import bare_name
from kg.model import ORGANIZATION, PERSON, Entity, Meeting

MEETING_VERBS = frozenset({"meet", "host", "co-host", "welcome", "receive", "join", "visit",
                           "convene", "hold"})
#: Verbs that only mean a meeting with a meeting noun beside them ("joined X for talks").
NEEDS_MEETING_NOUN = frozenset({"join", "hold", "visit", "welcome", "receive"})
MEETING_NOUNS = frozenset({"meeting", "meetings", "talks", "talk", "summit", "event",
                           "ceremony", "dialogue", "session", "discussion", "discussions",
                           "consultation", "consultations", "bilateral", "visit"})
GROUP_SUBJECTS = frozenset({"officials", "delegation", "delegations", "they", "team", "leaders",
                            "ministers", "we"})
CONFIDENCE = {"verb": 0.85, "noun": 0.8, "group": 0.6}


@register("meeting")
def meetings(doc: Doc, *, doc_id: str) -> Iterator[Meeting]:
    analysis = analyse(doc)
    previous: list[str] = []
    seen: set[frozenset] = set()
    hosts: list[str] = []
    for token in doc:
        group = _participants(token, analysis, previous)
        if group is None:
            continue
        people, how = group
        if token.lemma_ == "host" and _refers_to_event(token, first=True):
            hosts = list(dict.fromkeys(hosts + people))
        elif hosts and _refers_to_event(token, first=False):
            # "a ceremony hosted by X ... Y was joined for the event by Z": X was there too
            people = list(dict.fromkeys(hosts + people))
        if len(people) < 2 or not any(_entity(p, analysis).kind == PERSON for p in people):
            continue  # a meeting has at least one person named
        key = frozenset(people)
        previous = people
        if key in seen:
            continue
        seen.add(key)
        negated = any(c.dep_ == "neg" for c in token.children)
        yield Meeting(participants=tuple(_entity(p, analysis) for p in sorted(people)),
                      evidence=sentence_evidence(doc_id, token, f"meetings.{how}",
                                                 CONFIDENCE[how]),
                      negated=negated)


def _participants(token: Token, analysis: Analysis, previous: list[str]):
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and (lemma in MEETING_VERBS or token.lower_.endswith("host")):
        if lemma in NEEDS_MEETING_NOUN and not _has_meeting_noun(token):
            return None
        subjects = _subjects(token)
        objects = [c for c in token.children if c.dep_ in ("dobj", "agent", "prep", "pobj")]
        people = _people(subjects, analysis) or _pronoun(subjects, analysis)
        how = "verb"
        if not people and any(s.lower_ in GROUP_SUBJECTS for s in subjects):
            people, how = list(previous), "group"
        others = _people(objects, analysis) or _after_with(token, analysis) \
            or _organisations_with(token)
        everyone = list(dict.fromkeys(people + others))
        if not others and how != "group" and len(people) < 2:
            return None
        return everyone, how
    if token.lower_ in ("meeting", "call") and token.pos_ == "NOUN" or token.text == "Meeting":
        owners = [c for c in token.children if c.dep_ == "poss"]
        withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
        people = _people(owners + withs, analysis)
        if len(people) >= 2:
            return people, "noun"
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it hangs from ("will co-host", "and met")."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or node.dep_ not in ("xcomp", "conj", "advcl") or node.head is node:
            return found
        node = node.head
    return []


EVENT_NOUNS = frozenset({"ceremony", "event", "reception", "dinner", "luncheon", "breakfast",
                         "meeting", "summit", "signing", "celebration", "forum", "session"})


def _refers_to_event(verb: Token, *, first: bool) -> bool:
    """Whether the verb is about an event: a new one (hosted a ceremony) or one named before
    with "the" (joined for the event)."""
    nouns = [t for t in verb.sent if t.lower_ in EVENT_NOUNS]
    if first:
        return bool(nouns)
    return any(t.i > verb.i and any(c.lower_ == "the" for c in t.children) for t in nouns) \
        or any(t.lower_ in EVENT_NOUNS for t in verb.subtree if t.i != verb.i
               and any(c.lower_ == "the" for c in t.children))


def _has_meeting_noun(verb: Token) -> bool:
    """"joined X for talks", "joined X in signing the Arrangement": a meeting, not a hire."""
    for t in verb.subtree:
        if t.i == verb.i:
            continue
        if t.lower_ in MEETING_NOUNS:
            return True
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.head.i == verb.i:
            return True
    return False


def _after_with(verb: Token, analysis: Analysis) -> list[str]:
    """People named right after "with" when the parse hangs them elsewhere ("met today with
    Prime Minister Al-Kadhimi of Iraq to strengthen ...")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if prep is None:
        return []
    found = []
    for token in verb.doc[prep.i + 1:verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":") or token.lower_ == "to":
            break
        mention = analysis.person_at(token)
        if mention is not None:
            found.append(analysis.canonical(mention.name))
    return list(dict.fromkeys(found))


def _organisations_with(verb: Token) -> list[str]:
    """"met with the Congressional Hispanic Caucus": an organisation or country is the other
    side where no person is named."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for ent in verb.doc.ents:
            if ent.label_ in ("ORG", "GPE", "NORP") and prep.i < ent.start \
                    and ent.end - 1 <= prep.right_edge.i:
                found.append(bare_name(ent.text))
                break
    return found


def _entity(name: str, analysis: Analysis) -> Entity:
    """A participant: a person the article names, else an organisation or a country (the
    resolver tells them apart)."""
    if any(analysis.canonical(m.name) == name for m in analysis.people):
        return Entity(name, PERSON)
    return Entity(name, ORGANIZATION)


def _pronoun(subjects: list[Token], analysis: Analysis) -> list[str]:
    """"he will meet with ...": the person named last before."""
    for subject in subjects:
        if subject.lower_ in ("he", "she"):
            person = analysis.named_before(subject)
            return [person] if person else []
    return []


def _people(roots: list[Token], analysis: Analysis) -> list[str]:
    """People named in the phrases under `roots` (with coordinations and appositions), in order,
    not crossing into clauses."""
    found: list[str] = []
    for root in roots:
        for t in _phrase_tokens(root):
            mention = analysis.person_at(t)
            if mention is not None:
                found.append(analysis.canonical(mention.name))
    return list(dict.fromkeys(found))


def _phrase_tokens(root: Token) -> Iterator[Token]:
    yield root
    for child in root.children:
        if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "poss") \
                or child.pos_ == "VERB":
            continue
        yield from _phrase_tokens(child)
