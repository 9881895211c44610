"""Evaluation: compares fact records with a gold file, relation by relation (`kg eval`).

A faithful port of the shared scorer (`shared/eval/score.py`, rules in `FORMAT.md`): the same
name folding, matching rules, optional gold facts, dedupe and greedy matching order, so the
numbers here are the numbers there. Each fact kind declares which units its records give
(`kg.kinds`); how names are folded and compared is `kg.matching`, and how units match, the
dedupe and the matching order stay here. Nothing here prints.

Examples:
    >>> gold = [{"doc": "d1", "type": "holds_post", "person": "Mike Pompeo",
    ...          "post": "Secretary of State", "org": "State Department"}]
    >>> pred = [{"doc": "d1", "type": "holds_post", "person": "Pompeo",
    ...          "post": "Secretary of State", "org": "Department of State"}]
    >>> score(gold, pred).table()["micro"]
    {'tp': 2, 'fp': 0, 'fn': 0, 'precision': 1.0, 'recall': 1.0, 'f1': 1.0}
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import kinds
from kg.errors import InputError
from kg.matching import Aliases, any_match, entity_match, fold, same_person, same_phrase

# The scored relations, in the order of the report.
KINDS = ("post.person-org", "post.person-title", "agreement.party", "meeting.pair",
         "statement", "topic")
# Quotes match when they share at least this share of the shorter one's words.
QUOTE_OVERLAP = 0.5

# A unit's key: alias tuples for names; a statement's quote is kept as raw text.
Key = tuple[Aliases | str, ...]


def _words(text: str) -> set[str]:
    return set(fold(text).split())


def _same_topic(a: str, b: str) -> bool:
    return a == b


# --- units ------------------------------------------------------------------------------

def units(record: Mapping[str, Any]) -> Iterator[tuple[str, Key, Any]]:
    """The scored units of one fact record, as (kind, key, extra); extra is an agreement's
    action, else None. Each fact kind declares its units (`kg.kinds`); a record of no
    registered kind has none."""
    kind = kinds.get(record.get("type"))
    if kind is not None:
        yield from kind.units(record)


def unit_match(kind: str, gold: Key, predicted: Key) -> bool:
    """Whether a predicted unit's key matches a gold unit's key of the same kind."""
    if kind in ("post.person-org", "post.person-title"):
        return (any_match(gold[0], predicted[0], same_person)
                and any_match(gold[1], predicted[1], same_phrase))
    if kind == "agreement.party":
        return entity_match(gold[0], predicted[0]) and any_match(gold[1], predicted[1], same_phrase)
    if kind == "meeting.pair":
        return ((entity_match(gold[0], predicted[0]) and entity_match(gold[1], predicted[1]))
                or (entity_match(gold[0], predicted[1]) and entity_match(gold[1], predicted[0])))
    if kind == "statement":
        if not entity_match(gold[0], predicted[0]):
            return False
        gold_words, predicted_words = _words(gold[1]), _words(predicted[1])
        if not gold_words or not predicted_words:
            return False
        shared = len(gold_words & predicted_words)
        return shared / min(len(gold_words), len(predicted_words)) >= QUOTE_OVERLAP
    if kind == "topic":
        return any_match(gold[0], predicted[0], _same_topic)
    raise ValueError(f"unknown unit kind: {kind!r}")


@dataclass(frozen=True)
class _Unit:
    key: Key
    action: Any = None
    optional: bool = False  # gold only


def _dedupe(items: Iterable[_Unit], *, gold: bool) -> list[_Unit]:
    """Collapse units with the same folded key: a repeated pair is one fact, not two.
    The first copy wins, except that for gold a required copy wins over an optional one."""
    seen: dict[str, _Unit] = {}
    for item in items:
        key = json.dumps(item.key, sort_keys=True)
        if key not in seen or (gold and not item.optional and seen[key].optional):
            seen[key] = item
    return list(seen.values())


# --- scores -----------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class RelationScore:
    """Counts for one relation; `action_*` count agreement actions on matched gold pairs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    action_ok: int = 0
    action_n: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, *, actions: bool = False) -> dict[str, Any]:
        """Counts and rounded precision, recall and F1; with `actions`, the action accuracy
        too where any action was counted."""
        row: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                               "precision": round(self.precision, 3),
                               "recall": round(self.recall, 3), "f1": round(self.f1, 3)}
        if actions and self.action_n:
            row["action_accuracy"] = round(self.action_ok / self.action_n, 3)
        return row


@dataclass(frozen=True)
class Scores:
    """The outcome of `score`: counts per relation and the misses, as `FP|FN doc kind key`
    lines in matching order."""

    relations: Mapping[str, RelationScore]
    misses: list[str] = field(default_factory=list)

    def __getitem__(self, kind: str) -> RelationScore:
        return self.relations.get(kind, RelationScore())

    @property
    def micro(self) -> RelationScore:
        """All relations counted together (actions are not micro-averaged)."""
        counted = [self[kind] for kind in KINDS]
        return RelationScore(tp=sum(s.tp for s in counted), fp=sum(s.fp for s in counted),
                             fn=sum(s.fn for s in counted))

    def table(self) -> dict[str, dict[str, Any]]:
        """One row per relation and `micro`, as `score.py --json` prints them."""
        rows = {kind: self[kind].row(actions=kind == "agreement.party") for kind in KINDS}
        rows["micro"] = self.micro.row()
        return rows

    def format(self) -> str:
        """The text table `score.py` prints."""
        lines = [f"{'relation':20} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for kind, row in self.table().items():
            gold_n, pred_n = row["tp"] + row["fn"], row["tp"] + row["fp"]
            extra = (f"  action acc {row['action_accuracy']:.2f}"
                     if "action_accuracy" in row else "")
            lines.append(f"{kind:20} {gold_n:5} {pred_n:5} {row['tp']:5} "
                         f"{row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}{extra}")
        return "\n".join(lines)


def _miss(tag: str, doc: Any, kind: str, key: Key) -> str:
    return f"{tag} {doc} {kind} {json.dumps(key, ensure_ascii=False)}"


def score(gold: Sequence[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]]) -> Scores:
    """Score predicted fact records against gold records.

    Only predictions for documents in the gold are scored; negated predictions are left out.
    Per document and relation, units are deduplicated, then each prediction in turn takes
    the first untaken gold unit it matches, a required one before an optional one. A match
    with an optional unit counts nothing; a prediction repeating a fact already matched is a
    false positive unless that fact is optional.
    """
    sides: dict[tuple[Any, str], tuple[list[_Unit], list[_Unit]]] = defaultdict(
        lambda: ([], []))
    for record in gold:
        for kind, key, action in units(record):
            sides[(record["doc"], kind)][0].append(
                _Unit(key, action, bool(record.get("optional"))))
    docs = {record["doc"] for record in gold}
    for record in predicted:
        # a negated fact claims that something did not happen: not a claim of the fact
        if record.get("doc") in docs and not record.get("negated"):
            for kind, key, action in units(record):
                sides[(record["doc"], kind)][1].append(_Unit(key, action))

    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"tp": 0, "fp": 0, "fn": 0, "action_ok": 0, "action_n": 0})
    misses: list[str] = []
    for (doc, kind), (gold_side, predicted_side) in sorted(sides.items(), key=lambda i: i[0]):
        count = counts[kind]
        gold_units = _dedupe(gold_side, gold=True)
        # required gold units first; the sort is stable, so file order within each
        order = sorted(range(len(gold_units)), key=lambda i: gold_units[i].optional)
        taken: set[int] = set()
        for unit in _dedupe(predicted_side, gold=False):
            hit = next((i for i in order
                        if i not in taken and unit_match(kind, gold_units[i].key, unit.key)),
                       None)
            if hit is None:
                again = next((g for g in gold_units if unit_match(kind, g.key, unit.key)), None)
                if again is not None and again.optional:
                    continue
                count["fp"] += 1
                misses.append(_miss("FP", doc, kind, unit.key))
                continue
            taken.add(hit)
            if gold_units[hit].optional:
                continue
            count["tp"] += 1
            gold_action = gold_units[hit].action
            if gold_action:
                count["action_n"] += 1
                count["action_ok"] += int(gold_action == unit.action)
        for i, gold_unit in enumerate(gold_units):
            if i not in taken and not gold_unit.optional:
                count["fn"] += 1
                misses.append(_miss("FN", doc, kind, gold_unit.key))
    relations = {kind: RelationScore(**c) for kind, c in counts.items()}
    return Scores(relations=relations, misses=misses)


@dataclass(frozen=True)
class CalibrationRow:
    """Scored units of predictions whose confidence falls in [low, high)."""

    low: float
    high: float
    n: int
    correct: int
    mean_confidence: float

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.n)


#: Bin edges of the calibration table: 0-0.5, 0.5-0.6, ..., 0.9-1.0 (1.0 falls in the last).
CALIBRATION_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def calibration(gold: Sequence[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]],
                *, by: str | None = None) -> dict[str, list[CalibrationRow]]:
    """How often predictions at each confidence are right: for each scored unit of each
    prediction (of a gold document, not negated), whether any gold unit of its document and
    relation matches it. Units matching only optional gold facts are left out, as the scorer
    leaves them out. Grouped by relation, or by the record field `by` (e.g. "extractor").

    Unlike `score`, a repeated prediction is not a false positive here: the question is
    whether a fact at this confidence is true, not how many times it was said.

    >>> gold = [{"doc": "a", "type": "topic", "topic": "health"}]
    >>> pred = [{"doc": "a", "type": "topic", "topic": "health", "confidence": 0.9},
    ...         {"doc": "a", "type": "topic", "topic": "energy", "confidence": 0.55}]
    >>> [(r.low, r.n, r.correct) for r in calibration(gold, pred)["topic"]]
    [(0.5, 1, 0), (0.9, 1, 1)]
    """
    gold_units: dict[tuple[Any, str], list[_Unit]] = defaultdict(list)
    for record in gold:
        for kind, key, action in units(record):
            gold_units[(record["doc"], kind)].append(
                _Unit(key, action, bool(record.get("optional"))))
    docs = {record["doc"] for record in gold}
    bins: dict[str, dict[int, list[tuple[float, bool]]]] = defaultdict(lambda: defaultdict(list))
    for record in predicted:
        if record.get("doc") not in docs or record.get("negated"):
            continue
        confidence = float(record.get("confidence", 1.0))
        edge = next(i for i in range(len(CALIBRATION_EDGES) - 1)
                    if confidence < CALIBRATION_EDGES[i + 1])
        for kind, key, _ in units(record):
            hits = [g for g in gold_units.get((record["doc"], kind), ())
                    if unit_match(kind, g.key, key)]
            if hits and all(g.optional for g in hits):
                continue
            group = str(record.get(by, "?")) if by else kind
            bins[group][edge].append((confidence, bool(hits)))
    return {group: [CalibrationRow(CALIBRATION_EDGES[i], min(CALIBRATION_EDGES[i + 1], 1.0),
                                   len(items), sum(ok for _, ok in items),
                                   sum(c for c, _ in items) / len(items))
                    for i, items in sorted(edges.items())]
            for group, edges in sorted(bins.items())}


def fit_calibration(gold: Sequence[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]],
                    *, prior_weight: float = 4.0) -> list[tuple[str, float, float, int, int, float]]:
    """Rows (extractor, low, high, n, right, calibrated) for `kg/data/calibration.tsv`, from
    predictions scored with the extractors' own confidences.

    A band's calibrated confidence is its share of right facts, drawn toward its extractor's
    share over all bands by `prior_weight` pseudo-facts (few facts in a band say little), and
    that toward one half likewise. Bands are `CALIBRATION_EDGES`.

    >>> gold = [{"doc": "a", "type": "topic", "topic": t} for t in ("health", "energy")]
    >>> pred = [{"doc": "a", "type": "topic", "topic": t, "confidence": 0.95,
    ...          "extractor": "topics.lexicon"} for t in ("health", "energy", "labor")]
    >>> fit_calibration(gold, pred)[0]
    ('topics.lexicon', 0.9, 1.0, 3, 2, 0.612)
    """
    predicted = list(predicted)
    table = calibration(gold, predicted, by="extractor")
    rows = []
    for extractor, bands in table.items():
        n = sum(band.n for band in bands)
        right = sum(band.correct for band in bands)
        overall = (right + prior_weight * 0.5) / (n + prior_weight)
        for band in bands:
            value = (band.correct + prior_weight * overall) / (band.n + prior_weight)
            rows.append((extractor, band.low, band.high, band.n, band.correct, round(value, 3)))
    return rows


def format_calibration(table: Mapping[str, list[CalibrationRow]]) -> str:
    """The calibration table as text: one line per group and confidence bin."""
    lines = [f"{'group':28} {'confidence':>11} {'n':>5} {'right':>5} {'precision':>9} {'mean conf':>9}"]
    for group, rows in table.items():
        for row in rows:
            lines.append(f"{group:28} {row.low:4.2f}-{row.high:4.2f}  {row.n:5} {row.correct:5} "
                         f"{row.precision:9.3f} {row.mean_confidence:9.3f}")
    return "\n".join(lines)


def load(path: str | Path) -> list[dict]:
    """Read fact records from a JSON Lines file, skipping blank lines.

    Raises `InputError` naming `path:line` for a line that is not a JSON object.
    """
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number}", f"not JSON: {error}") from None
            if not isinstance(record, dict):
                raise InputError(f"{path}:{number}", "not a JSON object (one fact per line)")
            records.append(record)
    return records
