"""The API keys: ``OPENROUTER_API_KEY`` if set, else the OS keyring. Never a plain file.

Where no keyring backend works (a headless Linux without Secret Service) the store says so plainly
(:attr:`KeyStore.available` is False, :meth:`status_text` explains) and a key the user types lives in memory for
this session only.

A key is checked before it is kept or used (:func:`~council_desktop.council.text.key_problem`): a line break, a
control character, a space or a non-ASCII character is refused with a sentence that never quotes the key.
"""

from __future__ import annotations

import logging
import os
from types import ModuleType
from typing import Any

from council_desktop.council.records import dataclass
from council_desktop.council.text import key_problem, redact


def _keyring() -> ModuleType:
    """The keyring package, imported on first use: a run whose key comes from the environment never loads it
    (it costs about a tenth of a second at start)."""
    import keyring

    return keyring


def _errors() -> Any:
    import keyring.errors

    return keyring.errors


__all__ = ["KEY_ENV", "OPENROUTER_USER", "SERVICE", "InvalidKeyError", "KeyLookup", "KeyStore", "provider_user",
           "redact"]

log = logging.getLogger(__name__)

SERVICE = "council-desktop"
OPENROUTER_USER = "openrouter"
KEY_ENV = "OPENROUTER_API_KEY"


def provider_user(name: str) -> str:
    return f"provider:{name}"


class InvalidKeyError(ValueError):
    """A key that cannot be a key; ``str()`` says why without quoting it."""


@dataclass(frozen=True, slots=True)
class KeyLookup:
    """The OpenRouter key, where it came from, and — when it cannot be used — why (``problem``)."""

    key: str | None
    source: str  # "env", "keyring", "session", "none"
    problem: str | None = None


class KeyStore:
    """Reads and writes keys in the OS keyring, with an env override and a session-only fallback."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self._env = env
        self._session: dict[str, str] = {}
        self._last_error: str | None = None

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ) if self._env is None else self._env

    @property
    def available(self) -> bool:
        """True when a real keyring backend is in place."""
        try:
            from keyring.backends import fail

            return not isinstance(_keyring().get_keyring(), fail.Keyring)
        except Exception:  # a broken backend module must not take the app down
            return False

    def backend_name(self) -> str:
        try:
            kr = _keyring().get_keyring()
        except Exception as e:
            return f"unavailable ({type(e).__name__})"
        return f"{type(kr).__module__}.{type(kr).__name__}"

    def status_text(self) -> str:
        if self.available:
            return f"Keys are kept in the system keyring ({self.backend_name()})."
        return ("No system keyring is available (no Secret Service / Keychain / Credential Manager was found): "
                "a key you enter is kept for this session only and is not saved. "
                f"Set {KEY_ENV} to use a key without a keyring.")

    @property
    def last_error(self) -> str | None:
        return self._last_error

    def _get(self, user: str) -> str | None:
        if user in self._session:
            return self._session[user]
        try:
            value = _keyring().get_password(SERVICE, user)
        except _errors().KeyringError as e:
            self._last_error = f"The system keyring could not be read ({type(e).__name__})."
            log.info("keyring read failed: %s", type(e).__name__)
            return None
        return value or None

    def lookup(self) -> KeyLookup:
        """The OpenRouter key and where it came from."""
        env_key = self.env.get(KEY_ENV, "").strip()
        if env_key:
            problem = key_problem(env_key)
            return KeyLookup(env_key, "env", f"{KEY_ENV}: {problem}" if problem else None)
        if OPENROUTER_USER in self._session:
            return KeyLookup(self._session[OPENROUTER_USER], "session")
        key = self._get(OPENROUTER_USER)
        if not key:
            return KeyLookup(None, "none")
        return KeyLookup(key, "keyring", key_problem(key))  # a key saved before keys were checked

    def openrouter_key(self) -> str | None:
        return self.lookup().key

    def provider_key(self, name: str) -> str | None:
        return self._get(provider_user(name))

    def set_openrouter_key(self, key: str) -> bool:
        """Save the key; True if it went to the keyring, False if it is kept for this session only.

        Raises :class:`InvalidKeyError` for a key that cannot be sent (surrounding whitespace is stripped first).
        """
        return self._set(OPENROUTER_USER, key)

    def set_provider_key(self, name: str, key: str) -> bool:
        return self._set(provider_user(name), key)

    def _set(self, user: str, key: str) -> bool:
        key = key.strip()
        if not key:
            self._delete(user)
            return True
        problem = key_problem(key)
        if problem:
            raise InvalidKeyError(problem)
        try:
            _keyring().set_password(SERVICE, user, key)
        except _errors().KeyringError as e:
            self._last_error = f"The system keyring could not save the key ({type(e).__name__})."
            log.warning("keyring unavailable (%s): key kept for this session only", type(e).__name__)
            self._session[user] = key
            return False
        self._session.pop(user, None)
        return True

    def delete_openrouter_key(self) -> None:
        self._delete(OPENROUTER_USER)

    def _delete(self, user: str) -> None:
        self._session.pop(user, None)
        errors = _errors()
        try:
            _keyring().delete_password(SERVICE, user)
        except errors.PasswordDeleteError:
            pass
        except errors.KeyringError as e:
            log.info("keyring delete failed: %s", type(e).__name__)

