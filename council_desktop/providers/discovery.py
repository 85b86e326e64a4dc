"""What an OpenAI-compatible provider serves: its models, their context windows, and whether it answers at all.

Every server says it differently (read from their docs):

* the ``/v1/models`` list: OpenRouter gives ``context_length`` and ``top_provider.max_completion_tokens``;
  llama.cpp's C++ server (``llama-server``) ``meta.n_ctx`` (the window it allocated; newer builds) and
  ``meta.n_ctx_train`` (what the model was trained for); vLLM ``max_model_len``; llama-cpp-python's server
  nothing but ids;
* llama.cpp's ``GET /props``: ``default_generation_settings.n_ctx``;
* Ollama's ``POST /api/show``: ``parameters`` holds ``num_ctx N`` when the model sets one (``model_info``'s
  ``<arch>.context_length`` is the trained length); ``GET /api/ps``: ``context_length`` of a loaded model;
* LM Studio's ``GET /api/v0/models/{id}``: ``loaded_context_length`` of a loaded model (``max_context_length``
  is the trained length).

A trained length is only an upper bound (Ollama and LM Studio load models with a smaller default window), so it
is reported apart and never taken as the window.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from council_desktop.council.provider import ModelLimits, ProviderError
from council_desktop.council.records import dataclass
from council_desktop.council.text import key_problem, may_hold_surrogates, remember_secret, sanitize_json
from council_desktop.providers import errors
from council_desktop.providers.body import BodyTooLarge, UnsupportedEncoding, request_capped

__all__ = [
    "ConnectionReport",
    "LimitsCache",
    "ModelInfo",
    "check_connection",
    "list_models",
    "parse_model_entry",
    "probe_context",
    "server_root",
]

log = logging.getLogger(__name__)

_LIST_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
_PROBE_TIMEOUT = httpx.Timeout(5.0, connect=3.0)
_MAX_LIST = 32 * 1024 * 1024  # a model list (OpenRouter's is a few MB)
_MAX_PROBE = 4 * 1024 * 1024  # /props, /api/show: a model's metadata, chat template included
_NUM_CTX = re.compile(r"^\s*num_ctx\s+(\d+)\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """One entry of a provider's model list. ``context_length``: the window the server enforces, when it says;
    ``trained_context_length``: the model's trained maximum (an upper bound only)."""

    id: str
    context_length: int | None = None
    trained_context_length: int | None = None
    max_completion_tokens: int | None = None


def _positive_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and value > 0 else None


def _first(d: Mapping[str, Any], *names: str) -> int | None:
    for name in names:
        found = _positive_int(d.get(name))
        if found is not None:
            return found
    return None


def parse_model_entry(entry: object) -> ModelInfo | None:
    """Read one ``data[]`` entry of a ``/models`` list (any of the shapes in the module docstring)."""
    if not isinstance(entry, Mapping) or not isinstance(entry.get("id"), str) or not entry["id"].strip():
        return None
    meta = entry.get("meta")
    meta = meta if isinstance(meta, Mapping) else {}
    top = entry.get("top_provider")
    top = top if isinstance(top, Mapping) else {}
    context = _first(meta, "n_ctx") or _first(entry, "context_length", "loaded_context_length", "max_model_len",
                                              "context_window")
    trained = _first(meta, "n_ctx_train") or _first(entry, "max_context_length")
    return ModelInfo(id=entry["id"], context_length=context, trained_context_length=trained,
                     max_completion_tokens=_first(top, "max_completion_tokens"))


def server_root(base_url: str) -> str:
    """``http://127.0.0.1:11434/v1`` → ``http://127.0.0.1:11434``: where a local server's own endpoints live."""
    base = base_url.rstrip("/")
    return base[: -len("/v1")] if base.endswith("/v1") else base


def _headers(key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"} if key else {}


def _host(url: str) -> str:
    try:
        return httpx.URL(url).host or url
    except httpx.InvalidURL:
        return url


def _final(err: ProviderError) -> ProviderError:
    return ProviderError(err.message, kind=err.kind, status_code=err.status_code)


def _json(body: bytes) -> Any:
    """JSON from a server, lone surrogates replaced; None when it is not JSON (or nested beyond reason)."""
    try:
        text = body.decode("utf-8", "replace")
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return sanitize_json(value) if may_hold_surrogates(text) else value


async def list_models(http: httpx.AsyncClient, base_url: str, key: str | None = None, *,
                      provider: str = "The provider") -> list[ModelInfo]:
    """``GET {base_url}/models``: the models the provider serves, in its order.

    Raises ProviderError with one readable sentence (no connection, rejected key, not a model list).
    """
    url = f"{base_url.rstrip('/')}/models"
    if key:
        problem = key_problem(key)
        if problem:
            raise errors.key_refused(provider=provider, model=None, problem=problem)
        remember_secret(key)
    try:
        resp, body = await request_capped(http, "GET", url, limit=_MAX_LIST, headers=_headers(key),
                                          timeout=_LIST_TIMEOUT)
    except UnsupportedEncoding as e:
        raise errors.encoding_unsupported(provider=provider, model=None, encoding=str(e)) from None
    except BodyTooLarge:
        raise ProviderError(f"{provider}'s model list at {url} passed the limit of {_MAX_LIST // 2**20} MB.",
                            kind="too_large", status_code=200) from None
    except httpx.HTTPError as e:
        raise _final(errors.transport_error(e, provider=provider, model=None, host=_host(url), responded=False,
                                            secrets=(key,))) from None
    except httpx.InvalidURL as e:
        raise _final(errors.transport_error(e, provider=provider, model=None, host=_host(url),
                                            responded=False)) from None
    if not resp.is_success:
        raise _final(errors.http_error(resp.status_code, body, provider=provider, model=None,
                                       headers=resp.headers, secrets=(key,)))
    data = _json(body)
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ProviderError(f"{provider} answered at {url} without a list of models: is this the address of an "
                            "OpenAI-compatible API (it usually ends in /v1)?", kind="upstream",
                            status_code=resp.status_code)
    return [info for info in map(parse_model_entry, items) if info is not None]


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    """The outcome of "Test connection": ``ok``, one sentence for the user, the models found, the round trip."""

    ok: bool
    message: str
    models: tuple[ModelInfo, ...] = ()
    elapsed_ms: int | None = None


async def check_connection(http: httpx.AsyncClient, base_url: str, key: str | None = None, *,
                          provider: str = "The provider",
                          clock: Callable[[], float] = time.monotonic) -> ConnectionReport:
    """Ask the provider for its model list and say in one sentence how that went. Never raises ProviderError."""
    started = clock()
    try:
        models = await list_models(http, base_url, key, provider=provider)
    except ProviderError as e:
        hint = ""
        if e.status_code is None and e.kind == "upstream" and "connect" in e.message.lower():
            hint = " Is the server running, and is the address right?"
        return ConnectionReport(False, e.message + hint, elapsed_ms=round((clock() - started) * 1000))
    elapsed = round((clock() - started) * 1000)
    if not models:
        return ConnectionReport(True, f"{provider} answers at {base_url}, but lists no models: load or pull "
                                      "one first.", (), elapsed)
    names = ", ".join(m.id for m in models[:3]) + (", …" if len(models) > 3 else "")
    count = f"{len(models)} model" + ("" if len(models) == 1 else "s")
    return ConnectionReport(True, f"{provider} answers at {base_url} ({elapsed} ms): {count} ({names}).",
                            tuple(models), elapsed)


async def _get_json(http: httpx.AsyncClient, method: str, url: str, key: str | None,
                    body: dict[str, Any] | None = None) -> Any:
    """A best-effort probe: the JSON of a 2xx answer, else None (404 on a server that lacks the endpoint)."""
    if key and key_problem(key):
        return None  # never sent (the chat request says why)
    try:
        resp, raw = await request_capped(http, method, url, limit=_MAX_PROBE, headers=_headers(key), json=body,
                                         timeout=_PROBE_TIMEOUT)
    except (httpx.HTTPError, httpx.InvalidURL, BodyTooLarge, UnsupportedEncoding) as e:
        log.debug("probe %s %s: %s", method, url, type(e).__name__)
        return None
    if not resp.is_success:
        log.debug("probe %s %s: HTTP %d", method, url, resp.status_code)
        return None
    return _json(raw)


def _names_match(listed: object, model: str) -> bool:
    if not isinstance(listed, str):
        return False
    return listed == model or listed == f"{model}:latest" or (model.endswith(":latest") and listed == model[:-7])


async def probe_context(http: httpx.AsyncClient, base_url: str, model: str, key: str | None = None) -> int | None:
    """The window a local server enforces for ``model``, from its own endpoints (llama.cpp ``/props``, Ollama
    ``/api/show`` and ``/api/ps``, LM Studio ``/api/v0/models/{id}``); None when none of them says."""
    root = server_root(base_url)
    props = await _get_json(http, "GET", f"{root}/props", key)
    if isinstance(props, Mapping):
        settings = props.get("default_generation_settings")
        found = _first(settings, "n_ctx") if isinstance(settings, Mapping) else None
        found = found or _first(props, "n_ctx")
        if found:
            return found
    show = await _get_json(http, "POST", f"{root}/api/show", key, {"model": model})
    if isinstance(show, Mapping):
        params = show.get("parameters")
        m = _NUM_CTX.search(params) if isinstance(params, str) else None
        if m:
            return int(m.group(1))
        ps = await _get_json(http, "GET", f"{root}/api/ps", key)
        loaded = ps.get("models") if isinstance(ps, Mapping) else None
        for entry in loaded if isinstance(loaded, list) else []:
            if isinstance(entry, Mapping) and (_names_match(entry.get("name"), model)
                                               or _names_match(entry.get("model"), model)):
                found = _first(entry, "context_length")
                if found:
                    return found
        return None  # Ollama, but it does not say: its default window depends on the machine
    studio = await _get_json(http, "GET", f"{root}/api/v0/models/{quote(model, safe='/')}", key)
    if isinstance(studio, Mapping):
        return _first(studio, "loaded_context_length")
    return None


class LimitsCache:
    """The limits of a provider's models, looked up when first asked and kept for ``ttl`` seconds.

    One lookup at a time: the model list is fetched once for all models; a local server's own endpoints are
    probed only when its list says nothing about context for any model. Failures mean "unknown" (logged).
    """

    def __init__(self, http: httpx.AsyncClient, base_url: str, key: Callable[[], str | None], *, provider: str,
                 ttl: float = 600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._http = http
        self._base_url = base_url
        self._key = key
        self._provider = provider
        self._ttl = ttl
        self._clock = clock
        self._lock = asyncio.Lock()
        self._listed: tuple[float, dict[str, ModelInfo]] | None = None
        self._found: dict[str, tuple[float, ModelLimits | None]] = {}

    def _fresh(self, at: float) -> bool:
        return self._clock() - at < self._ttl

    async def get(self, model: str) -> ModelLimits | None:
        cached = self._found.get(model)
        if cached is not None and self._fresh(cached[0]):
            return cached[1]
        async with self._lock:
            cached = self._found.get(model)
            if cached is not None and self._fresh(cached[0]):
                return cached[1]
            try:
                found = await self._lookup(model)
            except Exception as e:  # a lookup must never stop a request: unknown limits change nothing
                log.info("%s %s: limits unknown (%s: %s)", self._provider, model, type(e).__name__, e)
                found = None
            log.debug("%s %s: limits %s", self._provider, model, found)
            self._found[model] = (self._clock(), found)
            return found

    async def _lookup(self, model: str) -> ModelLimits | None:
        key = self._key()
        if self._listed is None or not self._fresh(self._listed[0]):
            try:
                listed = await list_models(self._http, self._base_url, key, provider=self._provider)
            except ProviderError as e:
                log.info("%s: model list unavailable (%s)", self._provider, e.message)
                listed = []
            self._listed = (self._clock(), {m.id: m for m in listed})
        models = self._listed[1]
        info = models.get(model)
        if info is not None and (info.context_length or info.max_completion_tokens):
            return ModelLimits(info.context_length, info.max_completion_tokens, source="provider")
        if any(m.context_length for m in models.values()):
            return None  # the list speaks of context, just not for this model
        context = await probe_context(self._http, self._base_url, model, key)
        return ModelLimits(context, None, source="server") if context else None
