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
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import gazetteer
from kg.extract import register
from kg.extract.evidence import in_question, sentence_evidence, text_of
from kg.extract.mentions import Analysis, PersonMention, analyse, person_country_code
from kg.model import AGREEMENT, COUNTRY, ORGANIZATION, AgreementAction, Entity
from kg.names import fold

UNITED_STATES = "United States"
#: Head nouns of described (lower-case) agreements: "a normalization agreement", "a trade deal".
DESCRIBED_HEADS = frozenset({
    "agreement", "agreements", "accord", "accords", "treaty", "treaties", "memorandum",
    "mou", "moa", "arrangement", "declaration", "convention", "protocol", "pact",
    "charter", "compact", "deal", "statute",
})
#: Words that make a list of countries the parties of an agreement named beside them.
MEMBERSHIP_NOUNS = frozenset({"signatories", "signatory", "members", "member", "parties",
                              "participants", "signers", "nations", "countries", "states"})
#: Of those, the ones that say membership by themselves near a name ("the other signatories of
#: the Artemis Accords are ..."); "countries" only where the name modifies it ("Framework
#: countries"), not beside it ("all OSCE countries, including Russia, pledged ...; the Charter").
MEMBERS = MEMBERSHIP_NOUNS - {"nations", "countries", "states"}
#: Of those, the ones that say the listed countries signed it ("the other signatories of the
#: Artemis Accords are ..."); members, participants or "the Framework countries" are listed as
#: having joined it ("Current members of the Global Partnership ... are", "The Mekong-U.S.
#: Partnership includes": round 17 judged such a list read as `sign` partly).
SIGNERS = frozenset({"signatories", "signatory", "signers"})
#: Verbs through which a noun of action passes its doer: "the US and Japan announced the
#: launch of ..." (but not "welcomed the signing of ...": the welcomer is no party).
DOING_VERBS = frozenset({"begin", "start", "continue", "complete", "conclude", "announce",
                         "pursue", "resume", "undertake", "finalize", "launch", "hold", "lead", "initiate",
                         "reaffirm", "renew", "underline", "reiterate", "affirm", "make",
                         "deepen", "strengthen", "advance", "accelerate", "expand", "discuss",
                         "review", "engage"})
#: Prepositions of a name's tail: "Memorandum of Understanding", "Treaty on the ...".
TAIL_PREPOSITIONS = ("of", "on", "for", "concerning", "to", "against")
TAIL_LINKS = ("of", "on", "and", "for", "in", "to", ",", "the", "&", "-")
PLURAL_REFERENCES = re.compile(
    r"\b(?:the two|both|our two|our|the) (?:countries|nations|governments|sides|neighbors|"
    r"neighbours|leaders|parties|delegations)\b", re.I)
WE = frozenset({"we", "us", "our"})
#: Action words that act only as verbs ("issued a Joint Declaration", not "labor issues").
VERBS_ONLY = frozenset({"issue", "release", "host", "chair", "offer",
                        "sign", "seal", "advance", "exit", "leave", "enter", "reach"})
#: Prepositions that place an action in time or at a venue: the agreement is not acted on.
VENUE_PREPOSITIONS = frozenset({"during", "at", "after", "before", "since", "within", "ahead",
                                "following", "amid", "despite", "as", "like", "by",
                                "outside", "beyond", "alongside", "besides", "via"})
#: Documents of one government that a headline's verb may act on instead of the agreement
#: named after them ("Signing of an Executive Order on Project Labor Agreements").
DOMESTIC_DOCUMENTS = frozenset({"order", "bill", "act", "proclamation", "memorandum", "law",
                                "legislation", "executive", "h.r.", "s."})
#: Other governments acting with the United States: "Together with many governments at this
#: ministerial, we launched the Mineral Supply Partnership".
CO_ACTORS = re.compile(r"\b(?:with|alongside|and)\b(?:\W+\w+){0,4}?\W+(?:governments|countries|"
                       r"partners|nations|allies|leaders)\b", re.I)
#: Prepositions whose objects act with the subject: "signed with Japan", "signed by", "launched
#: ... alongside seven coalition countries".
PARTY_PREPOSITIONS = frozenset({"with", "between", "by", "among", "alongside"})
#: Nouns an adjective of nationality may modify without making the country a party: "an American
#: company", "Indian students".
NOT_PARTIES = frozenset({"company", "companies", "firm", "firms", "business", "businesses",
                         "citizen", "citizens", "national", "nationals", "investor", "investors",
                         "student", "students", "researchers", "people", "workers", "farmers",
                         "industry", "producers", "exporters", "consumers", "media",
                         # and support given from outside: "between Israel and Jordan with
                         # Emirati and American backing and investment"
                         "backing", "support", "funding", "financing", "assistance", "investment",
                         "investments", "help", "mediation", "facilitation"})
ORDINALS = re.compile(r"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)+", re.I)
#: How often each way of finding an action was right (all fields: parties complete, action and
#: name): on my reading of 1,106 corpus items outside the gold (dev600, val400, agr800) a
#: headline's "A and B Sign ..." 4 of 4, a named bilateral dialogue 28 of 32, a verb 46 of 69, a
#: noun 18 of 29, a list of signatories 1 of 3; the blind judges were stricter (rounds 4-6: a
#: verb 13 of 35, a noun 5 of 11, mostly a co-party left out), so verbs and nouns claim less.
#: A list of members was judged right 1 time in 5 (rounds 1-17: a member the gazetteer does not
#: know left out, "the Lao PDR"; a name cut short; joining read as signing), so it claims less.
CONFIDENCE = {"verb": 0.55, "noun": 0.5, "title": 0.85, "list": 0.5, "anaphor": 0.5,
              "described": 0.5, "weak": 0.55, "bilateral": 0.85, "planned": 0.5,
              "members": 0.4, "generic": 0.45}
#: Prepositions that set a done act as the frame of a later one: "with the conclusion of".
FRAME_PREPOSITIONS = frozenset({"with", "after", "since", "following", "under", "through",
                                "given", "despite", "upon", "because", "thanks"})
#: Verbs of taking up an opportunity, which is then not ahead: "took the opportunity to sign".
SEIZED = frozenset({"welcome", "take", "seize", "use", "appreciate", "have", "enjoy"})
#: Verbs by which one side takes the lead in talks, a fact of its own ("led the negotiation of").
LEADING = frozenset({"lead", "chair", "spearhead", "head"})
#: Actions that, put ahead ("will sign", "will co-chair the next round of"), are only proposed.
PROPOSED_WHEN_PLANNED = frozenset({"sign", "join", "ratify"})
#: Words of drafting an agreement, which negotiate it ("we've been developing an Indo-Pacific
#: Economic Framework", "the development of an ... Framework"); an instrument drafted under its
#: kind alone names none yet ("HUD is developing a Memorandum of Understanding with a trust"),
#: and a partnership, dialogue or initiative developed is a relationship deepened, no act on it
#: ("will continue developing the ... Strategic Partnership").
DRAFTING = frozenset({"develop", "development"})
RELATIONSHIPS = frozenset({"partnership", "dialogue", "initiative"})


@dataclass(frozen=True)
class Words:
    """The grammar's lexicon, read from `kg/data/agreement_words.tsv`."""

    heads: dict[str, str]
    actions: dict[str, str]
    after: frozenset[str]
    before: frozenset[str]
    requests: frozenset[str]
    intentions: frozenset[str]
    hedges: frozenset[str]
    negations: frozenset[str]
    parts: frozenset[str]
    violations: frozenset[str]
    regions: frozenset[str]
    future: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    ability: frozenset[str] = frozenset()
    agree: frozenset[str] = frozenset()
    later: frozenset[str] = frozenset()
    ongoing: frozenset[str] = frozenset()
    reactions: frozenset[str] = frozenset()
    restore: frozenset[str] = frozenset()
    prospects: frozenset[str] = frozenset()
    background: frozenset[str] = frozenset()
    supports: frozenset[str] = frozenset()
    work: frozenset[str] = frozenset()
    needs: frozenset[str] = frozenset()
    keep: frozenset[str] = frozenset()
    talk: frozenset[str] = frozenset()
    aims: frozenset[str] = frozenset()
    obligations: frozenset[str] = frozenset()
    new: frozenset[str] = frozenset()
    mutual: frozenset[str] = frozenset()
    phrasal: dict[str, str] | None = None


@lru_cache(maxsize=1)
def words() -> Words:
    rows: dict[str, dict[str, str]] = defaultdict(dict)
    path = Path(__file__).resolve().parent.parent / "data" / "agreement_words.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        role, word, value = (line.split("\t") + ["", ""])[:3]
        rows[role][word.strip()] = value.strip()
    return Words(heads=rows["head"], actions=rows["action"],
                 after=frozenset(rows["after"]), before=frozenset(rows["before"]),
                 requests=frozenset(rows["request"]), intentions=frozenset(rows["intention"]),
                 hedges=frozenset(rows["hedge"]), negations=frozenset(rows["negation"]),
                 parts=frozenset(rows["part"]), violations=frozenset(rows["violation"]),
                 regions=frozenset(rows["region"]), future=frozenset(rows["future"]),
                 times=frozenset(rows["time"]), later=frozenset(rows["later"]),
                 agree=frozenset(rows["agree"]), ability=frozenset(rows["ability"]),
                 prospects=frozenset(rows["prospect"]),
                 ongoing=frozenset(rows["ongoing"]), reactions=frozenset(rows["reaction"]),
                 restore=frozenset(rows["restore"]), background=frozenset(rows["background"]),
                 supports=frozenset(rows["support"]), work=frozenset(rows["work"]),
                 needs=frozenset(rows["need"]), keep=frozenset(rows["keep"]),
                 talk=frozenset(rows["talk"]), aims=frozenset(rows["aim"]),
                 obligations=frozenset(rows["obligation"]), new=frozenset(rows["new"]),
                 mutual=frozenset(rows["mutual"]), phrasal=rows["phrasal"])


#: A headline's verbs (present tense), which no agreement's name holds before its head word.
HEADLINE_NAME_STOPS = frozenset(
    form for verb in ("announce", "sign", "launch", "welcome", "join", "rejoin", "celebrate",
                      "release", "adopt", "endorse", "renew", "extend", "conclude",
                      "hold", "host", "convene", "commit", "finalize", "unveil", "deliver",
                      "reaffirm", "ratify", "withdraw", "reach")
    for form in (verb, verb + "s", verb + "es"))


def _name_patterns() -> list[list[dict]]:
    """Token patterns of agreement names: capitalised words (with hyphens and "and") before a
    capitalised head word, an acronym in brackets before the head ("Resilience (CoRe)
    Partnership"), and up to three prepositional tails of capitalised words ("of
    Understanding Concerning Strategic Civil Nuclear Cooperation", "of Peace, Friendship, and
    Navigation")."""
    # a headline capitalises its prepositions: "... Understanding Between the Government of"
    function_words = ["between", "with", "at", "by", "from", "the", "of", "on", "for", "to",
                      "in", "a", "an", "as", "into", "after", "during", "under"]
    # and a headline's verbs: "United States and European Commission Announce | Trans-Atlantic
    # Data Privacy Framework"
    function_words += sorted(HEADLINE_NAME_STOPS)
    cap = {"TEXT": {"REGEX": r"^(?:[A-Z][\w.’'&+-]*|\d[\w+]*|\+)$"},
           "LOWER": {"NOT_IN": function_words}}
    prefix = {"TEXT": {"REGEX": r"^(?:[A-Z][\w.’'&+-]*|\d[\w+]*|\+|-|–|and|&)$"},
              "LOWER": {"NOT_IN": function_words}, "OP": "*"}
    head = {"LOWER": {"IN": sorted(words().heads)}, "TEXT": {"REGEX": r"^[A-Z]"}}
    bracket = [{"ORTH": "("}, {"TEXT": {"REGEX": r"^[A-Z][\w-]*$"}}, {"ORTH": ")"}]
    tail = [{"LOWER": {"IN": list(TAIL_PREPOSITIONS)}}, {"LOWER": "the", "OP": "?"},
            dict(cap, OP="+")]
    link = [{"LOWER": {"IN": list(TAIL_LINKS)}, "OP": "+"}, dict(cap, OP="+")]
    patterns = []
    letter = [dict(cap), {"LOWER": "of"}]  # "Letter of Agreement"
    for before_head in ([], bracket, letter):
        for tails in range(6):
            rest = (tail + link * (tails - 1)) if tails else []
            patterns.append([prefix, *before_head, head, *rest])
    return patterns


_MATCHERS: dict[int, Matcher] = {}


def _matcher(doc: Doc) -> Matcher:
    """The name matcher for the Doc's vocabulary (built once per pipeline)."""
    matcher = _MATCHERS.get(id(doc.vocab))
    if matcher is None:
        matcher = _MATCHERS[id(doc.vocab)] = Matcher(doc.vocab)
        matcher.add("AGREEMENT_NAME", _name_patterns(), greedy="LONGEST")
    return matcher


@dataclass(frozen=True)
class Mention:
    """One place an agreement is named: the words, the token actions attach to, its name, the
    countries its name gives ("U.S.-Tanzania"), and how it was found."""

    span: Span
    root: Token
    name: str
    head: str
    countries: tuple[str, ...] = ()
    weak: bool = False
    how: str = "name"


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


# --------------------------------------------------------------------------- mentions

def _mentions(doc: Doc) -> list[Mention]:
    """Every agreement mention in reading order: names, known names, acronyms, anaphors
    ("the Agreement"), then described agreements."""
    named = _known_agreements(doc)
    covered = {i for m in named for i in range(m.span.start, m.span.end)}
    for mention in _named_agreements(doc):
        if not covered & set(range(mention.span.start, mention.span.end)):
            named.append(mention)
            covered.update(range(mention.span.start, mention.span.end))
    named.sort(key=lambda m: m.span.start)
    resolved: list[Mention] = []
    acronyms: dict[str, Mention] = {}
    for mention in named:
        if mention.how == "bare":
            previous = next((m for m in reversed(resolved) if m.head == mention.head
                             and m.span.start < mention.span.start), None)
            if previous is None:
                continue
            mention = Mention(mention.span, mention.root, previous.name, previous.head,
                              previous.countries, previous.weak, "anaphor")
        resolved.append(mention)
        acronym = _acronym_after(mention.span)
        if acronym:
            acronyms[acronym] = mention
    resolved += _acronym_mentions(doc, acronyms, covered)
    resolved += _described_agreements(doc, covered, resolved)
    return _one_name_each(sorted(resolved, key=lambda m: m.span.start))


def _same_name_key(name: str) -> str:
    """Two names of one agreement compare equal: "Japan-United States" and "Japan-U.S."."""
    return fold(re.sub(r"\bUnited States(?: of America)?\b|\bUS\b", "U.S.", name))


def _one_name_each(mentions: list[Mention]) -> list[Mention]:
    """One name per agreement in an article: "Japan-United States Clean Energy Partnership" and
    "Japan-U.S. Clean Energy Partnership", "the Roadmap for a Renewed U.S.-Canada Partnership"
    and "the Renewed U.S.-Canada Partnership" are written as the first."""
    first: list[tuple[str, str]] = []
    countries: dict[str, tuple[str, ...]] = {}
    result = []
    for mention in mentions:
        key = _same_name_key(mention.name)
        same = next((name for folded, name in first if folded == key or (
            mention.how == "name" and min(len(key.split()), len(folded.split())) >= 3 and (
                folded.endswith(" " + key) or key.endswith(" " + folded)))), None)
        if mention.name.lower() in GENERIC_NAMES:  # "the Memorandum of Understanding" after
            # "a Memorandum of Understanding in Support of the ... Corridor": that one
            same = next((name for folded, name in reversed(first)
                         if folded.startswith(
                             _same_name_key(GENERIC_NAMES[mention.name.lower()]) + " ")),
                        same)
        if same is not None and same != mention.name:
            # the countries the fuller name gives are this one's too: "a new Defense
            # Cooperation Agreement" under "Opening of U.S.-Denmark Defense Cooperation ..."
            mention = Mention(mention.span, mention.root, same, mention.head,
                              mention.countries or countries.get(same, ()), mention.weak,
                              mention.how)
        elif same is None and mention.how != "described":
            first.append((key, mention.name))
            countries[mention.name] = mention.countries
        result.append(mention)
    return result


def _named_agreements(doc: Doc) -> Iterator[Mention]:
    spans = [doc[start:end] for _, start, end in _matcher(doc)(doc)]
    for span in filter_spans(spans):
        mention = _name_mention(span)
        if mention is not None:
            yield mention


def _name_mention(span: Span) -> Mention | None:
    lex = words()
    heads = [t for t in span if t.lower_ in lex.heads and t.text[:1].isupper()]
    if not heads:
        return None
    # the head: the last head word followed by the end of the name or by a tail preposition
    head = next(t for t in reversed(heads) if t.i + 1 == span.end
                or t.nbor().lower_ in TAIL_PREPOSITIONS or t.nbor().text == "(" or
                t.i == heads[0].i)
    start = max(span.start, head.sent.start)
    for t in span[: head.i - span.start]:
        if (t.i >= start and (t.pos_ in ("VERB", "AUX") or t.tag_ == "POS" or t.text in "’'"
                              or (_action_word(t.lower_) and _in_title(t))
                              or t.ent_type_ in ("PERSON", "DATE", "TIME")
                              or t.lower_ in ("and", "&") and _is_country_before(t))):
            start = t.i + 1
    end = _tail_end(span, head)
    while start < head.i and span.doc[start].text in ("-", "–", "and", "&", "+"):
        start += 1
    words_ = span.doc[start:end]
    if start > head.i or not len(words_):
        return None
    after = span.doc[end] if end < len(span.doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in lex.after:
        return None  # "North Atlantic Treaty Organization", "... Partnership for Peace Act"
    if head.i > start and _domestic_kind(span.doc, head):
        return None  # "Presidential Memorandum", "Disaster Declaration"
    head_word = _singular(head.lower_)
    if not _names_instrument(words_, head):
        return None
    if head.lower_ == "charter" and any(t.lower_ in lex.after for t in words_):
        return None  # "the Charter of the Cultural Property Advisory Committee"
    if words_[0].lower_ == "the" and len(words_) > 1:
        words_ = words_[1:]
    if len(words_) == 1 or (len(words_) == 2 and words_[0].lower_ in ("this", "that")):
        if words_.start > 0 and span.doc[words_.start - 1].lower_ in ("a", "an"):
            name = words_[-1].text
            if name.lower() in GENERIC_NAMES:  # "an MOU on health cooperation"
                name = _with_subject(name, head, words_.end)
            return Mention(words_, head, name, head_word)  # "signed an MOU"
        return Mention(words_, head, words_[-1].text, head_word, how="bare")
    name = _name_of(words_.text)
    if not name:
        return None
    if name.lower() in GENERIC_NAMES:
        name = _with_subject(name, head, words_.end)
    prefix = span.doc.text[words_.start_char:head.idx] if head.i > words_.start else ""
    # actions attach to the head word, or to the name's own root ("Letter of Agreement")
    root = head if not words_.start <= head.head.i < words_.end else words_.root
    return Mention(words_, root, name, head_word, _name_countries(prefix),
                   lex.heads[head.lower_] == "weak")


#: Names that say only what kind of instrument it is: the text's subject is added to them.
GENERIC_NAMES = {"memorandum of understanding": "Memorandum of Understanding",
                 "mou": "Memorandum of Understanding", "moa": "Memorandum of Agreement",
                 "memorandum of agreement": "Memorandum of Agreement",
                 "letter of intent": "Letter of Intent", "agreement": "Agreement",
                 "joint declaration": "Joint Declaration", "arrangement": "Arrangement"}
#: Names that are only an instrument's kind, as the judges found them too vague to tell which
#: one was meant (rounds 1-16: "MOU", "Memorandum of Understanding", "Interagency Agreement").
BARE_KINDS = frozenset({"memorandum of cooperation", "memorandum", "interagency agreement",
                        "accord", "letter of agreement"})


def _bare_kind(name: str) -> bool:
    """Whether an agreement's name is only its kind ("MOU", "Memorandum of Cooperation")."""
    return name.lower() in GENERIC_NAMES or name.lower() in BARE_KINDS


#: Prepositions introducing an instrument's subject: "an MOU on health cooperation".
SUBJECT_PREPOSITIONS = ("on", "concerning", "regarding", "for", "against")


def _with_subject(name: str, head: Token, end: int) -> str:
    """A generic name with the subject the text gives it: "MOU on nuclear cooperation",
    "Memorandum of Understanding between A and B on energy" -> "Memorandum of Understanding on
    nuclear cooperation", "Memorandum of Understanding on energy"."""
    doc = head.doc
    holders = list(doc[min(head.i, head.head.i if head.head.i < end else head.i):end])
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ != "prep" or prep.lower_ not in SUBJECT_PREPOSITIONS or prep.i < end:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or objects[0].ent_type_ in ("DATE", "TIME", "GPE", "PERSON", "NORP",
                                                   "ORG", "CARDINAL"):
            continue
        obj = objects[0]
        first = min((c.i for c in obj.children if c.dep_ in ("amod", "compound", "nmod")
                     and c.i < obj.i), default=obj.i)
        if obj.i - first > 4 or obj.pos_ not in ("NOUN", "PROPN") or \
                any(not t.is_alpha and t.text not in "-" for t in doc[first:obj.i + 1]):
            continue
        subject = doc[first:obj.i + 1].text
        return f"{GENERIC_NAMES.get(name.lower(), name)} {prep.lower_} {subject}"
    return name


def _tail_end(span: Span, head: Token) -> int:
    """Where the name ends: its tail stops before a date, a person, a place after "for"/"in"
    ("signed the Accords for Japan") and before a second name joined by "and"."""
    end = span.end
    lex = words()
    i = head.i + 1
    segment_start = i
    while i < span.end:
        t = span.doc[i]
        if t.text == "," and i + 1 < span.end and (span.doc[i + 1].lower_ == "the" or
                                                   span.doc[i + 1].ent_type_ == "GPE"):
            return i  # "the Memorandum of Understanding, the United States and ..."
        if t.lower_ in TAIL_LINKS or t.lower_ in TAIL_PREPOSITIONS:
            if segment_start < i and t.lower_ not in ("the",):
                segment_start = i
            i += 1
            continue
        if (t.ent_type_ in ("DATE", "TIME", "PERSON") and not t.like_num) or (
                _in_title(t) and _action_word(t.lower_)):  # "... Ocean Enters into Force"
            return segment_start if segment_start > head.i + 1 else head.i + 1
        if span.doc[segment_start].lower_ in ("and", ",", "&") and (
                t.lower_ in lex.heads or re.match(r"^[A-Z][\w.]*[-–][A-Z]", t.text)):
            return segment_start  # "... Dialogue on China and U.S.-EU Indo-Pacific Consultations"
        i += 1
    # a last segment naming only a place after "for"/"in"/"with" is not part of the name
    link = span.doc[segment_start] if segment_start < end else None
    if link is not None and link.lower_ in ("for", "in", "with", "and", ","):
        rest = [t for t in span.doc[segment_start:end] if t.lower_ not in TAIL_LINKS]
        if rest and all(t.ent_type_ in ("GPE", "NORP", "PERSON", "DATE") for t in rest):
            end = segment_start
    while end > head.i + 1 and span.doc[end - 1].lower_ in TAIL_LINKS:
        end -= 1
    return end


def _names_instrument(span: Span, head: Token) -> bool:
    """A "Declaration" or "Memorandum" names an instrument only with a subject ("Declaration on
    Migration", "Memorandum of Understanding") or as a joint one; "Joint Declaration",
    "Los Angeles Declaration on ..." are, "Disaster Declaration" is not."""
    if head.lower_ not in ("declaration", "memorandum"):
        return True
    nxt = head.nbor() if head.i + 1 < span.end else None
    before = span.doc[head.i - 1] if head.i > span.start else None
    # "Memorandum on Advancing ..." is a president's; "Memorandum of Understanding" is agreed
    subjects = ("of", "concerning") if head.lower_ == "memorandum" else (
        "on", "of", "for", "concerning", "against")
    return (nxt is not None and nxt.lower_ in subjects) or (
        before is not None and before.lower_ == "joint")


def _verb_forms(word: str) -> list[str]:
    """The lemmas a headline's verb form may have: "signs", "signed", "signing" -> "sign"."""
    forms = [word]
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[:-len(ending)])
    return forms


HEADLINE_VERBS = frozenset({"sign", "join", "rejoin", "ratify", "withdraw", "launch",
                            "negotiate", "conclude", "finalize", "implement", "endorse",
                            "accede", "establish", "renew", "propose", "enter", "hold",
                            "convene", "host"})


def _action_word(word: str) -> bool:
    """Whether a capitalised word is a headline's verb ("Sign", "Joins", "Signed")."""
    return any(f in HEADLINE_VERBS for f in _verb_forms(word))


def _is_country_before(token: Token) -> bool:
    """Whether the words before "and" in a headline are a country: "United States and Ghana"."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.ent_type_ in ("GPE", "NORP") and \
        gazetteer.country(previous.text) is not None


#: Prefixes that a hyphen joins into one word: "Inter-American", "Trans-Pacific", "Pan-African".
BOUND_PREFIXES = frozenset({"inter", "intra", "trans", "pan"})


def _name_countries(prefix: str) -> tuple[str, ...]:
    """Countries a name's words give: "U.S.-Tanzania", "Japan-United States", "U.S.-Algerian"."""
    parts = [p.strip() for p in re.split(r"\s*[-–]\s*", prefix.strip())]
    if len(parts) < 2 or any(p.split()[-1:] and p.split()[-1].lower() in BOUND_PREFIXES
                             for p in parts[:-1]):
        return ()  # "Inter-American Democratic Charter": a word of the Americas, no two sides
    found = []
    for k, part in enumerate(parts):
        tokens = part.split()
        candidates = []
        if k > 0:
            candidates += [" ".join(tokens[:n]) for n in (5, 4, 3, 2, 1) if len(tokens) >= n]
        if k < len(parts) - 1:
            candidates += [" ".join(tokens[-n:]) for n in (3, 2, 1) if len(tokens) >= n]
        for candidate in candidates:
            country = gazetteer.country(candidate, capitals=False)
            org = None if country else gazetteer.organization(candidate)
            if country or (org is not None and not org.country):
                found.append(country.name if country else org.name)  # "U.S.-EU", "U.S.-OIC"
                break
    return tuple(dict.fromkeys(found))


def _in_title(token: Token) -> bool:
    """Whether the token is in the article's title line (the Doc is title, blank line, body)."""
    doc = token.doc
    end = doc.user_data.get("kg.title_end")
    if end is None:
        cut = text_of(doc).find("\n\n")
        end = doc.user_data["kg.title_end"] = cut if cut >= 0 else 0
    return token.idx < end


def _singular(word: str) -> str:
    return {"accords": "accord", "agreements": "agreement", "treaties": "treaty",
            "protocols": "protocol", "compacts": "compact", "mou": "memorandum",
            "partnerships": "partnership"}.get(word, word)


def _acronym_after(span: Span) -> str | None:
    """The acronym in brackets right after a name: "... Cooperation (NCMOU)"."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        word = doc[span.end + 1].text
        if re.fullmatch(r"[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*", word) and len(word) <= 12:
            return word
    return None


def _acronym_mentions(doc: Doc, acronyms: dict[str, Mention], covered: set[int]
                      ) -> list[Mention]:
    found = []
    for token in doc:
        mention = acronyms.get(token.text)
        if mention is None or token.i in covered or token.i <= mention.span.end + 1:
            continue
        found.append(Mention(doc[token.i:token.i + 1], token, mention.name, mention.head,
                             mention.countries, mention.weak, "acronym"))
    return found


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern:
    names = gazetteer.agreement_names()
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _known_agreements(doc: Doc) -> list[Mention]:
    """Agreements the gazetteer knows, by any name or acronym ("the JCPOA", "USMCA")."""
    found = []
    for match in _known_pattern().finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        head = next((t for t in reversed(span) if t.lower_ in words().heads), span.root)
        found.append(Mention(span, span.root, match.group(0), _singular(head.lower_),
                             how="known"))
    return found


def _described_agreements(doc: Doc, covered: set[int], named: list[Mention]
                          ) -> list[Mention]:
    """Lower-case agreements: "a normalization agreement", "the safe third country agreement";
    "the agreement" alone stands for the last agreement of that head named before it."""
    found = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.i in covered:
            continue
        if root.lower_ == "dialogue":
            continue  # "convened this high-level dialogue between the AU and the US", "NATO
            # hosted its first-ever high-level dialogue": a dialogue in lower case is an event
            # (both judged blind in rounds 8 and 10 were)
        if root.lower_ not in DESCRIBED_HEADS:
            continue
        if root.lower_ == "deal" and root.i + 1 < len(doc) and doc[root.i + 1].lower_ == "of":
            continue  # "a great deal of stress"
        if root.i > chunk.start and _domestic_kind(doc, root):
            continue  # "a U.S. Government grant or cooperative agreement": domestic
        if any(t.lower_ == "own" for t in chunk):
            continue  # "left the Russian market on their own accord": an idiom
        if root.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod")
                                          for c in root.children):
            continue  # "upholding arms control agreements": a kind, not an agreement acted on
        kept = [t for t in chunk if (t.dep_ not in ("det", "poss", "case", "nummod", "advmod")
                                     or _joined_number(t))
                and t.pos_ not in ("VERB", "ADV")  # "the recently signed security agreement"
                and t.lower_ not in ("such", "proposed", "new", "any", "this", "that", "our",
                                     "potential", "possible", "“", "”", '"', "historic",
                                     "landmark", "important", "bilateral", "final")]
        determiner = chunk[0].lower_ if len(chunk) else ""
        if len(kept) < 2 or all(t.lower_ in DESCRIBED_HEADS for t in kept) or (
                determiner in ("this", "that") and all(t.pos_ == "ADJ" for t in kept
                                                       if t.i != root.i)):
            if determiner in ("the", "this") and root.text.islower() and all(
                    t.pos_ == "ADJ" for t in kept if t.i != root.i):
                previous = next((m for m in reversed(named) if m.span.start < root.i
                                 and m.head == _singular(root.lower_) and m.how != "described"
                                 and root.sent.start - m.span.sent.start < 400), None)
                if previous is not None:
                    found.append(Mention(doc[root.i:root.i + 1], root, previous.name,
                                         previous.head, previous.countries, previous.weak,
                                         "anaphor"))
                    continue
            signed = _signed_instrument(chunk)
            if signed is not None:
                found.append(signed)
            continue
        span = doc[kept[0].i:kept[-1].i + 1]
        if root.lower_ in ("declaration", "memorandum") and not _names_instrument(
                doc[span.start:min(root.i + 3, len(doc))], root):
            continue
        name = _name_of(span.text)
        if all(t.pos_ == "ADJ" for t in kept if t.i != root.i):  # "an international treaty
            name = _with_subject(name, root, root.i + 1)  # against child labor"
        found.append(Mention(span, root, name, _singular(root.lower_),
                             _name_countries(span.text.split(root.text)[0]), how="described"))
    return found


def _domestic_kind(doc: Doc, head: Token) -> bool:
    """Whether the word before the head makes the instrument a domestic or presidential one
    ("Presidential Memorandum"; "a grant or cooperative agreement", but not "Asylum Cooperative
    Agreements" or "a cooperative arrangement" with the OAS)."""
    before = doc[head.i - 1]
    if before.lower_ not in words().before:
        return False
    return before.lower_ != "cooperative" or any(  # "signed a cooperative arrangement with
        t.lower_ in ("grant", "grants") for t in doc[max(0, head.i - 4):head.i])  # the OAS"


def _joined_number(token: Token) -> bool:
    """A number joined by a hyphen to the next word: "a 5-year agreement"."""
    doc = token.doc
    return token.like_num and not token.whitespace_ and token.i + 1 < len(doc) and \
        doc[token.i + 1].text == "-"


#: Lower-case instruments that, signed, are one whatever their subject: "signed a memorandum of
#: understanding to establish ...", "concluded an agreement on natural gas".
SIGNED_GENERIC = {"agreement": "Agreement", "memorandum": "Memorandum", "mou": "Memorandum of "
                  "Understanding", "arrangement": "Arrangement", "accord": "Accord"}


def _signed_instrument(chunk: Span) -> Mention | None:
    """An instrument the text names only by its kind, as the object of a verb of signing: "the
    governments of the United States and Mexico signed a memorandum of understanding to ...",
    "Egypt, Israel, and the EU have concluded an agreement on natural gas" (its name is the kind
    and the subject; the action's parties must then include another country, which `_facts_for`
    asks of every described agreement)."""
    root, doc = chunk.root, chunk.doc
    if root.lower_ not in SIGNED_GENERIC or root.dep_ not in ("dobj", "nsubjpass") or \
            _lemma_action(root.head) != "sign" or _aimed_at(root.head) or \
            root.head.lemma_.lower() == "reach":  # "reach an agreement" is often a hope
        return None
    end = root.i + 1
    name = SIGNED_GENERIC[root.lower_]
    if root.lower_ == "memorandum":
        tail = doc[end:end + 2]
        if len(tail) < 2 or tail[0].lower_ != "of" or tail[1].lower_ not in (
                "understanding", "agreement", "cooperation", "intent"):
            return None  # "signed a memorandum" alone may be a president's
        name, end = f"Memorandum of {tail[1].lower_.capitalize()}", end + 2
    named = _with_subject(name, root, end)
    if named == name and not name.startswith("Memorandum of"):
        return None  # "signed an agreement, making India a full partner": a bare "Agreement"
        # tells an analyst nothing (a memorandum of understanding is a kind of instrument)
    return Mention(doc[chunk.start:end], root, named, _singular(root.lower_), how="described")


def _name_of(text: str) -> str:
    """An agreement's name from the words that name it: no quotes, ordinals ("the Seventh"),
    full stop, leading determiner or bracketed acronym (kg.names keeps the general rules)."""
    text = text.replace("“", "").replace("”", "").replace('"', "")
    text = ORDINALS.sub("", text.strip())  # "the Seventh U.S.-Thailand Strategic Dialogue"
    text = re.sub(r"(?<![A-Z])\.$", "", text.strip())  # the sentence's full stop, not "U.S."
    text = re.sub(r"^(?:the|a|an|our|their|its|this|that|these|both)\s+", "", text.strip(),
                  flags=re.I)  # "Our U.S.-DRC Privileged Partnership" at a sentence's start
    text = re.sub(r"\s*\([^)]*\)?$", "", text)
    return " ".join(text.split())


# --------------------------------------------------------------------------- facts

def _facts_for(doc: Doc, doc_id: str, mention: Mention,
               countries: list[str]) -> Iterator[AgreementAction]:
    agreement = Entity(mention.name, AGREEMENT)
    action, governor = _action(mention.root)
    how = "verb" if governor is not None and governor.pos_ != "NOUN" else "noun"
    if how == "noun" and action not in (None, "discuss") and _talked_about(governor):
        action = "discuss"  # "discussed the status of JCPOA negotiations": talk about a step
    elif how == "verb" and action == "sign" and _aimed_at(governor):
        action = "negotiate"  # "the EU-facilitated Dialogue to reach a ... agreement": a goal
    if action == "discuss" and mention.head == "dialogue":
        action = "implement"  # "discussion of threat assessment ... in the Japan-U.S. Cyber
        # Dialogue", "this round of USASD discussions": talks in a dialogue are holding it
    if how == "verb" and _reacts(governor) and mention.root.dep_ == "pobj" \
            and mention.root.head.head == governor:
        return  # "President Biden commended Bahrain's expanded ties with Israel through the
        # Abraham Accords": the one praising takes no part in it
    if governor is not None and governor.lemma_.lower() in DRAFTING and (
            mention.name.lower() in GENERIC_NAMES or mention.head in RELATIONSHIPS):
        return
    if action is None and _reciprocal_return(mention, None):
        action, governor = "negotiate", mention.root.head.head  # "return to the JCPOA as
        # long as Iran does so": the two sides' negotiation of it, as a mutual return is
    if action is None and _in_title(mention.root):
        action, governor = _title_action(mention)
        how = "title"
    if action is None and mention.weak and len(mention.countries) >= 2 and \
            mention.head == "dialogue" and mention.how == "name":
        # "the U.S.-Armenia Strategic Dialogue": a named bilateral dialogue is one both hold
        # (20 of 22 right in the blind checks); a named partnership only mentioned ("celebrated
        # the strength of the U.S.-Vietnam Comprehensive Partnership") is the relationship, not
        # an act on it (5 of 14 right), so it needs a verb or noun of action
        planned, ongoing = _planned(mention, None)
        yield AgreementAction(parties=tuple(_party(c) for c in mention.countries),
                              agreement=agreement,
                              action="propose" if planned and not ongoing and
                              _new_dialogue(mention) else "implement",
                              hedged=planned,
                              evidence=sentence_evidence(
                                  doc_id, mention.span, "agreements.bilateral",
                                  CONFIDENCE["planned" if planned else "bilateral"]))
        return
    if action is None:
        between = _between(mention.root) if mention.how != "described" else []
        if len(between) >= 2:  # "AUKUS, the ... partnership between Australia, the UK and the US"
            # a partnership or dialogue between two is one they carry on ("the growing Major
            # Defense Partnership between the United States and India"); an instrument is signed
            action = "implement" if mention.weak or _in_terms_of(mention.root) else "sign"
            # (cooperation "pursuant to the Agreement ... between A and B" carries it out)
            planned, ongoing = _planned(mention, None) if mention.head == "dialogue" \
                else (False, False)
            if planned and not ongoing and _new_dialogue(mention):
                action = "propose"
            yield AgreementAction(parties=tuple(between), agreement=agreement, action=action,
                                  hedged=planned,  # "the next annual Strategic Dialogue between
                                  # Saudi Arabia and the United States to be held ...": ahead
                                  evidence=sentence_evidence(doc_id, mention.span,
                                                             "agreements.between",
                                                             CONFIDENCE["list"]))
            return
        parties = _member_countries(mention)
        near = mention.span.doc[max(mention.span.sent.start, mention.span.start - 6):
                                min(mention.span.sent.end, mention.span.end + 6)]
        if len(parties) >= 3 and (not mention.weak or _international(mention.name)) and (
                _members_of(mention.root) or any(
                t.lower_ in MEMBERS and not t.ent_type_ for t in near)) and \
                not _negated(mention.root):  # "in violation of the UN Charter"
            # the nations of an instrument signed it ("The twenty nations of the Artemis
            # Accords"), the members of a partnership or framework joined it
            signed = not mention.weak or any(t.lower_ in SIGNERS for t in mention.span.sent)
            yield AgreementAction(parties=tuple(Entity(p, COUNTRY) for p in parties),
                                  agreement=agreement, action="sign" if signed else "join",
                                  evidence=sentence_evidence(doc_id, mention.span,
                                                             "agreements.list",
                                                             CONFIDENCE["members"]))
        return
    if how == "title":
        parties = [Entity(c, COUNTRY) for c in _title_countries(mention, governor)]
        if parties:  # "The United States and the African Union Commission Sign ..."
            parties += _title_organizations(mention.span.doc[mention.span.sent.start:governor.i])
    else:
        guessed: list[Entity] = []
        parties = _parties(doc, governor, mention.root, countries, guessed,
                           own=action == "ratify")
        if parties and mention.countries and all(p in guessed for p in parties):
            parties = []  # "They ... through the U.S.-EU Dialogue": its name says who
        if parties == [] and _told_of_a_person(governor):
            return  # "She has been deeply involved in many trade negotiations, including the
            # EU-Mercosur Trade Agreement": a biography's list, no party acting
    if parties is None:
        return
    if action == "ratify" and not parties:
        return  # "our parliament ratified the ... agreement between our two countries": the
        # speaker's country alone, unnamed here
    if not parties and how != "title" and _in_title(mention.root) and \
            governor.i < mention.span.start:  # "President Biden and G7 Leaders Launch the ..."
        parties = [Entity(c, COUNTRY) for c in _title_countries(mention, governor)]
    if action in ("sign", "join") and _looked_forward(governor):
        action = "propose"  # "look forward to launching": proposed, not yet done
    named = [_party(c) for c in mention.countries]
    before = doc[mention.span.start - 1] if mention.span.start else None
    if not named and (parties or mention.how == "name") and before is not None and \
            before.lower_ == "bilateral":  # not "X and Y signing a bilateral security pact"
        named = _two_sides(doc, countries)  # "a bilateral ... Dialogue"
    if action == "sign" and parties:
        parties, cosigner_unknown = _title_signers(mention, parties)
    else:
        cosigner_unknown = False
    if named and (not parties or set(parties) & set(named) or
                  parties == [Entity(UNITED_STATES, COUNTRY)]) and \
            (parties or len(named) >= 2 or "-" in mention.name or "–" in mention.name):
        # a name of two sides gives its parties ("United States-Caribbean Partnership"); one
        # country the name is about acts in no passive ("When the Iran deal was implemented")
        parties = list(dict.fromkeys(parties + named))
    mutual = _mutual_return(mention) or _mutual_aside(mention, governor) or \
        _reciprocal_return(mention, governor)
    if mutual and not parties:  # "We remain committed to exploring a mutual return to
        parties = _mutual_sides(mention, parties, countries)  # compliance with the JCPOA"
    if not parties:
        return
    if (mention.weak or mention.how == "described") and not mention.countries and all(
            p.name == UNITED_STATES for p in parties) and not _co_actors(mention) and \
            not _international(mention.name):
        return  # "the Manufacturing Extension Partnership", "a consent agreement between the
        # FDA and Abbott": domestic
    if mention.weak and not mention.countries and len(parties) == 1 and \
            _programme_of(mention) == parties[0].name and not _co_actors(mention):
        return  # "five objectives under the U.S. COVID-19 Global Response and Recovery
        # Framework", "the United States Government's Initiative for Global Vaccine Access": a
        # country's own programme, however global its aim
    if how == "verb" and action == "implement" and len(parties) == 1 and \
            parties[0].name not in mention.countries and _by_way_of(mention.root) and \
            _said_of_us(governor) and not _co_actors(mention):
        return  # "We're doing it regionally, through the Indo-Pacific Economic Framework",
        # "we are fully committed to expanding cooperation through the Abraham Accords": a "we"
        # working through what others share, read as the United States alone (judged partly
        # or wrong three times: the partner the "we" takes in left out, or its own programme);
        # but "the United States will provide ... assistance through the ... Initiative"
    if parties == [Entity(UNITED_STATES, COUNTRY)] and not mention.countries and any(
            c.dep_ == "poss" and c.lower_ in WE for c in mention.root.children):
        return  # "Our 1979 Treaty of Friendship, signed in the early years of your
        # independence", "our commitment to our Mutual Defense Treaty is ironclad": "our"
        # treaty is the speaker's with a partner, whom the United States alone leaves out
    if mention.head == "dialogue" and mention.how == "described" and len(parties) < 2:
        return  # "NATO hosted its first-ever high-level dialogue on climate change": an event
    if mention.weak and len(parties) == 1 and action == "sign" and \
            parties[0].name not in mention.countries and not _co_actors(mention):
        return  # "the United States is launching the European Democratic Resilience Initiative",
        # "Algeria hosted a Joint Military Dialogue": a programme of one, or a partner unnamed
    if mention.how == "described" and mention.root.head.lower_ in ("under", "through"):
        return  # "only through a durable agreement between the Yemeni parties can ...": none yet
    if _between_others(mention.root):
        return  # "a new Memorandum of Understanding between seven federal agencies": domestic
    if how == "noun" and governor.lemma_.lower() in words().obligations and \
            mention.root.dep_ in ("compound", "nmod", "amod") and not _held_by_verb(governor):
        return  # "separate from Iran's JCPOA commitments", "its nonperformance of its JCPOA
        # commitments": commitments named, not kept
    if _demanded(governor):
        return  # "Russia must ... fulfil its commitments in implementing", "the need for swift
        # implementation of": asked for, not reported
    if how == "noun" and action in ("negotiate", "discuss") and len(parties) == 1 and \
            governor.head.lemma_.lower() not in LEADING:
        return  # "completing the JCPOA discussions", "There are ongoing negotiations for the Iran
        # nuclear deal": talks need two sides, and one alone was judged partly (but "The United
        # States led the negotiation of the Agreement" is its own part)
    if mutual and set(parties) & set(_partners(mention.span.sent)):
        return  # "our airtight cooperation with the UK ..., in the context of our joint and shared
        # efforts to achieve a mutual return to compliance with the JCPOA": a partner in the
        # effort, not the other side of the return
    if mutual and _talked_over(mention.root):
        return  # "The two also talked about efforts to achieve a mutual return to full JCPOA
        # implementation with Iran": what is reported is their talk, not the two sides' talks
    if mutual:  # "we are pursuing a mutual return to compliance with the JCPOA": the two sides'
        # negotiation of it; with the other side unnamed, a one-sided fact is only half right
        parties = _mutual_sides(mention, parties, countries)
        if len(parties) < 2:
            return
        action = "negotiate"
    confidence = CONFIDENCE[how]
    if cosigner_unknown:  # "The United States and the African Union Commission Sign ...": the
        confidence = min(confidence, CONFIDENCE["list"])  # other signer is not a known party
    if how != "title" and _bare_kind(mention.name):
        confidence = min(confidence, CONFIDENCE["generic"])  # "signed an MOU", "a Memorandum of
        # Understanding with the Republic of Palau": which one, judged partly four times
    if mention.how in ("anaphor", "described"):
        confidence = min(confidence, CONFIDENCE[mention.how])
    elif mention.weak:
        confidence = min(confidence, CONFIDENCE["weak"])
    hedged = _hedged(governor)
    planned, ongoing = _planned(mention, governor) if not mutual else (False, False)
    if action == "implement" and mention.how == "described" and mention.head != "dialogue" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in mention.root.children):
        planned, ongoing = True, False  # "only through a durable agreement can ...": none yet
    if planned or (hedged and action in PROPOSED_WHEN_PLANNED):
        hedged = True
        confidence = min(confidence, CONFIDENCE["planned"])
        if action in PROPOSED_WHEN_PLANNED or (action == "implement" and not ongoing and (
                (mention.head == "dialogue" and _new_dialogue(mention)) or
                mention.how == "described" or _restored(governor) or _prospective(governor))):
            action = "propose"  # "will sign", "plans to join", "will co-chair the inaugural
            # meeting of"; but "will lead the U.S. delegation to the ... Dialogue": one already
            # held is taken part in (implement, hedged)
    yield AgreementAction(parties=tuple(parties), agreement=agreement, action=action,
                          negated=_negated(governor), hedged=hedged,
                          evidence=sentence_evidence(
                              doc_id, mention.span,
                              f"agreements.{how}" + ("+anaphor" if mention.how == "anaphor" else ""),
                              confidence))


def _mutual_return(mention: Mention) -> bool:
    """Whether the agreement is what both sides would return to: "a mutual return to compliance
    with the JCPOA", "return to mutual compliance with", "mutually return to", "re-enter on a
    mutual basis the JCPOA" (a word of `mutual` on the way from the name up to the word of
    `restore`, or on that word)."""
    lex = words()
    token = mention.root
    for _ in range(6):
        for child in token.children:
            if child.lower_ in lex.mutual or (child.dep_ == "prep" and any(
                    g.dep_ == "pobj" and any(m.lower_ in lex.mutual for m in g.children)
                    for g in child.children)):
                return _returning(token)
            if child.dep_ in ("dobj", "appos") and child.lemma_.lower() in lex.restore and any(
                    m.lower_ in lex.mutual for m in child.children):
                return True  # "to conclude the JCPOA, a mutual return to compliance with it"
        if token.head.i == token.i or token.lemma_.lower() in lex.restore:
            return False
        token = token.head
    return False


#: Dependencies through which a phrase stays part of what a verb above it is about.
ABOUT_PATH = frozenset({"pobj", "prep", "dobj", "compound", "nmod", "amod", "acl", "xcomp",
                        "pcomp", "appos"})


def _talked_over(root: Token) -> bool:
    """Whether the agreement is within what a verb of talk (a verb whose action is `discuss`)
    is about: "talked about efforts to achieve a mutual return to ... JCPOA", "we discussed our
    work to achieve a mutual return to compliance with the ..." (not across clauses: "we've
    discussed this yesterday, but questions about whether Iran would be prepared to ...")."""
    token = root
    for _ in range(10):
        if token.head.i == token.i or token.dep_ not in ABOUT_PATH and not _purpose(token):
            return False
        token = token.head
        if token.pos_ == "VERB" and _lemma_action(token) == "discuss":
            return True
    return False


def _partners(sent: Span) -> list[Entity]:
    """The countries a sentence names as partners in work: "cooperation with the UK",
    "coordination with our European allies" (a "with" on a noun of `work`)."""
    return [party for t in sent if t.dep_ == "prep" and t.lower_ == "with" and
            t.head.lemma_.lower() in words().work for party in _countries_in(t)]


def _purpose(verb: Token) -> bool:
    """Whether a clause is a verb's infinitive of purpose: "discussed our work | to achieve"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)


def _mutual_aside(mention: Mention, governor: Token | None) -> bool:
    """Whether one side's return to the agreement is a step of a mutual return its sentence names
    apart: "a mutual return to compliance – if Iran were to re-enter the JCPOA, if we in turn were
    to re-enter the JCPOA –", "the steps that Iran would need to take were it to ... once again
    abide by its full commitments under the 2015 JCPOA ... should we be able to arrive at a mutual
    return to compliance" (a word of `restore` with a word of `mutual` on it)."""
    if not _returning(governor):
        return False
    lex = words()
    return any(t.lemma_.lower() in lex.restore and any(c.lower_ in lex.mutual for c in t.children)
               for t in mention.span.sent)


#: What the other side is said to do in return: "as long as Iran does so", "assuming that Iran
#: does the same", "if Iran makes that same commitment".
RECIPROCAL_OBJECTS = frozenset({"so", "same"})


def _reciprocal_return(mention: Mention, governor: Token | None) -> bool:
    """Whether one side's return to the agreement is conditioned on the other side's doing the
    same, which makes it a mutual return: "we have a genuine intent to return to the JCPOA as
    long as Iran does so", "we are prepared to return to compliance with the JCPOA, assuming
    that Iran does the same" (a word of `restore` above the name, and in its sentence a clause
    whose subject is a country and whose verb does or makes "so"/"the same")."""
    root = mention.root
    returning = _returning(governor) if governor is not None else (
        root.dep_ == "pobj" and root.head.lower_ in ("to", "into") and
        root.head.head.lemma_.lower() in words().restore)
    if not returning:
        return False
    return any(verb.lemma_.lower() in ("do", "make") and verb.i > root.i and any(
        c.lower_ in RECIPROCAL_OBJECTS or any(g.lower_ == "same" for g in c.children)
        for c in verb.children if c.dep_ in ("dobj", "advmod")) and any(
        c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP") for c in verb.children)
        for verb in mention.span.sent)


def _returning(token: Token | None) -> bool:
    """Whether the action is one to restore, with "re-enter" split by the tokenizer too."""
    return token is not None and (_restored(token) or _split_restore(token))


def _split_restore(token: Token) -> bool:
    """Whether a verb is a word of `restore` the tokenizer split: "re-enter" as "re", "-",
    "enter"."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and \
        f"re-{token.lower_}" in words().restore and doc[token.i - 2].lower_ == "re"


def _mutual_sides(mention: Mention, parties: list[Entity], countries: list[str]) -> list[Entity]:
    """The two sides of a mutual return: the parties found, the United States where its
    government speaks, and else the one other country the sentence names ("if Iran makes this
    political decision, we'll be in a position to ... pursue a mutual return") or the name
    gives ("return to mutual compliance with the Iran deal"), and where the sentence names no
    other country, the one country the two sentences before it name outside a reporter's
    question ("... Iran's core obligations under the ... Treaty. The United States remains
    committed to a mutual return to full implementation of the JCPOA"). A capital is a venue,
    not a side ("prepared to return to Vienna to resume those indirect negotiations")."""
    sides = list(parties)
    us = Entity(UNITED_STATES, COUNTRY)
    if us not in sides and UNITED_STATES in countries and _us_speaking(mention.root):
        sides.append(us)
    named_here = False
    if len(sides) < 2:
        others = {country.name for ent in mention.span.sent.ents
                  if ent.label_ in ("GPE", "NORP") and not (
                      mention.span.start <= ent.start < mention.span.end)
                  for country in [gazetteer.country(ent.text, capitals=False)] if country} - \
            {p.name for p in sides}  # not a venue: "return to Vienna", "going back to Doha"
        named_here = bool(others)
        if len(others) == 1:
            sides.append(Entity(others.pop(), COUNTRY))
    if len(sides) < 2:
        sides += [_party(c) for c in mention.countries]
    if len(sides) == 1 and not named_here:
        others = _countries_before(mention.span.sent, NEARBY_SENTENCES) - {sides[0].name}
        if len(others) == 1:  # "... Iran's nuclear advances. We continue to seek a mutual
            sides.append(Entity(others.pop(), COUNTRY))  # return to compliance with the JCPOA"
    return list(dict.fromkeys(sides))


#: How many sentences before a mutual return may name its other side.
NEARBY_SENTENCES = 2


def _countries_before(sent: Span, count: int) -> set[str]:
    """The countries named in the `count` sentences before a sentence, not in a reporter's
    question ("... Israel? MR PRICE: ... we are going to pursue a mutual return to ...")."""
    doc, names, end = sent.doc, set(), sent.start
    for _ in range(count):
        if end <= 0:
            break
        previous = doc[end - 1].sent
        if in_question(doc, previous.start_char) or _asked(previous):
            break
        names |= {country.name for ent in previous.ents if ent.label_ in ("GPE", "NORP")
                  for country in [gazetteer.country(ent.text, capitals=False)] if country}
        end = previous.start
    return names


def _programme_of(mention: Mention) -> str | None:
    """The one country whose name opens an agreement's name or owns it ("U.S. | COVID-19 Global
    Response and Recovery Framework", "the United States Government's | Initiative for ...");
    not a name of two sides ("U.S.-Spain Cybersecurity Dialogue", which gives its countries)."""
    span = mention.span
    doc = span.doc
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        opens = ent.start == span.start or ent.start == span.start + 1 and span[0].lower_ == "the"
        owns = ent.end <= span.start and all(
            t.lower_ in ("government", "’s", "'s", "the") for t in doc[ent.end:span.start]) \
            and any(t.tag_ == "POS" for t in doc[ent.end:span.start]) \
            and ent.start >= span.sent.start
        if opens or owns:
            country = gazetteer.country(ent.text)
            return country.name if country else None
    return None


def _co_actors(mention: Mention) -> bool:
    """Whether others act with the party: "Together with many governments at this ministerial,
    we launched ...", "launched ... alongside seven coalition countries" (not the beneficiaries
    of a clause after it: "..., which will provide funding to these groups and regional
    governments")."""
    sent = mention.span.sent
    end = min(sent.end, mention.span.end + 8)
    if any(t.dep_ == "prep" and t.lower_ in ("with", "alongside") and _countries_in(t)
           for t in sent if t.i < mention.span.start):
        return True  # "Together with the United Kingdom, we're launching ..."
    for token in sent.doc[mention.span.end:end]:
        if token.lower_ in ("which", "that", "who", "to") or token.dep_ in ("relcl", "acl"):
            end = token.i
            break
    return bool(CO_ACTORS.search(sent.doc[sent.start:end].text))


def _by_way_of(root: Token) -> bool:
    """Whether the agreement is the means something is done through: "through the Abraham
    Accords", "via the ... Partnership", "through the ... Initiative and the ... Partnership"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("through", "via")


def _said_of_us(verb: Token) -> bool:
    """Whether the subject of the verb (or of the verbs it depends on for one) is "we"."""
    verbs = _climb(verb) or [verb]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WE
               for v in verbs for c in v.children)


def _in_terms_of(root: Token) -> bool:
    """An agreement as the terms something is done under: "under the Memorandum of Intent
    between", "pursuant to the Agreement between", "in accordance with the Treaty"."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ == "under" or prep.lower_ in ("to", "with") and \
        prep.head.lower_ in ("pursuant", "according", "accordance", "consistent")


def _between(root: Token) -> list[Entity]:
    """The parties an agreement is said to be between, on it or its apposition: "the Strategic
    Framework Agreement between Iraq and the United States", "AUKUS, the enhanced trilateral
    security partnership between Australia, the United Kingdom, and the United States"."""
    holders = [root] + [c for c in root.children if c.dep_ == "appos"]
    found: list[Entity] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                found += _countries_in(child)
    return list(dict.fromkeys(found))


#: Plural nouns that name parties without naming them ("between the two governments").
PARTY_GROUPS = frozenset({"countries", "nations", "governments", "states", "partners", "allies",
                          "sides"})


def _between_others(root: Token) -> bool:
    """Whether the agreement is said to be between parties none of which is named: no country,
    person or organisation ("a new Memorandum of Understanding between seven federal
    agencies"): a domestic instrument."""
    holders = [root] + [c for c in root.children if c.dep_ == "appos"]
    phrases = [c for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    if not phrases:
        return False
    for phrase in phrases:
        span = phrase.doc[phrase.i:phrase.right_edge.i + 1]
        if _countries_in(phrase) or any(e.label_ in ("PERSON", "GPE", "NORP", "ORG")
                                        for e in span.ents) \
                or PLURAL_REFERENCES.search(span.text) or any(t.lower_ in PARTY_GROUPS
                                                              for t in span):
            return False
    return True


def _members_of(root: Token) -> bool:
    """Whether the agreement names what a list of countries are members of: "the other
    signatories of the Artemis Accords are ...", "member countries in the Global Partnership",
    "the Artemis Accords signatories", "NPT nuclear weapon states"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("of", "to", "in") and \
            head.head.lower_ in MEMBERSHIP_NOUNS:
        return True
    if root.dep_ in ("compound", "nmod") and (head.lower_ in MEMBERSHIP_NOUNS or any(
            t.lower_ in MEMBERSHIP_NOUNS for t in head.subtree if t.i > root.i and t.i <= head.i)):
        return True
    return root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "include"  # "The Accords include"


def _member_countries(mention: Mention) -> list[str]:
    """The countries a sentence lists beside an agreement, as its members: not a city in its
    name ("the Charter of Paris"), nor one that reacts to the others' joining ("The United
    States welcomed Indonesia, ... joining the Global Methane Pledge")."""
    found = []
    for ent in mention.span.sent.ents:
        if ent.label_ not in ("GPE", "LOC") or mention.span.start <= ent.start < mention.span.end:
            continue
        if ent.root.dep_ == "nsubj" and _reacts(ent.root.head):
            continue
        country = gazetteer.country(ent.text, capitals=False)
        if country:
            found.append((ent.start, country.name))
    found += _untagged_members(mention.span.sent)
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _untagged_members(sent: Span) -> list[tuple[int, str]]:
    """Countries in a list that the parser tags as no entity, next to one it does: "Cambodia,
    the Lao PDR, Burma" (a proper noun conjoined to a place, whose words the gazetteer knows),
    as (position, name)."""
    found = []
    for token in sent:
        if token.dep_ != "conj" or token.ent_type_ or token.pos_ != "PROPN" or \
                token.head.ent_type_ not in ("GPE", "LOC"):
            continue
        words = [t for t in token.subtree if t.dep_ == "compound" or t.i == token.i]
        country = gazetteer.country(" ".join(t.text for t in words), capitals=False)
        if country:
            found.append((words[0].i, country.name))
    return found


def _international(name: str) -> bool:
    """Whether a name says it is international: "Indo-Pacific Economic Framework", "Partnership
    for Global Infrastructure", "Americas Partnership" (not "Make More in America Initiative")."""
    regions = words().regions
    return any(w in regions for w in re.split(r"[^\w]+", name.lower()))


def _party(name: str) -> Entity:
    return Entity(name, COUNTRY if gazetteer.country(name) else ORGANIZATION)


def _looked_forward(verb: Token) -> bool:
    token = verb
    for _ in range(4):
        if token.lemma_ == "look" and any(c.lower_ == "forward" for c in token.children):
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _lemma_action(token: Token) -> str | None:
    actions = words().actions
    lemma = token.lemma_.lower()
    action = actions.get(lemma) or actions.get(token.lower_) or _phrasal_action(token)
    if action is None:
        return None
    if lemma in ("entry", "come") and not any(t.lower_ == "force" for t in token.subtree):
        return None  # "entry" and "come" act only as "entry into force", "came into force"
    if lemma in VERBS_ONLY and token.pos_ != "VERB":
        return None  # "issued a declaration", not "labor issues"
    title = _in_title(token)  # a headline's words are all tagged proper nouns
    if not (token.pos_ in ("VERB", "NOUN") or token.tag_.startswith("VB")
            or (token.pos_ == "ADJ" and token.dep_ == "acomp")  # "remains committed to"
            or (title and token.pos_ == "PROPN")):
        return None
    return action


def _phrasal_action(verb: Token) -> str | None:
    """The action of a verb with its particle, a row of `phrasal`: "pulled out of the deal",
    "walked away from the JCPOA"."""
    if verb.pos_ != "VERB":
        return None
    phrasal = words().phrasal or {}
    return next((phrasal[f"{verb.lemma_.lower()} {c.lower_}"] for c in verb.children
                 if c.dep_ in ("prt", "prep", "advmod") and c.i > verb.i
                 and f"{verb.lemma_.lower()} {c.lower_}" in phrasal), None)


def _particle_of(token: Token) -> bool:
    """Whether the word is the particle of a phrasal verb of `phrasal` ("out" in "pulled out of"),
    through which its verb governs the agreement."""
    return token.dep_ in ("prt", "prep", "advmod") and token.pos_ in ("ADP", "ADV", "PART") and \
        _phrasal_action(token.head) is not None and token.head.i < token.i


def _action(root: Token) -> tuple[str | None, Token | None]:
    """The action on the agreement: what governs it (`_governing_action`), else a clause on it
    whose object or passive subject it is ("the Paris Charter that we all have signed", "the
    phase one trade deal signed by Donald Trump")."""
    action, governor = _governing_action(root)
    if action is not None:
        return action, governor
    for clause in root.children:
        if clause.dep_ not in ("relcl", "acl") or not _lemma_action(clause):
            continue
        relative = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lower_ in ("that", "which")]
        if relative or (clause.dep_ == "acl" and clause.tag_ == "VBN"):
            return _lemma_action(clause), clause
    return None, None


def _governing_action(root: Token) -> tuple[str | None, Token | None]:
    """The action governing the agreement along the dependency path from its name: the verb of
    which it is the object ("signed the Accords", "was signed", "to join"), the noun or verb a
    preposition ties it to ("the signing of", "accession to", "withdrew from", "commitment to",
    "entry into force of"), a noun it modifies ("the Compact negotiations"), through a part of
    it ("the goals of the Paris Agreement"); acting "under" it is implementing it. Nothing
    through other words ("calling for ... in accordance with the Convention")."""
    lex = words()
    token, through_part = root, False
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return None, None
        if token.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN") and \
                head.lower_ not in lex.heads:
            if _lemma_action(head):
                return _lemma_action(head), head  # "the Compact negotiations"
            lemma = head.lemma_.lower()
            if head.text.islower() and lemma not in lex.parts and lemma not in lex.work:
                return None, None  # "the October Borlaug Dialogue events": what is done is
                # done to the events
            # "the Paris Agreement goals", "the CEDI Letter of Intent", "the ... Ministers' Meeting"
            through_part = through_part or lemma in lex.parts
            token = head
            continue
        if token.dep_ == "appos" and head.lower_ in lex.heads and head.lower_ != token.lower_:
            return None, None  # a Dialogue misread as the apposition of the Memorandum signed
        if token.dep_ in ("conj", "appos", "compound", "nmod", "amod", "dep"):
            token = head  # "the Paris Agreement and the Kyoto Protocol": the first one's verb
            continue
        if token.dep_ == "pobj":
            governor = head.head
            if head.dep_ not in ("prep", "agent") or governor.i == head.i:
                return None, None
            if _particle_of(governor):
                governor = governor.head  # "pulled out of the deal"
            if head.lower_ in ("under", "through"):
                # "combat crime through the Partnership", "advancing its ties under the Accords":
                # acting under it is implementing it; but "Russia's commitments under", "the
                # autonomy promised by Beijing under", "the breakout time Iran had under",
                # "a case under the Convention" only set it in the background
                lemma = governor.lemma_.lower()
                work = governor.pos_ in ("NOUN", "PROPN") and (lemma in lex.work or
                                                               _kept(governor))
                if not (work or governor.pos_ in ("VERB", "AUX")) or \
                        governor.dep_ in ("relcl", "acl") or lemma in lex.background or \
                        _promised(governor):
                    return None, None
                return "implement", governor
            if head.lower_ in VENUE_PREPOSITIONS:
                return None, None  # "Topics discussed during the Strategic Dialogue"
            if governor.lemma_ in ("relate", "regard", "concern", "pertain") and \
                    _lemma_action(governor.head):  # "negotiations related to the Compact"
                return _lemma_action(governor.head), governor.head
            if head.lower_ == "from" and _lemma_action(governor) != "withdraw":
                return None, None  # "met with some Thai alumni from the ... Initiative": only
                # "withdrew from" acts on what it comes from
            if head.lower_ == "to" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() not in lex.parts and
                    c.lower_ not in lex.heads for c in governor.children):
                return None, None  # "the delistings that we announced today to the JCPOA": the
                # verb's object is what it acts on (but "negotiating amendments to", "signed a
                # protocol of amendment to" the agreement act on a part of it)
            if _lemma_action(governor) in ("sign", "join") and head.lower_ in ("in", "at"):
                return None, None  # "the Basic Principles adopted in the Partnership": adopted
                # within it, not joining it
            if _lemma_action(governor):
                return _part_action(_lemma_action(governor), through_part), governor
            if governor.lower_ == "force" or (head.lower_ in ("of", "to") and
                                              governor.lemma_.lower() in lex.parts):
                through_part = through_part or governor.lower_ != "force"
                token = governor  # "entry into force of", "the articles of"
                continue
            return None, None
        if token.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "acomp") or (
                token.dep_ == "nsubj" and head.lemma_ in ("enter", "come")):
            action = _lemma_action(head)
            return (_part_action(action, through_part), head) if action else (None, None)
        return None, None
    return None, None


def _promised(verb: Token) -> bool:
    """Whether a verb is what a verb of `background` says was promised or owed: "as Iran
    committed to do under the JCPOA", "the steps they pledged to take under the Accord"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words().background


def _planned(mention: Mention, governor: Token | None) -> tuple[bool, bool]:
    """Whether the action on the agreement lies ahead, and whether it carries on one in force:
    a future or conditional verb above it ("will sign", "would re-enter", "if ... rejoins",
    "will travel ... to co-open"), a trip announced ("Travel to Brazil for the ... Dialogue"),
    or a modifier ("the next ... Dialogue", "the upcoming relaunch of")."""
    lex = words()
    doc = mention.root.doc
    nouns = [mention.root] + ([governor] if governor is not None else [])
    if any(c.lower_ in lex.future and c.dep_ in ("amod", "advmod", "compound")
           for t in nouns for c in t.children):
        return True, False
    if any(doc[i].lower_ in lex.future and doc[i].pos_ == "ADJ"
           for i in range(max(mention.span.sent.start, mention.span.start - 3),
                          mention.span.start)):
        return True, False
    token = governor if governor is not None and governor.pos_ in ("VERB", "AUX") \
        else mention.root
    ongoing = False
    for _ in range(12):  # "will travel ... as part of the delegation for the third Meeting of"
        if token.lemma_.lower() in lex.restore or any(
                _restoring(c) for c in token.children):
            return True, False  # "a mutual return to full JCPOA implementation", "get Iran back
            # into compliance with its obligations under the deal": not now in force for them
        if token.pos_ == "ADJ" and token.lemma_.lower() in lex.intentions:
            return True, ongoing  # "we are prepared to re-enter", "is ready to join": ahead
        if token.pos_ in ("VERB", "AUX"):
            ongoing = ongoing or token.lemma_.lower() in lex.ongoing
            if _past_when(token):
                return False, ongoing  # "..., we will do that deal": not what "when he left
                # the deal back in 2018" tells
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in lex.future or
                   c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
                   for c in token.children) or _inverted_condition(token) or _able(token):
                return True, ongoing
            if token.lemma_.lower() == "travel" and token.tag_ not in ("VBD", "VBN"):
                return True, ongoing
            if _time_ahead(token):
                return True, ongoing  # "by restarting the U.S-India Commercial Dialogue ...
                # later this year", "to be held in the Kingdom later this year"
            if _looks_forward(token) and (governor is None or governor.pos_ in ("VERB", "AUX")):
                return True, ongoing  # "looked forward to reconvening the U.S.-India
                # Commercial Dialogue" (not a noun's talks or negotiations, which go on: "look
                # forward to concluding negotiations on", "to bringing you up to date on the talks")
            if (token.dep_ == "xcomp" or token.dep_ in ("conj", "acl") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in token.children)) and \
                    token.head.lemma_.lower() in lex.intentions and \
                    token.head.lemma_.lower() not in ("work", "look"):  # "We intend to work
                # closely together, and ... to conclude a meaningful agreement"
                return True, ongoing  # "are resolved to negotiate and then implement", "seek to join"
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.agree and (
                    _lemma_action(token) == "implement" or governor is not None
                    and governor.lemma_.lower() in DRAFTING):  # "agree to work together to
                # develop a comprehensive IPEF": an agreement still to be drafted
                return True, ongoing  # "Both leaders agree to hold the 3rd U.S.-ROK Civil Space
                # Dialogue by the end of the year" (but "we agree to establish a ... Partnership"
                # establishes it)
            if _prospective(token):
                return True, False  # "is an opportunity to advance", "aims to deepen": ahead
            if token.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep"):  # "prep": a
                # participle as preposition ("looked forward to enhancing ..., including through
                # the ... Partnership"), through which the verb above sets it
                break  # "the leaders will discuss work being undertaken in the Dialogue"
                # (but "is ready to join the U.S. in endorsing", "will cooperate towards the
                # ROK signing": the verb above the preposition sets it ahead)
        if token.head.i == token.i or (token.dep_ == "prep" and token.lower_ in FRAME_PREPOSITIONS
                                       and token.head.pos_ in ("VERB", "AUX")):
            return _restored(token.head), ongoing  # "with the conclusion of the Agreement, we
            # will see progress": done before; "get Iran back into compliance with ..." 
        token = token.head
    return False, ongoing


def _past_when(verb: Token) -> bool:
    """Whether the verb tells, in the past, when something else happens: "when he left the deal
    back in 2018", "after they signed the Accords" (a clause of time in the past tense), which
    the condition or future of the clause above does not set ahead."""
    return verb.tag_ == "VBD" and verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "since", "once")
        for c in verb.children)


def _restoring(modifier: Token) -> bool:
    """Whether a verb's modifier is a word of `restore` ("return back to", "get Iran back into
    compliance"), not "back" in time ("when he left the deal back in 2018", "back then")."""
    if modifier.lower_ not in words().restore or modifier.dep_ not in ("advmod", "prt"):
        return False
    doc = modifier.doc
    after = doc[modifier.i + 1:modifier.i + 3]
    return not (modifier.lower_ == "back" and len(after) and (
        after[0].lower_ == "then" or after[0].lower_ == "in" and len(after) == 2 and
        (after[1].like_num or after[1].ent_type_ == "DATE")))


def _able(verb: Token) -> bool:
    """Whether the verb is what one can do, not what one does: "so that the United States can
    rejoin the JCPOA", "By adopting a Los Angeles declaration ..., our countries can take ..."
    (an auxiliary of `ability`; not denied: "cannot use landmines that do not comply with the
    convention" is a rule in force)."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in words().ability for c in children) and \
        not any(c.dep_ == "neg" for c in children)


def _time_ahead(verb: Token) -> bool:
    """Whether the verb is set at a time ahead: "later this year", "next month", "in the coming
    weeks" (a time noun of `time` modified by a word of `later`, on the verb or through "in"; not
    a story's "later that day", "the next week", nor a verb in the past)."""
    if verb.tag_ == "VBD":
        return False
    lex = words()
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")]
    times += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in lex.times and any(m.lower_ in lex.later for m in t.children)
               and all(m.lower_ in ("this", "the") and t.head.lower_ == "in" or m.lower_ == "this"
                       for m in t.children if m.dep_ == "det")
               for t in times)


def _looks_forward(verb: Token) -> bool:
    """Whether the verb is "look forward (to)", which sets what follows ahead."""
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def _inverted_condition(verb: Token) -> bool:
    """Whether the verb is an inverted condition's "were": "were it to decide to abide by",
    "were Iran to return" (an "if" without the "if")."""
    return verb.lower_ == "were" and any(c.dep_ == "xcomp" for c in verb.children) and any(
        c.dep_ in ("nsubj", "attr", "expl") and c.i > verb.i for c in verb.children)


def _new_dialogue(mention: Mention) -> bool:
    """Whether a dialogue ahead is a new one ("the inaugural meeting of", "to launch", "a new ...
    Dialogue"), not another round of one already held ("will lead the U.S. delegation to the
    U.S.-South Africa Strategic Dialogue", "the fifth ... Dialogue", "to co-open the U.S.-Spain
    Cybersecurity Dialogue on March 7": opening a session is holding it)."""
    sent = mention.span.sent
    new = words().new
    return mention.how == "described" or any(
        t.lower_ in new or t.lemma_.lower() in new
        for t in sent.doc[sent.start:mention.span.end])


def _told_of_a_person(governor: Token) -> bool:
    """Whether the clause of the action is about a person ("She has been deeply involved in
    many trade negotiations, including ..."): its subject "he" or "she"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")
               for c in governor.sent.root.children)


def _held_by_verb(noun: Token) -> bool:
    """Whether a verb keeps or takes on the commitment noun: its object ("reaffirmed their
    commitment to", "fulfil its obligations under"), its subject said to be firm ("our
    commitment ... is ironclad"), or through "with", "by", "to" ("in compliance with its
    obligations", "abide by its commitments")."""
    token = noun
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr"):
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(
            c.dep_ == "acomp" for c in token.head.children):
        return True  # "our commitment to Article 5 of the NATO Treaty is ironclad"
    if token.dep_ == "pobj" and token.head.lower_ in ("with", "by", "to", "on"):
        above = token.head.head
        return above.pos_ in ("VERB", "AUX") or above.lemma_.lower() in words().keep
    return False


def _talked_about(noun: Token) -> bool:
    """Whether a noun of action is what a verb of talk is about: "discussed the status of JCPOA
    negotiations", "reviewed implementation of the Accord", "discussed its accession to"."""
    token = noun
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "dobj" or (token.dep_ == "prep" and head.pos_ in ("VERB", "AUX")):
            return head.lemma_.lower() in words().talk
        if token.dep_ not in ("pobj", "prep"):
            return False
        token = head
    return False


def _aimed_at(verb: Token) -> bool:
    """Whether reaching the agreement is the purpose of something else, not a reported act: "the
    Dialogue to reach a comprehensive normalization agreement", "efforts to conclude an accord"
    (a clause of purpose; "seek to conclude" and "will conclude" are `_planned`'s)."""
    return verb.lemma_.lower() in words().aims and verb.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _kept(noun: Token) -> bool:
    """Whether obligations or commitments under an agreement are said to be kept: "is in full
    compliance with its obligations under", "honors its commitments under" (not "Russia's
    commitments under", "Iran's obligations under": the background of a complaint)."""
    if noun.lemma_.lower() not in ("obligation", "commitment"):
        return False
    keep = words().keep
    head = noun.head
    return head.lemma_.lower() in keep or (head.dep_ == "prep" and head.head.lemma_.lower() in keep)


def _demanded(governor: Token) -> bool:
    """Whether the action is demanded rather than reported: a verb of it or above it under
    "must"/"should" ("Russia must de-escalate and fulfil its commitments in implementing"), or
    a noun of it that is needed ("the need for swift implementation of", "continued
    implementation of the deal is essential")."""
    lex = words()
    token = governor
    for _ in range(8):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("must", "should") for c in token.children):
            return True
        if token.head.pos_ == "NOUN" and token.head.lemma_.lower() in lex.needs:
            return True  # "the need for", "the call for"
        if token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "AUX") and \
                token.head.lemma_.lower() in lex.needs:
            return True  # "the steps that Iran would need to take were it to ... abide by",
            # "Iran needs to decide ... whether it is ready to conclude the JCPOA": a condition
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lower_ in lex.needs for c in token.head.children):
            return True  # "implementation of the deal is essential"
        if token.dep_ == "ccomp" and _said_needed(token.head):
            return True  # "It is essential that Iran does fully comply with its obligations"
        if token.dep_ not in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "advcl") or \
                token.head.i == token.i:
            return False
        token = token.head
    return False


def _said_needed(verb: Token) -> bool:
    """Whether a clause's verb says that what its clause tells is needed: "It is essential
    that ...", "it is imperative that ..." (an adjective of `need` as the complement of "be")."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in words().needs
                                       for c in verb.children)


def _prospective(verb: Token | None) -> bool:
    """Whether the verb is what a meeting or party means to do, not what it does: "the
    Ministerial is an opportunity to advance ...", "the Dialogue aims to deepen ...", "solutions
    that would ... allow the United States to accede to"."""
    if verb is None or verb.dep_ not in ("xcomp", "acl", "relcl", "ccomp"):
        return False
    head = verb.head
    return head.lemma_.lower() in words().prospects and head.tag_ not in ("VBD", "VBN") and \
        head.head.lemma_.lower() not in SEIZED  # "welcomed the opportunity to hold": held


def _restored(governor: Token | None) -> bool:
    """Whether the action is one to restore ("return to", "back into compliance")."""
    token = governor
    for _ in range(4):
        if token is None:
            return False
        if token.lemma_.lower() in words().restore or any(
                _restoring(c) for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _part_action(action: str, through_part: bool) -> str:
    """Acting on a part of an agreement ("reach the Paris Agreement goals", "implement the
    articles of") is implementing it, unless the act is to talk about it or leave it."""
    if through_part and action in ("sign", "join", "ratify"):
        return "implement"
    return action


def _title_action(mention: Mention) -> tuple[str | None, Token | None]:
    """A headline's verb before the name: "United States and Ghana Sign MOU ...". """
    sent = mention.span.sent
    for token in reversed(list(sent.doc[sent.start:mention.span.start])):
        if token.lower_ in DOMESTIC_DOCUMENTS:
            return None, None
        if _action_word(token.lower_):
            form = next(f for f in _verb_forms(token.lower_) if f in HEADLINE_VERBS)
            return words().actions[form], token
    return None, None


def _title_countries(mention: Mention, verb: Token) -> list[str]:
    """The countries a headline names before its verb, also through its people ("Secretary
    Blinken and Armenian Foreign Minister Mirzoyan at the Signing of ...")."""
    sent = mention.span.sent
    found = _listed_countries(sent.doc[sent.start:verb.i], nationalities=True)
    analysis = analyse(sent.doc)
    for ent in sent.doc[sent.start:verb.i].ents:
        person = analysis.person_at(ent.root) if ent.label_ == "PERSON" else None
        country = _served_country(analysis, person) if person else None
        if country:
            found.append(country)
    return list(dict.fromkeys(found))


def _title_signers(mention: Mention, parties: list[Entity]) -> tuple[list[Entity], bool]:
    """A body's signing of the instrument its headline says several signed ("The United States
    and Ghana Sign Memorandum of Cooperation"): the headline's signers, when the body names only
    some of them; and whether the headline names a co-signer that is no known party."""
    doc = mention.root.doc
    if not _in_title(doc[0]):
        return parties, False
    title = [t for t in doc if _in_title(t)]
    verb = next((t for t in title if t.lower_ in ("sign", "signs")), None)
    if verb is None or mention.root.lower_ not in {t.lower_ for t in title[verb.i:]}:
        return parties, False
    subject = doc[title[0].i:verb.i]
    signers = [Entity(c, COUNTRY) for c in _listed_countries(subject, nationalities=True)]
    signers += _title_organizations(subject) if signers else []
    if not signers or not set(parties) <= set(signers):
        return parties, False
    unknown = len(signers) == 1 and any(t.lower_ == "and" for t in subject)
    return list(dict.fromkeys(parties + signers)), unknown


def _parties(doc: Doc, governor: Token, root: Token, countries: list[str],
             guessed: list[Entity] | None = None, *, own: bool = False) -> list[Entity] | None:
    """Who does it: the subject (through 'to sign' and conjunctions), 'with'/'between' objects,
    agents of passives, a signatory's country ('signed for Ghana'), plural references, "we".
    None when the action is asked of someone rather than done."""
    guessed = guessed if guessed is not None else []
    own_subject = _gerund_subject(governor)
    if own_subject:
        return own_subject  # "will cooperate towards the ROK signing the Artemis Accords"
    verbs = _climb(governor)
    if verbs is None:
        return None
    if governor.pos_ in ("NOUN", "PROPN"):
        for verb in _doer_verbs(governor):
            more = _climb(verb)
            if more is None:
                return None
            verbs += more
    phrases = []
    for verb in list(verbs):  # "We are engaged": a subject misread as the auxiliary's
        verbs += [c for c in verb.children if c.dep_ in ("aux", "auxpass")
                  and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for verb in verbs:
        if verb.pos_ in ("NOUN", "PROPN"):  # "India's decision to join", "Japan's accession"
            phrases += [c for c in verb.children if c.dep_ == "poss"]
        for child in verb.children:
            if child.i == root.i:
                continue  # "When the Iran deal was fully implemented": the agreement's own name
            if child.dep_ in ("nsubj", "nsubjpass", "agent") or (
                    child.dep_ == "prep" and child.lower_ in PARTY_PREPOSITIONS):
                phrases.append(child)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
    talked = _lemma_action(governor) == "discuss"
    for child in root.children if not own else ():  # `own`: a ratification is each party's
        if child.dep_ == "prep" and child.lower_ in ("between", "with", "among", "alongside") and \
                not (talked and child.lower_ == "with"):  # "we have discussed ... a possible
            phrases.append(child)  # nuclear agreement with Iran": Iran is not in the talk
    meeting = _met_to_act(governor)
    if meeting is not None:
        # "President Biden met today with Prime Minister Al-Kadhimi of Iraq to strengthen
        # bilateral coordination under the Strategic Framework Agreement": both sides act
        phrases += [c for c in meeting.children if c.dep_ == "nsubj" or (
            c.dep_ == "prep" and c.lower_ == "with")]
    found: list[Entity] = []
    for phrase in phrases:
        if phrase.lower_ == "with" and any(c.dep_ == "pobj" and c.lemma_.lower() in NOT_PARTIES
                                           for c in phrase.children):
            continue  # "with the wider support of the Membership of the WTO": a backer
        text = text_of(doc)[phrase.left_edge.idx:phrase.right_edge.idx + len(phrase.right_edge.text)]
        plural = PLURAL_REFERENCES.search(text)
        if plural or re.search(r"\b(?:both|two) countries\b", text):
            sides = _two_sides(doc, countries)
            us = Entity(UNITED_STATES, COUNTRY)
            if plural and plural.group(0).lower().startswith("our ") and us not in sides and \
                    UNITED_STATES in countries and not _quoted(phrase) and _us_speaking(phrase):
                sides.append(us)  # "our nations" in a US release of the AUKUS leaders
            found += sides
            guessed.extend(sides)
        elif phrase.lower_ in WE and phrase.dep_ in ("nsubj", "nsubjpass", "poss") and \
                UNITED_STATES in countries and not _quoted(phrase) and _us_speaking(phrase):
            authors = _joint_authors(doc)
            if authors is None:
                found.append(Entity(UNITED_STATES, COUNTRY))
            else:  # a joint statement's "we" is its authors, the US only one of them
                found += authors
        elif _former_administration(phrase) and UNITED_STATES in countries and \
                not _quoted(phrase) and _us_speaking(phrase):
            found.append(Entity(UNITED_STATES, COUNTRY))  # "the last administration left the JCPOA"
        elif phrase.lower_ in ("it", "its") and phrase.dep_ in ("nsubj", "poss"):
            # "The United States does not own ..., it is in full compliance with ..."
            named = [e for e in phrase.sent.ents if e.end <= phrase.i and e.label_ == "GPE"
                     and e.root.dep_ == "nsubj" and gazetteer.country(e.text)]
            if named:
                found.append(Entity(gazetteer.country(named[-1].text).name, COUNTRY))
        elif phrase.lower_ in ("he", "she") and phrase.dep_ == "nsubj" and \
                phrase.head.i == governor.i and not _quoted(phrase):
            # "President Biden has taken ... action ...: He rejoined the Paris Climate
            # Agreement on day one": the country of the person last named, acting for it
            country = _pronoun_country(phrase)
            if country:
                found.append(Entity(country, COUNTRY))
        elif phrase.lower_ == "they" and phrase.dep_ == "nsubj" and len(countries) >= 2 and \
                UNITED_STATES in countries[:2]:
            # a readout's "They discussed ...": the two sides the article is about
            sides = _two_sides(doc, countries)
            found += sides
            guessed.extend(sides)
        found += _countries_in(phrase)
    if not found:
        found += _signatory_countries(doc, governor)
    if not found:
        found += _reacted_to(verbs)
    return list(dict.fromkeys(found))


#: Words by which a government's release names an earlier government of its own: "the last
#: administration", "the previous administration".
EARLIER = frozenset({"last", "previous", "past", "prior", "former", "preceding"})


def _former_administration(phrase: Token) -> bool:
    """Whether the subject is "the last/previous administration" with nothing placing it
    elsewhere ("the previous administration in Kabul")."""
    return phrase.dep_ in ("nsubj", "nsubjpass") and phrase.lower_ == "administration" and \
        any(c.dep_ == "amod" and c.lower_ in EARLIER for c in phrase.children) and \
        not any(c.dep_ == "prep" for c in phrase.children)


def _pronoun_country(pronoun: Token) -> str | None:
    """The country of the person "he" or "she" stands for: the last person named before it as a
    person (not "the Obama administration"; a possessor is one: "President Biden’s commitment
    to disarmament has long been evident. ..., he extended the New START Treaty"), in its
    sentence or the two before it."""
    analysis = analyse(pronoun.doc)
    sents = list(pronoun.doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    window = sents[max(0, index - 2)].start
    for mention in reversed(analysis.people):
        if mention.end <= pronoun.i and \
                pronoun.doc[mention.end - 1].dep_ not in ("compound", "amod", "nmod"):
            return _served_country(analysis, mention) if mention.start >= window else None
    return None


def _gerund_subject(governor: Token) -> list[Entity]:
    """The countries a preposition gives a gerund as its own subject: "towards the ROK signing
    the Accords", "about Russia withdrawing from" (the one who acts, not the clause's subject)."""
    if governor.dep_ != "pcomp" or governor.tag_ != "VBG":
        return []
    return [e for c in governor.head.children if c.dep_ == "pobj" and c.i < governor.i
            for e in _countries_in(c)]


def _met_to_act(governor: Token) -> Token | None:
    """The verb of meeting whose purpose the action is: "met ... to strengthen bilateral
    coordination under the Agreement" (the purpose clause may hang from the "with" phrase)."""
    token, purpose = governor, False
    for _ in range(6):
        if token.lemma_ == "meet" and token.pos_ == "VERB":
            return token if purpose else None
        purpose = purpose or (token.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children))
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _climb(verb: Token) -> list[Token] | None:
    """The verb and those it depends on for its subject: "to sign" -> "became the nation",
    "met ... and signed" -> "met", "look forward to launching" -> "look". None when another is
    asked to act ("asked Kuwait to join", "encouraging nations to sign")."""
    requests = words().requests
    verbs = [verb]
    while verbs[-1].dep_ in ("xcomp", "conj", "acl", "relcl", "advcl", "ccomp", "pcomp", "acomp",
                             "prep") and verbs[-1].head.i != verbs[-1].i:
        if verbs[-1].dep_ == "prep" and verbs[-1].pos_ != "ADP":
            break
        head = verbs[-1].head
        if verbs[-1].dep_ in ("xcomp", "advcl", "ccomp") and head.lemma_ in requests:
            return None  # "asked Kuwait to join", "We call for both sides to observe ..."
        if verbs[-1].dep_ in ("xcomp", "advcl", "ccomp") and (
                head.lemma_ in words().supports or any(
                c.dep_ == "aux" and set(_verb_forms(c.lower_)) & words().supports
                for c in head.children)):
            return None  # "stand ready to support efforts ... to implement", "helping build the
            # capacity of regional countries to implement" (a "help" misread as an auxiliary)
        if _reacts(head):
            break  # "congratulated Brazil on signing": the congratulating one is no party
        verbs.append(head)
        if verbs[-1].dep_ == "dobj" and verbs[-2].dep_ == "acl" and head.pos_ == "NOUN" and \
                head.head.lemma_ in DOING_VERBS and not any(c.dep_ == "poss" for c in head.children):
            verbs.append(head.head)  # "launching the process to establish the Framework"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break
        if head.dep_ in ("attr", "oprd") and head.pos_ in ("NOUN", "PROPN") and \
                head.head.lemma_ in ("be", "become", "remain"):
            verbs.append(head.head)  # "welcomed Singapore becoming the first nation to join"
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children):
                break
    return verbs


def _reacts(verb: Token) -> bool:
    """Whether a verb reacts to another's action: "congratulate", "welcome", "criticize",
    "voiced concern about"."""
    reactions = words().reactions
    return verb.lemma_.lower() in reactions or (verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in reactions for c in verb.children))


def _reacted_to(verbs: list[Token]) -> list[Entity]:
    """The object of a reaction above the chain: "congratulate Brazil on signing" -> Brazil."""
    top = verbs[-1]
    if top.head.i == top.i or not _reacts(top.head):
        return []
    return [e for c in top.head.children if c.dep_ == "dobj" for e in _countries_in(c)]


def _doer_verbs(noun: Token) -> list[Token]:
    """The verbs whose subject does what a noun of action names: "the two countries announced
    the launch of", "the United States led the negotiation of", "is in full compliance with its
    obligations under" (but not "welcomed the signing of": the welcomer is no party)."""
    token, found = noun, []
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "dobj" and head.lemma_ in DOING_VERBS:
            found.append(head)
            break
        if token.dep_ in ("pobj", "prep") or (token.dep_ == "attr" and head.lemma_ == "be"):
            token = head
            continue
        if token.dep_ == "poss":
            break
        if head.lemma_ in ("be", "remain", "stay") and token.dep_ in ("acomp", "attr", "prep"):
            found.append(head)
        break
    if token.dep_ in ("prep",) and token.head.lemma_ in ("be", "remain", "stay"):
        found.append(token.head)
    return found


SPEAKER_LABEL = re.compile(r"(?:^|\n)\s*([A-Z][A-Z .’'-]{2,60}):")
#: Labels of foreign speakers in a transcript: their "we" is not the United States.
FOREIGN_SPEAKERS = re.compile(r"FOREIGN MINISTER|PRIME MINISTER|CHANCELLOR|MINISTER|KING|"
                              r"PRESIDENT (?!BIDEN)|SECRETARY.GENERAL|FOREIGN SECRETARY|PRINCE|"
                              r"SHEIKH|EMIR|SULTAN|CHAIRPERSON|HIGH REPRESENTATIVE|INTERPRETER")


def _asked(sent: Span) -> bool:
    """Whether the sentence is in a journalist's turn of a transcript ("QUESTION: ...", or the
    White House's "Q ..." paragraph)."""
    if in_question(sent.doc, sent.start_char):
        return True
    labels = SPEAKER_LABEL.findall(text_of(sent.doc)[:sent.start_char + len("QUESTION:")])
    return bool(labels) and labels[-1].strip().startswith("QUESTION")


def _us_speaking(token: Token) -> bool:
    """Whether the words are the US government's: no transcript label before them, or the last
    one is not a foreign minister's, president's or chancellor's."""
    labels = SPEAKER_LABEL.findall(text_of(token.doc)[:token.idx])
    return not labels or not FOREIGN_SPEAKERS.search(labels[-1])


#: Titles of texts several governments issue, whose "we" is all of them: "Quad Joint Leaders'
#: Statement", "ASEAN-U.S. Special Summit 2022, Joint Vision Statement", "Joint Communiqué by".
JOINT_TITLE = re.compile(r"\bJoint\b.*\b(?:Statement|Declaration|Communiqu[eé])|\bCOMMUNIQU[EÉ]\b|"
                         r"\bLeaders[’']? (?:Level )?Statement|\bStatement of the\b.*\band\b|"
                         r"\b(?:Ministers|Summit|Troika)[’']? Statement|\bCommuniqu[eé]\b")
#: Words after which a title says what the statement is about, not who issues it: "Joint
#: Statement on Cuba", "... Regarding the IAEA Board", "Meeting ... in Jeddah".
JOINT_TOPIC = re.compile(r"\b(?:on|regarding|concerning|addressing|welcoming|announcing|in|"
                         r"to|for|at)\b", re.I)


def _joint_authors(doc: Doc) -> list[Entity] | None:
    """The authors of a joint statement, whose "we" they are, as its title names them: a
    hyphened name with the United States ("U.S.-ROK Leaders' Joint Statement", "Joint Statement
    on the U.S.-Iraq Strategic Dialogue"), the countries, organisations and persons' countries
    before its subject ("Joint Statement of the United States of America and Denmark on ...",
    "Joint Statement Following Meeting Between President Biden and Egyptian President ...").
    Empty when the title names fewer than two ("Quad Joint Leaders' Statement"); None when the
    text is no joint statement."""
    cached = doc.user_data.get("kg.joint_authors", False)
    if cached is not False:
        return cached
    text = text_of(doc)
    title_end = max(0, text.find("\n\n"))
    title = text[:title_end]
    authors: list[Entity] | None = _released_by(doc, title_end)
    if authors is None and JOINT_TITLE.search(title):
        named = list(_name_countries(title + " "))
        named = named if UNITED_STATES in named else []
        topic = next((m.start() for m in JOINT_TOPIC.finditer(title)
                      if re.search(r"Statement|Declaration|Communiqu", title[:m.start()])),
                     title_end)
        for chunk in re.split(r",|\band\b|\b(?:of|by|between|from|with)\b", title[:topic],
                              flags=re.I):
            country = gazetteer.country(chunk.strip(), capitals=False)
            org = None if country else gazetteer.organization(chunk.strip())
            if country or (org is not None and not org.country):
                named.append(country.name if country else org.name)
        head = doc.char_span(0, topic, alignment_mode="contract")
        analysis = analyse(doc)
        for ent in head.ents if head is not None else ():
            person = analysis.person_at(ent.root) if ent.label_ == "PERSON" else None
            country = _served_country(analysis, person) if person else None
            if country:
                named.append(country)
        authors = [_party(c) for c in dict.fromkeys(named)]
        authors = authors if len(authors) >= 2 else _group_author(title[:topic])
    doc.user_data["kg.joint_authors"] = authors
    return authors


def _group_author(head: str) -> list[Entity]:
    """The one international body a joint statement's title names as its author, whose "we"
    its members are ("CARBIS BAY G7 SUMMIT COMMUNIQUÉ": the Group of Seven); none where the
    title names none, or more than one."""
    words = re.findall(r"[\w’'&.-]+", head)
    found = {org.name for k in range(len(words)) for n in (1, 2, 3) if k + n <= len(words)
             for org in [gazetteer.organization(" ".join(words[k:k + n]))]
             if org is not None and not org.country}
    return [Entity(found.pop(), ORGANIZATION)] if len(found) == 1 else []


#: A release's opening that names who issued it: "The text of the following statement was
#: released by the Governments of the United States of America and India on the occasion of".
RELEASED_BY = re.compile(r"\bfollowing\b.*\bstatement (?:was )?released by\b(.*)", re.I)
#: Authors a release names only as a group: "and the 17 partner economies", "and the
#: Governments and Members of the Friends of the Mekong Group".
UNNAMED_AUTHORS = re.compile(r"\b(?:partners?|economies|members|group|coalition|countries)\b",
                             re.I)


def _released_by(doc: Doc, title_end: int) -> list[Entity] | None:
    """The authors a release's opening names ("The text of the following statement was released
    by the Governments of the United States of America and Denmark"): empty when it names others
    only as a group, None when it has no such opening or one author only."""
    for sent in doc.sents:
        if sent.start_char < title_end:
            continue
        if sent.start_char > title_end + 400:
            return None
        match = RELEASED_BY.search(sent.text)
        if match is None:
            continue
        authors = match.group(1)
        cut = re.search(r"\b(?:on|to|following|at|in|regarding)\b|:", authors)
        authors = authors[:cut.start()] if cut else authors
        named = []
        for chunk in re.split(r",|\band\b|\b(?:of|by|the)\b", authors, flags=re.I):
            country = gazetteer.country(chunk.strip(), capitals=False)
            org = None if country else gazetteer.organization(chunk.strip())
            if country or (org is not None and not org.country):
                named.append(country.name if country else org.name)
        named = list(dict.fromkeys(named))
        if UNNAMED_AUTHORS.search(authors):
            return []
        return [_party(c) for c in named] if len(named) >= 2 else None
    return None


def _two_sides(doc: Doc, countries: list[str]) -> list[Entity]:
    """Who "the two countries", "both sides", "they" are: the pair a headline joins with a hyphen
    ("U.S.-EU Relations", "U.S.-Saudi Arabia Joint Statement"), else the two countries the
    article names most."""
    title = text_of(doc)[:max(0, text_of(doc).find("\n\n"))]
    for match in re.finditer(r"[\w.]+(?: [A-Z][\w.]+)*\s*[-–]\s*[A-Z][\w.]+(?: [A-Z][\w.]+)*",
                             title):
        pair = _name_countries(match.group(0) + " ")
        if len(pair) == 2:
            return [_party(name) for name in pair]
    return [Entity(c, COUNTRY) for c in countries[:2]]


def _quoted(token: Token) -> bool:
    """Whether the token stands inside quotation marks in its sentence."""
    before = token.doc[token.sent.start:token.i]
    opened = sum(t.text in ("“", '"') for t in before) - sum(t.text == "”" for t in before)
    return opened > 0 or (opened == 0 and sum(t.text == '"' for t in before) % 2 == 1)


def _countries_in(root: Token) -> list[Entity]:
    """Countries (and international organisations) named in the phrase under `root`."""
    found = []
    analysis = analyse(root.doc)
    for ent in root.doc.ents:
        if not (root.left_edge.i <= ent.start and ent.end - 1 <= root.right_edge.i):
            continue
        if _nested(ent.root, root):
            continue  # "signed with Israel ... as well as new investments in Jordan"
        if ent.label_ in ("GPE", "NORP", "LOC"):
            if ent.label_ == "NORP" and ent.root.dep_ == "amod" and \
                    ent.root.head.lower_ in NOT_PARTIES:
                continue  # "an American company" is no party
            country = gazetteer.country(ent.text)
            if country:
                found.append(Entity(country.name, COUNTRY))
        elif ent.label_ == "ORG":
            if ent.root.dep_ in ("compound", "nmod") and ent.root.head.lower_ in MEMBER_WORDS:
                continue  # "UN Member States endorsed": the members, not the organisation
            org = gazetteer.organization(ent.text)
            governed = None if org is not None else (
                gazetteer.governed_country(ent.text) or gazetteer.country(ent.text, capitals=False))
            if governed is not None:  # "an arrangement between UNHCR, IOM, and the Government
                found.append(Entity(governed.name, COUNTRY))  # of Costa Rica", "the UAE"
            elif org and not org.country:
                found.append(Entity(org.name, ORGANIZATION))
            elif org and gazetteer.country_by_code(org.country):
                found.append(Entity(gazetteer.country_by_code(org.country).name, COUNTRY))
            elif _state_body(ent) is not None:  # "between the U.S. Coast Guard and the Japan
                found.append(Entity(_state_body(ent), COUNTRY))  # Coast Guard"
        elif ent.label_ == "PERSON":
            mention = analysis.person_at(ent.root)
            country = _served_country(analysis, mention) if mention else None
            if country:
                found.append(Entity(country, COUNTRY))
    edge = root.right_edge
    following = edge if edge.text == ":" else (
        root.doc[edge.i + 1] if edge.i + 1 < len(root.doc) else None)
    if following is not None and following.text == ":":  # "with a dozen partners: A, B, C"
        listed = _listed_countries(root.doc[following.i + 1:following.sent.end])
        if len(listed) >= 2:
            found += [Entity(name, COUNTRY) for name in listed]
    return found


#: Words after an organisation's name that make its members the actors ("UN Member States").
MEMBER_WORDS = frozenset({"states", "members", "member", "allies", "countries", "nations",
                          "governments", "membership"})
#: Last words of the names of a state's own bodies, which act for it ("the Japan Coast Guard").
STATE_BODIES = frozenset({"guard", "navy", "army", "force", "forces", "military", "police",
                          "customs", "ministry", "government"})


def _state_body(ent: Span) -> str | None:
    """The country whose body an organisation is, by a country name opening it: "the Japan Coast
    Guard", "the U.S. Coast Guard" (not "the U.S. Chamber of Commerce")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in STATE_BODIES:
        return None
    for k in (2, 1):
        country = gazetteer.country(" ".join(t.text for t in words[:k]), demonyms=False,
                                    capitals=False)
        if country is not None and k < len(words):
            return country.name
    return None


def _nested(token: Token, root: Token) -> bool:
    """Whether a token hangs in a phrase of its own below a party phrase: a preposition other
    than "of" ("investments in Jordan"), or a clause ("talks that Egypt hosted")."""
    while token.i != root.i and token.head.i != token.i:
        if (token.dep_ == "prep" and token.lower_ not in ("of", "from")) or \
                token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _signatory_countries(doc: Doc, governor: Token) -> list[Entity]:
    """'X signed for the United States, and Y signed for Ghana'; 'on behalf of Romania'."""
    found = []
    for token in governor.sent:
        if token.lemma_ == governor.lemma_:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "for":
                    found += _countries_in(child)
                elif child.dep_ == "prep" and child.lower_ == "on":
                    found += [c for g in child.children if g.lower_ == "behalf"
                              for c in _countries_in(g)]
    return found


def _title_organizations(span: Span) -> list[Entity]:
    """The organisations a headline names as a country's co-signers ("The United States and the
    African Union Commission Sign ..."): named organisations, known or not, that are no country."""
    found = []
    for ent in span.ents:
        if ent.label_ != "ORG" or gazetteer.country(ent.text) is not None:
            continue
        words_ = [t for t in ent if t.lower_ != "the"]
        known = gazetteer.organization(ent.text)
        if len(words_) < 2 and known is None:
            continue  # a single unknown word is too little to name a signer
        found.append(Entity(known.name if known else " ".join(t.text for t in words_),
                            ORGANIZATION))
    return found


def _served_country(analysis: Analysis, person: PersonMention) -> str | None:
    """The country a person named in the text serves, by the name the agreement grammar
    compares parties by ("President Biden" -> "United States")."""
    code = person_country_code(analysis, person)
    country = gazetteer.country_by_code(code) if code else None
    return country.name if country else None


def _listed_countries(span: Span, *, nationalities: bool = False) -> list[str]:
    names = []
    for ent in span.ents:
        if ent.label_ in ("GPE", "LOC") or (nationalities and ent.label_ in ("NORP", "ORG")):
            country = gazetteer.country(ent.text)
            if country:
                names.append(country.name)
    return list(dict.fromkeys(names))


def _article_countries(doc: Doc) -> list[str]:
    """The countries an article is about, most mentioned first (the title's count three times),
    for 'the two countries'."""
    counts: Counter[str] = Counter()
    title_end = next(iter(doc.sents)).end if len(doc) else 0
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            country = gazetteer.country(ent.text)
            if country:
                counts[country.name] += 3 if ent.start < title_end else 1
    analysis = analyse(doc)
    for mention in analysis.people:  # "President Biden" speaks for the United States
        country = _served_country(analysis, mention)
        if country:
            counts[country] += 1
    for match in re.finditer(r"\b([A-Z][\w.]+)-([A-Z][\w.]+)\b", text_of(doc)):  # "US-Mexico"
        for part in match.groups():
            country = gazetteer.country(part)
            if country:
                counts[country.name] += 1
    return [name for name, _ in counts.most_common()]


def _negated(verb: Token) -> bool:
    token = verb
    for _ in range(3):  # "is in violation of its obligations under UNCLOS"
        if token.lemma_.lower() in words().violations:
            return True  # does not implement it
        if token.head.i == token.i:
            break
        token = token.head
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ in words().negations


def _hedged(verb: Token) -> bool:
    lex = words()
    if verb.dep_ == "xcomp" and verb.head.lemma_ in lex.intentions:
        return True
    window = verb.doc[max(verb.sent.start, verb.i - 6):verb.i]
    return any(t.lower_ in lex.hedges for t in window) or any(
        c.lower_ in lex.hedges for c in verb.children if c.dep_ in ("aux", "advmod"))
