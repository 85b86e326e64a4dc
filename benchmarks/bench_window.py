"""Window benchmark: 16 members streaming Markdown answers at 300 chunks/s each into the real MainWindow, live.

Prints:
- the longest event-loop stall (a 1 ms precise Qt timer's worst lateness; target under 16 ms, one 60 Hz frame)
  while stage 1 streams (every answer growing, the visible one on screen), at the stage switches (from a stage's
  last answer on: the engine ending the stage and starting the next, its results and Markdown appearing, the next
  stage's first updates), and over the whole run;
- CPU seconds per 1,000 chunks while streaming (and the same streams without a window, for comparison);
- peak memory (the process's peak resident set) and how much the run added;
- the chairman's first token, from the socket to the screen (target under 50 ms): a real council over HTTP against
  the local fake OpenRouter (in its own process), timed from when httpx reads the first content chunk of the
  chairman's response to when the final-answer pane's text changes, and to its next paint.

Stage 1 streams at the ChatBackend seam (chunks delivered in 10 ms ticks, as a network read would batch them), so
its numbers are the window's and the engine's, not an HTTP server's. Answers are ~2,000 tokens of Markdown
(headings, lists, code, a table).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py [--members 16] [--rate 300] [--tokens 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from council_desktop.council import ranking
from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.provider import ChatCompletion, ChatRequest, ChatUpdate

SECTION = """\
## Part {n}: what the council weighs

The council weighs each answer with care, names what is **strong** and what is *weak*, and writes `code` now and
then. A good answer says what it assumes, shows its work and ends with a clear recommendation.

- First, the question is read twice and the hidden assumptions are listed.
- Second, each claim gets a source or a short argument.
- Third, the answer says what would change its mind.

```python
def score(answer: str, weights: dict[str, float]) -> float:
    words = answer.split()
    return sum(weights.get(w, 0.0) for w in words) / max(1, len(words))
```

| criterion | weight | note |
|---|---|---|
| accuracy | 0.5 | checked against sources |
| clarity | 0.3 | short sentences win |
| insight | 0.2 | says something new |

"""


def markdown_answer(tokens: int) -> list[str]:
    """~``tokens`` chunks of Markdown (one chunk is about one token: a word with its spacing)."""
    text = ""
    n = 1
    while len(re.findall(r"\S+\s*", text)) < tokens:
        text += SECTION.format(n=n)
        n += 1
    pieces = re.findall(r"\s*\S+", text)[:tokens]
    return ["# The council's answer\n\n" + pieces[0], *pieces[1:]]


def stage_of(req: ChatRequest) -> int:
    c = req.messages[-1]["content"]
    return 3 if c.startswith("You are the Chairman") else 2 if "FINAL RANKING" in c else 1


class StreamingBackend:
    """Every member streams ``rate`` chunks per second: a Markdown answer of ``tokens`` chunks in stages 1 and 3,
    a shorter review (ending in its FINAL RANKING) in stage 2."""

    def __init__(self, rate: float, tokens: int, members: int, tick: float = 0.01) -> None:
        self.rate, self.tick, self.members = rate, tick, members
        self.answer = markdown_answer(tokens)
        self.chunks = 0
        self.finished: dict[int, int] = {}  # chats returned, per stage
        self.on_stage_answered = lambda stage: None  # the stage's last member has its answer: its switch begins

    async def chat(self, request: ChatRequest, on_update) -> ChatCompletion:
        stage = stage_of(request)
        if stage == 2:
            # (the reviewers' labels without scanning a ~200 KB prompt: that would be the benchmark's own cost)
            labels = ranking.labels_for(self.members - 1)
            critique = [f"{lab} is clear and mostly right. " for lab in labels] * 4
            pieces = [*critique, "\n\nFINAL RANKING:\n", *(f"{i}. {lab}\n" for i, lab in enumerate(labels, 1))]
        else:
            pieces = self.answer
        loop = asyncio.get_running_loop()
        start = loop.time()
        on_update(ChatUpdate("sent"))
        sent = 0
        while sent < len(pieces):
            await asyncio.sleep(self.tick)
            due = min(len(pieces), int((loop.time() - start) * self.rate))
            while sent < due:
                on_update(ChatUpdate("token", token_count=sent + 1, text=pieces[sent]))
                sent += 1
        self.chunks += len(pieces)
        self.finished[stage] = self.finished.get(stage, 0) + 1
        if self.finished[stage] == (1 if stage == 3 else self.members):
            self.on_stage_answered(stage)
        return ChatCompletion(text="".join(pieces), token_count=len(pieces), exact_tokens=True,
                              cost=len(pieces) * 1e-6)


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
        self.busy: dict[str, list[float]] = {}
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
            self.busy.setdefault(name, []).append(busy)

    def p99(self, name: str) -> float:
        """The 99th percentile of the main thread's busy stretches (robust to a rare hiccup of a shared box)."""
        values = sorted(self.busy.get(name, [0.0]))
        return values[min(len(values) - 1, int(len(values) * 0.99))]

    def open(self, name: str) -> None:
        self.active.add(name)

    def close(self, name: str) -> None:
        self.active.discard(name)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


async def engine_only(members: int, rate: float, tokens: int) -> tuple[float, float, float, float]:
    """The same streams with no window (events go to a no-op), on the same Qt loop: CPU seconds per 1,000 chunks,
    and the longest stall while stage 1 streams (wall / busy) — the floor the window's own work adds to."""
    backend = StreamingBackend(rate, tokens, members)
    spec = RunSpec.create("q", [f"bench/m{i:02d}" for i in range(members)], "bench/m00")
    meter = StallMeter()
    meter.start()
    council = Council(backend)
    cpu0 = time.process_time()
    task = asyncio.ensure_future(council.run(spec, lambda ev, st: None))
    while council.state is None or not any(m.text for m in council.state.stage1):
        await asyncio.sleep(0.005)
    meter.open("stream")
    while not any(m.done for m in council.state.stage1):
        await asyncio.sleep(0.005)
    meter.close("stream")
    await task
    meter.timer.stop()
    return ((time.process_time() - cpu0) / backend.chunks * 1000, meter.worst.get("stream", 0.0),
            meter.worst_cpu.get("stream", 0.0), meter.p99("stream"))


def markdown_render_ms(tokens: int) -> tuple[float, float, int]:
    """One answer of ``tokens`` chunks made final in the answer pane: the whole render, its longest loop turn
    (the pane renders in turns of its own), and how many turns (median of 3 renders)."""
    from council_desktop.ui.markdown_pane import MarkdownPane

    text = "".join(markdown_answer(tokens))
    pane = MarkdownPane("bench")
    pane.resize(900, 700)
    pane.show()
    totals, longest, turns = [], [], []
    for _ in range(3):
        pane.set_plain("")
        pane.set_final_markdown(text)
        steps = []
        while pane._dirty:  # one slice per loop turn, as the pane's own timer makes them
            t = time.perf_counter()
            pane._render_slice()
            steps.append((time.perf_counter() - t) * 1000)
        totals.append(sum(steps))
        longest.append(max(steps))
        turns.append(len(steps))
    pane.close()
    return statistics.median(totals), statistics.median(longest), max(turns)


async def with_window(members: int, rate: float, tokens: int) -> dict[str, float]:
    from council_desktop.storage.keystore import KeyStore
    from council_desktop.storage.paths import app_paths
    from council_desktop.storage.settings import Settings, SettingsStore
    from council_desktop.ui.main_window import MainWindow
    from council_desktop.ui.results_view import FINAL_TAB
    from council_desktop.ui.runner import CouncilRunner

    names = [f"bench/model-{i:02d}" for i in range(members)]
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    store.save(Settings(members=tuple(names), chairman=names[0]))
    backend = StreamingBackend(rate, tokens, members)
    runner = CouncilRunner(lambda: Council(backend))
    win = MainWindow(runner, settings_store=store, key_store=KeyStore(env={"OPENROUTER_API_KEY": "sk-bench"}),
                     paths=paths, check_key_on_show=False)
    win.resize(1400, 900)
    win.show()
    from council_desktop.app import settle_startup_objects, warm_up

    settle_startup_objects()  # as the app does once its window is shown
    warm_up(win)
    emissions = 0
    clicked: list[bool] = []
    meter = StallMeter()
    switch_timer = QTimer()
    switch_timer.setSingleShot(True)
    switch_timer.timeout.connect(lambda: meter.close("switch"))

    def on_state(state, changes) -> None:
        nonlocal emissions
        emissions += 1
        if changes.stages and not changes.everything:  # a stage started or ended: watch the next 400 ms
            meter.open("switch")
            switch_timer.start(400)
        if state.stage == 3 and win.results.currentIndex() != FINAL_TAB and not clicked:
            clicked.append(True)  # the user goes to watch the chairman write: a click, an event of its own
            QTimer.singleShot(0, lambda: win.results.setCurrentIndex(FINAL_TAB))

    def on_stage_answered(_stage: int) -> None:  # the switch starts with the stage's last answer: the engine's own
        meter.open("switch")                     # work to end the stage and start the next is part of it
        switch_timer.start(400)

    backend.on_stage_answered = on_stage_answered
    runner.state_changed.connect(on_state)
    meter.start()
    await asyncio.sleep(0.3)  # let the window settle
    rss0 = peak_rss_mb()
    win.prompt.set_text("Benchmark question")
    meter.open("run")
    cpu_run0 = time.process_time()
    win.run_council()

    def stage1() -> tuple:
        return runner.state.stage1 if runner.state is not None else ()

    # the streaming phase of stage 1: from the first text to the first member's completion
    while not any(m.text for m in stage1()):
        await asyncio.sleep(0.005)
    meter.open("stream")
    cpu0, t0, em0, chunks0 = time.process_time(), time.perf_counter(), emissions, sum(
        m.token_count for m in stage1())
    while not any(m.done for m in stage1()):
        await asyncio.sleep(0.005)
    meter.close("stream")
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - t0
    streamed = sum(m.token_count for m in stage1()) - chunks0
    ems = emissions - em0
    pane = win.results.answers.pane(names[0])
    shown = len(pane.text)
    while runner.is_running:
        await asyncio.sleep(0.01)
    meter.close("run")
    cpu_run = time.process_time() - cpu_run0
    state = runner.state
    assert state is not None and state.status == "complete", state and state.error
    while switch_timer.isActive():  # the run's last stage switch is measured to its end, apart from what follows
        await asyncio.sleep(0.05)
    win.results.setCurrentIndex(1)  # the user opens the answers again (its tab paints)...
    await asyncio.sleep(0.3)
    meter.open("render")  # ...then picks another member (a second click): its Markdown renders now
    win.results.answers.show_key(names[5])
    await asyncio.sleep(0.3)
    meter.close("render")
    await asyncio.sleep(0.5)
    meter.close("switch")
    rss1 = peak_rss_mb()
    win.close()
    meter.timer.stop()
    return {"stall_stream_ms": meter.worst.get("stream", 0.0), "busy_stream_ms": meter.worst_cpu.get("stream", 0.0),
            "p99_stream_ms": meter.p99("stream"), "p99_switch_ms": meter.p99("switch"),
            "stall_switch_ms": meter.worst.get("switch", 0.0), "busy_switch_ms": meter.worst_cpu.get("switch", 0.0),
            "stall_run_ms": meter.worst.get("run", 0.0), "busy_run_ms": meter.worst_cpu.get("run", 0.0),
            "stall_render_ms": meter.worst.get("render", 0.0), "busy_render_ms": meter.worst_cpu.get("render", 0.0),
            "cpu_per_1000": cpu / max(1, streamed) * 1000, "cpu_per_1000_run": cpu_run / backend.chunks * 1000,
            "emissions_per_s": ems / wall, "chunks": backend.chunks, "streamed": streamed, "stream_s": wall,
            "wall_s": (state.wall_ms or 0) / 1000, "rss_peak_mb": rss1, "rss_added_mb": rss1 - rss0,
            "shown_chars": shown}


# -- the chairman's first token, socket to screen ----------------------------------------------------------------
class TimedStream(httpx.AsyncByteStream):
    """Wraps a response body; notes when the first chunk carrying answer text was read from the socket."""

    def __init__(self, inner: httpx.AsyncByteStream, on_first) -> None:
        self.inner, self.on_first, self.seen = inner, on_first, False

    async def __aiter__(self):
        async for chunk in self.inner:
            if not self.seen and b'"content": "' in chunk and b'"content": ""' not in chunk:
                self.seen = True
                self.on_first(time.perf_counter())
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


class TimingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.chairman_first: list[float] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        resp = await self.inner.handle_async_request(request)
        if b"You are the Chairman" in request.content:
            resp.stream = TimedStream(resp.stream, self.chairman_first.append)  # type: ignore[arg-type]
        return resp

    async def aclose(self) -> None:
        await self.inner.aclose()


class PaintWatch(QObject):
    """Notes the first paint of a widget after ``arm()``."""

    def __init__(self) -> None:
        super().__init__()
        self.armed_at: float | None = None
        self.painted: float | None = None

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint and self.armed_at is not None and self.painted is None:
            self.painted = time.perf_counter()
        return False


def start_fake_server(tokens: int, delay: float) -> tuple[subprocess.Popen[str], str]:
    """The fake OpenRouter in its own process (its threads do not share our GIL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = ("import time\nfrom council_desktop.devserver import FakeOpenRouter, ServerOptions\n"
            f"srv = FakeOpenRouter(ServerOptions(tokens={tokens}, delay={delay}), port={port}).start()\n"
            "print(srv.base_url, flush=True)\nwhile True: time.sleep(3600)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=str(Path(__file__).resolve().parents[1]))
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


async def chairman_latency(runs: int) -> list[tuple[float, float]]:
    """(socket → pane text, socket → next paint) in ms, per run."""
    from council_desktop.app import build_app
    from council_desktop.storage.keystore import KeyStore
    from council_desktop.storage.paths import app_paths
    from council_desktop.storage.settings import Settings, SettingsStore
    from council_desktop.ui.member_pane import visible_text_view
    from council_desktop.ui.results_view import FINAL_TAB

    proc, base_url = start_fake_server(tokens=30, delay=0.02)
    out: list[tuple[float, float]] = []
    try:
        paths = app_paths().ensure()
        members = ("test/alpha", "test/beta", "test/gamma")
        SettingsStore(paths.settings_file).save(Settings(members=members, chairman="test/chair", base_url=base_url))
        transport = TimingTransport()
        async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(30.0, read=None)) as http:
            parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": "sk-or-v1-bench"}),
                              env={"OPENROUTER_BASE_URL": base_url}, check_key_on_show=False, with_history=False)
            win = parts.window
            win.resize(1400, 900)
            win.show()
            await asyncio.sleep(0.3)
            final = win.results.final
            watch = PaintWatch()
            changed: list[float] = []

            def on_text_changed() -> None:
                state = parts.runner.state
                chair = state.find(3, state.chairman) if state is not None else None
                if not changed and chair is not None and chair.text and final.member.pane.text.startswith("the "):
                    changed.append(time.perf_counter())
                    watch.armed_at = changed[0]

            hooked: set[int] = set()
            for i in range(runs):
                transport.chairman_first.clear()
                changed.clear()
                watch.armed_at = watch.painted = None
                win.prompt.set_text(f"Latency run {i}")
                assert win.run_council()
                win.results.setCurrentIndex(FINAL_TAB)  # the user waits on the final answer
                while not changed and parts.runner.is_running:
                    view = visible_text_view(final.member.pane)
                    if id(view) not in hooked:  # the view the pane shows (its live view may differ)
                        hooked.add(id(view))
                        view.textChanged.connect(on_text_changed)
                        view.viewport().installEventFilter(watch)
                    await asyncio.sleep(0.002)
                while watch.painted is None and parts.runner.is_running:
                    await asyncio.sleep(0.002)
                while parts.runner.is_running:
                    await asyncio.sleep(0.01)
                if transport.chairman_first and changed and watch.painted:
                    sock = transport.chairman_first[0]
                    out.append(((changed[0] - sock) * 1000, (watch.painted - sock) * 1000))
            win.close()
            await parts.aclose()
    finally:
        proc.terminate()
        proc.wait(5)
    return out


async def main(args: argparse.Namespace) -> None:
    res = await with_window(args.members, args.rate, args.tokens)
    latency = await chairman_latency(args.latency_runs)
    base, floor, floor_busy, floor_p99 = await engine_only(args.members, args.rate, args.tokens)
    render, render_turn, render_turns = markdown_render_ms(args.tokens)
    print(f"window benchmark: {args.members} members x {args.rate:.0f} chunks/s, Markdown answers of {args.tokens:,} "
          f"tokens ({res['chunks']:,} chunks in the run, {res['wall_s']:.1f} s wall), platform "
          f"{QApplication.platformName()}")
    print("  longest event-loop stall (wall clock / main thread busy; 99th percentile of busy; target < 16 ms):")
    print(f"    while stage 1 streams ({res['stream_s']:.1f} s)        : {res['stall_stream_ms']:6.1f} ms / "
          f"{res['busy_stream_ms']:5.1f} ms; p99 {res['p99_stream_ms']:4.1f} ms")
    print(f"    at the stage switches                  : {res['stall_switch_ms']:6.1f} ms / "
          f"{res['busy_switch_ms']:5.1f} ms; p99 {res['p99_switch_ms']:4.1f} ms")
    print(f"    over the whole run                     : {res['stall_run_ms']:6.1f} ms / {res['busy_run_ms']:5.1f} ms")
    print(f"    opening another answer after the run   : {res['stall_render_ms']:6.1f} ms / "
          f"{res['busy_render_ms']:5.1f} ms")
    print(f"    the engine alone, no window (floor)    : {floor:6.1f} ms / {floor_busy:5.1f} ms; p99 {floor_p99:4.1f} ms"
          "  (stage 1 streaming)")
    print(f"  the answer pane's Markdown render of one {args.tokens:,}-token answer: {render:.1f} ms in "
          f"{render_turns} loop turns, the longest {render_turn:.1f} ms (the stage-switch and open-an-answer stalls "
          "are mostly this)")
    print(f"  CPU per 1,000 chunks while streaming     : {res['cpu_per_1000']:6.3f} s  ({res['streamed']:,.0f} chunks)")
    print(f"  CPU per 1,000 chunks, whole run          : {res['cpu_per_1000_run']:6.3f} s")
    print(f"  CPU per 1,000 chunks, whole run, engine alone: {base:6.3f} s")
    print(f"  window updates: {res['emissions_per_s']:.1f} coalesced state changes/s while streaming")
    print(f"  peak memory: {res['rss_peak_mb']:.0f} MB resident (the run added {res['rss_added_mb']:.0f} MB)")
    if latency:
        text = [t for t, _p in latency]
        paint = [p for _t, p in latency]
        print(f"  chairman's first token, socket to screen (target < 50 ms), {len(latency)} runs over HTTP:")
        print(f"    to the pane's text : median {statistics.median(text):5.1f} ms, worst {max(text):5.1f} ms")
        print(f"    to its next paint  : median {statistics.median(paint):5.1f} ms, worst {max(paint):5.1f} ms")
    else:
        print("  chairman's first token: not measured (no run reached the chairman)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--members", type=int, default=16)
    ap.add_argument("--rate", type=float, default=300.0, help="chunks per second per member")
    ap.add_argument("--tokens", type=int, default=2000, help="chunks per answer (about one token each)")
    ap.add_argument("--latency-runs", type=int, default=5, help="councils over HTTP for the first-token latency")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="council-bench-") as home:
        os.environ["COUNCIL_DESKTOP_HOME"] = home
        from council_desktop.ui import qloop

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        qloop.run(main(a), app)  # type: ignore[arg-type]
