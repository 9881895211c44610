"""kg.files: every file kg writes is written whole or not at all."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import OutputError
from kg.files import atomic_write

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ddbc0b487b12ab17.txt"


def test_a_file_is_replaced_whole(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with atomic_write(target) as file:
        file.write("new ")
        assert target.read_text(encoding="utf-8") == "old"  # a reader still sees the old file
        file.write("graph")
    assert target.read_text(encoding="utf-8") == "new graph"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_litter(tmp_path):
    target = tmp_path / "graph.nq"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(target, "wb") as file:
            file.write(b"half a gra")
            raise KeyboardInterrupt  # killed during the write
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["graph.nq"]


def test_a_new_file_gets_the_usual_mode_and_an_old_one_keeps_its_own(tmp_path):
    umask = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "new.txt") as file:
            file.write("x")
        assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644
        (tmp_path / "old.txt").write_text("x")
        (tmp_path / "old.txt").chmod(0o600)
        with atomic_write(tmp_path / "old.txt") as file:
            file.write("y")
        assert stat.S_IMODE((tmp_path / "old.txt").stat().st_mode) == 0o600
    finally:
        os.umask(umask)


def test_a_folder_that_does_not_exist_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match=r"^cannot write .*/missing/out.txt: No such file"):
        with atomic_write(tmp_path / "missing" / "out.txt") as file:
            file.write("x")


def test_kg_extract_writes_its_output_whole_and_keeps_the_old_file_when_it_fails(tmp_path,
                                                                                 monkeypatch):
    out = tmp_path / "facts.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(SEED), "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout == ""
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) > 10 and {r["doc"] for r in records} == {"000_ddbc0b487b12ab17"}

    from kg import pipeline

    real = pipeline.extract_facts

    def dies_after_the_first(*args, **kwargs):
        yield next(real(*args, **kwargs))
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "extract_facts", dies_after_the_first)
    result = CliRunner().invoke(cli, ["extract", str(SEED), str(SEED), "-o", str(out)])
    assert isinstance(result.exception, KeyboardInterrupt) or result.exit_code != 0
    assert [json.loads(line) for line in out.read_text().splitlines()] == records
    assert os.listdir(tmp_path) == ["facts.jsonl"]


def test_kg_export_into_a_missing_folder_says_so(tmp_path):
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store):
        pass  # an empty store
    result = CliRunner().invoke(cli, ["export", "-o", str(tmp_path / "no" / "graph.ttl"),
                                      "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write {tmp_path / 'no' / 'graph.ttl'}: ")
    written = tmp_path / "graph.ttl"
    result = CliRunner().invoke(cli, ["export", "-o", str(written), "--store", str(store)])
    assert result.exit_code == 0 and written.is_file()
    assert sorted(os.listdir(tmp_path)) == ["graph.ttl", "store"]
