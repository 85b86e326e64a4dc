"""Model discovery, context windows and "Test connection" for OpenAI-compatible providers."""

import socket

import httpx
import pytest

from council_desktop.council.provider import ModelLimits
from council_desktop.devserver import FakeOpenRouter
from council_desktop.provider_setup import build_registry
from council_desktop.providers import discovery
from council_desktop.providers.discovery import LimitsCache, ModelInfo, parse_model_entry, probe_context
from council_desktop.providers.registry import ProviderRegistry
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.settings import LOCAL_PROVIDER_PRESETS, ProviderConfig, Settings, SettingsError
from tests.providers.support import KEY

LOCAL = "http://127.0.0.1:11434/v1"
ROOT = "http://127.0.0.1:11434"


# -- the shapes of a /models entry ------------------------------------------------------------------------------
@pytest.mark.parametrize(("entry", "info"), [
    # OpenRouter
    ({"id": "openai/gpt-4o", "context_length": 128000, "top_provider": {"context_length": 128000,
                                                                         "max_completion_tokens": 16384}},
     ModelInfo("openai/gpt-4o", 128000, None, 16384)),
    # llama.cpp's server, newer builds: the allocated window and the trained one
    ({"id": "qwen", "owned_by": "llamacpp", "meta": {"n_ctx": 32768, "n_ctx_train": 262144, "n_vocab": 1}},
     ModelInfo("qwen", 32768, 262144, None)),
    # llama.cpp's server, older builds: only the trained window, which is not the window
    ({"id": "gemma", "meta": {"n_ctx_train": 131072}}, ModelInfo("gemma", None, 131072, None)),
    # llama-cpp-python's server: ids only
    ({"id": "local/smollm2", "object": "model", "owned_by": "me", "permissions": []}, ModelInfo("local/smollm2")),
    # LM Studio /api/v0/models: max is the trained length; loaded is the window
    ({"id": "qwen2-7b", "state": "not-loaded", "max_context_length": 32768}, ModelInfo("qwen2-7b", None, 32768)),
    ({"id": "qwen2-7b", "state": "loaded", "max_context_length": 32768, "loaded_context_length": 4096},
     ModelInfo("qwen2-7b", 4096, 32768)),
    # vLLM
    ({"id": "meta/llama", "max_model_len": 8192}, ModelInfo("meta/llama", 8192)),
    # junk values are ignored
    ({"id": "x", "context_length": True, "meta": {"n_ctx": "4096"}}, ModelInfo("x")),
    ({"id": "x", "context_length": -5}, ModelInfo("x")),
])
def test_parse_model_entry(entry, info):
    assert parse_model_entry(entry) == info


@pytest.mark.parametrize("entry", [None, "m", {}, {"id": ""}, {"id": 3}, {"name": "m"}])
def test_parse_model_entry_skips_what_is_not_a_model(entry):
    assert parse_model_entry(entry) is None


@pytest.mark.parametrize(("base", "root"), [(LOCAL, ROOT), (LOCAL + "/", ROOT), (ROOT, ROOT),
                                            ("https://openrouter.ai/api/v1", "https://openrouter.ai/api")])
def test_server_root(base, root):
    assert discovery.server_root(base) == root


def test_presets_are_local_and_one_request_at_a_time():
    by_label = {label: cfg for label, cfg in LOCAL_PROVIDER_PRESETS}
    assert by_label["Ollama"].base_url == "http://127.0.0.1:11434/v1"
    assert by_label["LM Studio"].base_url == "http://127.0.0.1:1234/v1"
    assert by_label["llama.cpp server"].base_url == "http://127.0.0.1:8080/v1"
    assert {cfg.max_concurrent for cfg in by_label.values()} == {1}
    assert not any(cfg.has_key for cfg in by_label.values())
    assert len({cfg.name for cfg in by_label.values()}) == 3


# -- a local server's own endpoints ----------------------------------------------------------------------------
async def test_probe_llama_cpp_props(respx_mock, http):
    respx_mock.get(f"{ROOT}/props").respond(json={"default_generation_settings": {"n_ctx": 8192},
                                                  "total_slots": 1})
    assert await probe_context(http, LOCAL, "any") == 8192


async def test_probe_ollama_num_ctx(respx_mock, http):
    respx_mock.get(f"{ROOT}/props").respond(404)
    show = respx_mock.post(f"{ROOT}/api/show").respond(json={
        "parameters": "temperature 0.7\nnum_ctx 2048", "model_info": {"gemma3.context_length": 131072}})
    assert await probe_context(http, LOCAL, "gemma3") == 2048
    assert show.calls.last.request.content == b'{"model":"gemma3"}'


async def test_probe_ollama_loaded_model(respx_mock, http):
    respx_mock.get(f"{ROOT}/props").respond(404)
    respx_mock.post(f"{ROOT}/api/show").respond(json={"parameters": "temperature 0.7",
                                                      "model_info": {"llama.context_length": 131072}})
    respx_mock.get(f"{ROOT}/api/ps").respond(json={"models": [
        {"name": "other:latest", "context_length": 99},
        {"name": "llama3.2:latest", "model": "llama3.2:latest", "context_length": 4096}]})
    assert await probe_context(http, LOCAL, "llama3.2") == 4096


async def test_probe_ollama_that_does_not_say_is_unknown_not_the_trained_length(respx_mock, http):
    respx_mock.get(f"{ROOT}/props").respond(404)
    respx_mock.post(f"{ROOT}/api/show").respond(json={"parameters": "", "model_info": {"x.context_length": 131072}})
    respx_mock.get(f"{ROOT}/api/ps").respond(json={"models": []})
    assert await probe_context(http, LOCAL, "x") is None


async def test_probe_lm_studio(respx_mock, http):
    base = "http://127.0.0.1:1234/v1"
    respx_mock.get("http://127.0.0.1:1234/props").respond(404)
    respx_mock.post("http://127.0.0.1:1234/api/show").respond(404)
    route = respx_mock.get("http://127.0.0.1:1234/api/v0/models/lmstudio-community/qwen3-8b").respond(json={
        "id": "lmstudio-community/qwen3-8b", "state": "loaded", "max_context_length": 40960,
        "loaded_context_length": 8192})
    assert await probe_context(http, base, "lmstudio-community/qwen3-8b") == 8192
    route.respond(json={"id": "q", "state": "not-loaded", "max_context_length": 40960})
    assert await probe_context(http, base, "lmstudio-community/qwen3-8b") is None


async def test_probe_of_a_server_without_any_of_them(respx_mock, http):
    respx_mock.route(host="127.0.0.1").respond(404, json={"detail": "Not Found"})
    assert await probe_context(http, LOCAL, "m") is None


# -- the cache behind client.limits() --------------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_one_list_fetch_serves_every_model(respx_mock, http):
    models = respx_mock.get("https://or.test/api/v1/models").respond(json={"data": [
        {"id": "a/one", "context_length": 200000, "top_provider": {"max_completion_tokens": 64000}},
        {"id": "a/two", "context_length": 32768, "top_provider": {"max_completion_tokens": None}}]})
    cache = LimitsCache(http, "https://or.test/api/v1", lambda: KEY, provider="OpenRouter")
    assert await cache.get("a/one") == ModelLimits(200000, 64000, source="provider")
    assert await cache.get("a/two") == ModelLimits(32768, None, source="provider")
    assert await cache.get("a/unlisted") is None  # the list speaks of context, so nothing is probed
    assert models.call_count == 1
    assert models.calls.last.request.headers["Authorization"] == f"Bearer {KEY}"


async def test_a_list_that_says_nothing_leads_to_the_servers_own_endpoints(respx_mock, http):
    listing = respx_mock.get(f"{LOCAL}/models").respond(json={"data": [{"id": "local/smollm2", "owned_by": "me"}]})
    props = respx_mock.get(f"{ROOT}/props").respond(json={"default_generation_settings": {"n_ctx": 4096}})
    cache = LimitsCache(http, LOCAL, lambda: None, provider="llama")
    assert await cache.get("local/smollm2") == ModelLimits(4096, None, source="server")
    assert await cache.get("local/smollm2") == ModelLimits(4096, None, source="server")
    assert listing.call_count == 1 and props.call_count == 1
    assert "Authorization" not in listing.calls.last.request.headers


async def test_failures_mean_unknown_and_are_not_asked_again_until_the_cache_expires(respx_mock, http):
    everything = respx_mock.route(host="127.0.0.1").respond(500, text="Internal Server Error")
    clock = Clock()
    cache = LimitsCache(http, LOCAL, lambda: None, provider="local", ttl=600, clock=clock)
    assert await cache.get("m") is None
    asked = everything.call_count
    assert asked >= 1
    assert await cache.get("m") is None
    assert everything.call_count == asked
    clock.now += 601
    assert await cache.get("m") is None
    assert everything.call_count > asked


async def test_a_lookup_never_raises(respx_mock, http):
    respx_mock.get(f"{LOCAL}/models").mock(side_effect=httpx.ConnectError("refused"))
    respx_mock.route(host="127.0.0.1").mock(side_effect=httpx.ConnectError("refused"))
    assert await LimitsCache(http, LOCAL, lambda: None, provider="local").get("m") is None


# -- the registry: setting, then server, then the provider's configured window ---------------------------------
@pytest.fixture
def registry_for(http):
    def make(settings: Settings) -> ProviderRegistry:
        return build_registry(http, settings, KeyStore(env={"OPENROUTER_API_KEY": KEY}))

    return make


async def test_registry_limits_precedence(respx_mock, http, registry_for):
    respx_mock.get(f"{LOCAL}/models").respond(json={"data": [{"id": "said", "meta": {"n_ctx": 8192}},
                                                             {"id": "quiet"}]})
    cfg = ProviderConfig("local", LOCAL, context_length=4096)
    settings = Settings(providers=(cfg,), context_lengths={"pinned@local": 2048, "said@local": 1024})
    registry = registry_for(settings)
    assert await registry.limits("pinned@local") == ModelLimits(2048, None, source="settings")
    assert await registry.limits("said@local") == ModelLimits(1024, None, source="settings")  # the user knows best
    assert await registry.limits(" quiet@local") == ModelLimits(4096, None, source="settings")


async def test_registry_limits_from_the_server(respx_mock, http, registry_for):
    respx_mock.get(f"{LOCAL}/models").respond(json={"data": [{"id": "said", "meta": {"n_ctx": 8192}}]})
    registry = registry_for(Settings(providers=(ProviderConfig("local", LOCAL),)))
    assert await registry.limits("said@local") == ModelLimits(8192, None, source="provider")
    assert await registry.limits("other@local") is None


def test_settings_round_trip_the_context_fields():
    s = Settings(providers=(ProviderConfig("local", LOCAL, context_length=4096),), context_lengths={"m@local": 2048})
    again = Settings.from_dict(s.to_dict())
    assert again.providers[0].context_length == 4096 and again.context_lengths == {"m@local": 2048}
    plain = Settings.from_dict({"providers": [{"name": "p", "base_url": LOCAL, "context_length": None}],
                                "context_lengths": {" m@p ": 8192}})
    assert plain.providers[0].context_length is None and plain.context_lengths == {"m@p": 8192}


@pytest.mark.parametrize(("data", "field"), [
    ({"providers": [{"name": "p", "base_url": LOCAL, "context_length": 0}]}, "providers[0].context_length"),
    ({"providers": [{"name": "p", "base_url": LOCAL, "context_length": "4096"}]}, "providers[0].context_length"),
    ({"context_lengths": {"m@p": -1}}, "context_lengths"),
    ({"context_lengths": {"m@p": 4096.5}}, "context_lengths"),
    ({"context_lengths": ["m@p"]}, "context_lengths"),
])
def test_settings_refuse_a_bad_context_setting_and_name_it(data, field):
    with pytest.raises(SettingsError) as info:
        Settings.from_dict(data)
    assert info.value.field is not None and info.value.field.startswith(field)


# -- against a real local server -------------------------------------------------------------------------------
async def test_check_connection_lists_the_models_of_a_local_server(http):
    with FakeOpenRouter() as srv:
        report = await discovery.check_connection(http, srv.base_url, None, provider="Local")
        models = await discovery.list_models(http, srv.base_url, provider="Local")
    assert report.ok
    assert report.message.startswith(f"Local answers at {srv.base_url} (")
    assert report.message.endswith("ms): 4 models (test/alpha, test/beta, test/gamma, …).")
    assert [m.id for m in report.models] == ["test/alpha", "test/beta", "test/gamma", "test/chair"]
    assert models == list(report.models) and models[0].context_length == 8192


async def test_check_connection_when_nothing_listens(http):
    with socket.socket() as s:  # a port that was free a moment ago, now closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    report = await discovery.check_connection(http, f"http://127.0.0.1:{port}/v1", None, provider="Ollama")
    assert not report.ok and report.models == ()
    assert report.message.startswith("Could not connect to 127.0.0.1")
    assert report.message.endswith("Is the server running, and is the address right?")


async def test_check_connection_with_a_rejected_key(respx_mock, http):
    respx_mock.get("https://cloud.test/v1/models").respond(401, json={"error": {"message": "Invalid API key"}})
    report = await discovery.check_connection(http, "https://cloud.test/v1", "wrong-key", provider="Cloud")
    assert not report.ok
    assert report.message == "Cloud rejected the API key (401): Invalid API key."


async def test_check_connection_to_something_that_is_not_an_api(respx_mock, http):
    respx_mock.get("http://127.0.0.1:8080/models").respond(200, html="<html><title>Hi</title></html>")
    report = await discovery.check_connection(http, "http://127.0.0.1:8080", None, provider="llama.cpp")
    assert not report.ok
    assert "without a list of models" in report.message and "/v1" in report.message


async def test_registry_reads_openrouter_limits_from_the_cached_catalog_first(respx_mock, http, tmp_path):
    from council_desktop.providers.openrouter_api import ModelCatalog

    catalog = ModelCatalog(tmp_path / "models.json")
    catalog.save([{"id": "openai/gpt-4o", "context_length": 128000, "max_completion_tokens": 16384}])
    listing = respx_mock.get("https://or.test/api/v1/models").respond(json={"data": [
        {"id": "x/fresh", "context_length": 32768}]})
    registry = build_registry(http, Settings(), KeyStore(env={"OPENROUTER_API_KEY": KEY}),
                              base_url="https://or.test/api/v1", catalog=catalog)
    assert await registry.limits("openai/gpt-4o") == ModelLimits(128000, 16384, source="openrouter")
    assert listing.call_count == 0
    assert await registry.limits("x/fresh") == ModelLimits(32768, None, source="provider")  # not cached: asked
    assert listing.call_count == 1


async def test_an_empty_catalog_is_filled_once_from_openrouter_and_kept(respx_mock, http, tmp_path, monkeypatch):
    import asyncio

    from council_desktop.providers.openrouter_api import ModelCatalog

    monkeypatch.setenv("OPENROUTER_BASE_URL", "https://or.test/api/v1")  # the base the window's list comes from
    listing = respx_mock.get("https://or.test/api/v1/models").respond(json={"data": [
        {"id": "openai/gpt-4o", "context_length": 128000, "top_provider": {"max_completion_tokens": 16384},
         "pricing": {"prompt": "0.0000025", "completion": "0.00001"}},
        {"id": "x/small", "context_length": 8192}]})
    catalog = ModelCatalog(tmp_path / "models.json")
    registry = build_registry(http, Settings(), KeyStore(env={"OPENROUTER_API_KEY": KEY}), catalog=catalog,
                              fill_catalog=True)
    found = await asyncio.gather(*(registry.limits(m) for m in ("openai/gpt-4o", "x/small", "openai/gpt-4o")))
    assert found[0] == found[2] == ModelLimits(128000, 16384, source="openrouter")
    assert found[1] == ModelLimits(8192, None, source="openrouter")
    assert listing.call_count == 1  # once for every member
    assert await registry.limits("nobody/knows") is None and listing.call_count == 1  # the list said all it knows
    kept = ModelCatalog(tmp_path / "models.json")  # the next run
    assert kept.source() == "https://or.test/api/v1" and kept.known_ids() == {"openai/gpt-4o", "x/small"}
    assert "openai/gpt-4o" in kept.prices()
    again = build_registry(http, Settings(), KeyStore(env={"OPENROUTER_API_KEY": KEY}), catalog=kept,
                           fill_catalog=True)
    assert await again.limits("x/small") == ModelLimits(8192, None, source="openrouter")
    assert listing.call_count == 1  # no request before the first one any more


async def test_a_catalog_is_not_filled_from_another_base_url_or_over_the_windows_list(respx_mock, http, tmp_path,
                                                                                      monkeypatch):
    from council_desktop.providers.openrouter_api import ModelCatalog

    listing = respx_mock.get("https://elsewhere.test/v1/models").respond(json={"data": [
        {"id": "x/small", "context_length": 8192}]})
    empty = ModelCatalog(tmp_path / "empty.json")
    registry = build_registry(http, Settings(), KeyStore(env={"OPENROUTER_API_KEY": KEY}),
                              base_url="https://elsewhere.test/v1", catalog=empty, fill_catalog=True)
    assert await registry.limits("x/small") == ModelLimits(8192, None, source="provider")  # asked, not kept
    assert not (tmp_path / "empty.json").exists()
    windows = ModelCatalog(tmp_path / "windows.json")
    windows.save([{"id": "openai/gpt-4o", "context_length": 128000}], base_url="https://elsewhere.test/v1")
    monkeypatch.setenv("OPENROUTER_BASE_URL", "https://elsewhere.test/v1")  # the window's own base this time
    registry = build_registry(http, Settings(), KeyStore(env={"OPENROUTER_API_KEY": KEY}), catalog=windows,
                              fill_catalog=True)
    assert await registry.limits("x/small") == ModelLimits(8192, None, source="provider")
    assert windows.known_ids() == {"openai/gpt-4o"}  # the window's list stays as it was
    assert listing.call_count == 2  # each run asked the provider, as without a catalog
