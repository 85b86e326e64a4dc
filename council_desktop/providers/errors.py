"""Failures of one provider request, turned into :class:`ProviderError` with one readable sentence.

Error tree (all are :class:`ProviderError`, which the council shows as data, never as a crash):

* ``ProviderError`` — final: show it.
  * :class:`TransientProviderError` — worth another attempt while nothing has streamed yet (429, 408, 5xx,
    connection failures, an error chunk with such a code); ``retry_after`` carries the server's hint.

Every sentence names the provider and, when known, the model, and includes the server's own words
(``error.message``, ``metadata.provider_name``/``raw``). Server text is untrusted: it is sanitised (lone surrogates,
control characters), then redacted with :func:`~council_desktop.council.text.redact` (the key and anything that
looks like one), and only then shortened — so a cut can never leave half a key behind.

What cannot succeed is never retried: a refused key, missing credits, an unknown model, a prompt that does not fit
the context window (``context_length``), a refused parameter (``bad_request``), a response past the size limit.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
import time
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from council_desktop.council.provider import ErrorKind, ProviderError
from council_desktop.council.records import dataclass
from council_desktop.council.text import lazy_pattern, redact, sanitize_text, shorten, strip_control

__all__ = [
    "ErrorInfo",
    "TransientProviderError",
    "chunk_error",
    "empty_answer",
    "encoding_unsupported",
    "error_finish",
    "first_token_timeout",
    "http_error",
    "is_context_overflow",
    "is_retryable_status",
    "key_refused",
    "kind_for_code",
    "kind_for_status",
    "malformed_chunk",
    "parse_error_body",
    "parse_error_object",
    "parse_retry_after",
    "stream_ended_early",
    "too_large",
    "total_timeout",
    "transport_error",
    "unexpected_body",
]

_MAX_DETAIL = 300
_WS = lazy_pattern(r"\s+")
_TAG = lazy_pattern(r"<[^>]+>")


class TransientProviderError(ProviderError):
    """A failure worth another attempt if no token has arrived yet.

    ``retry_after``: seconds the server asked to wait (``Retry-After`` or the body's metadata), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: ErrorKind,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, kind=kind, status_code=status_code)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """What an OpenRouter-style ``{"error": {...}}`` object says."""

    message: str | None = None
    code: int | str | None = None
    provider_name: str | None = None
    raw: str | None = None
    error_type: str | None = None
    retry_after: float | None = None

    def detail(self, secrets: Iterable[str | None] = ()) -> str:
        """``message (provider: raw)`` — the server's words, redacted and cleaned up for one sentence."""
        secrets = tuple(secrets)
        msg = _clean(self.message or "", secrets)
        raw = _clean(self.raw or "", secrets)
        if raw and raw in msg:
            raw = ""
        extra = ": ".join(p for p in (_clean(self.provider_name or "", secrets), raw) if p)
        if msg and extra:
            return f"{msg} ({extra})"
        return msg or extra


# --- parsing ---------------------------------------------------------------------------------------------


def parse_error_object(obj: Mapping[str, Any]) -> ErrorInfo:
    """Read an ``error`` object: ``message``, ``code`` (number or string), ``metadata.{provider_name, raw,
    error_type, headers.Retry-After, retry_after_seconds}``."""
    meta = obj.get("metadata")
    meta = meta if isinstance(meta, Mapping) else {}
    code = obj.get("code")
    if isinstance(code, bool) or not isinstance(code, int | str):
        code = None
    elif isinstance(code, str) and code.strip().isdigit():
        code = int(code.strip())
    retry: float | None = None
    for candidate in (obj.get("retry_after_seconds"), meta.get("retry_after_seconds")):
        retry = retry if retry is not None else _seconds(candidate)
    headers = meta.get("headers")
    if retry is None and isinstance(headers, Mapping):
        for k, v in headers.items():
            if str(k).lower() == "retry-after":
                retry = parse_retry_after(str(v))
    error_type = meta.get("error_type") or obj.get("type")
    return ErrorInfo(
        message=_text(obj.get("message")),
        code=code,
        provider_name=_text(meta.get("provider_name")),
        raw=_raw_text(meta.get("raw")),
        error_type=str(error_type) if isinstance(error_type, str) else None,
        retry_after=retry,
    )


def parse_error_body(body: bytes | str) -> ErrorInfo | None:
    """The error in a JSON body (``{"error": {...}}`` or ``{"error": "text"}``), or None if there is none."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    err = data.get("error")
    if isinstance(err, Mapping):
        return parse_error_object(err)
    if isinstance(err, str) and err.strip():
        return ErrorInfo(message=err)
    if isinstance(data.get("message"), str):  # some local servers: {"message": "..."} / {"detail": "..."}
        return ErrorInfo(message=data["message"])
    if isinstance(data.get("detail"), str):
        return ErrorInfo(message=data["detail"])
    return None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date. None if absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    secs = _seconds(value)
    if secs is not None:
        return secs
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _seconds(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        secs = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return max(0.0, secs) if math.isfinite(secs) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _raw_text(value: object) -> str | None:
    """``metadata.raw`` is provider text, often itself JSON: dig out its message if so."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            parsed: object = json.loads(value)
        except (ValueError, RecursionError):
            return value if value.strip() else None
    else:
        parsed = value
    if isinstance(parsed, Mapping):
        inner = parsed.get("error", parsed)
        if isinstance(inner, Mapping) and isinstance(inner.get("message"), str):
            return str(inner["message"])
        if isinstance(inner, str):
            return inner
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, TypeError, RecursionError):
        return None


def _head(text: str, n: int) -> str:
    """At most the first ``n`` characters of ``text``, ending before the word the cut would split — so the cut
    leaves no part of a key behind, and redaction never works through megabytes of which a sentence quotes 300."""
    if len(text) <= n:
        return text
    cut = text[:n]
    space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"), cut.rfind("\r"))
    return cut[:space] if space > 0 else ""


_HEAD = 16 * 1024


def _clean(text: str, secrets: Iterable[str | None] = (), limit: int = _MAX_DETAIL) -> str:
    """Server text made fit for one sentence: valid Unicode, redacted, one line, no control characters, and —
    only then — shortened."""
    text = redact(sanitize_text(_head(text, _HEAD)), *secrets)
    text = strip_control(_WS().sub(" ", text)).strip()
    return shorten(text, limit)


def _summary_of_non_json(body: str, content_type: str, secrets: Iterable[str | None] = ()) -> str:
    """A short description of a body that is not an API error object (an HTML proxy page, plain text)."""
    looks_html = "html" in content_type.lower() or body.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
    if looks_html:
        import html  # an HTML error page is rare: not imported at start

        title = _title(body)
        title = _clean(html.unescape(_TAG().sub("", title)), secrets) if title else ""
        return f"the server sent an HTML page titled '{title}'" if title else "the server sent an HTML page"
    return _clean(body, secrets)


def _title(page: str) -> str:
    """The first ``<title>`` of an HTML page (plain finds, no regex that a hostile page could make slow)."""
    low = page.lower()
    start = low.find("<title")
    end_tag = low.find(">", start, start + 200) if start >= 0 else -1
    end = low.find("</title>", end_tag, end_tag + 1000) if end_tag >= 0 else -1
    return page[end_tag + 1:end] if end >= 0 else ""


def _sentence(head: str, detail: str) -> str:
    text = f"{head}: {detail}" if detail else head
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _for(model: str | None) -> str:
    return f" for {model}" if model else ""


# --- classification ----------------------------------------------------------------------------------------


# How servers say a prompt is too long: OpenAI/OpenRouter and llama-cpp-python ("maximum context length is", code
# context_length_exceeded, "Requested tokens (N) exceed context window of M"), llama.cpp's server ("exceeds the
# available context size", exceed_context_size_error), vLLM, Anthropic ("prompt is too long").
_CONTEXT = lazy_pattern(
    r"maximum context length|context[_ ]length[_ ]exceeded|context length is|exceeds? (?:the )?context window"
    r"|context window (?:is )?(?:full|exceeded)|exceeds? the available context size|exceed_context_size_error"
    r"|requested tokens \(?\d*\)? ?exceed|prompt is too long|input is too long|too many tokens in the prompt",
    re.IGNORECASE)
# Looser words, trusted only on a 4xx (a client error) or in an error chunk: a 5xx that merely mentions a context
# size must stay retryable.
_CONTEXT_WORDS = lazy_pattern(
    r"context[ _](length|window|size)|maximum context|context_length_exceeded|exceed_context|prompt is too long"
    r"|too many (input )?tokens", re.IGNORECASE)
_UNKNOWN_MODEL = lazy_pattern(
    r"not a valid model|model[_ ]not[_ ]found|unknown model|no such model|invalid model|model \S+ (?:does not|doesn't) "
    r"exist|model ['\"]?\S+['\"]? not found|the model \S+ does not exist",
    re.IGNORECASE)

FINAL_KINDS: frozenset[ErrorKind] = frozenset(
    {"auth", "credits", "not_found", "context_length", "bad_request", "too_large", "cancelled"})
"""Kinds that no retry can fix: the same request would fail the same way."""


def is_context_length(message: str) -> bool:
    """Whether a server's message plainly says the prompt does not fit the model's context window (OpenAI,
    OpenRouter, llama.cpp's server and llama-cpp-python, vLLM, Anthropic wordings) — trusted whatever the status."""
    return _CONTEXT().search(message) is not None


def is_context_overflow(message: str) -> bool:
    """Whether an error message says the prompt does not fit the model's context window (looser: for 4xx)."""
    return is_context_length(message) or _CONTEXT_WORDS().search(message) is not None


def kind_for_status(status: int, message: str = "") -> ErrorKind:
    if status in (400, 413, 422) and is_context_overflow(message):
        return "context_length"
    if status == 401:
        return "auth"
    if status == 402:
        return "credits"
    if status == 429:
        return "rate_limit"
    if status == 408:
        return "timeout"
    if is_context_length(message) or status == 413:
        return "context_length"
    if status == 404 or (400 <= status < 500 and _UNKNOWN_MODEL().search(message)):
        return "not_found"
    if status in (400, 422):
        return "bad_request"
    return "upstream"  # 403 (moderation / guardrail), other 4xx, 5xx


_TYPE_KINDS: dict[str, ErrorKind] = {
    "rate_limit_exceeded": "rate_limit",
    "rate_limit": "rate_limit",
    "too_many_requests": "rate_limit",
    "authentication": "auth",
    "authentication_error": "auth",
    "invalid_api_key": "auth",
    "payment_required": "credits",
    "insufficient_quota": "credits",
    "not_found": "not_found",
    "model_not_found": "not_found",
    "timeout": "timeout",
    "request_timeout": "timeout",
    "context_length_exceeded": "context_length",
    "exceed_context_size_error": "context_length",
    "invalid_request_error": "bad_request",
    "invalid_request": "bad_request",
    "bad_request": "bad_request",
    "invalid_parameter": "bad_request",
}


def kind_for_code(code: int | str | None, error_type: str | None = None, message: str = "") -> ErrorKind:
    """Kind of a mid-stream error: the code may be a number (``429``) or a string (``"server_error"``)."""
    if isinstance(code, int):
        return kind_for_status(code, message)
    if is_context_length(message):
        return "context_length"
    for name in (code, error_type):
        if name and name.lower() in _TYPE_KINDS:
            return _TYPE_KINDS[name.lower()]
    if is_context_overflow(message) and not isinstance(code, int):
        return "context_length"
    return "upstream"


def is_retryable_status(status: int) -> bool:
    return status in (408, 429) or status >= 500


def _retryable_kind(kind: ErrorKind, code: int | str | None) -> bool:
    if kind in FINAL_KINDS:
        return False
    if isinstance(code, int):
        return is_retryable_status(code)
    return kind in ("rate_limit", "upstream")


def _make(
    message: str,
    kind: ErrorKind,
    status: int | None,
    *,
    transient: bool,
    retry_after: float | None = None,
    secrets: Iterable[str | None] = (),
) -> ProviderError:
    message = redact(message, *secrets)  # the parts were redacted already; this guards the whole sentence
    if transient and kind not in FINAL_KINDS:
        return TransientProviderError(message, kind=kind, status_code=status, retry_after=retry_after)
    return ProviderError(message, kind=kind, status_code=status)


# --- builders ------------------------------------------------------------------------------------------------


def http_error(
    status: int,
    body: bytes | str,
    *,
    provider: str,
    model: str | None,
    headers: Mapping[str, str] | httpx.Headers | None = None,
    secrets: Iterable[str | None] = (),
) -> ProviderError:
    """An HTTP error response (status >= 400, or a 200 whose body is only an error object)."""
    secrets = tuple(secrets)
    headers = httpx.Headers(headers or {})
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = redact(sanitize_text(text), *secrets)  # the whole body, before anything is parsed or cut
    info = parse_error_body(text)
    ctype = headers.get("content-type", "")
    detail = info.detail(secrets) if info is not None else _summary_of_non_json(text, ctype, secrets)
    detail = detail or httpx.codes.get_reason_phrase(status)
    said = [detail] if info is None else [detail, info.error_type or "", str(info.code or "")]
    kind = kind_for_status(status, " ".join(said))
    if kind == "auth":
        head = f"{provider} rejected the API key{_for(model)} ({status})"
    elif kind == "credits":
        head = f"Not enough {provider} credits{_for(model)} ({status})"
    elif kind == "not_found":
        head = (f"{provider} does not know the model {model} ({status})" if model
                else f"{provider} could not find what was asked for ({status})")
    elif kind == "timeout":
        head = f"{provider} gave up waiting{_for(model)} ({status})"
    elif kind == "rate_limit":
        head = f"{provider} is rate-limiting {model or 'requests'} ({status})"
    elif kind == "context_length":
        head = f"The prompt does not fit the context window of {model or 'the model'} at {provider} ({status})"
    elif status == 403:
        head = (f"{provider} refused the request{_for(model)} because a moderation or guardrail check "
                f"flagged it ({status})")
    elif status >= 500:
        head = (f"{provider} could not serve {model} ({status})" if model
                else f"{provider} had a server error ({status})")
    elif status >= 400:
        head = f"{provider} rejected the request{_for(model)} ({status})"
    else:
        head = f"{provider} answered{_for(model)} with an error (HTTP {status})"
    retry_after = parse_retry_after(headers.get("retry-after"))
    if retry_after is None and info is not None:
        retry_after = info.retry_after
    return _make(_sentence(head, detail), kind, status, transient=is_retryable_status(status),
                 retry_after=retry_after, secrets=secrets)


def chunk_error(
    error: Mapping[str, Any] | str,
    *,
    provider: str,
    model: str,
    secrets: Iterable[str | None] = (),
) -> ProviderError:
    """A top-level ``error`` inside a 200 body (mid-stream SSE chunk, or a non-streaming error payload)."""
    secrets = tuple(secrets)
    info = parse_error_object(error) if isinstance(error, Mapping) else ErrorInfo(message=str(error))
    detail = info.detail(secrets)
    kind = kind_for_code(info.code, info.error_type, detail)
    code = f" ({_clean(str(info.code), secrets, 40)})" if info.code is not None else ""
    head = f"{provider} reported an error while {model} was answering{code}"
    status = info.code if isinstance(info.code, int) and 100 <= info.code <= 599 else None
    return _make(_sentence(head, detail), kind, status, transient=_retryable_kind(kind, info.code),
                 retry_after=info.retry_after, secrets=secrets)


def transport_error(
    exc: Exception,
    *,
    provider: str,
    model: str | None,
    host: str,
    responded: bool,
    secrets: Iterable[str | None] = (),
) -> ProviderError:
    """A failure below HTTP: no connection, a dropped connection, an httpx timeout, a bad URL.

    ``responded``: the response headers had arrived (a drop then means a broken stream).
    """
    secrets = tuple(secrets)
    reason = _clean(str(exc), secrets)
    if isinstance(exc, httpx.ConnectTimeout):
        return _make(f"Could not connect to {host}{_for(model)}: the connection timed out.", "upstream", None,
                     transient=True)
    if isinstance(exc, httpx.ConnectError):
        return _make(_sentence(f"Could not connect to {host}{_for(model)}", reason), "upstream", None,
                     transient=True)
    if isinstance(exc, httpx.TimeoutException):
        return _make(f"{host} stopped responding{_for(model)} ({type(exc).__name__}).", "timeout", None,
                     transient=False)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError | httpx.NetworkError):
        if responded:
            what = f" while {model} was answering" if model else ""
            return _make(f"The connection to {host} dropped{what}.", "stream_broken", None, transient=True)
        return _make(f"The connection to {host} closed before any response came{_for(model)}.", "upstream",
                     None, transient=True)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return _make(_sentence(f"The address of {provider} is not a usable URL", reason), "upstream", None,
                     transient=False)
    if isinstance(exc, httpx.DecodingError):
        return _make(_sentence(f"The response from {host}{_for(model)} could not be decoded", reason),
                     "stream_broken" if responded else "upstream", None, transient=False, secrets=secrets)
    return _make(_sentence(f"The request{_for(model)} to {host} failed ({type(exc).__name__})", reason),
                 "upstream", None, transient=False, secrets=secrets)


def _secs(seconds: float) -> str:
    return f"{seconds:g}"


def first_token_timeout(*, provider: str, model: str, seconds: float) -> ProviderError:
    return ProviderError(f"No first token from {model} at {provider} within {_secs(seconds)} s.",
                         kind="timeout")


def total_timeout(*, provider: str, model: str, seconds: float) -> ProviderError:
    return ProviderError(f"The answer from {model} at {provider} did not finish within {_secs(seconds)} s.",
                         kind="timeout")


def stream_ended_early(*, provider: str, model: str) -> ProviderError:
    return TransientProviderError(
        f"The stream from {model} at {provider} ended before the answer was complete.", kind="stream_broken")


def malformed_chunk(*, provider: str, model: str, data: str, secrets: Iterable[str | None] = ()) -> ProviderError:
    sample = _clean(data, secrets, 80)
    return ProviderError(
        f"The stream from {model} at {provider} contained data that is not valid JSON ('{sample}').",
        kind="stream_broken")


def error_finish(*, provider: str, model: str) -> ProviderError:
    return TransientProviderError(f"{provider} stopped {model} with an error before the answer was complete.",
                                  kind="upstream")


def empty_answer(*, provider: str, model: str, finish_reason: str | None, reasoned: bool,
                 max_tokens: int) -> ProviderError:
    if finish_reason == "length" and reasoned:
        return ProviderError(f"{model} at {provider} spent its whole token budget (max_tokens={max_tokens}) "
                             "on reasoning and returned an empty answer.", kind="upstream")
    if finish_reason == "content_filter":
        return ProviderError(f"{model} at {provider} returned an empty answer: a content filter stopped it.",
                             kind="upstream")
    why = f" (finish reason '{finish_reason}')" if finish_reason else ""
    return ProviderError(f"{model} at {provider} returned an empty answer{why}.", kind="upstream")


def unexpected_body(*, provider: str, model: str, body: str, content_type: str,
                    secrets: Iterable[str | None] = ()) -> ProviderError:
    """A 200 that is neither a stream nor a completion (a captive portal's HTML page, say)."""
    secrets = tuple(secrets)
    text = redact(sanitize_text(_head(body, _HEAD)), *secrets)
    return _make(
        _sentence(f"{provider} did not return a completion for {model}",
                  _summary_of_non_json(text, content_type, secrets)),
        "upstream", 200, transient=False, secrets=secrets)


def too_large(*, provider: str, model: str, what: str, limit: int, partial_text: str = "") -> ProviderError:
    """Past a size limit: ``what`` is ``"answer"`` (characters), ``"body"`` or ``"event"`` (bytes / characters)."""
    kept = " What it wrote so far is kept." if partial_text else ""
    if what == "answer":
        message = f"The answer from {model} at {provider} passed the limit of {limit:,} characters.{kept}"
    elif what == "event":
        message = (f"One event of the stream from {model} at {provider} passed the limit of {_size(limit)}; "
                   f"the rest was not read.{kept}")
    else:
        message = (f"The response from {provider} for {model} passed the limit of {_size(limit)} (after "
                   f"decompression); the rest was not read.")
    return ProviderError(message, kind="too_large", partial_text=partial_text)


def encoding_unsupported(*, provider: str, model: str | None, encoding: str) -> ProviderError:
    return ProviderError(
        f"{provider} sent a response{_for(model)} compressed as '{_clean(encoding, (), 40)}', which this app does "
        "not read (it asks for gzip or deflate).", kind="upstream")


def key_refused(*, provider: str, model: str | None, problem: str) -> ProviderError:
    """A key that cannot be sent (see :func:`~council_desktop.council.text.key_problem`); never quotes it."""
    return ProviderError(f"{problem} Nothing was sent to {provider}{_for(model)}.", kind="auth")


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"
