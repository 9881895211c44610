"""kg.names: the one home of the name normalisers, on name forms as releases write them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import names

KG = Path(__file__).resolve().parent.parent / "kg"


@pytest.mark.parametrize("a, b", [
    ("Enrique Peña Nieto", "ENRIQUE PENA NIETO"),
    ("the U.S. Secretary-General", "the US Secretary General"),
    ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
    ("Côte d’Ivoire", "Cote d'Ivoire"),
])
def test_fold_makes_one_key(a, b):
    assert names.fold(a) == names.fold(b)


@pytest.mark.parametrize("a, b", [
    ("Joseph R. Biden, Jr.", "Joseph R Biden Jr"),
    ("Ra’ad Al-Hussein", "Raad Al Hussein"),
    ("Sauli Niinistö", "Sauli Niinisto"),
])
def test_name_key_makes_one_person(a, b):
    assert names.name_key(a) == names.name_key(b)


@pytest.mark.parametrize("text, bare", [
    ("the State Department’s", "State Department"),
    ("the United States'", "United States"),
    ("THE WHITE HOUSE", "WHITE HOUSE"),
    ("U.S.’s", "U.S."),
    ("Theresa May", "Theresa May"),
    ("Bahamas", "Bahamas"),
])
def test_bare_name(text, bare):
    assert names.bare_name(text) == bare


@pytest.mark.parametrize("text, name", [
    ("JOSEPH R. BIDEN, JR.", "Joseph R. Biden"),  # transcripts
    ("Martin Luther King, Jr.", "Martin Luther King"),
    ("Blinken’s", "Blinken"),
    ("John Smith III", "John Smith"),
    ("NED", "NED"),  # too short to be a transcript's capitals
    ("Micheál — I", "Micheál"),  # wh-49297: "Taoiseach, Micheál — I — when I was Vice President"
    ("Fritz I", "Fritz"),  # wh-52188: a mention running into the speaker's "I"
    ("Abdullah II", "Abdullah II"),  # a regnal number stays
])
def test_clean_person_name(text, name):
    assert names.clean_person_name(text) == name


def test_the_stages_share_the_normalisers():
    from kg import gazetteer, model, resolve
    from kg.extract import mentions, titles

    assert gazetteer.fold is names.fold
    assert model.slug is names.slug and model.search_key is names.search_key
    assert titles.bare_name is names.bare_name
    assert mentions.clean_person_name is names.clean_person_name
    assert resolve.without_suffix is names.without_suffix


#: Modules that keep a normaliser of their own, and why: `matching` ports the shared scorer's
#: folding (it must match the scorer, not us).
OWN_NORMALISERS = {"matching.py"}


def test_no_module_keeps_its_own_name_normaliser():
    pattern = re.compile(r"^def _?(fold|slug|clean_name|strip|name_key)\(", re.M)
    found = {str(path.relative_to(KG)) for path in KG.rglob("*.py")
             if path.name != "names.py" and pattern.search(path.read_text(encoding="utf-8"))}
    assert found <= OWN_NORMALISERS


@pytest.mark.parametrize("item, text, honorific", [
    ("wh-57737", "President Joseph R. Biden Jr. met today with President His Highness Sheikh "
                 "Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates (UAE), in "
                 "Jeddah, Saudi Arabia.", "Highness"),
    ("sd-245752", "The Secretary will conclude his trip with a stop in Amman to meet with His "
                  "Majesty King Abdullah II of Jordan and Deputy Prime Minister and Foreign "
                  "Minister Ayman Safadi.", "Majesty"),
])
def test_royal_styles_are_no_part_of_a_name_or_post(facts_of, item, text, honorific):
    facts = facts_of(text, "holds_post")
    assert facts and not any(honorific in f.person.name or honorific in (f.post or "")
                             for f in facts), item
