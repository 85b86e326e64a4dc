"""The history commands: history, show, export, import, delete (handlers in-process, then end to end)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from council_desktop import history_cli
from council_desktop.devserver import FakeOpenRouter, ServerOptions
from council_desktop.storage.export import to_json
from council_desktop.storage.history import HistoryStore
from council_desktop.storage.paths import app_paths
from tests.storage.test_history import make_record

CLI_EXISTS = (Path(__file__).parent.parent / "council_desktop" / "cli.py").exists()


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="council-desktop")
    history_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return int(args.func(args))


@pytest.fixture
def filled() -> list[str]:
    """Three runs in the user's history, oldest first."""
    ids = []
    with HistoryStore(app_paths().history_db) as store:
        for i, prompt in enumerate(["First question about lions", "Second about tigers", "Third about bears"]):
            rec = make_record(f"{i + 1:x}" * 32, prompt=prompt, created_at=f"2025-03-0{i + 1}T10:00:00.000+00:00",
                              answer_words=("stripes" if i == 1 else ""))
            store.save_record(rec)
            ids.append(rec.id)
    return ids


def test_history_table_newest_first(filled, capsys):
    assert run("history") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "DATE", "STATUS", "MEMBERS", "COST", "TITLE"]
    assert [line[:8] for line in lines[1:]] == ["33333333", "22222222", "11111111"]
    assert lines[1].endswith("Third about bears")
    # aligned columns; these runs' chairman fell back to a member, so they read "degraded", not "complete"
    assert len({line.index("degraded") for line in lines[1:]}) == 1


def test_history_jsonl_has_exactly_the_contract_fields(filled, capsys):
    assert run("history", "--jsonl", "--limit", "2") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [filled[2], filled[1]]
    assert all(list(r) == ["id", "title", "created_at", "status", "members", "cost", "thread", "parent", "mode",
                           "degraded"] for r in rows)
    assert all(r["thread"] == r["id"] and r["parent"] is None and r["mode"] == "full" for r in rows)
    rec = make_record()
    assert rows[0]["title"] == "Third about bears" and rows[0]["status"] == "complete"
    assert rows[0]["members"] == list(rec.members) and rows[0]["cost"] == rec.total_cost
    assert rows[0]["created_at"] == "2025-03-03T10:00:00.000+00:00"


def test_history_search(filled, capsys):
    assert run("history", "--search", "stripes", "--jsonl") == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [filled[1]]
    assert run("history", "--search", '"foo AND (') == 0
    assert capsys.readouterr().out == "No runs match '\"foo AND ('.\n"


def test_history_empty(capsys):
    assert run("history") == 0
    assert capsys.readouterr().out == "No runs in the history yet.\n"
    assert run("history", "--jsonl") == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("limit", ["0", "-3", "99999999999999999999", "1000001", "1e3", "ten"])
def test_bad_limit_is_usage_error(capsys, limit):
    with pytest.raises(SystemExit) as e:
        run("history", "--limit", limit)
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "--limit" in err and "Traceback" not in err


def test_the_largest_limit_works(filled, capsys):
    assert run("history", "--limit", "1000000", "--jsonl") == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_non_utf8_arguments_are_usage_errors(filled, capsys):
    bad = b"ab\xffcd".decode("utf-8", "surrogateescape")  # what Python makes of such an argv byte
    for argv in (("history", "--search", bad), ("show", bad), ("delete", bad)):
        with pytest.raises(SystemExit) as e:
            run(*argv)
        assert e.value.code == 2
        assert "not valid UTF-8" in capsys.readouterr().err


def test_show_markdown_and_json(filled, capsys):
    assert run("show", filled[0][:6]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# First question about lions\n") and "## Final answer" in out
    assert run("show", filled[0], "--format", "json") == 0
    shown = json.loads(capsys.readouterr().out)
    with HistoryStore(app_paths().history_db) as store:
        assert shown == store.get(filled[0]).to_dict()


def test_show_unknown_run(filled, capsys):
    assert run("show", "deadbeef") == 1
    err = capsys.readouterr().err
    assert err.startswith("error: No run with id 'deadbeef'")


def test_a_prefix_of_several_runs_is_ambiguous_never_resolved(capsys):
    ids = ["cafe" + "1" * 28, "cafe" + "2" * 28, "cafe" + "3" * 28]
    with HistoryStore(app_paths().history_db) as store:
        for i, run_id in enumerate(ids):
            store.save_record(make_record(run_id, created_at=f"2025-03-0{i + 1}T10:00:00.000+00:00"))
    for argv in (("show", "cafe"), ("export", "cafe", "-o", str(app_paths().data_dir / "x.md")),
                 ("delete", "cafe")):
        assert run(*argv) == 2
        err = capsys.readouterr().err
        assert "ambiguous" in err and "Traceback" not in err
        assert [line.split()[0] for line in err.splitlines()[2:]] == ids[::-1]  # every candidate, newest first
    with HistoryStore(app_paths().history_db) as store:
        assert store.count() == 3  # nothing deleted
    assert run("show", ids[0][:5]) == 0  # a longer prefix picks one


def test_an_exact_id_wins_over_longer_ids_and_says_so(capsys):
    """An imported run whose id is another run's prefix: its exact id means it, and the user is told."""
    with HistoryStore(app_paths().history_db) as store:
        store.save_record(make_record("beef" + "0" * 28, prompt="The long one"))
        store.save_record(make_record("beef", prompt="The short one"))
    assert run("show", "beef", "--format", "json") == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["prompt"] == "The short one"
    assert "note: 'beef' is this run's whole id" in out.err and "beef" + "0" * 28 in out.err
    assert run("delete", "beef") == 0
    capsys.readouterr()
    assert run("show", "beef", "--format", "json") == 0  # now the prefix of exactly one run
    assert json.loads(capsys.readouterr().out)["prompt"] == "The long one"


def test_export_import_round_trip(filled, tmp_path, capsys):
    out = tmp_path / "run.json"
    assert run("export", filled[1], "--output", str(out)) == 0
    assert run("delete", filled[1]) == 0
    capsys.readouterr()
    assert run("import", str(out)) == 0
    assert capsys.readouterr().out == f"{filled[1]}\n"
    assert run("show", filled[1], "--format", "json") == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")


def test_export_markdown_contains_every_answer(filled, tmp_path, capsys):
    out = tmp_path / "run.md"
    assert run("export", filled[0], "-o", str(out)) == 0
    md = out.read_text(encoding="utf-8")
    for answer in make_record().answers():
        assert answer.text.replace("  ", " ") in md.replace("  ", " ")


def test_export_unknown_suffix_is_usage_error(filled, tmp_path, capsys):
    assert run("export", filled[0], "-o", str(tmp_path / "run.txt")) == 2
    assert "name it .md (Markdown), .json (JSON), .html (web page) or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "run.txt").exists()


def test_export_to_a_missing_folder_fails_clearly(filled, tmp_path, capsys):
    assert run("export", filled[0], "-o", str(tmp_path / "nope" / "run.md")) == 1
    assert "cannot write" in capsys.readouterr().err


def test_import_refuses_an_existing_id_unless_replace(filled, tmp_path, capsys):
    path = tmp_path / "run.json"
    rec = make_record(filled[0], prompt="A changed question")
    path.write_text(to_json(rec), encoding="utf-8")
    assert run("import", str(path)) == 1
    assert "already in the history" in capsys.readouterr().err
    assert run("import", str(path), "--replace") == 0
    with HistoryStore(app_paths().history_db) as store:
        assert store.get(filled[0]).prompt == "A changed question"


def test_importing_an_identical_run_again_is_a_no_op(filled, tmp_path, capsys):
    path = tmp_path / "same.json"
    assert run("export", filled[0], "-o", str(path)) == 0
    capsys.readouterr()
    assert run("import", str(path)) == 0
    out = capsys.readouterr()
    assert out.out.strip() == filled[0] and "identical" in out.err
    with HistoryStore(app_paths().history_db) as store:
        assert store.count() == len(filled)


@pytest.mark.parametrize(("content", "reason"), [
    ("{broken", "not valid JSON"),
    ('{"format_version": 1, "prompt": "x"}', "id: is missing"),
    ('{"format_version": 7}', "unsupported format_version 7"),
])
def test_import_refuses_a_broken_file_with_the_reason(tmp_path, capsys, content, reason):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert run("import", str(path)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot import {path}: ") and reason in err


def _import_variant(tmp_path: Path, mutate) -> Path:
    d = make_record().to_dict()
    mutate(d)
    path = tmp_path / "variant.json"
    path.write_text(json.dumps(d), encoding="utf-8")
    return path


@pytest.mark.parametrize(("mutate", "first_problem"), [
    (lambda d: d["stage1"]["answers"][0].update(duration_ms="1234"), "stage1.answers[0].duration_ms: must be"),
    (lambda d: d["stage2"]["reviews"][0].update(label_map="A=b"), "stage2.reviews[0].label_map: must be"),
    (lambda d: d["stage1"]["answers"][1].update(cost="free"), "stage1.answers[1].cost: must be"),
    (lambda d: d["stage1"]["errors"][0].update(error={"x": 1}), "stage1.errors[0].error: must be"),
    (lambda d: d.update(members="m/a"), "members: must be a list"),
])
def test_an_ill_typed_import_is_refused_whole_with_exit_2_and_nothing_stored(tmp_path, capsys, mutate,
                                                                            first_problem):
    path = _import_variant(tmp_path, mutate)
    assert run("import", str(path)) == 2
    err = capsys.readouterr().err
    assert first_problem in err and "Traceback" not in err
    assert run("history", "--jsonl") == 0
    assert capsys.readouterr().out == ""  # nothing half-imported


def test_import_of_a_fifo_or_a_device_is_refused_without_reading_it(tmp_path, capsys):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert run("import", str(fifo)) == 2  # would block forever if it were opened
    assert "not a regular file" in capsys.readouterr().err
    assert run("import", "/dev/zero") == 2


def test_import_of_a_file_that_is_not_utf8_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "latin1.json"
    path.write_bytes(to_json(make_record()).replace("café", "caf\u00e9").encode("utf-8") + b"\xff")
    assert run("import", str(path)) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_import_missing_file(tmp_path, capsys):
    assert run("import", str(tmp_path / "missing.json")) == 1
    assert "cannot read" in capsys.readouterr().err


def test_delete(filled, capsys):
    assert run("delete", filled[2][:8]) == 0
    assert capsys.readouterr().out == f"Deleted run {filled[2]}\n"
    assert run("delete", filled[2]) == 1


def test_corrupt_database_gives_a_message_and_stays_untouched(capsys):
    db = app_paths().history_db
    db.parent.mkdir(parents=True)
    db.write_bytes(b"\x00garbage" * 100)
    for argv in (("history",), ("show", "abcd"), ("delete", "abcd")):
        assert run(*argv) == 1
        err = capsys.readouterr().err
        assert str(db) in err and "not an SQLite database" in err
    assert db.read_bytes() == b"\x00garbage" * 100


# -- end to end, through ``python -m council_desktop`` ---------------------------------------------------------

needs_cli = pytest.mark.skipif(not CLI_EXISTS, reason="council_desktop/cli.py (the lead's) does not exist yet")


def cli(*argv: str, home: Path, key: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_API_KEY"}
    env["COUNCIL_DESKTOP_HOME"] = str(home)
    if key:
        env["OPENROUTER_API_KEY"] = key
    return subprocess.run([sys.executable, "-m", "council_desktop", *argv], env=env, capture_output=True,
                          text=True, timeout=timeout, encoding="utf-8")


@pytest.mark.slow
@needs_cli
def test_end_to_end_import_history_show_export_delete(council_home, tmp_path):
    src = tmp_path / "in.json"
    rec = make_record()
    src.write_text(to_json(rec), encoding="utf-8")
    assert cli("import", str(src), home=council_home).stdout == f"{rec.id}\n"
    rows = [json.loads(x) for x in cli("history", "--jsonl", home=council_home).stdout.splitlines()]
    assert [r["id"] for r in rows] == [rec.id]
    shown = cli("show", rec.id, "--format", "json", home=council_home)
    assert shown.returncode == 0 and shown.stdout == to_json(rec)
    out = tmp_path / "out.md"
    assert cli("export", rec.id[:8], "--output", str(out), home=council_home).returncode == 0
    assert rec.stage1[1].text in out.read_text(encoding="utf-8")
    assert cli("delete", rec.id, home=council_home).returncode == 0
    gone = cli("show", rec.id, home=council_home)
    assert gone.returncode == 1 and "No run with id" in gone.stderr


@pytest.mark.slow
@needs_cli
def test_ask_records_its_run_unless_no_save(council_home):
    secret = "sk-or-v1-e2e-SECRET-abcdef0123456789"
    with FakeOpenRouter(ServerOptions(tokens=6, delay=0.0)) as srv:
        common = ["--model", "test/alpha", "--model", "test/beta", "--chairman", "test/chair",
                  "--base-url", srv.base_url, "--jsonl"]
        done = cli("ask", "What is a council?", *common, home=council_home, key=secret)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout.splitlines()[-1])
        assert result["type"] == "result"
        assert cli("ask", "Not saved, please", *common, "--no-save", home=council_home, key=secret).returncode == 0
    shown = cli("show", result["data"]["id"], "--format", "json", home=council_home)
    assert json.loads(shown.stdout) == result["data"]  # the stored record is exactly the run's record
    rows = [json.loads(x) for x in cli("history", "--jsonl", home=council_home).stdout.splitlines()]
    assert [r["title"] for r in rows] == ["What is a council?"]
    data = b"".join(p.read_bytes() for p in (council_home / "data").iterdir() if p.is_file())
    assert secret.encode() not in data
