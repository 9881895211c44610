"""Person mentions and the titles around them: the shared groundwork of the extractors.
(The grammar of a title phrase itself is `titles`.)

`analyse(doc)` finds every person mention (spaCy's PERSON entities, repaired: names cut short
by the model are extended, honorifics and titles stripped, bare surnames of people named in
full earlier are added) and parses the title phrase attached to each one ("Treasury Secretary
Steven Mnuchin", "Kenneth Merten, the State Department's acting deputy assistant secretary",
"Royce Murray, policy director of the American Immigration Council"). The result is cached on
the Doc, so every extractor shares one analysis.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.names import PARTICLES, SUFFIXES, clean_person_name, is_honorific, name_key
from kg.extract.bylines import byline_of_line
from kg.extract.evidence import text_of
from kg.extract.titles import (CONNECTORS, ORG_CONNECTORS, ORG_HEADS, TITLE_MODIFIERS, Title,
                               hyphen_prefix, is_title_head, is_title_word, parse_title,
                               span_text)

#: Title heads that are also given names ("Dean Thompson"): inside a name the model tagged,
#: they are the name's.
#: (Not the royal ones, which the news writes as titles: "His Majesty King Abdullah II".)
NAME_LIKE_HEADS = frozenset({"dean", "chancellor", "judge"})
#: Words that close a title's subject and are never part of a name: the model reads "Director-
#: General for Asian and Oceanian Affairs | Funakoshi Takehiro" as one name.
TITLE_COMPLEMENTS = frozenset({
    "affairs", "issues", "relations", "cooperation", "policy", "security", "technology",
    "technologies", "development", "operations", "programs", "management", "resources", "rights",
    "diplomacy", "nonproliferation", "disarmament", "counterterrorism", "intelligence",
    "strategy", "budget", "infrastructure", "communications", "planning", "investment",
    "innovation", "coordination", "engagement", "integration", "enforcement", "prevention",
    "protection", "reconstruction", "agriculture", "education", "environment", "transportation",
    "commerce", "finance", "economy", "industry", "tourism", "trade", "health", "energy",
    "defense", "defence", "migration", "immigration", "sustainment", "acquisition",
    "cybersecurity", "budget", "programming", "services", "logistics", "mobility", "growth",
    "equity", "inclusion", "resilience"})
NAME_POS = frozenset({"PROPN"})


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person: the name as written, its tokens, and the titles attached."""

    name: str
    start: int  # token indices in the Doc
    end: int
    titles: tuple[Title, ...] = ()

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


@dataclass
class Analysis:
    """Everything `analyse` learnt about one Doc."""

    people: list[PersonMention] = field(default_factory=list)
    by_token: dict[int, PersonMention] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)  # surname/partial -> full name
    home_agency: str | None = None

    def person_at(self, token: Token) -> PersonMention | None:
        return self.by_token.get(token.i)

    def named_before(self, token: Token) -> str | None:
        """Whom "he" or "she" at `token` stands for: the last person named before it, as a
        person, not as a modifier ("the Obama administration")."""
        for mention in reversed(self.people):
            if mention.end <= token.i and \
                    token.doc[mention.end - 1].dep_ not in ("compound", "amod", "nmod"):
                return self.canonical(mention.name)
        return None

    def canonical(self, name: str) -> str:
        """The fullest form of a person's name used in the article."""
        return self.full_names.get(name_key(name), name)


def analyse(doc: Doc) -> Analysis:
    """The shared mention analysis of `doc`, computed once and cached on it."""
    cached = doc.user_data.get("kg.analysis")
    if cached is None:
        cached = doc.user_data["kg.analysis"] = _analyse(doc)
    return cached


def _analyse(doc: Doc) -> Analysis:
    result = Analysis(home_agency=_home_agency(doc))
    spans = _person_spans(doc)
    listed = _listed_under_plural(doc, spans)
    for start, end in spans:
        if _names_a_place(doc, end):
            continue  # "Prince George’s County", "King County": a place, not Prince George
        name = clean_person_name(doc[start:end].text)
        titles = tuple(t for t in (_title_before(doc, start, end) or listed.get(start),
                                   *_titles_apposed(doc, start, end))
                       if t is not None)
        mention = PersonMention(name, start, end, titles)
        result.people.append(mention)
        for i in range(start, end):
            result.by_token[i] = mention
    _index_names(result)
    return result


#: Plural titles of elected officials that head a list of names, and the title each one holds:
#: "Senators Debbie Stabenow and John Boozman", "Representatives Bobby Scott and Virginia Foxx".
PLURAL_LISTS = {"senators": "Senator", "sens.": "Senator", "representatives": "Representative",
                "reps.": "Representative", "congressmen": "Congressman",
                "congresswomen": "Congresswoman", "governors": "Governor"}


def _listed_under_plural(doc: Doc, spans) -> dict[int, Title]:
    """The title each name of a list under a plural title holds (by the name's first token).
    The list goes on over ",", "and" and a parenthesised state ("(NJ)", "(D-NJ)") between
    names, and stops at anything else ("as well as", a word, another title)."""
    found: dict[int, Title] = {}
    title: Title | None = None
    last_end = -1
    for start, end in sorted(spans):
        if title is not None and _list_gap(doc, last_end, start):
            found[start] = title
            last_end = end
            continue
        title = None
        plural = doc[start - 1] if start > 0 else None
        post = PLURAL_LISTS.get(plural.lower_) if plural is not None else None
        if post is None or not plural.text[:1].isupper() or plural.i > 0 and (
                is_title_word(doc[plural.i - 1]) or doc[plural.i - 1].lower_ == "state"):
            continue  # not "State Senators", "Deputy Governors"
        known = gazetteer.title(post)
        title = Title(post=post, org=known.org if known else None,
                      country=known.country if known else None, status="current",
                      start=plural.idx, end=plural.idx + len(plural.text), implied=True)
        found[start] = title
        last_end = end
    return found


def _list_gap(doc: Doc, end: int, start: int) -> bool:
    """Only list punctuation between two names: ",", "and", ", and", "(D-NJ)"."""
    i = end
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 7, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return False
        i = close + 1
    words = [t.lower_ for t in doc[i:start]]
    return words in (["and"], [","], [",", "and"])


# --- finding people -------------------------------------------------------------------------

def _person_spans(doc: Doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or gazetteer.is_demonym(ent.text):
            continue  # "Moldovan" tagged as a person before "Foreign Minister Nicu Popescu"
        start, end = ent.start, ent.end
        while start < end and (_is_honorific(doc[start]) and (
                doc[start].lower_ not in ("sheikh", "sheikha", "shaikh") or end - start > 2)
                or is_title_word(doc[start]) or plural_title(doc[start])
                or doc[start].is_punct or doc[start].lower_ in ("elect", "designate")
                or (start + 1 < end and gazetteer.is_demonym(doc[start].text)
                    and is_title_word(doc[start + 1]))  # "Moldovan | Minister of ..."
                or _acronym_of_title(doc, start, end)):  # "NSC | Spokesperson Adrienne Watson"
            start += 1
        while end > start and doc[end - 1].lower_ in CONNECTORS and doc[end - 1].is_alpha:
            end -= 1  # a headline's "Prime Minister Andersson Of Sweden"
        # "Korean Peninsula Affairs | Liu Xiaoming": a title's subject the model put in the name
        start = max([start] + [i + 1 for i in range(start, end - 1)
                               if doc[i].lower_ in TITLE_COMPLEMENTS])
        while end > start and doc[end - 1].text in ("’s", "'s", "’", "'"):
            end -= 1
        # the model often stops a name early ("Enrique Pena | Nieto") or late ("Hon | Kwaku")
        while end < len(doc):
            if _name_token(doc[end]) and doc[end].ent_type_ in ("", "PERSON"):
                end += 1
            elif doc[end].lower_ in PARTICLES and end + 1 < len(doc) \
                    and _name_token(doc[end + 1]):  # "Khalid bin Salman", "von der Leyen"
                end += 2
            elif doc[end].is_space and doc[end].text in ("\u202f", "\u00a0") \
                    and end + 1 < len(doc) and _name_token(doc[end + 1]):
                end += 2  # "Antony J.\u202fBlinken": a no-break space inside the name
            elif doc[end].lower_ in PARTICLES and end + 2 < len(doc) and doc[end + 1].text == "-" \
                    and _name_token(doc[end + 2]):  # "Badr al-Busaidi"
                end += 3
            elif doc[end].lower_ in PARTICLES and end + 2 < len(doc) \
                    and doc[end + 1].lower_ in PARTICLES and _name_token(doc[end + 2]):
                end += 3
            else:
                break
        end = _hyphenated_end(doc, end)
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in SUFFIXES:
            end += 2  # "Joseph R. Biden, Jr."
        while start > 0 and _name_token(doc[start - 1]) and not is_title_word(doc[start - 1]) \
                and doc[start - 1].ent_type_ in ("", "PERSON", "ORG") \
                and not _is_honorific(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
        start = _after_title_words(doc, start, end)
        if end - start >= 2 and _acronym_before_name(doc[start], doc[start + 1]):
            start += 1  # "Director of INR | Brett Holmgren", "External Affairs Minister (EAM)"
        if end > start and _plausible_name(doc[start:end]) and not (
                start > ent.start and _verb_after_title(doc, start, end)):
            spans.append(_within_headline(doc, start, end))
    spans = [s for s in spans if s is not None]
    spans += _bylines(doc, spans)
    spans += _names_after_titles(doc, spans)
    spans += _names_after_long_titles(doc, spans)
    known = {doc[s:e][-1].text for s, e in spans if e - s >= 2}
    spans += _bare_surnames(doc, spans, known)
    spans = sorted(set(_over_no_break_space(doc, _after_phrase_word(doc, s, e), e)
                       for s, e in spans))
    return [(s, e) for s, e in spans  # not "Blinken" inside "Antony J.\u202fBlinken"
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)]


def _acronym_of_title(doc: Doc, i: int, end: int) -> bool:
    """An organisation's acronym the model put into a name before a title ("NSC | Spokesperson
    Adrienne Watson"): it belongs to the title."""
    return i + 2 < end and _acronym_before_name(doc[i], doc[i + 1]) and is_title_word(doc[i + 1])


def _acronym_before_name(token: Token, following: Token) -> bool:
    """An organisation's or a title's acronym the model put before a name ("INR Brett
    Holmgren", "EAM Jaishankar", "to the UN Linda Thomas-Greenfield"): capitals before a word
    that is not all capitals, of three letters or a known organisation's (not a person's
    initials, "JB Pritzker", "KR Liu", nor a Japanese family name, "SUEMATSU Shinsuke")."""
    text = token.text
    return text.isalpha() and text.isupper() and not following.text.isupper() \
        and (len(text) == 3 or gazetteer.organization(text) is not None)


def _over_no_break_space(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """"Antony J.\u202fBlinken": a no-break space inside a name, which the tokenizer keeps."""
    while end + 1 < len(doc) and doc[end].text in ("\u202f", "\u00a0") \
            and _name_token(doc[end + 1]):
        end += 2
    return start, end


def _after_phrase_word(doc: Doc, start: int, end: int) -> int:
    """Drop a first word that ends the title's phrase before the name, as the article shows it
    elsewhere: "Special Envoy for the Northern [Triangle Ricardo Zuniga]" where it also writes
    "USAID's Northern Triangle Task Force", "Deputy Administrator for Management and [Resources
    Paloma Adams-Allen]" beside "for Management and Resources Brian McKeon"."""
    if end - start < 3 or start == 0 or doc[start].lower_ in gazetteer.first_names() or \
            doc[start].lower_ in ("honorable", "honourable"):
        return start  # "the Honorable X": the title before it stays apart ("Chief of Staff to
        # the Honorable Ashton B. Carter" is not Carter's)
    before, first, second = doc[start - 1], doc[start], doc[start + 1]
    if not (before.text[:1].isupper() or before.lower_ in CONNECTORS) or before.is_punct:
        return start
    others = [doc[i] for i in _positions(doc).get(first.lower_, ()) if i != start]
    if any(t.ent_type_ == "PERSON" for t in others):
        return start  # "Foreign Minister Chung Eui-yong" beside "Minister Chung emphasized"
    for token in others:
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.i > 0 and doc[token.i - 1].lower_ == before.lower_ and after is not None \
                and after.lower_ != second.lower_ and after.text[:1].isupper():
            return start + 1  # the phrase goes on elsewhere: "Northern Triangle Task Force"
    return start


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Where each word (lower case) stands in the Doc, indexed once per Doc."""
    cached = doc.user_data.get("kg.positions")
    if cached is None:
        cached = doc.user_data["kg.positions"] = {}
        for token in doc:
            cached.setdefault(token.lower_, []).append(token.i)
    return cached


def _after_title_words(doc: Doc, start: int, end: int) -> int:
    """Drop the end of a title the model put into a name: "Secretary of [State Mike Pompeo]"."""
    vocabulary = gazetteer.vocabulary()
    while end - start > 2 or (end - start == 2 and (
            doc[start].lower_ in ORG_HEADS or start > 0 and doc[start - 1].lower_ == "of")):
        # "Secretary of [State Blinken]" too
        before = doc[start - 1] if start > 0 else None
        if before is None or not (before.lower_ in CONNECTORS or is_title_word(before)
                                  or before.lower_ in vocabulary):
            break
        if doc[start].lower_ not in vocabulary:
            break
        start += 1
    return start


#: Verbs of title-case headlines that the model reads as part of a name ("Biden Announces").
HEADLINE_VERBS = frozenset({
    "announces", "announce", "launches", "signs", "meets", "welcomes", "hosts", "holds",
    "speaks", "delivers", "travels", "calls", "names", "nominates", "appoints", "marks",
    "visits", "joins", "approves", "declares", "urges", "unveils", "releases", "sends",
    "co-host", "co-hosts", "tours", "attends", "addresses", "congratulates", "condemns",
    "leads", "participates", "discusses", "honors", "celebrates", "receives", "designates",
    "issues", "highlights", "commemorates", "hails", "thanks", "praises", "vows", "pledges",
    "sworn", "swears", "departs", "arrives", "returns", "applaud", "applauds", "underscore",
    "underscores", "host", "previews"})


#: Capitalised words of headlines that never continue a name ("Albin Kurti Before Their Meeting").
NOT_NAMES = frozenset({
    "before", "after", "during", "ahead", "following", "amid", "their", "his", "her", "with",
    "from", "meeting", "meetings", "remarks", "statement", "readout", "call", "visit", "trip",
    "travel", "press", "conference", "briefing", "interview", "fact", "sheet", "statements",
    "comments", "joint"})


def _within_headline(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Title-case headlines defeat the model ("Secretary Raimondo Co-Host U.S.-Japan ...",
    "Biden Announces Appointments"): there a name stops at a headline verb and counts only as
    far as the body uses it."""
    cut = next((i for i in range(start, end) if doc[i].lower_ in HEADLINE_VERBS
                or i > start and gerund(doc[i])), end)
    end = cut
    if end <= start:
        return None
    body = text_of(doc).find("\n\n")
    if body < 0 or doc[start].idx > body:
        return start, end
    text = text_of(doc)[body:]
    whole = end
    while end > start:
        if re.search(r"\b" + re.escape(doc[start:end].text) + r"\b", text):
            if end - start == 1 < whole - start and all(
                    t.ent_type_ == "PERSON" and _name_token(t) for t in doc[start:whole]):
                return start, whole  # "Foreign Minister Ararat Mirzoyan at ...": not "Ararat"
            if end - start == 1 < whole - start:
                return start, _headline_name_end(doc, start, whole, text)
            return start, end
        end -= 1
    return None


def _headline_name_end(doc: Doc, start: int, whole: int, body: str) -> int:
    """Where a headline's name ends when the body repeats only its first word ("Jen", a
    reporter's address to "Press Secretary Jen Psaki En Route La Crosse"): at the end of the
    model's name, before any headline word, when the body also has its last word in any case
    ("MS. PSAKI:") and writes none of its words in lower case; else after the first word."""
    end = start + 1
    while end < whole and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I" \
            and _name_token(doc[end]) and doc[end].lower_ not in NOT_NAMES:
        end += 1
    end = min(whole, _hyphenated_end(doc, end))  # "Karine Jean-Pierre"
    if end - start >= 2 and re.search(r"\b" + re.escape(doc[end - 1].text) + r"\b", body, re.I):
        common = {t.text for t in doc if t.text.islower()}
        if not any(t.lower_ in common for t in doc[start + 1:end]):  # "Raimondo Co-Host"
            return end
    return start + 1


def _hyphenated_end(doc: Doc, end: int) -> int:
    """A name goes on over a hyphen that joins its parts without spaces, whatever their case:
    "Chung Eui-yong", "Khalid Al-Falih" (the model or a title run may stop at "Eui", "Al")."""
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and end > 0 \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and _name_token(doc[end - 1]):
        end += 2
    return end


def plural_title(token: Token) -> bool:
    """A title in the plural ("Senators", "Ministers", "Medical Officers"): never a name."""
    lower = token.lower_
    if not lower.endswith("s") or not token.text[:1].isupper():
        return False
    return lower[:-1] in gazetteer.TITLE_HEADS or lower.endswith("ies") \
        and lower[:-3] + "y" in gazetteer.TITLE_HEADS \
        or lower in ("congressmen", "congresswomen", "chairmen", "spokesmen", "reps.")


def gerund(token: Token) -> bool:
    """A verb in -ing ("Announcing", "Welcoming") that a title-case headline runs into a name,
    when a phrase follows it ("Jen Psaki | Announcing the ..."; not "Chelsea Manning, ...")."""
    lower = token.lower_
    if not lower.endswith("ing") or len(lower) < 6 or token.i + 1 >= len(token.doc):
        return False
    stem = lower[:-3]
    verbs = _verbs()
    if not (stem in verbs or stem + "e" in verbs or stem[-1:] == stem[-2:-1] and stem[:-1] in verbs):
        return False
    following = token.doc[token.i + 1]
    return following.is_alpha and (following.text[:1].isupper()
                                   or following.lower_ in ("the", "a", "an", "all", "our", "to"))


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The base forms of English verbs (`kg/data/verbs.tsv`)."""
    path = Path(__file__).resolve().parent.parent / "data" / "verbs.tsv"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def _elect_suffix(token: Token) -> bool:
    """"President-Elect": the title ends at "Elect", after a hyphen and a title head."""
    doc = token.doc
    return token.lower_ in ("elect", "designate") and token.i >= 2 \
        and doc[token.i - 1].text == "-" and is_title_head(doc[token.i - 2])


def _bylines(doc: Doc, spans) -> list[tuple[int, int]]:
    """"Antony J. Blinken, Secretary of State" on a line of its own: a name the model missed."""
    taken = {i for s, e in spans for i in range(s, e)}
    found = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        comma = next((k for k, t in enumerate(words) if t.text == ","), None)
        if comma is None or not 2 <= comma <= 4 or any(t.i in taken for t in words[:comma]):
            continue
        name, title = words[:comma], words[comma + 1:]
        if all(_name_token(t) for t in name) and title \
                and gazetteer.title(span_text(doc, title)) is not None:
            found.append((name[0].i, name[-1].i + 1))
    return found


def _names_after_titles(doc: Doc, spans) -> list[tuple[int, int]]:
    """Proper names right after a title the model did not tag ("Secretary Blinken")."""
    taken = {i for s, e in spans for i in range(s, e)}
    found = []
    for token in doc:
        if token.i in taken or not (is_title_head(token) or _elect_suffix(token)) or (
                _after_hyphen(token) and not _elect_suffix(token)):
            continue  # not "the Gandhi-King Scholarly Exchange Initiative"; "President-Elect X" is
        start = token.i + 1
        while start < len(doc) and _is_honorific(doc[start]) and doc[start].text != ".":
            start += 1  # "National Security Adviser Sir Stephen Lovegrove"
        end = start
        while end < len(doc) and end not in taken and _name_token(doc[end]) \
                and not is_title_word(doc[end]) and doc[end].ent_type_ in ("", "PERSON", "ORG",
                                                                              "NORP", "GPE"):
            end += 1
            if _hyphenated_end(doc, end) > end:
                end = _hyphenated_end(doc, end)  # "Karine Jean-Pierre", "Kim Sung-han": the
                break  # hyphen joins one name, which it ends
        if end > start and not gazetteer.country(doc[start:end].text) \
                and not gazetteer.organization(doc[start:end].text) \
                and _plausible_name(doc[start:end]) and not _verb_after_title(doc, start, end):
            found.append((start, end))
            taken.update(range(start, end))
    return found


def _verb_after_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the one word after a title is an English verb that names nobody in the article
    ("Head Start": a programme; "Secretary Price" stays when "Ned Price" is named)."""
    word = doc[start]
    return end - start == 1 and word.lower_ in _verbs() and not any(
        ent.label_ == "PERSON" and word.text in ent.text.split() and not ent.start <= start < ent.end
        and len(ent) > 1 for ent in doc.ents)


def _names_after_long_titles(doc: Doc, spans) -> list[tuple[int, int]]:
    """"said Assistant Secretary of State for International Security and Nonproliferation
    Eliot Kang": a name closing a long title run, which the model reads as part of it."""
    taken = {i for s, e in spans for i in range(s, e)}
    vocabulary = gazetteer.vocabulary()
    body = text_of(doc).find("\n\n")  # not in a title-case headline, where every word is capitalised
    found = []
    for token in doc:
        if not is_title_head(token) or token.i in taken or token.idx < body:
            continue
        end = token.i + 1
        ands = []  # "... for African Affairs Molly Phee | and Djiboutian Foreign Minister ...":
        # a name may close the run before an "and" that starts the next person's title
        while end < len(doc) and (doc[end].text[:1].isupper() and not doc[end].is_punct
                                  or doc[end].lower_ in ("of", "for", "and", "the", "on")):
            if end in taken:
                break
            if doc[end].lower_ == "and" and end + 1 < len(doc) and (
                    doc[end + 1].ent_type_ in ("NORP", "GPE")):
                ands.append(end)  # the next person's title begins: "and Djiboutian Foreign ..."
            end += 1
        ends = [] if end < len(doc) and end in taken else [end]
        for stop in [*ends, *reversed(ands)]:
            span = _name_closing(doc, token, stop, vocabulary)
            if span is not None:
                found.append(span)
                taken.update(range(*span))
                break
    return found


def _name_closing(doc: Doc, head: Token, end: int, vocabulary) -> tuple[int, int] | None:
    """The two or three proper names that close a title run ending before `end`, if any."""
    while end > head.i + 1 and doc[end - 1].lower_ in ("of", "for", "and", "the", "on"):
        end -= 1  # "Minister of Defense Oleksii Reznikov | for an update"
    for size in (3, 2):
        start = end - size
        if start <= head.i + 1:
            continue
        words = doc[start:end]
        if doc[start - 1].lower_ in ("of", "for", "and", "the", "on") and size == 3 or \
                doc[start - 1].lower_ in ("of", "the"):
            continue  # "the Crown Prince of | Abu Dhabi": the whole object of "of" is a place
        if all(t.pos_ == "PROPN" and t.lower_ not in vocabulary and _name_token(t)
               and not gazetteer.country(t.text) for t in words) \
                and (words[0].ent_type_ not in ("GPE", "ORG", "NORP")
                     or _title_in_entity(words[0], head)):
            return start, _hyphenated_end(doc, end)  # "Erica Barks-Ruggles"
    return None


def _title_in_entity(token: Token, head: Token) -> bool:
    """The model's organisation runs from inside a title run (from its `head` on) into the name
    after it: "Deputy National Security Advisor for [Cyber and Emerging Technology Anne
    Neuberger]"."""
    if token.ent_type_ != "ORG" or token.ent_iob_ != "I":
        return False
    ent = next((e for e in token.doc.ents if e.start < token.i < e.end), None)
    return ent is not None and ent.start > head.i \
        and (token.doc[token.i - 1].lower_ in TITLE_COMPLEMENTS
             or NOT_NAME_ENDINGS.search(token.doc[token.i - 1].lower_) is not None)


def _bare_surnames(doc: Doc, spans, known: set[str]) -> list[tuple[int, int]]:
    """Later mentions by surname alone ("Pompeo") of people named in full somewhere."""
    taken = {i for s, e in spans for i in range(s, e)}
    return [(t.i, t.i + 1) for t in doc
            if t.text in known and t.i not in taken and t.text[:1].isupper()]


def _name_token(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or token.is_punct or token.like_num:
        return False
    lower = text.lower()
    if lower in CONNECTORS or text.isupper() and len(text) > 3 \
            or lower in HEADLINE_VERBS or lower in NOT_NAMES or lower in TITLE_COMPLEMENTS \
            or plural_title(token) or gerund(token) or NOT_NAME_ENDINGS.search(lower):
        return False
    return token.pos_ in NAME_POS or bool(re.fullmatch(r"[A-Z][\w’'\-.]*", text))


#: Endings of abstract nouns, which close a title's subject and never a name ("Deputy Assistant
#: Secretary of State for Energy Transformation | Anna Shpitsberg").
NOT_NAME_ENDINGS = re.compile(r"...(?:tion|sion|ities|ism|ogy)s?$")


def _plausible_name(span: Span) -> bool:
    text = span.text
    if not any(c.isalpha() for c in text) or gazetteer.country(text):
        return False
    words = [t for t in span if not t.is_punct]
    if any(w.lower_ in ORG_HEADS for w in words):
        return False
    vocabulary = gazetteer.vocabulary()
    if all(w.lower_ in vocabulary for w in words):  # "Humanitarian Assistance"
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    doc = span.doc
    if before is not None and before.lower_ == "and" and span.start >= 2 \
            and doc[span.start - 2].text[:1].isupper() \
            and doc[span.start - 2].ent_type_ not in ("PERSON", "GPE") and any(
                t.lower_ in ("of", "for") for t in doc[max(0, span.start - 7):span.start - 2]):
        return False  # "Assistant Administrator for Democracy, Conflict and Humanitarian ..."
    if len(words) == 1 and before is not None and before.lower_ in ("of", "in", "at", "from", "("):
        return False  # "Mayor of Sewanee": a place; "(Laughs.)": a transcript's stage note
    if any(plural_title(w) for w in words):
        return False  # "Medical Officers", "Senators"
    return bool(words) and all(w.text[:1].isupper() or w.lower_ in PARTICLES or _after_hyphen(w)
                               for w in words) and words[0].text[:1].isupper()


def _after_hyphen(token: Token) -> bool:
    """The part of a hyphenated name after the hyphen: "yong" of "Eui-yong"."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text in ("-", "‐") and not doc[token.i - 1].whitespace_


def _is_honorific(token: Token) -> bool:
    return is_honorific(token.text) or token.text == "."


def _index_names(result: Analysis) -> None:
    """Map every partial form of a name (surname, 'first last') to the fullest form seen."""
    # longest names first, then in order of appearance: the same text always gives the same
    # mapping (a set's order would vary from run to run)
    fulls = sorted(dict.fromkeys(m.name for m in result.people), key=lambda n: -len(n.split()))
    for full in fulls:
        words = full.split()
        if len(words) < 2:
            continue
        forms = {full, words[-1], " ".join(words[-2:]), f"{words[0]} {words[-1]}"}
        for form in forms:
            result.full_names.setdefault(name_key(form), full)
    for full in fulls:  # surname first ("Hayashi Yoshimasa"), after every surname is placed
        words = full.split()
        if words[0][:1].isupper() and not words[0].endswith(".") and len(words[0]) > 1:
            result.full_names.setdefault(name_key(words[0]), full)


def person_country_code(analysis: Analysis, mention: PersonMention) -> str | None:
    """The alpha-2 code of the country a person serves: from their titles, else the reference
    data (a bare "President" with no country known is the US president, as in US news, if a US
    president bore the name: not "President Yoon")."""
    for title in mention.titles:
        if title.country:
            return gazetteer.country_code(title.country)
    name = analysis.canonical(mention.name)
    post = next((t.post for t in mention.titles if t.post), None)
    known = gazetteer.title(post) if post else None
    info = gazetteer.official(name) or (
        gazetteer.official_by_surname(name, known.title) if known else None)
    if info is not None and info.country:
        return info.country
    if known is not None and known.org == gazetteer.GOVERNMENT and gazetteer.us_terms(
            name, known.title):
        return "US"
    return None


def titled_holder(analysis: Analysis, written: str, person: str, post: str | None) -> str:
    """Who a name `written` under the title `post` is, `person` being the article's fullest form
    of it: that person, unless the name is a surname alone, that person never holds the title
    there and the reference data knows another of the name who does ("President Biden and
    First Lady Jill Biden": the President is Joseph R. Biden)."""
    if len(written.split()) != 1 or len(person.split()) < 2 or not post:
        return person
    known = gazetteer.title(post)
    official = gazetteer.official_by_surname(written, known.title) if known else None
    if official is None or SequenceMatcher(None, name_key(official.name.split()[0]),
                                           name_key(person.split()[0])).ratio() >= 0.8:
        return person  # the same first name, however spelt ("Sakeus", "Sackeus")
    holds = any(analysis.canonical(m.name) == person and len(m.name.split()) >= 2
                and any(t.post and gazetteer.title(t.post) == known for t in m.titles)
                for m in analysis.people)
    return person if holds else official.name


#: Words that make a name before them (or its possessive) a place's: "Prince George’s County".
PLACE_WORDS = frozenset({"county", "parish", "borough", "township"})


def _names_a_place(doc: Doc, end: int) -> bool:
    """Whether the name ending before `end` is part of a place's name: "King County", "Prince
    George’s County"."""
    after = doc[end:end + 2]
    if len(after) and after[0].lower_ in PLACE_WORDS:
        return True
    return len(after) == 2 and after[0].text in ("’s", "'s") and after[1].lower_ in PLACE_WORDS \
        and after[1].text[:1].isupper()


def _home_agency(doc: Doc) -> str | None:
    """The agency an article speaks for, from its dateline block ("Office of the Spokesperson")."""
    head = text_of(doc)[:400]
    if "Office of the Spokesperson" in head or re.search(
            r"\bSecretary of State\n|Department (?:Press Briefing|Spokesperson)\b", head, re.I):
        return "Department of State"  # also "Department Press Briefing – June 17, 2021"
    return None


# --- titles ---------------------------------------------------------------------------------

def _title_before(doc: Doc, start: int, end: int | None = None) -> Title | None:
    """A title written right before the name: "U.S. Secretary of State Mike Pompeo"."""
    i = start - 1
    sentence_start = doc[start].sent.start
    while sentence_start > 0 and sentence_start > start - 40 \
            and not doc[sentence_start - 1].is_punct and not doc[sentence_start - 1].is_space \
            and not doc[sentence_start - 1].text.endswith(".") \
            and "\n" not in doc[sentence_start - 1].whitespace_:
        sentence_start = doc[sentence_start - 1].sent.start  # a split inside the title run
    while i >= sentence_start:
        token = doc[i]
        lower = token.lower_
        if token.text in ("’s", "'s") or token.text in ("-", "–") and not token.whitespace_:
            i -= 1
            continue
        if _is_honorific(token):
            if i == start - 1 or token.text != ".":
                i -= 1
                continue
        if token.text == "," and _inside_complement(token) and any(
                doc[j].lower_ in ("of", "for") for j in range(max(sentence_start, i - 4), i)):
            i -= 1
            continue
        if len(token.text) == 1 and token.text.isupper():  # "Q" and "A" in transcripts
            break
        if lower == "under" and doc[i + 1].lower_ not in ("secretary", "-"):
            break  # "Under President Tshisekedi": a preposition, not "Under Secretary"
        if lower in ("a.i.", "a.i") or token.text == "," and i + 1 < start \
                and doc[i + 1].lower_ in ("a.i.", "a.i"):
            i -= 1  # "Chargé d'affaires, a.i. David Muniz"
            continue
        if token.is_punct or token.is_space or token.like_num or token.ent_type_ in (
                "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
            break
        if i in _person_tokens(doc) and i < start \
                and not (is_title_head(token) and token.lower_ not in NAME_LIKE_HEADS
                         or token.lower_ == "crown" and doc[i + 1].lower_ == "prince"
                         or _modifier_of_title(token)
                         or _acronym_of_title(doc, i, start + 1)):
            break  # (the model puts "Lady" of "First Lady Jill Biden" into the name, and tags
            # "Principal" of "Principal Deputy Press Secretary" as a person)
        if lower == "and" and not (i > sentence_start and is_title_head(doc[i - 1])) and not any(
                doc[j].lower_ in ("of", "for") for j in range(max(sentence_start, i - 6), i)):
            break
        if lower == "and" and i > sentence_start and (
                doc[i - 1].ent_type_ in ("GPE", "PERSON") or i - 1 in _person_tokens(doc)):
            break  # "President Yoon of the Republic of Korea and | Prime Minister Kishida"
        if _headline_verb(token):
            break  # "Members of the Congress Applaud | President Biden’s State of the Union"
        if lower in CONNECTORS or token.text[:1].isupper() or is_title_word(token) \
                or lower == "elect" or lower.startswith(("d’", "d'")):
            i -= 1
            continue
        break
    tokens = [t for t in doc[i + 1:start] if not _is_honorific(t)]
    if len(tokens) > 1 and tokens[-1].lower_ in ("ambassador", "sultan") \
            and any(is_title_head(t) for t in tokens[:-1]) and tokens[-2].lower_ not in CONNECTORS \
            and not any(t.lower_ in TIED_BY for t in tokens):  # not "Advisor to the Vice President"
        tokens = tokens[:-1]  # "Under Secretary for Political Affairs | Ambassador X": a rank
    own = _own_title(doc, tokens, doc[start:end].text if end else "")
    title = parse_title(doc, own)
    dropped = tokens[:len(tokens) - len(own)] if own else []
    if title is not None and title.country is None and len(dropped) > 1 and \
            dropped[-1].lower_ in ("and", "&") and gazetteer.country(dropped[0].text):
        # "Israeli Alternate Prime Minister and | Foreign Minister Lapid": one nationality
        title = replace(title, country=dropped[0].text)
    return title


def _headline_verb(token: Token) -> bool:
    """A title-case headline's verb before a title, which no title or organisation we know
    holds ("Members of the Congress Applaud | President Biden’s ...", "Commitments to Security
    and Prosperity Underscore | Secretary Blinken’s Travel", "Senior Officials Previewing |
    Secretary Blinken’s Participation"); not "Ranking Member", "Acting Secretary"."""
    lower = token.lower_
    if not token.is_alpha or not token.text[:1].isupper() \
            or token.doc.text.find("\n", 0, token.idx) >= 0 \
            or lower in gazetteer.vocabulary() or is_title_word(token) \
            or lower in gazetteer.STATUS_MODIFIERS:
        return False
    return lower in HEADLINE_VERBS or gerund(token)


def _modifier_of_title(token: Token) -> bool:
    """A title's capitalised modifier right before a title word: "Principal | Deputy Press
    Secretary" (which the model may tag as a person's name)."""
    doc = token.doc
    return token.lower_ in TITLE_MODIFIERS and token.text[:1].isupper() \
        and token.i + 1 < len(doc) and is_title_word(doc[token.i + 1])


#: Words of address before a title ("Mr. Chairman", "Madam Secretary"): the title is another's.
VOCATIVES = frozenset({"mr.", "mr", "madam", "madame", "mister"})
#: Prepositions that tie one person's title to another's: "law clerk for | Judge X", "Chief of
#: Staff to | Speaker of the House Paul Ryan", "served under | President X", "Readout from NSC
#: Spokesperson on | National Security Advisor Jake Sullivan".
TIED_BY = frozenset({"to", "for", "under", "on"})


def _own_title(doc: Doc, tokens: list[Token], name: str = "") -> list[Token]:
    """The part of a run of title words that is the name's own: after "to"/"for"/"under" when
    a title follows it ("Counsel to | Vice President Dick Cheney"), but not after "to the"
    unless the name is known to hold that title ("Press Secretary to the Vice President Kirsten
    Allen" is the press secretary's); after "and" when two known titles meet ("Vice President
    and | Secretary Walsh": two people)."""
    if len(tokens) > 3 and tokens[-1].lower_ in ("ambassador", "amb.") and any(
            t.lower_ == "for" for t in tokens[:-2]) and gazetteer.country(tokens[-2].text):
        # "U.S. Special Representative for the DPRK | Ambassador Sung Kim", "Special Envoy for
        # Yemen Ambassador ...": the envoy's rank, not an ambassador of the country served
        return _own_title(doc, tokens[:-1], name)
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].lower_ not in TIED_BY or tokens[k].text == "Under":
            continue
        rest = tokens[k + 1:]
        the = bool(rest) and rest[0].lower_ == "the"
        while rest and rest[0].lower_ == "the":
            rest = rest[1:]
        if not rest:
            return []  # "Chief of Staff to the Honorable | X": the title is someone else's
        if (is_title_word(rest[0]) or len(rest) > 1 and is_title_word(rest[1])
                and gazetteer.country(rest[0].text) is not None
                or tokens[k].lower_ == "to" and _owner_then_title(rest)) \
                and any(is_title_head(t) for t in rest) \
                and not any(t.lower_ in ("and", "for", "to", "&") for t in rest):
            if the and tokens[k].lower_ == "to" and name and _held_by_another(doc, name, rest):
                return tokens
            return rest
        break
    for k, t in enumerate(tokens):
        if t.lower_ == "and" and 0 < k < len(tokens) - 1 and is_title_head(tokens[k - 1]) \
                and gazetteer.title(span_text(doc, tokens[:k])) is not None \
                and gazetteer.title(span_text(doc, tokens[k + 1:])) is not None:
            return tokens[k + 1:]
    return _after_anothers_title(doc, tokens)


#: Bare ranks that, after "the", name the one holder a release means ("the Secretary"), as a
#: head of state's or government's title does ("the President").
ONE_HOLDER_RANKS = frozenset({"Secretary", "Deputy Secretary"})


def _the_bare_title(doc: Doc, tokens: list[Token]) -> bool:
    """A bare title after "the" that names its holder alone ("As the President and | Secretary
    Blinken have made clear", "When the Secretary and | Foreign Minister Kuleba spoke"): the
    title before "and" is another person's (not "the Founder and CEO X")."""
    the = max((k for k, t in enumerate(tokens) if t.lower_ == "the"), default=None)
    if the is None and not (tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the"):
        return False  # (the run may open with a capitalised word: "As the President and ...")
    if the is not None and any(is_title_word(t) for t in tokens[:the]):
        return False  # "Assistant to the President and | National Security Advisor X": one's
    words = tokens[the + 1:] if the is not None else tokens
    known = gazetteer.title(span_text(doc, words)) if 0 < len(words) <= 2 else None
    return known is not None and (known.org == gazetteer.GOVERNMENT
                                  or known.title in ONE_HOLDER_RANKS)


def _owner_then_title(tokens: list[Token]) -> bool:
    """Capitalised words of an owner, then title words to the end: "Chief of Staff to | DHS
    Secretary Jeh Johnson", "to | New Jersey Governor", "to | United States Trade Representative"
    (only after "to": after "for" and "on" the words are often an organisation's own, "Council
    on | Environmental Quality Chair Brenda Mallory")."""
    k = next((j for j, t in enumerate(tokens) if is_title_word(t)), None)
    return k is not None and 0 < k <= 3 \
        and all(t.text[:1].isupper() and not t.is_punct for t in tokens[:k]) \
        and all(is_title_word(t) or t.text[:1].isupper() for t in tokens[k:])


def _held_by_another(doc: Doc, name: str, title: list[Token]) -> bool:
    """Whether the reference data knows the US holders of the title ("Vice President") and
    `name` (or the one official of its surname) is none of them."""
    known = gazetteer.title(span_text(doc, title))
    if known is None or not gazetteer.title_covered(known.title, "US"):
        return False
    info = gazetteer.official(name) or gazetteer.official_by_surname(name.split()[-1], known.title)
    return info is None or not any(gazetteer.title(t) == known for t in info.titles)


def _tied_to_another(doc: Doc, start: int) -> bool:
    """The name (with any title before it) is the object of "to"/"for"/"under" after another
    title: "... a Policy Advisor ... to | Senate Majority Leader Mitch McConnell"."""
    i = start - 1
    while i >= 0 and (is_title_word(doc[i]) or doc[i].lower_ in ("the", "of")
                      or doc[i].text[:1].isupper() and not doc[i].is_sent_start):
        i -= 1
    return i >= 0 and doc[i].text in TIED_BY \
        and any(is_title_head(t) for t in doc[i + 1:start])  # not "married to | Virginia Murphy"


def _not_anothers(doc: Doc, tokens: list[Token], exclude: set[int]) -> list[Token]:
    """An apposed title that holds another person's name ("X, law clerk for Judge Y", "Burks
    ..., Chief of Staff to Speaker Paul Ryan, a Policy Advisor to ...") is a list or a tie
    between two people: neither is given the title."""
    people = _person_tokens(doc)
    if any(t.i in people and t.i not in exclude and not is_title_word(t)
           and t.lower_ not in gazetteer.STATUS_MODIFIERS and t.text[:1].isupper()
           for t in tokens):
        return []
    return tokens


def _person_tokens(doc: Doc) -> set[int]:
    cached = doc.user_data.get("kg.person_tokens")
    if cached is None:
        cached = {i for ent in doc.ents if ent.label_ == "PERSON"
                  and not gazetteer.is_demonym(ent.text)  # "Moldovan" (Foreign Minister)
                  for i in range(ent.start, ent.end)}
        doc.user_data["kg.person_tokens"] = cached
    return cached


def _titles_apposed(doc: Doc, start: int, end: int) -> list[Title | None]:
    """Titles in apposition: "Royce Murray, policy director of ...", "the ... secretary, Kenneth
    Merten,", including coordinated ones ("Chairman and CEO of East West Bank")."""
    if _tied_to_another(doc, start):
        return []  # "Policy Advisor to Senate Majority Leader Mitch McConnell, | Policy Director
        # of ...": the list goes on with the subject's posts, not this name's
    root = doc[start:end].root
    nouns = [c for c in root.children if c.dep_ == "appos" and _heads_title(c)]
    if root.dep_ == "appos" and _heads_title(root.head) and not (start <= root.head.i < end) \
            and not any(i in _person_tokens(doc) or _headline_verb(doc[i])
                        for i in range(root.head.i + 1, start)):
        nouns.append(root.head)  # not over another's name: "the Foreign Minister of Spain,
        # José Manuel Albares, and the U.S. Secretary of State, | Antony Blinken", nor over a
        # headline's verb: "a Senior Administration Official Previewing | Vice President Harris’s"
    nouns = [n for n in nouns if not (n.i > 0 and doc[n.i - 1].lower_ in VOCATIVES)
             and not _addressed(doc, start, end, n)]
    # "Mr. Chairman, Ranking Member McCaul": a speaker's address to another, no apposition
    roster = _roster_line(doc, start, end)
    if roster is not None:
        # "Jenna Ben-Yehuda, Member, Board of Visitors to the U.S. Air Force Academy"
        tokens, org = roster
        appointed = _intends_to_appoint(doc) and bool(set(org.lower().split()) & APPOINTED_BODIES)
        titles = [parse_title(doc, part) for part in _split_coordinated(doc, tokens)]
        if titles and all(t is not None and t.org is None for t in titles):
            return [replace(t, org=org, end=t.end + len(org) + 2,
                            status="nominee" if appointed else t.status) for t in titles]
    titles = []
    if not nouns:
        tokens = _title_after_comma(doc, end)
        for part in _split_coordinated(doc, tokens):
            titles.append(parse_title(doc, part))
    for noun in nouns:
        exclude = set(range(start, end))
        tokens = _cut_clauses(noun, [t for t in noun.subtree if t.i not in exclude], exclude)
        if tokens:  # "Tim Walz, [Co-]Chair": the parse may leave a hyphen's prefix apart
            tokens = [t for t in hyphen_prefix(tokens[0]) if t.i not in exclude] + tokens
        served, tokens = _served_under(tokens)
        tokens = _not_anothers(doc, tokens, exclude)
        if _written_before(doc, noun, start):
            tokens = _after_anothers_title(doc, tokens)
        for part in _split_coordinated(doc, tokens):
            title = parse_title(doc, part)
            if title is not None and served and title.status == "current":
                title = replace(title, status="former")
            titles.append(title)
    return [_of_the_appointed_body(doc, start, t) for t in titles]


def _written_before(doc: Doc, noun: Token, start: int) -> bool:
    """A title noun right before the name, nothing but words between ("the Secretary and
    Foreign Minister Kuleba", which the parse may read as an apposition)."""
    return noun.i < start and not any(t.is_punct or t.is_space for t in doc[noun.i:start])


def _after_anothers_title(doc: Doc, tokens: list[Token]) -> list[Token]:
    """"the Secretary and | Foreign Minister Kuleba": the part after "and", where the part
    before is a bare title of another (`_the_bare_title`); nothing where no title follows "and"
    ("the Secretary and Pope Francis", "the Governor and Bobby Scott")."""
    for k, t in enumerate(tokens):
        if t.lower_ == "and" and 0 < k and is_title_head(tokens[k - 1]) \
                and _the_bare_title(doc, tokens[:k]):
            rest = tokens[k + 1:]
            return rest if rest and is_title_word(rest[0]) else []
    return tokens


def _addressed(doc: Doc, start: int, end: int, noun: Token) -> bool:
    """A first name said to someone, then a clause whose subject is the title: "Q Karine, the
    former President is going to have a rally", "so on that question, Mario, the President
    strongly believes", "Q Karine, the President — you know, ...": no comma closes the title
    phrase, a verb (or a break) follows it at once."""
    words = [t for t in doc[start:end] if t.text != "Q"]  # a transcript's question label
    if len(words) != 1 or noun.i < end:
        return False
    after = noun.right_edge.i + 1
    return after < len(doc) and (doc[after].pos_ in ("VERB", "AUX", "ADV")
                                 or doc[after].text in ("—", "–"))


#: Words that, early in an announcement, make the people it lists appointees to come ("announced
#: his intent to appoint the following individuals"): their posts are `nominee`.
INTENT_TO_APPOINT = re.compile(r"\binten(?:ds?|t) to (?:appoint|nominate)\b", re.I)


#: Bodies people are appointed to from a roster ("Member, Board of Visitors to the U.S. Air
#: Force Academy"); a roster's other organisations are the appointee's employer ("Professor and
#: Chair, Howard University Department of Architecture"), a post they hold now.
APPOINTED_BODIES = frozenset({"board", "commission", "committee", "council", "panel"})


def _intends_to_appoint(doc: Doc) -> bool:
    return bool(INTENT_TO_APPOINT.search(text_of(doc)[:1500]))


#: Posts held on a board or commission, which the heading over an appointee's biography gives
#: bare ("Christina Brandt, Commissioner").
MEMBERS_POSTS = frozenset({"member", "commissioner", "chair", "co-chair", "vice chair",
                           "vice-chair", "chairman", "chairwoman", "chairperson", "vice chairman",
                           "trustee"})
#: An announcement's lead that appoints people to a body ("has appointed the following
#: individuals to the U.S. AbilityOne Commission, which ...:", "appointed nine governors as
#: members of the Council of Governors for two-year terms."), to its colon or full stop.
APPOINTED_TO = re.compile(r"\bappoint(?:s|ed)?\b[^:\n]*?\b(?:to|of) (?:the )?(?P<body>[A-Z][\w’'.&-]*"
                          r"(?: (?:of|on|for|the|and|&|[A-Z][\w’'.&-]*))*)(?P<rest>[^:\n]*)")


def _appointed_body(doc: Doc) -> str | None:
    """The one body an announcement's lead appoints people to, where its sentence names no
    other board, commission, committee, council or panel."""
    found = APPOINTED_TO.search(text_of(doc)[:1500])
    if found is None:
        return None
    words = found.group("body").removesuffix(".").split()
    while words and words[-1] in CONNECTORS:
        words.pop()  # "the Council of Governors | for two-year terms"
    sentence = re.split(r"(?<![A-Z])\.\s", found.group(0))[0]  # (not at "U.S. ")
    named = [w for w in re.findall(r"[A-Z][a-z]+", sentence) if w.lower() in APPOINTED_BODIES]
    if len(named) != 1 or named[0] not in words:
        return None
    return " ".join(words)


def _of_the_appointed_body(doc: Doc, start: int, title: Title | None) -> Title | None:
    """A bare heading "Name, Commissioner" over an appointee's biography, in an announcement
    whose lead appoints people to one body: the post is on that body ("appointed the following
    individuals to the U.S. AbilityOne Commission: ... Christina Brandt, Commissioner")."""
    if title is None or title.org is not None or (title.post or "").lower() not in MEMBERS_POSTS:
        return title
    text = text_of(doc)
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    line_end = text.find("\n", title.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.count(",") != 1 or len(line) > 80 \
            or line[title.start - line_start:].strip(" .").lower() != title.post.lower():
        return title  # the line is the name and the post, no more
    body = _appointed_body(doc)
    if body is None:
        return title
    return replace(title, org=body,
                   status="nominee" if _intends_to_appoint(doc) else title.status)


def _roster_line(doc: Doc, start: int, end: int) -> tuple[list[Token], str] | None:
    """A roster line "Name, Post, Organisation" (the White House's lists of appointees to
    boards and commissions): the line opens with the name; after it come a short post and a
    capitalised organisation name that runs to the line's end. The post's tokens and the
    organisation, or None."""
    first = start
    while first > 0 and start - first < 4 and (doc[first - 1].text == "." or _is_honorific(
            doc[first - 1]) or len(doc[first - 1].text) <= 4 and doc[first - 1].text.istitle()):
        first -= 1  # "Lt. Col. | Amy McGrath, ...": a rank before the name
    while first > 0 and start - first < 8 and "\n" not in doc[first - 1].text \
            + doc[first - 1].whitespace_ and doc[first - 1].text[:1].isupper():
        first -= 1  # "New Jersey Senator | Bob Menendez, Chairman, ...": the name's own title
    if first > 0 and "\n" not in doc[first - 1].text + doc[first - 1].whitespace_:
        return None
    line = []
    for t in doc[end:]:
        if t.is_space and "\n" in t.text:
            break
        line.append(t)
        if "\n" in t.whitespace_:
            break
    colon = next((k for k, t in enumerate(line) if t.text == ":"), None)
    byline = colon is not None and _bylines_colon(doc, line[colon])
    if colon is not None:  # "Dr. Jack Resneck, President, American Medical Association: “...”"
        line = line[:colon]  # (a statement's byline in the White House's collections of quotes)
    commas = [k for k, t in enumerate(line) if t.text == ","]
    if len(commas) == 3 and commas[0] == 0 and commas[1] <= 7 and all(
            t.is_punct or t.text[:1].isupper() and not is_title_word(t)
            for t in line[1:commas[1]]):  # "Amy McGrath, USMC (Ret.), Member, Board of ..."
        line, commas = line[commas[1]:], [k - commas[1] for k in commas[1:]]
    if len(commas) != 2 or commas[0] != 0 or not 1 <= commas[1] - 1 <= (8 if byline else 4):
        return None
    post, words = line[1:commas[1]], line[commas[1] + 1:]
    if not words or not any(is_title_head(t) for t in post):
        return None
    if not (words[0].text[:1].isupper() or words[0].lower_ == "the") or words[-1].text in (".", ";") \
            or not (byline or any(t.lower_ in ORG_HEADS for t in words) or _bare_body(post, words)):
        return None  # (a quote's byline needs no organisation's head word: "..., MomsRising:")
    if byline and not all(t.text[:1].isupper() or t.lower_ in ORG_CONNECTORS or t.is_punct
                          for t in words):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.text.islower() for t in words):
        return None  # a sentence, not a name
    text = text_of(doc)[words[0].idx:words[-1].idx + len(words[-1].text)]
    text = re.sub(r"\s*\([^()]*\)$", "", text)  # "... Training Program (EVITP)"
    return post, text.removeprefix("the ")


def _bare_body(post: list[Token], words: list[Token]) -> bool:
    """A roster line's organisation without an organisation's head word after a bare job title
    ("Jennifer Rumsey, President and COO, | Cummins", "John Stankey, CEO, | AT&T"): the title
    only title words, nothing owned ("of", "for": "Minister of Education, | Science and Sport"
    goes on with the title's own organisation), the name capitalised words, not a place ("United
    States Senator (R), | Missouri", "Regional Administrator, | Region 5")."""
    if not all(is_title_head(t) or t.lower_ in TITLE_MODIFIERS or t.lower_ == "and" or t.text == "-"
               for t in post) or len(words) > 6:
        return False
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() and t is not words[0]
               or t.lower_ in ORG_CONNECTORS or t.text in ("&", "-", "(", ")") for t in words):
        return False
    name = re.sub(r"\s*\([^()]*\)$", "", " ".join(t.text for t in words))
    return not (words[0].text in ("Region", "District") or gazetteer.us_state(name)
                or gazetteer.country(name))


def _bylines_colon(doc: Doc, colon: Token) -> bool:
    """Whether a line's colon closes a quote's byline (`bylines`): "..., MomsRising: “"."""
    byline = byline_of_line(doc, colon.idx)
    return byline is not None and byline.colon == colon.idx


def _served_under(tokens: list[Token]) -> tuple[bool, list[Token]]:
    """"X, Secretary of State under President Obama": a post held under another (past) leader
    is a former post; the leader's part is not the title's."""
    for k, t in enumerate(tokens):
        if t.text == "under" and k > 0 and k + 1 < len(tokens) and is_title_word(tokens[k + 1]):
            return True, tokens[:k]
    return False, tokens


def _title_after_comma(doc: Doc, end: int) -> list[Token]:
    """"Dominic Ng, Chairman and CEO of East West Bank, who ...": a title phrase set off by a
    comma after the name, read from the words when the parse does not see the apposition."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    i = end + 1
    while i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    if i >= len(doc) or not is_title_word(doc[i]) and not (
            i + 1 < len(doc) and is_title_word(doc[i + 1]) and doc[i].text[:1].isupper()):
        return []
    tokens = []
    people = _person_tokens(doc)
    while i < len(doc) and doc[i].text not in (",", ";", ".", "(", ":") and not doc[i].is_space \
            and doc[i].lower_ not in ("who", "which", "whose") and doc[i].pos_ != "VERB":
        if i in people:  # "Jared Kushner, Treasury Secretary Steven Mnuchin": a list of people
            return []
        tokens.append(doc[i])
        i += 1
    if any(t.text.isupper() and t.is_alpha and len(t.text) > 5 for t in tokens):
        return []  # a transcript's speaker label: "Maia Sandu, SECRETARY BLINKEN: ..."
    vocabulary = gazetteer.vocabulary()
    if len(tokens) >= 3 and all(t.pos_ == "PROPN" and t.lower_ not in vocabulary
                                and not is_title_word(t) for t in tokens[-2:]):
        return []  # "Antony Blinken, Premier Mute Egede, ...": a list of people, not a title
    if len(tokens) >= 2 and is_title_head(tokens[-2]) and tokens[-1].pos_ == "PROPN" \
            and tokens[-1].lower_ not in vocabulary and not is_title_word(tokens[-1]):
        return []  # "Blinken, Ambassador Feltman, ...": the next person, by title and surname
    if i < len(doc) and doc[i].text == "," and tokens:  # "President of CNES, the French ..."
        j = i + 1
        while j < min(len(doc), i + 12) and (doc[j].text[:1].isupper() or doc[j].lower_ in (
                ",", "and", "of", "for", "the", "&")):
            if j in people and j > i + 2:
                return []  # "X, Minister of Environment, Water, and Agriculture Y, ...": a list
            j += 1
        return tokens
    return tokens if i < len(doc) and (doc[i].text in (".", ";") or doc[i].is_space) else []


def _heads_title(token: Token) -> bool:
    if is_title_head(token):
        return True
    return token.lower_ in ("nominee", "member") or any(
        is_title_head(c) for c in token.children if c.dep_ in ("compound", "amod"))


def _cut_clauses(noun: Token, tokens: list[Token], exclude: set[int]) -> list[Token]:
    """Keep the noun phrase: drop relative clauses, participles and what follows a comma."""
    cut = set()
    for t in noun.subtree:
        if t.dep_ in ("relcl", "acl", "advcl", "appos") and t is not noun:
            cut.update(x.i for x in t.subtree)
    kept = [t for t in tokens if t.i not in cut]
    # stop at the first comma after the head (a following apposition or clause)
    out = []
    for t in kept:
        if t.i > noun.i and t.text in (",", ";", "(", "—", "–") and not _inside_of_list(t):
            break
        if t.i < noun.i and t.text in (",", ";") and t.i < min(exclude, default=t.i + 1):
            out = []
            continue
        out.append(t)
    return out


def _inside_of_list(comma: Token) -> bool:
    """A comma inside a title's complement: "Minister of Economy, Trade, and Industry"."""
    doc = comma.doc
    if comma.i + 1 >= len(doc) or comma.i < 1:
        return False
    following = doc[comma.i + 1]
    if following.lower_ == "and":
        following = doc[comma.i + 2] if comma.i + 2 < len(doc) else following
    previous = doc[comma.i - 1]
    return following.text[:1].isupper() and previous.text[:1].isupper() \
        and not is_title_word(following) and following.ent_type_ not in ("PERSON", "GPE") \
        and previous.ent_type_ not in ("GPE", "PERSON")


def _inside_complement(comma: Token) -> bool:
    """A comma between the subjects of a title: "Minister of Economy, Trade, and Industry"."""
    doc = comma.doc
    if comma.i < 1 or comma.i + 2 >= len(doc):
        return False
    following = doc[comma.i + 2] if doc[comma.i + 1].lower_ == "and" else doc[comma.i + 1]
    previous = doc[comma.i - 1]
    return all(t.text[:1].isupper() and not is_title_head(t)
               and t.ent_type_ not in ("PERSON", "GPE") and t.i not in _person_tokens(doc)
               for t in (previous, following))


def _own_complement(tokens: list[Token]) -> bool:
    """A title phrase with its own complement ("Assistant to the President")."""
    return any(t.lower_ in ("to", "of", "for", "at") for t in tokens[1:])


def _split_coordinated(doc: Doc, tokens: list[Token]) -> list[list[Token]]:
    """'Chairman and CEO of East West Bank' -> two titles sharing 'of East West Bank'."""
    if not tokens:
        return []
    for k, t in enumerate(tokens):
        if t.lower_ == "and" and 0 < k < len(tokens) - 1 and is_title_head(tokens[k - 1]) \
                and is_title_head(tokens[k + 1]):
            tail_start = k + 2
            while tail_start < len(tokens) and tokens[tail_start].lower_ not in ("of", "at", "for"):
                tail_start += 1
            first = tokens[:k] + tokens[tail_start:]
            if _own_complement(tokens[:k]) or tail_start + 1 < len(tokens) and \
                    gazetteer.title(span_text(doc, tokens[k + 1:tail_start + 2])) is not None:
                first = tokens[:k]  # "Assistant to the President and Chief of Staff to ...":
                # the first has its own complement; "of Staff" belongs to a title we know
            second = tokens[k + 1:]
            return [first, second]
    return [tokens]


