"""The grammar of meetings as data: the words, the title patterns (`TITLE_PATTERNS`) and the
body patterns (`BODY_PATTERNS`), spaCy Matcher / DependencyMatcher patterns each with the
confidence of its rule, and the matchers built from them."""
from __future__ import annotations

import re

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Token

from kg.names import HONORIFICS


#: Nouns that name a meeting event.
MEETING_NOUNS = ["meeting", "meetings", "talks", "bilateral", "trilateral", "consultations",
                 "videoconference", "video-conference", "summit", "tête-à-tête", "discussion",
                 "discussions", "dinner", "lunch", "luncheon", "breakfast", "session"]
#: Words between "their"/"’s" and a meeting noun in titles ("Before Their Virtual Bilateral Meeting").
MEETING_MODIFIERS = ["bilateral", "trilateral", "virtual", "first", "second", "in-person",
                     "private", "official", "joint", "introductory", "courtesy", "the"]
POSSESSIVE = ["’s", "'s"]
#: Meeting nouns whose "with"/"between" alone makes a meeting: not "discussion(s)", which a
#: call has as well ("the Secretary’s discussion with Foreign Minister Lavrov"); the held
#: verb keeps them ("held frank discussions with").
MET_NOUNS = [w for w in MEETING_NOUNS if w not in ("discussion", "discussions")]

#: Title lines that report a meeting. Each: (rule, confidence, patterns). Persons before the
#: match and persons after its "with"/"between" are the two sides.
TITLE_PATTERNS: list[tuple[str, float, list[list[dict]]]] = [
    # "Secretary Blinken’s Meeting with Australian Foreign Minister Payne"
    ("title.possessive", 0.85, [[
        {"LOWER": {"IN": POSSESSIVE}}, {"LOWER": {"IN": MEETING_MODIFIERS}, "OP": "*"},
        {"LOWER": {"IN": ["meeting", "meetings", "bilateral", "trilateral"]}},
        {"LOWER": {"IN": ["with", "between"]}}]]),
    # "Joint Readout of the Meeting Between President Biden and Prime Minister Draghi",
    # "Statement on National Security Advisor Jake Sullivan meeting with Secretary Beliz"
    ("title.meeting-with", 0.7, [[
        {"LOWER": {"IN": MEETING_MODIFIERS}, "OP": "*"},
        {"LOWER": {"IN": ["meeting", "meetings", "consultations", "talks", "meets"]}},
        {"LOWER": {"IN": ["with", "between"]}}]]),
    # "Secretary Antony J. Blinken and Estonian Prime Minister Kaja Kallas Before Their Meeting",
    # "Remarks by President Biden and Prime Minister Martin of Ireland Before Virtual Bilateral Meeting"
    ("title.their-meeting", 0.95, [[
        {"LOWER": {"IN": ["before", "after", "during", "following", "at", "in"]}},
        {"LOWER": {"IN": ["their", "a", "the"]}, "OP": "?"},
        {"LOWER": {"IN": MEETING_MODIFIERS}, "OP": "*"},
        {"LOWER": {"IN": ["meeting", "meetings", "talks", "bilateral", "trilateral"]}}]]),
    # "Secretary Antony J. Blinken and German Foreign Minister Heiko Maas at a Joint Press
    # Availability", "... in Joint Press Conference", "... at a Signing Ceremony for ..."
    ("title.joint-appearance", 0.85, [
        [{"LOWER": {"IN": ["at", "in"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
         {"LOWER": "joint"}, {"LOWER": {"IN": ["press", "news"]}},
         {"LOWER": {"IN": ["availability", "conference"]}}],
        [{"LOWER": "joint"}, {"LOWER": "press"}, {"LOWER": "availability"}, {"LOWER": "with"}],
        [{"LOWER": {"IN": ["at", "in"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
         {"LOWER": "signing"}, {"LOWER": {"IN": ["ceremony", "of"]}}]]),
]
#: Title words after which the persons named are not a side of the meeting ("Statement by
#: Press Secretary Jen Psaki on President Biden’s Meeting with ...").
TITLE_LEFT_STOPS = frozenset({"on", "following", ":", "|", "regarding", "about"})
#: Title words that end the "with" side ("... with Prime Minister Modi on Climate", "| Tokyo").
TITLE_RIGHT_STOPS = frozenset({"on", "|", ":", "regarding", "about", "in", "at", "ahead",
                               "during", "following", "before", "after", "who", "that", "which"})
#: Verbs of purpose after "to" that end a side ("... with Elected Officials to Discuss ...").
PURPOSE_VERBS = frozenset({"discuss", "advance", "address", "strengthen", "review", "deepen",
                           "launch", "mark", "celebrate", "highlight", "talk", "promote",
                           "reaffirm", "expand", "support", "combat", "commemorate", "sign"})
#: Title words of a meeting still to come: no fact.
#: Title words before the match that announce a meeting still to come ("Statement by Press
#: Secretary Jen Psaki Announcing President Biden’s Meeting with ...").
TITLE_ANNOUNCING = frozenset({"previewing", "preview", "upcoming", "will", "announcing"})
TITLE_PLANNED = TITLE_ANNOUNCING | {"ahead", "to"}

#: Body patterns (DependencyMatcher). Each: (rule, confidence, pattern). The node "verb" (or
#: "noun") anchors the match; "with" is the preposition whose object is the other side.
_VERB = {"POS": {"IN": ["VERB", "AUX"]}}
#: Events that others join or that someone hosts.
_EVENTS = frozenset(MEETING_NOUNS) | {"roundtable", "event", "ceremony", "reception",
                                      "conversation", "round-table", "gathering", "signing"}
BODY_PATTERNS: list[tuple[str, float, list[dict]]] = [
    # "Secretary of State Antony J. Blinken met with Angolan Foreign Minister Téte António"
    ("verb.met-with", 0.65, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "meet", **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "with",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "with"}}]),
    # "The President met President Whipps in the Oval Office"
    ("verb.met", 0.85, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "meet", **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "dobj"}}]),
    # "Blinken and Turkish Foreign Minister Cavusoglu met in New York on May 18"
    ("verb.met-together", 0.85, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "meet", **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "subject", "REL_OP": ">", "RIGHT_ID": "other", "RIGHT_ATTRS": {"DEP": "conj"}}]),
    # "President Biden hosted Senate Judiciary Chair Dick Durbin in the Oval Office",
    # "Dutch Ambassador André Haspels hosted a meeting joined by ..."
    ("verb.hosted", 0.7, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["host", "co-host", "convene"]},
                                             **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "dobj"}}]),
    # "The President welcomed Prime Minister Kishida to the White House"
    ("verb.welcomed-to", 0.85, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "welcome", **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "dobj"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": {"LOWER": "to"}},
        {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "place", "RIGHT_ATTRS": {"DEP": "pobj"}}]),
    # "held talks with", "had a productive meeting with", "held a bilateral meeting with"
    ("verb.held-talks", 0.85, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["hold", "have", "conduct"]}, **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": {"IN": MEETING_NOUNS}}}]),
    # "sat down with"
    ("verb.sat-down", 0.85, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "sit", **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "down", "RIGHT_ATTRS": {"LOWER": "down"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "with",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "with"}}]),
    # "Minister Juan Pino joined Chargé d’Affaires Stewart Tuttle in signing the Arrangement",
    # "joined Prime Minister X for talks"
    ("verb.joined-for", 0.75, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "join", **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "dobj"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["for", "in", "at"]}}},
        {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "event",
         "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]},
                         "LOWER": {"IN": sorted(_EVENTS)}}}]),
    # "CNES President Baptiste was joined for the event by NASA Administrator Bill Nelson, ..."
    ("verb.joined-by", 0.75, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "join", "TAG": "VBN"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["for", "in", "at"]}}},
        {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "event",
         "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}, "LOWER": {"IN": sorted(_EVENTS)}}},
        {"LEFT_ID": "event", "REL_OP": ">", "RIGHT_ID": "object",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "by"}}]),
    ("verb.joined-by", 0.75, [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "join", "TAG": "VBN"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "agent"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["for", "in", "at"]}}},
        {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "event",
         "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}, "LOWER": {"IN": sorted(_EVENTS)}}}]),
    # "a ceremony hosted today by French Ambassador Philippe Étienne": no meeting by itself;
    # its host took part in what "the event" later reports
    ("event.hosted-by", 0.0, [
        {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(_EVENTS)}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "acl", "LEMMA": {"IN": ["host", "co-host"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}}]),
    # "Deputy Secretary Sherman’s meeting with ...", "in a meeting with ...", "during their
    # meeting with ...", "the meeting between President Biden and President Erdogan"
    ("noun.meeting-with", 0.8, [
        {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": MET_NOUNS},
                                             "POS": {"IN": ["NOUN", "PROPN"]}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "with",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["with", "between"]}}}]),
    # "During their meeting, they reviewed ..."
    ("noun.their-meeting", 0.75, [
        {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": ["meeting", "talks"]},
                                             "POS": {"IN": ["NOUN", "PROPN"]}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "their",
         "RIGHT_ATTRS": {"DEP": "poss", "LOWER": "their"}}]),
]
#: Nouns that, as the object of "hosted"/"joined", make a meeting event rather than a person
#: met ("hosted a meeting joined by ...", "hosted a roundtable with ...").
EVENT_OBJECTS = _EVENTS
#: The words of a placed welcome ("welcomed X to the White House", "to Washington").
WELCOME_PLACES = frozenset({"house", "washington", "department", "office", "camp", "residence",
                            "observatory", "capitol", "pentagon", "building"})

#: Auxiliaries of a meeting not yet held.
MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "could", "must", "'ll",
                    "’ll", "can", "to"})
#: Verbs governing a meeting still to come ("plans to meet", "looks forward to meeting").
PLANNING_VERBS = frozenset({"plan", "expect", "hope", "look", "schedule", "intend", "seek",
                            "want", "propose", "invite", "prepare", "preview", "await", "aim",
                            "wish"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})
PLANNED_MODIFIERS = frozenset({"tomorrow", "later", "upcoming", "next", "future", "planned", "proposed", "possible",
                               "potential", "forthcoming", "scheduled", "first-ever"})
#: Nouns of what a meeting still to come is set to cover: a meeting noun under one of them
#: ("what is on the agenda in their bilateral meeting", "the agenda for the meeting with the
#: German Chancellor") is planned.
PLANNING_NOUNS = frozenset({"agenda"})
#: How two people came to know each other, not a meeting held (DependencyMatcher on "met"
#: without "with"): "Whelan Prine met John while working there ..., and they later married",
#: "my parents met and married", "Jill and I met and fell in love", "Jeannie and Ralph met
#: while he was recovering from his wounds", "They met when they were undergraduate students".
_MET = {"LEMMA": "meet", "POS": {"IN": ["VERB", "AUX"]}}
_LIFE_MARKS = ["while", "when"]
_PAST_BE = ["was", "were"]
ACQUAINTANCE_PATTERNS: list[list[dict]] = [
    [{"RIGHT_ID": "verb", "RIGHT_ATTRS": _MET},
     {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "then",
      "RIGHT_ATTRS": {"DEP": "conj", "LEMMA": {"IN": ["marry", "wed", "date", "court"]}}}],
    [{"RIGHT_ID": "verb", "RIGHT_ATTRS": _MET},
     {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "then",
      "RIGHT_ATTRS": {"DEP": "conj", "LEMMA": "fall"}},
     {"LEFT_ID": "then", "REL_OP": ">>", "RIGHT_ID": "love", "RIGHT_ATTRS": {"LOWER": "love"}}],
    # "Jeannie and Ralph met while he was recovering": a stretch of one of the two's life,
    # in the past progressive (not "X and Y met while they were attending the G20")
    [{"RIGHT_ID": "verb", "RIGHT_ATTRS": _MET},
     {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "life",
      "RIGHT_ATTRS": {"DEP": "advcl", "TAG": "VBG"}},
     {"LEFT_ID": "life", "REL_OP": ">", "RIGHT_ID": "mark",
      "RIGHT_ATTRS": {"DEP": "mark", "LOWER": {"IN": _LIFE_MARKS}}},
     {"LEFT_ID": "life", "REL_OP": ">", "RIGHT_ID": "be",
      "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": _PAST_BE}}},
     {"LEFT_ID": "life", "REL_OP": ">", "RIGHT_ID": "one",
      "RIGHT_ATTRS": {"DEP": "nsubj", "LOWER": {"IN": ["he", "she"]}}}],
    # "met when they were undergraduate students"
    [{"RIGHT_ID": "verb", "RIGHT_ATTRS": _MET},
     {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "life",
      "RIGHT_ATTRS": {"DEP": "advcl", "LOWER": {"IN": _PAST_BE}}},
     {"LEFT_ID": "life", "REL_OP": ">", "RIGHT_ID": "mark",
      "RIGHT_ATTRS": {"DEP": "mark", "LOWER": {"IN": _LIFE_MARKS}}},
     {"LEFT_ID": "life", "REL_OP": ">", "RIGHT_ID": "what", "RIGHT_ATTRS": {"DEP": "attr"}}],
]
#: The rules of a bare "met" that the acquaintance patterns apply to ("met with" is a meeting).
ACQUAINTANCE_RULES = frozenset({"verb.met", "verb.met-together"})
#: A transcript's speaker labels ("Q ", "MS. PSAKI:", "SECRETARY BLINKEN:").
TRANSCRIPT = re.compile(r"^(?:Q |[A-Z][A-Z.’' -]{2,40}:)", re.M)
#: Words of a phone call: a sentence with these around the match reports a call.
CALL_WORDS = frozenset({"call", "calls", "phone", "telephone", "phoned", "spoke", "speak"})

#: Subjects that stand for the people of the meeting named just before.
GROUP_SUBJECTS = frozenset({"they", "leaders", "ministers", "both", "two", "sides"})
PERSON_PRONOUNS = frozenset({"he", "she"})
#: Heads of an unnamed side that stands for its country or organisation ("met with Algerian
#: leaders", "with members of Bulgaria’s new government", "with NATO and EU officials").
OFFICIAL_GROUPS = frozenset({"officials", "leaders", "government", "delegation", "counterparts",
                             "counterpart", "ministers", "representatives", "members",
                             "authorities", "parliamentarians", "lawmakers", "leadership",
                             "team", "delegations", "senators", "legislators"})
#: Relative clauses and participles that name members of a side ("a delegation that included
#: Foreign Minister Kakubo", "a meeting joined by ...", "representatives, including ...").
MEMBER_VERBS = frozenset({"include", "lead", "head", "join", "attend", "comprise", "feature"})
#: Words of religious and courtly rank that end up in front of names.
NAME_PREFIXES = HONORIFICS | frozenset({
    "archbishop", "cardinal", "bishop", "pope", "rabbi", "imam", "father", "holiness", "majesty",
    "highness", "royal", "h.e.", "lady", "first", "adm.", "adm", "gen.", "gen", "general", "lt.",
    "lt", "lieutenant", "col.", "col", "colonel", "maj.", "major", "capt.", "captain", "sgt.",
    "taoiseach", "senator", "sen.", "rep.", "representative", "judge", "justice",
    # Malay and courtly honorifics ("Foreign Minister II Dato Erywan Yusof", "Acting Prime
    # Minister Honorable Aiyaz Sayed-Khaiyum")
    "honorable", "honourable", "hon.", "dato", "datuk", "dato'"})
#: A title's ordinal the model takes into the name after it ("Foreign Minister II Erywan");
#: only at a name's start ("King Abdullah II ibn Al Hussein" keeps his).
TITLE_ORDINALS = frozenset({"ii", "iii"})


#: Events held or hosted together by the persons of one side, with no one named on the
#: other: they met each other.
CO_HOST_CONFIDENCE = 0.7
#: ... but hosts of a roundtable "with LGBTQ+ leaders" met a side the fact cannot name: judged
#: right 4 times of 7 in the blind checks of rounds 1-17 ("partly": the other side left out).
CO_HOSTED_WITH_UNNAMED_CONFIDENCE = 0.55
#: Rules whose participants may all be countries or organisations ("The United States and
#: Japan held the first JUCEP meeting").
TOGETHER_RULES = frozenset({"verb.held-together", "verb.met-together"})


def _acquaintances(doc: Doc) -> frozenset[int]:
    """The "met" tokens of how people came to know each other (`ACQUAINTANCE_PATTERNS`), found
    once per document."""
    found = doc.user_data.get("kg.acquaintances")
    if found is None:
        _, _, matcher = _matchers(doc.vocab)
        found = doc.user_data["kg.acquaintances"] = frozenset(
            token_ids[0] for _, token_ids in matcher(doc))
    return found


def _on_agenda(noun: Token) -> bool:
    """"the agenda for the meeting", "on the agenda in their meeting": a meeting to come."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        and noun.head.head.lemma_ in PLANNING_NOUNS


def _matchers(vocab) -> tuple[Matcher, DependencyMatcher, DependencyMatcher]:
    """The title, body and acquaintance matchers of a vocabulary, built once."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None:
        title = Matcher(vocab)
        for rule, _, patterns in TITLE_PATTERNS:
            title.add(rule, patterns)
        body = DependencyMatcher(vocab)
        for k, (rule, _, pattern) in enumerate(BODY_PATTERNS):
            body.add(f"{k}:{rule}", [pattern])
        acquaintance = DependencyMatcher(vocab)
        acquaintance.add("acquaintance", ACQUAINTANCE_PATTERNS)
        cached = _MATCHERS[id(vocab)] = (title, body, acquaintance)
    return cached


_MATCHERS: dict[int, tuple[Matcher, DependencyMatcher, DependencyMatcher]] = {}
_TITLE_CONFIDENCE = {rule: confidence for rule, confidence, _ in TITLE_PATTERNS}


def _title_matches(doc: Doc, title_end: int) -> list[tuple[str, float, int, int]]:
    matcher, _, _ = _matchers(doc.vocab)
    found = []
    for match_id, start, end in matcher(doc[:title_end]):
        rule = doc.vocab.strings[match_id]
        found.append((rule, _TITLE_CONFIDENCE[rule], start, end))
    # the longest match at each place, in order of the patterns' list
    order = [rule for rule, _, _ in TITLE_PATTERNS]
    found.sort(key=lambda m: (order.index(m[0]), m[2] - m[3]))
    return found


def _body_matches(doc: Doc, title_end: int):
    """Every body match as (rule, confidence, anchor token, {node name: token}), in text order,
    the first rule of the list winning at each anchor."""
    _, matcher, _ = _matchers(doc.vocab)
    by_anchor: dict[int, tuple[int, str, float, Token, dict[str, Token]]] = {}
    for match_id, token_ids in matcher(doc):
        key = doc.vocab.strings[match_id]
        k, rule = key.split(":", 1)
        _, confidence, pattern = BODY_PATTERNS[int(k)]
        nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern, token_ids)}
        anchor = doc[token_ids[0]]
        if anchor.i < title_end:
            continue
        if anchor.i not in by_anchor or int(k) < by_anchor[anchor.i][0]:
            by_anchor[anchor.i] = (int(k), rule, confidence, anchor, nodes)
    for i in sorted(by_anchor):
        _, rule, confidence, anchor, nodes = by_anchor[i]
        yield rule, confidence, anchor, nodes
