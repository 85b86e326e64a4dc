"""A history written by release 0.1.0 opens in this release with nothing lost.

The fixture is a real file made by that release's own code: its CLI ran six councils against its fake server
(complete, a chairman fallback, one answer only, no answer, Ctrl+C mid-run, kill -9 mid-run), and
``show --format json`` of that release wrote the expected records beside it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from council_desktop.council.state import RunState
from council_desktop.storage.export import from_json, to_json
from council_desktop.storage.history import SCHEMA_VERSION, HistoryStore

FIXTURES = Path(__file__).parent / "fixtures"
OLD_DB = FIXTURES / "history-0.1.0.sqlite3"
EXPECTED = json.loads((FIXTURES / "history-0.1.0.expected.json").read_text(encoding="utf-8"))
MEMBER_KEYS = ("model", "stage", "text", "duration_ms", "token_count", "exact_tokens", "cost", "error", "kind",
               "status_code")
REVIEW_KEYS = ("label_map", "parsed_ranking", "ranking_models", "parse_status")


@pytest.fixture
def store(tmp_path: Path):
    db = tmp_path / "history.sqlite3"
    shutil.copy(OLD_DB, db)
    s = HistoryStore(db)
    yield s
    s.close()


def members_of(record: dict, stage: int) -> list[dict]:
    block = record[f"stage{stage}"]
    ok = {1: "answers", 2: "reviews", 3: "attempts"}[stage]
    return sorted(block[ok] + block["errors"], key=lambda m: m["model"])


def new_status(old: dict) -> str:
    if old["status"] != "error":
        return old["status"]
    if old["kind"] == "cancelled":
        return "skipped" if old["error"] == "Skipped by the user." else "cancelled"
    return "failed"


def test_the_file_is_migrated_in_place(store: HistoryStore):
    assert store.schema_version == SCHEMA_VERSION > 1
    assert store.check_integrity() == []
    assert store.count() == len(EXPECTED) == 6


@pytest.mark.parametrize("run_id", sorted(EXPECTED))
def test_every_field_of_every_run_is_kept(store: HistoryStore, run_id: str):
    old = EXPECTED[run_id]
    new = store.get(run_id).to_dict()
    for key in ("id", "title", "prompt", "members", "chairman", "settings", "created_at", "finished_at", "status",
                "error", "notices", "final_answer"):
        assert new[key] == old[key], key
    assert new["totals"]["wall_ms"] == old["totals"]["wall_ms"]
    assert new["totals"]["tokens"] == old["totals"]["tokens"]
    assert new["totals"]["cost"] == pytest.approx(old["totals"]["cost"]) if old["totals"]["cost"] else True
    for a, b in zip(new["aggregate_ranking"], old["aggregate_ranking"], strict=True):
        assert {k: a[k] for k in b} == b
    assert new["stage2"]["skipped"] == old["stage2"]["skipped"]
    assert new["stage2"]["notice"] == old["stage2"]["notice"]
    assert new["stage3"]["synthesis"] == old["stage3"]["synthesis"]
    for stage in (1, 2, 3):
        olds, news = members_of(old, stage), members_of(new, stage)
        assert [m["model"] for m in news] == [m["model"] for m in olds]
        for o, n in zip(olds, news, strict=True):
            assert {k: n[k] for k in MEMBER_KEYS} == {k: o[k] for k in MEMBER_KEYS}
            assert n["status"] == new_status(o)
            if stage == 2:
                assert {k: n[k] for k in REVIEW_KEYS} == {k: o[k] for k in REVIEW_KEYS}


def test_migrated_runs_export_and_search_as_new_ones(store: HistoryStore, tmp_path: Path):
    for run_id in EXPECTED:
        rec = store.get(run_id)
        assert from_json(to_json(rec)).to_dict() == rec.to_dict()
        assert RunState.from_dict(rec.to_dict()).to_dict() == rec.to_dict()
    assert store.count("café") == 1 and store.count("cancelled") >= 1
    cancelled = next(r for r in EXPECTED.values() if r["status"] == "cancelled")
    hung = store.get(cancelled["id"]).find(1, "test/hang-beta")
    assert hung is not None and hung.status == "cancelled"


def test_migrated_runs_can_be_pinned_and_renamed(store: HistoryStore):
    run_id = sorted(EXPECTED)[0]
    assert not store.summary(run_id).pinned
    store.set_pinned(run_id, True)
    store.rename(run_id, "Kept from 0.1.0")
    s = store.summary(run_id)
    assert s.pinned and s.title == "Kept from 0.1.0"
    assert store.get(run_id).to_dict()["title"] == EXPECTED[run_id]["title"]  # the record is untouched
    assert store.check_integrity() == []
