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
    with pytest.raises(SettingsError, match="is not valid JSON"):
        store.load()
    with caplog.at_level(logging.WARNING):
        assert store.load_or_default() == Settings()
        assert store.load_or_default() == Settings()
    assert store.problem is not None and "is not valid JSON" in store.problem
    assert len([r for r in caplog.records if "not valid JSON" in r.getMessage()]) == 1  # said once
    assert path.read_text(encoding="utf-8") == "{not json"


# Each bad value: the setting the message must name, and what it must say is wrong.
@pytest.mark.parametrize(("text", "field", "says"), [
    ('{"temperature": "inf"}', "temperature", "must be a number from 0 to 2, got the string 'inf'"),
    ('{"temperature": Infinity}', "temperature", "got the number inf"),
    ('{"temperature": true}', "temperature", "got a boolean"),
    ('{"members": "m/a"}', "members", "must be a list, got the string 'm/a'"),
    ('{"members": []}', "members", "must have at least 1 item"),
    ('{"members": ["a/b", 5]}', "members[1]", "must be a non-empty string, got the number 5"),
    ('{"members": ["a/b", "  "]}', "members[1]", "must not be empty"),
    ('{"chairman": ["a/b"]}', "chairman", "must be a non-empty string, got a list"),
    ('{"first_token_timeout": -5}', "first_token_timeout", "must be a number from 1 to 86400"),
    ('{"first_token_timeout": NaN}', "first_token_timeout", "got the number nan"),
    ('{"total_timeout": 0}', "total_timeout", "must be a number from 1 to 86400"),
    ('{"max_tokens": "4096"}', "max_tokens", "got the string '4096'"),
    ('{"openrouter_max_concurrent": -1}', "openrouter_max_concurrent", "must be a whole number"),
    ('{"base_url": "file:///etc/passwd"}', "base_url", "must be an http:// or https:// URL"),
    ('{"providers": [{"name": "x", "base_url": 5}]}', "providers[0].base_url", "must be an http"),
    ('{"providers": {"name": "x"}}', "providers", "must be a list, got an object"),
    ('{"providers": [{"name": "x", "base_url": "http://a"}, {"name": "x", "base_url": "http://b"}]}',
     "providers[1].name", "repeats the provider 'x'"),
    ('{"providers": [{"name": "x", "base_url": "http://a", "max_concurrent": 0}]}',
     "providers[0].max_concurrent", "must be a whole number from 1"),
    ('{"extra": "x"}', "extra", "must be an object"),
    ('{"quorum": 0}', "quorum", "must be a whole number from 1 to 64 or null"),
    ('{"stage_deadline": "soon"}', "stage_deadline", "must be a number from 1 to 86400 or null"),
    ('{"language": "tlh"}', "language", "must be one of 'system', 'en', 'de', 'fr', 'es', 'zh_CN'"),
    ('{"language": null}', "language", "must be one of"),
    ("[1, 2]", None, "must hold a JSON object, not a list"),
])
def test_bad_settings_are_refused_naming_the_setting(tmp_path, text, field, says):
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as err:
        SettingsStore(path).load()
    assert err.value.field == field
    assert says in str(err.value) and str(path) in str(err.value)
    if field:
        assert f"{field}: " in str(err.value)


def test_saving_over_a_corrupt_file_keeps_it_aside(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"members": "m/a", "chairman": "my/own"}', encoding="utf-8")
    store = SettingsStore(path)
    assert store.load_or_default() == Settings() and store.problem and "members" in store.problem
    store.save(Settings(members=("a/b",), chairman="a/b"))
    assert store.kept_aside is not None and store.kept_aside.name.startswith("settings.json.corrupt-")
    assert store.kept_aside.read_text(encoding="utf-8") == '{"members": "m/a", "chairman": "my/own"}'
    assert store.load().members == ("a/b",) and store.problem is None
    store.save(Settings(members=("c/d",), chairman="c/d"))  # a readable file is simply replaced
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1


def test_every_default_comes_from_the_council_options():
    """One default per option: the settings take them from CouncilOptions (90 s vs 60 s happened before)."""
    from dataclasses import asdict

    from council_desktop.council.orchestrator import CouncilOptions

    assert Settings().council_options() == CouncilOptions()
    defaults = asdict(CouncilOptions())
    assert {k: getattr(Settings(), k) for k in defaults} == defaults
    assert Settings.from_dict({}) == Settings()
    assert Settings.from_dict({"quorum": 2, "stage_deadline": 30}).council_options().quorum == 2


def test_ask_with_a_corrupt_settings_file_refuses_to_run_the_defaults(capsys, monkeypatch):
    """No fallback to four paid default models the user did not choose: exit 2, the bad setting named."""
    from council_desktop import ask_cmd, cli

    paths = app_paths()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"members": "m/a"}', encoding="utf-8")
    monkeypatch.setenv(KEY_ENV, "sk-or-v1-test")
    asked = []
    monkeypatch.setattr(ask_cmd, "_ask", lambda *a, **k: asked.append(a))  # never reached
    assert cli.main(["ask", "hello", "--base-url", "http://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "members: must be a list, got the string 'm/a'" in err and "Traceback" not in err
    assert asked == []
    assert paths.settings_file.read_text(encoding="utf-8") == '{"members": "m/a"}'  # left for the user to fix


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "0"])
def test_ask_timeout_must_be_a_finite_positive_number(capsys, monkeypatch, value):
    from council_desktop import cli

    monkeypatch.setenv(KEY_ENV, "sk-or-v1-test")
    assert cli.main(["ask", "hello", "--timeout", value, "--model", "a/b", "--chairman", "a/b"]) == 2
    assert "--timeout must be a positive number" in capsys.readouterr().err


def test_unknown_settings_keys_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"members": ["x"], "future_option": 1}), encoding="utf-8")
    assert SettingsStore(path).load().members == ("x",)


def test_a_settings_file_from_before_the_language_setting_follows_the_system(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"members": ["x"], "appearance": "dark"}), encoding="utf-8")
    assert SettingsStore(path).load().language == "system"
    store = SettingsStore(path)
    store.save(Settings(language="zh_CN"))
    assert store.load().language == "zh_CN"


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
