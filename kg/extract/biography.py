"""Posts from career sentences: nominations, appointments and biographies.

"Brigety previously served as the Vice-Chancellor and President of the University of the South
and the Mayor of Sewanee, Tennessee." A trigger ("serves as", "was", "held several roles in X,
including", "serves on the boards of", "assignments include") opens a list of items; the list
is split where a new item begins (a determiner, a title word, "as"), never inside a title's own
commas ("Deputy Assistant Secretary for Population, Refugees and Migration"); each item is
parsed as a title with its organisation, or as an organisation alone.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.mentions import Analysis
from kg.extract.titles import (CONNECTORS, ORG_HEADS, STATE_BUREAU, Title, hyphen_prefix,
                               is_title_word, parse_title, span_text)

#: Verbs whose "as" phrase names posts.
AS_VERBS = frozenset({"serve", "work", "act", "remain", "join", "appoint", "name", "nominate",
                      "elect", "select", "designate", "continue"})
#: Copulas whose complement names posts.
COPULAS = frozenset({"be", "become", "remain"})
#: Nouns that, as subject of "include", list past posts ("Her assignments include ...").
CAREER_NOUNS = frozenset({"assignments", "postings", "positions", "roles", "posts", "career"})
#: Words that end a list of posts.
STOPS = frozenset({"who", "which", "where", "since", "during", "while", "when", "after",
                   "before", "including", "from", "until", "through", "whose", "alongside",
                   "under", "between", "following", "upon", "among"})
LEGAL_FORMS = frozenset({"llc", "inc", "ltd", "corp", "co", "plc", "lp", "llp", "gmbh", "ag", "sa"})
PAST_MARKERS = frozenset({"previously", "formerly", "earlier", "prior", "once"})
STARTS = frozenset({"the", "a", "an", "as", "former"})


@dataclass(frozen=True)
class Career:
    """One post (or organisation) a person holds or held, read from a career sentence."""

    person: str
    title: Title
    anchor: Token


def careers(doc: Doc, analysis: Analysis) -> Iterator[Career]:
    last_person: str | None = None
    for sent in doc.sents:
        subject_person = None
        # "he" and "she" stand for the biography's subject: the last person who was the subject
        # of a sentence, not the last name read ("... Chief of Staff for Senator X. He ...")
        for token in sent:
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            person = _person(token, analysis, last_person)
            verb = token.head
            if person is None and token.lower_ in CAREER_NOUNS and verb.lemma_ == "include":
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                person = _person(owner, analysis, last_person) if owner is not None else None
            if person is None:
                continue
            subject_person = person
            yield from _from_verb(doc, sent, verb, person)
        # "Secretary Blinken designated Ambassador Joan Polaschik to serve as the Director ..."
        for verb in sent:
            if verb.lemma_ in AS_VERBS and verb.dep_ == "xcomp" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                person = _person(obj, analysis, last_person) if obj is not None else None
                if person is not None:
                    status = "nominee" if verb.head.lemma_ == "nominate" else None
                    for career in _from_verb(doc, sent, verb, person):
                        if status and career.title.status == "current":
                            career = Career(career.person, replace(career.title, status=status),
                                            career.anchor)
                        yield career
        if subject_person:
            last_person = subject_person


def _person(token: Token, analysis: Analysis, last_person: str | None) -> str | None:
    if token.lower_ in ("he", "she", "his", "her"):
        return _paragraph_subject(token, analysis)
    if token.lower_ == "who":  # "Dominic Ng, ..., who was appointed as ..."
        before = [m for m in analysis.people if token.sent.start <= m.start < token.i]
        return analysis.canonical(before[-1].name) if before else None
    mention = analysis.person_at(token)
    return analysis.canonical(mention.name) if mention else None


def _paragraph_subject(token: Token, analysis: Analysis) -> str | None:
    """Whom "he" or "she" stands for in a biography: the one person named in its paragraph
    before it (releases give one paragraph to each nominee); None when the paragraph names no
    one or several."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    named = {analysis.canonical(m.name) for m in analysis.people
             if start <= m.start < token.i
             and doc[m.end - 1].dep_ not in ("compound", "amod", "nmod", "poss")}
    return named.pop() if len(named) == 1 else None  # two people named: cannot tell


def _from_verb(doc: Doc, sent: Span, verb: Token, person: str) -> Iterator[Career]:
    lemma = verb.lemma_
    status = _status(verb, sent)
    default_org = None
    starts: list[int] = []
    board = False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and lemma in AS_VERBS:
            starts.append(child.i + 1)
        elif child.dep_ == "prep" and child.lower_ == "on" and lemma == "serve" \
                and any(t.lemma_ == "board" for t in child.subtree):
            of = next((t for t in child.subtree if t.lower_ == "of"), None)
            if of is not None:
                starts.append(of.i + 1)
                board = True
        elif child.dep_ in ("attr",) and lemma in COPULAS:
            starts.append(child.left_edge.i)
        elif child.dep_ == "dobj" and lemma == "hold":
            if child.lower_ in ("position", "post", "office", "title"):
                of = next((t for t in child.children if t.lower_ == "of"), None)
                if of is not None:
                    starts.append(of.i + 1)
            elif child.lower_ in ("roles", "positions", "posts", "assignments", "role"):
                place = next((p for p in list(child.children) + list(verb.children)
                              if p.dep_ == "prep" and p.lower_ in ("in", "at", "with")), None)
                including = next((t for t in sent if t.lower_ == "including" and t.i > child.i), None)
                if including is not None:
                    if place is not None:
                        default_org = _phrase(doc, place)
                    starts.append(including.i + 1)
                elif place is not None:
                    starts.append(place.i + 1)
        elif child.dep_ == "dobj" and lemma == "include":
            starts.append(child.left_edge.i)
    # more "as" phrases coordinated later in the sentence ("..., and as a Member of ...")
    for token in sent:
        if token.lower_ == "as" and token.i > verb.i and token.head.i == verb.i \
                and token.i + 1 not in starts and lemma in AS_VERBS:
            starts.append(token.i + 1)
    # a stint or a post named inside the list: "including a ten-month stint as Chargé ..."
    for token in sent:
        if token.lower_ == "as" and token.i > verb.i and token.head.lower_ in ("stint", "term",
                                                                              "tenure"):
            starts.append(token.i + 1)
    # a start inside a hyphenated title ("Co-[Chair]": the parser may attach both) is the word's
    starts = [start - len(hyphen_prefix(doc[start])) for start in starts]
    for start in sorted(set(starts)):
        for item, shares in _with_shared_complements(doc, list(_items(doc, sent, start))):
            if _apposed_to_another(doc, item, person):
                continue  # "Chief of Staff to X, | the Mayor of ...": X's post
            title = parse_title(doc, item)
            if title is not None and title.org is None and shares is not None:
                title = replace(title, org=shares)
            if title is None and board:
                title = _org_only(doc, item)
            elif board and title is not None and title.org is None:
                continue
            if title is None or not _readable(title):
                continue
            if board:
                title = Title("board member", span_text(doc, _without_leading_connectors(item)),
                              None, "current", title.start, title.end)
            if title.org is None and default_org:
                title = _in_default(title, default_org)
            if (title.status == "current" and status != "current"
                    or status == "former" and title.status == "acting"):  # "previously ... Acting"
                title = replace(title, status=status)
            yield Career(person, title, doc[item[0].i])


def _apposed_to_another(doc: Doc, item: list[Token], person: str) -> bool:
    """An item right after another person's name and a comma is that person's apposition."""
    i = item[0].i - 1
    while i > 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    if i <= 0 or doc[i].text != ",":
        return False
    before = doc[i - 1]
    return before.ent_type_ == "PERSON" and before.text not in person.split()


def _readable(title: Title) -> bool:
    """Keep what a career sentence states plainly: a capitalised title, or any title with its
    organisation; not "leader and patron of non-profit groups" nor a bare "Chief"."""
    post = title.post or ""
    if not post:
        return title.org is not None
    words = post.split()
    if title.org is None and not post[:1].isupper():
        return False
    if len(words) == 1 and title.org is None and gazetteer.title(post) is None:
        return False
    return not (len(words) == 1 and title.org and title.org.split()[0].lower() in ORG_HEADS
                and " to " in title.org)  # "Chief | of Staff to Speaker X"


def _in_default(title: Title, org: str) -> Title:
    """A post in the organisation the sentence names for all ("held several roles in the
    State Department, including Deputy Assistant Secretary for African Affairs, ...")."""
    known = gazetteer.organization(org)
    bureau = STATE_BUREAU.match(title.post or "")
    if bureau and known is not None and known.name == "Department of State":
        return replace(title, org=f"Bureau of {bureau.group(1)}", parent=org)
    return replace(title, org=org)


def _with_shared_complements(doc: Doc, items: list[list[Token]]):
    """"the Vice-Chancellor and President of the University of the South": a bare title
    coordinated with the next one shares its organisation."""
    for k, item in enumerate(items):
        shares = None
        if k + 1 < len(items) and len(item) <= 3 and items[k + 1][0].i - item[-1].i <= 2 \
                and doc[item[-1].i + 1].lower_ == "and":
            following = parse_title(doc, items[k + 1])
            shares = following.org if following is not None else None
        yield item, shares


def _status(verb: Token, sent: Span) -> str:
    """The status of the posts a career verb names, from the verb's own tense and adverbs (not
    from a participle elsewhere in the sentence: "X is Senior Advisor ..., having previously
    served as ..." is current)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "will" in aux:
        return "elect"
    near = {t.lower_ for left in verb.lefts for t in left.subtree} | {
        c.lower_ for c in verb.children if c.dep_ in ("advmod", "npadvmod")}
    if near & {"currently", "now"} or any(c.lower_ == "since" for c in verb.children):
        return "current"
    if near & PAST_MARKERS or any(t.lower_ in ("prior", "before", "earlier") for t in sent[:3]):
        return "former"
    if verb.tag_ == "VBD" and verb.lemma_ != "join":
        return "former"
    if verb.tag_ == "VBN" and aux & {"has", "have"} and verb.lemma_ not in ("appoint", "name",
                                                                          "nominate", "elect",
                                                                          "join"):
        return "former"  # "has served as Ambassador to X, ..."
    if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "acl"):
        return "former"  # "having previously served as"
    return "current"


def _phrase(doc: Doc, prep: Token) -> str | None:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    tokens = [t for t in objects[0].subtree if t.lower_ != "the"]
    return span_text(doc, tokens) if tokens and tokens[0].text[:1].isupper() else None


def _items(doc: Doc, sent: Span, start: int) -> Iterator[list[Token]]:
    """The list items from `start` to the end of the clause, split where a new item begins."""
    item: list[Token] = []
    i = start
    while i < sent.end:
        token = doc[i]
        if token.text in (".", ";", "(", ":") or token.lower_ in STOPS \
                or token.pos_ in ("VERB", "AUX") and token.tag_ != "VBN" \
                and not token.text[:1].isupper():
            break  # "... of Near Eastern Affairs | and was Deputy Coordinator": a new clause
        if token.text == "," or token.lower_ == "and":
            following = doc[i + 1] if i + 1 < sent.end else None
            if following is not None and following.lower_ == "and":
                following = doc[i + 2] if i + 2 < sent.end else None
            if following is None or _begins_item(following):
                if item:
                    yield item
                item = []
                i += 1
                continue
        if token.lower_ == "as":
            if item:
                yield item
            item = []
            i += 1
            continue
        item.append(token)
        i += 1
    if item:
        yield item


def _begins_item(token: Token) -> bool:
    if token.lower_.rstrip(".") in LEGAL_FORMS:  # "Cap Gemini Ernst & Young, LLC"
        return False
    return token.lower_ in STARTS or is_title_word(token) or token.lower_ == "as" \
        or (token.ent_iob_ == "B" and token.ent_type_ == "ORG") \
        or (gazetteer.country(token.text, capitals=False) is not None and token.i + 1 < len(token.doc)
            and is_title_word(token.doc[token.i + 1]))


def _without_leading_connectors(item: list[Token]) -> list[Token]:
    """An item's tokens from its first word that is no connector or article."""
    while item and (item[0].lower_ in CONNECTORS or item[0].lower_ in ("a", "an")):
        item = item[1:]
    return item


def _org_only(doc: Doc, item: list[Token]) -> Title | None:
    """An item that names an organisation and no post: "the Office of Management and Budget"."""
    tokens = _without_leading_connectors(item)
    if not tokens or not tokens[0].text[:1].isupper():
        return None
    if not (any(t.lower_ in ORG_HEADS for t in tokens) or tokens[0].ent_type_ in ("ORG",)
            or gazetteer.organization(span_text(doc, tokens))):
        return None
    return Title(None, span_text(doc, tokens), None, "current", tokens[0].idx,
                 tokens[-1].idx + len(tokens[-1].text))
