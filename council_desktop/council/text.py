"""Untrusted text: one redaction function, sanitising where text enters, and where a key may be sent.

Everything a server, an import file or a user types is untrusted. The rules, each applied in one place:

* :func:`redact` — every error text that reaches a person, a file, a log or an export passes it. It masks the
  secrets it is given (and every key remembered with :func:`remember_secret`), runs of a secret's leading
  characters (a key cut short is still masked), and anything that looks like a key (``sk-or-v1-…``, ``sk-…``,
  ``Bearer …``, ``api_key=…``, a password in a URL). Redact first, shorten after: :func:`shorten` never cuts a
  word in half, so a cut cannot leave half a key behind either.
* :func:`sanitize_text` / :func:`sanitize_json` — lone UTF-16 surrogates (JSON's ``"\\ud800"``) become U+FFFD, so
  text can always be encoded, stored and printed.
* :func:`strip_control` — for anything printed to a terminal: escape sequences and control characters go
  (``\\n`` and ``\\t`` stay).
* :func:`key_problem` — a key with a line break, a control character, a space or a non-ASCII character is refused
  before any HTTP library sees it (it would end up quoted, escaped, in a header error).
* :func:`is_insecure_http` — plain ``http://`` to a host that is not this machine sends the key in clear.

Standard library only.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import re
import threading
import unicodedata
import urllib.parse
from collections.abc import Callable
from typing import Any

__all__ = [
    "MASK",
    "StreamRedactor",
    "is_insecure_http",
    "key_problem",
    "lazy_pattern",
    "may_hold_surrogates",
    "redact",
    "remember_secret",
    "sanitize_json",
    "sanitize_text",
    "shorten",
    "strip_control",
]

MASK = "[redacted]"


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function giving ``re.compile(pattern, flags)``, compiled on its first call: a module's patterns are
    compiled when a text first needs them, not on every start of the app (each costs some 0.5 ms to compile, and
    most text never reaches them: ASCII needs no surrogate check, a message without "key" no key pattern)."""
    return functools.cache(functools.partial(re.compile, pattern, flags))


# --- secrets we know --------------------------------------------------------------------------------------------

_MIN_SECRET = 4  # shorter "secrets" would mask ordinary words
_MIN_KEPT_SECRET = 12  # remembered keys and keys masked in answers: short "keys" ("ollama") are ordinary words
_MIN_RUN = 12  # this many leading characters of a known secret are masked even when the rest is missing
_MAX_REMEMBERED = 32

_lock = threading.Lock()
_remembered: tuple[str, ...] = ()  # replaced, never mutated: readers on other threads (logging) need no lock


def remember_secret(secret: str | None) -> None:
    """Add a key to the secrets every :func:`redact` call masks (the log filter knows no keys otherwise).

    Keys shorter than 12 characters are not remembered: a local server's "key" is often an ordinary word.
    """
    global _remembered
    if not secret or len(secret) < _MIN_KEPT_SECRET:
        return
    with _lock:
        if secret in _remembered:
            return
        _remembered = (*_remembered, secret)[-_MAX_REMEMBERED:]


def _variants(secret: str) -> set[str]:
    """The secret as it may appear in a body: raw, JSON-escaped, percent-encoded."""
    out = {secret, json.dumps(secret)[1:-1], urllib.parse.quote(secret, safe="")}
    return {v for v in out if len(v) >= _MIN_SECRET}


def _mask_runs(text: str, secret: str) -> str:
    """Mask every occurrence of ``secret`` and every run of at least ``_MIN_RUN`` of its leading characters."""
    need = min(len(secret), _MIN_RUN)
    head = secret[:need]
    if head not in text:
        return text
    out: list[str] = []
    pos = 0
    while (i := text.find(head, pos)) >= 0:
        j = i + need
        k = need
        while k < len(secret) and j < len(text) and text[j] == secret[k]:
            j += 1
            k += 1
        out.append(text[pos:i])
        out.append(MASK)
        pos = j
    out.append(text[pos:])
    return "".join(out)


# --- things that look like keys -----------------------------------------------------------------------------------

_TOKEN = r"[A-Za-z0-9._~+/=\-]"
# Each pattern runs only when its trigger (lower-case) is in the text: most text has none, and is left at once.
_KEYLIKE: tuple[tuple[Callable[[], re.Pattern[str]], str], ...] = (
    # OpenRouter keys, whole or cut short: the prefix and whatever follows it.
    (lazy_pattern(r"\bsk-or-[A-Za-z0-9_\-]*"), MASK),
    # OpenAI / Anthropic / DeepSeek style secret keys.
    (lazy_pattern(r"\bsk-[A-Za-z0-9_\-]{12,}"), MASK),
    (lazy_pattern(r"\b(authorization[\"']?\s*[:=]\s*[\"']?)((?:Bearer|Basic|Token)\s+)?(?!\[redacted\])"
                  r"[^\s\"'&,;)\]}]{4,}", re.IGNORECASE), r"\1\2" + MASK),
    (lazy_pattern(r"\bBearer(\s+)(?!\[redacted\])" + _TOKEN + "{8,}"), r"Bearer\1" + MASK),
    (lazy_pattern(r"\b(api[_-]?key|x-api-key|access[_-]?token|auth[_-]?token|client[_-]?secret|secret|password)"
                  r"([\"']?\s*[:=]\s*[\"']?)(?!\[redacted\])[^\s\"'&,;)\]}]{4,}", re.IGNORECASE), r"\1\2" + MASK),
    # user:password@ in a URL
    (lazy_pattern(r"(?<=://)[^/\s@:]*:[^/\s@]+@"), MASK + "@"),
)
_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("sk-or-",), ("sk-",), ("authorization",), ("bearer",),
    ("key", "token", "secret", "password"), ("://",),
)


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with every known secret and everything that looks like a key masked as ``[redacted]``.

    Call it on the whole text *before* anything shortens it.
    """
    if not text:
        return text
    known = [s for s in (*secrets, *_remembered) if s and len(s) >= _MIN_SECRET]
    for s in sorted(set(known), key=len, reverse=True):
        for v in _variants(s):
            text = _mask_runs(text, v)
    low = text.lower()
    for (pattern, repl), triggers in zip(_KEYLIKE, _TRIGGERS, strict=True):
        if any(t in low for t in triggers):
            text = pattern().sub(repl, text)
    return text


class StreamRedactor:
    """Masks known secrets in text that arrives in pieces (an answer a server streams back).

    A piece that ends with what could be the start of a secret is held back until the next piece shows whether it
    is; :meth:`flush` hands back what is still held. Secrets shorter than 12 characters are left alone (a local
    server's "key" is often an ordinary word). Concatenating everything :meth:`feed` and :meth:`flush`
    return gives the redacted whole.
    """

    def __init__(self, *secrets: str | None) -> None:
        self._secrets = sorted({s for s in secrets if s and len(s) >= _MIN_KEPT_SECRET}, key=len, reverse=True)
        self._held = ""

    def feed(self, piece: str) -> str:
        if not self._secrets:
            return piece
        buf = self._held + piece
        hold = max(_held_prefix(buf, s) for s in self._secrets)
        out, self._held = (buf[:len(buf) - hold], buf[len(buf) - hold:]) if hold else (buf, "")
        for s in self._secrets:
            out = _mask_runs(out, s)
        return out

    def flush(self) -> str:
        held, self._held = self._held, ""
        for s in self._secrets:
            held = _mask_runs(held, s)
        return held


def _held_prefix(text: str, secret: str) -> int:
    """Length of the longest end of ``text`` that is a proper prefix of ``secret`` (0 if none)."""
    first = secret[0]
    start = max(0, len(text) - (len(secret) - 1))
    i = text.find(first, start)
    while i >= 0:
        tail = text[i:]
        if secret.startswith(tail):
            return len(tail)
        i = text.find(first, i + 1)
    return 0


# --- shortening ---------------------------------------------------------------------------------------------------

def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in "…" when cut; never inside a word."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    if not text[len(cut)].isspace():
        space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
        if space > len(cut) // 2:  # drop the word the cut went through, unless that loses most of the text
            cut = cut[:space]
    return cut.rstrip() + "…"


# --- Unicode ------------------------------------------------------------------------------------------------------

_SURROGATE = lazy_pattern("[\ud800-\udfff]")
_JSON_SURROGATE_ESCAPE = lazy_pattern(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def sanitize_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (so it always encodes as UTF-8)."""
    if text.isascii() or _SURROGATE().search(text) is None:
        return text
    return _SURROGATE().sub("\ufffd", text)


def may_hold_surrogates(json_text: str) -> bool:
    """Whether decoding this JSON text can give a lone surrogate (it has a ``\\uD800``–``\\uDFFF`` escape)."""
    return _JSON_SURROGATE_ESCAPE().search(json_text) is not None


def sanitize_json(value: Any) -> Any:
    """A decoded JSON value with every string (keys included) passed through :func:`sanitize_text`."""
    if isinstance(value, str):
        return sanitize_text(value)
    if isinstance(value, dict):
        return {sanitize_text(k) if isinstance(k, str) else k: sanitize_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [sanitize_json(v) for v in value]
    return value


# --- terminal -----------------------------------------------------------------------------------------------------

# ESC sequences first (CSI, OSC, other two-character escapes), so no "[31m" is left behind; then single controls:
# C0 except \t and \n, DEL, C1, and the bidirectional overrides that reorder what a terminal shows.
_ANSI = lazy_pattern(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_])"
                     r"|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?")
_CONTROL = lazy_pattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_control(text: str) -> str:
    """``text`` without terminal escape sequences and control characters; ``\\n`` and ``\\t`` are kept."""
    if text.isprintable():  # no control, format or separator character: nothing either pattern could match
        return text
    return _CONTROL().sub("", _ANSI().sub("", text))


# --- the key ------------------------------------------------------------------------------------------------------

def key_problem(key: str) -> str | None:
    """Why ``key`` cannot be a key (a sentence that never quotes it), or None when it can be used."""
    if not key:
        return "The API key is empty."
    for i, ch in enumerate(key, 1):
        if ch in "\r\n":
            what = "a line break"
        elif ch.isspace():
            what = "a space"
        elif unicodedata.category(ch)[0] == "C":
            what = "a control character"
        elif not ch.isascii():
            what = "a non-ASCII character"
        else:
            continue
        return (f"The API key contains {what} (character {i} of {len(key)}), so it cannot be sent: "
                "paste the key again, exactly as the provider shows it.")
    return None


# --- where the key may go -----------------------------------------------------------------------------------------

def is_insecure_http(base_url: str) -> bool:
    """True when ``base_url`` is plain ``http://`` to a host other than this machine (a key would travel in
    clear). Loopback — ``localhost``, ``127.0.0.0/8``, ``::1`` — is safe; so is any ``https://`` URL."""
    try:
        parts = urllib.parse.urlsplit(base_url.strip())
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme.lower() != "http":
        return False
    if not host:
        return True
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return not ip.ipv4_mapped.is_loopback
    return not ip.is_loopback
