"""What the reader asks of the words: a sentence's subjects and objects, a phrase's groups, the
title's ends, a name's place in a title, whether a meeting is planned or reported as a claim."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.evidence import in_question, text_of
from kg.extract.mentions import (HEADLINE_VERBS, NOT_NAMES, Analysis, PersonMention,
                                 person_country_code)
from kg.extract.titles import CONNECTORS, ORG_HEADS, is_title_head, is_title_word
from kg.model import COUNTRY, ORGANIZATION
from kg.names import PARTICLES, bare_name
from kg.extract.meetings.grammar import (CALL_WORDS, MEETING_MODIFIERS, MEETING_NOUNS, MEMBER_VERBS,
                                         MODALS, NAME_PREFIXES, OFFICIAL_GROUPS, PLANNING_VERBS,
                                         POSSESSIVE, PRESENT_BE, PURPOSE_VERBS, TITLE_ANNOUNCING,
                                         TITLE_RIGHT_STOPS)


@dataclass(frozen=True)
class _Side:
    """The persons of one side of a meeting, else the organisations or countries standing for it."""

    people: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.people or self.groups)


#: Verbs of a claim others make, under which a meeting is not reported as held.
CLAIM_VERBS = frozenset({"claim", "allege", "rumor", "rumour", "speculate"})


def _hearsay(anchor: Token) -> bool:
    """Whether a meeting word stands in a reporter's turn of a transcript ("Q ...",
    "QUESTION: ...") or under a verb of claiming ("reports claimed that X met with Y")."""
    return in_question(anchor.doc, anchor.idx) or any(t.lemma_.lower() in CLAIM_VERBS
                                                      for t in anchor.ancestors)


def _one_government(analysis: Analysis, people: list[str]) -> bool:
    """Whether every person named serves one and the same country (known for each)."""
    codes = set()
    for name in people:
        mention = next((m for m in analysis.people if m.name == name
                        or analysis.canonical(m.name) == name), None)
        code = person_country_code(analysis, mention) if mention is not None else None
        if code is None:
            return False
        codes.add(code)
    return len(codes) == 1


def _group_kind(name: str) -> str:
    """A first guess at what a participant that is no person is: a country where the gazetteer
    reads the name as one and as no agency ("Iran"; not "AU"), else an organisation."""
    if gazetteer.organization(name) is None and gazetteer.country(name) is not None:
        return COUNTRY
    return ORGANIZATION


def _size(side: _Side) -> int:
    return len(side.people) + len(side.groups)


def _title_end(doc: Doc) -> int:
    """The index of the first token after the title line, or 0 when the text has no title
    (a body alone)."""
    text = text_of(doc)
    cut = text.find("\n\n")
    if cut <= 0 or "\n" in text[:cut] or cut > 400:
        return 0
    return next((t.i for t in doc if t.idx >= cut), 0)


def _title_planned(title: Span, start: int) -> bool:
    """"Secretary Blinken to Co-Host ... Meeting with", "Previewing the President’s Meeting":
    the title is about a meeting to come."""
    for t in title:
        if t.i >= start:
            break
        if t.lower_ in TITLE_ANNOUNCING \
                or t.lower_ == "to" and t.i + 1 < len(title.doc) \
                and title.doc[t.i + 1].lower_ in ("host", "co-host", "meet", "travel", "visit",
                                                   "hold", "attend", "lead"):
            return True
    return False


def _title_right_end(doc: Doc, start: int, end: int) -> int:
    for t in doc[start:end]:
        if t.lower_ in TITLE_RIGHT_STOPS and t.i > start:
            return t.i
        if t.lower_ == "to" and t.i + 1 < end and doc[t.i + 1].lower_ in PURPOSE_VERBS:
            return t.i
    return end


def _title_groups(doc: Doc, start: int, end: int) -> list[str]:
    """An organisation the title meets where no person is named ("Meeting with the
    Congressional Hispanic Caucus")."""
    return [bare_name(e.text) for e in doc.ents
            if e.label_ == "ORG" and start <= e.start and e.end <= end
            and e[-1].lower_ not in OFFICIAL_GROUPS and e[-1].lower_ != "leaders"
            and (gazetteer.organization(e.text) or any(t.lower_ in ORG_HEADS for t in e))]


#: Verbs whose object is a meeting their subject took part in.
TAKING_PART = frozenset({"hold", "have", "attend", "join", "conduct", "participate", "host",
                         "co-host", "convene", "lead", "chair", "begin", "conclude", "open"})
#: Prepositions that set a clause in a meeting ("In a meeting with ..., the Secretary ...").
DURING = frozenset({"in", "during", "at", "after", "following", "on", "on the sidelines of"})


def _clause_of(noun: Token) -> Token | None:
    """The verb of the clause a meeting noun belongs to as its object or setting, or None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in TAKING_PART:
        return head
    if noun.dep_ == "pobj" and head.lower_ in DURING and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects (with coordinated ones), or those of the verb it hangs from
    ("arrived in Tokyo and met with ...")."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found + [c for s in found for c in s.conjuncts]
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head is node:
            return []
        node = node.head
    return []


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


#: Dependencies that stay inside a noun phrase naming a side.
_PHRASE_DEPS = frozenset({"conj", "appos", "compound", "amod", "nmod", "nummod", "cc", "punct",
                          "det", "pobj", "npadvmod", "dobj", "nsubj", "nsubjpass", "attr", "agent"})


def _phrase(root: Token) -> Iterator[Token]:
    """The tokens of the phrase of `root`: coordinated names, appositions, "including ...",
    "a delegation that included ...", not other clauses, purposes or possessives."""
    yield root
    for child in root.children:
        if child.dep_ == "poss":
            continue
        if child.dep_ == "prep":
            if child.lower_ in TOPIC_PREPOSITIONS or child.lower_ == "of" and _bare_person(child):
                continue  # "met with X on Y's plan", "the family of Paul Whelan"
            yield from _phrase(child)
            continue
        if child.dep_ in ("relcl", "acl"):
            if child.lemma_ in MEMBER_VERBS:
                yield from (t for c in child.children if c.dep_ in ("dobj", "agent", "prep")
                            for t in _phrase(c))
            continue
        if child.dep_ in _PHRASE_DEPS and child.pos_ not in ("VERB", "AUX"):
            yield from _phrase(child)


#: Prepositions whose objects are what a meeting was about or where, not who took part.
TOPIC_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning", "against", "in", "at",
                                "for", "over", "after", "before", "during", "since", "from"})


def _bare_person(prep: Token) -> bool:
    """"of Paul Whelan": a person named right after "of", without a title."""
    doc = prep.doc
    i = prep.i + 1
    while i < len(doc) and doc[i].lower_.rstrip(".") in NAME_PREFIXES:
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _after_of(doc: Doc, start: int) -> bool:
    """"the family of Mr. George Floyd": the name's owner of a phrase, not a side."""
    i = start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in NAME_PREFIXES:
        i -= 1
    return i >= 0 and doc[i].lower_ == "of"


def _event_members(event: Token) -> list[Token]:
    """Who took part in a hosted or joined event: "a meeting joined by X, Y", "a roundtable
    with X"."""
    roots = []
    for child in event.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "of"):
            roots += _objects(child)
        elif child.dep_ in ("acl", "relcl") and child.lemma_ in MEMBER_VERBS:
            roots += [t for c in child.children if c.dep_ in ("agent", "dobj")
                      for t in ([c] + _objects(c))]
    return roots


def _groups(roots: list[Token]) -> list[tuple[str, str]]:
    """The organisations or countries behind unnamed officials ("Algerian leaders", "members of
    Bulgaria’s new government", "NATO and European Union officials", "the Congressional
    Hispanic Caucus")."""
    found: list[str] = []
    for root in roots:
        heads = [root] + list(root.conjuncts)
        for head in heads:
            if head.ent_type_ in ("ORG", "GPE") and head.pos_ == "PROPN":
                ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
                if ent is not None:
                    found.append((bare_name(ent.text.split("(")[0]).strip(), ent.label_))
                continue
            if head.lower_ not in OFFICIAL_GROUPS and not (
                    is_title_head(head) and any(c.lower_ == "the" for c in head.children)):
                continue
            # not what the officials' phrase says of a topic or a place at any depth ("leaders
            # from the state’s fishing industry at Hotel Captain Cook")
            skipped = {t.i for c in head.subtree if c is not head and (
                           c.dep_ in ("relcl", "acl", "advcl")
                           or c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS - {"from", "for"})
                       for t in c.subtree}
            for token in head.subtree:
                if token.i in skipped or token.i == head.i:
                    continue
                ent = next((e for e in token.doc.ents if e.start == token.i
                            and e.label_ in ("ORG", "GPE", "NORP")), None)
                if ent is not None and len(ent) == 1 and ent.end < len(ent.doc) and \
                        is_title_head(ent.doc[ent.end]) and not gazetteer.country(ent.text):
                    continue  # "the State Minister for Foreign Affairs": a title's word
                if ent is not None and ent.label_ == "NORP" and not gazetteer.country(ent.text) \
                        and not gazetteer.organization(ent.text):
                    continue  # "Congressional staff": an adjective of no country, no body
                if ent is not None and not any(c.isupper() for c in ent.text):
                    continue  # "39 national union labor leaders": no name, a phrase the model
                    # took for one
                if ent is not None and ent.end <= head.right_edge.i + 1:
                    found.append((bare_name(ent.text.split("(")[0]).strip(), ent.label_))
    return list(dict.fromkeys(found))


def _whole_in_title(doc: Doc, mention: PersonMention, end: int) -> PersonMention:
    """A headline name the mention analysis cut short where the body uses only its parts
    ("Foreign Minister Ararat | Mirzoyan at a Signing Ceremony")."""
    stop = mention.end
    while stop < end and stop - mention.start < 6:
        token = doc[stop]
        if token.lower_ in PARTICLES and any(t.text[:1].isupper() for t in doc[stop + 1:stop + 3]) \
                or doc[stop - 1].text == "-" and not doc[stop - 2].whitespace_ \
                and token.is_alpha:
            stop += 1  # "Ursula von der Leyen", "Chung Eui-yong"
            continue
        if not (token.text[:1].isupper() or token.text == "-" and not token.whitespace_) \
                or not token.is_alpha and "-" not in token.text \
                or token.lower_ in NOT_NAMES or token.lower_ in HEADLINE_VERBS \
                or is_title_word(token) or gazetteer.fold(token.text) in gazetteer.vocabulary() \
                or token.lower_ in MEETING_MODIFIERS or token.lower_ in TITLE_RIGHT_STOPS \
                or token.is_alpha and token.lower_ in CONNECTORS:  # "Draghi Of Italy"
            break
        stop += 1
    if stop == mention.end:
        return mention
    return PersonMention(doc[mention.start:stop].text, mention.start, stop, mention.titles)


#: Prepositions by which a title names whom its holder serves ("Head of Cabinet of ...",
#: "Advisor to ...", "Chief of Staff for ...").
TITLE_OWNER_PREPOSITIONS = frozenset({"of", "to", "for"})


def _in_apposed_title(mention: PersonMention, doc: Doc) -> bool:
    """"met with Bjoern Seibert, Head of Cabinet of the European Commission President Ursula
    von der Leyen": a name with its own title, under the "of"/"to" of a title set beside
    someone else's name, is that title's owner, not a side (not "Head of Presidential
    Administration Andriy Yermak", where the name goes with the title)."""
    if mention.start == 0 or not is_title_head(doc[mention.start - 1]):
        return False
    node = doc[mention.end - 1]
    while node.dep_ == "pobj" and node.head.dep_ == "prep" \
            and node.head.lower_ in TITLE_OWNER_PREPOSITIONS and node.head.head is not node.head:
        node = node.head.head
        if node.dep_ == "appos" and is_title_head(node):
            return True
    return False


def _possessive_owner(doc: Doc, mention: PersonMention) -> bool:
    """"met with Biden’s envoy": Biden owns the phrase and is not a side."""
    end = mention.end
    return end < len(doc) and doc[end].text in POSSESSIVE \
        or doc[end - 1].dep_ == "poss"


def _possessive_object(doc: Doc, mention: PersonMention, start: int) -> bool:
    """In a title: the owner of something other than the meeting ("Remarks on President
    Biden’s Agenda")."""
    end = mention.end
    return end < len(doc) and doc[end].text in POSSESSIVE and end + 1 < len(doc) \
        and doc[end + 1].lower_ not in MEETING_NOUNS + MEETING_MODIFIERS


def _title_modifier(doc: Doc, mention: PersonMention) -> bool:
    """"Diplomatic Advisor to Prime Minister Mechichi, Elyes Ghariani": a person named inside
    someone else's title is not a side."""
    i = mention.start - 1
    head = False
    while i >= 0 and (doc[i].text[:1].isupper() and is_title_word(doc[i])
                      or doc[i].text in ("-",)):
        head = head or is_title_head(doc[i])
        i -= 1
    if i == mention.start - 1 and i >= 1 and doc[i].lower_ == "of" and is_title_word(doc[i - 1]):
        return True  # "Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed"
    if i < 1 or not head or doc[i].lower_ not in ("to", "of", "for"):
        return False
    if any(t.start <= doc[i - 1].idx for t in mention.titles):
        return False  # "Chief of Defense General Valeriy Zaluzhny": the whole title is his own
    return is_title_word(doc[i - 1]) and doc[i - 1].text[:1].isupper()


def _about_a_call(token: Token) -> bool:
    """A match inside a sentence about a call ("met by phone", "in a call with")."""
    return any(t.lower_ in CALL_WORDS and abs(t.i - token.i) <= 6 for t in token.sent)


def _told_as_planned(doc: Doc, title_end: int, sides) -> bool:
    """Whether the body speaks of the title's meeting only as one to come: a meeting verb of
    a participant's sentence is planned ("President Biden will meet with President Putin in
    Geneva"), and no sentence says it was held."""
    surnames = {name.split()[-1] for side in sides for name in side.people}
    planned = held = False
    for sent in doc[title_end:].sents:
        if not surnames & {t.text for t in sent}:
            continue
        for token in sent:
            if token.lemma_ == "welcome" and token.pos_ == "VERB" and _looking_forward(token):
                planned = True  # "President Biden looks forward to welcoming Prime Minister ..."
            elif token.lemma_ in ("meet", "hold", "host") and token.pos_ in ("VERB", "AUX"):
                if _planned(token):
                    planned = True
                else:
                    held = True
    return planned and not held


def _looking_forward(word: Token) -> bool:
    """Whether the word is what someone looks forward to: "looks forward to welcoming"."""
    node = word
    for _ in range(3):
        node = node.head
        if node.lemma_ == "look" and any(c.lower_ == "forward" for c in node.children):
            return True
    return False


def _planned(word: Token) -> bool:
    """Whether the verb (or the verb governing a noun) speaks of a meeting still to come: "will
    meet", "plans to meet", "look forward to meeting", "if they meet"."""
    node = word
    for _ in range(4):
        children = list(node.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in children):
            return True
        if node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in children):
            return True  # "is meeting with ... later this afternoon"
        if any(c.lower_ in ("tomorrow", "later", "next") for c in children):
            return True
        if node.dep_ == "nsubj" and node.head.lemma_ == "be" and node.head.tag_ in ("VBZ", "VBP"):
            return True  # "the meeting between X and Y is an opportunity to ..."
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "once", "until") for c in children):
            return True
        if node is not word and node.lemma_ in PLANNING_VERBS:
            return True  # "plans to meet", "the preview of the President’s meeting"
        if node.tag_ == "VBG" and node.pos_ == "VERB" and node.dep_ in ("pcomp", "pobj") \
                and node.head.lower_ not in ("after", "since", "while", "during"):
            return True  # "look forward to meeting", "ahead of meeting"
        if node.lower_ in ("ahead", "before") and node is not word:
            return True
        if node.dep_ not in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "advcl", "acl",
                             "csubj", "attr") \
                or node.head is node:
            return False
        node = node.head
    return False


def _post_core(post: str) -> set[str]:
    """The title words of a post before its complement: "Deputy Secretary of State" ->
    {"deputy", "secretary"}; "Vice President" is not "the President"."""
    core = re.split(r"\s+(?:of|for|to|on|at)\s+", post.lower())[0].split()
    return {w for w in core if gazetteer.is_title_word(w)}
