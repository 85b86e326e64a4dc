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
