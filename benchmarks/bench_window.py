"""Window benchmark: 16 members streaming 300 chunks/s each into the real MainWindow (offscreen by default).

Prints, for the streaming phase of stage 1:
- the longest event-loop stall (a 1 ms precise Qt timer's worst lateness; target under 16 ms, one 60 Hz frame),
  also over the whole run, including the stage-end Markdown rendering and the stage switches;
- CPU seconds per 1,000 chunks (process CPU time / chunks), and the same streams without a window for comparison;
- how often the rows were repainted (coalesced progress signals per second).

The members stream at the ChatBackend seam (chunks are delivered in 10 ms ticks, as a network read would batch
them), so the numbers are the window's and the engine's, not an HTTP server's.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py [--members 16] [--rate 300] [--seconds 4]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication

from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.provider import ChatCompletion, ChatRequest, ChatUpdate

WORDS = ("The council weighs each answer with care, names what is strong and what is weak, and writes "
         "`code` or **bold** text now and then.").split()


def stage_of(req: ChatRequest) -> int:
    c = req.messages[-1]["content"]
    return 3 if c.startswith("You are the Chairman") else 2 if "FINAL RANKING" in c else 1


class StreamingBackend:
    """Every member streams ``rate`` chunks per second for ``seconds`` in stage 1 (shorter in stages 2 and 3)."""

    def __init__(self, rate: float, seconds: float, tick: float = 0.01) -> None:
        self.rate, self.seconds, self.tick = rate, seconds, tick
        self.chunks = 0
        self.stage1_chunks = 0

    async def chat(self, request: ChatRequest, on_update) -> ChatCompletion:
        stage = stage_of(request)
        seconds = self.seconds if stage == 1 else self.seconds / 8
        total = int(self.rate * seconds)
        loop = asyncio.get_running_loop()
        start = loop.time()
        on_update(ChatUpdate("sent"))
        sent = 0
        while sent < total:
            await asyncio.sleep(self.tick)
            due = min(total, int((loop.time() - start) * self.rate))
            while sent < due:
                sent += 1
                on_update(ChatUpdate("token", token_count=sent))
        self.chunks += total
        if stage == 1:
            self.stage1_chunks += total
        if stage == 2:
            content = request.messages[-1]["content"]
            import re

            labels = sorted(set(re.findall(r"^(Response [A-Z]{1,2}):", content, re.MULTILINE)))
            text = "Fine.\n\nFINAL RANKING:\n" + "\n".join(f"{i}. {lab}" for i, lab in enumerate(labels, 1))
        else:
            text = "## Answer\n\n" + " ".join(WORDS[i % len(WORDS)] for i in range(total))
        return ChatCompletion(text=text, token_count=total, exact_tokens=True, cost=total * 1e-6)


class StallMeter:
    """A 1 ms precise timer; a stall is how late it fires. Windows of interest are opened and closed by name.

    Two measures per stall: wall-clock lateness, and the main thread's CPU time during it. On a shared machine
    the OS may deschedule the process (wall lateness without CPU); the CPU-backed figure is the stall our own
    work caused.
    """

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = 0.0
        self.last_cpu = 0.0
        self.worst: dict[str, float] = {}
        self.worst_cpu: dict[str, float] = {}
        self.active: set[str] = set()

    def start(self) -> None:
        self.clock.start()
        self.last = 0.0
        self.last_cpu = time.thread_time() * 1000
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        cpu = time.thread_time() * 1000
        late = now - self.last - 1.0
        busy = min(late, cpu - self.last_cpu - 1.0)
        self.last, self.last_cpu = now, cpu
        for name in self.active:
            self.worst[name] = max(self.worst.get(name, 0.0), late)
            self.worst_cpu[name] = max(self.worst_cpu.get(name, 0.0), busy)

    def open(self, name: str) -> None:
        self.active.add(name)

    def close(self, name: str) -> None:
        self.active.discard(name)


async def engine_only(members: int, rate: float, seconds: float) -> float:
    """CPU seconds per 1,000 chunks for the same streams with no window (events go to a no-op)."""
    backend = StreamingBackend(rate, seconds)
    spec = RunSpec.create("q", [f"bench/m{i:02d}" for i in range(members)], "bench/m00")
    cpu0 = time.process_time()
    await Council(backend).run(spec, lambda ev: None)
    return (time.process_time() - cpu0) / backend.chunks * 1000


async def with_window(members: int, rate: float, seconds: float, flush_ms: int | None) -> dict[str, float]:
    from council_desktop.storage.keystore import KeyStore
    from council_desktop.storage.paths import app_paths
    from council_desktop.storage.settings import Settings, SettingsStore
    from council_desktop.ui.main_window import MainWindow
    from council_desktop.ui.runner import DEFAULT_FLUSH_MS, CouncilRunner

    names = [f"bench/model-{i:02d}" for i in range(members)]
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    store.save(Settings(members=tuple(names), chairman=names[0]))
    backend = StreamingBackend(rate, seconds)
    runner = CouncilRunner(lambda: Council(backend), flush_interval_ms=DEFAULT_FLUSH_MS if flush_ms is None
                           else flush_ms)
    win = MainWindow(runner, settings_store=store, key_store=KeyStore(env={"OPENROUTER_API_KEY": "sk-bench"}),
                     paths=paths, check_key_on_show=False)
    win.resize(1400, 900)
    win.show()
    signals = 0

    def count(*_a: object) -> None:
        nonlocal signals
        signals += 1

    runner.model_progress.connect(count)
    meter = StallMeter()
    meter.start()
    await asyncio.sleep(0.3)  # let the window settle
    win.prompt.set_text("Benchmark question")
    meter.open("run")
    cpu_run0 = time.process_time()
    win.run_council()
    # the streaming phase of stage 1: from the first token to the first model's completion
    while not (win.list_model.stage == 1 and any((r := win.list_model.row(m)) and r.tokens > 0 for m in names)):
        await asyncio.sleep(0.005)
    meter.open("stream")
    cpu0, t0, sig0, chunks0 = time.process_time(), time.perf_counter(), signals, backend.chunks
    while all((r := win.list_model.row(m)) is None or r.status != "done" for m in names):
        await asyncio.sleep(0.005)
    meter.close("stream")
    cpu, wall, sigs = time.process_time() - cpu0, time.perf_counter() - t0, signals - sig0
    streamed = rate * members * wall  # chunks delivered in the window (streams run at their nominal rate)
    while runner.is_running:
        await asyncio.sleep(0.01)
    meter.close("run")
    cpu_run = time.process_time() - cpu_run0
    record = runner.record
    assert record is not None and record.status == "complete", record and record.error
    win.results.setCurrentIndex(1)  # the stage-1 answers tab renders its Markdown now
    meter.open("render")
    await asyncio.sleep(0.2)
    meter.close("render")
    win.close()
    meter.timer.stop()
    del chunks0
    return {"stall_stream_ms": meter.worst.get("stream", 0.0), "stall_run_ms": meter.worst.get("run", 0.0),
            "stall_render_ms": meter.worst.get("render", 0.0),
            "busy_stream_ms": meter.worst_cpu.get("stream", 0.0), "busy_run_ms": meter.worst_cpu.get("run", 0.0),
            "busy_render_ms": meter.worst_cpu.get("render", 0.0),
            "cpu_per_1000": cpu / streamed * 1000, "cpu_per_1000_run": cpu_run / backend.chunks * 1000,
            "signals_per_s": sigs / wall, "repaints_per_s": sigs / wall / members, "chunks": backend.chunks,
            "wall_s": (record.wall_ms or 0) / 1000}


async def main(args: argparse.Namespace) -> None:
    res = await with_window(args.members, args.rate, args.seconds, args.flush_ms)
    base = await engine_only(args.members, args.rate, args.seconds)
    print(f"window benchmark: {args.members} members x {args.rate:.0f} chunks/s, stage 1 streams {args.seconds:.1f} s "
          f"({res['chunks']:,} chunks in the run, {res['wall_s']:.1f} s wall), platform "
          f"{QApplication.platformName()}")
    print("  longest event-loop stall (wall clock / main thread busy, target < 16 ms):")
    print(f"    while streaming                        : {res['stall_stream_ms']:6.1f} ms / {res['busy_stream_ms']:5.1f} ms")
    print(f"    over the whole run                     : {res['stall_run_ms']:6.1f} ms / {res['busy_run_ms']:5.1f} ms"
          "  (stage switches, results)")
    print(f"    rendering the answers tab              : {res['stall_render_ms']:6.1f} ms / {res['busy_render_ms']:5.1f} ms")
    print(f"  CPU per 1,000 chunks while streaming     : {res['cpu_per_1000']:6.3f} s")
    print(f"  CPU per 1,000 chunks, whole run          : {res['cpu_per_1000_run']:6.3f} s")
    print(f"  CPU per 1,000 chunks, engine, no window  : {base:6.3f} s")
    print(f"  row updates: {res['signals_per_s']:.0f} coalesced progress signals/s "
          f"({res['repaints_per_s']:.1f} per row per second)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--members", type=int, default=16)
    ap.add_argument("--rate", type=float, default=300.0, help="chunks per second per member")
    ap.add_argument("--seconds", type=float, default=4.0, help="how long stage 1 streams")
    ap.add_argument("--flush-ms", type=int, default=None, help="runner flush interval (default: the app's)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="council-bench-") as home:
        os.environ["COUNCIL_DESKTOP_HOME"] = home
        from council_desktop.ui import qloop

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        qloop.run(main(a), app)  # type: ignore[arg-type]
