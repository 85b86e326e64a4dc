"""fetch_key_info, fetch_models and the model cache."""

import json
import logging

import httpx
import pytest

from council_desktop.council.provider import ModelLimits, ProviderError
from council_desktop.providers.openrouter_api import ModelCatalog, fetch_key_info, fetch_models
from tests.providers.support import BASE, KEY

KEY_DATA = {"data": {"label": "sk-or-v1-116...0ce", "limit": 10.0, "limit_remaining": 7.5, "usage": 2.5,
                     "is_free_tier": False, "usage_daily": 0.1, "rate_limit": {"requests": 10, "interval": "10s"}}}

MODELS = {"data": [
    {"id": "openai/gpt-4o", "name": "OpenAI: GPT-4o", "context_length": 128000,
     "pricing": {"prompt": "0.0000025", "completion": "0.00001"}, "architecture": {"modality": "text->text"},
     "top_provider": {"context_length": 128000, "max_completion_tokens": 16384, "is_moderated": True}},
    {"id": "meta-llama/llama-3.3-70b-instruct:free", "context_length": 65536},
    {"name": "no id, skipped"},
    "not even an object",
]}


async def test_fetch_key_info(respx_mock, http):
    route = respx_mock.get(f"{BASE}/key").mock(return_value=httpx.Response(200, json=KEY_DATA))
    info = await fetch_key_info(http, BASE + "/", KEY)
    assert route.calls.last.request.headers["authorization"] == f"Bearer {KEY}"
    assert (info["label"], info["limit"], info["limit_remaining"], info["usage"], info["is_free_tier"]) == (
        "sk-or-v1-116...0ce", 10.0, 7.5, 2.5, False)
    assert info["usage_daily"] == 0.1  # the rest is kept


async def test_fetch_key_info_fills_missing_fields(respx_mock, http):
    respx_mock.get(f"{BASE}/key").mock(return_value=httpx.Response(200, json={"data": {"label": "x"}}))
    info = await fetch_key_info(http, BASE, KEY)
    assert info["limit"] is None and info["is_free_tier"] is None


async def test_fetch_key_info_rejected(respx_mock, http, caplog):
    caplog.set_level(logging.DEBUG)
    respx_mock.get(f"{BASE}/key").mock(return_value=httpx.Response(
        401, json={"error": {"code": 401, "message": f"User not found for {KEY}"}}))
    with pytest.raises(ProviderError) as info:
        await fetch_key_info(http, BASE, KEY)
    assert type(info.value) is ProviderError
    assert info.value.kind == "auth" and info.value.status_code == 401
    assert info.value.message == "OpenRouter rejected the API key (401): User not found for [redacted]."
    assert KEY not in caplog.text


async def test_fetch_key_info_connect_error(respx_mock, http):
    respx_mock.get(f"{BASE}/key").mock(side_effect=httpx.ConnectError("Name or service not known"))
    with pytest.raises(ProviderError) as info:
        await fetch_key_info(http, BASE, KEY)
    assert type(info.value) is ProviderError
    assert info.value.kind == "upstream"
    assert info.value.message == "Could not connect to openrouter.test: Name or service not known."


async def test_fetch_key_info_unexpected_body(respx_mock, http):
    respx_mock.get(f"{BASE}/key").mock(return_value=httpx.Response(200, text="<html>hi</html>"))
    with pytest.raises(ProviderError) as info:
        await fetch_key_info(http, BASE, KEY)
    assert info.value.kind == "upstream" and "not JSON" in info.value.message


async def test_fetch_models(respx_mock, http):
    route = respx_mock.get(f"{BASE}/models").mock(return_value=httpx.Response(200, json=MODELS))
    models = await fetch_models(http, BASE)
    assert "authorization" not in route.calls.last.request.headers
    assert models == [
        {"id": "openai/gpt-4o", "name": "OpenAI: GPT-4o", "context_length": 128000, "max_completion_tokens": 16384,
         "pricing": {"prompt": "0.0000025", "completion": "0.00001"}},
        {"id": "meta-llama/llama-3.3-70b-instruct:free", "name": "meta-llama/llama-3.3-70b-instruct:free",
         "context_length": 65536, "max_completion_tokens": None, "pricing": {}},
    ]


async def test_fetch_models_server_error(respx_mock, http):
    respx_mock.get(f"{BASE}/models").mock(return_value=httpx.Response(503, text="Service Unavailable"))
    with pytest.raises(ProviderError) as info:
        await fetch_models(http, BASE)
    assert info.value.message == "OpenRouter had a server error (503): Service Unavailable."


def test_catalog_round_trip(tmp_path):
    catalog = ModelCatalog(tmp_path / "cache" / "models.json")
    assert catalog.load_cached() == [] and catalog.known_ids() == set() and catalog.fetched_at() is None
    models = [{"id": "openai/gpt-4o", "name": "GPT-4o", "context_length": 128000, "pricing": {"prompt": "1"}},
              {"id": "x/y", "name": "Ÿ", "context_length": None, "pricing": {}}]
    catalog.save(models)
    assert catalog.load_cached() == models
    assert catalog.known_ids() == {"openai/gpt-4o", "x/y"}
    assert catalog.fetched_at() is not None
    assert [p.name for p in catalog.cache_file.parent.iterdir()] == ["models.json"]  # no temp files left
    # The cached list gives a model's limits without a request.
    assert catalog.limits("openai/gpt-4o") == ModelLimits(128000, None, source="openrouter")
    assert catalog.limits("x/y") is None and catalog.limits("unknown/model") is None
    catalog.save([{"id": "a/b", "context_length": 200000, "max_completion_tokens": 64000}])
    assert catalog.limits("a/b") == ModelLimits(200000, 64000, source="openrouter")


def test_catalog_ignores_a_corrupt_cache(tmp_path):
    path = tmp_path / "models.json"
    path.write_text("{not json", encoding="utf-8")
    assert ModelCatalog(path).load_cached() == []
    path.write_text(json.dumps({"models": [{"id": "a"}, {"no": "id"}, 3]}), encoding="utf-8")
    assert ModelCatalog(path).known_ids() == {"a"}


async def test_prices_and_context_lengths_come_from_the_cached_list(respx_mock, http, tmp_path):
    from council_desktop.council.estimate import Price
    from council_desktop.providers.openrouter_api import ModelInfo, context_lengths_of, prices_of

    respx_mock.get(f"{BASE}/models").mock(return_value=httpx.Response(200, json={"data": [
        *MODELS["data"],
        {"id": "openrouter/auto", "pricing": {"prompt": "-1", "completion": "-1"}},
        {"id": "x/free:free", "context_length": 32768, "pricing": {"prompt": "0", "completion": "0", "request": "0"}},
    ]}))
    models = await fetch_models(http, BASE)
    assert prices_of(models) == {"openai/gpt-4o": Price(2.5e-6, 1e-5), "x/free:free": Price(0, 0)}
    assert context_lengths_of(models) == {"openai/gpt-4o": 128000, "meta-llama/llama-3.3-70b-instruct:free": 65536,
                                          "x/free:free": 32768}
    catalog = ModelCatalog(tmp_path / "models.json")
    assert catalog.prices() == {} and catalog.info() == {} and catalog.source() is None
    catalog.save(models, base_url=BASE + "/")
    assert catalog.source() == BASE  # which server the list (and its prices) came from
    assert catalog.prices() == prices_of(models)
    info = catalog.info()
    assert info["openai/gpt-4o"] == ModelInfo("openai/gpt-4o", "OpenAI: GPT-4o", 128000, Price(2.5e-6, 1e-5))
    assert info["openrouter/auto"].price is None and info["openrouter/auto"].context_length is None


def test_the_catalog_parses_its_file_once_per_change(tmp_path, monkeypatch):
    import json as json_module

    from council_desktop.providers import openrouter_api

    catalog = ModelCatalog(tmp_path / "models.json")
    assert catalog.limits("a/one") is None and catalog.load_cached() == []
    catalog.save([{"id": "a/one", "context_length": 1000}, {"id": "b/two", "max_completion_tokens": 50}])
    parses = []
    real = json_module.loads
    monkeypatch.setattr(openrouter_api.json, "loads", lambda s: parses.append(1) or real(s))
    for _ in range(20):  # a run's requests each ask for limits: one parse for all of them
        assert catalog.limits("a/one").context_length == 1000
        assert catalog.limits("b/two").max_completion_tokens == 50
        assert catalog.limits("c/three") is None
    assert catalog.known_ids() == {"a/one", "b/two"} and len(parses) == 1
    catalog.save([{"id": "c/three", "context_length": 7}])  # a new list is read again
    assert catalog.limits("c/three").context_length == 7 and catalog.limits("a/one") is None
    assert len(parses) == 2
    (tmp_path / "models.json").write_text("{not json", encoding="utf-8")
    assert catalog.load_cached() == [] and catalog.limits("c/three") is None  # a damaged file: no list
    (tmp_path / "models.json").unlink()
    assert catalog.fetched_at() is None and catalog.source() is None
