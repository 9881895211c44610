"""Confidence that means something: each extractor's own score mapped to how often facts like
it were right on gold articles.

Extractors score their facts by rule, from reading what each rule gives on corpus items (a
title before a name is surer than a biography's career list). A `calibration.tsv` among the
gazetteer files (`kg/data/`, or a user's `$KG_GAZETTEER_DIR`), written by `kg eval GOLD
SOURCES --fit-calibration FILE` (see `kg.evaluate.fit_calibration`), maps each extractor and
band of its own score to the share of such facts that were right on that gold, so a fact at
0.9 is right about nine times in ten on text like the gold's. kg ships none: its development
gold is what the rules were written against, and fitted on it every band claims 0.95 or more
while a blind reading of unseen text finds less (README, "Extraction quality"). Extractors
the table does not know keep their own score.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg import gazetteer
from kg.model import Fact

FILENAME = "calibration.tsv"


@gazetteer.cached
def _bands() -> dict[str, list[tuple[float, float, float]]]:
    """extractor -> (low, high, calibrated confidence) bands of its own score, sorted."""
    bands: dict[str, list[tuple[float, float, float]]] = {}
    for cells in gazetteer.data_rows(FILENAME, 6):
        extractor, low, high, _n, _right, calibrated = cells
        try:
            bands.setdefault(extractor, []).append((float(low), float(high), float(calibrated)))
        except ValueError:  # the header line, or a broken row: not a band
            continue
    for rows in bands.values():
        rows.sort()
    return bands


def calibrated(extractor: str, score: float) -> float:
    """The calibrated confidence of a fact the extractor scored `score`.

    >>> calibrated("no.such.extractor", 0.42)
    0.42
    """
    rows = _bands().get(extractor)
    if not rows:
        return score
    i = bisect_right([low for low, _, _ in rows], score) - 1
    if i >= 0 and (score < rows[i][1] or rows[i][1] >= 1.0):  # the top band holds 1.0
        return rows[i][2]
    return score


def calibrate(fact: Fact) -> Fact:
    """The fact with its evidence's confidence calibrated."""
    evidence = fact.evidence
    confidence = calibrated(evidence.extractor, evidence.confidence)
    if confidence == evidence.confidence:
        return fact
    return replace(fact, evidence=replace(evidence, confidence=confidence))
