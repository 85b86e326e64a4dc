"""OpenAICompatClient: successful streams, the request it sends, usage shapes, reasoning."""

import json

import httpx
import pytest

from council_desktop.council.provider import ChatUpdate
from tests.helpers import (
    content_chunk,
    reasoning_chunk,
    scripted_response,
    sse_event,
    sse_response,
    usage_chunk,
)
from tests.providers.support import CHAT_URL, KEY, request


async def test_streams_tokens_chunk_by_chunk(respx_mock, make_client, updates):
    seen_before_chunk = []
    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(
        ["Hel", "lo", " world"], before_chunk=lambda i: seen_before_chunk.append(len(updates.of("token")))))

    completion = await make_client().chat(request(), updates)

    assert completion.text == "Hello world"
    # sse_body: keep-alive, 3 tokens, finish, usage, [DONE]: the count rises as each chunk is produced.
    assert seen_before_chunk == [0, 0, 1, 2, 3, 3, 3]
    assert updates.kinds() == ["sent", "token", "token", "token"]
    assert [u.token_count for u in updates.of("token")] == [1, 2, 3]
    assert completion.exact_tokens and completion.token_count == 3
    assert completion.cost == pytest.approx(0.0001)
    assert completion.finish_reason == "stop"
    assert completion.generation_id == "gen-test"
    assert completion.extra["usage"]["completion_tokens"] == 3


async def test_request_body_and_headers(respx_mock, make_client, updates):
    route = respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["ok"]))

    await make_client(app_title="Council Test", referer="https://example.test/app").chat(
        request("anthropic/claude-sonnet-4.5", max_tokens=123, temperature=0.25), updates)

    sent = route.calls.last.request
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["http-referer"] == "https://example.test/app"
    assert sent.headers["x-title"] == "Council Test"
    body = json.loads(sent.content)
    assert body == {"model": "anthropic/claude-sonnet-4.5", "messages": [{"role": "user", "content": "Hi?"}],
                    "max_tokens": 123, "temperature": 0.25, "stream": True}


async def test_no_authorization_header_without_a_key(respx_mock, make_client, updates):
    route = respx_mock.post("http://localhost:11434/v1/chat/completions").mock(
        side_effect=lambda req: sse_response(["ok"]))
    client = make_client(name="local", base_url="http://localhost:11434/v1/", api_key=lambda: None)

    assert (await client.chat(request("llama3.2"), updates)).text == "ok"
    assert "authorization" not in route.calls.last.request.headers


def _usage_repeat_finish():
    return usage_chunk(42, cost=0.00123)


def _usage_null_finish():
    return sse_event({"id": "gen-test", "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": None}],
                      "usage": {"prompt_tokens": 5, "completion_tokens": 42, "cost": 0.00123}})


def _usage_empty_choices():
    return sse_event({"id": "gen-test", "choices": [],
                      "usage": {"prompt_tokens": 5, "completion_tokens": 42, "cost": 0.00123}})


@pytest.mark.parametrize("usage", [_usage_repeat_finish, _usage_null_finish, _usage_empty_choices],
                         ids=["finish-repeated", "finish-null", "empty-choices"])
async def test_usage_chunk_in_all_three_shapes(respx_mock, make_client, updates, usage):
    parts = [content_chunk("A"), content_chunk("B"), content_chunk("", finish_reason="stop"), usage(),
             b"data: [DONE]\n\n"]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts))

    completion = await make_client().chat(request(), updates)

    assert completion.text == "AB"
    assert completion.token_count == 42 and completion.exact_tokens
    assert completion.cost == pytest.approx(0.00123)
    assert completion.finish_reason == "stop"  # the null in the usage chunk does not erase it
    assert len(updates.of("token")) == 2


async def test_without_usage_the_streamed_count_is_an_estimate(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["a", "b"], usage=False))
    completion = await make_client().chat(request(), updates)
    assert (completion.token_count, completion.exact_tokens, completion.cost) == (2, False, None)


async def test_generation_id_from_header_when_chunks_have_none(respx_mock, make_client, updates):
    parts = [sse_event({"choices": [{"delta": {"content": "x"}, "finish_reason": "stop"}]}), b"data: [DONE]\n\n"]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts, headers={"X-Generation-Id": "gen-hdr"}))
    assert (await make_client().chat(request(), updates)).generation_id == "gen-hdr"


async def test_keepalive_comments_between_tokens_and_crlf_framing(respx_mock, make_client, updates):
    parts = [b": OPENROUTER PROCESSING\r\n\r\n", content_chunk("a").replace(b"\n", b"\r\n"),
             b": OPENROUTER PROCESSING\n\n", content_chunk("b", finish_reason="stop"), b"data: [DONE]\n\n"]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts))
    assert (await make_client().chat(request(), updates)).text == "ab"


async def test_events_split_at_awkward_byte_positions(respx_mock, make_client, updates):
    def raw_utf8(text, finish=None):  # OpenRouter sends UTF-8 raw, not \u escapes
        obj = {"choices": [{"delta": {"content": text}, "finish_reason": finish}]}
        return b"data: " + json.dumps(obj, ensure_ascii=False).encode() + b"\r\n\r\n"

    body = b"".join([b": OPENROUTER PROCESSING\r\n\r\n", raw_utf8("h\u00e9llo \u4e9a"),
                     raw_utf8(" \U0001f389", "stop"), b"data: [DONE]\r\n\r\n"])
    accent = body.index("é".encode()) + 1  # inside the two-byte é
    emoji = body.index("\U0001f389".encode()) + 2  # inside the four-byte emoji
    cuts = sorted({3, body.index(b"data:") + 2, accent, emoji, body.index(b"\r\n\r\n") + 1, len(body) - 3})
    pieces = [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True)]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(pieces))
    assert (await make_client().chat(request(), updates)).text == "h\u00e9llo \u4e9a \U0001f389"


async def test_finish_reason_without_done_is_a_success(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["fine"], done=False))
    assert (await make_client().chat(request(), updates)).text == "fine"


async def test_done_without_finish_reason_is_a_success(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["local"], finish=False, usage=False))
    completion = await make_client().chat(request(), updates)
    assert completion.text == "local" and completion.finish_reason is None


async def test_reasoning_deltas_are_thinking(respx_mock, make_client, updates):
    parts = [reasoning_chunk("Let me "), reasoning_chunk("think.", details=True),
             sse_event({"choices": [{"delta": {"reasoning_details": [{"type": "reasoning.encrypted",
                                                                       "data": "xx"}]}}]}),
             content_chunk("Answer"), content_chunk("", finish_reason="stop"), b"data: [DONE]\n\n"]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts))

    completion = await make_client().chat(request(), updates)

    assert updates.kinds() == ["sent", "thinking", "thinking", "thinking", "token"]
    assert [u.token_count for u in updates[1:]] == [1, 2, 3, 4]
    assert completion.reasoning == "Let me think."
    assert completion.text == "Answer"
    assert completion.token_count == 4


async def test_non_streaming_json_body_is_accepted(respx_mock, make_client, updates):
    body = {"id": "gen-json", "object": "chat.completion",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "Hello there!", "reasoning": None}}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 4, "cost": 0.5}}
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(200, json=body))

    completion = await make_client().chat(request(), updates)

    assert completion.text == "Hello there!"
    assert (completion.token_count, completion.exact_tokens, completion.cost) == (4, True, 0.5)
    assert completion.generation_id == "gen-json"
    assert updates[-1] == ChatUpdate("token", token_count=1, text="Hello there!")
