"""How gazetteer names are compared: folded text, guarded by case."""
from __future__ import annotations

import re
import unicodedata

_ACRONYM_RE = re.compile(r"^[A-Z0-9&]{2,8}$")





def fold(text: str) -> str:
    """The matching key of `text`: no accents, lower case, no dots, hyphens as spaces.

    >>> fold("  the U.S. Secretary-General's  ")
    "the us secretary general's"
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'")
    text = text.replace("&", " and ").replace(".", "")
    text = re.sub(r"[-\u2010-\u2015]", " ", text)
    return " ".join(text.lower().split())


def _strip(text: str) -> str:
    """Surface text without a leading article or a trailing possessive."""
    text = " ".join(text.replace("\u2019", "'").split()).strip(" ,;:")
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    return re.sub(r"'s?$", "", text) if re.search(r"\w's$|s'$", text) else text


def _is_acronym(form: str) -> bool:
    return bool(_ACRONYM_RE.match(form.replace(".", "").replace("-", "")))


def _case_ok(surface: str, form: str) -> bool:
    """Whether `surface` is written so that it may stand for the lexicon entry `form`."""
    if _is_acronym(form):
        return _is_acronym(surface)
    first = next((c for c in surface if c.isalpha()), "")
    return first.isupper()
