"""Servers that bend the protocol: lingering after [DONE], SSE under a JSON content-type, a key httpx can't send."""

import time

import pytest

from council_desktop.council.provider import ProviderError
from tests.helpers import StreamProbe, content_chunk, scripted_response, usage_chunk
from tests.providers.support import CHAT_URL, request


async def test_done_ends_the_answer_even_if_the_server_lingers(respx_mock, make_client, updates):
    probe = StreamProbe()
    parts = [content_chunk("Hello"), content_chunk(" world", finish_reason="stop"), b"data: [DONE]\n\n", 30.0]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(parts, probe=probe))
    started = time.monotonic()
    completion = await make_client().chat(request(total_timeout=60), updates)
    assert time.monotonic() - started < 2
    assert completion.text == "Hello world"  # and the 30 s the server lingers after [DONE] were not waited out
    assert probe.sent == 3


async def test_sse_body_under_a_json_content_type_is_read_as_a_stream(respx_mock, make_client, updates):
    body = [content_chunk("Hi"), content_chunk(" there", finish_reason="stop"), usage_chunk(2), b"data: [DONE]\n\n"]
    respx_mock.post(CHAT_URL).mock(return_value=scripted_response(body, content_type="application/json"))
    completion = await make_client().chat(request(), updates)
    assert completion.text == "Hi there"
    assert completion.token_count == 2 and completion.exact_tokens


async def test_a_key_that_cannot_be_sent_is_an_auth_error_not_a_crash(respx_mock, make_client, updates):
    route = respx_mock.post(CHAT_URL)
    with pytest.raises(ProviderError) as info:
        await make_client(api_key=lambda: "sk-or-v1-ééé").chat(request(), updates)
    assert info.value.kind == "auth"
    assert "non-ASCII" in info.value.message and "ééé" not in info.value.message
    assert route.call_count == 0
