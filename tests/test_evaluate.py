"""kg.evaluate: the matching rules on small records, and the same numbers as the shared scorer."""
from __future__ import annotations

import contextlib
import copy
import importlib.util
import io
import json
import random
import sys
from pathlib import Path

import pytest

from kg import evaluate
from kg.errors import InputError

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SCORE_PY = SHARED_EVAL / "score.py"
DEV_GOLD = SHARED_EVAL / "dev.gold.jsonl"


def holds(doc="d1", person="Mike Pompeo", post="Secretary of State", org="State Department",
          **more):
    return {"doc": doc, "type": "holds_post", "person": person, "post": post, "org": org,
            "country": "United States", "status": "current", **more}


def test_a_holds_post_is_two_units_scored_separately():
    scores = evaluate.score([holds()], [holds(post="Foreign Minister")])
    assert (scores["post.person-org"].tp, scores["post.person-title"].tp) == (1, 0)
    assert (scores["post.person-title"].fp, scores["post.person-title"].fn) == (1, 1)


def test_gold_aliases_any_one_matches():
    gold = [holds(post=["Secretary of the Treasury", "Treasury Secretary"], org="Treasury")]
    assert evaluate.score(gold, [holds(post="Treasury Secretary", org="Treasury")]).micro.tp == 2


def test_optional_gold_is_neither_rewarded_nor_penalised():
    gold = [holds(), holds(person="Jared Kushner", post="Senior Adviser", org="White House",
                           optional=True)]
    found = evaluate.score(gold, [holds(), holds(person="Kushner", post="Senior Adviser",
                                                 org="White House")])
    missed = evaluate.score(gold, [holds()])
    assert found.table() == missed.table()
    assert found.micro.f1 == 1.0


def test_a_required_gold_copy_wins_over_an_optional_one():
    gold = [holds(optional=True), holds()]
    assert evaluate.score(gold, []).micro.fn == 2


def test_a_prediction_takes_a_required_gold_fact_before_an_optional_one():
    # both gold facts match "Mike Pompeo"; the optional one comes first in the file
    gold = [holds(person="Pompeo", optional=True), holds(person="Mike Pompeo")]
    scores = evaluate.score(gold, [holds(person="Mike Pompeo")])
    assert (scores.micro.tp, scores.micro.fn) == (2, 0)


def test_duplicates_are_collapsed_by_folded_key():
    scores = evaluate.score([holds()], [holds(), holds(person="MIKE POMPEO"), holds()])
    assert (scores.micro.tp, scores.micro.fp) == (2, 0)


def test_a_second_prediction_of_a_matched_fact_is_a_false_positive():
    scores = evaluate.score([holds()], [holds(), holds(person="Pompeo")])
    assert (scores.micro.tp, scores.micro.fp) == (2, 2)


def test_a_second_prediction_of_an_optional_fact_is_not_counted():
    scores = evaluate.score([holds(optional=True)], [holds(), holds(person="Pompeo")])
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (0, 0, 0)


def test_negated_predictions_are_left_out():
    scores = evaluate.score([holds()], [holds(negated=True)])
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (0, 0, 2)


def test_predictions_for_documents_outside_the_gold_are_ignored():
    scores = evaluate.score([holds()], [holds(), holds(doc="other", person="Someone Else")])
    assert scores.micro.fp == 0


def test_agreement_actions_are_accuracy_on_matched_pairs():
    gold = [{"doc": "d1", "type": "agreement", "parties": ["United States", "Mexico"],
             "agreement": ["safe third country agreement", "safe third country"],
             "action": "discuss"}]
    pred = [{"doc": "d1", "type": "agreement", "parties": ["U.S."],
             "agreement": "safe third country", "action": "sign"},
            {"doc": "d1", "type": "agreement", "parties": ["Mexico"],
             "agreement": "Safe Third Country Agreement", "action": "discuss"}]
    row = evaluate.score(gold, pred).table()["agreement.party"]
    assert (row["tp"], row["fp"], row["fn"], row["action_accuracy"]) == (2, 0, 0, 0.5)


def test_meeting_pairs_are_unordered():
    gold = [{"doc": "d1", "type": "meeting", "participants": ["Mike Pompeo", "Luis Videgaray",
                                                              "Mexico"]}]
    pred = [{"doc": "d1", "type": "meeting", "participants": ["Videgaray", "Pompeo"]},
            {"doc": "d1", "type": "meeting", "participants": ["Mexican Government", "Pompeo"]}]
    meeting = evaluate.score(gold, pred)["meeting.pair"]
    assert (meeting.tp, meeting.fp, meeting.fn) == (1, 1, 2)


@pytest.mark.parametrize("quote, matched", [
    ("We will talk up there.", True),
    ("we will talk", True),                        # all words of the shorter
    ("We will talk up there about trade and migration and security.", True),  # 5 of 5
    ("They said nothing of the kind up there.", False),
])
def test_statements_match_on_half_the_shorter_quotes_words(quote, matched):
    gold = [{"doc": "d1", "type": "statement", "speaker": "Mike Pompeo",
             "quote": "We will talk up there"}]
    pred = [{"doc": "d1", "type": "statement", "speaker": "Pompeo", "quote": quote}]
    assert evaluate.score(gold, pred).micro.tp == int(matched)


def test_topics_match_exactly_after_folding():
    gold = [{"doc": "d1", "type": "topic", "topic": "foreign trade"}]
    pred = [{"doc": "d1", "type": "topic", "topic": "Foreign Trade"},
            {"doc": "d1", "type": "topic", "topic": "trade"}]
    row = evaluate.score(gold, pred).table()["topic"]
    assert (row["tp"], row["fp"], row["fn"]) == (1, 1, 0)


def test_misses_and_table_text():
    scores = evaluate.score([holds()], [holds(post="Foreign Minister")])
    assert scores.misses == [
        'FP d1 post.person-title [["mike pompeo"], ["foreign minister"]]',
        'FN d1 post.person-title [["mike pompeo"], ["secretary of state"]]',
    ]
    lines = scores.format().splitlines()
    assert lines[0] == "relation              gold  pred    tp      P      R     F1"
    assert lines[1] == "post.person-org          1     1     1  1.000  1.000  1.000"
    assert lines[-1] == "micro                    2     2     1  0.500  0.500  0.500"
    assert [line.split()[0] for line in lines[1:]] == [*evaluate.KINDS, "micro"]


def test_empty_scores_are_zero():
    table = evaluate.score([], []).table()
    assert set(table) == {*evaluate.KINDS, "micro"}
    assert table["micro"] == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0,
                              "f1": 0.0}


def test_load_skips_blank_lines(tmp_path):
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(holds()) + "\n\n" + json.dumps(holds(doc="d2")) + "\n",
                    encoding="utf-8")
    assert [record["doc"] for record in evaluate.load(path)] == ["d1", "d2"]


@pytest.mark.parametrize("broken, reason", [
    ('{"doc": "d1", "type": ', "not JSON"),
    ('["d1", "holds_post"]', "not a JSON object"),
])
def test_load_names_the_broken_line(tmp_path, broken, reason):
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(holds()) + "\n" + broken + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        evaluate.load(path)
    assert caught.value.source == f"{path}:2"
    assert caught.value.reason.startswith(reason)


# --- the same numbers as shared/eval/score.py -------------------------------------------

@pytest.fixture(scope="module")
def shared_scorer():
    if not SCORE_PY.exists() or not DEV_GOLD.exists():
        pytest.skip(f"shared scorer not found at {SCORE_PY}")
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_shared(module, gold: Path, pred: Path, *flags: str) -> str:
    """What score.py prints for these files and flags."""
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", str(gold), str(pred), *flags]
    try:
        with contextlib.redirect_stdout(out):
            module.main()
    finally:
        sys.argv = argv
    return out.getvalue()


def first(value):
    return value[0] if isinstance(value, list) else value


def plain(record):
    """A prediction as the extractor writes it: one string per name, no `optional`."""
    record = {k: v for k, v in record.items() if k != "optional"}
    for name in ("person", "post", "org", "country", "speaker", "agreement", "topic"):
        if name in record:
            record[name] = first(record[name])
    for names in ("parties", "participants"):
        if names in record:
            record[names] = [first(v) for v in record[names]]
    return record


def surname(name):
    return name.split()[-1] if isinstance(name, str) and name.split() else name


def surnames_only(record):
    record = plain(record)
    if "person" in record:
        record["person"] = surname(record["person"])
    if "speaker" in record:
        record["speaker"] = surname(record["speaker"])
    if "participants" in record:
        record["participants"] = [surname(p) for p in record["participants"]]
    return record


def us_abbreviated(record):
    text = json.dumps(plain(record), ensure_ascii=False)
    return json.loads(text.replace("United States", "U.S."))


def _gold():
    return [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def required(gold):
    """The gold without its optional facts, aliases and all."""
    return [r for r in gold if not r.get("optional")]


def first_aliases(gold):
    # several gold facts of one person differ only in later aliases: one alias merges them
    return [plain(r) for r in gold if not r.get("optional")]


def dropped(gold):
    return [plain(r) for i, r in enumerate(gold) if i % 3]


def false_facts(gold):
    docs = sorted({r["doc"] for r in gold})
    extra = []
    for doc in docs:
        extra += [
            holds(doc=doc, person="Nobody Inparticular", post="Grand Vizier",
                  org="Ministry of Magic"),
            {"doc": doc, "type": "agreement", "parties": ["Atlantis"],
             "agreement": "treaty of nowhere", "action": "sign"},
            {"doc": doc, "type": "meeting",
             "participants": ["Nobody Inparticular", "Someone Else"]},
            {"doc": doc, "type": "statement", "speaker": "Nobody Inparticular",
             "quote": "Nothing of this was ever said by anyone"},
            {"doc": doc, "type": "topic", "topic": "space"},
        ]
    return first_aliases(gold) + extra


def negated(gold):
    return [{**plain(r), "negated": True} if i % 2 else plain(r) for i, r in enumerate(gold)]


def duplicated(gold):
    once = [plain(r) for r in gold]
    return once + [surnames_only(r) for r in gold] + once[::2]


def wrong_actions(gold):
    return [{**plain(r), "action": "withdraw"} if r["type"] == "agreement" and i % 2
            else plain(r) for i, r in enumerate(gold)]


def last_aliases(gold):
    def last(value):
        return value[-1] if isinstance(value, list) else value
    records = []
    for record in gold:
        record = copy.deepcopy(record)
        for name in ("person", "post", "org", "speaker", "agreement"):
            if name in record:
                record[name] = last(record[name])
        records.append(record)
    return records


def cut_quotes(gold):
    records = []
    for record in map(plain, gold):
        if record["type"] == "statement":
            words = record["quote"].split()
            record["quote"] = " ".join(words[: len(words) // 3] + "quite other words here".split())
        records.append(record)
    return records


def shuffled(gold):
    records = [surnames_only(r) for r in gold if r["type"] != "topic"]
    random.Random(7).shuffle(records)
    return records


def outside_docs(gold):
    return gold + [{**plain(r), "doc": "not-in-gold"} for r in gold[:10]]


def mixed(gold):
    return (dropped(gold)[::2] + [us_abbreviated(r) for r in gold[:20]] + negated(gold)[5:40]
            + false_facts(gold)[-7:] + cut_quotes(gold)[60:120] + duplicated(gold)[150:])


VARIANTS = {
    "gold as is": lambda gold: gold,
    "required facts": required,
    "first aliases": first_aliases,
    "nothing": lambda gold: [],
    "every third dropped": dropped,
    "surnames only": lambda gold: [surnames_only(r) for r in gold],
    "U.S. for United States": lambda gold: [us_abbreviated(r) for r in gold],
    "false facts added": false_facts,
    "negated facts": negated,
    "duplicates": duplicated,
    "wrong actions": wrong_actions,
    "last aliases": last_aliases,
    "quotes cut to a third": cut_quotes,
    "shuffled": shuffled,
    "documents outside the gold": outside_docs,
    "mixed": mixed,
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_same_numbers_as_the_shared_scorer(shared_scorer, tmp_path, variant):
    gold = _gold()
    predicted = VARIANTS[variant](copy.deepcopy(gold))
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in predicted),
                         encoding="utf-8")

    scores = evaluate.score(evaluate.load(DEV_GOLD), evaluate.load(pred_path))

    assert scores.table() == json.loads(run_shared(shared_scorer, DEV_GOLD, pred_path, "--json"))
    assert scores.format() + "\n" == run_shared(shared_scorer, DEV_GOLD, pred_path)
    assert "".join(line + "\n" for line in scores.misses) + "\n" + scores.format() + "\n" == (
        run_shared(shared_scorer, DEV_GOLD, pred_path, "--misses"))


def test_the_gold_without_optional_facts_scores_one(shared_scorer):
    table = evaluate.score(_gold(), required(_gold())).table()
    assert {kind: row["f1"] for kind, row in table.items()} == {
        kind: 1.0 for kind in [*evaluate.KINDS, "micro"]}
    assert table["agreement.party"]["action_accuracy"] == 1.0
