"""Render benchmark: how long answers of every shape hold the GUI thread, before and after the render budget.

For each case it prints
- before: the old way (``QTextBrowser.setMarkdown`` on the shown view, as the app did) — the time of that one call,
  run in a child process with a time limit, since some cases take minutes;
- after, final: ``MarkdownPane.set_final_markdown`` on a shown pane — the time until the text is on screen, the
  longest single step of ours (planning, building, showing, one plain-text slice), and the longest event-loop stall
  (a 1 ms precise Qt timer's worst lateness, which also counts Qt's own layout and paint work);
- after, streaming: the same text fed to ``set_streaming_text`` in 200 growing steps (the whole text so far each
  time, as the window does a few times a second), then made final: the longest stall while streaming.

Targets: < 16 ms per main-thread slice while streaming, < 100 ms for a final render (or its plain-text fallback).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_render.py [--cases a,b] [--skip-before] [--before-limit 60]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

PARA = ("The council weighs each answer with care, names what is **strong** and what is weak, and writes `code` or "
        "*italic* text now and then, with a [link](https://example.com) sometimes.\n\n")
SECTION = ("## A heading\n\n" + PARA * 3 + "- first point with **bold**\n- second point\n  - nested point\n\n"
           "```python\ndef f(x):\n    return x * 2\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n")


def realistic(n: int) -> str:
    return (SECTION * (n // len(SECTION) + 1))[:n]


def table(rows: int) -> str:
    head = "| model | answer | score | notes |\n|---|---|---|---|\n"
    return head + "".join(f"| member {i} | an answer of some words, number {i} | {i * 3} | notes on row {i}, "
                          f"which go on for a while to make the row about 250 characters long as in real "
                          f"tables that compare many things at once |\n" for i in range(rows))


CASES: dict[str, Callable[[], str]] = {
    "answer_8kb": lambda: realistic(8_000),  # ~2,000 tokens with headings, lists, code, small tables
    "answer_64kb": lambda: realistic(64_000),
    "table_150_rows": lambda: table(150),
    "table_2000_rows": lambda: table(2_000),  # ~0.5 MB, the case
    "line_5mb": lambda: "x" * 5_000_000,  # one line
    "words_5mb": lambda: ("word " * 16 + "\n") * 62_500,  # 5 MB of short lines
    "nested_lists_10k": lambda: "- " * 10_000 + "x\n",  # 10,000 nested blocks on one line
    "nested_quotes_10k": lambda: "> " * 10_000 + "x\n",
    "nested_lines_10k": lambda: "".join("  " * (i % 50) + "- item\n" for i in range(10_000)),
    "html_nested_10k": lambda: "<div>\n" * 10_000 + "x\n" + "</div>\n" * 10_000,  # raw HTML: now shown as text
    "emphasis_30k": lambda: "*a " * 30_000,
    "brackets_50k": lambda: "[" * 50_000 + "x" + "]" * 50_000,
    "images_1000_dev_zero": lambda: "![x](/dev/zero) " * 1_000,  # 'before' would read /dev/zero: not run
}
UNSAFE_BEFORE = {"images_1000_dev_zero"}


class StallMeter:
    """A 1 ms precise timer; a stall is how late it fires. Two measures per stall: wall-clock lateness, and the
    main thread's CPU time during it (on a shared machine the OS may deschedule the process: lateness without CPU;
    the CPU-backed figure is the stall our own work caused)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = self.last_cpu = 0.0
        self.worst = self.worst_cpu = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last, self.last_cpu = 0.0, time.thread_time() * 1000
        self.worst = self.worst_cpu = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = self.clock.nsecsElapsed() / 1e6, time.thread_time() * 1000
        late = now - self.last - 1.0
        self.worst = max(self.worst, late)
        self.worst_cpu = max(self.worst_cpu, min(late, cpu - self.last_cpu - 1.0))
        self.last, self.last_cpu = now, cpu

    def stop(self) -> tuple[float, float]:
        """(worst wall-clock stall, worst CPU-backed stall) in ms."""
        self.timer.stop()
        return self.worst, self.worst_cpu


def pump(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def before(case: str) -> dict[str, float]:
    """The old render: setMarkdown on a shown QTextBrowser (one call, then the events it leaves)."""
    app = QApplication.instance() or QApplication([])
    text = CASES[case]()
    b = QTextBrowser()
    b.resize(900, 700)
    b.show()
    b.setMarkdown(realistic(2_000))  # warm up fonts and the Markdown parser
    pump(app, 0.2)
    meter = StallMeter()
    t0 = time.perf_counter()
    meter.start()
    b.setMarkdown(text)
    call = (time.perf_counter() - t0) * 1000
    pump(app, 0.5)
    wall, cpu = meter.stop()
    return {"call_ms": call, "stall_ms": wall, "stall_cpu_ms": cpu}


def timed(obj: object, name: str, record: list[float]) -> None:
    """Wrap ``obj.name`` so that each call's main-thread CPU time (ms) is recorded."""
    inner = getattr(obj, name)

    def wrapper(*a: object) -> object:
        t = time.thread_time()
        try:
            return inner(*a)
        finally:
            record.append((time.thread_time() - t) * 1000)

    setattr(obj, name, wrapper)


def new_pane(app: QApplication):
    from council_desktop.ui.markdown_pane import MarkdownPane

    pane = MarkdownPane("answer")
    pane.resize(900, 700)
    pane.show()
    pump(app, 0.1)
    return pane


def settle(app: QApplication, pane) -> None:
    while pane._dirty or pane.live.pending():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def after_final(app: QApplication, text: str) -> dict[str, float]:
    pane = new_pane(app)
    steps: list[float] = []
    timed(pane, "_render_slice", steps)
    timed(pane.live, "_feed", steps)
    meter = StallMeter()
    meter.start()
    t0 = time.perf_counter()
    pane.set_final_markdown(text)
    settle(app, pane)
    shown = (time.perf_counter() - t0) * 1000
    pump(app, 0.5)
    wall, cpu = meter.stop()
    res = {"shown_ms": shown, "step_ms": max(steps, default=0.0), "stall_ms": wall, "stall_cpu_ms": cpu,
           "formatted": float(pane.is_formatted())}
    pane.deleteLater()
    return res


def after_streaming(app: QApplication, text: str, steps_n: int = 200) -> dict[str, float]:
    pane = new_pane(app)
    calls: list[float] = []
    timed(pane, "set_streaming_text", calls)
    timed(pane.live, "_feed", calls)
    meter = StallMeter()
    meter.start()
    n = len(text)
    for k in range(1, steps_n + 1):
        pane.set_streaming_text(text[: n * k // steps_n])
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    settle(app, pane)
    pump(app, 0.2)
    wall, cpu = meter.stop()
    res = {"stream_call_ms": max(calls), "stream_stall_ms": wall, "stream_stall_cpu_ms": cpu}
    meter.start()
    pane.set_final_markdown(text)
    settle(app, pane)
    pump(app, 0.3)
    res["final_stall_ms"], res["final_stall_cpu_ms"] = meter.stop()
    pane.deleteLater()
    return res


def run_before(case: str, limit: float) -> str:
    if case in UNSAFE_BEFORE:
        return "not run: reads /dev/zero"
    try:
        out = subprocess.run([sys.executable, __file__, "--before-child", case], capture_output=True, text=True,
                             timeout=limit, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    except subprocess.TimeoutExpired:
        return f"> {limit:.0f} s (stopped)"
    try:
        res = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return "failed"
    return f"{res['call_ms']:.0f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--skip-before", action="store_true")
    ap.add_argument("--before-limit", type=float, default=60.0)
    ap.add_argument("--before-child")
    args = ap.parse_args()
    if args.before_child:
        print(json.dumps(before(args.before_child)))
        return
    app = QApplication.instance() or QApplication([])
    after_final(app, realistic(2_000))  # warm up fonts and the Markdown parser
    print("all times in ms; a stall is 'wall clock / main-thread CPU' (the machine may be shared)")
    print(f"{'case':21} {'chars':>10} | {'before':>24} | {'after: final render':^45} | {'streaming, then final':^34}")
    print(f"{'':21} {'':>10} | {'setMarkdown call':>24} | {'on screen':>9} {'step':>6} {'stall':>13} {'shown as':>12} | "
          f"{'call':>6} {'stall':>13} {'final':>13}")
    for case in args.cases.split(","):
        text = CASES[case]()
        old = "skipped" if args.skip_before else run_before(case, args.before_limit)
        f = after_final(app, text)
        st = after_streaming(app, text)
        kind = "Markdown" if f["formatted"] else "plain text"
        print(f"{case:21} {len(text):>10,} | {old:>24} | {f['shown_ms']:9.0f} {f['step_ms']:6.1f} "
              f"{f['stall_ms']:6.1f}/{f['stall_cpu_ms']:<6.1f} {kind:>12} | {st['stream_call_ms']:6.1f} "
              f"{st['stream_stall_ms']:6.1f}/{st['stream_stall_cpu_ms']:<6.1f} "
              f"{st['final_stall_ms']:6.1f}/{st['final_stall_cpu_ms']:<6.1f}", flush=True)


if __name__ == "__main__":
    main()
