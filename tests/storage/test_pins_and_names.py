"""Pinned and renamed runs (schema 4): the user's own touches to the history list survive, search and reopen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from council_desktop.storage.history import SCHEMA_VERSION, HistoryStore
from tests.storage.test_history import make_record

IDS = [f"{i:032x}" for i in range(1, 5)]


@pytest.fixture
def store(tmp_path: Path):
    s = HistoryStore(tmp_path / "history.sqlite3")
    for i, run_id in enumerate(IDS):
        s.save_record(make_record(run_id, prompt=f"Question number {i}",
                                  created_at=f"2025-03-0{i + 1}T10:00:00.000+00:00"))
    yield s
    s.close()


def test_schema_4_adds_pins_and_custom_titles(store: HistoryStore):
    assert store.schema_version == SCHEMA_VERSION == 4
    cols = {r[1] for r in store._conn.execute("PRAGMA table_info(runs)")}
    assert {"pinned", "custom_title"} <= cols
    assert store.check_integrity() == []


def test_a_pinned_run_is_listed_apart(store: HistoryStore):
    store.set_pinned(IDS[0], True)  # the oldest
    assert [s.id for s in store.list_runs(pinned=True)] == [IDS[0]]
    assert [s.id for s in store.list_runs(pinned=False)] == IDS[:0:-1]
    assert store.count(pinned=True) == 1 and store.count(pinned=False) == 3 and store.count() == 4
    assert store.summary(IDS[0]).pinned and not store.summary(IDS[1]).pinned
    store.set_pinned(IDS[0], False)
    assert store.count(pinned=True) == 0


def test_a_renamed_run_shows_and_finds_its_new_name(store: HistoryStore):
    store.rename(IDS[2], "  Taxes\n 2025  ")
    s = store.summary(IDS[2])
    assert s.title == "Taxes 2025" and s.renamed
    assert [r.id for r in store.list_runs("taxes")] == [IDS[2]]  # the custom title is searchable
    assert store.get(IDS[2]).title != "Taxes 2025"  # the record itself is never edited: exports stay faithful
    store.rename(IDS[2], None)  # back to the title made from the prompt
    assert not store.summary(IDS[2]).renamed
    assert store.list_runs("taxes") == []
    assert store.check_integrity() == []


def test_search_can_be_limited_to_pinned_or_unpinned_runs(store: HistoryStore):
    store.set_pinned(IDS[1], True)
    assert [r.id for r in store.list_runs("question", pinned=True)] == [IDS[1]]
    assert len(store.list_runs("question", pinned=False)) == 3
    assert store.count("question", pinned=False) == 3


def test_a_schema_3_file_gets_the_new_columns_without_losing_a_run(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as s:
        s.save_record(make_record(IDS[0]))
    conn = sqlite3.connect(path)  # undo step 4 by hand: a file as the previous release left it
    conn.execute("DROP INDEX runs_pinned")
    conn.execute("ALTER TABLE runs DROP COLUMN pinned")
    conn.execute("ALTER TABLE runs DROP COLUMN custom_title")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with HistoryStore(path) as s:
        assert s.schema_version == 4
        assert [r.id for r in s.list_runs()] == [IDS[0]] and not s.summary(IDS[0]).pinned
        s.rename(IDS[0], "Mine")
        assert s.summary(IDS[0]).title == "Mine"
