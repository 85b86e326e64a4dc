"""The run history: one SQLite file (WAL) that records every run as it happens.

Durability: ``journal_mode=WAL`` with ``synchronous=NORMAL``. In WAL mode a commit is in the WAL file before
``COMMIT`` returns, so a killed process (``kill -9``) loses nothing that was committed and never leaves the file
corrupt; only a power cut or OS crash can roll back the last few commits (the file stays consistent). FULL would
add an fsync per commit, and the recorder commits on the GUI thread: a slow disk would stall the window.

Concurrency: every write is one short ``BEGIN IMMEDIATE`` transaction and ``busy_timeout`` makes a second
process (another window, a CLI ``ask``) wait its turn instead of failing.

Schema: ``PRAGMA application_id`` marks the file as ours, ``PRAGMA user_version`` is the schema version, and
:data:`MIGRATIONS` lists every step from an empty file to today's schema (index i migrates version i to i+1).
A file that is not SQLite, or SQLite without our id, is refused with :class:`HistoryError` and never written.

Search: a contentless FTS5 table (one row per run: prompt, stage-1 answers, synthesis) kept in sync by this module
in the same transaction as every change of those texts; user text is quoted term by term, so it can never be an
FTS syntax error. The API key is never stored: settings keys that look like secrets are dropped on the way in.

Faults: every SQLite failure becomes one :class:`HistoryError` sentence that says what is really wrong — a full
disk, a read-only file or folder (permission denied), a busy file, a disk error — and only a file that really is
damaged is called so. Reads never depend on writes: a run left ``running`` by a dead process is shown
``interrupted`` even when the disk is too full to write that down, and a stored row of odd types (an older version,
an import made before imports were checked) is read through :func:`validate.repair_record`, never a traceback.

Privacy: the database and its ``-wal``/``-shm`` files are ``0600`` and their folder ``0700`` (see :mod:`.paths`).

Whose run is it: a ``running`` run stores its process's pid and start time (psutil, the same on Linux, macOS and
Windows); the run is alive while a process with that pid and that start time exists, so a reused pid is not
mistaken for it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import psutil

from council_desktop.council.records import dataclass
from council_desktop.council.state import FORMAT_VERSION, MemberState, RunState, now_iso
from council_desktop.council.vocab import RUN_STATUSES, RunStatus
from council_desktop.storage.paths import private_dir, private_file, tighten_files
from council_desktop.storage.validate import Integer, Nullable, Number, RecordError, repair_record

log = logging.getLogger(__name__)

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AmbiguousRunId",
    "HistoryError",
    "HistoryReadOnly",
    "HistoryStore",
    "RunNotFound",
    "RunSummary",
    "fts_query",
]

APPLICATION_ID = 0x4C4C4D43  # "LLMC"
SQLITE_MAGIC = b"SQLite format 3\x00"
INTERRUPTED_MESSAGE = "The app stopped before this run finished; what had finished is kept."
MIN_PREFIX = 4  # like git: a shorter id prefix is too likely to be ambiguous


class HistoryError(Exception):
    """The history database cannot be used: one readable sentence that names the file."""


class HistoryReadOnly(HistoryError):
    """The database cannot be written (a read-only file or folder); it can still be opened ``read_only``."""


class RunNotFound(HistoryError, KeyError):
    """No run has this id (or the prefix matches none)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "run not found"


class AmbiguousRunId(RunNotFound):
    """An id prefix matches several runs: ``candidates`` are their summaries (newest first, at most 10)."""

    def __init__(self, message: str, candidates: list[RunSummary], more: bool) -> None:
        super().__init__(message)
        self.candidates = candidates
        self.more = more


@dataclass(frozen=True, slots=True)
class RunSummary:
    """One row of the history list."""

    id: str
    title: str
    created_at: str
    status: str
    members: list[str]
    cost: float | None
    tokens: int
    thread: str = ""  # the conversation it belongs to (its own id when it starts one)
    parent: str | None = None  # the run it was re-run from or follows up
    mode: str = "full"
    degraded: bool = False  # complete, but not the council's full work (see RunState.degraded_reasons)
    pinned: bool = False  # the user pinned it: listed on top
    renamed: bool = False  # ``title`` is the user's own name for it (not the one made from the prompt)


# -- schema --------------------------------------------------------------------------------------------------

Migration = Callable[[sqlite3.Connection], None]


def _v1_initial(conn: sqlite3.Connection) -> None:
    statements = (
        f"""CREATE TABLE runs (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            prompt TEXT NOT NULL,
            members TEXT NOT NULL,             -- JSON list
            chairman TEXT NOT NULL,
            settings TEXT NOT NULL,            -- JSON object
            created_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ({", ".join(repr(s) for s in RUN_STATUSES)})),
            error TEXT,
            notices TEXT NOT NULL DEFAULT '[]',  -- JSON list
            stage2_skipped INTEGER NOT NULL DEFAULT 0,
            stage2_notice TEXT,
            aggregate TEXT NOT NULL DEFAULT '[]',  -- JSON list of AggregateEntry
            synthesis TEXT,                    -- JSON Synthesis
            wall_ms INTEGER,
            total_tokens INTEGER NOT NULL DEFAULT 0,
            total_cost REAL,
            pid INTEGER,                       -- the recording process, to tell a dead run from a live one
            proc_start TEXT,                   -- that process's start marker (pids are reused)
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX runs_by_date ON runs (created_at DESC)",
        "CREATE INDEX runs_running ON runs (status) WHERE status = 'running'",
        """CREATE TABLE model_runs (
            pk INTEGER PRIMARY KEY,
            run_pk INTEGER NOT NULL REFERENCES runs (pk) ON DELETE CASCADE,
            stage INTEGER NOT NULL CHECK (stage IN (1, 2, 3)),
            model TEXT NOT NULL,
            status TEXT NOT NULL,
            text TEXT NOT NULL,
            duration_ms INTEGER,
            token_count INTEGER NOT NULL DEFAULT 0,
            exact_tokens INTEGER NOT NULL DEFAULT 0,
            cost REAL,
            error TEXT,
            kind TEXT,
            status_code INTEGER,
            review TEXT,  -- stage 2: JSON {label_map, parsed_ranking, ranking_models, parse_status}
            UNIQUE (run_pk, stage, model)
        )""",
        # Contentless: the texts live once, in runs/model_runs; this module feeds the index (see _reindex).
        """CREATE VIRTUAL TABLE run_search USING fts5 (
            prompt, answers, synthesis, content = '', tokenize = 'unicode61 remove_diacritics 2'
        )""",
    )
    for sql in statements:
        conn.execute(sql)


def _v2_run_state(conn: sqlite3.Connection) -> None:
    """Format 2 of the record: per-stage status/notice/why it ended early (runs.detail), and per member the
    reasoning, queue time, time to first token, reuse (model_runs.detail); member statuses become the
    MemberStatus words (done, failed, skipped, cancelled)."""
    conn.execute("ALTER TABLE runs ADD COLUMN detail TEXT")  # JSON: {"stage": n, "stages": [{...} x3]}
    conn.execute("ALTER TABLE model_runs ADD COLUMN detail TEXT")  # JSON: the member fields without a column
    conn.execute("UPDATE model_runs SET status = CASE WHEN kind = 'cancelled' AND error = 'Skipped by the user.' "
                 "THEN 'skipped' WHEN kind = 'cancelled' THEN 'cancelled' ELSE 'failed' END "
                 "WHERE status = 'error'")


STATS_INDEXES = (
    # the leaderboard's and the spend's pass over the members, without reading their rows (texts)
    "CREATE INDEX model_runs_stats ON model_runs (model, stage, status, kind, run_pk, cost, token_count)",
    # the reviews' rankings (self-preference), without reading the review texts
    "CREATE INDEX model_runs_reviews ON model_runs (run_pk, stage, status, model, review) "
    "WHERE stage = 2 AND status = 'done'",
)


def _v3_stats_indexes(conn: sqlite3.Connection) -> None:
    """Indexes for the leaderboard and spend (storage/stats.py): 10,000 runs' leaderboard in < 300 ms."""
    for sql in STATS_INDEXES:
        conn.execute(sql)


def _v4_pins_and_names(conn: sqlite3.Connection) -> None:
    """The user's own touches to the list: a pinned run stays on top, a renamed run shows its custom title (the
    generated title is kept, so "reset name" brings it back). The custom title is searchable too."""
    conn.execute("ALTER TABLE runs ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE runs ADD COLUMN custom_title TEXT")
    conn.execute("CREATE INDEX runs_pinned ON runs (pinned, created_at DESC) WHERE pinned = 1")


MIGRATIONS: list[Migration] = [_v1_initial, _v2_run_state, _v3_stats_indexes, _v4_pins_and_names]
SCHEMA_VERSION = len(MIGRATIONS)
_OUR_TABLES = {"runs", "model_runs", "run_search"}


# -- helpers -------------------------------------------------------------------------------------------------

def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


_SECRET_SUFFIXES = ("apikey", "key", "secret", "password", "authorization", "bearer")


def scrub_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Drop settings whose name looks like a credential (``api_key``, ``secret``…), at any depth."""
    out: dict[str, Any] = {}
    for k, v in settings.items():
        name = "".join(ch for ch in str(k).lower() if ch.isalnum())
        if name.endswith(_SECRET_SUFFIXES):
            continue
        out[k] = scrub_settings(v) if isinstance(v, dict) else v
    return out


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """User text → an FTS5 query that cannot be a syntax error: every word quoted, all words required.

    The last word also matches as a prefix (search as you type). None when there is no word to look for.
    """
    # NUL ends a string for the FTS parser ("unterminated string"): control characters separate words instead.
    text = "".join(" " if ch < " " or ch == "\x7f" else ch for ch in text)
    terms = [t for t in text.split() if any(ch.isalnum() for ch in t)]
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if prefix_last:
        quoted[-1] += "*"
    return " ".join(quoted)


def _total_cost(costs: Sequence[float | None]) -> float | None:
    known = [c for c in costs if c is not None]
    return round(sum(known), 10) if known else None


# -- process liveness ----------------------------------------------------------------------------------------
# psutil reads a process's creation time on every platform the app ships for (Linux /proc, macOS sysctl, Windows
# GetProcessTimes). A pid alone is not enough: pids are reused, and a new process with the old pid must not keep a
# dead run "running" forever. Markers of older versions ("linux:…", "win:…") cannot be compared: liveness only.

_MARKER_PREFIX = "ct:"
_SAME_START = 1.0  # seconds: Linux derives the time from boot time + jiffies, which can move by a fraction


def _process_info(pid: int) -> tuple[float | None, bool]:
    """(creation time, or None when it cannot be read; alive). A zombie is dead."""
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return None, False
        created: float = float(proc.create_time())
        return created, True
    except psutil.NoSuchProcess:  # ZombieProcess is one too
        return None, False
    except (psutil.Error, OSError):  # AccessDenied: someone else's process exists under that pid
        return None, True


@cache
def _own_marker() -> str | None:
    created, _alive = _process_info(os.getpid())
    return None if created is None else f"{_MARKER_PREFIX}{created:.3f}"


def process_alive(pid: int | None, marker: str | None) -> bool:
    """Is the process that recorded a run still the same live process?"""
    if pid is None or pid <= 0:
        return False
    created, alive = _process_info(pid)
    if not alive:
        return False
    if created is None or not marker or not marker.startswith(_MARKER_PREFIX):
        return True  # cannot tell the start time: a live pid is taken for the recorder
    try:
        recorded = float(marker[len(_MARKER_PREFIX):])
    except ValueError:
        return True
    return abs(created - recorded) < _SAME_START


# -- what went wrong -----------------------------------------------------------------------------------------
# SQLite's primary result codes (sqlite3.h); errors raised by hand (tests) carry only their text.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def _sqlite_code(e: BaseException) -> int | None:
    code = getattr(e, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _unwritable(path: Path) -> str:
    """Which of the database's folder and files this user cannot write, in words."""
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return f"its folder {folder} is read-only for you (permission denied)"
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists() and not os.access(p, os.W_OK):
            return f"the file {p} is read-only for you (permission denied)"
    return f"the file or its folder {folder} is read-only (permission denied)"


def explain(e: BaseException, path: Path, *, timeout: float = 5.0) -> str:
    """One sentence saying what is really wrong with the history database at ``path``."""
    code, text = _sqlite_code(e), str(e).lower()
    if isinstance(e, PermissionError):
        return f"The history database {path} cannot be opened: {_unwritable(path)}. Fix the permissions; " \
               "the runs already saved are intact."
    if isinstance(e, OSError):
        reason = e.strerror or str(e)
        if e.errno is not None and e.errno == getattr(os, "ENOSPC", -1):
            return f"The disk holding the history database {path} is full. Free some space; the runs already " \
                   "saved stay readable."
        return f"Cannot open the history database {path}: {reason}."
    if code == _SQLITE_FULL or "disk is full" in text:
        return f"The disk holding the history database {path} is full. Free some space; the runs already saved " \
               "stay readable."
    if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return f"The history database {path} cannot be written: {_unwritable(path)}. Fix the permissions; the " \
               "runs already saved are intact."
    if code in (_SQLITE_PERM, _SQLITE_CANTOPEN) or "unable to open" in text or "permission" in text:
        return f"The history database {path} cannot be opened: {_unwritable(path)}."
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return (f"The history database {path} is busy (another Council Desktop is writing to it) and stayed so "
                f"for {timeout:g} s.")
    if code == _SQLITE_IOERR or "i/o error" in text:
        return f"The disk holding the history database {path} reported an error ({e}). Check the disk."
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return (f"The history database {path} is damaged ({e}). It was left untouched; move it away to start a "
                "new history.")
    return f"The history database {path} could not be used: {e}."


def history_error(e: BaseException, path: Path, *, timeout: float = 5.0) -> HistoryError:
    """The :class:`HistoryError` (or :class:`HistoryReadOnly`) for a low-level failure, with :func:`explain`."""
    code, text = _sqlite_code(e), str(e).lower()
    read_only = isinstance(e, PermissionError) or code == _SQLITE_READONLY or "readonly" in text
    return (HistoryReadOnly if read_only else HistoryError)(explain(e, path, timeout=timeout))


def _loads(text: Any, default: Any) -> Any:
    """A JSON column, or ``default`` when it is not readable JSON (never an exception)."""
    if not isinstance(text, str | bytes):
        return default
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return default


_COST = Nullable(Number())
_TOKENS = Integer()


# -- the store -----------------------------------------------------------------------------------------------

class HistoryStore:
    """The run history in one SQLite file. Use from one thread; open one store per process or thread."""

    def __init__(self, path: Path | str, *, timeout: float = 5.0, read_only: bool = False) -> None:
        """Open (or create) the history at ``path``. ``read_only``: open an existing history for reading only,
        for a file or folder this user cannot write (SQLite's ``immutable``: no -shm file is needed)."""
        self.path = Path(path)
        self._timeout = timeout
        self.read_only = read_only
        self._search_cache: tuple[tuple[str, int, int], list[int]] | None = None
        self._presumed_interrupted: set[int] = set()  # dead runs the disk would not let us mark
        self.write_problem: str | None = None  # why marking them failed (said once by the caller)
        self._check_existing_file()
        try:
            if read_only:
                if not self.path.is_file():
                    raise HistoryError(f"There is no history database at {self.path}.")
                self._conn = sqlite3.connect(self._ro_uri(), uri=True, timeout=timeout, isolation_level=None)
            else:
                private_dir(self.path.parent)
                private_file(self.path)
                tighten_files(*(Path(f"{self.path}{suffix}") for suffix in ("-wal", "-shm", "-journal")))
                # One thread at a time, not always the one that opened it: ``ask`` opens the history on a worker
                # thread beside the run's first requests, then records from the loop's thread.
                self._conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None,
                                             check_same_thread=False)
        except (OSError, sqlite3.Error) as e:
            raise history_error(e, self.path, timeout=timeout) from e
        try:
            self._open()
        except BaseException:
            self._conn.close()
            raise

    def _open(self) -> None:
        with self._guard():
            self._conn.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            if self.read_only:
                version = self._conn.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    raise HistoryReadOnly(f"The history database {self.path} needs an upgrade (schema {version} → "
                                          f"{SCHEMA_VERSION}), which a read-only file cannot take.")
                return
            # Only takes effect on a new file. Answers are 1-10 KB: 8 KiB pages waste less space than 4 KiB.
            self._conn.execute("PRAGMA page_size = 8192")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # some network file systems cannot do WAL
                log.warning("history database %s: journal mode is %s, not WAL", self.path, mode)
            self._conn.execute("PRAGMA synchronous = NORMAL")

    # -- opening -------------------------------------------------------------------------------------------
    def _check_existing_file(self) -> None:
        """Refuse a file that is not our database, without writing to it (read-only probe)."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        except OSError as e:
            raise HistoryError(f"Cannot read the history database {self.path}: {e.strerror or e}.") from e
        if size == 0:
            return
        try:
            with self.path.open("rb") as f:
                header = f.read(100)
        except OSError as e:
            raise HistoryError(f"Cannot read the history database {self.path}: {e.strerror or e}.") from e
        if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
            raise HistoryError(
                f"The history file {self.path} is not an SQLite database (it is damaged or belongs to another "
                "program). It was left untouched; move it away to start a new history.")
        try:
            probe = sqlite3.connect(self._ro_uri(), uri=True, timeout=self._timeout)
        except sqlite3.Error as e:
            raise history_error(e, self.path, timeout=self._timeout) from e
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error as e:  # a read-only folder fails here too (WAL needs its -shm file): say which
            raise history_error(e, self.path, timeout=self._timeout) from e
        finally:
            probe.close()
        self._judge(app_id, version, tables)

    def _ro_uri(self) -> str:
        # immutable: SQLite reads the file as it is, without the -shm file a read-only folder cannot hold (a WAL
        # left by a crash is not read then: its last commits are missing until the folder is writable again).
        return self.path.resolve().as_uri() + ("?mode=ro&immutable=1" if self.read_only else "?mode=ro")

    def _judge(self, app_id: int, version: int, tables: set[str]) -> None:
        if app_id == 0 and version == 0 and not tables:
            return  # an empty SQLite file: safe to set up
        if app_id != APPLICATION_ID:
            raise HistoryError(
                f"The file {self.path} is an SQLite database of another program, not a Council Desktop history. "
                "It was left untouched; move it away to start a new history.")
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"The history database {self.path} was written by a newer Council Desktop (schema {version}; "
                f"this version knows up to {SCHEMA_VERSION}). It was left untouched; update the app.")
        if version == SCHEMA_VERSION and not tables >= _OUR_TABLES:
            raise HistoryError(
                f"The history database {self.path} is damaged (tables {sorted(_OUR_TABLES - tables)} are "
                "missing). It was left untouched; move it away to start a new history.")

    def _migrate(self) -> None:
        with self._guard():
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version == SCHEMA_VERSION:
                return
            with self._write():  # re-read under the write lock: another process may have migrated meanwhile
                app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
                version = self._conn.execute("PRAGMA user_version").fetchone()[0]
                tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                self._judge(app_id, version, tables)
                if version < SCHEMA_VERSION:
                    log.info("history database %s: migrating schema %d → %d", self.path, version, SCHEMA_VERSION)
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](self._conn)
                self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and errors ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite failures into one readable :class:`HistoryError` naming the file."""
        try:
            yield
        except (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.IntegrityError):
            raise  # our bugs (a closed store, a bad query), not the file's fault: keep them loud
        except sqlite3.DatabaseError as e:
            raise history_error(e, self.path, timeout=self._timeout) from e

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction; IMMEDIATE takes the write lock up front (no deadlock on lock upgrade)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already (disk full)
                    self._conn.execute("ROLLBACK")
            raise

    # -- lookups -------------------------------------------------------------------------------------------
    _CANDIDATES = 10

    def _pk(self, run_id: str, *, prefix: bool = False) -> tuple[int, str]:
        """(pk, full id) of the run with exactly this id, else (``prefix``) of the only run whose id starts so.

        An exact id always wins; a prefix of several runs raises :class:`AmbiguousRunId`, never picks one.
        """
        run_id = str(run_id)
        row = self._conn.execute("SELECT pk, id FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is not None:
            return int(row[0]), str(row[1])
        if prefix and len(run_id) >= MIN_PREFIX:
            rows = self._starting_with(run_id, self._CANDIDATES + 1)
            if len(rows) == 1:
                return int(rows[0][0]), str(rows[0][1])
            if len(rows) > 1:
                shown = [self._summary(r) for r in rows[: self._CANDIDATES]]
                more = len(rows) > self._CANDIDATES
                raise AmbiguousRunId(
                    f"The run id {run_id!r} is ambiguous: it starts {'more than ' if more else ''}{len(shown)} "
                    f"runs' ids ({', '.join(c.id for c in shown[:3])}{', …' if len(shown) > 3 else ''}); "
                    "give more characters.", shown, more)
        raise RunNotFound(f"No run with id {run_id!r} in the history ({self.path}).")

    def _starting_with(self, text: str, limit: int) -> list[Any]:
        # substr, not a range or LIKE: exact for every character (LIKE folds case and treats % and _ as wildcards)
        return self._conn.execute(
            f"SELECT {self._SUMMARY_COLUMNS} FROM runs WHERE substr(id, 1, ?) = ? "
            "ORDER BY created_at DESC, pk DESC LIMIT ?", (len(text), text, limit)).fetchall()

    def resolve(self, run_id: str) -> str:
        """The full id of a run given its id or a unique prefix (at least 4 characters)."""
        with self._guard():
            return self._pk(run_id, prefix=True)[1]

    def longer_ids(self, run_id: str, limit: int = _CANDIDATES) -> list[RunSummary]:
        """Other runs whose id starts with ``run_id`` (an exact id wins over them; a caller may say so)."""
        with self._guard():
            rows = self._starting_with(str(run_id), limit + 1)
        return [self._summary(r) for r in rows if r[1] != run_id][:limit]

    def exists(self, run_id: str) -> bool:
        with self._guard():
            return self._conn.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is not None

    # -- search index --------------------------------------------------------------------------------------
    def _doc(self, pk: int) -> tuple[str, str, str] | None:
        row = self._conn.execute("SELECT prompt, synthesis, custom_title FROM runs WHERE pk = ?", (pk,)).fetchone()
        if row is None:
            return None
        answers = [r[0] for r in self._conn.execute(
            "SELECT text FROM model_runs WHERE run_pk = ? AND stage = 1 ORDER BY model", (pk,))]
        synthesis = _loads(row[1], None)
        text = synthesis.get("text") if isinstance(synthesis, dict) else None
        prompt = str(row[0]) + (f"\n\n{row[2]}" if isinstance(row[2], str) and row[2] else "")
        return prompt, "\n\n".join(str(a) for a in answers), text if isinstance(text, str) else ""

    def _index(self, pk: int, doc: tuple[str, str, str] | None, *, delete: bool = False) -> None:
        if doc is None:
            return
        if delete:
            self._conn.execute("INSERT INTO run_search (run_search, rowid, prompt, answers, synthesis) "
                               "VALUES ('delete', ?, ?, ?, ?)", (pk, *doc))
        else:
            self._conn.execute("INSERT INTO run_search (rowid, prompt, answers, synthesis) VALUES (?, ?, ?, ?)",
                               (pk, *doc))

    @contextlib.contextmanager
    def _reindexing(self, pk: int) -> Iterator[None]:
        """Keep the run's search row equal to its texts across a change (call inside a write transaction)."""
        before = self._doc(pk)
        yield
        after = self._doc(pk)
        if after != before:
            self._index(pk, before, delete=True)
            self._index(pk, after)

    # -- writes --------------------------------------------------------------------------------------------
    def _run_row(self, record: RunState) -> dict[str, Any]:
        return {
            "id": record.id, "title": record.title, "prompt": record.prompt, "members": _dumps(record.members),
            "chairman": record.chairman, "settings": _dumps(scrub_settings(dict(record.settings))),
            "created_at": record.created_at, "finished_at": record.finished_at, "status": record.status,
            "error": record.error, "notices": _dumps(record.notices), "stage2_skipped": int(record.stage2_skipped),
            "stage2_notice": record.stage2_notice, "aggregate": _dumps([a.to_dict() for a in record.aggregate]),
            "synthesis": _dumps(record.synthesis.to_dict()) if record.synthesis else None,
            "wall_ms": record.wall_ms, "updated_at": now_iso(),
            "detail": _dumps({"stage": record.stage, "stages": [
                {"status": st.status, "notice": st.notice, "ended_early": st.ended_early} for st in record.stages],
                **{k: v for k, v in record.to_dict().items() if k in _RUN_DETAIL_KEYS}}),
        }

    def _upsert_model_run(self, pk: int, run: MemberState) -> None:
        d = run.to_dict()
        review = _dumps({k: d.pop(k) for k in _REVIEW_KEYS}) if run.stage == 2 else None
        detail = _dumps({k: v for k, v in d.items() if k not in _MEMBER_COLUMNS})
        self._conn.execute(
            """INSERT INTO model_runs (run_pk, stage, model, status, text, duration_ms, token_count, exact_tokens,
                                       cost, error, kind, status_code, review, detail)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (run_pk, stage, model) DO UPDATE SET
                 status = excluded.status, text = excluded.text, duration_ms = excluded.duration_ms,
                 token_count = excluded.token_count, exact_tokens = excluded.exact_tokens, cost = excluded.cost,
                 error = excluded.error, kind = excluded.kind, status_code = excluded.status_code,
                 review = excluded.review, detail = excluded.detail""",
            (pk, run.stage, run.model, run.status.value, run.text, run.duration_ms, run.token_count,
             int(run.exact_tokens), run.cost, run.error, run.kind, run.status_code, review, detail))

    def _update_totals(self, pk: int) -> None:
        rows = self._conn.execute("SELECT token_count, cost FROM model_runs WHERE run_pk = ?", (pk,)).fetchall()
        self._conn.execute("UPDATE runs SET total_tokens = ?, total_cost = ?, updated_at = ? WHERE pk = ?",
                           (sum(int(r[0]) for r in rows), _total_cost([r[1] for r in rows]), now_iso(), pk))

    def create_run(self, record: RunState) -> None:
        """Record a run that starts now (status ``running``), owned by this process."""
        row = self._run_row(record)
        row.update(status="running", pid=os.getpid(), proc_start=_own_marker())
        with self._guard(), self._write():
            if self._conn.execute("SELECT 1 FROM runs WHERE id = ?", (record.id,)).fetchone():
                raise HistoryError(f"A run with id {record.id!r} is already in the history ({self.path}).")
            pk = self._insert_run(row)
            for run in record.all_members():
                if run.status.finished:
                    self._upsert_model_run(pk, run)
            self._update_totals(pk)
            self._index(pk, self._doc(pk))

    def _insert_run(self, row: dict[str, Any]) -> int:
        cols = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        cur = self._conn.execute(f"INSERT INTO runs ({cols}) VALUES ({marks})", row)
        assert cur.lastrowid is not None
        return cur.lastrowid

    def save_model_run(self, run_id: str, run: MemberState) -> None:
        """Store one member's finished (or failed) work in one stage."""
        with self._guard(), self._write():
            pk = self._pk(run_id)[0]
            if run.stage == 1:
                with self._reindexing(pk):
                    self._upsert_model_run(pk, run)
            else:
                self._upsert_model_run(pk, run)
            self._update_totals(pk)

    def save_progress(self, record: RunState) -> None:
        """Store where a live run stands (a stage ended): everything but the members' rows, status still running."""
        row = self._run_row(record)
        row.update(status="running")
        with self._guard(), self._write():
            pk = self._pk(record.id)[0]
            with self._reindexing(pk):
                sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                self._conn.execute(f"UPDATE runs SET {sets} WHERE pk = :pk", {**row, "pk": pk})

    def save_record(self, record: RunState) -> None:
        """Write the whole record as it stands (its own status): on finish, and for an import."""
        row = self._run_row(record)
        with self._guard(), self._write():
            found = self._conn.execute("SELECT pk FROM runs WHERE id = ?", (record.id,)).fetchone()
            if found is None:
                pk = self._insert_run(row)
                self._index(pk, self._doc(pk))
            else:
                pk = int(found[0])
            with self._reindexing(pk):
                if found is not None:
                    sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                    self._conn.execute(f"UPDATE runs SET {sets} WHERE pk = :pk", {**row, "pk": pk})
                keep = {(r.stage, r.model) for r in record.all_members()}
                for stage, model in self._conn.execute(
                        "SELECT stage, model FROM model_runs WHERE run_pk = ?", (pk,)).fetchall():
                    if (stage, model) not in keep:
                        self._conn.execute("DELETE FROM model_runs WHERE run_pk = ? AND stage = ? AND model = ?",
                                           (pk, stage, model))
                for run in record.all_members():
                    self._upsert_model_run(pk, run)
            self._update_totals(pk)

    def finish_run(self, run_id: str, status: RunStatus, error: str | None = None, finished_at: str | None = None,
                   wall_ms: int | None = None) -> None:
        """Set a run's final status (and error, end time, wall time)."""
        if status not in RUN_STATUSES:
            raise ValueError(f"unknown run status {status!r}")
        with self._guard(), self._write():
            pk = self._pk(run_id)[0]
            self._conn.execute(
                "UPDATE runs SET status = ?, error = ?, finished_at = ?, wall_ms = COALESCE(?, wall_ms), "
                "updated_at = ? WHERE pk = ?",
                (status, error, finished_at or now_iso(), wall_ms, now_iso(), pk))

    def delete(self, run_id: str) -> str:
        """Delete a run (id or unique prefix); returns its full id."""
        with self._guard(), self._write():
            pk, full_id = self._pk(run_id, prefix=True)
            self._index(pk, self._doc(pk), delete=True)
            self._conn.execute("DELETE FROM model_runs WHERE run_pk = ?", (pk,))
            self._conn.execute("DELETE FROM runs WHERE pk = ?", (pk,))
        return full_id

    def mark_interrupted(self) -> int:
        """Runs left ``running`` by a process that is gone become ``interrupted``; returns how many were found.

        When they cannot be written down (a full disk, a read-only file) they are still *shown* interrupted by
        this store, :attr:`write_problem` says why, and nothing is raised: reading must not depend on writing.
        """
        with self._guard():
            rows = self._conn.execute(
                "SELECT pk, pid, proc_start FROM runs WHERE status = 'running'").fetchall()
        dead = [int(pk) for pk, pid, marker in rows
                if not process_alive(pid if isinstance(pid, int) else None, marker if isinstance(marker, str)
                                     else None)]
        if not dead:
            return 0
        try:
            with self._guard(), self._write():
                for pk in dead:
                    self._conn.execute(
                        "UPDATE runs SET status = 'interrupted', error = COALESCE(error, ?), updated_at = ? "
                        "WHERE pk = ? AND status = 'running'", (INTERRUPTED_MESSAGE, now_iso(), pk))
        except HistoryError as e:
            self._presumed_interrupted.update(dead)
            self.write_problem = str(e)
            log.warning("history: %d run(s) of a stopped process are shown interrupted but could not be marked "
                        "so: %s", len(dead), e, exc_info=True)
            return len(dead)
        self._presumed_interrupted.difference_update(dead)
        log.info("history: %d run(s) left running by a stopped process marked interrupted", len(dead))
        return len(dead)

    def _shown_status(self, pk: int, status: Any) -> str:
        if status == "running" and pk in self._presumed_interrupted:
            return "interrupted"
        return status if isinstance(status, str) else "interrupted"

    # -- reads ---------------------------------------------------------------------------------------------
    def get(self, run_id: str) -> RunState:
        """The whole record of a run, by id or unique id prefix. Raises :class:`RunNotFound`.

        Whatever the row holds, the record comes back with the right types (see :func:`validate.repair_record`).
        """
        with self._guard():
            pk = self._pk(run_id, prefix=True)[0]
            r = self._conn.execute(
                """SELECT id, title, prompt, members, chairman, settings, created_at, finished_at, status, error,
                          notices, stage2_skipped, stage2_notice, aggregate, synthesis, wall_ms, detail
                   FROM runs WHERE pk = ?""", (pk,)).fetchone()
            runs = self._conn.execute(
                """SELECT stage, model, status, text, duration_ms, token_count, exact_tokens, cost, error, kind,
                          status_code, review, detail FROM model_runs WHERE run_pk = ? ORDER BY pk""",
                (pk,)).fetchall()
        status = self._shown_status(pk, r[8])
        error = r[9] if status == r[8] or r[9] else INTERRUPTED_MESSAGE
        try:
            return _record_from_rows(r, runs, status, error)
        except (RecordError, ValueError, TypeError, KeyError) as e:  # pragma: no cover - repair makes it sound
            log.error("history: run %s cannot be read back", r[0], exc_info=True)
            raise HistoryError(f"The run {r[0]!r} in {self.path} cannot be read ({e}).") from e

    _SUMMARY_COLUMNS = ("pk, id, title, created_at, status, members, total_cost, total_tokens, "
                        + ", ".join(f"CASE WHEN json_valid(detail) THEN json_extract(detail, '$.{k}') END"
                                    for k in ("thread", "parent", "mode", "degraded"))
                        + ", pinned, custom_title")
    _PINNED_WHERE: ClassVar[dict[bool | None, str]] = {None: "1", True: "pinned = 1", False: "pinned = 0"}

    def list_runs(self, search: str | None = None, limit: int = 50, offset: int = 0, *,
                  pinned: bool | None = None) -> list[RunSummary]:
        """Runs newest first, optionally only those whose prompt, answers, synthesis or custom title contain every
        word; ``pinned``: only the pinned runs (True) or only the others (False)."""
        where = self._PINNED_WHERE[pinned]
        with self._guard():
            if search is None or not search.strip():
                rows = self._conn.execute(
                    f"SELECT {self._SUMMARY_COLUMNS} FROM runs WHERE {where} ORDER BY created_at DESC, pk DESC "
                    "LIMIT ? OFFSET ?", (limit, offset)).fetchall()
            else:
                page = self._matches(search, pinned)[offset:offset + max(0, limit)]
                if not page:
                    return []
                marks = ", ".join("?" * len(page))
                found = {r[0]: r for r in self._conn.execute(
                    f"SELECT {self._SUMMARY_COLUMNS} FROM runs WHERE pk IN ({marks})", page)}
                rows = [found[pk] for pk in page if pk in found]
        return [self._summary(r) for r in rows]

    def _summary(self, r: Sequence[Any]) -> RunSummary:
        """A list row, whatever odd values the row holds."""
        members = _loads(r[5], [])
        custom = r[13] if isinstance(r[13], str) and r[13].strip() else None
        return RunSummary(id=str(r[1]), title=custom or str(r[2]), created_at=str(r[3]),
                          status=self._shown_status(int(r[0]), r[4]),
                          members=[str(m) for m in members] if isinstance(members, list) else [],
                          cost=_COST.repair(r[6]), tokens=_TOKENS.repair(r[7]),
                          thread=str(r[8]) if isinstance(r[8], str) and r[8] else str(r[1]),
                          parent=str(r[9]) if isinstance(r[9], str) and r[9] else None,
                          mode=str(r[10]) if r[10] in ("full", "review", "answers") else "full",
                          degraded=r[11] == 1 and r[4] == "complete", pinned=r[12] == 1,
                          renamed=custom is not None)

    def thread_runs(self, run_id: str) -> list[RunSummary]:
        """Every run of the conversation ``run_id`` belongs to (re-runs included), oldest first."""
        with self._guard():
            pk = self._pk(run_id, prefix=True)[0]
            row = self._conn.execute(f"SELECT {self._SUMMARY_COLUMNS} FROM runs WHERE pk = ?", (pk,)).fetchone()
            thread = self._summary(row).thread
            rows = self._conn.execute(
                f"SELECT {self._SUMMARY_COLUMNS} FROM runs WHERE id = ? OR (json_valid(detail) AND "
                "json_extract(detail, '$.thread') = ?) ORDER BY created_at, pk", (thread, thread)).fetchall()
        return [self._summary(r) for r in rows]

    def count(self, search: str | None = None, *, pinned: bool | None = None) -> int:
        """How many runs there are (that match ``search``; pinned or not, see :meth:`list_runs`)."""
        with self._guard():
            if search is None or not search.strip():
                return int(self._conn.execute(
                    f"SELECT count(*) FROM runs WHERE {self._PINNED_WHERE[pinned]}").fetchone()[0])
            return len(self._matches(search, pinned))

    def summary(self, run_id: str) -> RunSummary:
        """The list row of one run (its custom title, pin, status, cost), by id or unique prefix."""
        with self._guard():
            pk = self._pk(run_id, prefix=True)[0]
            row = self._conn.execute(f"SELECT {self._SUMMARY_COLUMNS} FROM runs WHERE pk = ?", (pk,)).fetchone()
        return self._summary(row)

    def set_pinned(self, run_id: str, pinned: bool) -> None:
        """Pin a run (listed on top) or unpin it."""
        with self._guard(), self._write():
            pk = self._pk(run_id, prefix=True)[0]
            self._conn.execute("UPDATE runs SET pinned = ?, updated_at = ? WHERE pk = ?", (int(pinned), now_iso(), pk))

    def rename(self, run_id: str, title: str | None) -> None:
        """Give a run the user's own title (one line, at most 200 characters); None or blank: back to the title
        made from its prompt. The custom title is searchable."""
        custom = " ".join(title.split())[:200] if title else ""
        with self._guard(), self._write():
            pk = self._pk(run_id, prefix=True)[0]
            with self._reindexing(pk):
                self._conn.execute("UPDATE runs SET custom_title = ?, updated_at = ? WHERE pk = ?",
                                   (custom or None, now_iso(), pk))

    def _matches(self, search: str, pinned: bool | None = None) -> list[int]:
        """The runs matching a search, newest first (as pks).

        Cached until the database changes (``data_version`` sees other connections' commits, ``total_changes``
        our own): the list asks for the count and then page after page, and a common word matches every run.
        """
        query = fts_query(search)
        if query is None:
            return []
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        key = (f"{query}\x00{pinned}", version, self._conn.total_changes)
        if self._search_cache is not None and self._search_cache[0] == key:
            return self._search_cache[1]
        pks = [int(r[0]) for r in self._conn.execute(
            "SELECT pk FROM runs WHERE pk IN (SELECT rowid FROM run_search WHERE run_search MATCH ?) "
            f"AND {self._PINNED_WHERE[pinned]} ORDER BY created_at DESC, pk DESC", (query,))]
        self._search_cache = (key, pks)
        return pks

    def check_integrity(self) -> list[str]:
        """SQLite's and FTS5's own consistency checks: an empty list when all is well."""
        with self._guard():
            problems = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            try:
                self._conn.execute("INSERT INTO run_search (run_search) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as e:
                problems.append(f"search index: {e}")
        return problems


_RUN_DETAIL_KEYS = ("mode", "parent", "thread", "redo", "conversation", "conversation_dropped", "prompts",
                    "degraded")  # degraded: derived, kept for the list
_MEMBER_COLUMNS = ("model", "stage", "status", "text", "duration_ms", "token_count", "exact_tokens", "cost", "error",
                   "kind", "status_code")
_REVIEW_KEYS = ("label_map", "parsed_ranking", "ranking_models", "parse_status", "parse_reason")


def _member_dict(row: Sequence[Any]) -> dict[str, Any]:
    """A ``model_runs`` row in the record format (its types are repaired afterwards)."""
    d: dict[str, Any] = {k: row[i] for i, k in enumerate(_MEMBER_COLUMNS)}
    d["stage"], d["model"] = row[0], row[1]  # the SELECT lists stage first
    d["exact_tokens"] = bool(row[6]) if isinstance(row[6], int) else row[6]
    for extra in (row[11], row[12]):  # review (stage 2), detail (format 2)
        loaded = _loads(extra, None)
        if isinstance(loaded, dict):
            d.update({k: v for k, v in loaded.items() if k not in ("stage", "model")})
    return d


def _record_from_rows(r: Sequence[Any], runs: Sequence[Sequence[Any]], status: str, error: Any) -> RunState:
    """The record form (format 2) from a runs row and its model_runs rows, read back as a RunState.

    Every JSON column and every value is read defensively (:func:`validate.repair_record`): an odd row (an older
    version, an import made before imports were checked) is shown with defaults, never a traceback.
    """
    detail = _loads(r[16], {})
    if not isinstance(detail, dict):
        detail = {}
    stages = detail.get("stages")
    if not isinstance(stages, list):
        stages = []
    stages = [s if isinstance(s, dict) else {} for s in stages[:3]] + [{}] * (3 - min(len(stages), 3))
    by_stage: dict[int, list[dict[str, Any]]] = {1: [], 2: [], 3: []}
    for row in runs:
        if row[0] in by_stage:
            by_stage[row[0]].append(_member_dict(row))

    def stage(n: int, ok: str) -> dict[str, Any]:
        out: dict[str, Any] = {ok: by_stage[n], "errors": []}
        out.update(stages[n - 1])
        return out

    s2 = stage(2, "reviews")
    s2.update(aggregate=_loads(r[13], []), skipped=bool(r[11]) if isinstance(r[11], int) else False, notice=r[12])
    if "status" not in stages[1] and s2["skipped"]:
        s2["status"] = "skipped"
    s3 = stage(3, "attempts")
    s3["synthesis"] = _loads(r[14], None)
    d = {"format_version": FORMAT_VERSION, "id": r[0], "title": r[1], "prompt": r[2], "members": _loads(r[3], []),
         "chairman": r[4], "settings": _loads(r[5], {}), "created_at": r[6], "finished_at": r[7], "status": status,
         "error": error, "notices": _loads(r[10], []), "stage": detail.get("stage"),
         "stage1": stage(1, "answers"), "stage2": s2, "stage3": s3, "totals": {"wall_ms": r[15]},
         **{k: detail[k] for k in _RUN_DETAIL_KEYS if k in detail}}
    if not detail:  # written before format 2: let the reader infer stage statuses
        for k in ("stage1", "stage2", "stage3"):
            d[k].pop("status", None)
    return RunState.from_dict(repair_record(d))
