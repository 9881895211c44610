"""kg.extract.calibration: extractors' scores mapped to how often such facts were right, and
--min-confidence trading recall for precision."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import gazetteer
from kg.cli import cli
from kg.extract.calibration import calibrated

SEED = Path(__file__).parent.parent / "seeds"


def test_a_user_table_recalibrates_an_extractor(tmp_path, monkeypatch, facts_of):
    text = ("Secretary of State Antony J. Blinken met with Jamaican Prime Minister Andrew "
            "Holness Friday in Washington, D.C.")
    before = {f.evidence.extractor: f.evidence.confidence for f in facts_of(text, "holds_post")}
    assert before
    extractor, score = next(iter(before.items()))
    (tmp_path / "calibration.tsv").write_text(
        "# extractor\tlow\thigh\tn\tright\tconfidence\n"
        f"{extractor}\t0.0\t1.0\t10\t3\t0.3\n", encoding="utf-8")
    monkeypatch.setenv(gazetteer.ENV_DIR, str(tmp_path))
    gazetteer.clear_cache()
    try:
        after = {f.evidence.extractor: f.evidence.confidence for f in facts_of(text, "holds_post")}
        assert after[extractor] == 0.3
        assert calibrated(extractor, 1.0) == 0.3  # the top band holds 1.0
        assert calibrated("no.such.extractor", score) == score
    finally:
        monkeypatch.delenv(gazetteer.ENV_DIR)
        gazetteer.clear_cache()


def test_min_confidence_leaves_out_the_less_likely_facts():
    runner = CliRunner()
    every = [json.loads(line) for line in runner.invoke(
        cli, ["extract", str(SEED)], catch_exceptions=False).stdout.splitlines()]
    threshold = sorted({r["confidence"] for r in every})[len({r["confidence"] for r in every}) // 2]
    sure = [json.loads(line) for line in runner.invoke(
        cli, ["extract", str(SEED), "--min-confidence", str(threshold)],
        catch_exceptions=False).stdout.splitlines()]
    assert 0 < len(sure) < len(every)
    assert all(r["confidence"] >= threshold for r in sure)
    assert sure == [r for r in every if r["confidence"] >= threshold]


GOLD = Path(__file__).parent.parent.parent / "shared" / "eval" / "dev.gold.jsonl"


@pytest.mark.skipif(not GOLD.exists(), reason="the shared gold is not beside the repository")
def test_fit_calibration_writes_a_table_the_extractors_read(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(line + "\n" for line in GOLD.read_text().splitlines()
                            if '"000_ddbc0b487b12ab17"' in line))
    table = tmp_path / "calibration.tsv"
    result = CliRunner().invoke(cli, ["eval", str(gold), str(SEED), "--fit-calibration",
                                      str(table)], catch_exceptions=False)
    assert result.exit_code == 0
    rows = [line.split("\t") for line in table.read_text().splitlines()[1:]]
    assert rows
    for extractor, low, high, n, right, confidence in rows:
        assert float(low) < float(high) and 0 <= int(right) <= int(n)
        assert 0.0 < float(confidence) < 1.0


@pytest.mark.parametrize("doc_id, text, person, expected", [
    # a head of state whose country the reference data gives: right 49 of 51 blind
    ("sd-353957", "Secretary Blinken’s Travel for the Germany-hosted Food Security Ministerial "
     "and the G7 and NATO Summits\n\nOn June 25, Secretary Blinken will travel to Schloss Elmau "
     "to join President Biden for the G7 Leaders’ Summit.", "Biden", 0.85),
    # a post read without any organisation: right 18 of 39 blind
    ("sd-321231", "Secretary Antony J. Blinken On CNN State of the Union with Jake Tapper\n\n"
     "Speaker Pelosi said she’s willing to cut off all imports of Russian oil.", "Pelosi", 0.55),
])
def test_a_post_is_as_sure_as_the_blind_checks_found_its_kind(facts_of, doc_id, text, person,
                                                                 expected):
    confidence = {f.person.name.split()[-1]: f.evidence.confidence
                  for f in facts_of(text, "holds_post")}
    assert confidence[person] == pytest.approx(expected)
