"""History statistics benchmark: 10,000 runs, then the leaderboard, self-preference and spend.

    python benchmarks/bench_stats.py                 # 10,000 runs (fills in a minute or two)
    python benchmarks/bench_stats.py --runs 1000
    python benchmarks/bench_stats.py --dir /some/folder --keep   # fill once, measure again later

The runs come from bench_history's generator (4 members, reviews, a synthesis; 4% of answers fail), with a time
to first token added to each answer. Target (from the issue): the leaderboard in < 300 ms on 10,000 runs. Every
figure is the median of 7 tries (wall time, and the CPU time of this process: on a shared machine the wall time
includes waiting for a core), each on a fresh read-only connection (what the window and the CLI do); measured
on the schema as it is, then again with storage.stats.PROPOSED_INDEXES (a migration the history may adopt).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_history import Text, make_run

from council_desktop.council.state import RunState
from council_desktop.storage.history import SCHEMA_VERSION, HistoryStore
from council_desktop.storage.stats import PROPOSED_INDEXES, HistoryStats, StatsFilter


def with_ttft(state: RunState, rng: random.Random) -> RunState:
    """Answers recorded since schema 2 carry a time to first token; the generator leaves it out."""
    s1 = state.stages[0]
    members = tuple(replace(m, ttft_ms=rng.randint(200, min(3000, m.duration_ms or 3000))) if m.done else m
                    for m in s1.members)
    return replace(state, stages=(replace(s1, members=members), *state.stages[1:]))


def fill(db: Path, runs: int) -> None:
    rng = random.Random(42)
    text = Text(rng)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    print(f"Filling {runs:,} runs in {db} …")
    t0 = time.perf_counter()
    with HistoryStore(db) as store:
        for i in range(runs):
            store.save_record(with_ttft(make_run(i, text, rng, start), rng))
            if (i + 1) % 2000 == 0:
                print(f"  {i + 1:,} runs …", flush=True)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"  done in {time.perf_counter() - t0:.1f} s\n")


def timed(fn: Callable[[], object], tries: int = 7) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system of this process) of ``fn``, in milliseconds. On a
    shared machine the CPU time is what the work costs; the wall time adds the wait for a free core."""
    wall, cpu = [], []
    for _ in range(tries):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def verdict(times: tuple[float, float], target: float) -> str:
    wall, cpu = times
    return (f"{wall:8.1f} ms wall, {cpu:7.1f} ms CPU   (target < {target:.0f} ms: "
            f"{'OK' if wall < target else 'OK in CPU time' if cpu < target else 'MISSED'})")


def measure(db: Path, title: str | None) -> None:
    if title:
        print(f"\n{title}:")

    def run(fn_name: str, flt: StatsFilter | None = None) -> None:
        with HistoryStats.open(db) as s:
            getattr(s, fn_name)(flt)

    month = StatsFilter(since=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=100),
                        until=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=130))
    print(f"  leaderboard, all runs                   {verdict(timed(lambda: run('leaderboard')), 300)}")
    print(f"  leaderboard, one month                  {verdict(timed(lambda: run('leaderboard', month)), 300)}")
    print(f"  leaderboard, mode filter (full)         "
          f"{verdict(timed(lambda: run('leaderboard', StatsFilter(mode='full'))), 300)}")
    print(f"  self-preference                         {verdict(timed(lambda: run('self_preference')), 1000)}")
    print(f"  spend (day, month, model, provider)     {verdict(timed(lambda: run('spend')), 1000)}")

    def everything() -> None:
        with HistoryStats.open(db) as s:
            s.spend()
            s.leaderboard()
            s.self_preference()

    print(f"  all three (what `stats` computes)       {verdict(timed(everything), 2000)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10_000, help="how many runs to store (default 10000)")
    ap.add_argument("--dir", type=Path, help="keep the database in this folder (default: a temp folder)")
    ap.add_argument("--keep", action="store_true", help="reuse a database already filled in --dir")
    args = ap.parse_args()

    tmp = None if args.dir else tempfile.TemporaryDirectory(prefix="bench-stats-")
    folder = args.dir or Path(tmp.name)  # type: ignore[union-attr]
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "history.sqlite3"
    if not (args.keep and db.exists()):
        for p in folder.glob("history.sqlite3*"):
            p.unlink()
        fill(db, args.runs)

    with HistoryStats.open(db) as stats:
        board = stats.leaderboard()
        prefs = stats.self_preference()
        spend = stats.spend()
    print(f"{len(board)} models, {sum(r.votes for r in board):,} places, {spend.calls:,} calls, "
          f"${spend.total:,.2f} spent.")
    size = db.stat().st_size
    measure(db, f"Schema {SCHEMA_VERSION}, with the statistics' indexes (the file: {size / 1e6:.0f} MB)")
    with sqlite3.connect(db) as conn:
        for sql in PROPOSED_INDEXES:
            conn.execute(f"DROP INDEX {sql.split()[2]}")
    measure(db, "For comparison, without those indexes")
    with sqlite3.connect(db) as conn:  # leave the file as the schema has it
        t0 = time.perf_counter()
        for sql in PROPOSED_INDEXES:
            conn.execute(sql)
        print(f"\n  building the indexes on this history (what the migration does once): "
              f"{time.perf_counter() - t0:.1f} s")
    best = board[0]
    print(f"\n  top model: {best.model} (score {best.score}, {best.wins:,} wins of {best.ranked:,}, "
          f"median TTFT {best.median_ttft_ms} ms); {len(prefs)} reviewers in the self-preference table")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
