"""OpenAICompatClient: every failure becomes one ProviderError sentence of the right kind; retries."""

import logging

import httpx
import pytest

from council_desktop.council.provider import ProviderError
from tests.helpers import (
    StreamProbe,
    content_chunk,
    error_chunk,
    json_response,
    scripted_response,
    sse_event,
    sse_response,
)
from tests.providers.support import CHAT_URL, KEY, request

MODEL = "openai/gpt-4o"


def err_body(code, message, **metadata):
    error = {"code": code, "message": message}
    if metadata:
        error["metadata"] = metadata
    return {"error": error, "user_id": "user_123"}


async def failing(make_client, updates, **req) -> ProviderError:
    with pytest.raises(ProviderError) as info:
        await make_client().chat(request(MODEL, **req), updates)
    err = info.value
    assert type(err) is ProviderError  # the retry-internal subclass never escapes
    assert KEY not in err.message
    assert err.message.endswith((".", "…")) and "\n" not in err.message  # one sentence, one line
    return err


HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"


@pytest.mark.parametrize(
    ("status", "body", "kind", "fragments", "calls"),
    [
        (400, err_body(400, "openai/gpt-4o is not a valid model ID"), "not_found",
         ["does not know the model openai/gpt-4o (400)", "is not a valid model ID"], 1),
        (404, err_body(404, "No endpoints found for openai/gpt-4o."), "not_found", ["No endpoints found"], 1),
        (401, err_body(401, "User not found."), "auth",
         ["rejected the API key for openai/gpt-4o (401): User not found."], 1),
        (402, err_body(402, "This request requires more credits, or fewer max_tokens.", provider_name=None),
         "credits", ["credits", "(402)", "requires more credits"], 1),
        (403, err_body(403, "Input flagged", reasons=["violence"], provider_name="OpenAI"), "upstream",
         ["moderation or guardrail", "(403)", "Input flagged (OpenAI)"], 1),
        (400, err_body(400, "temperature: must be at most 2"), "bad_request", ["rejected the request", "(400)"], 1),
        (400, err_body(400, "context_length_exceeded"), "context_length",
         ["does not fit the context window of openai/gpt-4o", "(400)"], 1),
        (400, err_body(400, "This model's maximum context length is 4096 tokens. However, you requested 5036 "
                            "tokens"), "context_length",
         ["prompt does not fit the context window of openai/gpt-4o", "(400)", "maximum context length is 4096"], 1),
        (400, {"error": {"code": 400, "message": "the request exceeds the available context size, try increasing "
                                                 "it", "type": "exceed_context_size_error"}}, "context_length",
         ["does not fit", "exceeds the available context size"], 1),
        (408, err_body(408, "Request timed out"), "timeout", ["(408)"], 3),
        (502, HTML_502, "upstream", ["could not serve openai/gpt-4o (502)", "HTML page titled '502 Bad Gateway'"],
         3),
        (503, err_body(503, "No available provider"), "upstream", ["(503)", "No available provider"], 3),
    ],
    ids=["400-model", "404", "401", "402", "403", "400-param", "400-context", "400-context-openai",
         "400-context-llama.cpp", "408", "502-html", "503"],
)
async def test_http_errors(respx_mock, make_client, updates, sleep, status, body, kind, fragments, calls):
    response = (httpx.Response(status, text=body, headers={"content-type": "text/html"}) if isinstance(body, str)
                else json_response(status, body))
    route = respx_mock.post(CHAT_URL).mock(return_value=response)

    err = await failing(make_client, updates)

    assert err.kind == kind
    assert err.status_code == status
    for fragment in fragments:
        assert fragment in err.message
    assert route.call_count == calls
    assert len(sleep.waits) == calls - 1
    assert len(updates.of("retrying")) == calls - 1


async def test_upstream_provider_error_includes_provider_and_raw(respx_mock, make_client, updates):
    body = err_body(502, "Provider returned error", provider_name="Together",
                    raw='{"error": {"message": "model overloaded"}}')
    respx_mock.post(CHAT_URL).mock(return_value=json_response(502, body))
    err = await failing(make_client, updates)
    assert "Provider returned error (Together: model overloaded)." in err.message


async def test_plain_text_error_body(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(401, text="Unauthorized\n"))
    err = await failing(make_client, updates)
    assert err.kind == "auth" and err.message.endswith("(401): Unauthorized.")


async def test_empty_error_body_uses_the_reason_phrase(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(404))
    err = await failing(make_client, updates)
    assert err.message.endswith("(404): Not Found.")


async def test_429_with_retry_after_is_retried_then_succeeds(respx_mock, make_client, updates, sleep):
    route = respx_mock.post(CHAT_URL).mock(side_effect=[
        json_response(429, err_body(429, "Rate limit exceeded"), headers={"Retry-After": "7"}),
        sse_response(["ok"]),
    ])

    completion = await make_client().chat(request(MODEL), updates)

    assert completion.text == "ok"
    assert route.call_count == 2
    assert sleep.waits == [7.0]
    (retry,) = updates.of("retrying")
    assert (retry.retry_in, retry.attempt) == (7.0, 2)
    assert "Rate limit exceeded" in retry.message
    assert updates.kinds() == ["sent", "retrying", "sent", "token"]
    assert completion.extra["attempts"] == 2


async def test_persistent_429_gives_rate_limit_after_three_attempts(respx_mock, make_client, updates, sleep):
    route = respx_mock.post(CHAT_URL).mock(
        return_value=json_response(429, err_body(429, "Rate limit exceeded: free-models-per-day")))

    err = await failing(make_client, updates)

    assert err.kind == "rate_limit" and err.status_code == 429
    assert "free-models-per-day" in err.message
    assert route.call_count == 3
    assert sleep.waits == [1.0, 2.0]  # exponential back-off without a hint
    assert [u.attempt for u in updates.of("retrying")] == [2, 3]


async def test_retry_after_from_body_metadata_and_capped(respx_mock, make_client, updates, sleep):
    respx_mock.post(CHAT_URL).mock(side_effect=[
        json_response(429, err_body(429, "Provider returned error", retry_after_seconds=4)),
        json_response(429, err_body(429, "Provider returned error", headers={"Retry-After": "3600"})),
        sse_response(["ok"]),
    ])
    await make_client().chat(request(MODEL), updates)
    assert sleep.waits == [4.0, 30.0]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_server_errors_are_retried(respx_mock, make_client, updates, sleep, status):
    route = respx_mock.post(CHAT_URL).mock(side_effect=[
        json_response(status, err_body(status, "boom")), json_response(status, err_body(status, "boom")),
        sse_response(["ok"])])
    assert (await make_client().chat(request(MODEL), updates)).text == "ok"
    assert route.call_count == 3 and sleep.waits == [1.0, 2.0]


async def test_connect_error_is_retried(respx_mock, make_client, updates, sleep):
    route = respx_mock.post(CHAT_URL).mock(side_effect=[httpx.ConnectError("[Errno 111] Connection refused"),
                                                         sse_response(["ok"])])
    assert (await make_client().chat(request(MODEL), updates)).text == "ok"
    assert route.call_count == 2
    assert "Could not connect to openrouter.test" in updates.of("retrying")[0].message


async def test_connect_error_that_persists(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(side_effect=httpx.ConnectError("[Errno 111] Connection refused"))
    err = await failing(make_client, updates)
    assert err.kind == "upstream"
    assert err.message == ("Could not connect to openrouter.test for openai/gpt-4o: "
                           "[Errno 111] Connection refused.")


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404])
async def test_no_retry_for_client_errors(respx_mock, make_client, updates, sleep, status):
    route = respx_mock.post(CHAT_URL).mock(
        return_value=json_response(status, err_body(status, "no"), headers={"Retry-After": "1"}))
    await failing(make_client, updates)
    assert route.call_count == 1 and sleep.waits == [] and not updates.of("retrying")


@pytest.mark.parametrize(("code", "kind", "status"), [(429, "rate_limit", 429), ("server_error", "upstream", None),
                                                      (402, "credits", 402)])
async def test_mid_stream_error_chunk(respx_mock, make_client, updates, sleep, code, kind, status):
    parts = [content_chunk("Half an "), error_chunk(code, "Provider disconnected", provider_name="DeepInfra"),
             b"data: [DONE]\n\n"]
    route = respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts))

    err = await failing(make_client, updates)

    assert (err.kind, err.status_code) == (kind, status)
    assert err.message == (f"OpenRouter reported an error while openai/gpt-4o was answering ({code}): "
                           "Provider disconnected (DeepInfra).")
    assert route.call_count == 1 and sleep.waits == []  # a token had arrived: no retry


async def test_error_only_stream_is_a_failure_and_retried(respx_mock, make_client, updates, sleep):
    route = respx_mock.post(CHAT_URL).mock(side_effect=[
        scripted_response([b": OPENROUTER PROCESSING\n\n", error_chunk(502, "Provider returned error")]),
        sse_response(["recovered"])])
    assert (await make_client().chat(request(MODEL), updates)).text == "recovered"
    assert route.call_count == 2 and sleep.waits == [1.0]


async def test_error_only_stream_with_a_final_code(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response([error_chunk(401, "Key disabled")]))
    err = await failing(make_client, updates)
    assert err.kind == "auth" and "Key disabled" in err.message


async def test_finish_reason_error_without_error_object(respx_mock, make_client, updates):
    parts = [content_chunk("par"), content_chunk("", finish_reason="error"), b"data: [DONE]\n\n"]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts))
    err = await failing(make_client, updates)
    assert err.kind == "upstream" and "stopped openai/gpt-4o with an error" in err.message


async def test_malformed_json_line(respx_mock, make_client, updates, responses):
    probe = StreamProbe()
    parts = [content_chunk("ok"), b'data: {"choices": [\n\n', content_chunk("more"), b"data: [DONE]\n\n"]
    route = respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts, probe=probe))
    err = await failing(make_client, updates)
    assert err.kind == "stream_broken"
    assert "not valid JSON" in err.message and '{"choices": [' in err.message
    assert route.call_count == 1
    assert responses[-1].is_closed  # the connection is released at once
    assert probe.sent == 2  # nothing was read after the bad line


async def test_stream_ending_without_done_or_finish_reason(respx_mock, make_client, updates, sleep):
    route = respx_mock.post(CHAT_URL).mock(
        return_value=scripted_response([content_chunk("Once upon"), content_chunk(" a time")]))
    err = await failing(make_client, updates)
    assert err.kind == "stream_broken"
    assert err.message == "The stream from openai/gpt-4o at OpenRouter ended before the answer was complete."
    assert route.call_count == 1 and sleep.waits == []


async def test_connection_dropped_mid_stream(respx_mock, make_client, updates, responses):
    probe = StreamProbe()
    parts = [content_chunk("Once"), 0.01,
             httpx.RemoteProtocolError("peer closed connection without sending complete message body")]
    route = respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts, probe=probe))
    err = await failing(make_client, updates)
    assert err.kind == "stream_broken"
    assert err.message == "The connection to openrouter.test dropped while openai/gpt-4o was answering."
    assert route.call_count == 1 and probe.closed and responses[-1].is_closed


async def test_read_error_before_any_token_is_retried(respx_mock, make_client, updates, sleep):
    route = respx_mock.post(CHAT_URL).mock(side_effect=[
        scripted_response([b": OPENROUTER PROCESSING\n\n", httpx.ReadError("reset")]), sse_response(["ok"])])
    assert (await make_client().chat(request(MODEL), updates)).text == "ok"
    assert route.call_count == 2


async def test_empty_answer_is_a_failure(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response([""]))
    err = await failing(make_client, updates)
    assert err.kind == "upstream" and "returned an empty answer" in err.message


async def test_reasoning_only_hitting_the_length_limit(respx_mock, make_client, updates):
    parts = [sse_event({"choices": [{"delta": {"reasoning": "hmm"}}]}),
             content_chunk("", finish_reason="length"), b"data: [DONE]\n\n"]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts))
    err = await failing(make_client, updates, max_tokens=50)
    assert "whole token budget (max_tokens=50) on reasoning" in err.message


async def test_html_page_with_status_200(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=httpx.Response(
        200, text="<html><title>Hotel Wi-Fi login</title></html>", headers={"content-type": "text/html"}))
    err = await failing(make_client, updates)
    assert err.message == ("OpenRouter did not return a completion for openai/gpt-4o: "
                           "the server sent an HTML page titled 'Hotel Wi-Fi login'.")


async def test_non_streaming_error_payload_with_status_200(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=json_response(200, err_body(401, "User not found.")))
    err = await failing(make_client, updates)
    assert err.kind == "auth" and "User not found." in err.message


async def test_the_key_never_reaches_messages_or_logs(respx_mock, make_client, updates, caplog):
    caplog.set_level(logging.DEBUG)
    echo = f"Invalid key {KEY} (Bearer {KEY})"
    respx_mock.post(CHAT_URL).mock(side_effect=[
        json_response(429, err_body(429, echo)),
        json_response(503, err_body(503, "down", raw=echo, provider_name="X")),
        scripted_response([error_chunk(500, echo)]),
    ])
    err = await failing(make_client, updates)
    assert "[redacted]" in err.message
    for update in updates:
        assert KEY not in (update.message or "")
    for fragment in (KEY, KEY[:20], "Bearer sk-"):
        assert fragment not in caplog.text
    assert "retrying" in caplog.text  # the log did get written


async def test_401_echoing_the_key_is_redacted(respx_mock, make_client, updates):
    respx_mock.post(CHAT_URL).mock(return_value=json_response(401, err_body(401, f"Key {KEY} is disabled")))
    err = await failing(make_client, updates)
    assert err.message == "OpenRouter rejected the API key for openai/gpt-4o (401): Key [redacted] is disabled."


async def test_base_url_without_scheme(make_client, updates, sleep):
    with pytest.raises(ProviderError) as info:
        await make_client(name="local", base_url="localhost:11434/v1").chat(request(MODEL), updates)
    assert info.value.kind == "upstream"
    assert info.value.message.startswith("The address of local is not a usable URL")
    assert sleep.waits == []
