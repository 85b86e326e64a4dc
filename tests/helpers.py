"""Shared test helpers: scripted SSE bodies and awaitable waits (never block in async tests)."""

from __future__ import annotations

import asyncio
import json

import httpx


def sse_event(obj) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


def content_chunk(text: str, *, finish_reason=None, gen_id="gen-test") -> bytes:
    return sse_event({"id": gen_id, "object": "chat.completion.chunk",
                      "choices": [{"index": 0, "delta": {"role": "assistant", "content": text},
                                   "finish_reason": finish_reason}]})


def usage_chunk(completion_tokens: int, cost: float | None = 0.0001, gen_id="gen-test") -> bytes:
    usage = {"prompt_tokens": 10, "completion_tokens": completion_tokens,
             "total_tokens": 10 + completion_tokens}
    if cost is not None:
        usage["cost"] = cost
    return sse_event({"id": gen_id, "object": "chat.completion.chunk",
                      "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "stop"}],
                      "usage": usage})


def sse_body(tokens, *, usage: bool = True, done: bool = True, finish: bool = True) -> list[bytes]:
    parts = [b": OPENROUTER PROCESSING\n\n"]
    parts += [content_chunk(t) for t in tokens]
    if finish:
        parts.append(content_chunk("", finish_reason="stop"))
    if usage:
        parts.append(usage_chunk(len(tokens)))
    if done:
        parts.append(b"data: [DONE]\n\n")
    return parts


def sse_response(tokens, delay=0.0, before_chunk=None, **kw) -> httpx.Response:
    """An httpx.Response whose SSE body is produced chunk by chunk (for respx side effects)."""
    parts = sse_body(tokens, **kw)

    async def gen():
        for i, part in enumerate(parts):
            if delay:
                await asyncio.sleep(delay)
            if before_chunk:
                before_chunk(i)
            yield part

    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=gen())


async def until(pred, timeout=5.0, step=0.01):
    async with asyncio.timeout(timeout):
        while not pred():
            await asyncio.sleep(step)


async def wait_signal(signal, timeout=5.0):
    """Awaitable replacement for qtbot.waitSignal (which deadlocks inside async tests)."""
    fut = asyncio.get_running_loop().create_future()

    def on_emit(*args):
        if not fut.done():
            fut.set_result(args)

    signal.connect(on_emit)
    try:
        return await asyncio.wait_for(fut, timeout)
    finally:
        signal.disconnect(on_emit)


# --- scripted streams for the provider tests ------------------------------------------------------------------


def reasoning_chunk(text: str, *, details: bool = False, gen_id="gen-test") -> bytes:
    delta = ({"reasoning_details": [{"type": "reasoning.text", "text": text}]} if details
             else {"reasoning": text})
    return sse_event({"id": gen_id, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})


def error_chunk(code, message: str, *, gen_id="gen-test", **metadata) -> bytes:
    """A mid-stream error event (top-level ``error`` and ``finish_reason: "error"``)."""
    error: dict = {"code": code, "message": message}
    if metadata:
        error["metadata"] = metadata
    return sse_event({"id": gen_id, "object": "chat.completion.chunk", "error": error,
                      "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}]})


class StreamProbe:
    """Watches a scripted body: how many parts went out, whether it started and was closed."""

    def __init__(self) -> None:
        self.started = False
        self.closed = False
        self.sent = 0


def scripted_response(parts, *, status=200, headers=None, probe: StreamProbe | None = None,
                      content_type="text/event-stream") -> httpx.Response:
    """A chunk-by-chunk body. Each part: bytes (sent), a number (sleep that long), an exception (raised)."""
    probe = probe or StreamProbe()

    async def gen():
        probe.started = True
        try:
            for part in parts:
                if isinstance(part, int | float):
                    await asyncio.sleep(part)
                elif isinstance(part, BaseException):
                    raise part
                else:
                    probe.sent += 1
                    yield part
        finally:
            probe.closed = True

    return httpx.Response(status, headers={"content-type": content_type, **(headers or {})}, content=gen())


def json_response(status: int, obj, headers=None) -> httpx.Response:
    return httpx.Response(status, json=obj, headers=headers)


def replace_member(state, stage: int, index: int, **changes):
    """A copy of ``state`` with one member (by stage and position) changed — states are immutable."""
    import dataclasses

    s = state.stage_state(stage)
    members = list(s.members)
    members[index] = dataclasses.replace(members[index], **changes)
    stages = list(state.stages)
    stages[stage - 1] = dataclasses.replace(s, members=tuple(members))
    return dataclasses.replace(state, stages=tuple(stages))


def replace_stage(state, stage: int, **changes):
    """A copy of ``state`` with one stage changed (``members`` as a sequence, ``status``, ``notice``…)."""
    import dataclasses

    if "members" in changes:
        changes["members"] = tuple(changes["members"])
    stages = list(state.stages)
    stages[stage - 1] = dataclasses.replace(state.stage_state(stage), **changes)
    return dataclasses.replace(state, stages=tuple(stages))
