"""A hostile or broken server against OpenAICompatClient: the key never leaks, nothing crashes, memory is bounded,
and what cannot succeed is not retried."""

from __future__ import annotations

import gzip
import json
import logging
import math
import time
import tracemalloc
import urllib.parse
import zlib

import httpx
import pytest

from council_desktop.council.provider import ProviderError
from council_desktop.devserver import gzip_bomb as devserver_gzip_bomb
from council_desktop.providers.sse import SSEParser
from tests.helpers import content_chunk, json_response, scripted_response, sse_event
from tests.providers.support import CHAT_URL, KEY, request

MODEL = "openai/gpt-4o"
DONE = b"data: [DONE]\n\n"


async def failure(make_client, updates, **req) -> ProviderError:
    with pytest.raises(ProviderError) as info:
        await make_client().chat(request(MODEL, **req), updates)
    return info.value


def leaks(text: str) -> bool:
    """Whether ``text`` shows the key, or any 12 characters of it past the public ``sk-or-v1-`` prefix."""
    secret = KEY[len("sk-or-v1-"):]
    return KEY in text or any(secret[i:i + 12] in text for i in range(len(secret) - 11))


bomb = devserver_gzip_bomb


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return bomb(256)


def chunks_of(data: bytes, size: int = 64 * 1024) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)]


# --- the key ------------------------------------------------------------------------------------------------------

ECHOES = {
    # The key at the very place where the 300-character cut falls: today's main printed its first half.
    "json-cut": lambda: (400, {"error": {"message": "x" * 262 + f" key {KEY} was rejected", "code": 400}}, "json"),
    "json-raw": lambda: (401, {"error": {"message": "bad key", "code": 401, "metadata": {"raw": f"got {KEY}"}}},
                         "json"),
    "json-provider": lambda: (502, {"error": {"message": "e", "metadata": {"provider_name": KEY}}}, "json"),
    "json-unicode-escaped": lambda: (401, '{"error": {"message": "key \\u0073' + KEY[1:] + '", "code": 401}}',
                                     "text/plain"),
    "percent-encoded": lambda: (403, "denied " + urllib.parse.quote("Bearer " + KEY), "text/plain"),
    "html-title": lambda: (401, f"<html><title>Key {KEY}</title></html>", "text/html"),
    "plain": lambda: (500, f"Internal error for Authorization: Bearer {KEY}", "text/plain"),
    "cut-key": lambda: (401, {"error": {"message": f"key {KEY[:40]} unknown"}}, "json"),
    # 200 bodies that are not completions (quoted unredacted on today's main)
    "200-json": lambda: (200, {"echo": {"authorization": f"Bearer {KEY}"}}, "json"),
    "200-html": lambda: (200, f"<html><title>Portal {KEY}</title><body>{KEY}</body></html>", "text/html"),
    "200-text-json": lambda: (200, f'{{"headers": "{KEY}"}}', "application/json"),
}


@pytest.mark.parametrize("case", sorted(ECHOES))
async def test_a_server_echoing_the_key_never_gets_it_into_the_error_or_the_log(
        respx_mock, make_client, updates, caplog, case):
    caplog.set_level(logging.DEBUG)
    status, body, ctype = ECHOES[case]()
    if ctype == "json":
        response = json_response(status, body)
    else:
        response = httpx.Response(status, text=body, headers={"content-type": ctype})
    respx_mock.post(CHAT_URL).mock(return_value=response)

    err = await failure(make_client, updates)

    assert not leaks(err.message), err.message
    assert not leaks(caplog.text)
    assert not any(leaks(u.message or "") for u in updates)


async def test_key_echoed_in_a_mid_stream_error_and_a_malformed_chunk(respx_mock, make_client, updates):
    for body in ([content_chunk("Hi"), sse_event({"error": {"code": "server_error", "message": f"echo {KEY}"}})],
                 [content_chunk("Hi"), f"data: {{broken {KEY}\n\n".encode()],
                 [content_chunk("Hi"), f"data: {{broken {'y' * 60} {KEY}\n\n".encode()]):
        respx_mock.post(CHAT_URL).mock(return_value=scripted_response(body))
        err = await failure(make_client, updates)
        assert not leaks(err.message), err.message
        assert err.partial_text == "Hi"


async def test_key_streamed_back_as_the_answer_is_masked_in_every_delta(respx_mock, make_client, updates):
    """A server that has the key can write it into the answer, split anywhere; it is saved and exported."""
    answer = f"Your key is {KEY}, and again: {KEY[:30]}"
    parts = [answer[i:i + 7] for i in range(0, len(answer), 7)]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(
        [*(content_chunk(p) for p in parts), content_chunk("", finish_reason="stop"), DONE]))

    completion = await make_client().chat(request(MODEL), updates)

    assert not leaks(completion.text)
    assert completion.text.startswith("Your key is [redacted]")
    assert "".join(u.text for u in updates.of("token")) == completion.text


@pytest.mark.parametrize("bad", [KEY[:20] + "\n" + KEY[20:], KEY + "\r\nX-Evil: 1", KEY[:9] + "\x00" + KEY[9:],
                                 KEY[:9] + " " + KEY[9:], KEY + "é"])
async def test_a_key_that_cannot_be_a_key_is_refused_before_httpx_sees_it(respx_mock, make_client, updates, bad):
    route = respx_mock.post(CHAT_URL).mock(return_value=json_response(200, {}))

    with pytest.raises(ProviderError) as info:
        await make_client(api_key=lambda: bad).chat(request(MODEL), updates)

    assert not route.called
    err = info.value
    assert err.kind == "auth" and "cannot be sent" in err.message and "Nothing was sent to OpenRouter" in err.message
    assert not leaks(err.message) and "\n" not in err.message


async def test_a_redirect_is_not_followed_so_the_key_goes_nowhere_else(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(307, headers={"location": "https://evil.test/x"}))
    evil = respx_mock.post("https://evil.test/x").mock(return_value=json_response(200, {}))
    err = await failure(make_client, updates)
    assert not evil.called and err.status_code == 307


# --- hostile text -------------------------------------------------------------------------------------------------

async def test_lone_surrogates_in_a_stream_become_replacement_characters(respx_mock, make_client, updates):
    body = [b'data: {"choices": [{"delta": {"content": "a\\ud800b"}}]}\n\n',
            b'data: {"choices": [{"delta": {"reasoning": "\\udfff"}}], "id": "\\ud800"}\n\n',
            content_chunk("", finish_reason="stop", gen_id=None), DONE]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(body))

    completion = await make_client().chat(request(MODEL), updates)

    assert completion.text == "a\ufffdb" and completion.reasoning == "\ufffd"
    assert completion.generation_id == "\ufffd"
    json.dumps([completion.text, completion.reasoning, *(u.text for u in updates)],
               ensure_ascii=False).encode("utf-8")  # what --jsonl does: no UnicodeEncodeError


async def test_surrogates_and_escape_sequences_in_an_error_body(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(
        500, text='{"error": {"message": "boom \\ud800 \\u001b]0;pwned\\u0007 \\u001b[31mred"}}',
        headers={"content-type": "application/json"}))
    err = await failure(make_client, updates)
    err.message.encode("utf-8")
    assert "\x1b" not in err.message and "\x07" not in err.message and "boom \ufffd" in err.message


async def test_json_nested_too_deep_is_a_malformed_chunk_not_a_crash(respx_mock, make_client, updates):
    deep = b"data: " + b"[" * 100_000 + b"]" * 100_000 + b"\n\n"
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response([content_chunk("Hi"), deep]))
    err = await failure(make_client, updates)
    assert err.kind == "stream_broken" and err.partial_text == "Hi"


@pytest.mark.parametrize(("usage", "tokens", "exact", "cost"), [
    ({"completion_tokens": -5, "cost": -1.5}, 2, False, None),
    ({"completion_tokens": 3, "cost": float("nan")}, 3, True, None),
    ({"completion_tokens": 3, "cost": float("-inf")}, 3, True, None),
    ({"completion_tokens": 3, "cost": float("inf")}, 3, True, None),
    ({"completion_tokens": 10 ** 400, "cost": 10 ** 400}, 2, False, None),
    ({"completion_tokens": 2.5, "cost": "free"}, 2, False, None),
    ({"completion_tokens": 7, "cost": 0.25}, 7, True, 0.25),
])
async def test_numbers_from_the_wire_are_validated(respx_mock, make_client, updates, usage, tokens, exact, cost):
    usage_line = b"data: " + json.dumps({"choices": [], "usage": usage}).encode() + b"\n\n"  # NaN/Infinity literals
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(
        [content_chunk("a"), content_chunk("b"), content_chunk("", finish_reason="stop"), usage_line, DONE]))

    completion = await make_client().chat(request(MODEL), updates)

    assert (completion.token_count, completion.exact_tokens, completion.cost) == (tokens, exact, cost)
    stored = completion.extra.get("usage", {})
    assert all(math.isfinite(v) and v >= 0 for v in stored.values() if isinstance(v, int | float))
    json.dumps(completion.extra, allow_nan=False)  # what the history stores stays valid JSON


# --- memory caps --------------------------------------------------------------------------------------------------

async def test_a_gzip_bomb_error_body_is_read_only_a_little(respx_mock, make_client, updates, gzip_bomb):
    async def body():
        for part in chunks_of(gzip_bomb):
            yield part

    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: httpx.Response(
        500, content=body(), headers={"content-encoding": "gzip", "content-type": "text/plain"}))
    tracemalloc.start()
    try:
        err = await failure(make_client, updates)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.status_code == 500
    assert peak < 16 * 2**20, f"peak {peak / 2**20:.0f} MB"  # 256 MB when inflated


async def test_a_gzip_bomb_completion_fails_as_too_large(respx_mock, make_client, updates, gzip_bomb):
    async def body():
        for part in chunks_of(gzip_bomb):
            yield part

    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(
        200, content=body(), headers={"content-encoding": "gzip", "content-type": "application/json"}))
    tracemalloc.start()
    try:
        err = await failure(make_client, updates, max_body_bytes=4 * 2**20)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.kind == "too_large" and "4 MB" in err.message and "after decompression" in err.message
    assert peak < 16 * 2**20, f"peak {peak / 2**20:.0f} MB"
    assert len(respx_mock.calls) == 1  # never retried


async def test_a_deflate_stream_is_read(respx_mock, make_client, updates):
    raw = b"".join([content_chunk("Hel"), content_chunk("lo"), content_chunk("", finish_reason="stop"), DONE])
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):  # zlib-wrapped, and raw as some servers send it
        z = zlib.compressobj(6, zlib.DEFLATED, wbits)
        packed = z.compress(raw) + z.flush()
        respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(
            200, content=packed, headers={"content-encoding": "deflate", "content-type": "text/event-stream"}))
        assert (await make_client().chat(request(MODEL), updates)).text == "Hello"


async def test_the_bomb_is_a_valid_gzip_body():
    assert gzip.decompress(bomb(3)) == bytes(3 << 20)


async def test_gzip_stream_in_tiny_pieces(respx_mock, make_client, updates):
    raw = b"".join([content_chunk("Hel"), content_chunk("lo"), content_chunk("", finish_reason="stop"), DONE])
    packed = gzip.compress(raw)
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(
        [packed[i:i + 3] for i in range(0, len(packed), 3)], headers={"content-encoding": "gzip"}))
    assert (await make_client().chat(request(MODEL), updates)).text == "Hello"


async def test_an_encoding_we_do_not_read_is_said_plainly(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(
        200, content=b"\x1b\x00garbage", headers={"content-encoding": "br", "content-type": "text/event-stream"}))
    err = await failure(make_client, updates)
    assert "compressed as 'br'" in err.message
    assert respx_mock.calls.last.request.headers["accept-encoding"] == "gzip, deflate"


async def test_an_endless_fast_stream_stops_at_the_answer_cap_and_keeps_what_it_wrote(
        respx_mock, make_client, updates):
    sent = 0

    async def endless():
        nonlocal sent
        while True:
            sent += 1
            yield content_chunk("0123456789")

    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(
        200, content=endless(), headers={"content-type": "text/event-stream"}))

    err = await failure(make_client, updates, max_answer_chars=10_005)

    assert err.kind == "too_large" and "10,005 characters" in err.message and "kept" in err.message
    assert len(err.partial_text) == 10_005 and err.partial_text.startswith("0123456789")
    assert "".join(u.text for u in updates.of("token")) == err.partial_text
    assert sent < 1_100 and len(respx_mock.calls) == 1


@pytest.mark.parametrize("shape", ["one-endless-line", "endless-data-lines"])
async def test_an_event_that_never_ends_stops_at_the_body_cap(respx_mock, make_client, updates, shape):
    async def endless():
        yield content_chunk("Hi")
        yield b"data: "
        while True:
            yield (b"x" * 4096) if shape == "one-endless-line" else b"data: " + b"x" * 4090 + b"\n"

    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(
        200, content=endless(), headers={"content-type": "text/event-stream"}))

    err = await failure(make_client, updates, max_body_bytes=1 << 20)

    assert err.kind == "too_large" and "One event" in err.message and err.partial_text == "Hi"


# --- what cannot succeed is not retried ----------------------------------------------------------------------------

CONTEXT_MESSAGES = [
    "This model's maximum context length is 4096 tokens. However, you requested 5036 tokens (4036 in the messages, "
    "1000 in the completion). Please reduce the length of the messages or completion.",
    "Requested tokens (5036) exceed context window of 4096",
    "request (4476 tokens) exceeds the available context size (4096 tokens), try increasing it",
    "This endpoint's maximum context length is 8192 tokens. However, you requested about 9000 tokens",
    "prompt is too long: 210000 tokens > 200000 maximum",
]


@pytest.mark.parametrize("status", [400, 413, 500])
@pytest.mark.parametrize("message", CONTEXT_MESSAGES)
async def test_a_prompt_that_does_not_fit_is_final_at_once(respx_mock, make_client, updates, sleep, status,
                                                           message):
    respx_mock.post(CHAT_URL).mock(return_value=json_response(
        status, {"error": {"message": message, "type": "invalid_request_error", "code": None}}))
    err = await failure(make_client, updates)
    assert err.kind == "context_length" and f"({status})" in err.message
    assert "does not fit the context window of openai/gpt-4o" in err.message
    assert len(respx_mock.calls) == 1 and sleep.waits == []


@pytest.mark.parametrize(("error", "kind"), [
    ({"code": "context_length_exceeded", "message": "too long"}, "context_length"),
    ({"code": "server_error", "message": CONTEXT_MESSAGES[1]}, "context_length"),
    ({"code": 400, "message": "max_tokens must be at least 1"}, "bad_request"),
    ({"code": "invalid_request_error", "message": "bad"}, "bad_request"),
    ({"code": "model_not_found", "message": "nope"}, "not_found"),
])
async def test_mid_stream_errors_that_cannot_succeed_are_not_retried(respx_mock, make_client, updates, sleep,
                                                                    error, kind):
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response([sse_event({"error": error})]))
    err = await failure(make_client, updates)
    assert err.kind == kind and len(respx_mock.calls) == 1 and sleep.waits == []


@pytest.mark.parametrize(("status", "body", "kind"), [
    (400, {"error": {"message": "claude-sonnet-4-6 is not a valid model ID", "code": 400}}, "not_found"),
    (404, {"error": "model 'nope' not found"}, "not_found"),
    (400, {"error": {"message": "The model `gpt-9` does not exist", "type": "invalid_request_error"}}, "not_found"),
    (422, {"detail": "temperature: Input should be less than or equal to 2"}, "bad_request"),
    (400, {"error": {"message": "Unrecognized request argument supplied: foo"}}, "bad_request"),
])
async def test_unknown_models_and_bad_parameters_are_final(respx_mock, make_client, updates, sleep, status, body,
                                                           kind):
    respx_mock.post(CHAT_URL).mock(return_value=json_response(status, body))
    err = await failure(make_client, updates)
    assert err.kind == kind and len(respx_mock.calls) == 1 and sleep.waits == []


# --- the SSE parser is linear -------------------------------------------------------------------------------------

def test_a_16_mb_line_in_small_chunks_parses_in_linear_time():
    line = b'data: {"x": "' + b"y" * (16 * 2**20) + b'"}\n\n'
    parser = SSEParser()
    t0 = time.perf_counter()
    events = []
    for i in range(0, len(line), 16 * 1024):  # 1,024 chunks: a rescan per chunk would read 8 GB
        events += parser.feed_bytes(line[i:i + 16 * 1024])
    elapsed = time.perf_counter() - t0
    assert len(events) == 1 and len(events[0].data) == 16 * 2**20 + 9
    assert elapsed < 3.0, f"{elapsed:.1f} s"


async def test_text_held_back_by_the_key_scrubber_is_released_when_the_stream_breaks(respx_mock, make_client,
                                                                                     updates):
    # "s" could be the start of the key (sk-or-…): it is held until the next delta, which never comes.
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(
        [content_chunk("Yes"), content_chunk(" it is, sk"), httpx.ReadError("peer reset")]))
    err = await failure(make_client, updates)
    assert err.kind == "stream_broken" and err.partial_text == "Yes it is, sk"
    assert "".join(u.text for u in updates.of("token")) == err.partial_text


@pytest.mark.parametrize("page", ["<html><title>" * 80_000, "<" * 1_000_000, "\x1b[" * 500_000,
                                  "authorization: " * 70_000])
async def test_a_pathological_error_page_is_described_quickly(respx_mock, make_client, updates, page):
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(401, text=page, headers={"content-type": "text/html"}))
    t0 = time.perf_counter()
    err = await failure(make_client, updates)
    assert err.kind == "auth" and time.perf_counter() - t0 < 1.0


async def test_labels_from_the_wire_are_redacted_and_bounded(respx_mock, make_client, updates):
    chunk = {"id": "gen-" + "i" * 10_000, "provider": f"Echo {KEY}",
             "choices": [{"delta": {"content": "ok"}, "finish_reason": "stop", "native_finish_reason": KEY}]}
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response([sse_event(chunk), DONE]))
    completion = await make_client().chat(request(MODEL), updates)
    assert len(completion.generation_id) <= 200
    assert not leaks(json.dumps(completion.extra)) and completion.extra["upstream_provider"] == "Echo [redacted]"


async def test_a_corrupt_gzip_body_is_a_clear_failure(respx_mock, make_client, updates):
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    good = z.compress(content_chunk("Hi")) + z.flush(zlib.Z_SYNC_FLUSH)  # decodable up to here
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(
        [good, b"\xff" * 64], headers={"content-encoding": "gzip"}))
    err = await failure(make_client, updates)
    assert "could not be decoded" in err.message and err.partial_text == "Hi"


# --- the model list and probes of a local server (discovery) -----------------------------------------------------

LOCAL = "http://127.0.0.1:11434/v1"


async def test_a_model_list_that_is_a_gzip_bomb_fails_without_inflating(respx_mock, http, gzip_bomb):
    from council_desktop.providers import discovery

    async def body():
        for part in chunks_of(gzip_bomb):
            yield part

    respx_mock.get(f"{LOCAL}/models").mock(side_effect=lambda req: httpx.Response(
        200, content=body(), headers={"content-encoding": "gzip", "content-type": "application/json"}))
    tracemalloc.start()
    try:
        with pytest.raises(ProviderError) as info:
            await discovery.list_models(http, LOCAL, provider="local")
        report = await discovery.check_connection(http, LOCAL, provider="local")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.kind == "too_large" and not report.ok
    assert peak < 40 * 2**20, f"peak {peak / 2**20:.0f} MB"  # the list's own limit is 32 MB; 256 MB inflated


async def test_discovery_refuses_an_unusable_key_and_never_sends_it(respx_mock, http):
    from council_desktop.providers import discovery

    route = respx_mock.get(f"{LOCAL}/models").mock(return_value=json_response(200, {"data": []}))
    bad = KEY[:20] + "\n" + KEY[20:]
    with pytest.raises(ProviderError) as info:
        await discovery.list_models(http, LOCAL, bad, provider="local")
    assert info.value.kind == "auth" and not leaks(info.value.message) and not route.called
