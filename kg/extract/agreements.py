"""agreement: which countries or organisations propose, negotiate, discuss, sign, join,
implement, ratify or withdraw from which agreement.

An agreement is a named instrument ("the Artemis Accords", "a Memorandum of Understanding
Concerning ...") or a described one ("a proposed 'safe third country' agreement", "a trade
deal"). The action comes from the verb or noun governing it; the parties from its subject, a
"with"/"between" phrase, a person's country ("signed for Ghana"), a list of countries, or a
plural reference ("the two countries", "both governments") resolved to the countries the
article is about. "did not sign" is marked negated; "are said to be discussing" hedged.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract import register
from kg.extract.evidence import sentence_evidence, text_of
from kg.extract.mentions import analyse, person_country
from kg.model import AGREEMENT, COUNTRY, ORGANIZATION, AgreementAction, Entity

#: Head nouns of agreements.
AGREEMENT_HEADS = frozenset({
    "agreement", "agreements", "accord", "accords", "treaty", "treaties", "memorandum",
    "mou", "moa", "arrangement", "declaration", "framework", "convention", "protocol", "pact",
    "charter", "compact", "deal", "statute",
})
#: Head words of agreement names ("Memorandum of Understanding Concerning ...").
NAME_HEADS = frozenset({"accord", "accords", "agreement", "treaty", "memorandum", "arrangement",
                        "declaration", "framework", "convention", "protocol", "pact", "charter",
                        "compact", "mou"})
#: Words that make a list of countries the parties of an agreement named beside them.
MEMBERSHIP_NOUNS = frozenset({"signatories", "signatory", "members", "parties", "nations",
                              "countries", "states", "partners", "participants"})
#: Verb (or noun) lemma -> action.
ACTIONS = {
    "sign": "sign", "ink": "sign", "conclude": "sign", "finalize": "sign", "seal": "sign",
    "signing": "sign", "signature": "sign",
    "negotiate": "negotiate", "negotiation": "negotiate", "renegotiate": "negotiate",
    "discuss": "discuss", "discussion": "discuss", "talk": "discuss", "consider": "discuss",
    "propose": "propose", "proposal": "propose", "offer": "propose",
    "join": "join", "rejoin": "join", "re-join": "join", "accede": "join", "accession": "join", "launch": "join", "endorse": "join",
    "adopt": "join", "enter": "join", "become": "join",
    "implement": "implement", "implementation": "implement", "advance": "implement",
    "operationalize": "implement", "extend": "implement", "renew": "implement",
    "enforce": "implement", "uphold": "implement", "honor": "implement",
    "ratify": "ratify", "ratification": "ratify", "approve": "ratify",
    "withdraw": "withdraw", "withdrawal": "withdraw", "leave": "withdraw", "exit": "withdraw",
    "quit": "withdraw", "abandon": "withdraw", "terminate": "withdraw",
}
#: Verbs that ask another to act: the agreement is not (yet) acted on.
REQUESTS = frozenset({"ask", "urge", "encourage", "invite", "call", "press", "push"})
#: Verbs of intention: the action is claimed for the future, so the fact is hedged.
INTENTIONS = frozenset({"plan", "intend", "expect", "hope", "seek", "want", "aim", "look"})
HEDGES = frozenset({"said", "reportedly", "may", "might", "could", "would", "possible",
                    "proposed", "expected", "likely", "reported", "considering"})
NEGATIONS = frozenset({"not", "n't", "never", "refuse", "decline", "fail", "reject"})
PLURAL_REFERENCES = re.compile(
    r"\b(?:the two|both|our two|our) (?:countries|nations|governments|sides|neighbors|neighbours|"
    r"leaders|parties)\b", re.I)
NAME_RE = re.compile(
    r"(?:(?:[A-Z][\w’'.\-]*|of|on|for|and|the|to|in|Concerning|\d+(?:st|nd|rd|th)?)\s+)*?"
    r"(?:Accords?|Agreement|Treaty|Memorandum|Arrangement|Declaration|"
    r"Framework|Convention|Protocol|Pact|Charter|Compact|MOU)"
    r"(?:\s+(?:on|of|for|Concerning|to)\s+(?:(?:the|and|of|on|for)\s+|[A-Z][\w’'.\-]*\s*)+)?")
CONFIDENCE = {"verb": 0.8, "list": 0.6, "noun": 0.65}


@register("agreement")
def agreements(doc: Doc, *, doc_id: str) -> Iterator[AgreementAction]:
    names = _named_agreements(doc)
    countries = _article_countries(doc)
    seen = set()
    for mention in _agreement_mentions(doc, names):
        for fact in _facts_for(doc, doc_id, mention, countries):
            key = (tuple(p.name for p in fact.parties), fact.agreement.name.lower(), fact.action,
                   fact.negated)
            if key not in seen:
                seen.add(key)
                yield fact


def _named_agreements(doc: Doc) -> list[Span]:
    spans = _known_agreements(doc)
    known = {i for span in spans for i in range(span.start, span.end)}
    for match in NAME_RE.finditer(text_of(doc)):
        text = match.group(0).rstrip()
        words = text.split()
        while words and words[0] in ("the", "and", "of", "on", "for", "to", "in", "The"):
            words.pop(0)
        while words and words[-1] in ("the", "and", "of", "on", "for", "to", "in", "between"):
            words.pop()
        if not words:
            continue
        start = match.start() + match.group(0).index(words[0])
        end = start + len(" ".join(words))
        span = doc.char_span(start, min(end, len(text_of(doc))), alignment_mode="expand")
        if span is None or not len(span):
            continue
        # a headline's verb, a name or the sentence before are not part of the agreement's name
        head = next((t for t in span if t.lower_ in NAME_HEADS), span[-1])
        cut = max((t.i + 1 for t in doc[span.start:head.i] if t.pos_ in ("VERB", "AUX")
                   or t.ent_type_ in ("PERSON", "DATE", "TIME")),
                  default=span.start)
        span = doc[max(cut, head.sent.start):span.end]
        if len(span) and _names_instrument(span) and not known & set(range(span.start, span.end)):
            spans.append(span)
    return spans


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern:
    names = gazetteer.agreement_names()
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _known_agreements(doc: Doc) -> list[Span]:
    """Agreements the gazetteer knows, by any name or acronym ("the JCPOA", "USMCA")."""
    spans = []
    for match in _known_pattern().finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _names_instrument(span: Span) -> bool:
    """Whether a capitalised name is an agreement's: "Disaster Declaration" is not, "the Los
    Angeles Declaration on Migration and Protection" and "Joint Declaration" are."""
    words = [t.lower_ for t in span]
    for head in ("declaration", "memorandum"):  # not "Disaster Declaration", "Presidential
        if head in words:                        # Memorandum", "National Security Memorandum"
            k = words.index(head)
            if k > 0 and words[k - 1] in ("security", "presidential", "executive", "emergency",
                                          "disaster"):
                return False
            return k + 1 < len(words) and words[k + 1] in ("on", "of", "for") or \
                (k > 0 and words[k - 1] == "joint")
    return True


def _agreement_mentions(doc: Doc, names: list[Span]) -> Iterator[tuple[Span, Token]]:
    """(name span, head token) for each agreement mention: named ones, then described ones."""
    covered = set()
    for span in names:
        covered.update(range(span.start, span.end))
        yield span, span.root
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.i in covered or root.lower_ not in AGREEMENT_HEADS:
            continue
        words = [t for t in chunk if t.dep_ not in ("det", "poss", "case", "nummod")
                 and t.lower_ not in ("such", "proposed", "new", "any", "this", "that", "our",
                                      "potential", "possible", "“", "”", '"')]
        if len(words) < 2 or all(t.lower_ in AGREEMENT_HEADS for t in words):
            continue  # "an agreement", "such an agreement": nothing to name it by
        span = doc[words[0].i:words[-1].i + 1]
        if _names_instrument(doc[span.start:min(root.i + 3, len(doc))]):
            yield span, root


def _facts_for(doc: Doc, doc_id: str, mention: tuple[Span, Token],
               countries: list[str]) -> Iterator[AgreementAction]:
    span, root = mention
    name = _clean_name(span.text)
    if not name:
        return
    action, governor = _action(root)
    if action is None:
        parties = _listed_countries(span.sent)
        if len(parties) >= 3 and any(t.lower_ in MEMBERSHIP_NOUNS for t in span.sent):
            yield AgreementAction(parties=tuple(Entity(p, COUNTRY) for p in parties),
                                  agreement=Entity(name, AGREEMENT), action="sign",
                                  evidence=sentence_evidence(doc_id, span, "agreements.list",
                                                             CONFIDENCE["list"]))
        return
    parties = _parties(doc, governor, root, countries)
    if not parties:
        return
    negated = _negated(governor)
    hedged = _hedged(governor)
    yield AgreementAction(parties=tuple(parties), agreement=Entity(name, AGREEMENT),
                          action=action, negated=negated, hedged=hedged,
                          evidence=sentence_evidence(doc_id, span, "agreements.verb",
                                                     CONFIDENCE["verb"]))


def _clean_name(text: str) -> str:
    text = text.replace("“", "").replace("”", "").replace('"', "")
    text = re.sub(r"(?<![A-Z])\.$", "", text.strip())  # the sentence's full stop, not "U.S."
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"\s*\([^)]*\)?$", "", text)
    return " ".join(text.split())


def _action(root: Token) -> tuple[str | None, Token | None]:
    """The action governing the agreement: its verb, or a noun ('signing of', 'talks on')."""
    token = root
    for _ in range(4):
        head = token.head
        if head is token:
            break
        lemma = head.lemma_.lower()
        if lemma in ACTIONS and (head.pos_ in ("VERB", "NOUN") or head.tag_.startswith("VB")):
            # "to sign": the verb of "became the nation to sign" is the one that acts
            return ACTIONS[lemma], head
        if head.pos_ == "VERB" and head.dep_ not in ("xcomp", "relcl", "acl"):
            return None, None
        token = head
    return None, None


def _parties(doc: Doc, governor: Token, root: Token, countries: list[str]) -> list[Entity]:
    """Who does it: the subject (through 'to sign' and conjunctions), 'with'/'between' objects,
    agents of passives, a signatory's country ('signed for Ghana'), plural references."""
    verbs = [governor]
    while verbs[-1].dep_ in ("xcomp", "conj", "acl", "relcl", "advcl", "ccomp") \
            and verbs[-1].head is not verbs[-1]:
        head = verbs[-1].head
        if verbs[-1].dep_ == "xcomp" and head.lemma_ in REQUESTS:
            return []  # "asked Kuwait to join", "encouraging nations to sign": not done
        verbs.append(head)
    phrases = []
    for verb in verbs:
        if verb.pos_ == "NOUN":  # "India's decision to join"
            phrases += [c for c in verb.children if c.dep_ == "poss"]
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent", "attr") or (
                    child.dep_ == "prep" and child.lower_ in ("with", "between", "for", "by")):
                phrases.append(child)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "with"):
            phrases.append(child)
    found: list[Entity] = []
    for phrase in phrases:
        text = text_of(doc)[phrase.left_edge.idx:phrase.right_edge.idx + len(phrase.right_edge.text)]
        if PLURAL_REFERENCES.search(text):
            found += [Entity(c, COUNTRY) for c in countries[:2]]
        found += _countries_in(phrase)
    if not found:
        found += _signatory_countries(doc, governor)
    return list(dict.fromkeys(found))


def _countries_in(root: Token) -> list[Entity]:
    """Countries (and international organisations) named in the phrase under `root`."""
    found = []
    analysis = analyse(root.doc)
    for ent in root.doc.ents:
        if not (root.left_edge.i <= ent.start and ent.end - 1 <= root.right_edge.i):
            continue
        if ent.label_ in ("GPE", "NORP"):
            country = gazetteer.country(ent.text)
            if country:
                found.append(Entity(country.name, COUNTRY))
        elif ent.label_ == "ORG":
            org = gazetteer.organization(ent.text)
            if org and not org.country:
                found.append(Entity(org.name, ORGANIZATION))
        elif ent.label_ == "PERSON":
            mention = analysis.person_at(ent.root)
            country = person_country(analysis, mention) if mention else None
            if country and gazetteer.country(country):
                found.append(Entity(gazetteer.country(country).name, COUNTRY))
    edge = root.right_edge
    following = edge if edge.text == ":" else (
        root.doc[edge.i + 1] if edge.i + 1 < len(root.doc) else None)
    if following is not None and following.text == ":":  # "with a dozen partners: A, B, C"
        listed = _listed_countries(root.doc[following.i + 1:following.sent.end])
        if len(listed) >= 2:
            found += [Entity(name, COUNTRY) for name in listed]
    return found


def _signatory_countries(doc: Doc, governor: Token) -> list[Entity]:
    """'X signed for the United States, and Y signed for Ghana'."""
    found = []
    for token in governor.sent:
        if token.lemma_ == governor.lemma_:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "for":
                    found += _countries_in(child)
    return found


def _listed_countries(sent: Span) -> list[str]:
    names = []
    for ent in sent.ents:
        if ent.label_ == "GPE":
            country = gazetteer.country(ent.text)
            if country:
                names.append(country.name)
    return list(dict.fromkeys(names))


def _article_countries(doc: Doc) -> list[str]:
    """The countries an article is about, most mentioned first (for 'the two countries')."""
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            country = gazetteer.country(ent.text)
            if country:
                counts[country.name] += 1
    analysis = analyse(doc)
    for mention in analysis.people:  # "President Biden" speaks for the United States
        country = person_country(analysis, mention)
        if country and gazetteer.country(country):
            counts[gazetteer.country(country).name] += 1
    for match in re.finditer(r"\b([A-Z][\w.]+)-([A-Z][\w.]+)\b", text_of(doc)):  # "US-Mexico"
        for part in match.groups():
            country = gazetteer.country(part)
            if country:
                counts[country.name] += 1
    return [name for name, _ in counts.most_common()]


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ in NEGATIONS


def _hedged(verb: Token) -> bool:
    if verb.dep_ == "xcomp" and verb.head.lemma_ in INTENTIONS:
        return True
    window = verb.doc[max(verb.sent.start, verb.i - 6):verb.i]
    return any(t.lower_ in HEDGES for t in window) or any(
        c.lower_ in HEDGES for c in verb.children if c.dep_ in ("aux", "advmod"))
