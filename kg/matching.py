"""How the scorer compares names: the folding and the matching rules of `shared/eval/score.py`
(rules in `FORMAT.md`), ported as they are. `kg.evaluate` scores with them; each fact kind
(`kg.kinds`) folds the names of its evaluation units with `aliases`. Nothing here reads
files or knows about fact kinds.

    >>> same_person(fold("Secretary Pompeo"), fold("Mike Pompeo"))
    True
    >>> same_phrase(fold("The State Department"), fold("U.S. Department of State"))
    True
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from difflib import SequenceMatcher
from typing import Any

# Words left out of a phrase's content words ("Department of State" ~ "State Department").
STOP = frozenset({"the", "of", "a", "an", "and", "for", "on", "to", "in", "at", "with", "s",
                  "its", "their"})
# Dropped from content words too, unless nothing else is left ("U.S. Department of State").
COUNTRYISH = frozenset({"u", "s", "us", "usa", "united", "states", "america", "american"})
# Titles and honorifics that are not part of a person's name ("Secretary Pompeo").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "jr", "sr", "h", "e", "his", "her",
                        "excellency", "king", "queen", "prince", "princess", "sheikh",
                        "president", "secretary", "minister", "ambassador", "senator", "sen",
                        "rep", "gov", "general", "gen", "vice", "deputy", "prime", "foreign",
                        "first", "lady", "congressman", "congresswoman", "representative",
                        "governor", "mayor", "chancellor", "premier", "chairman", "chairwoman",
                        "chair", "director", "administrator", "commissioner", "speaker",
                        "leader", "emir", "crown", "pope", "rev", "judge", "justice"})
# First names that are one person's ("Joe" ~ "Joseph"); other first names tell people apart.
NICKNAMES = (frozenset({"joe", "joseph"}), frozenset({"mike", "michael"}),
             frozenset({"tony", "antony", "anthony"}), frozenset({"bill", "william", "will"}),
             frozenset({"bob", "robert", "rob"}), frozenset({"jim", "james"}),
             frozenset({"tom", "thomas"}), frozenset({"dan", "daniel"}),
             frozenset({"steve", "steven", "stephen"}), frozenset({"chris", "christopher"}),
             frozenset({"kate", "katherine", "catherine", "kathy"}),
             frozenset({"liz", "elizabeth", "beth"}), frozenset({"ned", "edward", "ed"}),
             frozenset({"andy", "andrew"}), frozenset({"ken", "kenneth"}),
             frozenset({"dick", "richard", "rick"}), frozenset({"sam", "samuel"}),
             frozenset({"alex", "alexander", "alejandro"}), frozenset({"nick", "nicholas"}),
             frozenset({"pete", "peter"}))
# Folded alias -> folded canonical country name.
COUNTRY_ALIASES: Mapping[str, str] = {
    "u s": "united states", "us": "united states", "usa": "united states",
    "united states of america": "united states", "america": "united states",
    "washington": "united states", "uk": "united kingdom", "u k": "united kingdom",
    "britain": "united kingdom", "great britain": "united kingdom",
    "republic of korea": "south korea", "rok": "south korea",
}
# Near-identical long phrases ("lopez obrador" / "lopez obrador s") still match.
FUZZY_MIN_LENGTH = 6
FUZZY_RATIO = 0.92

Aliases = tuple[str, ...]
Matcher = Callable[[str, str], bool]


def fold(text: Any) -> str:
    """Fold case, accents, possessives, punctuation and a leading "the".

    >>> fold("The U.S. Department of State")
    'u s department of state'
    >>> fold("México's Peña Nieto")
    'mexico pena nieto'
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("'s ", " ").replace("'s", "")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def aliases(value: Any) -> Aliases:
    """The folded aliases of a name field: a string, or a list of acceptable strings."""
    values = value if isinstance(value, list) else [value]
    return tuple(fold(v) for v in values if v)


def content_words(text: str) -> set[str]:
    """A folded phrase's content words: without stop words, and without country words
    unless they are all there is."""
    words = set(text.split()) - STOP
    return (words - COUNTRYISH) or words


def country(text: str) -> str:
    """The canonical name of a folded country alias, else the text itself."""
    return COUNTRY_ALIASES.get(text, text)


def same_phrase(a: str, b: str) -> bool:
    """Whether two folded organisation, post, agreement or country names match.

    >>> same_phrase("state department", "department of state")
    True
    >>> same_phrase("u s", "united states")
    True
    >>> same_phrase("department", "department of state")
    False
    """
    if a == b or country(a) == country(b):
        return True
    words_a, words_b = content_words(a), content_words(b)
    if words_a == words_b and words_a:
        return True
    small, big = sorted((words_a, words_b), key=len)
    # containment counts only for a specific phrase, missing at most one word
    if len(small) >= 2 and small <= big and len(big) - len(small) <= 1:
        return True
    return len(a) > FUZZY_MIN_LENGTH and SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO


def _name_tokens(name: str) -> list[str]:
    tokens = name.split()
    # a lone honorific-like token ("king") is the name itself
    return [t for t in tokens if t not in HONORIFICS or len(tokens) == 1]


def same_person(a: str, b: str) -> bool:
    """Whether two folded person names can be the same person in one article: equal,
    one a later mention of the other (surname, or name without middle names).

    >>> same_person("obrador", "andres manuel lopez obrador")
    True
    >>> same_person("joe biden", "joseph r biden")
    True
    >>> same_person("secretary pompeo", "mike pompeo")
    True
    >>> same_person("mike pompeo", "mike pence")
    False
    >>> same_person("jill biden", "joe biden"), same_person("vice president harris", "kamala harris")
    (False, True)
    """
    tokens_a, tokens_b = _name_tokens(a), _name_tokens(b)
    if not tokens_a or not tokens_b:
        return False
    if tokens_a == tokens_b:
        return True
    short, long_ = sorted((tokens_a, tokens_b), key=len)
    if long_[-len(short):] == short:  # "obrador" ~ "andres manuel lopez obrador"
        return True
    # same surname, same initial, and first names that agree: "joe biden" ~ "joseph r biden"
    return (tokens_a[-1] == tokens_b[-1] and tokens_a[0][0] == tokens_b[0][0]
            and same_first_name(tokens_a[0], tokens_b[0]))


def same_first_name(a: str, b: str) -> bool:
    """Whether two folded first names can be one person's.

    >>> same_first_name("joe", "joseph"), same_first_name("j", "joseph")
    (True, True)
    >>> same_first_name("jill", "joe")
    False
    """
    if a == b or len(a) == 1 or len(b) == 1 or a.startswith(b) or b.startswith(a):
        return True
    return any(a in group and b in group for group in NICKNAMES)


def any_match(gold: Aliases, predicted: Aliases, same: Matcher) -> bool:
    """Whether any gold alias matches any predicted alias under `same`."""
    return any(same(g, p) for g in gold for p in predicted)


def entity_match(gold: Aliases, predicted: Aliases) -> bool:
    """A participant, party or speaker: a person, or a country or organisation."""
    return any_match(gold, predicted, same_person) or any_match(gold, predicted, same_phrase)


__all__ = ["Aliases", "Matcher", "aliases", "any_match", "content_words", "country",
           "entity_match", "fold", "same_first_name", "same_person", "same_phrase"]
