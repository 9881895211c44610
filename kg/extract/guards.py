"""Precision guards: a fact is written only when its person reads as a name, its organisation
as an organisation and its post as a title. The extractors in `posts` and `biography` propose;
these checks, shared by all of them, dispose; `statements` asks the same of a speaker's name.

Each check is a small predicate over strings and the Doc, with its word lists as module
constants, so a reader can see (and a test can pin) why a fact was dropped.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg import gazetteer
from kg.names import PARTICLES, SUFFIXES, fold, is_regnal, name_key
from kg.extract.bylines import bylines
from kg.extract.titles import ORG_CONNECTORS, ORG_HEADS, TITLE_MODIFIERS

#: Words that begin a sentence or clause and are never the first word of an organisation's
#: name ("Since 2019, ...", "As U.S. ...", "Dear ...").
NOT_ORG_STARTS = frozenset({
    "since", "as", "while", "after", "before", "when", "during", "in", "on", "at", "for", "with",
    "from", "by", "under", "dear", "so", "but", "and", "or", "although", "though", "because",
    "if", "then", "also", "currently", "previously", "formerly", "prior", "today", "yesterday",
    "last", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "one", "many", "several", "both", "all", "each", "programs", "including", "such", "there",
    "here", "now", "later", "earlier", "between", "among", "to", "of", "a", "an", "ultimately",
})
#: Words that, inside a post, show that the phrase ran past the title into a clause.
CLAUSE_WORDS = frozenset({"that", "who", "which", "where", "whose", "previously", "ultimately",
                          "currently", "also", "then", "later", "earlier", "since", "until",
                          "when", "while", "was", "is", "were", "are", "has", "have", "had",
                          "been", "will", "would", "including", "among", "from"})
#: Words kept in names that are never names themselves.
NAME_JUNK = SUFFIXES | frozenset({"honorable", "honourable",
                       "question", "nominees", "the", "covid", "summit", "county", "city",
                       "state", "district", "province", "region", "award", "prize", "medal",
                       "fellowship", "scholarship", "laude", "history", "division", "gen.",
                       "gen", "lt.", "col.", "adm.", "sgt.", "capt.", "maj.", "honoring",
                       "celebrating", "signing", "providing", "encouraging", "marking",
                       "announcing", "launching", "commemorating", "delivering", "hosting"})
#: Title words that end no name.
TITLE_ENDS = (gazetteer.TITLE_HEADS | {"counsel", "officer", "spokesperson", "envoy"}) - {
    "king", "queen", "prince", "dean", "judge", "chancellor", "member", "head", "leader",
    "general", "speaker", "justice"}
#: Modifiers that end no title: a post ending in one was cut from the rank after it.
CUT_TITLE_ENDS = frozenset({"vice", "deputy", "rear", "lieutenant", "assistant", "principal",
                            "senior", "acting", "interim"})
#: Possessive determiners, which a title's phrase never holds: a post with one ran into a
#: clause or a list ("the Secretary and his Armenian counterpart", "the President and Vice
#: President and their senior teams", "... Solicitor for the City of Philadelphia early in his
#: legal career").
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: Longest post, in words, that a title phrase plausibly has.
MAX_POST_WORDS = 18


def lower_words(doc: Doc) -> frozenset[str]:
    """Words the article writes in lower case (common nouns and verbs, not names)."""
    cached = doc.user_data.get("kg.lower_words")
    if cached is None:
        cached = frozenset(t.text for t in doc if t.text.islower() and t.is_alpha)
        doc.user_data["kg.lower_words"] = cached
    return cached


def person_entities(doc: Doc) -> frozenset[str]:
    """The words of the model's PERSON entities in the article."""
    cached = doc.user_data.get("kg.person_words")
    if cached is None:
        cached = frozenset(t.text for e in doc.ents if e.label_ == "PERSON" for t in e)
        doc.user_data["kg.person_words"] = cached
    return cached


def org_entities(doc: Doc) -> frozenset[str]:
    """The model's ORG, GPE, NORP and FAC entity texts in the article, folded."""
    cached = doc.user_data.get("kg.org_texts")
    if cached is None:
        cached = frozenset(fold(e.text, bare=True) for e in doc.ents
                           if e.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"))
        doc.user_data["kg.org_texts"] = cached
    return cached


def plausible_person(name: str, doc: Doc) -> bool:
    """A person's name: capitalised words, not a common noun, verb, title or organisation word
    ("Question", "Biden Signing", "Rohr Prize", "Jr.")."""
    words = name.split()
    if is_regnal(name):
        # a regnal name ("Abdullah II", "Mohammed VI"): the given name must be a name
        return plausible_person(words[0], doc) or any(
            words[0] in ent.text.split() for ent in doc.ents if ent.label_ == "PERSON")
    if not words or not all(w[:1].isupper() or w.lower().split("-")[0] in PARTICLES
                            for w in words):
        return False
    folded = [w.lower().strip(".,") for w in words]
    if folded[0] in NAME_JUNK or folded[-1] in NAME_JUNK or any(w.endswith("-") for w in words):
        return False
    known = gazetteer.official(name) is not None
    if known:
        return True
    common = lower_words(doc)
    vocabulary = gazetteer.vocabulary()
    tagged = person_entities(doc)
    if len(words) == 1:
        word = words[0]
        return len(word) > 2 and (word in tagged or _official_surname(word)) \
            and word.lower() not in common and folded[0] not in vocabulary \
            and folded[0] not in gazetteer.TITLE_HEADS and folded[0] not in ORG_HEADS \
            and not word.isupper() and gazetteer.country(word) is None
    # a name ends in a name: "Art History", "Passenger Rail", "Biden Signing", "Labor Counsel"
    # do not (but "Anna King" does)
    last = words[-1]
    if folded[-1] in TITLE_ENDS:
        return False
    if last.lower() in common and last not in tagged:
        return False
    if any(w.lower().endswith("ing") and w.lower() in common for w in words[1:]):
        return False
    if all(f in vocabulary or f in gazetteer.TITLE_HEADS or f in ORG_HEADS for f in folded):
        return False
    return not any(f in ORG_HEADS for f in folded)


def _official_surname(word: str) -> bool:
    """Some official in the reference data bears this surname ("Pelosi", "Al-Kadhimi")."""
    key = name_key(word)
    keys = [key, key.split()[-1]] if key else []  # "Al-Kadhimi" is filed under "kadhimi"
    return any(gazetteer._by_surname().get(k) for k in keys)


def byline_orgs(doc: Doc) -> frozenset[str]:
    """The organisations the article's quote bylines name (`bylines`), their last part:
    "..., Executive Director, Earthworks: “"."""
    cached = doc.user_data.get("kg.byline_orgs")
    if cached is None:
        cached = frozenset(byline.org for byline in bylines(doc) if byline.org)
        doc.user_data["kg.byline_orgs"] = cached
    return cached


def plausible_org(org: str, doc: Doc) -> bool:
    """An organisation's name: a known organisation or country, an acronym, a name the model
    tags, or capitalised words with an organisation's head ("Legal Aid Justice Center"); never
    a sentence adverb ("Since"), a title word ("Brigadier", "Program") or a clause."""
    words = org.split()
    if not words or words[0].lower() in NOT_ORG_STARTS or org.endswith((",", "-")) \
            or words[-1].lower() in ("of", "for", "and", "the", "on", "in", "at", "to"):
        return False
    if gazetteer.organization(org) is not None or gazetteer.country(org) is not None \
            or gazetteer.us_state(org):
        return True  # (a US state: "Illinois | Governor")
    if any(w.lower() not in ORG_CONNECTORS and not w[:1].isupper() and not w[:1].isdigit()
           for w in words):
        return False  # "board and co-founder of ...", "programs at Middle East Institute"
    if org in byline_orgs(doc):
        return True  # a quote's byline: "Kristin McGuire, Executive Director, Young Invincibles: “...”"
    if re.search(r"\b(?:19|20)\d\d\b", org) or re.fullmatch(r"[A-Z]\.", words[-1]):
        return False  # a year; "Board of Trustees of the Morris K. | Udall ...": cut at a name
    if len(words) == 1:
        word = words[0]
        if word.isupper() and len(word) > 1:
            return True  # an acronym: "FSI", "NATO"
        return fold(word, bare=True) in org_entities(doc) and word.lower() not in TITLE_MODIFIERS \
            and word.lower() not in lower_words(doc)
    folded = {w.lower() for w in words}
    if folded & ORG_HEADS:
        return True
    return fold(org, bare=True) in org_entities(doc)


def plausible_post(post: str, doc: Doc, people: frozenset[str]) -> bool:
    """A title as stated: no clause ("Commissioner ... that developed"), no year, no other
    person's name ("Deputy Secretary Sherman and Foreign Minister"), no transcript label."""
    words = post.split()
    if not words or len(words) > MAX_POST_WORDS:
        return False
    if ":" in post or re.search(r"\b(?:19|20)\d\d\b", post) or post.endswith(","):
        return False
    folded = [w.lower().strip(",.;") for w in words]
    if set(folded) & (CLAUSE_WORDS | POSSESSIVES) or folded[-1] in ("and", "of", "for", "to", "the", "in", "at"):
        return False
    if len(folded) > 1 and folded[-1] in CUT_TITLE_ENDS:
        return False  # "Undersecretary for Administration Vice | Admiral X": the rank cut
    if post.isupper() and len(post) > 3:
        return False  # "THE PRESIDENT: Tony.": a speaker label, not the name's title
    if any(w.strip(",.;’'s") in people for w in words if w[:1].isupper()):
        return False
    if re.search(r",\s+[a-z]", post):
        return False  # "..., responsible for CIA's cyber operations": a clause
    if "," in post and folded[-1] in ORG_HEADS:
        return False  # "General Counsel, Department": the organisation cut short
    if ", and " in post or re.search(r",\s+(?:and\s+)?(?:a|an|as)\s", post):
        return False  # two items of a career list read as one
    if re.search(r"\b(?:of|for|at) (?:a|an|one|two|three|several|many)\b", post):
        return False  # "CEO of an innovative nonprofit", "President of two": a description
    if re.search(r"(?:^|\s)leader (?:in|on|among)\s", post):
        return False  # "a leader on climate and foreign policy", "a recognized leader in the
        # defense and aerospace community": a description in lower case, not a post
    return True


def people_words(names) -> frozenset[str]:
    """The name words of the people of an article, without title words: what a post must not
    hold."""
    vocabulary = gazetteer.vocabulary()
    out = set()
    for name in names:
        for word in name.split():
            w = word.strip(",.")
            if len(w) > 2 and w[:1].isupper() and w.lower() not in vocabulary \
                    and w.lower() not in gazetteer.TITLE_HEADS and w.lower() not in TITLE_MODIFIERS \
                    and gazetteer.country(w) is None and w.lower() not in PARTICLES:
                out.add(w)
    return frozenset(out)


def cut_title(post: str, org: str) -> bool:
    """A title cut at its own "of": the post's last word, "of" and the organisation's first
    word make a title the lexicon knows ("Chief | Staff to the Vice President", "Special
    Assistant to the Secretary | Defense for Strategic Planning")."""
    words, head = org.split(), post.split()[-1:]
    if not words or not head or head[0].lower() == "minister" or gazetteer.country(words[0]) \
            or any(w.lower() in ORG_HEADS for w in words[1:]):
        return False  # "Minister | of Tourism" is the ministry's own; "Assistant Secretary |
        # State Department’s Bureau of ...": an organisation's own name follows
    phrase = f"{head[0]} of {words[0]}"
    known = gazetteer.title(phrase)
    return known is not None and known.title.lower() == phrase.lower()  # the lexicon's own

