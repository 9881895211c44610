"""How gazetteer names are compared: folded text (`kg.names`), guarded by case."""
from __future__ import annotations

import re

from kg.names import bare_name, fold  # noqa: F401

_ACRONYM_RE = re.compile(r"^[A-Z0-9&]{2,8}$")


def _is_acronym(form: str) -> bool:
    return bool(_ACRONYM_RE.match(form.replace(".", "").replace("-", "")))


def _case_ok(surface: str, form: str) -> bool:
    """Whether `surface` is written so that it may stand for the lexicon entry `form`."""
    if _is_acronym(form):
        return _is_acronym(surface)
    first = next((c for c in surface if c.isalpha()), "")
    return first.isupper()
