"""provider_setup: the glue that hands the registry endpoints and keys from the settings and the key store."""

import pytest

from council_desktop.provider_setup import apply_settings, build_registry, endpoints, key_for
from council_desktop.providers.registry import ProviderEndpoint
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.settings import ProviderConfig, Settings

LOCAL = ProviderConfig(name="local", base_url="http://127.0.0.1:11434/v1", has_key=False, max_concurrent=1)
CLOUD = ProviderConfig(name="cloud", base_url="https://cloud.test/v1", has_key=True, max_concurrent=4)


def test_endpoints_mirror_the_configured_providers():
    assert endpoints(Settings(providers=(LOCAL, CLOUD))) == (
        ProviderEndpoint("local", "http://127.0.0.1:11434/v1", False, 1),
        ProviderEndpoint("cloud", "https://cloud.test/v1", True, 4))


def test_key_for_reads_the_key_store():
    store = KeyStore(env={"OPENROUTER_API_KEY": "sk-or-v1-env-key-000000"})
    store.set_provider_key("cloud", "pk-cloud-0123456789")
    keys = key_for(store)
    assert keys(None) == "sk-or-v1-env-key-000000"
    assert keys("cloud") == "pk-cloud-0123456789"
    assert keys("local") is None


async def test_openrouter_url_env_wins_over_the_saved_one(monkeypatch):
    monkeypatch.setenv("OPENROUTER_BASE_URL", "http://127.0.0.1:8765/api/v1/")
    registry = build_registry(None, Settings(base_url="https://saved.test/v1"), KeyStore(env={}))
    assert registry.openrouter_base_url() == "http://127.0.0.1:8765/api/v1"


async def test_saved_url_without_env_and_the_override(monkeypatch):
    monkeypatch.delenv("OPENROUTER_BASE_URL", raising=False)
    settings = Settings(base_url="https://saved.test/v1", openrouter_max_concurrent=3, providers=(LOCAL,))
    registry = build_registry(None, settings, KeyStore(env={}))
    assert registry.openrouter_base_url() == "https://saved.test/v1"
    assert registry.resolve("m@local")[0].max_concurrent == 1
    assert build_registry(None, settings, KeyStore(env={}), base_url="https://cli.test/v1").openrouter_base_url() \
        == "https://cli.test/v1"


@pytest.mark.parametrize("override", [None, "https://override.test/v1"])
def test_apply_settings_reconfigures(monkeypatch, override):
    monkeypatch.delenv("OPENROUTER_BASE_URL", raising=False)
    registry = build_registry(None, Settings(), KeyStore(env={}), base_url=override)
    apply_settings(registry, Settings(base_url="https://new.test/v1", providers=(CLOUD,)), base_url=override)
    assert registry.openrouter_base_url() == (override or "https://new.test/v1")
    assert registry.providers == (ProviderEndpoint("cloud", "https://cloud.test/v1", True, 4),)
