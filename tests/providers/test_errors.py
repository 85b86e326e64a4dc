"""errors.py: parsing error bodies and building one-sentence ProviderErrors."""

import email.utils

import httpx
import pytest

from council_desktop.providers import errors
from council_desktop.providers.errors import ErrorInfo, TransientProviderError


@pytest.mark.parametrize(("value", "seconds"), [("7", 7.0), (" 2.5 ", 2.5), ("-3", 0.0), ("soon", None),
                                                (None, None), ("inf", None)])
def test_parse_retry_after_seconds(value, seconds):
    assert errors.parse_retry_after(value) == seconds


def test_parse_retry_after_http_date():
    when = email.utils.formatdate(1_000_030, usegmt=True)
    assert errors.parse_retry_after(when, now=1_000_000) == pytest.approx(30)


@pytest.mark.parametrize(("body", "info"), [
    ('{"error": {"message": "User not found.", "code": 401}, "user_id": "u"}',
     ErrorInfo(message="User not found.", code=401)),
    ('{"error": {"message": "m", "code": "429"}}', ErrorInfo(message="m", code=429)),
    ('{"error": {"message": "Provider returned error", "code": 429, "metadata": {"provider_name": "Groq", '
     '"raw": "slow down", "headers": {"retry-after": "12"}}}}',
     ErrorInfo(message="Provider returned error", code=429, provider_name="Groq", raw="slow down",
               retry_after=12.0)),
    ('{"error": {"message": "x", "code": 402, "metadata": {"provider_name": null}}}',
     ErrorInfo(message="x", code=402)),
    ('{"error": "model not found"}', ErrorInfo(message="model not found")),
    ('{"detail": "Not authenticated"}', ErrorInfo(message="Not authenticated")),
    ('{"ok": true}', None),
    ("<html></html>", None),
    ("[1, 2]", None),
])
def test_parse_error_body(body, info):
    assert errors.parse_error_body(body) == info


def test_raw_that_is_json_is_dug_into():
    info = errors.parse_error_object({"message": "Provider returned error", "code": 502, "metadata": {
        "provider_name": "Fireworks", "raw": {"error": {"message": "upstream overloaded"}}}})
    assert info.detail() == "Provider returned error (Fireworks: upstream overloaded)"


def test_detail_is_cleaned_and_shortened():
    info = ErrorInfo(message="line one\n\n   line two " + "x" * 500)
    detail = info.detail()
    assert detail.startswith("line one line two x") and len(detail) <= 300 and detail.endswith("…")


@pytest.mark.parametrize(("code", "error_type", "kind"), [
    (429, None, "rate_limit"), ("server_error", None, "upstream"), ("rate_limit_exceeded", None, "rate_limit"),
    ("x", "authentication", "auth"), (402, None, "credits"), (None, None, "upstream"), (404, None, "not_found"),
])
def test_kind_for_code(code, error_type, kind):
    assert errors.kind_for_code(code, error_type) == kind


def test_http_error_transient_flags():
    assert isinstance(errors.http_error(503, b"", provider="P", model="m"), TransientProviderError)
    assert isinstance(errors.http_error(408, b"", provider="P", model="m"), TransientProviderError)
    assert not isinstance(errors.http_error(401, b"", provider="P", model="m"), TransientProviderError)
    err = errors.http_error(429, b"{}", provider="P", model="m", headers={"Retry-After": "3"})
    assert isinstance(err, TransientProviderError) and err.retry_after == 3.0


def test_http_error_redacts_secrets_in_html():
    body = b"<html><title>Bad key sk-secret-123456</title></html>"
    err = errors.http_error(401, body, provider="P", model=None, headers={"content-type": "text/html"},
                            secrets=("sk-secret-123456",))
    assert err.message == "P rejected the API key (401): the server sent an HTML page titled 'Bad key [redacted]'."


@pytest.mark.parametrize(("exc", "responded", "kind", "message"), [
    (httpx.ConnectTimeout("t"), False, "upstream", "Could not connect to h for m: the connection timed out."),
    (httpx.ConnectError(""), False, "upstream", "Could not connect to h for m."),
    (httpx.ReadTimeout("t"), True, "timeout", "h stopped responding for m (ReadTimeout)."),
    (httpx.RemoteProtocolError("x"), False, "upstream", "The connection to h closed before any response came for m."),
    (httpx.ReadError("x"), True, "stream_broken", "The connection to h dropped while m was answering."),
    (httpx.UnsupportedProtocol("Request URL is missing an 'http://' or 'https://' protocol."), False, "upstream",
     "The address of P is not a usable URL: Request URL is missing an 'http://' or 'https://' protocol."),
])
def test_transport_errors(exc, responded, kind, message):
    err = errors.transport_error(exc, provider="P", model="m", host="h", responded=responded)
    assert (err.kind, err.message) == (kind, message)


def test_chunk_error_with_string_error():
    err = errors.chunk_error("overloaded", provider="P", model="m")
    assert err.message == "P reported an error while m was answering: overloaded."
    assert err.kind == "upstream"
