"""The seam between the council and whatever serves chat completions.

The core never imports httpx: a backend is anything with an async ``chat`` method that streams one
completion, reports progress through a plain callback, and raises :class:`ProviderError` for failures a
user should see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from typing import Final, Literal, Protocol, get_args

from council_desktop.council.records import dataclass

ErrorKind = Literal[
    "auth", "credits", "rate_limit", "timeout", "not_found", "context_length", "bad_request", "too_large",
    "upstream", "stream_broken", "cancelled",
]
"""Why one request failed.

``auth`` the key was refused (or is missing / unusable); ``credits`` not enough credits; ``rate_limit`` too many
requests; ``timeout`` a deadline passed; ``not_found`` unknown model or provider; ``context_length`` the prompt
does not fit the model's context window (found before sending, or the server said so); ``bad_request`` the server
refused a parameter; ``too_large`` the response or the answer passed the app's size limit (what was written is
kept); ``upstream`` the server or the provider behind it failed; ``stream_broken`` the stream was cut or
unreadable; ``cancelled`` the user (or the app) stopped it. Every kind but ``rate_limit``, ``timeout``,
``upstream`` and ``stream_broken`` is final: the same request would fail the same way, so it is never retried.
"""

ERROR_KINDS: Final[tuple[ErrorKind, ...]] = get_args(ErrorKind)

DEFAULT_MAX_BODY_BYTES: Final = 8 * 1024 * 1024
"""A response body (after decompression), or one event of a stream, larger than this fails the request."""
DEFAULT_MAX_ANSWER_CHARS: Final = 2_000_000
"""An answer (reasoning included) longer than this is cut there and the request fails as ``too_large``."""


class ProviderError(Exception):
    """A failure of one request that a user should see: one readable sentence, a kind, an HTTP status.

    The message must never contain the API key. ``partial_text``: what the member had written before it failed.
    """

    def __init__(self, message: str, *, kind: ErrorKind, status_code: int | None = None,
                 partial_text: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.kind: ErrorKind = kind
        self.status_code = status_code
        self.partial_text = partial_text

    def __repr__(self) -> str:
        return f"ProviderError({self.message!r}, kind={self.kind!r}, status_code={self.status_code!r})"


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One chat completion to stream.

    ``model`` is a council member spec: ``MODEL_ID`` (OpenRouter) or ``MODEL_ID@PROVIDER``.
    Timeouts are in seconds and count from when the request is really sent (not while queued).
    ``max_body_bytes`` caps a response body after decompression (and one event of a stream);
    ``max_answer_chars`` caps the answer. Past either the request fails as ``too_large``, keeping what was written.
    """

    model: str
    messages: tuple[dict[str, str], ...]
    max_tokens: int = 4096
    temperature: float = 0.7
    first_token_timeout: float = 90.0
    total_timeout: float = 600.0
    web_search: bool = False  # ask the provider to search the web (OpenRouter's web plugin); others say they cannot
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_answer_chars: int = DEFAULT_MAX_ANSWER_CHARS


UpdateKind = Literal["queued", "sent", "retrying", "thinking", "token"]


@dataclass(frozen=True, slots=True)
class ChatUpdate:
    """Progress of one request, reported as it happens.

    kind: ``queued`` (waiting for a free slot at its provider; ``ahead`` requests must finish before it starts,
    reported again whenever that number drops), ``sent`` (the request goes on the wire now: once per attempt,
    so a duration or a time to first token counts from here, not from the time spent queued),
    ``retrying`` (``retry_in`` seconds until the next attempt, ``attempt`` is the next attempt's number),
    ``thinking`` (reasoning deltas arrive), ``token`` (a content delta arrived).
    ``token_count`` is the live estimate so far (one streamed delta ~ one token), reasoning included.
    ``text`` is the text this update adds: the content delta (``token``) or the reasoning delta (``thinking``).
    """

    kind: UpdateKind
    token_count: int = 0
    text: str = ""
    retry_in: float | None = None
    attempt: int | None = None
    message: str | None = None
    ahead: int | None = None


@dataclass(frozen=True, slots=True)
class ChatCompletion:
    """A finished completion. ``exact_tokens`` is True when ``token_count`` comes from server usage."""

    text: str
    token_count: int
    exact_tokens: bool = False
    cost: float | None = None
    finish_reason: str | None = None
    generation_id: str | None = None
    reasoning: str = ""
    extra: dict[str, object] = field(default_factory=dict)


UpdateCallback = Callable[[ChatUpdate], None]


@dataclass(frozen=True, slots=True)
class ModelLimits:
    """What a model accepts, where known (None: not known).

    ``context_length``: the window prompt + answer must fit in, as the server will enforce it (a local server's
    loaded context, not the length the model was trained for). ``max_completion_tokens``: a cap on the answer
    alone. ``source`` says where the numbers came from (``"openrouter"``, ``"server"``, ``"settings"``).
    """

    context_length: int | None = None
    max_completion_tokens: int | None = None
    source: str = ""


class ChatBackend(Protocol):
    """Anything that can stream a chat completion."""

    async def chat(self, request: ChatRequest, on_update: UpdateCallback) -> ChatCompletion:
        """Stream ``request``; call ``on_update`` as things happen; return the completion.

        Raises :class:`ProviderError` for user-facing failures. Cancellation (``asyncio.CancelledError``)
        must close the underlying HTTP stream at once and propagate.
        """
        ...


class LimitsSource(Protocol):
    """Optional for a backend: the limits of a member's model, so the core can fit ``max_tokens``."""

    async def limits(self, model: str) -> ModelLimits | None:
        """The limits of ``model`` (a member spec), or None when unknown. Looked up once and cached; raises
        :class:`ProviderError` only for a member that cannot be served at all."""
        ...
