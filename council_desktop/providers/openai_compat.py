"""A streaming client for any OpenAI-compatible ``/chat/completions`` endpoint (OpenRouter, Ollama, ...).

One client per provider: it owns that provider's concurrency queue. Deadlines are enforced with asyncio
(keep-alive comments would keep resetting httpx's read timeout), retries happen only before the first token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import field
from typing import Any

import httpx

from council_desktop.council.provider import (
    ChatCompletion,
    ChatRequest,
    ChatUpdate,
    ModelLimits,
    ProviderError,
    UpdateCallback,
)
from council_desktop.council.records import dataclass
from council_desktop.council.text import (
    StreamRedactor,
    key_problem,
    may_hold_surrogates,
    redact,
    remember_secret,
    sanitize_json,
    sanitize_text,
    shorten,
    strip_control,
)
from council_desktop.providers import discovery, errors
from council_desktop.providers.body import (
    ACCEPT_ENCODING,
    ERROR_BODY_LIMIT,
    BodyReader,
    BodyTooLarge,
    UnsupportedEncoding,
    read_capped,
)
from council_desktop.providers.sse import SSEEventTooLarge, SSEParser

__all__ = ["OpenAICompatClient"]

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]

_MAX_LABEL = 200  # ids, provider names and finish reasons from the wire
_MAX_COUNT = 2**53  # a token count or cost beyond this is not a number a server means


@dataclass(slots=True)
class _Attempt:
    """What one attempt has streamed so far."""

    text: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    token_count: int = 0
    finish_reason: str | None = None
    native_finish_reason: str | None = None
    done: bool = False
    usage: dict[str, Any] | None = None
    generation_id: str | None = None
    upstream: str | None = None
    responded: bool = False
    status: int | None = None
    chars: int = 0  # answer + reasoning so far, against ChatRequest.max_answer_chars
    raw_id: str | None = None
    raw_upstream: str | None = None
    scrub_text: StreamRedactor = field(default_factory=StreamRedactor)
    scrub_reasoning: StreamRedactor = field(default_factory=StreamRedactor)
    citations: dict[str, str] = field(default_factory=dict)  # url -> title, from url_citation annotations

    @property
    def got_token(self) -> bool:
        return self.token_count > 0

    def flush_held(self, on_update: UpdateCallback) -> None:
        """Release the text the key scrubbers held back (as updates, so the deltas still add up to the text)."""
        for scrub, kind, parts in ((self.scrub_reasoning, "thinking", self.reasoning),
                                   (self.scrub_text, "token", self.text)):
            held = scrub.flush()
            if held:
                parts.append(held)
                on_update(ChatUpdate(kind, token_count=self.token_count, text=held))  # type: ignore[arg-type]

    def partial(self, on_update: UpdateCallback) -> str:
        """What was written so far (after a failure)."""
        self.flush_held(on_update)
        return "".join(self.text)


class _Slots:
    """A first-come, first-served queue for ``n`` requests in flight that can tell a waiter its place.

    ``ahead`` (what a waiter is told) is how many requests must finish before it starts: those queued before it,
    plus the one whose slot it will take. It is told again whenever that number drops.
    """

    def __init__(self, n: int) -> None:
        self._n = n
        self._active = 0
        self._waiters: deque[tuple[asyncio.Future[None], Callable[[int], None]]] = deque()

    async def acquire(self, on_queued: Callable[[int], None]) -> None:
        if self._active < self._n and not self._waiters:
            self._active += 1
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (fut, on_queued)
        self._waiters.append(entry)
        on_queued(len(self._waiters))
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():  # the slot was handed over just as we were cancelled
                self.release()
            else:
                index = self._waiters.index(entry)
                del self._waiters[index]
                self._tell_places(index)
            raise

    def release(self) -> None:
        while self._waiters:
            fut, _ = self._waiters.popleft()
            if not fut.done():
                fut.set_result(None)  # the slot passes straight to the next in line
                self._tell_places(0)
                return
        self._active -= 1

    def _tell_places(self, start: int) -> None:
        """Tell the waiters from index ``start`` on their new place (they run in another request's context:
        a failing callback must not break that request)."""
        for place, (fut, on_queued) in enumerate(self._waiters, start=1):
            if place > start and not fut.done():
                try:
                    on_queued(place)
                except Exception:
                    log.exception("a queue position update failed")


class OpenAICompatClient:
    """Streams chat completions from ``{base_url}/chat/completions``; implements ``ChatBackend``.

    ``api_key`` is called for every request (None: no Authorization header, e.g. a local server).
    ``max_concurrent`` > 0 queues requests beyond that many in flight. ``sleep`` and ``clock`` are injectable
    so tests need not wait for retry back-off.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        name: str,
        base_url: str,
        api_key: Callable[[], str | None],
        max_concurrent: int = 0,
        app_title: str = "LLM Council",
        referer: str = "https://github.com/council-desktop",
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_attempts: int = 3,
        backoff: float = 1.0,
        max_retry_wait: float = 30.0,
        web_search: bool = False,
    ) -> None:
        """``web_search``: the server has OpenRouter's web plugin (a request with ``web_search`` asks for it);
        without it such a request is answered without searching, and the completion says so (``extra["note"]``)."""
        self._http = http
        self.web_search = web_search
        self.name = name
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self.max_concurrent = max_concurrent
        self._slots = _Slots(max_concurrent) if max_concurrent > 0 else None
        self._app_title = app_title
        self._referer = referer
        self._sleep = sleep
        self._clock = clock
        self._max_attempts = max(1, max_attempts)
        self._backoff = backoff
        self._max_retry_wait = max_retry_wait
        try:
            self.host = httpx.URL(self.base_url).host or self.base_url
        except httpx.InvalidURL:
            self.host = self.base_url
        self._limits = discovery.LimitsCache(http, self.base_url, api_key, provider=name, clock=clock)

    def __repr__(self) -> str:
        return f"OpenAICompatClient(name={self.name!r}, base_url={self.base_url!r})"

    async def chat(self, request: ChatRequest, on_update: UpdateCallback) -> ChatCompletion:
        """Stream ``request`` (``request.model`` is the bare model id); see ``ChatBackend.chat``."""
        if self._slots is None:
            return await self._chat_with_retries(request, on_update)

        def queued(ahead: int) -> None:
            log.debug("%s %s: queued, %d ahead (max %d in flight)", self.name, request.model, ahead,
                      self.max_concurrent)
            on_update(ChatUpdate("queued", ahead=ahead))

        await self._slots.acquire(queued)
        try:
            return await self._chat_with_retries(request, on_update)
        finally:
            self._slots.release()

    async def limits(self, model: str) -> ModelLimits | None:
        """The limits of ``model`` as this provider reports them (its model list, or a local server's own
        endpoints); None when it does not say. Never raises; looked up once per model, cached for a while."""
        return await self._limits.get(model)

    # --- retries ---------------------------------------------------------------------------------------------

    async def _chat_with_retries(self, request: ChatRequest, on_update: UpdateCallback) -> ChatCompletion:
        started = self._clock()
        total_deadline = started + request.total_timeout
        attempt = 1
        while True:
            key = self._api_key()
            if key:
                problem = key_problem(key)
                if problem:  # httpx would quote it, escaped, in a header error (and non-ASCII would crash)
                    raise errors.key_refused(provider=self.name, model=request.model, problem=problem)
                remember_secret(key)
            try:
                completion = await self._attempt(request, on_update, key, total_deadline, started)
            except errors.TransientProviderError as e:
                if attempt >= self._max_attempts:
                    log.info("%s %s: giving up after %d attempts: %s", self.name, request.model, attempt,
                             e.message)
                    raise ProviderError(e.message, kind=e.kind, status_code=e.status_code) from None
                wait = self._retry_wait(e, attempt)
                if self._clock() + wait >= total_deadline:
                    log.info("%s %s: no time left for a retry in %.1f s", self.name, request.model, wait)
                    raise ProviderError(e.message, kind=e.kind, status_code=e.status_code) from None
                attempt += 1
                log.info("%s %s: attempt %d failed (%s, status %s); retrying in %.1f s", self.name,
                         request.model, attempt - 1, e.kind, e.status_code, wait)
                on_update(ChatUpdate("retrying", retry_in=wait, attempt=attempt, message=e.message))
                await self._sleep(wait)
                continue
            if attempt > 1:
                completion.extra["attempts"] = attempt
            return completion

    def _retry_wait(self, err: errors.TransientProviderError, attempt: int) -> float:
        if err.retry_after is not None:
            return min(max(err.retry_after, 0.0), self._max_retry_wait)
        return float(min(self._backoff * 2 ** (attempt - 1), self._max_retry_wait))

    # --- one attempt -----------------------------------------------------------------------------------------

    def _headers(self, key: str | None) -> dict[str, str]:
        headers = {
            "Accept": "text/event-stream",
            "Accept-Encoding": ACCEPT_ENCODING,
            "HTTP-Referer": self._referer,
            "X-Title": self._app_title,
        }
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    async def _attempt(
        self,
        request: ChatRequest,
        on_update: UpdateCallback,
        key: str | None,
        total_deadline: float,
        started: float,
    ) -> ChatCompletion:
        """One POST. Raises TransientProviderError for failures worth retrying (only before any token)."""
        model = request.model
        body = {
            "model": model,
            "messages": [dict(m) for m in request.messages],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": True,
        }
        if request.web_search and self.web_search:
            body["plugins"] = [{"id": "web"}]
        loop = asyncio.get_running_loop()
        now = loop.time()
        ft_deadline = now + request.first_token_timeout
        total_at = now + max(0.0, total_deadline - self._clock())
        state = _Attempt(scrub_text=StreamRedactor(key), scrub_reasoning=StreamRedactor(key))
        sent = self._clock()
        log.debug("%s %s: POST %s/chat/completions", self.name, model, self.base_url)
        on_update(ChatUpdate("sent"))
        deadline = asyncio.timeout_at(min(ft_deadline, total_at))
        try:
            async with deadline:
                try:
                    async with self._http.stream(
                        "POST",
                        f"{self.base_url}/chat/completions",
                        json=body,
                        headers=self._headers(key),
                        timeout=httpx.Timeout(None, connect=min(15.0, request.first_token_timeout), write=30.0),
                    ) as resp:
                        state.responded = True
                        state.status = resp.status_code
                        completion = await self._read_response(
                            resp, request, on_update, key, state,
                            lambda: deadline.reschedule(total_at),
                        )
                except httpx.HTTPError as e:
                    raise self._maybe_final(errors.transport_error(
                        e, provider=self.name, model=model, host=self.host, responded=state.responded,
                        secrets=(key,)), state) from None
                except httpx.InvalidURL as e:
                    raise errors.transport_error(e, provider=self.name, model=model, host=self.host,
                                                 responded=False) from None
        except TimeoutError:
            if not deadline.expired():
                raise
            if state.got_token or total_at < ft_deadline:
                err = errors.total_timeout(provider=self.name, model=model, seconds=request.total_timeout)
            else:
                err = errors.first_token_timeout(provider=self.name, model=model,
                                                 seconds=request.first_token_timeout)
            if state.got_token:
                err.partial_text = state.partial(on_update)
            log.info("%s %s: %s (%d tokens so far)", self.name, model, err.message, state.token_count)
            raise err from None
        except ProviderError as e:
            final = self._maybe_final(e, state)
            if state.got_token:
                final.partial_text = state.partial(on_update)
            if not isinstance(final, errors.TransientProviderError):  # transient ones: the retry loop logs
                log.info("%s %s: failed after %.2f s (HTTP %s, %d tokens): %s", self.name, model,
                         self._clock() - sent, state.status, state.token_count, final.message)
            if final is e:
                raise
            raise final from None
        log.info("%s %s: done in %.2f s (%.2f s since the first attempt), HTTP %s, %d tokens%s, finish=%s",
                 self.name, model, self._clock() - sent, self._clock() - started, state.status,
                 completion.token_count, " (exact)" if completion.exact_tokens else "", completion.finish_reason)
        return completion

    @staticmethod
    def _maybe_final(err: ProviderError, state: _Attempt) -> ProviderError:
        """After a token has streamed, nothing is retried: demote a transient error to a final one."""
        if state.got_token and isinstance(err, errors.TransientProviderError):
            return ProviderError(err.message, kind=err.kind, status_code=err.status_code,
                                 partial_text=err.partial_text)
        return err

    async def _read_response(
        self,
        resp: httpx.Response,
        request: ChatRequest,
        on_update: UpdateCallback,
        key: str | None,
        state: _Attempt,
        on_first_token: Callable[[], None],
    ) -> ChatCompletion:
        model = request.model
        ctype = resp.headers.get("content-type", "").lower()
        log.debug("%s %s: HTTP %d (%s)", self.name, model, resp.status_code, ctype or "no content-type")
        try:
            if not resp.is_success:
                raw = await read_capped(resp, min(ERROR_BODY_LIMIT, request.max_body_bytes), strict=False)
                raise errors.http_error(resp.status_code, raw, provider=self.name, model=model,
                                        headers=resp.headers, secrets=(key,))
            state.generation_id = _label(resp.headers.get("x-generation-id"))
            if "text/event-stream" not in ctype and ("json" in ctype or "html" in ctype):
                raw = await read_capped(resp, request.max_body_bytes)
                if raw.lstrip().startswith((b"data:", b":", b"event:")):
                    # An SSE body under a wrong content-type (some proxies and local servers): read it as a stream.
                    parser = SSEParser(max_event=request.max_body_bytes)
                    for event in [*parser.feed_bytes(raw), *parser.close()]:
                        self._on_event(event.data, request, on_update, key, state, on_first_token)
                    return self._finish(request, state, on_update)
                return self._from_json_body(raw.decode("utf-8", "replace"), ctype, request, on_update, key, state)
            await self._read_stream(resp, request, on_update, key, state, on_first_token)
        except UnsupportedEncoding as e:
            raise errors.encoding_unsupported(provider=self.name, model=model, encoding=str(e)) from None
        except BodyTooLarge:
            raise errors.too_large(provider=self.name, model=model, what="body",
                                   limit=request.max_body_bytes) from None
        except SSEEventTooLarge:
            raise errors.too_large(provider=self.name, model=model, what="event", limit=request.max_body_bytes,
                                   partial_text=state.partial(on_update)) from None
        return self._finish(request, state, on_update)

    async def _read_stream(
        self,
        resp: httpx.Response,
        request: ChatRequest,
        on_update: UpdateCallback,
        key: str | None,
        state: _Attempt,
        on_first_token: Callable[[], None],
    ) -> None:
        parser = SSEParser(max_event=request.max_body_bytes)
        # Read by hand and close the body ourselves: leaving an `async for` over an httpx iterator early (an
        # exception here) would leave it to GC finalization, which qasync handles badly.
        body = BodyReader(resp)
        try:
            while (chunk := await body.next()) is not None:
                for event in parser.feed_bytes(chunk):
                    self._on_event(event.data, request, on_update, key, state, on_first_token)
                if state.done:
                    # [DONE] ends the answer: stop reading even if the server keeps the connection open.
                    break
            for event in parser.close():
                self._on_event(event.data, request, on_update, key, state, on_first_token)
        finally:
            await body.aclose()
        if parser.comments:
            log.debug("%s %s: %d keep-alive comments", self.name, request.model, parser.comments)

    def _on_event(
        self,
        data: str,
        request: ChatRequest,
        on_update: UpdateCallback,
        key: str | None,
        state: _Attempt,
        on_first_token: Callable[[], None],
    ) -> None:
        data = data.strip()
        if state.done or not data:
            return  # after [DONE] nothing counts; the server is about to close the stream
        if data == "[DONE]":
            state.done = True
            return
        try:
            chunk = _loads(data)
        except ValueError:
            chunk = None
        if not isinstance(chunk, dict):
            raise errors.malformed_chunk(provider=self.name, model=request.model, data=data, secrets=(key,))
        self._on_chunk(chunk, request, on_update, key, state, on_first_token)

    def _on_chunk(
        self,
        chunk: dict[str, Any],
        request: ChatRequest,
        on_update: UpdateCallback,
        key: str | None,
        state: _Attempt,
        on_first_token: Callable[[], None],
    ) -> None:
        raw_id, raw_provider = chunk.get("id"), chunk.get("provider")
        if isinstance(raw_id, str) and raw_id and raw_id != state.raw_id:  # the same on every chunk: label it once
            state.raw_id, state.generation_id = raw_id, _label(raw_id)
        if isinstance(raw_provider, str) and raw_provider != state.raw_upstream:
            state.raw_upstream, state.upstream = raw_provider, _label(raw_provider)
        if chunk.get("error"):
            raise errors.chunk_error(chunk["error"], provider=self.name, model=request.model, secrets=(key,))
        usage = chunk.get("usage")
        if isinstance(usage, dict):
            state.usage = usage
        choices = chunk.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            return  # the usage chunk in OpenAI's shape (empty choices), or something we need not read
        choice = choices[0]
        delta: dict[str, Any] = {}
        for name in ("delta", "message"):  # "message": a non-streaming body
            if isinstance(choice.get(name), dict):
                delta = choice[name]
                break
        before = state.token_count
        _read_citations(delta.get("annotations"), state.citations)
        reasoning = _reasoning_text(delta)
        content = delta.get("content")
        if isinstance(choice.get("finish_reason"), str):
            state.finish_reason = _label(choice["finish_reason"])
        if isinstance(choice.get("native_finish_reason"), str):
            state.native_finish_reason = _label(choice["native_finish_reason"])
        over = False
        if reasoning is not None:
            reasoning, over = self._within_limit(reasoning, request, state)
            shown = state.scrub_reasoning.feed(reasoning)
            state.reasoning.append(shown)
            state.token_count += 1
            on_update(ChatUpdate("thinking", token_count=state.token_count, text=shown))
        if isinstance(content, str) and content and not over:
            content, over = self._within_limit(content, request, state)
            shown = state.scrub_text.feed(content)
            state.text.append(shown)
            state.token_count += 1
            on_update(ChatUpdate("token", token_count=state.token_count, text=shown))
        if before == 0 and state.token_count > 0:
            on_first_token()
        if over:
            raise errors.too_large(provider=self.name, model=request.model, what="answer",
                                   limit=request.max_answer_chars, partial_text=state.partial(on_update))

    @staticmethod
    def _within_limit(text: str, request: ChatRequest, state: _Attempt) -> tuple[str, bool]:
        """``text`` cut to what still fits ``max_answer_chars``, and whether it had to be cut."""
        room = request.max_answer_chars - state.chars
        over = len(text) > room
        if over:
            text = text[:max(0, room)]
        state.chars += len(text)
        return text, over

    def _finish(self, request: ChatRequest, state: _Attempt, on_update: UpdateCallback) -> ChatCompletion:
        model = request.model
        state.flush_held(on_update)
        if state.finish_reason == "error":
            raise errors.error_finish(provider=self.name, model=model)
        if not state.done and state.finish_reason is None:
            raise errors.stream_ended_early(provider=self.name, model=model)
        text = "".join(state.text)
        if not text.strip():
            raise errors.empty_answer(provider=self.name, model=model, finish_reason=state.finish_reason,
                                      reasoned=bool(state.reasoning), max_tokens=request.max_tokens)
        token_count, exact, cost = state.token_count, False, None
        extra: dict[str, object] = {}
        if state.usage is not None:
            usage = _clean_usage(state.usage)
            if usage:
                extra["usage"] = usage
            completion_tokens = _count(state.usage.get("completion_tokens"))
            if completion_tokens is not None:
                token_count, exact = completion_tokens, True
            cost = _money(state.usage.get("cost"))
        if state.upstream:
            extra["upstream_provider"] = state.upstream
        if state.citations:
            extra["citations"] = [{"url": u, "title": t} for u, t in state.citations.items()]
        if request.web_search and not self.web_search:
            extra["note"] = f"No web search at {self.name}: it answered without searching."
        if state.native_finish_reason:
            extra["native_finish_reason"] = state.native_finish_reason
        return ChatCompletion(
            text=text,
            token_count=token_count,
            exact_tokens=exact,
            cost=cost,
            finish_reason=state.finish_reason,
            generation_id=state.generation_id,
            reasoning="".join(state.reasoning),
            extra=extra,
        )

    def _from_json_body(
        self,
        body: str,
        ctype: str,
        request: ChatRequest,
        on_update: UpdateCallback,
        key: str | None,
        state: _Attempt,
    ) -> ChatCompletion:
        """A server that ignored ``stream: true`` and sent one JSON completion (or an error object)."""
        try:
            data = _loads(body)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise errors.unexpected_body(provider=self.name, model=request.model, body=body, content_type=ctype,
                                         secrets=(key,))
        if data.get("error"):
            raise errors.chunk_error(data["error"], provider=self.name, model=request.model, secrets=(key,))
        choices = data.get("choices")
        if not (isinstance(choices, list) and choices and isinstance(choices[0], dict)
                and isinstance(choices[0].get("message"), dict)):
            raise errors.unexpected_body(provider=self.name, model=request.model, body=body, content_type=ctype,
                                         secrets=(key,))
        self._on_chunk(data, request, on_update, key, state, lambda: None)
        state.done = True
        return self._finish(request, state, on_update)


MAX_CITATIONS = 50


def _read_citations(annotations: Any, into: dict[str, str]) -> None:
    """``url_citation`` annotations (OpenAI's shape, which OpenRouter's web search uses): http(s) URLs only, each
    once, at most :data:`MAX_CITATIONS`; the text is untrusted, so it is sanitised and bounded."""
    if not isinstance(annotations, list):
        return
    for a in annotations:
        if len(into) >= MAX_CITATIONS:
            return
        if not isinstance(a, dict) or a.get("type") != "url_citation":
            continue
        inner = a.get("url_citation")
        c: dict[str, Any] = inner if isinstance(inner, dict) else a
        url, title = c.get("url"), c.get("title")
        if not isinstance(url, str) or len(url) > 2000 or not url.lower().startswith(("http://", "https://")):
            continue
        url = strip_control(sanitize_text(url)).strip()
        if url and url not in into:
            into[url] = strip_control(sanitize_text(title))[:300] if isinstance(title, str) else ""


def _reasoning_text(delta: dict[str, Any]) -> str | None:
    """Reasoning in a delta: ``reasoning`` (OpenRouter), ``reasoning_content`` (DeepSeek, vLLM, llama.cpp) or
    ``reasoning_details`` (structured; encrypted parts count as thinking without text). None if absent."""
    for name in ("reasoning", "reasoning_content"):
        value = delta.get(name)
        if isinstance(value, str) and value:
            return value
    details = delta.get("reasoning_details")
    if isinstance(details, list) and details:
        parts = []
        for d in details:
            if isinstance(d, dict):
                value = d.get("text") or d.get("summary")
                if isinstance(value, str):
                    parts.append(value)
        return "".join(parts)
    return None


# --- untrusted values from the wire ------------------------------------------------------------------------------

def _loads(data: str) -> Any:
    """JSON from the wire, lone surrogates replaced. Raises ValueError (never RecursionError) if unreadable."""
    try:
        value = json.loads(data)
        return sanitize_json(value) if may_hold_surrogates(data) else value
    except RecursionError:  # nesting deeper than the interpreter's stack: not an answer anyone sends
        raise ValueError("JSON nested too deeply") from None


def _label(value: object) -> str | None:
    """A short string from the wire (an id, a provider name, a finish reason): valid Unicode, redacted, bounded."""
    if not isinstance(value, str) or not value:
        return None
    return shorten(redact(sanitize_text(value[:_MAX_LABEL * 4])), _MAX_LABEL)


def _count(value: object) -> int | None:
    """A token count: a whole number, not negative, not absurd; anything else is ignored."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= _MAX_COUNT else None


def _money(value: object) -> float | None:
    """A cost in USD: finite and not negative; anything else is ignored (never summed)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int) and not 0 <= value <= _MAX_COUNT:
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _clean_usage(usage: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """``usage`` keeping only valid numbers (and nested objects of them, and short strings) — it is stored."""
    out: dict[str, Any] = {}
    for k, v in list(usage.items())[:64]:
        if not isinstance(k, str) or len(k) > 64:
            continue
        if isinstance(v, dict) and depth < 2:
            inner = _clean_usage(v, depth + 1)
            if inner:
                out[k] = inner
        elif isinstance(v, str):
            out[k] = _label(v)
        elif (n := _count(v)) is not None:
            out[k] = n
        elif (f := _money(v)) is not None:
            out[k] = f
    return out
