"""Engine benchmarks: orchestration overhead and event throughput. Prints numbers; asserts nothing.

1. Overhead: a fake provider with known latencies; the council's wall time minus the critical path (the sum over
   stages of the slowest member's latency), per stage. Target: under 20 ms per stage.
2. Throughput: 16 members streaming 300 chunks/s each: the process CPU per 1,000 chunks under that paced load, and
   the engine's own CPU per 1,000 chunks (the same per-chunk path driven in a burst, the feeding loop subtracted).
3. The same load through the real provider path (httpx with an in-process MockTransport, the SSE parser, the
   registry): CPU per 1,000 chunks for everything in the process, the fake server's generators included.

    python benchmarks/bench_engine.py [--members 16] [--rate 300] [--seconds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from council_desktop.council.events import Event
from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.provider import ChatCompletion, ChatRequest, ChatUpdate


def stage_of(req: ChatRequest) -> int:
    c = req.messages[-1]["content"]
    return 3 if "You are the Chairman" in c else 2 if "FINAL RANKING" in c else 1


class LatencyBackend:
    """Each (stage, model) takes a known latency, streaming ``chunks`` deltas spread over it."""

    def __init__(self, latency: dict[str, float], chunks: int = 20) -> None:
        self.latency = latency
        self.chunks = chunks

    async def chat(self, request: ChatRequest, on_update) -> ChatCompletion:
        total = self.latency[request.model] * (0.5 if stage_of(request) == 2 else 1.0)
        loop = asyncio.get_running_loop()
        start = loop.time()
        on_update(ChatUpdate("sent"))
        text = "FINAL RANKING:\n1. Response A\n2. Response B" if stage_of(request) == 2 else "answer " * 50
        cut = [len(text) * i // self.chunks for i in range(self.chunks + 1)]
        for i in range(self.chunks):
            # sleep until this chunk's due time, so per-chunk work does not stretch the latency
            await asyncio.sleep(max(0.0, start + total * (i + 1) / self.chunks - loop.time()))
            on_update(ChatUpdate("token", token_count=i + 1, text=text[cut[i]:cut[i + 1]]))
        return ChatCompletion(text=text, token_count=self.chunks, exact_tokens=True, cost=0.0)


async def overhead(runs: int) -> None:
    members = ["m/a", "m/b", "m/c", "m/d"]
    latency = {"m/a": 0.05, "m/b": 0.10, "m/c": 0.15, "m/d": 0.20, "m/chair": 0.10}
    critical = {1: max(latency[m] for m in members), 2: max(latency[m] for m in members) * 0.5, 3: latency["m/chair"]}
    per_stage: dict[int, list[float]] = {1: [], 2: [], 3: []}
    walls = []
    for i in range(runs):
        marks: dict[str, float] = {}

        def emit(ev: Event, state: object, marks: dict[str, float] = marks) -> None:
            if ev.type == "stage_start":
                marks[f"s{ev.stage}"] = time.perf_counter()
            elif ev.type == "stage_complete":
                marks[f"e{ev.stage}"] = time.perf_counter()

        council = Council(LatencyBackend(latency), rng=random.Random(i))
        t0 = time.perf_counter()
        await council.run(RunSpec.create("q", members, "m/chair"), emit)
        walls.append(time.perf_counter() - t0)
        for s in (1, 2, 3):
            per_stage[s].append((marks[f"e{s}"] - marks[f"s{s}"] - critical[s]) * 1000)
    crit_total = sum(critical.values()) * 1000
    print(f"overhead: {runs} runs, 4 members, critical path {crit_total:.0f} ms")
    for s in (1, 2, 3):
        v = per_stage[s]
        print(f"  stage {s}: overhead median {statistics.median(v):.2f} ms, max {max(v):.2f} ms")
    wall_over = [(w * 1000 - crit_total) for w in walls]
    print(f"  whole run: wall - critical path median {statistics.median(wall_over):.2f} ms "
          f"({statistics.median(wall_over) / 3:.2f} ms per stage), max {max(wall_over):.2f} ms")


async def stream(members: int, rate: float, seconds: float, on_update_factory) -> int:
    chunks = int(rate * seconds)

    async def one(i: int) -> None:
        cb = on_update_factory(i)
        loop = asyncio.get_running_loop()
        start = loop.time()
        for k in range(chunks):
            await asyncio.sleep(max(0.0, start + (k + 1) / rate - loop.time()))
            cb(ChatUpdate("token", token_count=k + 1, text="tok "))

    await asyncio.gather(*(one(i) for i in range(members)))
    return members * chunks


class RateBackend:
    def __init__(self, rate: float, seconds: float) -> None:
        self.rate, self.seconds = rate, seconds

    async def chat(self, request: ChatRequest, on_update) -> ChatCompletion:
        if stage_of(request) != 1:
            return ChatCompletion(text="FINAL RANKING:\n1. Response A", token_count=1)
        await stream(1, self.rate, self.seconds, lambda i: on_update)
        return ChatCompletion(text="tok " * int(self.rate * self.seconds), token_count=int(self.rate * self.seconds))


class BurstBackend:
    """Stage 1 delivers ``n`` chunks back to back (no sleeping): the cost measured is the engine's alone."""

    def __init__(self, n: int) -> None:
        self.n = n

    async def chat(self, request: ChatRequest, on_update) -> ChatCompletion:
        if stage_of(request) != 1:
            return ChatCompletion(text="FINAL RANKING:\n1. Response A", token_count=1)
        for k in range(self.n):
            on_update(ChatUpdate("token", token_count=k + 1, text="tok "))
        return ChatCompletion(text="tok " * self.n, token_count=self.n)


async def throughput(members: int, rate: float, seconds: float) -> None:
    latest: dict[str, int] = {}

    def emit(ev: Event, state: object) -> None:  # keeps the latest count, as the window's runner does
        if ev.type == "model_progress":
            latest[ev.model] = ev.token_count

    names = [f"m/{i:02d}" for i in range(members)]
    # 1. The load as specified: 16 members x 300 chunks/s, paced by the loop; whole-process CPU.
    c1, t1 = time.process_time(), time.perf_counter()
    await Council(RateBackend(rate, seconds)).run(RunSpec.create("q", names, names[0]), emit)
    cpu, wall = time.process_time() - c1, time.perf_counter() - t1
    n = members * int(rate * seconds)
    print(f"throughput: {members} members x {rate:.0f} chunks/s x {seconds:.0f} s = {n} chunks in stage 1, "
          f"wall {wall:.2f} s")
    print(f"  process CPU per 1,000 chunks (engine + paced fake streams + loop): {cpu / n * 1e6:.2f} ms")
    # 2. The engine alone: the same per-chunk path (ChatUpdate -> ModelProgress -> listener) without pacing,
    #    minus the same loop feeding a no-op callback.
    burst = 20_000
    c0 = time.process_time()
    for _ in range(members):
        for k in range(burst):
            (lambda u: None)(ChatUpdate("token", token_count=k + 1, text="tok "))
    base = time.process_time() - c0
    c2 = time.process_time()
    await Council(BurstBackend(burst)).run(RunSpec.create("q", names, names[0]), emit)
    engine = time.process_time() - c2 - base
    print(f"  engine CPU per 1,000 chunks (burst of {members * burst:,}, feeding loop subtracted): "
          f"{engine / (members * burst) * 1e6:.2f} ms")


async def through_provider(members: int, rate: float, seconds: float) -> None:
    """The same load through the real provider path: httpx (in-process MockTransport), SSE parsing, registry."""
    import httpx

    from council_desktop.provider_setup import build_registry
    from council_desktop.storage.keystore import KeyStore
    from council_desktop.storage.settings import Settings

    chunks = int(rate * seconds)

    def chunk(text: str, finish: str | None = None) -> bytes:
        obj = {"id": "gen-b", "object": "chat.completion.chunk",
               "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}]}
        return b"data: " + json.dumps(obj).encode() + b"\n\n"

    async def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        stage2 = "FINAL RANKING" in body["messages"][-1]["content"]
        n = 1 if stage2 or "You are the Chairman" in body["messages"][-1]["content"] else chunks

        async def gen():
            loop = asyncio.get_running_loop()
            start = loop.time()
            yield b": OPENROUTER PROCESSING\n\n"
            for k in range(n):
                await asyncio.sleep(max(0.0, start + (k + 1) / rate - loop.time()))
                yield chunk("FINAL RANKING:\n1. Response A" if stage2 else "tok ")
            yield chunk("", "stop") + b"data: [DONE]\n\n"

        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=gen())

    names = [f"m/{i:02d}" for i in range(members)]
    latest: dict[str, int] = {}

    def emit(ev: Event, state: object) -> None:
        if ev.type == "model_progress":
            latest[ev.model] = ev.token_count

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        registry = build_registry(http, Settings(), KeyStore(env={"OPENROUTER_API_KEY": "sk-bench"}),
                                    base_url="https://bench.invalid/api/v1")
        c0 = time.process_time()
        t0 = time.perf_counter()
        await Council(registry).run(RunSpec.create("q", names, names[0]), emit)
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    n = members * chunks
    print(f"through the provider (httpx MockTransport + SSE parser + council): {n} chunks, wall {wall:.2f} s")
    print(f"  CPU per 1,000 chunks, whole path incl. the in-process fake server: {cpu / n * 1000 * 1000:.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--members", type=int, default=16)
    ap.add_argument("--rate", type=float, default=300)
    ap.add_argument("--seconds", type=float, default=3)
    a = ap.parse_args()
    asyncio.run(overhead(a.runs))
    asyncio.run(throughput(a.members, a.rate, a.seconds))
    asyncio.run(through_provider(a.members, a.rate, a.seconds))


if __name__ == "__main__":
    main()
