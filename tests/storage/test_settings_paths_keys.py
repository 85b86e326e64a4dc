import json
import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from council_desktop.storage.keystore import KEY_ENV, SERVICE, KeyStore, redact
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import (
    DEFAULT_BASE_URL,
    ProviderConfig,
    Settings,
    SettingsError,
    SettingsStore,
)


def test_home_env_moves_all_three_folders(tmp_path):
    p = app_paths({"COUNCIL_DESKTOP_HOME": str(tmp_path / "h")})
    assert p.config_dir == tmp_path / "h" / "config"
    assert p.data_dir == tmp_path / "h" / "data"
    assert p.log_dir == tmp_path / "h" / "logs"
    p.ensure()
    assert p.config_dir.is_dir() and p.data_dir.is_dir() and p.log_dir.is_dir()


def test_platform_folders_without_home_env():
    p = app_paths({})
    assert "council-desktop" in str(p.config_dir) and "council-desktop" in str(p.data_dir)
    assert p.config_dir != p.data_dir


def test_settings_round_trip(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()  # no file: defaults
    s = Settings(members=("a/b", "c/d@local"), chairman="a/b", temperature=0.2,
                 providers=(ProviderConfig("local", "http://127.0.0.1:11434/v1/", max_concurrent=1),))
    store.save(s)
    again = store.load()
    assert again.members == ("a/b", "c/d@local") and again.temperature == 0.2
    assert again.providers[0].base_url == "http://127.0.0.1:11434/v1"  # trailing slash dropped
    assert again.provider("local").max_concurrent == 1 and again.provider("nope") is None
    assert not list(tmp_path.glob(".settings-*"))  # atomic write leaves no temp file


def test_corrupt_settings_file_is_reported_and_left_alone(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = SettingsStore(path)
    with pytest.raises(SettingsError, match="cannot be read"):
        store.load()
    with caplog.at_level(logging.WARNING):
        assert store.load_or_default() == Settings()
    assert path.read_text(encoding="utf-8") == "{not json"


def test_unknown_settings_keys_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"members": ["x"], "future_option": 1}), encoding="utf-8")
    assert SettingsStore(path).load().members == ("x",)


def test_base_url_env_overrides():
    s = Settings()
    assert s.effective_base_url({}) == DEFAULT_BASE_URL
    assert s.effective_base_url({"OPENROUTER_BASE_URL": "http://127.0.0.1:9/api/v1/"}) == "http://127.0.0.1:9/api/v1"


def test_env_key_wins_then_keyring(memory_keyring):
    ks = KeyStore(env={KEY_ENV: "sk-env"})
    assert ks.lookup().source == "env" and ks.openrouter_key() == "sk-env"
    ks2 = KeyStore(env={})
    assert ks2.lookup().source == "none"
    assert ks2.set_openrouter_key("sk-saved") is True
    assert memory_keyring.store[(SERVICE, "openrouter")] == "sk-saved"
    assert ks2.lookup().source == "keyring" and ks2.openrouter_key() == "sk-saved"
    ks2.delete_openrouter_key()
    assert ks2.openrouter_key() is None


def test_provider_keys_are_separate(memory_keyring):
    ks = KeyStore(env={})
    ks.set_provider_key("local", "pk")
    assert ks.provider_key("local") == "pk" and ks.openrouter_key() is None


def test_no_keyring_backend_is_said_plainly_and_nothing_is_written(tmp_path, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    ks = KeyStore(env={})
    assert ks.available is False
    assert "session only" in ks.status_text() and KEY_ENV in ks.status_text()
    assert ks.openrouter_key() is None  # get_password raises NoKeyringError: handled
    assert ks.set_openrouter_key("sk-session-only") is False
    assert ks.lookup().source == "session" and ks.openrouter_key() == "sk-session-only"
    # never a plain file: nothing anywhere under the (test) home or tmp holds the key
    for f in Path(tmp_path).rglob("*"):
        if f.is_file():
            assert b"sk-session-only" not in f.read_bytes()


def test_redact():
    assert redact("Bearer sk-or-v1-abc failed", "sk-or-v1-abc") == "Bearer [redacted] failed"
    assert redact("nothing", None, "") == "nothing"


def test_council_options_from_settings():
    s = Settings(max_tokens=1000, temperature=0.1, first_token_timeout=30, total_timeout=100)
    o = s.council_options()
    assert (o.max_tokens, o.temperature, o.first_token_timeout, o.total_timeout) == (1000, 0.1, 30, 100)
    o2 = s.council_options(first_token_timeout=500)
    assert o2.first_token_timeout == 500 and o2.total_timeout == 500
