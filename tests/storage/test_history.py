"""The history store: record fidelity, search, statuses, schema, and refusing files that are not ours."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from council_desktop.council.events import (
    ModelComplete,
    ModelError,
    ModelStart,
    RunEnd,
    StageComplete,
    StageStart,
)
from council_desktop.council.state import AggregateEntry, MemberState, MemberStatus, RunState, Synthesis, fold
from council_desktop.council.values import Review, RunInfo
from council_desktop.storage import history
from council_desktop.storage.history import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    HistoryError,
    HistoryStore,
    RunNotFound,
    fts_query,
)
from tests.helpers import replace_member, replace_stage

MEMBERS = ["openai/gpt-x", "google/gemini-y", "anthropic/claude-z"]
CHAIR = "google/gemini-y"


def make_events(run_id: str = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", *, prompt: str = "Why is the sky blue?",
                created_at: str = "2025-03-01T10:00:00.000+00:00", answer_words: str = "",
                status: str = "complete") -> list:
    """The events of a finished run with everything a record can hold: answers, a failed member, reviews (one
    failed, with partial text), an aggregate, a chairman failure with a fallback synthesis, notices, costs (some
    unknown)."""
    a, b, c = MEMBERS
    synth = "The sky is blue because of Rayleigh scattering (synthesis)."
    notice = f"The chairman {CHAIR} failed (Out of credits.); {a}, the best-ranked member, wrote the synthesis."
    evs = [
        StageStart(1, tuple(MEMBERS), run=RunInfo(run_id, prompt, tuple(MEMBERS), CHAIR, created_at, settings={
            "max_tokens": 4096, "temperature": 0.7, "first_token_timeout": 90.0})),
        ModelComplete(1, a, 1234, 42, 0.00123, True,
                      f"Rayleigh scattering {answer_words} makes short wavelengths scatter more.",
                      queue_ms=5, ttft_ms=300),
        ModelComplete(1, b, 2345, 17, None, False, "Because of **Rayleigh** scattering.\n\n- blue light\n- café au lait",
                      reasoning="thinking about light", reasoning_tokens=3),
        ModelError(1, c, "The provider returned 502 Bad Gateway.", "upstream", 502, 300, 0),
        StageComplete(1),
        StageStart(2, (a, b)),
        ModelStart(2, a, {"Response A": b, "Response B": a}),
        ModelComplete(2, a, 900, 30, 0.0005, True,
                      "Response A is vaguer than Response B.\n\nFINAL RANKING:\n1. Response B\n2. Response A",
                      review=Review({"Response A": b, "Response B": a}, ("Response B", "Response A"), (a, b), "ok")),
        ModelStart(2, b, {"Response A": a}),
        ModelError(2, b, "No first token within 60 s.", "timeout", None, 60000, 5, "failed", "Response A is"),
        StageComplete(2, aggregate=(AggregateEntry(a, 1.0, 1, 1, 1), AggregateEntry(b, 2.0, 1, 0, 2))),
        StageStart(3, (CHAIR,)),
        ModelError(3, CHAIR, "Out of credits.", "credits", 402, 100, 0),
        ModelComplete(3, a, 1500, 60, 0.002, True, synth),
        StageComplete(3, synthesis=Synthesis(CHAIR, a, synth, "fallback_member", notice, 1500, 60, True, 0.002)),
    ]
    if status != "running":
        evs.append(RunEnd(status, "2025-03-01T10:00:09.500+00:00", 9500,
                          None if status == "complete" else f"The run ended {status}."))
    return evs


def make_record(run_id: str = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", *, prompt: str = "Why is the sky blue?",
                created_at: str = "2025-03-01T10:00:00.000+00:00", answer_words: str = "",
                status: str = "complete") -> RunState:
    return fold(make_events(run_id, prompt=prompt, created_at=created_at, answer_words=answer_words, status=status))


def write_live(store: HistoryStore, rec: RunState) -> None:
    """Store ``rec`` the way the recorder does while a run happens."""
    start = RunState(id=rec.id, prompt=rec.prompt, members=rec.members, chairman=rec.chairman,
                     settings=rec.settings, created_at=rec.created_at)
    store.create_run(start)
    for run in rec.stage1:
        store.save_model_run(rec.id, run)
    for run in rec.stage2:
        store.save_model_run(rec.id, run)
    store.save_progress(rec)
    for run in rec.stage3:
        store.save_model_run(rec.id, run)
    store.save_progress(rec)
    store.finish_run(rec.id, rec.status, error=rec.error, finished_at=rec.finished_at, wall_ms=rec.wall_ms)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db: Path):
    s = HistoryStore(db)
    yield s
    s.close()


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()


# -- the file ------------------------------------------------------------------------------------------------

def test_new_database_is_wal_with_our_id_and_schema_version(store: HistoryStore, db: Path):
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(history.MIGRATIONS)
    finally:
        conn.close()
    assert store.schema_version == SCHEMA_VERSION


def test_reopen_keeps_runs(db: Path):
    with HistoryStore(db) as s:
        s.save_record(make_record())
    with HistoryStore(db) as s:
        assert s.get(make_record().id).to_dict() == make_record().to_dict()


def test_an_empty_file_is_set_up(db: Path):
    db.parent.mkdir(parents=True)
    db.touch()
    with HistoryStore(db) as s:
        assert s.count() == 0 and s.schema_version == SCHEMA_VERSION


def test_migrations_run_in_order_from_the_stored_version(db: Path, monkeypatch: pytest.MonkeyPatch):
    with HistoryStore(db) as s:
        s.save_record(make_record())

    def v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE runs ADD COLUMN starred INTEGER NOT NULL DEFAULT 0")

    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, v2])
    monkeypatch.setattr(history, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with HistoryStore(db) as s:
        assert s.schema_version == SCHEMA_VERSION + 1
        assert s.get(make_record().id).to_dict() == make_record().to_dict()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT starred FROM runs").fetchall() == [(0,)]
    finally:
        conn.close()


def test_not_sqlite_is_refused_and_left_untouched(db: Path):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is my diary, not a database\n" * 200)
    before = file_bytes(db)
    with pytest.raises(HistoryError) as err:
        HistoryStore(db)
    assert str(db) in str(err.value) and "not an SQLite database" in str(err.value)
    assert "untouched" in str(err.value)
    assert file_bytes(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_damaged_database_is_refused_and_left_untouched(db: Path):
    with HistoryStore(db) as s:
        for i in range(5):
            s.save_record(make_record(f"{i:032x}"))
    data = bytearray(file_bytes(db))
    data[100:4096] = os.urandom(3996)  # page 1 after the header: the schema table
    db.write_bytes(bytes(data))
    before = file_bytes(db)
    with pytest.raises(HistoryError) as err:
        HistoryStore(db)
    assert str(db) in str(err.value)
    assert file_bytes(db) == before


def test_foreign_sqlite_file_is_refused_and_left_untouched(db: Path):
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada', '123')")
    conn.commit()
    conn.close()
    before = file_bytes(db)
    with pytest.raises(HistoryError) as err:
        HistoryStore(db)
    assert "another program" in str(err.value) and str(db) in str(err.value)
    assert file_bytes(db) == before


def test_sqlite_with_another_application_id_is_refused(db: Path):
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE runs (x)")
    conn.commit()
    conn.close()
    before = file_bytes(db)
    with pytest.raises(HistoryError, match="another program"):
        HistoryStore(db)
    assert file_bytes(db) == before


def test_a_newer_schema_is_refused(db: Path):
    with HistoryStore(db):
        pass
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(HistoryError, match="newer Council Desktop"):
        HistoryStore(db)


def test_a_file_in_the_way_of_the_folder_is_a_clear_error(tmp_path: Path):
    (tmp_path / "data").write_text("not a folder")
    path = tmp_path / "data" / "history.sqlite3"
    with pytest.raises(HistoryError) as err:
        HistoryStore(path)
    assert f"the history database {path}" in str(err.value)


def test_busy_database_gives_a_clear_error_not_a_hang(db: Path):
    with HistoryStore(db, timeout=0.05) as s:
        s.create_run(RunState(id="r1", prompt="p", members=["m"], chairman="m"))
        locker = sqlite3.connect(db, isolation_level=None)
        try:
            locker.execute("BEGIN IMMEDIATE")
            with pytest.raises(HistoryError, match="busy"):
                s.save_model_run("r1", MemberState("m", 1, MemberStatus.DONE, "text"))
            locker.execute("ROLLBACK")
        finally:
            locker.close()
        s.save_model_run("r1", MemberState("m", 1, MemberStatus.DONE, "text"))
        assert s.get("r1").stage1[0].text == "text"


# -- fidelity ------------------------------------------------------------------------------------------------

def test_live_writes_give_back_exactly_the_record(store: HistoryStore):
    rec = make_record()
    write_live(store, rec)
    assert store.get(rec.id).to_dict() == rec.to_dict()
    store.save_record(rec)  # the final save changes nothing
    assert store.get(rec.id).to_dict() == rec.to_dict()
    assert store.check_integrity() == []


def test_a_run_in_progress_shows_what_has_finished(store: HistoryStore):
    rec = make_record()
    store.create_run(RunState(id=rec.id, prompt=rec.prompt, members=rec.members, chairman=rec.chairman,
                               settings=rec.settings, created_at=rec.created_at))
    store.save_model_run(rec.id, rec.stage1[1])
    got = store.get(rec.id)
    assert got.status == "running"
    assert [r.model for r in got.stage1] == [MEMBERS[1]]
    assert got.stage1[0].text == rec.stage1[1].text
    assert got.settings == rec.settings and got.members == rec.members and got.chairman == CHAIR
    summary = store.list_runs()[0]
    assert summary.status == "running" and summary.tokens == 17 and summary.cost is None


def test_save_record_is_exact_for_odd_values(store: HistoryStore):
    rec = replace_member(make_record(), 1, 0, text="emoji 🙂, nul \x00 byte, quotes ' \" and 中文", cost=0.1 + 0.2)
    rec = replace_stage(rec, 2, status="skipped", notice="skipped")
    rec = dataclasses.replace(rec, aggregate=(AggregateEntry(MEMBERS[0], None, 0, 0, None),), error="something")
    store.save_record(rec)
    assert store.get(rec.id).to_dict() == rec.to_dict()
    rec = replace_stage(rec, 1, members=rec.stage1[:1])  # a re-save drops members no longer in the record
    store.save_record(rec)
    assert store.get(rec.id).to_dict() == rec.to_dict()


def test_the_key_never_reaches_the_store(store: HistoryStore, db: Path):
    secret = "sk-or-v1-SECRET0123456789abcdef"
    rec = dataclasses.replace(make_record(), settings={"max_tokens": 10, "api_key": secret,
                                                       "provider": {"OpenRouter-Key": secret, "url": "x"}})
    store.save_record(rec)
    assert store.get(rec.id).settings == {"max_tokens": 10, "provider": {"url": "x"}}
    store.close()
    blob = b"".join(p.read_bytes() for p in db.parent.iterdir())
    assert secret.encode() not in blob


def test_get_by_prefix_and_not_found(store: HistoryStore):
    store.save_record(make_record("abcd1111" + "0" * 24))
    store.save_record(make_record("abcd2222" + "0" * 24))
    assert store.get("abcd1").id.startswith("abcd1111")
    with pytest.raises(history.AmbiguousRunId, match="ambiguous") as amb:
        store.get("abcd")
    assert sorted(c.id for c in amb.value.candidates) == ["abcd1111" + "0" * 24, "abcd2222" + "0" * 24]
    with pytest.raises(RunNotFound) as err:
        store.get("ffff")
    assert isinstance(err.value, KeyError)
    assert str(err.value).startswith("No run with id 'ffff'")
    with pytest.raises(RunNotFound):
        store.get("abc")  # too short to be a prefix
    with pytest.raises(RunNotFound):
        store.save_model_run("nope", MemberState("m", 1, MemberStatus.DONE))


def test_create_run_twice_is_refused(store: HistoryStore):
    rec = RunState(id="r1", prompt="p", members=["m"], chairman="m")
    store.create_run(rec)
    with pytest.raises(HistoryError, match="already"):
        store.create_run(rec)


# -- list, count, delete -------------------------------------------------------------------------------------

def test_list_is_newest_first_with_paging(store: HistoryStore):
    for i in range(7):
        store.save_record(make_record(f"{i:032x}", created_at=f"2025-03-0{i + 1}T10:00:00.000+00:00",
                                      prompt=f"question number {i}"))
    runs = store.list_runs(limit=3)
    assert [r.id[-1] for r in runs] == ["6", "5", "4"]
    assert [r.id[-1] for r in store.list_runs(limit=3, offset=3)] == ["3", "2", "1"]
    assert store.count() == 7
    r = runs[0]
    assert r.title == "question number 6" and r.status == "complete" and r.members == MEMBERS
    rec = make_record()
    assert r.cost == rec.total_cost and r.tokens == rec.total_tokens


def test_delete(store: HistoryStore):
    store.save_record(make_record("a" * 32, answer_words="zebra"))
    store.save_record(make_record("b" * 32))
    assert store.delete("aaaa") == "a" * 32
    assert store.count() == 1 and store.list_runs("zebra") == []
    with pytest.raises(RunNotFound):
        store.get("a" * 32)
    with pytest.raises(RunNotFound):
        store.delete("a" * 32)
    assert store.check_integrity() == []


# -- search --------------------------------------------------------------------------------------------------

def test_search_finds_words_in_prompt_answers_and_synthesis(store: HistoryStore):
    store.save_record(make_record("a" * 32, prompt="How do volcanoes form?", answer_words="magma"))
    store.save_record(make_record("b" * 32, prompt="Why is the sky blue?"))
    assert [r.id for r in store.list_runs("magma")] == ["a" * 32]  # a stage-1 answer
    assert [r.id for r in store.list_runs("volcanoes")] == ["a" * 32]  # the prompt
    assert store.count("synthesis") == 2  # the final answer
    assert store.count("cafe") == 2  # diacritics folded: "café" in an answer
    assert store.count("MAGMA volcano") == 1  # every word, any case, the last one as a prefix
    assert store.count("magma sky") == 1  # words from different parts of one run
    assert store.count("vaguer") == 0  # reviews are not searched


def test_search_index_follows_changes(store: HistoryStore):
    rec = make_record(answer_words="walrus")
    write_live(store, rec)
    assert store.count("walrus") == 1
    rec = replace_member(rec, 1, 0, text="now about penguins")
    store.save_record(rec)
    assert store.count("walrus") == 0 and store.count("penguins") == 1
    assert store.check_integrity() == []


def test_search_sees_other_connections_writes(store: HistoryStore, db: Path):
    store.save_record(make_record("a" * 32, answer_words="narwhal"))
    assert store.count("narwhal") == 1 and len(store.list_runs("narwhal")) == 1
    with HistoryStore(db) as other:
        other.save_record(make_record("b" * 32, answer_words="narwhal",
                                      created_at="2026-01-01T00:00:00.000+00:00"))
    assert store.count("narwhal") == 2
    assert [r.id for r in store.list_runs("narwhal", limit=1, offset=0)] == ["b" * 32]
    assert [r.id for r in store.list_runs("narwhal", limit=5, offset=1)] == ["a" * 32]
    store.delete("b" * 32)
    assert store.count("narwhal") == 1


@pytest.mark.parametrize("text", ['"foo AND (', "NEAR(a b", "*", "a OR", "-x", "^start", "col:val", "'", '"',
                                  "(((", "\x00", "foo*bar", "AND", "a + b"])
def test_search_text_is_never_a_syntax_error(store: HistoryStore, text: str):
    store.save_record(make_record())
    assert isinstance(store.list_runs(text), list)
    assert store.count(text) >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_search_text_is_safe(store: HistoryStore, text: str):
    assert store.count(text) >= 0


def test_fts_query_quotes_every_word():
    assert fts_query('say "hi" (now') == '"say" """hi""" "(now"*'
    assert fts_query("  ( ) ") is None


# -- statuses after a crash ----------------------------------------------------------------------------------

def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_mark_interrupted_only_touches_runs_of_dead_processes(store: HistoryStore, db: Path):
    rec = make_record()
    for run_id in ("live", "dead", "reused", "nopid"):
        store.create_run(RunState(id=run_id, prompt="p", members=rec.members, chairman=CHAIR))
        store.save_model_run(run_id, rec.stage1[0])
    conn = sqlite3.connect(db)
    conn.execute("UPDATE runs SET pid = ? WHERE id = 'dead'", (dead_pid(),))
    # our pid, but a process that started at another time: the pid was reused
    conn.execute("UPDATE runs SET proc_start = 'ct:1000000.000' WHERE id = 'reused'")
    conn.execute("UPDATE runs SET pid = NULL WHERE id = 'nopid'")
    conn.commit()
    conn.close()
    assert store.mark_interrupted() == 3
    assert store.get("live").status == "running"
    dead = store.get("dead")
    assert dead.status == "interrupted" and dead.error == history.INTERRUPTED_MESSAGE
    assert dead.stage1[0].to_dict() == rec.stage1[0].to_dict()
    assert store.get("nopid").status == "interrupted"
    assert store.mark_interrupted() == 0


def test_own_process_is_alive():
    assert history.process_alive(os.getpid(), history._own_marker())
    assert not history.process_alive(None, None)
    assert not history.process_alive(dead_pid(), None)


# -- concurrency ---------------------------------------------------------------------------------------------

def test_two_connections_writing_at_once(db: Path):
    HistoryStore(db).close()
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            with HistoryStore(db) as s:
                for i in range(25):
                    rec = make_record(f"{prefix}{i:031x}", answer_words=f"word{prefix}")
                    write_live(s, rec)
                    s.list_runs(limit=5)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(p,)) for p in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with HistoryStore(db) as s:
        assert s.count() == 50
        assert s.count("worda") == 25 and s.count("wordb") == 25
        assert s.check_integrity() == []
