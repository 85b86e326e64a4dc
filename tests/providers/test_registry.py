"""ProviderRegistry: member specs routed to OpenRouter or a configured provider."""

import asyncio
import json

import httpx
import pytest

from council_desktop.council.provider import ChatBackend, ProviderError
from council_desktop.providers.registry import ProviderEndpoint, ProviderRegistry, parse_member
from tests.helpers import sse_response
from tests.providers.support import BASE, CHAT_URL, KEY, Updates, request

LOCAL = ProviderEndpoint(name="local", base_url="http://127.0.0.1:11434/v1", has_key=False, max_concurrent=1)
CLOUD = ProviderEndpoint(name="cloud", base_url="https://cloud.test/v1", has_key=True, max_concurrent=4)
PROVIDER_KEY = "pk-cloud-0123456789"


class Keys(dict):
    """``key_for``: None is OpenRouter."""

    def __call__(self, name):
        return self.get(name)


@pytest.fixture
def keys():
    return Keys({None: KEY})


@pytest.fixture
def make_registry(http, keys, sleep):
    def make(providers=(LOCAL, CLOUD), *, openrouter_url=BASE, **kw):
        return ProviderRegistry(http, keys, openrouter_url=openrouter_url, providers=providers, sleep=sleep, **kw)

    return make


@pytest.mark.parametrize(("spec", "parsed"), [
    ("openai/gpt-4o", ("openai/gpt-4o", None)),
    ("llama3.2@local", ("llama3.2", "local")),
    (" vendor/model@v2@local ", ("vendor/model@v2", "local")),
    ("qwen3:8b@lm-studio", ("qwen3:8b", "lm-studio")),
])
def test_parse_member(spec, parsed):
    assert parse_member(spec) == parsed


@pytest.mark.parametrize(("spec", "parsed"), [("", ("", None)), ("m@", ("m", "")), ("@local", ("", "local")),
                                              ("  @ ", ("", ""))])
def test_parse_member_never_raises_on_empty_parts(spec, parsed):
    assert parse_member(spec) == parsed


def test_registry_is_a_chat_backend(make_registry):
    backend: ChatBackend = make_registry()
    assert callable(backend.chat)


async def test_plain_id_goes_to_openrouter_with_the_key(respx_mock, make_registry):
    route = respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["hi"]))

    completion = await make_registry().chat(
        request("openai/gpt-4o", max_tokens=321, temperature=0.3), Updates())

    assert completion.text == "hi"
    sent = route.calls.last.request
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    body = json.loads(sent.content)
    assert (body["model"], body["max_tokens"], body["temperature"], body["stream"]) == (
        "openai/gpt-4o", 321, 0.3, True)


async def test_openrouter_url_is_the_one_given(respx_mock, make_registry):
    route = respx_mock.post("https://saved.test/v1/chat/completions").mock(
        side_effect=lambda req: sse_response(["saved"]))
    await make_registry(openrouter_url="https://saved.test/v1/").chat(request(), Updates())
    assert route.called


async def test_local_provider_without_key(respx_mock, make_registry):
    route = respx_mock.post("http://127.0.0.1:11434/v1/chat/completions").mock(
        side_effect=lambda req: sse_response(["local!"]))

    completion = await make_registry().chat(request("llama3.2@local"), Updates())

    assert completion.text == "local!"
    sent = route.calls.last.request
    assert "authorization" not in sent.headers
    assert json.loads(sent.content)["model"] == "llama3.2"


async def test_keyed_provider_uses_its_own_key(respx_mock, make_registry, keys):
    keys["cloud"] = PROVIDER_KEY
    route = respx_mock.post("https://cloud.test/v1/chat/completions").mock(
        side_effect=lambda req: sse_response(["cloudy"]))
    await make_registry().chat(request("big-model@cloud"), Updates())
    assert route.calls.last.request.headers["authorization"] == f"Bearer {PROVIDER_KEY}"


async def test_keyed_provider_without_a_stored_key(make_registry):
    with pytest.raises(ProviderError) as info:
        await make_registry().chat(request("big-model@cloud"), Updates())
    assert info.value.kind == "auth"
    assert info.value.message == ("No API key is stored for provider 'cloud' (member 'big-model@cloud'): "
                                  "add one in Settings.")


async def test_unknown_provider(make_registry):
    with pytest.raises(ProviderError) as info:
        await make_registry().chat(request("m@x"), Updates())
    assert info.value.kind == "not_found"
    assert info.value.message == "No provider named 'x' is configured (member 'm@x')."


@pytest.mark.parametrize("spec", ["m@", "@local", ""])
async def test_malformed_member(make_registry, spec):
    with pytest.raises(ProviderError) as info:
        await make_registry().chat(request(spec), Updates())
    assert info.value.kind == "not_found"
    assert info.value.message == f"The council member '{spec}' is not valid: write MODEL_ID or MODEL_ID@PROVIDER."


async def test_missing_openrouter_key(make_registry, keys):
    del keys[None]
    registry = make_registry()
    with pytest.raises(ProviderError) as info:
        await registry.chat(request("openai/gpt-4o"), Updates())
    assert info.value.kind == "auth"
    assert info.value.message == "No OpenRouter API key: set OPENROUTER_API_KEY or add one in Settings."


async def test_the_key_is_asked_for_at_each_request(respx_mock, make_registry, keys):
    route = respx_mock.post(CHAT_URL).mock(side_effect=lambda req: sse_response(["k"]))
    registry = make_registry()
    await registry.chat(request(), Updates())
    keys[None] = "sk-or-v1-a-new-key-0000"
    await registry.chat(request(), Updates())
    assert [c.request.headers["authorization"] for c in route.calls] == [f"Bearer {KEY}",
                                                                         "Bearer sk-or-v1-a-new-key-0000"]


def test_one_client_per_provider_reused(make_registry):
    registry = make_registry()
    local_a, model_a = registry.resolve("a@local")
    local_b, model_b = registry.resolve("b@local")
    router, _ = registry.resolve("openai/gpt-4o")
    assert local_a is local_b and (model_a, model_b) == ("a", "b")
    assert router is not local_a
    assert router is registry.resolve("x-ai/grok-4")[0]
    assert local_a.max_concurrent == 1 and router.max_concurrent == 0


def test_a_provider_named_openrouter_does_not_clash(make_registry):
    own = ProviderEndpoint(name="openrouter", base_url="http://127.0.0.1:9/v1")
    registry = make_registry((own,))
    assert registry.resolve("m@openrouter")[0].base_url == "http://127.0.0.1:9/v1"
    assert registry.resolve("m")[0].base_url == BASE


def test_changed_endpoints_give_a_fresh_client(make_registry):
    registry = make_registry()
    before, _ = registry.resolve("m@local")
    same, _ = registry.resolve("m@local")
    router, _ = registry.resolve("m")
    registry.configure(providers=(ProviderEndpoint("local", "http://127.0.0.1:1234/v1"),),
                       openrouter_max_concurrent=2)
    after, _ = registry.resolve("m@local")
    assert same is before
    assert after is not before and after.base_url == "http://127.0.0.1:1234/v1"
    assert registry.resolve("m")[0] is not router and registry.resolve("m")[0].max_concurrent == 2
    assert registry.openrouter_base_url() == BASE


async def test_provider_queue_is_shared_by_its_members(respx_mock, make_registry):
    respx_mock.post("http://127.0.0.1:11434/v1/chat/completions").mock(
        side_effect=lambda req: sse_response(["q"], delay=0.01))
    registry = make_registry()
    logs = [Updates(), Updates()]
    await asyncio.gather(registry.chat(request("a@local"), logs[0]), registry.chat(request("b@local"), logs[1]))
    assert logs[0].kinds()[0] == "sent"
    assert logs[1].kinds()[:2] == ["queued", "sent"]


async def test_errors_name_the_local_provider(respx_mock, make_registry):
    respx_mock.post("http://127.0.0.1:11434/v1/chat/completions").mock(
        return_value=httpx.Response(404, json={"error": "model 'nope' not found"}))
    with pytest.raises(ProviderError) as info:
        await make_registry().chat(request("nope@local"), Updates())
    assert info.value.kind == "not_found"
    assert info.value.message == "local does not know the model nope (404): model 'nope' not found."


def test_needs_openrouter_only_for_plain_ids():
    from council_desktop.providers import is_openrouter, needs_openrouter

    assert is_openrouter("openai/gpt-4o") and not is_openrouter("llama3@local")
    assert needs_openrouter(["a@local", "b@local"], "openai/gpt-4o")
    assert not needs_openrouter(("a@local", "b@lm"), "c@local")
