"""KeyStore refuses a key that cannot be a key, when it is saved and when it comes from OPENROUTER_API_KEY."""

import pytest

from council_desktop.storage.keystore import KEY_ENV, OPENROUTER_USER, SERVICE, InvalidKeyError, KeyStore

KEY = "sk-or-v1-" + "0123456789abcdef" * 4


@pytest.mark.parametrize("bad", [KEY[:20] + "\n" + KEY[20:], KEY[:20] + "\x1b[2J" + KEY[20:], KEY + "…",
                                 KEY[:20] + " " + KEY[20:]])
def test_saving_an_unusable_key_is_refused_and_nothing_is_kept(memory_keyring, bad):
    store = KeyStore(env={})
    with pytest.raises(InvalidKeyError) as info:
        store.set_openrouter_key(bad)
    assert "cannot be sent" in str(info.value) and KEY[9:21] not in str(info.value)
    assert (SERVICE, OPENROUTER_USER) not in memory_keyring.store
    with pytest.raises(InvalidKeyError):
        store.set_provider_key("cloud", bad)
    assert store.openrouter_key() is None and store.provider_key("cloud") is None


def test_surrounding_whitespace_is_not_a_problem(memory_keyring):
    store = KeyStore(env={})
    store.set_openrouter_key(f"  {KEY}\n")
    assert store.openrouter_key() == KEY and store.lookup().problem is None


def test_an_unusable_env_key_is_reported_not_hidden():
    found = KeyStore(env={KEY_ENV: KEY[:30] + "\n" + KEY[30:]}).lookup()
    assert found.source == "env" and found.key is not None
    assert found.problem is not None and found.problem.startswith(f"{KEY_ENV}: ") and "line break" in found.problem
    assert KEY[9:21] not in found.problem


def test_a_key_saved_before_keys_were_checked_is_flagged(memory_keyring):
    memory_keyring.set_password(SERVICE, OPENROUTER_USER, KEY + "\x07")
    found = KeyStore(env={}).lookup()
    assert found.source == "keyring" and "control character" in (found.problem or "")
