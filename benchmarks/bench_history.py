"""History store benchmark: 10,000 realistic runs, then the times that matter in the window.

    python benchmarks/bench_history.py            # 10,000 runs (fills in about a minute or two)
    python benchmarks/bench_history.py --runs 1000

Prints: fill rate, time to open the store and get the first page of the list (through HistoryStore and through
the Qt model + view, offscreen), FTS search times, time to open one run, and the database size per run.
Targets (from the issue): list shown < 200 ms, search < 100 ms, one run opened < 50 ms.
Times are warm-cache (the file was just written); every figure is the median of several tries.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;default.warning=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from council_desktop.council.events import Event, ModelComplete, ModelError, RunEnd, StageComplete, StageStart
from council_desktop.council.state import RunState, fold
from council_desktop.council.values import AggregateEntry, Review, RunInfo, Synthesis
from council_desktop.storage.history import HistoryStore

MEMBERS = ["openai/gpt-5.1", "google/gemini-3-pro-preview", "anthropic/claude-sonnet-4.5", "x-ai/grok-4"]
CHAIRMAN = "google/gemini-3-pro-preview"
SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "an", "el", "or", "us", "ph", "str", "qu", "ion",
             "ent", "al", "ic", "ous", "ing", "er", "th", "ch", "ver", "pro", "con", "dis", "able", "ment")
COMMON = ("the", "of", "and", "to", "a", "in", "is", "that", "it", "for", "as", "with", "this", "on", "are", "be",
          "by", "light", "energy", "system", "model", "answer", "because", "water", "council", "data")


class Text:
    """Zipf-distributed words from a fixed vocabulary: index sizes close to real prose."""

    def __init__(self, rng: random.Random, vocabulary: int = 20_000) -> None:
        self.rng = rng
        words = list(COMMON)
        seen = set(words)
        while len(words) < vocabulary:
            w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                words.append(w)
        self.words = words
        self.cum_weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(words))))

    def words_n(self, n: int) -> str:
        chosen = self.rng.choices(self.words, cum_weights=self.cum_weights, k=n)
        out, line = [], []
        for i, w in enumerate(chosen):
            line.append(w)
            if i % 17 == 16:
                out.append(" ".join(line) + ".")
                line = []
        out.append(" ".join(line))
        return " ".join(out).strip()

    def paragraphs(self, n: int) -> str:
        parts, left = [], n
        while left > 0:
            k = min(left, self.rng.randint(40, 90))
            parts.append(self.words_n(k))
            left -= k
        return "\n\n".join(parts)


def make_run(i: int, text: Text, rng: random.Random, start: datetime) -> RunState:
    """One realistic finished run, built as the council builds it: by folding its events."""
    created = start + timedelta(minutes=17 * i)
    prompt = text.words_n(rng.randint(8, 40)).capitalize() + "?"
    run_id = f"{rng.getrandbits(128):032x}"
    settings = {"max_tokens": 4096, "temperature": 0.7, "review_temperature": 0.3, "chairman_temperature": 0.5,
                "first_token_timeout": 90.0, "total_timeout": 600.0}
    events: list[Event] = [StageStart(1, tuple(MEMBERS), run=RunInfo(
        run_id, prompt, tuple(MEMBERS), CHAIRMAN, created.isoformat(timespec="milliseconds"), settings=settings))]

    def cost() -> float:
        return round(rng.uniform(0.0005, 0.02), 6)

    answered = []
    for m in MEMBERS:
        if rng.random() < 0.04:
            events.append(ModelError(1, m, "Rate limited (429).", "rate_limit", 429, rng.randint(100, 5000), 0))
        else:
            n = rng.randint(200, 450)
            events.append(ModelComplete(1, m, rng.randint(3000, 40000), int(n * 1.3), cost(), True,
                                        text.paragraphs(n)))
            answered.append(m)
    events += [StageComplete(1), StageStart(2, tuple(answered))]
    labels = [f"Response {chr(65 + k)}" for k in range(len(answered) - 1)]
    for m in answered:
        others = [o for o in answered if o != m]
        rng.shuffle(others)
        label_map = dict(zip(labels, others, strict=True))
        ranking = "\n".join(f"{k + 1}. {lab}" for k, lab in enumerate(labels))
        critique = "\n\n".join(f"{lab} {text.words_n(rng.randint(30, 60))}" for lab in labels)
        review = Review(label_map, tuple(labels), tuple(label_map[lab] for lab in labels), "ok")
        events.append(ModelComplete(2, m, rng.randint(3000, 30000), rng.randint(150, 400), cost(), True,
                                    f"{critique}\n\nFINAL RANKING:\n{ranking}", review))
    aggregate = tuple(AggregateEntry(m, 1.0 + k * 0.5, len(answered) - 1, 3 - k, k + 1, k + 1)
                      for k, m in enumerate(answered))
    events += [StageComplete(2, aggregate=aggregate), StageStart(3, (CHAIRMAN,))]
    synth = text.paragraphs(rng.randint(250, 500))
    duration, c = rng.randint(5000, 40000), cost()
    events += [ModelComplete(3, CHAIRMAN, duration, 500, c, True, synth),
               StageComplete(3, synthesis=Synthesis(CHAIRMAN, CHAIRMAN, synth, "chairman", None, duration, 500, True,
                                                    c)),
               RunEnd("complete", (created + timedelta(seconds=60)).isoformat(timespec="milliseconds"), 60_000)]
    state = fold(events)
    assert state is not None
    return state


def timed(fn: Callable[[], object], tries: int = 7) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(tries):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def verdict(ms: float, target: float) -> str:
    return f"{ms:8.2f} ms   (target < {target:.0f} ms: {'OK' if ms < target else 'MISSED'})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10_000, help="how many runs to store (default 10000)")
    ap.add_argument("--dir", type=Path, help="keep the database in this folder (default: a temp folder)")
    args = ap.parse_args()

    tmp = None if args.dir else tempfile.TemporaryDirectory(prefix="bench-history-")
    folder = args.dir or Path(tmp.name)  # type: ignore[union-attr]
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "history.sqlite3"
    for p in folder.glob("history.sqlite3*"):
        p.unlink()

    rng = random.Random(42)
    text = Text(rng)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    print(f"Filling {args.runs:,} runs (4 members, answers of 200-450 words, reviews, synthesis) in {db} …")
    text_bytes = 0
    ids: list[str] = []
    t0 = time.perf_counter()
    gen_s = 0.0
    with HistoryStore(db) as store:
        for i in range(args.runs):
            g0 = time.perf_counter()
            rec = make_run(i, text, rng, start)
            gen_s += time.perf_counter() - g0
            text_bytes += len(rec.prompt.encode()) + sum(len(r.text.encode()) for s in (1, 2, 3)
                                                         for r in rec.stage_runs(s))
            store.save_record(rec)
            ids.append(rec.id)
            if (i + 1) % 2000 == 0:
                print(f"  {i + 1:,} runs …", flush=True)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fill_s = time.perf_counter() - t0 - gen_s
    size = sum(p.stat().st_size for p in folder.glob("history.sqlite3*"))
    print(f"  stored in {fill_s:.1f} s ({fill_s / args.runs * 1000:.2f} ms a run, text generation excluded)\n")

    print("Results (warm cache, median of 7):")
    # 1. open the store and fetch the first page, as the CLI and the model do
    def open_and_list() -> None:
        with HistoryStore(db) as s:
            s.mark_interrupted()
            s.count()
            s.list_runs(limit=100)

    print(f"  open store + first page (100 rows)      {verdict(timed(open_and_list), 200)}")

    # 2. the same through the Qt model and a view, painted offscreen
    from PySide6.QtWidgets import QApplication, QListView

    from council_desktop.ui.history_panel import HistoryPanel

    app = QApplication.instance() or QApplication([])

    def open_panel() -> None:
        with HistoryStore(db) as s:
            s.mark_interrupted()
            panel = HistoryPanel(s)
            panel.resize(320, 800)
            panel.show()
            app.processEvents()
            panel.grab()  # a real paint of the visible rows
            panel.close()
            panel.deleteLater()
            app.processEvents()

    open_panel()  # first use builds fonts and icons: not what a second open costs
    print(f"  open store + Qt panel shown and painted {verdict(timed(open_panel), 200)}")

    view_store = HistoryStore(db)
    from council_desktop.ui.history_model import HistoryListModel

    model = HistoryListModel(view_store)
    view = QListView()
    view.setModel(model)
    view.resize(320, 800)
    view.show()
    app.processEvents()

    # 3. search, the way the panel does it (count + first page). The store caches a search's matches until the
    #    database changes, so every try here starts uncached: the cost of a new search text, not of paging.
    with HistoryStore(db) as s:
        rare = text.words[5000]
        mid = text.words[300]
        queries = {"common word ('the')": "the", f"mid-frequency word ({mid!r})": mid,
                   f"rare word ({rare!r})": rare, "two words ('light energy')": "light energy",
                   "prefix while typing ('ener')": "ener", "no match ('zzqx')": "zzqx",
                   "hostile text ('\"foo AND (')": '"foo AND ('}
        for label, q in queries.items():
            hits = s.count(q)

            def search(q: str = q) -> None:
                s._search_cache = None
                s.count(q)
                s.list_runs(q, limit=100)

            print(f"  search {label:<34} {verdict(timed(search), 100)}  {hits:,} hits")

        def next_page() -> None:
            s.list_runs("the", limit=100, offset=5000)

        s.list_runs("the")
        print(f"  next page of a search (cached matches)  {verdict(timed(next_page), 100)}")

        def model_search() -> None:
            view_store._search_cache = None
            model.set_search("energy")
            app.processEvents()

        def model_reset() -> None:
            model.set_search("")
            app.processEvents()

        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            model_search()
            times.append((time.perf_counter() - t0) * 1000)
            model_reset()
        print(f"  search through the Qt model ('energy')  {verdict(statistics.median(times), 100)}")

        # 4. open one run
        sample = rng.sample(ids, min(300, len(ids)))
        times = []
        for run_id in sample:
            t0 = time.perf_counter()
            s.get(run_id)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(f"  open one run (get), median of {len(times)}      {verdict(statistics.median(times), 50)}"
              f"  p95 {times[int(len(times) * 0.95) - 1]:.2f} ms, max {times[-1]:.2f} ms")
        t_prefix = timed(lambda: s.get(sample[0][:8]))
        print(f"  open one run by an 8-character prefix   {verdict(t_prefix, 50)}")

    view.close()
    model.deleteLater()
    view_store.close()

    print(f"\n  database size: {size / 1e6:.1f} MB for {args.runs:,} runs = {size / args.runs / 1024:.1f} KiB a run "
          f"(text alone: {text_bytes / args.runs / 1024:.1f} KiB a run)")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
