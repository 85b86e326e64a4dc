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


DEEP: object = 1
for _ in range(40):
    DEEP = [DEEP]


# Each case: what the field is changed to, and the exact first problem the refusal names (path: what is wrong).
@pytest.mark.parametrize(("changes", "reason"), [
    ({"id": KeyError}, "id: is missing"),
    ({"id": ""}, "id: must be a run id"),
    ({"id": "../../etc"}, "id: must be a run id"),
    ({"id": 7}, "id: must be a run id .*got the number 7"),
    ({"prompt": 12}, "prompt: must be a string, got the number 12"),
    ({"members": "m/a"}, "members: must be a list, got the string 'm/a'"),
    ({"members": ["m/a", "m/a"]}, r"members\[1\]: repeats the member 'm/a'"),
    ({"status": "exploded"}, "status: must be one of 'running', 'complete'"),
    ({"created_at": "yesterday"}, "created_at: must be an ISO 8601 date and time"),
    ({"settings": "fast"}, "settings: must be an object, got the string"),
    ({"settings": {"deep": DEEP}}, r"settings.deep\[0\].*: is nested too deeply"),
    ({"stage1__answers": {"a": 1}}, "stage1.answers: must be a list, got an object"),
    ({"stage1__answers__0__model": None}, r"stage1.answers\[0\].model: must be a non-empty string, got null"),
    ({"stage2__reviews__0__stage": 1}, r"stage2.reviews\[0\].stage: must be one of 2, got the number 1"),
    ({"stage1__answers__0__status": "weird"}, r"stage1.answers\[0\].status: must be one of"),
    # the list: string durations, a string label map, cost "free", an object where an error string belongs
    ({"stage1__answers__0__duration_ms": "1234"},
     r"stage1.answers\[0\].duration_ms: must be a whole number ≥ 0 or null, got the string '1234'"),
    ({"stage2__reviews__0__label_map": "Response A=x"},
     r"stage2.reviews\[0\].label_map: must be an object of strings or null, got the string"),
    ({"stage1__answers__0__cost": "free"},
     r"stage1.answers\[0\].cost: must be a finite number ≥ 0 or null, got the string 'free'"),
    ({"stage1__errors__0__error": {"message": "boom"}},
     r"stage1.errors\[0\].error: must be a string or null, got an object"),
    ({"stage1__answers__0__token_count": -5}, r"stage1.answers\[0\].token_count: must be a whole number ≥ 0"),
    ({"stage1__answers__0__token_count": 10**30}, r"stage1.answers\[0\].token_count: must be a whole number"),
    ({"stage1__answers__0__token_count": True}, r"stage1.answers\[0\].token_count: .*got a boolean"),
    ({"stage1__answers__0__exact_tokens": "yes"}, r"stage1.answers\[0\].exact_tokens: must be true or false"),
    ({"stage1__answers__0__text": ["a"]}, r"stage1.answers\[0\].text: must be a string, got a list"),
    ({"stage1__errors__0__model": "openai/gpt-x"},
     r"stage1.errors\[0\]: repeats the model 'openai/gpt-x' of stage1.answers"),
    ({"stage3__synthesis": "text"}, "stage3.synthesis: must be an object or null, got the string 'text'"),
    ({"stage3__synthesis__text": 5}, "stage3.synthesis.text: must be a string, got the number 5"),
    ({"stage2__aggregate": [{"model": "x"}]}, r"stage2.aggregate\[0\].votes: is missing"),
    ({"totals__wall_ms": "9 s"}, "totals.wall_ms: must be a whole number"),
])
def test_malformed_records_are_refused_with_the_first_problem_named(changes: dict, reason: str):
    with pytest.raises(ExportFormatError, match=reason):
        from_json(broken(**changes))


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "-1e-300", "1e999"])
def test_non_finite_or_negative_costs_are_refused(literal: str):
    text = broken(stage1__answers__0__cost=0.5).replace('"cost": 0.5', f'"cost": {literal}', 1)
    with pytest.raises(ExportFormatError, match=r"stage1.answers\[0\].cost: must be a finite number ≥ 0"):
        from_json(text)


def test_json_nested_beyond_the_parser_is_refused_not_a_crash():
    with pytest.raises(ExportFormatError, match="nested too deeply"):
        from_json('{"format_version": 1, "settings": ' + "[" * 200_000 + "]" * 200_000 + "}")


def test_a_huge_integer_literal_is_refused_not_a_crash():
    with pytest.raises(ExportFormatError, match="not valid JSON"):
        from_json('{"format_version": 1, "wall": ' + "9" * 5000 + "}")


def test_a_too_large_file_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch):
    from council_desktop.storage import export

    monkeypatch.setattr(export, "MAX_IMPORT_BYTES", 1000)
    with pytest.raises(ExportFormatError, match="too large"):
        from_json(to_json(make_record()))


def test_format_version_true_is_not_1():
    with pytest.raises(ExportFormatError, match="unsupported format_version True"):
        from_json(broken(format_version=True))


def test_surrogates_and_control_characters_are_sanitised():
    d = make_record().to_dict()
    d["prompt"] = "lone \ud800 surrogate, \x1b[2J escape, tab\tand\nnewline"
    d["title"] = "title\nwith\x1b]0;pwned\x07 a newline"
    d["stage1"]["answers"][0]["text"] = "\udcff\x00end"
    d["settings"] = {"note": "\ud83d"}
    rec = from_json(json.dumps(d))
    assert rec.prompt == "lone \ufffd surrogate, \ufffd[2J escape, tab\tand\nnewline"
    assert rec.title == "title\ufffdwith\ufffd]0;pwned\ufffd a newline"
    assert rec.stage1[0].text == "\ufffd\ufffdend"
    assert rec.settings == {"note": "\ufffd"}
    rec.prompt.encode("utf-8")  # never an encoder error downstream (stdout, SQLite)


def test_unknown_extra_keys_are_tolerated():
    d = make_record().to_dict()
    d["from_the_future"] = {"x": [1, 2]}
    d["stage1"]["answers"][0]["from_the_future"] = "thoughts"
    assert from_json(json.dumps(d)).to_dict() == make_record().to_dict()


def test_an_accepted_import_always_reads_back_through_the_store(tmp_path: Path):
    """The validator's promise: a file it accepts is stored and shown without a traceback, identical."""
    d = make_record().to_dict()
    d["stage1"]["answers"][0]["status_code"] = None
    d["stage1"]["answers"][0]["duration_ms"] = 2**53
    d["stage1"]["answers"][0]["cost"] = 0
    rec = from_json(json.dumps(d))
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        store.save_record(rec)
        back = store.get(rec.id)
    assert back.to_dict() == rec.to_dict()
    to_markdown(back)


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


def test_a_format_1_export_still_imports():
    """Format 1 (before RunState): no stage statuses, member statuses running/done/error."""
    d = make_record().to_dict()
    d["format_version"] = 1
    for key in ("stage", "degraded", "degraded_reasons"):
        d.pop(key)
    for n in (1, 2, 3):
        block = d[f"stage{n}"]
        for key in ("status", "ended_early"):
            block.pop(key)
        for m in block["errors"]:
            m["status"] = "error"
            for key in ("partial", "reasoning", "queue_ms", "ttft_ms", "reasoning_tokens", "reused"):
                m.pop(key)
    rec = from_json(json.dumps(d))
    assert [m.status.value for m in rec.stage1] == [m.status.value for m in make_record().stage1]
    assert rec.stage1[0].text == make_record().stage1[0].text


def test_the_schema_knows_every_field_a_record_writes():
    """A field added to the record format but not to validate.RECORD would be dropped on import: add its line."""
    from council_desktop.storage.validate import validate_record

    d = make_record().to_dict()
    assert validate_record(d) == d


def test_headings_inside_answers_are_demoted_but_not_in_code():
    from council_desktop.storage.export import demote_headings

    text = "# Title\n\n## Part\n\n```\n# not a heading\n```\n\n####### seven is not a heading"
    out = demote_headings(text, 4)
    assert out.splitlines()[0] == "#### Title" and "##### Part" in out and "# not a heading" in out
    assert demote_headings("#### already low", 4) == "#### already low"
    assert demote_headings("# a\n###### deep", 4).splitlines()[1] == "###### deep"  # level 6 is the floor


def test_cited_sources_are_kept_in_the_markdown_export():
    from council_desktop.council.values import Citation

    rec = replace_member(make_record(), 1, 0, citations=(Citation("https://sky.org/why", "Why [blue]"),))
    md = to_markdown(rec)
    assert "Sources:" in md and "- [Why \\[blue\\]](<https://sky.org/why>)" in md
