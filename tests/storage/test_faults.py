"""Storage faults: a full disk, a read-only folder, odd rows, loose permissions, dead recorders.

A full disk is injected at the SQLite boundary (``sqlite3.OperationalError("database or disk is full")`` from
every write), exactly what SQLite raises when the disk fills up.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from council_desktop import history_cli
from council_desktop.council.state import RunState
from council_desktop.storage import history
from council_desktop.storage.history import HistoryError, HistoryStore, explain
from council_desktop.storage.paths import app_paths
from tests.storage.test_history import CHAIR, make_record

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE")


class FaultyConnection:
    """A real connection whose writes fail with ``error`` once ``fail`` is set."""

    def __init__(self, conn: sqlite3.Connection, error: str) -> None:
        self._conn = conn
        self.error = error
        self.fail = True

    def execute(self, sql: str, *args: Any) -> Any:
        if self.fail and sql.lstrip().upper().startswith(WRITES):
            raise sqlite3.OperationalError(self.error)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def inject(monkeypatch: pytest.MonkeyPatch, error: str) -> None:
    """Every HistoryStore opened from now on fails its writes with ``error``."""
    real = sqlite3.connect
    monkeypatch.setattr(history.sqlite3, "connect", lambda *a, **k: FaultyConnection(real(*a, **k), error))


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="council-desktop")
    history_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return int(args.func(args))


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def left_running_by_a_dead_process(db: Path) -> str:
    """A run whose process died mid-way (its first answer saved), as a crash or a full disk leaves it."""
    rec = make_record()
    with HistoryStore(db) as store:
        store.create_run(RunState(id=rec.id, prompt=rec.prompt, members=rec.members, chairman=CHAIR,
                                  created_at=rec.created_at))
        store.save_model_run(rec.id, rec.stage1[0])
    conn = sqlite3.connect(db)
    conn.execute("UPDATE runs SET pid = ?", (dead_pid(),))
    conn.commit()
    conn.close()
    return rec.id


# -- a full disk ---------------------------------------------------------------------------------------------

def test_a_full_disk_keeps_the_history_readable(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
                                                tmp_path: Path):
    """The issue: a full disk left a ``running`` run that then made history/show/export fail."""
    db = app_paths().history_db
    run_id = left_running_by_a_dead_process(db)
    inject(monkeypatch, "database or disk is full")

    assert run_cli("history", "--jsonl") == 0
    out = capsys.readouterr()
    assert [json.loads(x)["status"] for x in out.out.splitlines()] == ["interrupted"]
    assert out.err.count("\n") == 1 and "is full" in out.err and "Traceback" not in out.err

    assert run_cli("show", run_id[:8], "--format", "json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "interrupted" and shown["error"] == history.INTERRUPTED_MESSAGE
    assert shown["stage1"]["answers"][0]["text"] == make_record().stage1[0].text  # what was saved is there

    assert run_cli("export", run_id, "-o", str(tmp_path / "run.md")) == 0
    assert "interrupted" in (tmp_path / "run.md").read_text(encoding="utf-8")

    with HistoryStore(db) as store:  # a write says what is wrong, in one sentence, not "damaged"
        store.mark_interrupted()
        with pytest.raises(HistoryError) as err:
            store.save_record(make_record("f" * 32))
    assert "is full" in str(err.value) and "damaged" not in str(err.value) and "move it" not in str(err.value)

    monkeypatch.undo()  # space again: the next open writes the status down
    with HistoryStore(db) as store:
        assert store.mark_interrupted() == 1
        assert store.write_problem is None
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
    conn.close()


DRIVER = textwrap.dedent("""
    import sqlite3, sys
    real = sqlite3.connect
    WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")

    class Full:
        commits = 0
        def __init__(self, conn):
            self._conn = conn
        def execute(self, sql, *args):
            if sql.lstrip().upper().startswith("COMMIT"):
                Full.commits += 1
            elif Full.commits >= int(sys.argv[1]) and sql.lstrip().upper().startswith(WRITES):
                raise sqlite3.OperationalError("database or disk is full")
            return self._conn.execute(sql, *args)
        def __getattr__(self, name):
            return getattr(self._conn, name)

    sqlite3.connect = lambda *a, **k: Full(real(*a, **k))
    from council_desktop.cli import main
    sys.exit(main(sys.argv[2:]))
""")


@pytest.mark.slow
@pytest.mark.parametrize("commits_before_full", [0, 1])
def test_a_run_on_a_full_disk_says_so_in_one_line(council_home: Path, commits_before_full: int):
    """Full from the start (the run cannot even be created) or after the run was created: one line on stderr,
    the traceback in the log only, the answer still printed, and afterwards the history readable."""
    from council_desktop.devserver import FakeOpenRouter, ServerOptions

    HistoryStore(app_paths().history_db).close()  # an existing history: opening it writes nothing
    env = {**os.environ, "COUNCIL_DESKTOP_HOME": str(council_home), "OPENROUTER_API_KEY": "sk-or-v1-full-disk"}
    with FakeOpenRouter(ServerOptions(tokens=5, delay=0.0)) as srv:
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, str(commits_before_full), "ask", "q", "--model", "m1", "--model", "m2",
             "--chairman", "m1", "--base-url", srv.base_url],
            env=env, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()  # the final answer
    storage_lines = [line for line in done.stderr.splitlines()
                     if "histor" in line.lower() or "saved" in line or "full" in line]
    assert len(storage_lines) == 1, done.stderr
    assert "is full" in storage_lines[0]
    assert "Traceback" not in done.stderr
    log_text = app_paths().log_file.read_text(encoding="utf-8")
    assert "Traceback" in log_text and "database or disk is full" in log_text

    with HistoryStore(app_paths().history_db) as store:  # the disk has room again: nothing left "running"
        store.mark_interrupted()
        runs = store.list_runs()
        assert len(runs) == commits_before_full  # created before the disk filled, or never
        assert all(r.status == "interrupted" for r in runs)
        for r in runs:
            assert store.get(r.id).prompt == "q"


# -- a read-only folder --------------------------------------------------------------------------------------

READ_ONLY = "attempt to write a readonly database"


def test_a_read_only_history_is_reported_as_such_never_as_damaged(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture):
    db = app_paths().history_db
    with HistoryStore(db) as store:
        store.save_record(make_record())
    inject(monkeypatch, READ_ONLY)
    with HistoryStore(db) as store:
        with pytest.raises(HistoryError) as err:
            store.delete(make_record().id)
        assert store.get(make_record().id).prompt == make_record().prompt  # reading still works
    message = str(err.value)
    assert "read-only" in message and "permission denied" in message and str(db.parent) in message
    assert "damaged" not in message and "move it away" not in message
    assert run_cli("delete", make_record().id) == 1
    err_text = capsys.readouterr().err
    assert err_text.count("\n") == 1 and "read-only" in err_text and "move it" not in err_text


def test_a_read_only_folder_at_open_is_named():
    """SQLite cannot open a WAL database read-only without its -shm file: the probe fails with SQLITE_READONLY."""
    path = Path("/data/history.sqlite3")
    e = sqlite3.OperationalError(READ_ONLY)
    message = explain(e, path)
    assert "cannot be written" in message and "permission denied" in message and "move" not in message
    assert "is full" in explain(sqlite3.OperationalError("database or disk is full"), path)
    assert "busy" in explain(sqlite3.OperationalError("database is locked"), path)
    assert "move it away" in explain(sqlite3.DatabaseError("database disk image is malformed"), path)
    assert "permission" in explain(PermissionError(13, "Permission denied"), path)


class ReadOnlyFolderConnection(FaultyConnection):
    """What SQLite does in a folder it cannot write: a WAL database cannot even be read without its -shm file,
    unless it is opened ``immutable``."""

    def execute(self, sql: str, *args: Any) -> Any:
        raise sqlite3.OperationalError(READ_ONLY)


def read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    real = sqlite3.connect

    def connect(target: str, *a: Any, **k: Any) -> Any:
        conn = real(target, *a, **k)
        return conn if "immutable=1" in str(target) else ReadOnlyFolderConnection(conn, READ_ONLY)

    monkeypatch.setattr(history.sqlite3, "connect", connect)


def check_read_only_commands(capsys: pytest.CaptureFixture, tmp_path: Path, run_id: str, folder: Path) -> None:
    for argv in (("history", "--jsonl"), ("show", run_id[:8], "--format", "json"),
                 ("export", run_id, "-o", str(tmp_path / "ro.md"))):
        assert run_cli(*argv) == 0
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "read-only" in err and "permission denied" in err
        assert "damaged" not in err and "move it" not in err and str(folder) in err
    assert run_cli("delete", run_id) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "move it" not in err and "Traceback" not in err


def test_a_read_only_folder_keeps_the_history_readable(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture, tmp_path: Path):
    db = app_paths().history_db
    with HistoryStore(db) as store:
        store.save_record(make_record())
    read_only_folder(monkeypatch)
    check_read_only_commands(capsys, tmp_path, make_record().id, db.parent)
    with HistoryStore(db, read_only=True) as store:
        assert store.get(make_record().id).to_dict() == make_record().to_dict()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_really_read_only_folder(capsys: pytest.CaptureFixture, tmp_path: Path):
    db = app_paths().history_db
    with HistoryStore(db) as store:
        store.save_record(make_record())
    os.chmod(db.parent, 0o500)
    try:
        check_read_only_commands(capsys, tmp_path, make_record().id, db.parent)
    finally:
        os.chmod(db.parent, 0o700)


# -- odd rows ------------------------------------------------------------------------------------------------

ODD_RUN_COLUMNS = {
    "members": "not json", "settings": '"a string"', "notices": "{", "aggregate": '[{"model": 1}, 7]',
    "synthesis": '{"chairman": "c", "model": "m", "text": 5, "token_count": "many", "cost": "free"}',
    "wall_ms": "'9 s'", "total_cost": "'free'", "total_tokens": "'lots'", "status": "'running'",
    "created_at": "'yesterday'",
}
ODD_MODEL_COLUMNS = {
    "duration_ms": "'1234 ms'", "token_count": "'x'", "cost": "'free'", "status_code": "'bad'",
    "review": '\'{"label_map": "A=b", "parsed_ranking": "A", "parse_status": 3}\'', "status": "'exploded'",
    "text": "x'00ff'",
}


def _spoil(db: Path) -> str:
    rec = make_record()
    with HistoryStore(db) as store:
        store.save_record(rec)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for col, value in ODD_RUN_COLUMNS.items():
        literal = value if value.startswith(("'", "x'")) else "'" + value.replace("'", "''") + "'"
        conn.execute(f"UPDATE runs SET {col} = {literal}")
    for col, value in ODD_MODEL_COLUMNS.items():
        conn.execute(f"UPDATE model_runs SET {col} = {value} WHERE stage = 2")
    conn.execute("UPDATE runs SET pid = ?", (dead_pid(),))
    conn.commit()
    conn.close()
    return rec.id


def test_odd_stored_rows_never_give_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture):
    """Rows written by an older version or imported before imports were checked: every command still works."""
    db = app_paths().history_db
    run_id = _spoil(db)
    assert run_cli("history") == 0
    assert run_cli("history", "--jsonl") == 0
    assert run_cli("show", run_id) == 0
    assert run_cli("show", run_id, "--format", "json") == 0
    assert run_cli("export", run_id, "-o", str(tmp_path / "r.md")) == 0
    assert run_cli("export", run_id, "-o", str(tmp_path / "r.json")) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    with HistoryStore(db) as store:
        rec = store.get(run_id)
    review = rec.stage2[0]
    assert review.duration_ms is None and review.token_count == 0 and review.cost is None
    assert review.status.value == "failed"  # an unreadable status is never shown as done
    assert review.review is not None and dict(review.review.label_map) == {}
    assert review.review.parse_status is None
    assert rec.synthesis is not None and rec.synthesis.text == "5" and rec.synthesis.cost is None
    assert rec.members == () and rec.settings == {} and rec.notices == () and rec.status == "interrupted"
    assert rec.aggregate == ()
    # its JSON export shows what was stored; importing it back names what the format does not allow
    assert run_cli("delete", run_id) == 0
    capsys.readouterr()
    assert run_cli("import", str(tmp_path / "r.json")) == 2
    assert "created_at: must be an ISO 8601 date and time, got the string 'yesterday'" in capsys.readouterr().err


def test_the_window_history_list_survives_odd_rows(qtbot):
    from council_desktop.ui.history_panel import HistoryPanel

    db = app_paths().history_db
    run_id = _spoil(db)
    with HistoryStore(db) as store:
        panel = HistoryPanel(store)
        qtbot.addWidget(panel)
        assert store.list_runs()[0].id == run_id
        assert store.get(run_id).id == run_id


# -- permissions ---------------------------------------------------------------------------------------------

def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_history_files_and_folders_are_private(umask_022, council_home: Path):
    paths = app_paths()
    with HistoryStore(paths.history_db) as store:
        store.save_record(make_record())
        wal, shm = Path(f"{paths.history_db}-wal"), Path(f"{paths.history_db}-shm")
        assert wal.exists() and shm.exists()
        assert mode(paths.history_db) == 0o600 and mode(wal) == 0o600 and mode(shm) == 0o600
    assert mode(paths.data_dir) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_loose_existing_files_are_tightened_on_open(umask_022, council_home: Path):
    paths = app_paths()
    with HistoryStore(paths.history_db) as store:
        store.save_record(make_record())
        wal = Path(f"{paths.history_db}-wal")
        for p in (paths.history_db, wal, Path(f"{paths.history_db}-shm")):
            os.chmod(p, 0o644)
        os.chmod(paths.data_dir, 0o755)
    with HistoryStore(paths.history_db):
        assert mode(paths.history_db) == 0o600 and mode(paths.data_dir) == 0o700
        assert mode(Path(f"{paths.history_db}-shm")) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_ensure_makes_every_folder_private_but_leaves_the_users_own_alone(umask_022, tmp_path: Path):
    from council_desktop.storage.paths import AppPaths

    mine = tmp_path / "home"
    mine.mkdir(mode=0o755)
    os.chmod(mine, 0o755)
    paths = AppPaths(mine / "config", mine / "data", mine / "state" / "council-desktop" / "log").ensure()
    for d in (paths.config_dir, paths.data_dir, paths.log_dir, paths.log_dir.parent):
        assert mode(d) == 0o700, d
    assert mode(mine) == 0o755  # the folder the user chose is theirs


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_log_file_and_its_rotations_are_private(umask_022, council_home: Path):
    import logging

    from council_desktop import logging_setup

    paths = app_paths()
    logging_setup.setup_logging(paths.log_file)
    try:
        logger = logging.getLogger("council_desktop.test")
        logger.warning("hello")
        assert mode(paths.log_file) == 0o600 and mode(paths.log_dir) == 0o700
        handler = next(h for h in logging_setup._handlers if hasattr(h, "doRollover"))
        handler.doRollover()
        logger.warning("after rollover")
        assert mode(paths.log_file) == 0o600
        assert mode(Path(f"{paths.log_file}.1")) == 0o600
    finally:
        logging_setup.setup_logging(None)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_settings_file_is_private(umask_022, council_home: Path):
    from council_desktop.storage.settings import Settings, SettingsStore

    paths = app_paths()
    SettingsStore(paths.settings_file).save(Settings())
    assert mode(paths.settings_file) == 0o600 and mode(paths.config_dir) == 0o700


# -- is the recording process alive? -------------------------------------------------------------------------

SLEEPER = textwrap.dedent("""
    import sys, time
    from council_desktop.council.state import RunState
    from council_desktop.storage.history import HistoryStore
    with HistoryStore(sys.argv[1]) as store:
        store.create_run(RunState(id=sys.argv[2], prompt="p", members=["m"], chairman="m"))
    print("ready", flush=True)
    time.sleep(120)
""")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_recorder_killed_with_9_is_shown_interrupted(tmp_path: Path):
    db = tmp_path / "h.sqlite3"
    HistoryStore(db).close()
    proc = subprocess.Popen([sys.executable, "-c", SLEEPER, str(db), "live1234"], stdout=subprocess.PIPE,
                            cwd=Path(__file__).parents[2])
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        with HistoryStore(db) as store:
            assert store.mark_interrupted() == 0  # alive: left alone
            assert store.get("live1234").status == "running"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:  # pragma: no cover
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
    with HistoryStore(db) as store:
        assert store.mark_interrupted() == 1
        assert store.get("live1234").status == "interrupted"


def test_liveness_uses_the_process_start_time(monkeypatch: pytest.MonkeyPatch):
    import psutil

    me = history._own_marker()
    assert me is not None and me.startswith("ct:")
    assert history.process_alive(os.getpid(), me)
    started = float(me[3:])
    assert not history.process_alive(os.getpid(), f"ct:{started - 3600:.3f}")  # our pid, another process
    assert history.process_alive(os.getpid(), "linux:old-format:1")  # an older marker: liveness only
    assert not history.process_alive(dead_pid(), me)
    assert not history.process_alive(None, me) and not history.process_alive(0, me)

    def denied(pid: int) -> Any:
        raise psutil.AccessDenied(pid)

    monkeypatch.setattr(history.psutil, "Process", denied)
    assert history.process_alive(12345, me)  # someone else's process: it exists, so the run may be alive


def test_a_zombie_is_dead():
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    import psutil

    while psutil.Process(proc.pid).status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        assert not history.process_alive(proc.pid, None)
    finally:
        proc.wait()
