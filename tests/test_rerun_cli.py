"""Re-runs and follow-ups from the command line, against the local fake OpenRouter; the server counts requests."""

from __future__ import annotations

import json

import pytest

from council_desktop.devserver import FakeOpenRouter, ServerOptions
from tests.test_cli import KEY, events_of, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def server():
    with FakeOpenRouter(ServerOptions(tokens=6, delay=0.001, key=KEY)) as srv:
        yield srv


def ask_args(server, *members, chairman="test/chair", prompt="Why is the sky blue?"):
    out = ["ask", prompt, "--chairman", chairman, "--base-url", server.base_url, "--jsonl"]
    for m in members:
        out += ["--model", m]
    return out


def result_of(stdout):
    evs = events_of(stdout)
    assert evs[-1]["type"] == "result", evs[-1]
    return evs[-1]["data"]


def show(home, run_id):
    r = run_cli(["show", run_id, "--format", "json"], home)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def asked(server, since):
    """(stage, model) of each chat request since index ``since``."""
    out = []
    for body in server.requests[since:]:
        content = body["messages"][-1]["content"]
        stage = 3 if "You are the Chairman" in content else 2 if "FINAL RANKING" in content else 1
        out.append((stage, body["model"]))
    return out


def test_retry_a_failed_member_then_review_and_synthesis(server, tmp_path):
    r = run_cli(ask_args(server, "test/alpha", "test/flaky-402", "test/gamma"), tmp_path)
    assert r.returncode == 0, r.stderr
    first = result_of(r.stdout)
    assert [e["model"] for e in first["stage1"]["errors"]] == ["test/flaky-402"]
    n = len(server.requests)
    r = run_cli(["rerun", first["id"][:10], "--member", "test/flaky-402", "--base-url", server.base_url, "--jsonl"],
                tmp_path)
    assert r.returncode == 0, r.stderr
    again = result_of(r.stdout)
    assert sorted(asked(server, n)) == sorted([(1, "test/flaky-402"), (2, "test/alpha"), (2, "test/flaky-402"),
                                               (2, "test/gamma"), (3, "test/chair")])
    assert (again["parent"], again["thread"]) == (first["id"], first["id"])
    assert again["redo"]["members"] == ["test/flaky-402"]
    reused = {m["model"]: m["reused"] for m in again["stage1"]["answers"]}
    assert reused == {"test/alpha": True, "test/flaky-402": False, "test/gamma": True}
    assert show(tmp_path, again["id"]) == again  # history keeps exactly the derived record
    assert show(tmp_path, first["id"]) == first  # and the earlier run untouched


def test_reask_a_reviewer_and_a_new_synthesis(server, tmp_path):
    r = run_cli(ask_args(server, "test/alpha", "test/unranked-beta", "test/gamma"), tmp_path)
    first = result_of(r.stdout)
    bad = {v["model"]: v["parse_status"] for v in first["stage2"]["reviews"]}
    assert bad["test/unranked-beta"] == "failed"
    n = len(server.requests)
    r = run_cli(["rerun", first["id"], "--reviewer", "test/unranked-beta", "--chairman", "test/chair-two",
                 "--base-url", server.base_url, "--jsonl"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert asked(server, n) == [(2, "test/unranked-beta"), (3, "test/chair-two")]
    again = result_of(r.stdout)
    assert again["chairman"] == "test/chair-two" and again["stage3"]["synthesis"]["model"] == "test/chair-two"
    n = len(server.requests)
    r = run_cli(["rerun", first["id"], "--chairman", "test/chair", "--base-url", server.base_url], tmp_path)
    assert r.returncode == 0 and r.stdout.strip()
    assert asked(server, n) == [(3, "test/chair")]


def test_rerun_usage_errors(server, tmp_path):
    r = run_cli(ask_args(server, "test/alpha", "test/beta"), tmp_path)
    run_id = result_of(r.stdout)["id"]
    n = len(server.requests)
    for args, words in ((["rerun", "ffffffffff", "--chairman", "x"], "ffffffffff"),
                        (["rerun", run_id, "--member", "test/nobody"], "not a member"),
                        (["rerun", run_id, "--reviewer", "test/nobody"], "not a reviewer"),
                        (["rerun", run_id, "--add", "test/alpha"], "already a member"),
                        (["rerun", run_id], "Nothing to re-run")):
        r = run_cli([*args, "--base-url", server.base_url], tmp_path)
        assert r.returncode == 2, (args, r.stderr)
        assert words in r.stderr
    assert len(server.requests) == n  # nothing was asked


def test_follow_up_carries_the_conversation_and_ask_one_member(server, tmp_path):
    r = run_cli(ask_args(server, "test/alpha", "test/beta"), tmp_path)
    first = result_of(r.stdout)
    n = len(server.requests)
    r = run_cli(["ask", "--follow-up", first["id"], "And at sunset?", "--base-url", server.base_url, "--jsonl"],
                tmp_path)
    assert r.returncode == 0, r.stderr
    second = result_of(r.stdout)
    assert (second["parent"], second["thread"]) == (first["id"], first["id"])
    s1 = server.requests[n]
    assert [m["role"] for m in s1["messages"]] == ["user", "assistant", "user"]
    assert s1["messages"][0]["content"] == "Why is the sky blue?"
    assert s1["messages"][1]["content"] == first["final_answer"]
    n = len(server.requests)
    r = run_cli(["ask", "--follow-up", second["id"], "--to", "test/beta", "Say more, beta.",
                 "--base-url", server.base_url], tmp_path)
    assert r.returncode == 0, r.stderr
    assert asked(server, n) == [(1, "test/beta")]
    one = server.requests[n]["messages"]
    assert len(one) == 5 and one[2]["content"] == "And at sunset?"  # both earlier turns
    assert r.stdout.strip()  # the member's answer on stdout
    r = run_cli(["history", "--jsonl"], tmp_path)
    rows = {row["id"]: row for row in map(json.loads, r.stdout.splitlines())}
    assert {row["thread"] for row in rows.values()} == {first["id"]}
    assert rows[second["id"]]["parent"] == first["id"] and rows[first["id"]]["parent"] is None
    third = next(row for row in rows.values() if row["parent"] == second["id"])
    assert third["mode"] == "answers"
    from council_desktop.storage.history import HistoryStore

    with HistoryStore(tmp_path / "data" / "history.sqlite3") as store:
        assert [s.id for s in store.thread_runs(third["id"])] == [first["id"], second["id"], third["id"]]


def test_a_thread_exports_and_imports_whole(server, tmp_path):
    r = run_cli(ask_args(server, "test/alpha", "test/beta", prompt="# First question"), tmp_path)
    first = result_of(r.stdout)
    r = run_cli(["ask", "--follow-up", first["id"], "Second question?", "--base-url", server.base_url, "--jsonl"],
                tmp_path)
    second = result_of(r.stdout)
    md, js = tmp_path / "thread.md", tmp_path / "thread.json"
    for out in (md, js):
        r = run_cli(["export", second["id"], "--thread", "--output", str(out)], tmp_path)
        assert r.returncode == 0 and "2 runs" in r.stdout, r.stderr
    doc = md.read_text()
    assert doc.startswith("# Conversation: ") and "## 1. " in doc and "## 2. Second question? (follow-up)" in doc
    data = json.loads(js.read_text())
    assert [run["id"] for run in data["runs"]] == [first["id"], second["id"]]
    other = tmp_path / "other"
    r = run_cli(["import", str(js)], other)
    assert r.returncode == 0 and r.stdout.split() == [first["id"], second["id"]], r.stderr
    assert show(other, second["id"]) == second
    r = run_cli(["import", str(js)], other)  # again: identical, nothing changes
    assert r.returncode == 0
    every = tmp_path / "all.json"
    r = run_cli(["export", "--all", "--output", str(every)], tmp_path)
    assert r.returncode == 0 and len(json.loads(every.read_text())["runs"]) == 2
    r = run_cli(["export", "--output", str(every)], tmp_path)
    assert r.returncode == 2
