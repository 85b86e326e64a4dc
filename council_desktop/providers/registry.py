"""Routes a council member spec to the provider that serves it: ``MODEL_ID`` → OpenRouter,
``MODEL_ID@NAME`` → the configured OpenAI-compatible provider ``NAME``."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Iterable

import httpx

from council_desktop.council.provider import (
    ChatCompletion,
    ChatRequest,
    ModelLimits,
    ProviderError,
    UpdateCallback,
)
from council_desktop.providers.openai_compat import OpenAICompatClient, Sleep
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.settings import Settings

__all__ = ["OPENROUTER_DISPLAY_NAME", "ProviderRegistry", "parse_member"]

log = logging.getLogger(__name__)

OPENROUTER_DISPLAY_NAME = "OpenRouter"
_OPENROUTER_SLOT = ""  # no configured provider can have an empty name, so no clash with a provider "openrouter"


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
        settings: Settings,
        key_store: KeyStore,
        *,
        base_url: str | None = None,
        sleep: Sleep = asyncio.sleep,
        catalog: ModelCatalog | None = None,
    ) -> None:
        self._http = http
        self._settings = settings
        self._keys = key_store
        self._base_url = base_url.rstrip("/") if base_url else None
        self._sleep = sleep
        self._catalog = catalog  # OpenRouter's cached model list: limits without a request
        # name -> (the configuration the client was built with, the client)
        self._clients: dict[str, tuple[tuple[str, int, bool], OpenAICompatClient]] = {}

    @property
    def settings(self) -> Settings:
        return self._settings

    def update_settings(self, settings: Settings) -> None:
        """Use new settings; a provider whose URL or limit changed gets a fresh client on its next request."""
        self._settings = settings

    def openrouter_base_url(self) -> str:
        return self._base_url or self._settings.effective_base_url()

    def resolve(self, spec: str) -> tuple[OpenAICompatClient, str]:
        """The client serving ``spec`` and the bare model id to send. Raises ProviderError if it cannot."""
        model, provider = parse_member(spec)
        if not model or provider == "":
            raise ProviderError(f"The council member '{spec}' is not valid: write MODEL_ID or MODEL_ID@PROVIDER.",
                                kind="not_found")
        if provider is None:
            if not self._keys.openrouter_key():
                raise ProviderError("No OpenRouter API key: set OPENROUTER_API_KEY or add one in Settings.",
                                    kind="auth")
            client = self._client(_OPENROUTER_SLOT, OPENROUTER_DISPLAY_NAME, self.openrouter_base_url(),
                                  self._settings.openrouter_max_concurrent, self._keys.openrouter_key, keyed=True)
            return client, model
        config = self._settings.provider(provider)
        if config is None:
            raise ProviderError(f"No provider named '{provider}' is configured (member '{spec}').",
                                kind="not_found")
        if config.has_key:
            name = config.name
            if not self._keys.provider_key(name):
                raise ProviderError(f"No API key is stored for provider '{name}' (member '{spec}'): "
                                    "add one in Settings.", kind="auth")

            def key() -> str | None:
                return self._keys.provider_key(name)
        else:
            def key() -> str | None:
                return None
        client = self._client(config.name, config.name, config.base_url, config.max_concurrent, key,
                              keyed=config.has_key)
        return client, model

    def _client(self, slot: str, display: str, base_url: str, max_concurrent: int,
                key: Callable[[], str | None], *, keyed: bool) -> OpenAICompatClient:
        wanted = (base_url.rstrip("/"), max_concurrent, keyed)
        cached = self._clients.get(slot)
        if cached is not None and cached[0] == wanted:
            return cached[1]
        client = OpenAICompatClient(self._http, name=display, base_url=base_url, api_key=key,
                                    max_concurrent=max_concurrent, sleep=self._sleep)
        log.debug("new client for provider %s at %s (max %d in flight)", display, base_url, max_concurrent)
        self._clients[slot] = (wanted, client)
        return client

    async def limits(self, spec: str) -> ModelLimits | None:
        """The limits of a member's model: the per-model setting first, then what OpenRouter or the server says
        (looked up once and cached by its client), then the provider's configured window. None when unknown.

        Raises ProviderError when the member cannot be served at all (no key, no such provider).
        """
        setting = self._settings.context_lengths.get(spec.strip())
        if setting:
            return ModelLimits(setting, None, source="settings")
        client, model = self.resolve(spec)
        if self._catalog is not None and is_openrouter(spec):
            cached = self._catalog.limits(model)
            if cached is not None:
                return cached
        found = await client.limits(model)
        if found is not None and found.context_length:
            return found
        _, provider = parse_member(spec)
        config = self._settings.provider(provider) if provider else None
        if config is not None and config.context_length:
            return ModelLimits(config.context_length, found.max_completion_tokens if found else None,
                               source="settings")
        return found

    async def chat(self, request: ChatRequest, on_update: UpdateCallback) -> ChatCompletion:
        """Route ``request.model`` (a member spec) and stream it from its provider."""
        client, model = self.resolve(request.model)
        return await client.chat(dataclasses.replace(request, model=model), on_update)
