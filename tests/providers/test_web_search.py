"""Web search: OpenRouter's web plugin is asked for, cited sources come back; other providers say they cannot."""

from __future__ import annotations

import json

import httpx
import respx

from council_desktop.council.provider import ChatRequest
from council_desktop.providers.openai_compat import OpenAICompatClient

BASE = "https://or.test/api/v1"


def sse(chunks):
    body = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)


def chunk(delta, finish=None):
    return {"id": "gen-1", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


ANNOTATED = [
    chunk({"role": "assistant", "content": "The sky is blue [sky.org]."}),
    chunk({"content": "", "annotations": [
        {"type": "url_citation", "url_citation": {"url": "https://sky.org/why", "title": "Why\x1b[31m blue"}},
        {"type": "url_citation", "url_citation": {"url": "javascript:alert(1)", "title": "x"}},
        {"type": "url_citation", "url_citation": {"url": "https://sky.org/why", "title": "dup"}},
        {"type": "file", "file": {"url": "https://a.b"}},
    ]}, finish="stop"),
]


async def test_openrouter_gets_the_web_plugin_and_citations_come_back():
    async with httpx.AsyncClient() as http, respx.mock(assert_all_called=True) as mock:
        route = mock.post(f"{BASE}/chat/completions").mock(return_value=sse(ANNOTATED))
        client = OpenAICompatClient(http, name="OpenRouter", base_url=BASE, api_key=lambda: "sk-or-v1-x" * 3,
                                    web_search=True)
        req = ChatRequest("m/a", ({"role": "user", "content": "q"},), web_search=True)
        done = await client.chat(req, lambda u: None)
    sent = json.loads(route.calls[0].request.content)
    assert sent["plugins"] == [{"id": "web"}]
    assert done.extra["citations"] == [{"url": "https://sky.org/why", "title": "Why blue"}]
    assert "note" not in done.extra


async def test_a_provider_without_web_search_answers_and_says_so():
    async with httpx.AsyncClient() as http, respx.mock() as mock:
        route = mock.post("http://127.0.0.1:11434/v1/chat/completions").mock(return_value=sse(ANNOTATED))
        client = OpenAICompatClient(http, name="ollama", base_url="http://127.0.0.1:11434/v1", api_key=lambda: None)
        req = ChatRequest("llama3", ({"role": "user", "content": "q"},), web_search=True)
        done = await client.chat(req, lambda u: None)
        plain = await client.chat(ChatRequest("llama3", ({"role": "user", "content": "q"},)), lambda u: None)
    assert "plugins" not in json.loads(route.calls[0].request.content)
    assert done.extra["note"] == "No web search at ollama: it answered without searching."
    assert "note" not in plain.extra
