"""kg.extract.entities: every person, organisation and place an article names, as names (the
resolver keeps the people, countries and known organisations). Passages from corpus items
outside the gold."""
from __future__ import annotations

import pytest

from kg.resolve import Resolver


@pytest.mark.parametrize("corpus_id, text, expected, absent", [
    ("sd-320412", "Sanctions\n\nTreasury designated oligarchs close to Putin: Alisher Usmanov, "
     "Boris Rotenberg, and Igor Rotenberg. Ukrainian officials welcomed the step.",
     {"person/alisher-usmanov", "person/boris-rotenberg", "country/ua",
      "organization/department-of-the-treasury"}, set()),
    ("sd-348864", "Secretary Blinken remarks\n\nWashington, D.C.\n\nThomas Jefferson Room\n\n"
     "SECRETARY BLINKEN: Good morning, everyone.",
     set(), {"person/thomas-jefferson-room"}),
])
def test_named_entities_resolve_to_mentions(nlp, corpus_id, text, expected, absent):
    from kg.extract.entities import named_entities

    keys = {e.key for e in Resolver().mentions(named_entities(nlp(text)))}
    assert expected <= keys, (corpus_id, keys)
    assert not absent & keys, (corpus_id, keys)
