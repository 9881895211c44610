"""Speakers: the named person, principal or group a subject, title or pronoun stands for."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract import published
from kg.extract.mentions import Analysis, PersonMention, titled_holder
from kg.extract.titles import ORG_HEADS
from kg.model import ORGANIZATION, PERSON, Entity
from kg.names import bare_name, name_key
from kg.extract.statements.base import (GENERIC_SPEAKERS, GROUP_NOUNS, LEADER_POSTS,
                                        MINISTER_GROUPS, PERSON_PRONOUNS, RESOLUTION, _Context,
                                        _inside_quote, _post_matches, speech_verbs)
from kg.extract.statements.document import _posts_before


def _resolve(context: _Context, subject: Token) -> tuple[list[Entity], str]:
    """The speakers a subject token stands for (empty when it names nobody), and how they
    were found (a key of RESOLUTION). Inside a transcript only speakers named outright count:
    nothing from a reporter's or an unnamed speaker's turn, and in a named speaker's turn
    their "he" and "the President" are not resolved."""
    lower = subject.lower_
    turn = context.turn_at(subject.idx)
    if lower in GENERIC_SPEAKERS or turn is not None and turn.role != "named":
        return [], ""
    named_only = turn is not None
    members = [subject, *(c for c in subject.conjuncts if c.i > subject.i)]
    if len(members) > 1:  # "The Vice President and Secretary Walsh reaffirmed ..."
        found = [_resolve_member(context, m, set().union(*({t.i for t in o.subtree}
                                                           for o in members if o is not m)),
                                 named_only) for m in members]
        people = [p for speakers, _ in found for p in speakers]
        if people:
            return list(dict.fromkeys(people)), min((how for _, how in found if how),
                                                    key=lambda h: RESOLUTION[h])
        return [], ""
    return _resolve_member(context, subject, set(), named_only)


def _resolve_member(context: _Context, subject: Token, excluded: set[int],
                    named_only: bool) -> tuple[list[Entity], str]:
    """`_resolve` for one member of a coordinated subject (the others' tokens `excluded`)."""
    analysis = context.analysis
    lower = subject.lower_
    if lower in GENERIC_SPEAKERS or _a_nations_people(subject):
        return [], ""
    mention = analysis.person_at(subject)
    if mention is None:  # "the State Department's ... secretary, Kenneth Merten, told"
        apposed = next((c for c in subject.children if c.dep_ == "appos"
                        and analysis.person_at(c)), None)
        mention = analysis.person_at(apposed) if apposed is not None else None
    if mention is None and lower in gazetteer.TITLE_HEADS:
        # "said Assistant Secretary of State for ... Eliot Kang": the name inside the title
        mention = next((m for t in subject.subtree if (m := analysis.person_at(t))
                        and t.i > subject.i and t.i not in excluded), None)
    if mention is not None:
        people = [_titled_person(analysis, mention)]
        inside = [t for t in subject.subtree if t.i not in excluded]
        if any(t.lower_ == "and" for t in inside):  # the parse: "[Sherman and Minister] Kishi"
            people = [analysis.canonical(m.name) for t in inside
                      if (m := analysis.person_at(t)) is not None and t.i == m.start] + people
        return [Entity(p, PERSON) for p in dict.fromkeys(people)], "name"
    span = _entity_span(subject)
    known = analysis.full_names.get(name_key(span.text)) \
        if span is not None and span.label_ in ("ORG", "NORP") else None
    if known is not None and len(known.split()) >= 2:
        return [Entity(known, PERSON)], "name"  # "as Josep said" (the model's organisation)
        # where the article names Josep Borrell
    if span is None and subject.pos_ == "PROPN" and not named_only:
        # "Neuberger reinforced ...": the principal's surname, which the model left unnamed
        span = subject.doc[subject.i:subject.i + 1]
        entity, how = _principal_or_entity(context, span)
        if how == "principal":
            return [entity], how
        span = None
    if span is not None and span.text.lower() in ("administration", "the administration") \
            and (named := _presidents_administration(context, subject)) is not None:
        return [Entity(named, ORGANIZATION)], "organization"  # "the Administration" of an
        # article that names it "the Biden-Harris Administration"
    if span is not None:
        span = _in_full(span)  # "the Council" -> "the U.S.-EU Energy Council" named before
    if named_only:
        return ([_speaker_entity(span)], "organization") if span is not None else ([], "")
    if lower in PERSON_PRONOUNS:
        person, how = _antecedent(context, subject, PERSON_PRONOUNS[lower])
        return ([Entity(person, PERSON)], how) if person else ([], "")
    if lower == "they" or lower in GROUP_NOUNS and any(
            c.lower_ in ("the", "both", "two") for c in subject.children):
        return [Entity(p, PERSON) for p in _last_group(context, subject)], "group"
    if lower in gazetteer.TITLE_HEADS or any(
            c.lower_ in gazetteer.TITLE_HEADS for c in subject.children if c.dep_ == "compound"):
        if not any(c.lower_ == "the" for c in subject.children):
            return [], ""  # "a senior official", "Egyptian President": nobody in particular
        wanted = " ".join(t.lower_ for t in sorted([subject, *subject.children], key=lambda t: t.i)
                          if t.dep_ in ("compound", "amod") or t is subject)
        if context.principal and any(_post_matches(p, wanted) for p in context.principal_posts):
            person, how = context.principal, "principal"
        else:
            person, how = _by_title(context, subject, wanted), "title"
        return ([Entity(person, PERSON)], how) if person else ([], "")
    if span is not None:
        if any(analysis.person_at(t) for t in subject.subtree if t.i not in excluded):
            return [], ""  # "Secretary Marty Walsh with the US. Department of Labor says": the
            # parse made the department the subject; its secretary speaks
        entity, how = _principal_or_entity(context, span)
        return [entity], how
    return [], ""


#: A president's administration named by surnames: "the Biden-Harris Administration", "the
#: Biden Administration" (not an agency: "the Small Business Administration").
NAMED_ADMINISTRATION_RE = re.compile(r"\b([A-Z][\w’']+(?:[-‑\u2060]+[A-Z][\w’']+)*) Administration\b")


def _presidents_administration(context: _Context, subject: Token) -> str | None:
    """The name the article gives "the Administration": its last "<Surname> Administration"
    before the subject whose first surname is a head of state's (else its first after); where
    the article's date is known, only the administration of the US president then in office
    ("The Trump Administration withdrew ... the Administration has said" in 2022 is Biden's)."""
    named = context.doc.user_data.get("kg.administrations")
    if named is None:
        date = published(context.doc)
        named = []
        for m in NAMED_ADMINISTRATION_RE.finditer(context.text):
            surname = re.split(r"[-‑\u2060]+", m.group(1))[0]
            if gazetteer.official_surname(surname) is None:
                continue
            if date and not any(t.start <= date < t.end for t in gazetteer.us_terms(surname, "President")):
                continue
            named.append((m.start(), m.group(0)))
        context.doc.user_data["kg.administrations"] = named
    before = [n for start, n in named if start < subject.idx]
    return before[-1] if before else named[0][1] if named else None


def _titled_person(analysis: Analysis, mention: PersonMention) -> str:
    """The person a mention names: the article's fullest form of it, unless a title and a
    surname name the holder of that title ("President Biden" where the article names only
    Ashley Biden in full: the President, Joseph R. Biden)."""
    person = analysis.canonical(mention.name)
    post = next((t.post for t in mention.titles if t.post), None)
    holder = titled_holder(analysis, mention.name, person, post)
    known = gazetteer.official(person) if holder != person else None
    return person if known is not None and known.name == holder else holder  # "Joseph R.
    # Biden" is already the President, by another form of his name


def _a_nations_people(subject: Token) -> bool:
    """A nationality in the plural without "the" names the people, not their government:
    "Afghans across the country have voiced their opposition", "Yemenis are expressing
    cautious optimism" (but "the Russians have said" is Russia's government)."""
    return subject.tag_ in ("NNPS", "NNS") and gazetteer.is_demonym(subject.text) \
        and not any(c.dep_ == "det" for c in subject.children)


def _principal_or_entity(context: _Context, span: Span) -> tuple[Entity, str]:
    """The speaker a proper-noun subject names: the principal where it is the principal's
    surname or name that the model took for an organisation ("Neuberger described ..." in
    the readout of Anne Neuberger's meeting), else the organisation or government."""
    principal = context.principal
    if principal and len(principal.split()) >= 2 and gazetteer.fold(span.text) in (
            gazetteer.fold(principal), gazetteer.fold(principal.split()[-1])):
        return Entity(principal, PERSON), "principal"
    return _speaker_entity(span), "organization"


def _by_title(context: _Context, subject: Token, wanted: str) -> str | None:
    """"The Vice President" -> the last person before it whose post is that one."""
    doc, analysis = context.doc, context.analysis
    for mention in reversed(analysis.people):
        if mention.end > subject.i:
            continue
        posts = [t.post for t in mention.titles if t.post] + _posts_before(doc, mention)
        if any(_post_matches(p, wanted) for p in posts):
            return analysis.canonical(mention.name)
    return None


#: Dependency labels of a mention that names a person as the actor of its clause.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependency labels of a mention used as a modifier ("the Obama administration", "Putin's war").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: How many sentences back "he" or "she" may reach for a subject.
PRONOUN_REACH = 3


def _antecedent(context: _Context, pronoun: Token, gender: str) -> tuple[str | None, str]:
    """Whom "he" or "she" stands for: the nearest earlier subject (within a few sentences)
    whose gender agrees, else the principal. A person known to be of the other gender is never
    taken; a subject of unknown gender yields to a principal known to agree, and is otherwise
    taken but marked unsure; a nearest subject that names nobody ("The President" in a text
    that never names him) stops the search."""
    doc, analysis = context.doc, context.analysis
    starts = context.sentence_starts
    k = bisect_right(starts, pronoun.i) - 1
    window_start = starts[max(0, k - PRONOUN_REACH)]
    window_start = max(window_start, context.body_token)
    subjects = []  # (token index, name or None for a subject naming nobody, known gender)
    for mention in analysis.people:
        if mention.end > pronoun.i or mention.start < window_start:
            continue
        root = doc[mention.start:mention.end].root
        if root.dep_ in MODIFIER_DEPS and not (mention.start <= root.head.i < mention.end):
            continue
        if _inside_quote(context, doc[mention.start].idx):
            continue
        head = root.head if root.dep_ in ("appos", "conj", "compound") else root
        if root.dep_ in SUBJECT_DEPS or head.dep_ in SUBJECT_DEPS:
            name = analysis.canonical(mention.name)
            subjects.append((root.i, name, context.genders.get(name)))
    for token in doc[window_start:pronoun.i]:
        # "The President expressed ... He indicated ...": a titled subject stands in the way
        if token.dep_ in SUBJECT_DEPS and token.lower_ in gazetteer.TITLE_HEADS \
                and analysis.person_at(token) is None \
                and any(c.lower_ == "the" for c in token.children):
            people, _ = _resolve_member(context, token, set(), False)
            name = people[0].name if people and people[0].kind == PERSON else None
            subjects.append((token.i, name, context.genders.get(name) if name else None))
    subjects = [s for s in sorted(subjects, reverse=True) if s[2] in (None, gender)]
    principal_agrees = context.principal is not None and pronoun.i >= context.body_token \
        and context.genders.get(context.principal) == gender
    if subjects:
        _, name, known = subjects[0]
        if name is None:
            return None, ""  # the nearest subject names nobody we know: so does the pronoun
        if known == gender:
            return name, "pronoun"
        if principal_agrees:
            return context.principal, "pronoun"  # a readout's "he" is its principal
        return name, "pronoun-unsure"
    if principal_agrees:
        return context.principal, "pronoun"
    return None, ""


def _last_group(context: _Context, token: Token) -> list[str]:
    """"They": the people of the nearest sentence before that names two or more, not
    counting those inside its subordinate clauses and possessives ("to discuss President
    Putin's war")."""
    analysis, doc = context.analysis, context.doc
    people: list[str] = []
    ministers = token.lower_ in MINISTER_GROUPS
    for sent in reversed(list(doc.sents)):
        if sent.start >= token.sent.start or sent.end <= context.body_token:
            continue
        if not people and _unnamed_group_subject(context, sent):
            return []  # "Senior officials met with ... They discussed": the officials, unnamed
        ministers = ministers or not people and _ministers_subject(sent)
        for t in sent:
            mention = analysis.person_at(t)
            if mention is not None and t.i == mention.start and not any(
                    c.isdigit() for c in mention.name) \
                    and not _subordinate(doc[mention.start:mention.end].root, sent) \
                    and not (ministers and _a_leader(doc, mention)):
                people.append(analysis.canonical(mention.name))
        people = list(dict.fromkeys(people))
        if len(people) >= 2:
            return people
        if people and not _cut_sentence(sent):
            return []
    return []


def _ministers_subject(sent: Span) -> bool:
    """Whether the main clause of `sent` has "the Ministers" for its subject: a later "they"
    stands for the same ministers."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in MINISTER_GROUPS
               and any(d.lower_ in NAMED_GROUP_WORDS for d in c.children)
               for c in sent.root.children)


def _a_leader(doc: Doc, mention: PersonMention) -> bool:
    """Whether a mention gives its person the post of a head of state or government."""
    posts = [t.post for t in mention.titles if t.post] + _posts_before(doc, mention)
    return any(_post_matches(p, w) for p in posts for w in LEADER_POSTS)


#: What a group of people does in a readout besides speaking: "officials met with ...".
GROUP_ACTS = frozenset({"meet", "discuss", "host", "brief", "join", "participate", "attend",
                        "convene", "reconvene", "gather", "talk", "speak", "share", "review",
                        "agree", "exchange", "hold", "visit", "travel", "listen"})
#: Determiners of a plural subject that stands for people already named: "the two leaders".
NAMED_GROUP_WORDS = frozenset({"the", "both", "two", "three", "four", "all"})


def _unnamed_group_subject(context: _Context, sent: Span) -> bool:
    """Whether the main clause of `sent` has a plural subject that names nobody ("Senior
    Administration officials met ...", "Participants discussed ...", "LGBTQ+ advocates
    briefed ..."): a later "they" stands for that group, not for people named elsewhere.
    "The leaders" and "both ministers" stand for people named before, so they do not count."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]
    for verb in verbs:
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            if subject.tag_ not in ("NNS", "NNPS") or subject.ent_type_ in ("GPE", "NORP") \
                    or any(context.analysis.person_at(t) for t in subject.subtree):
                continue
            if subject.lower_ in GROUP_NOUNS and any(
                    c.lower_ in NAMED_GROUP_WORDS for c in subject.children) and not any(
                    c.dep_ == "prep" for c in subject.children):
                continue  # "the two leaders", but not "the Ministers of the Coalition"
            if any(c.lower_ in ("both", "two", "three", "four") for c in subject.children):
                continue  # "Both countries", "the two sides": the ones named before
            if verb.lemma_ in speech_verbs() or verb.lemma_ in GROUP_ACTS:
                return True
    return False


def _cut_sentence(sent: Span) -> bool:
    """A sentence the parser began after an abbreviation inside a name ("Biden, Jr. | spoke
    today with ..."): its people belong with the sentence before."""
    before = sent.doc[sent.start - 1] if sent.start else None
    return before is not None and before.lower_ in ("jr.", "sr.", "jr", "sr") or \
        before is not None and len(before.text) == 2 and before.text[0].isupper() \
        and before.text.endswith(".")


def _subordinate(token: Token, sent: Span) -> bool:
    """Whether `token` sits in a clause or possessive below the sentence's main clause (the
    parser's subject of an infinitive, "spoke with Prime Minister Modi | to inaugurate ...",
    is not below it)."""
    node = token
    while node.i != sent.root.i and node.head.i != node.i:
        if node.dep_ in ("xcomp", "advcl", "relcl", "acl", "ccomp", "poss") and node is not token \
                and not (node.dep_ in ("xcomp", "advcl") and token.head.i == node.i
                         and token.dep_ == "nsubj" and token.i < node.i):
            return True
        if node.dep_ == "poss" and node is token:
            return True
        node = node.head
    return False


def _entity_span(token: Token) -> Span | None:
    """The organisation or country a subject names ("the United States", "North Macedonia")."""
    if token.ent_type_ in ("ORG", "GPE", "NORP"):
        return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if token.pos_ == "PROPN":
        start = min([c.i for c in token.children if c.dep_ == "compound"] + [token.i])
        span = token.doc[start:token.i + 1]
        if gazetteer.country(span.text, demonyms=False, capitals=False):
            return span
    return None


def _in_full(span: Span) -> Span | None:
    """An organisation named by its head word alone ("the Council reaffirmed", "the Court
    expressed") is the last organisation before it with that word in its name ("The U.S.-EU
    Energy Council met today", "The International Court of Justice issued"); none when the
    article names none (a speaker "Council" tells an analyst nothing)."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].lower_ not in ORG_HEADS:
        return span
    head = words[0].text
    return next((e for e in reversed(span.doc.ents) if e.end <= span.start and e.label_ == "ORG"
                 and len(e) > 1 and head in (t.text for t in e)), None)


def _speaker_entity(span: Span) -> Entity:
    """An organisation or a government as speaker; the resolver tells countries apart."""
    return Entity(bare_name(span.text), ORGANIZATION)
