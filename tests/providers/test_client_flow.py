"""OpenAICompatClient: deadlines, the concurrency queue, cancellation."""

import asyncio
import time

import httpx
import pytest

from council_desktop.council.provider import ProviderError
from council_desktop.providers.openai_compat import OpenAICompatClient
from tests.helpers import StreamProbe, content_chunk, json_response, scripted_response, sse_response, until
from tests.providers.support import BASE, CHAT_URL, KEY, Updates, request

KEEPALIVE = b": OPENROUTER PROCESSING\n\n"


async def test_first_token_timeout_despite_keepalives(respx_mock, make_client, updates, sleep):
    probe = StreamProbe()
    parts = [KEEPALIVE, 0.05] * 100  # five seconds of keep-alive comments, never a token
    route = respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts, probe=probe))
    started = time.monotonic()

    with pytest.raises(ProviderError) as info:
        await make_client().chat(request(first_token_timeout=0.2, total_timeout=10), updates)

    assert time.monotonic() - started < 1.5
    assert info.value.kind == "timeout"
    assert info.value.message == "No first token from openai/gpt-4o at OpenRouter within 0.2 s."
    assert probe.sent >= 2  # the comments did arrive, and did not reset the deadline
    assert probe.closed
    assert route.call_count == 1 and sleep.waits == []  # a timeout is not retried


async def test_first_token_timeout_while_waiting_for_headers(respx_mock, make_client, updates):
    async def slow(request):
        await asyncio.sleep(5)
        return sse_response(["late"])

    respx_mock.post(CHAT_URL).mock(side_effect=slow)
    with pytest.raises(ProviderError) as info:
        await make_client().chat(request(first_token_timeout=0.2), updates)
    assert info.value.kind == "timeout"


async def test_total_timeout(respx_mock, make_client, updates):
    parts = [content_chunk("t"), 0.05] * 100
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts))
    started = time.monotonic()

    with pytest.raises(ProviderError) as info:
        await make_client().chat(request(first_token_timeout=0.2, total_timeout=0.4), updates)

    assert time.monotonic() - started < 1.5
    assert info.value.kind == "timeout"
    assert info.value.message == "The answer from openai/gpt-4o at OpenRouter did not finish within 0.4 s."
    assert len(updates.of("token")) >= 4  # tokens kept coming: the first-token deadline was lifted


async def test_queue_keeps_one_in_flight_and_does_not_eat_the_first_token_deadline(respx_mock, make_client):
    in_flight = 0
    peak = 0

    def respond(req):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)

        async def body():
            nonlocal in_flight
            finished = False
            try:
                yield KEEPALIVE
                await asyncio.sleep(0.02)
                for part in (content_chunk("a"), content_chunk("b", finish_reason="stop")):
                    yield part
                    await asyncio.sleep(0.1)  # each request holds the slot ~0.2 s
                # The client stops reading at [DONE] (respx finalizes an unfinished body only at GC), so the
                # request counts as over once [DONE] is on its way.
                finished = True
                in_flight -= 1
                yield b"data: [DONE]\n\n"
            finally:
                if not finished:
                    in_flight -= 1

        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    respx_mock.post(CHAT_URL).mock(side_effect=respond)
    client = make_client(max_concurrent=1)
    logs = [Updates() for _ in range(3)]

    # The third waits ~0.4 s in the queue, longer than its first-token deadline; that must not count.
    results = await asyncio.gather(*(client.chat(request(first_token_timeout=0.25), log) for log in logs))

    assert [r.text for r in results] == ["ab"] * 3
    assert peak == 1
    assert logs[0].kinds()[0] == "sent"
    assert logs[1].kinds()[:2] == ["queued", "sent"]
    assert logs[2].kinds()[:3] == ["queued", "queued", "sent"]
    # Each queued request is told how many must finish before it starts, and told again as that drops.
    assert [u.ahead for u in logs[1].of("queued")] == [1]
    assert [u.ahead for u in logs[2].of("queued")] == [2, 1]


async def test_unlimited_by_default(respx_mock, make_client):
    in_flight = 0
    peak = 0

    async def respond(req):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.05)
        in_flight -= 1
        return sse_response(["x"])

    respx_mock.post(CHAT_URL).mock(side_effect=respond)
    client = make_client()
    logs = [Updates() for _ in range(3)]
    await asyncio.gather(*(client.chat(request(), log) for log in logs))
    assert peak == 3
    assert all("queued" not in log.kinds() for log in logs)


async def test_cancel_mid_stream_closes_the_stream(respx_mock, make_client, updates, responses):
    probe = StreamProbe()
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response([content_chunk("Hi"), 30.0], probe=probe))
    task = asyncio.create_task(make_client().chat(request(), updates))
    await until(lambda: updates.of("token"), timeout=2)

    task.cancel()
    started = time.monotonic()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 1.0)

    assert time.monotonic() - started < 0.5
    assert probe.closed  # the body's finally ran
    assert responses[-1].is_closed


async def test_cancel_while_queued_frees_nothing_it_does_not_hold(respx_mock, make_client):
    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["ok"], delay=0.02))
    client = make_client(max_concurrent=1)
    first = asyncio.create_task(client.chat(request(), Updates()))
    waiting_log = Updates()
    waiting = asyncio.create_task(client.chat(request(), waiting_log))
    await until(lambda: waiting_log.kinds() == ["queued"], timeout=2)

    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert (await first).text == "ok"
    assert (await client.chat(request(), Updates())).text == "ok"  # the slot is free again


async def test_cancel_during_retry_wait(respx_mock, http):
    respx_mock.post(CHAT_URL).mock(return_value=json_response(503, {"error": {"code": 503, "message": "x"}}))
    client = OpenAICompatClient(http, name="OpenRouter", base_url=BASE, api_key=lambda: KEY)  # real sleep
    log = Updates()
    task = asyncio.create_task(client.chat(request(), log))
    await until(lambda: log.of("retrying"), timeout=2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 1.0)


async def test_a_waiter_that_leaves_the_queue_moves_the_ones_behind_it_up(respx_mock, make_client):
    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["ok"], delay=0.05))
    client = make_client(max_concurrent=1)
    first = asyncio.create_task(client.chat(request(), Updates()))
    await asyncio.sleep(0)
    second_log, third_log = Updates(), Updates()
    second = asyncio.create_task(client.chat(request(), second_log))
    third = asyncio.create_task(client.chat(request(), third_log))
    await until(lambda: third_log.of("queued"), timeout=2)
    assert [u.ahead for u in second_log.of("queued")] == [1]
    assert [u.ahead for u in third_log.of("queued")] == [2]

    second.cancel()
    with pytest.raises(asyncio.CancelledError):
        await second
    assert [u.ahead for u in third_log.of("queued")] == [2, 1]
    assert (await first).text == "ok" and (await third).text == "ok"
    assert third_log.kinds()[:3] == ["queued", "queued", "sent"]
