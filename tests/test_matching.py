"""kg.matching: how the scorer folds and compares names (the rules of shared/eval/score.py;
tests/test_evaluate.py checks the whole scorer gives score.py's numbers)."""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from kg import matching
from kg.matching import fold, same_person, same_phrase


@pytest.mark.parametrize("text, folded", [
    ("The State Department", "state department"),
    ("U.S. Department of State", "u s department of state"),
    ("Peña Nieto", "pena nieto"),
    ("Mexico’s Ministry of Foreign Affairs", "mexico ministry of foreign affairs"),
    ("Theodore Roosevelt", "theodore roosevelt"),
])
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("gold, predicted, same", [
    ("Mike Pompeo", "Mike Pompeo", True),
    ("Mike Pompeo", "Pompeo", True),                             # surname, later mention
    ("Andres Manuel Lopez Obrador", "Lopez Obrador", True),
    ("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador", True),
    ("Luis Videgaray Caso", "Luis Caso", True),                  # first name + surname
    ("Joseph R. Biden", "Joe Biden", True),
    ("Mike Pompeo", "Secretary Pompeo", True),                   # honorific dropped
    ("Mike Pompeo", "Mike Pence", False),
    ("Mike Pompeo", "Mike", False),
    ("Jared Kushner", "Charles Kushner", False),
])
def test_same_person(gold, predicted, same):
    assert same_person(fold(gold), fold(predicted)) is same


@pytest.mark.parametrize("gold, predicted, same", [
    ("State Department", "Department of State", True),          # same content words
    ("U.S. Department of State", "Department of State", True),  # country words dropped
    ("United States", "U.S.", True),                            # country aliases
    ("United States", "USA", True),
    ("United States", "America", True),
    ("United Kingdom", "Britain", True),
    ("safe third country agreement", "safe third country", True),  # contains, 2+ words
    ("Department of Homeland Security", "Homeland Security", True),
    ("Department of State", "Department", False),               # one word is too little
    ("Department of Homeland Security", "Department of Treasury", False),
    ("North American Free Trade Agreement", "Trade Agreement", False),  # two words short
    ("Mexico", "Canada", False),
])
def test_same_phrase(gold, predicted, same):
    assert same_phrase(fold(gold), fold(predicted)) is same


# --- the same as shared/eval/score.py ---------------------------------------------------

SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
DEV_GOLD = SCORE_PY.parent / "dev.gold.jsonl"


@pytest.fixture(scope="module")
def shared_scorer():
    if not SCORE_PY.exists() or not DEV_GOLD.exists():
        pytest.skip(f"shared scorer not found at {SCORE_PY}")
    spec = importlib.util.spec_from_file_location("shared_eval_score_matching", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_vocabulary_is_the_scorers(shared_scorer):
    assert matching.STOP == shared_scorer.STOP
    assert matching.COUNTRYISH == shared_scorer.COUNTRYISH
    assert matching.HONORIFICS == shared_scorer.HONORIFICS
    assert dict(matching.COUNTRY_ALIASES) == shared_scorer.COUNTRY_ALIASES
    assert list(map(set, matching.NICKNAMES)) == shared_scorer.NICKNAMES


def test_every_gold_name_folds_and_matches_as_the_scorer_says(shared_scorer):
    """The names of the development gold: the same folding; and the same verdicts on every
    pair of names of one kind that share a content word (where matching has something to
    decide) and of any names, each a fixed random sample."""
    names: dict[str, set[str]] = {"person": set(), "phrase": set()}
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        for field in ("person", "speaker", "participants", "parties"):
            values = record.get(field) or []
            for value in values if isinstance(values, list) else [values]:
                names["person"].update(value if isinstance(value, list) else [value])
        for field in ("org", "post", "agreement", "country"):
            value = record.get(field) or []
            names["phrase"].update(value if isinstance(value, list) else [value])
    draw = random.Random(8)
    for kind, same, theirs in (("person", matching.same_person, shared_scorer.same_person),
                               ("phrase", matching.same_phrase, shared_scorer.same_phrase)):
        folded = sorted({matching.fold(name) for name in names[kind] if name})
        assert folded == sorted({shared_scorer.fold(name) for name in names[kind] if name})
        assert len(folded) > 100
        by_word: dict[str, list[str]] = {}
        for name in folded:
            for word in matching.content_words(name):
                by_word.setdefault(word, []).append(name)
        near = sorted({(a, b) for group in by_word.values() for a in group for b in group})
        pairs = draw.sample(near, min(len(near), 3000)) + [
            tuple(draw.sample(folded, 2)) for _ in range(1000)]
        assert sum(same(a, b) for a, b in pairs) > 100
        assert [(a, b) for a, b in pairs if same(a, b) != theirs(a, b)] == []
    assert matching.aliases(["A. B", "", "The C"]) == tuple(shared_scorer.aliases(["A. B", "", "The C"]))
