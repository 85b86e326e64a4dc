"""council/text.py: the one redaction, sanitising, terminal safety, key checks, insecure URLs."""

import json
import urllib.parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from council_desktop.council import text
from council_desktop.council.provider import ERROR_KINDS, ErrorKind
from council_desktop.council.text import (
    MASK,
    StreamRedactor,
    is_insecure_http,
    key_problem,
    redact,
    sanitize_json,
    sanitize_text,
    shorten,
    strip_control,
)

KEY = "sk-or-v1-" + "0123456789abcdef" * 4
LOCAL_KEY = "pk-cloud-secret-0123456789"


@pytest.fixture(autouse=True)
def _forget_remembered(monkeypatch):
    monkeypatch.setattr(text, "_remembered", ())


# --- redact --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("shown", [
    KEY, json.dumps(KEY)[1:-1], urllib.parse.quote(KEY, safe=""),
    KEY[:30],  # a key cut short by the server, or by an earlier cut
    KEY[:-1] + "X",  # all but its last character
])
def test_known_secret_is_masked_however_it_appears(shown):
    out = redact(f"Invalid key: {shown} (check it)", KEY)
    assert KEY[9:21] not in out and MASK in out


def test_a_keys_leading_run_is_masked_even_without_a_recognisable_prefix():
    out = redact(f"echo {LOCAL_KEY[:15]}", LOCAL_KEY)
    assert LOCAL_KEY[:12] not in out and out == f"echo {MASK}"


def test_short_fragments_of_a_secret_are_ordinary_text():
    assert redact("pk-cloud is down", LOCAL_KEY) == "pk-cloud is down"


@pytest.mark.parametrize(("raw", "expected"), [
    ("key sk-or-v1-abc123 rejected", f"key {MASK} rejected"),
    ("key sk-or-v1- rejected", f"key {MASK} rejected"),
    ("key sk-proj-ABCDEFGHIJKLMNOP0123 rejected", f"key {MASK} rejected"),
    ("Authorization: Bearer abcdefgh12345678", f"Authorization: Bearer {MASK}"),
    ('{"authorization": "Basic dXNlcjpwYXNzd29yZA=="}', f'{{"authorization": "Basic {MASK}"}}'),
    ("sent Bearer eyJhbGciOiJIUzI1NiJ9.x.y", f"sent Bearer {MASK}"),
    ("url?api_key=abcd1234&x=1", f"url?api_key={MASK}&x=1"),
    ('{"x-api-key": "abcd1234"}', f'{{"x-api-key": "{MASK}"}}'),
    ("https://user:hunter22@proxy.example/v1", f"https://{MASK}@proxy.example/v1"),
])
def test_keylike_text_is_masked_without_knowing_the_key(raw, expected):
    assert redact(raw) == expected


@pytest.mark.parametrize("prose", [
    "the bearer of bad news", "Basic authentication failed", "max_tokens: 4096", "ask-or-tell",
    "model x-ai/grok-4 is overloaded", "password is wrong",
])
def test_ordinary_prose_is_left_alone(prose):
    assert redact(prose) == prose


def test_remembered_secrets_are_masked_everywhere():
    text.remember_secret(LOCAL_KEY)
    text.remember_secret("ollama")  # too short to be told from a word: not remembered
    assert redact(f"{LOCAL_KEY} via ollama") == f"{MASK} via ollama"


def test_redact_then_shorten_never_leaves_part_of_a_key():
    body = "x " * 140 + LOCAL_KEY + " tail"
    for limit in range(270, 320):
        out = shorten(redact(body, LOCAL_KEY), limit)
        assert LOCAL_KEY[:8] not in out and len(out) <= limit


# --- streaming ----------------------------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None, database=None)
@given(before=st.text(alphabet="ab sk-pc", max_size=20), after=st.text(alphabet="ab sk-pc", max_size=20),
       cuts=st.lists(st.integers(0, 200), max_size=8), times=st.integers(0, 2))
def test_stream_redactor_masks_a_key_split_anywhere(before, after, cuts, times):
    whole = before + (LOCAL_KEY + after) * times + before
    positions = sorted({c % (len(whole) + 1) for c in cuts})
    pieces = [whole[a:b] for a, b in zip([0, *positions], [*positions, len(whole)], strict=True)]
    r = StreamRedactor(LOCAL_KEY)
    out = "".join(r.feed(p) for p in pieces) + r.flush()
    assert LOCAL_KEY not in out
    assert out == redact(whole, LOCAL_KEY) or LOCAL_KEY[:12] not in out
    if times == 0 and LOCAL_KEY[:12] not in whole:
        assert out == whole  # text that is no key passes unchanged


def test_stream_redactor_ignores_short_keys():
    r = StreamRedactor("ollama")
    assert r.feed("ollama says hi") == "ollama says hi"


# --- Unicode ------------------------------------------------------------------------------------------------------

def test_lone_surrogates_become_replacement_characters():
    assert sanitize_text("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert sanitize_text("ok 🎉") == "ok 🎉"
    value = json.loads('{"k\\ud800": ["\\udc00", {"x": "\\ud83d\\ude00"}], "n": 1}')
    clean = sanitize_json(value)
    assert clean == {"k\ufffd": ["\ufffd", {"x": "😀"}], "n": 1}
    json.dumps(clean, ensure_ascii=False).encode("utf-8")  # no UnicodeEncodeError


# --- terminal -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("red \x1b[31mALERT\x1b[0m done", "red ALERT done"),
    ("title \x1b]0;pwned\x07 set", "title  set"),
    ("hyper \x1b]8;;file:///etc/passwd\x1b\\link\x1b]8;;\x1b\\", "hyper link"),
    ("bell\x07 back\x08 cr\r nul\x00 del\x7f c1\x9b2J", "bell back cr nul del c1"),
    ("rtl \u202egnp.exe\u202c ok", "rtl gnp.exe ok"),
    ("keeps\ttabs\nand lines", "keeps\ttabs\nand lines"),
    ("plain ascii", "plain ascii"),
    ("ünïcödé 亚 🎉", "ünïcödé 亚 🎉"),
])
def test_strip_control(raw, expected):
    assert strip_control(raw) == expected


# --- keys ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "what"), [
    (KEY[:20] + "\n" + KEY[20:], "a line break"), (KEY + "\r", "a line break"),
    (KEY[:5] + " " + KEY[5:], "a space"), (KEY[:5] + "\x00" + KEY[5:], "a control character"),
    (KEY[:5] + "\x1b" + KEY[5:], "a control character"), (KEY + "…", "a non-ASCII character"),
    (KEY[:5] + "\u200b" + KEY[5:], "a control character"),
])
def test_unusable_keys_are_named_without_quoting_them(key, what):
    problem = key_problem(key)
    assert problem is not None and what in problem
    assert KEY[9:17] not in problem


def test_a_normal_key_has_no_problem():
    assert key_problem(KEY) is None and key_problem("ollama") is None and key_problem('a"b\\c') is None


# --- where the key may go -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "insecure"), [
    ("https://openrouter.ai/api/v1", False), ("http://127.0.0.1:11434/v1", False), ("http://127.9.9.9/v1", False),
    ("http://localhost:1234/v1", False), ("HTTP://LOCALHOST./v1", False), ("http://[::1]:8080/v1", False),
    ("http://[::ffff:127.0.0.1]/v1", False), ("http://api.localhost/v1", False),
    ("http://openrouter.ai/api/v1", True), ("http://192.168.1.20:11434/v1", True), ("http://10.0.0.1/v1", True),
    ("http://0.0.0.0:8080/v1", True), ("http://[fe80::1]/v1", True), ("http://localhost.evil.com/v1", True),
    ("http://127.0.0.1.nip.io/v1", True), ("http:///v1", True),
])
def test_is_insecure_http(url, insecure):
    assert is_insecure_http(url) is insecure


# --- vocabularies -------------------------------------------------------------------------------------------------

def test_error_kinds_are_derived_from_the_literal():
    from typing import get_args

    assert get_args(ErrorKind) == ERROR_KINDS
    assert {"context_length", "too_large", "bad_request"} <= set(ERROR_KINDS)


def test_lazy_pattern_compiles_on_first_use_once(monkeypatch):
    import re

    from council_desktop.council import text

    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: compiled.append(a) or real(*a))
    get = text.lazy_pattern(r"a+b", re.IGNORECASE)
    assert compiled == []
    assert get().fullmatch("AAb") and get() is get()
    assert compiled == [(r"a+b", re.IGNORECASE)]
