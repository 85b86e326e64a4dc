"""Routes a council member spec to the provider that serves it: ``MODEL_ID`` → OpenRouter,
``MODEL_ID@NAME`` → the configured OpenAI-compatible provider ``NAME``.

The registry knows no settings file and no keyring: it is handed :class:`ProviderEndpoint` values and a
``key_for(name)`` callable (``None`` names OpenRouter) by whoever builds it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Iterable, Mapping

import httpx

from council_desktop.council.provider import (
    ChatCompletion,
    ChatRequest,
    ModelLimits,
    ProviderError,
    UpdateCallback,
)
from council_desktop.council.records import dataclass
from council_desktop.providers.openai_compat import OpenAICompatClient, Sleep
from council_desktop.providers.openrouter_api import ModelCatalog, fetch_models

__all__ = ["OPENROUTER_DISPLAY_NAME", "KeyFor", "ProviderEndpoint", "ProviderRegistry", "parse_member"]

log = logging.getLogger(__name__)

OPENROUTER_DISPLAY_NAME = "OpenRouter"
_OPENROUTER_SLOT = ""  # no configured provider can have an empty name, so no clash with a provider "openrouter"

KeyFor = Callable[[str | None], str | None]
"""``key_for(name)``: the API key of provider ``name`` (``None``: OpenRouter), or None when there is none."""


@dataclass(frozen=True, slots=True)
class ProviderEndpoint:
    """Where one OpenAI-compatible provider answers and how it is used.

    ``has_key``: requests carry ``key_for(name)``; ``max_concurrent`` > 0 queues requests beyond that many;
    ``context_length``: the window to assume for its models when the server does not say.
    """

    name: str
    base_url: str
    has_key: bool = False
    max_concurrent: int = 0
    context_length: int | None = None  # the models' window when the server does not say (llama-cpp-python)


def parse_member(spec: str) -> tuple[str, str | None]:
    """``"model@provider"`` → ``("model", "provider")``; ``"model"`` → ``("model", None)``.

    Splits on the last ``@`` and strips both parts. Never raises: a malformed spec (``"m@"``, ``"@x"``) comes
    back with an empty part, which :meth:`ProviderRegistry.chat` reports as a ``not_found`` ProviderError.
    """
    spec = spec.strip()
    model, at, provider = spec.rpartition("@")
    if not at:
        return spec, None
    return model.strip(), provider.strip()


def is_openrouter(spec: str) -> bool:
    """True when the member spec is served by OpenRouter (no ``@provider``)."""
    return parse_member(spec)[1] is None


def needs_openrouter(members: Iterable[str], chairman: str) -> bool:
    """Whether a council with these members and chairman sends anything to OpenRouter (and so needs its key)."""
    return any(is_openrouter(m) for m in [*members, chairman])


class ProviderRegistry:
    """The app's ``ChatBackend``: one :class:`OpenAICompatClient` per provider, created lazily and reused,
    so a provider's ``max_concurrent`` queue is shared by all its requests."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        key_for: KeyFor,
        *,
        openrouter_url: str,
        openrouter_max_concurrent: int = 0,
        providers: Iterable[ProviderEndpoint] = (),
        sleep: Sleep = asyncio.sleep,
        catalog: ModelCatalog | None = None,
        fill_catalog: bool = False,
        context_lengths: Mapping[str, int] | None = None,
    ) -> None:
        self._http = http
        self._key_for = key_for
        self._sleep = sleep
        self._catalog = catalog  # OpenRouter's cached model list: limits without a request
        # fill_catalog: an empty catalog gets OpenRouter's list the first time a limit is asked (see _fill_catalog)
        self._fill = fill_catalog
        self._fill_lock: asyncio.Lock | None = None
        self._fill_tried = False
        self._filled = False
        self._context_lengths = dict(context_lengths or {})
        self._openrouter = ProviderEndpoint(OPENROUTER_DISPLAY_NAME, openrouter_url.rstrip("/"), True,
                                            openrouter_max_concurrent)
        self._providers: dict[str, ProviderEndpoint] = {p.name: p for p in providers}
        # slot -> (the endpoint the client was built with, the client)
        self._clients: dict[str, tuple[ProviderEndpoint, OpenAICompatClient]] = {}

    @property
    def providers(self) -> tuple[ProviderEndpoint, ...]:
        return tuple(self._providers.values())

    def configure(self, *, openrouter_url: str | None = None, openrouter_max_concurrent: int | None = None,
                  providers: Iterable[ProviderEndpoint] | None = None,
                  context_lengths: Mapping[str, int] | None = None) -> None:
        """New endpoints; a provider whose URL, key use or limit changed gets a fresh client on its next request.
        ``context_lengths``: the per-member windows the user set (``{spec: tokens}``)."""
        if context_lengths is not None:
            self._context_lengths = dict(context_lengths)
        self._openrouter = dataclasses.replace(
            self._openrouter,
            base_url=self._openrouter.base_url if openrouter_url is None else openrouter_url.rstrip("/"),
            max_concurrent=(self._openrouter.max_concurrent if openrouter_max_concurrent is None
                            else openrouter_max_concurrent))
        if providers is not None:
            self._providers = {p.name: p for p in providers}

    def openrouter_base_url(self) -> str:
        return self._openrouter.base_url

    def resolve(self, spec: str) -> tuple[OpenAICompatClient, str]:
        """The client serving ``spec`` and the bare model id to send. Raises ProviderError if it cannot."""
        model, provider = parse_member(spec)
        if not model or provider == "":
            raise ProviderError(f"The council member '{spec}' is not valid: write MODEL_ID or MODEL_ID@PROVIDER.",
                                kind="not_found")
        if provider is None:
            if not self._key_for(None):
                raise ProviderError("No OpenRouter API key: set OPENROUTER_API_KEY or add one in Settings.",
                                    kind="auth")
            return self._client(_OPENROUTER_SLOT, self._openrouter, lambda: self._key_for(None)), model
        config = self._providers.get(provider)
        if config is None:
            raise ProviderError(f"No provider named '{provider}' is configured (member '{spec}').",
                                kind="not_found")
        name = config.name
        if config.has_key:
            if not self._key_for(name):
                raise ProviderError(f"No API key is stored for provider '{name}' (member '{spec}'): "
                                    "add one in Settings.", kind="auth")

            def key() -> str | None:
                return self._key_for(name)
        else:
            def key() -> str | None:
                return None
        return self._client(name, config, key), model

    def _client(self, slot: str, endpoint: ProviderEndpoint, key: Callable[[], str | None]) -> OpenAICompatClient:
        cached = self._clients.get(slot)
        if cached is not None and cached[0] == endpoint:
            return cached[1]
        client = OpenAICompatClient(self._http, name=endpoint.name, base_url=endpoint.base_url, api_key=key,
                                    max_concurrent=endpoint.max_concurrent, sleep=self._sleep,
                                    web_search=slot == _OPENROUTER_SLOT)
        log.debug("new client for provider %s at %s (max %d in flight)", endpoint.name, endpoint.base_url,
                  endpoint.max_concurrent)
        self._clients[slot] = (endpoint, client)
        return client

    async def limits(self, spec: str) -> ModelLimits | None:
        """The limits of a member's model: the per-model setting first, then what OpenRouter or the server says
        (looked up once and cached by its client), then the provider's configured window. None when unknown.

        Raises ProviderError when the member cannot be served at all (no key, no such provider).
        """
        setting = self._context_lengths.get(spec.strip())
        if setting:
            return ModelLimits(setting, None, source="settings")
        client, model = self.resolve(spec)
        if self._catalog is not None and is_openrouter(spec):
            cached = self._catalog.limits(model)
            if cached is not None:
                return cached
            if await self._fill_catalog():  # the whole list just arrived: what it does not say is not known
                return self._catalog.limits(model)
        found = await client.limits(model)
        if found is not None and found.context_length:
            return found
        _, provider = parse_member(spec)
        config = self._providers.get(provider) if provider else None
        if config is not None and config.context_length:
            return ModelLimits(config.context_length, found.max_completion_tokens if found else None,
                               source="settings")
        return found

    async def _fill_catalog(self) -> bool:
        """With ``fill_catalog`` (``ask`` at the window's own base URL), an empty catalog is filled once with
        OpenRouter's model list, for every member at once: later runs know their context windows (and prices)
        without a request before their first one. True when this registry filled it. Never raises: a list that
        cannot be fetched leaves the lookup to the provider's client, as without a catalog."""
        if not self._fill or self._catalog is None:
            return False
        if self._fill_lock is None:
            self._fill_lock = asyncio.Lock()
        async with self._fill_lock:
            if self._fill_tried:
                return self._filled
            self._fill_tried = True
            if self._catalog.load_cached():
                return False  # the window's list (a model it lacks is asked of the provider, as before)
            base = self._openrouter.base_url
            try:
                models = await fetch_models(self._http, base)
                self._catalog.save(models, base_url=base)
            except Exception as e:  # a lookup must never stop a request
                log.info("OpenRouter's model list was not cached (%s: %s)", type(e).__name__, e)
                return False
            log.info("OpenRouter's model list cached: %d models", len(models))
            self._filled = bool(models)
            return self._filled

    async def chat(self, request: ChatRequest, on_update: UpdateCallback) -> ChatCompletion:
        """Route ``request.model`` (a member spec) and stream it from its provider."""
        client, model = self.resolve(request.model)
        return await client.chat(dataclasses.replace(request, model=model), on_update)
