"""Crash safety with real processes: kill -9 and Ctrl+C mid-run, and two processes writing at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from council_desktop.devserver import WORDS, FakeOpenRouter, ServerOptions
from council_desktop.storage.history import HistoryStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

CLI_EXISTS = (Path(__file__).parent.parent / "council_desktop" / "cli.py").exists()
needs_cli = pytest.mark.skipif(not CLI_EXISTS, reason="council_desktop/cli.py (the lead's `ask`) does not exist yet")

TOKENS = 40  # at 20 ms a chunk: the fast member takes ~0.8 s, the "slow" one ~3.2 s
SECRET = "sk-or-v1-crash-test-SECRET-0123456789"
T = TypeVar("T")


def poll(fn: Callable[[], T | None], timeout: float = 20.0, step: float = 0.05) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = fn()
        if value is not None:
            return value
        time.sleep(step)
    raise AssertionError(f"nothing after {timeout} s")


def read_only(db: Path, sql: str) -> list[tuple] | None:
    """Query the database the way an onlooker would: read-only, never holding it open."""
    if not db.exists():
        return None
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return None
    finally:
        conn.close()


def fast_answer_saved(db: Path) -> str | None:
    rows = read_only(db, "SELECT r.id FROM runs r JOIN model_runs m ON m.run_pk = r.pk "
                         "WHERE m.stage = 1 AND m.model = 'm1' AND m.status = 'done'")
    return rows[0][0] if rows else None


def start_ask(home: Path, base_url: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_API_KEY"}
    env.update(OPENROUTER_API_KEY=SECRET, COUNCIL_DESKTOP_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, "-m", "council_desktop", "ask", "q", "--model", "m1", "--model", "m2-slow",
         "--chairman", "m1", "--base-url", base_url],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def assert_no_secret(home: Path) -> None:
    data = b"".join(p.read_bytes() for p in (home / "data").iterdir() if p.is_file())
    assert SECRET.encode() not in data


@needs_cli
@pytest.mark.parametrize("how", ["kill -9", "SIGINT"])
def test_a_run_stopped_mid_way_keeps_its_finished_answers(council_home: Path, how: str):
    db = council_home / "data" / "history.sqlite3"
    with FakeOpenRouter(ServerOptions(tokens=TOKENS, delay=0.02)) as srv:
        proc = start_ask(council_home, srv.base_url)
        try:
            run_id = poll(lambda: fast_answer_saved(db) if proc.poll() is None else "exited")
            assert run_id != "exited", proc.stderr.read().decode() if proc.stderr else ""
            assert read_only(db, "SELECT status FROM runs") == [("running",)]
            proc.send_signal(signal.SIGKILL if how == "kill -9" else signal.SIGINT)
            code = proc.wait(timeout=15)
        finally:
            if proc.poll() is None:  # pragma: no cover - only when an assertion fired first
                proc.kill()
                proc.wait()
            if proc.stderr:
                proc.stderr.close()
    assert code == (-signal.SIGKILL if how == "kill -9" else 130)

    with HistoryStore(db) as store:
        assert store.mark_interrupted() == (1 if how == "kill -9" else 0)
        record = store.get(run_id)
        assert store.check_integrity() == []
    assert record.status == ("interrupted" if how == "kill -9" else "cancelled")
    fast = record.find(1, "m1")
    assert fast is not None and fast.status == "done"
    assert fast.text.split() == [WORDS[i % len(WORDS)] for i in range(TOKENS)]  # intact, not cut
    assert fast.token_count == TOKENS and fast.duration_ms and fast.duration_ms > 0
    slow = record.find(1, "m2-slow")
    if how == "kill -9":
        assert slow is None  # it was still streaming: the only thing lost
    else:
        assert slow is not None and slow.status == "cancelled" and slow.kind == "cancelled"
        assert slow.text and slow.partial  # what it had written is kept
    assert record.prompt == "q" and record.members == ("m1", "m2-slow") and record.chairman == "m1"
    assert_no_secret(council_home)


WRITER = textwrap.dedent("""
    import sys
    from council_desktop.storage.history import HistoryStore
    from tests.storage.test_history import make_record, write_live
    db, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with HistoryStore(db) as store:
        i = 0
        while count < 0 or i < count:
            write_live(store, make_record(f"{prefix}{i:031x}", answer_words="word" + prefix))
            i += 1
""")


def start_writer(db: Path, prefix: str, count: int) -> subprocess.Popen[bytes]:
    root = Path(__file__).parent.parent
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), prefix, str(count)], cwd=root)


def test_two_processes_writing_at_once(tmp_path: Path):
    db = tmp_path / "history.sqlite3"
    HistoryStore(db).close()
    writers = [start_writer(db, p, 40) for p in "ab"]
    with HistoryStore(db) as reader:  # and a third reads meanwhile
        while any(w.poll() is None for w in writers):
            reader.list_runs("worda", limit=10)
            time.sleep(0.01)
    assert [w.wait(timeout=60) for w in writers] == [0, 0]
    with HistoryStore(db) as store:
        assert store.count() == 80
        assert store.count("worda") == 40 and store.count("wordb") == 40
        assert store.check_integrity() == []
        assert all(r.status == "complete" for r in store.list_runs(limit=100))


def test_kill_9_while_writing_hard_never_corrupts(tmp_path: Path):
    db = tmp_path / "history.sqlite3"
    HistoryStore(db).close()
    writer = start_writer(db, "c", -1)  # writes until killed
    poll(lambda: (read_only(db, "SELECT count(*) FROM runs") or [(0,)])[0][0] >= 10 or None)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    with HistoryStore(db) as store:
        assert store.check_integrity() == []
        assert store.count() >= 10
        assert store.mark_interrupted() <= 1  # at most the run being written when the process died
        runs = store.list_runs(limit=10_000)
        assert {r.status for r in runs} <= {"complete", "interrupted"}
        found = {r.id for r in store.list_runs("wordc", limit=10_000)}  # the search index kept up
        assert {r.id for r in runs if r.status == "complete"} <= found
        for r in runs:
            store.get(r.id)  # every record reads back whole


@needs_cli
@pytest.mark.parametrize("what", ["rerun", "follow-up"])
def test_kill_9_during_a_rerun_or_follow_up_leaves_the_earlier_run_untouched(council_home: Path, what: str):
    db = council_home / "data" / "history.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_API_KEY"}
    env.update(OPENROUTER_API_KEY=SECRET, COUNCIL_DESKTOP_HOME=str(council_home))
    with FakeOpenRouter(ServerOptions(tokens=TOKENS, delay=0.02)) as srv:
        first = subprocess.run([sys.executable, "-m", "council_desktop", "ask", "q", "--model", "m1", "--model", "m2",
                                "--chairman", "m1", "--base-url", srv.base_url], env=env, capture_output=True,
                               timeout=60)
        assert first.returncode == 0, first.stderr
        with HistoryStore(db) as store:
            parent = store.list_runs()[0].id
            before = store.get(parent).to_dict()
        args = (["rerun", parent, "--add", "m3-slow"] if what == "rerun"
                else ["ask", "--follow-up", parent, "next?", "--model", "m1", "--model", "m3-slow"])
        proc = subprocess.Popen([sys.executable, "-m", "council_desktop", *args, "--base-url", srv.base_url],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            def child_has_an_answer() -> str | None:
                rows = read_only(db, "SELECT r.id FROM runs r JOIN model_runs m ON m.run_pk = r.pk "
                                     f"WHERE r.id != '{parent}' AND m.stage = 1 AND m.status = 'done'")
                return rows[0][0] if rows else None

            child = poll(child_has_an_answer)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=15)
        finally:
            if proc.poll() is None:  # pragma: no cover
                proc.kill()
                proc.wait()
    with HistoryStore(db) as store:
        assert store.mark_interrupted() == 1
        assert store.get(parent).to_dict() == before  # the earlier run is exactly as it was
        record = store.get(child)
        assert record.status == "interrupted" and record.parent == parent and record.thread == parent
        assert record.answers()  # what had finished is kept
        assert store.check_integrity() == []
    assert_no_secret(council_home)
