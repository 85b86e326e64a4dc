"""Exports: JSON round-trips losslessly, Markdown holds everything, broken files are refused with a reason."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from council_desktop.council.state import FORMAT_VERSION
from council_desktop.storage.export import (
    ExportFormatError,
    export_format,
    from_json,
    to_json,
    to_markdown,
    write_export,
)
from council_desktop.storage.history import HistoryStore
from tests.helpers import replace_member, replace_stage
from tests.storage.test_history import MEMBERS, make_record


def test_json_round_trip_is_identical():
    rec = make_record()
    text = to_json(rec)
    assert json.loads(text)["format_version"] == FORMAT_VERSION
    back = from_json(text)
    assert back.to_dict() == rec.to_dict()
    assert to_json(back) == text


def test_json_export_import_through_the_store(tmp_path: Path):
    rec = make_record()
    with HistoryStore(tmp_path / "a.sqlite3") as a:
        a.save_record(rec)
        exported = to_json(a.get(rec.id))
    with HistoryStore(tmp_path / "b.sqlite3") as b:
        b.save_record(from_json(exported))
        assert to_json(b.get(rec.id)) == exported


@pytest.mark.parametrize(("text", "reason"), [
    ("", "not valid JSON"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "JSON object, this file holds a list"),
    ('{"id": "x"}', "no format_version"),
    ('{"format_version": 99, "id": "x"}', "unsupported format_version 99"),
])
def test_broken_files_are_refused_with_the_reason(text: str, reason: str):
    with pytest.raises(ExportFormatError, match=reason):
        from_json(text)


def broken(**changes) -> str:
    d = make_record().to_dict()
    for path, value in changes.items():
        target = d
        *parents, last = path.split("__")
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return json.dumps(d)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"id": KeyError}, "'id' is missing"),
    ({"id": ""}, "'id' must be a non-empty string"),
    ({"prompt": 12}, "'prompt' must be a string"),
    ({"members": "a,b"}, "'members'"),
    ({"status": "exploded"}, "unknown run status 'exploded'"),
    ({"stage1__answers": {"a": 1}}, "stage1.answers must be a list"),
    ({"stage1__answers__0__model": None}, r"stage1.answers\[0\] has no model id"),
    ({"stage2__reviews__0__stage": 1}, r"stage2.reviews\[0\] says stage 1, expected 2"),
    ({"stage1__answers__0__status": "weird"}, "unknown status 'weird'"),
    ({"stage3__synthesis": "text"}, "stage3.synthesis must be an object"),
    ({"stage2__aggregate": [{"model": "x"}]}, "missing or malformed"),
])
def test_malformed_records_are_refused_with_the_reason(changes: dict, reason: str):
    with pytest.raises(ExportFormatError, match=reason):
        from_json(broken(**changes))


def test_a_bom_is_fine():
    assert from_json("\ufeff" + to_json(make_record())).id == make_record().id


def test_markdown_holds_every_answer_review_and_error():
    rec = make_record()
    md = to_markdown(rec)
    assert md.startswith(f"# {rec.title}\n")
    assert "> Why is the sky blue?" in md
    for run in rec.answers():
        assert run.text in md
    assert rec.synthesis is not None and rec.synthesis.text in md
    assert rec.synthesis.notice in md
    # reviews with the real model names, and the parsed ranking
    assert f"### Review by {MEMBERS[0]}" in md
    assert f"**{MEMBERS[1]}** is vaguer than **{MEMBERS[0]}**" in md
    assert f"Labels: Response A = {MEMBERS[1]}; Response B = {MEMBERS[0]}" in md
    assert f"Parsed ranking (ok): 1. {MEMBERS[0]}, 2. {MEMBERS[1]}" in md
    # the aggregate table
    assert "| # | Model | Average rank | Votes | Borda |" in md
    assert f"| 1 | {MEMBERS[0]} | 1.00 | 1 | 1 |" in md
    # errors: kind, HTTP status, message
    assert "| 1 | anthropic/claude-z | upstream | 502 | The provider returned 502 Bad Gateway. |" in md
    assert "| 2 | google/gemini-y | timeout | — | No first token within 60 s. |" in md
    assert "| 3 | google/gemini-y | credits | 402 | Out of credits. |" in md
    # timings, tokens and cost
    assert "| Answer | openai/gpt-x | done | 1.2 s | 42 | $0.00123 |" in md
    assert "| Answer | google/gemini-y | done | 2.3 s | 17 (estimate) | — |" in md
    assert f"| **Total** | | | 9.5 s | {rec.total_tokens} |" in md


def test_markdown_of_an_unfinished_run():
    rec = make_record(status="interrupted")
    rec = replace_stage(replace_stage(rec, 2, members=[], status="pending"), 3, members=[], status="pending")
    rec = dataclasses.replace(rec, synthesis=None, aggregate=(), error="The app stopped before this run finished.")
    md = to_markdown(rec)
    assert "No final answer" in md and "**Run error:** The app stopped" in md
    assert rec.stage1[0].text in md


def test_table_cells_are_escaped():
    rec = replace_member(make_record(), 1, 2, error="bad | pipe\nnewline")
    assert "bad \\| pipe newline" in to_markdown(rec)


def test_write_export_picks_the_format_by_suffix(tmp_path: Path):
    rec = make_record()
    assert write_export(rec, tmp_path / "run.JSON") == "json"
    assert from_json((tmp_path / "run.JSON").read_text(encoding="utf-8")).to_dict() == rec.to_dict()
    assert write_export(rec, tmp_path / "run.markdown") == "markdown"
    assert (tmp_path / "run.markdown").read_text(encoding="utf-8") == to_markdown(rec)
    with pytest.raises(ValueError, match=r"name it \.md"):
        write_export(rec, tmp_path / "run.txt")
    assert export_format(tmp_path / "x.md") == "markdown" and export_format(tmp_path / "x") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.JSON", "run.markdown"]  # no temp files left
