"""Glue between the stored settings and keys and the provider registry (``providers/`` knows neither).

Used by every place that builds a registry: the window (``app.py``), ``ask`` and ``--self-test``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import httpx

from council_desktop.council.text import is_insecure_http
from council_desktop.providers.openai_compat import Sleep
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.providers.registry import (
    OPENROUTER_DISPLAY_NAME,
    KeyFor,
    ProviderEndpoint,
    ProviderRegistry,
    parse_member,
)
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.settings import Settings

__all__ = ["apply_settings", "build_registry", "endpoints", "insecure_endpoints", "key_for"]


def endpoints(settings: Settings) -> tuple[ProviderEndpoint, ...]:
    """The configured OpenAI-compatible providers (OpenRouter aside)."""
    return tuple(ProviderEndpoint(p.name, p.base_url, p.has_key, p.max_concurrent, p.context_length)
                 for p in settings.providers)


def key_for(key_store: KeyStore) -> KeyFor:
    """``key_for(name)`` over the key store: ``None`` is OpenRouter (env first, then the keyring)."""

    def key(name: str | None) -> str | None:
        return key_store.openrouter_key() if name is None else key_store.provider_key(name)

    return key


def build_registry(http: httpx.AsyncClient, settings: Settings, key_store: KeyStore, *, base_url: str | None = None,
                   sleep: Sleep = asyncio.sleep, catalog: ModelCatalog | None = None,
                   fill_catalog: bool = False) -> ProviderRegistry:
    """A registry for ``settings``; ``base_url`` overrides OpenRouter's (``--base-url``, ``OPENROUTER_BASE_URL``);
    ``catalog``: OpenRouter's cached model list, for context windows without a request; ``fill_catalog``: an empty
    one is filled from OpenRouter the first time it is needed (only at the base URL the window's list comes from)."""
    return ProviderRegistry(http, key_for(key_store), openrouter_url=base_url or settings.effective_base_url(),
                            openrouter_max_concurrent=settings.openrouter_max_concurrent,
                            providers=endpoints(settings), sleep=sleep, catalog=catalog,
                            fill_catalog=fill_catalog and base_url is None, context_lengths=settings.context_lengths)


def apply_settings(registry: ProviderRegistry, settings: Settings, *, base_url: str | None = None) -> None:
    """Point ``registry`` at new settings (the window's Settings dialog saved)."""
    registry.configure(openrouter_url=base_url or settings.effective_base_url(),
                       openrouter_max_concurrent=settings.openrouter_max_concurrent, providers=endpoints(settings),
                       context_lengths=settings.context_lengths)


def insecure_endpoints(settings: Settings, models: Iterable[str], *, base_url: str | None = None
                       ) -> list[tuple[str, str]]:
    """``(provider, base URL)`` of every provider these member specs use that would get an API key over plain
    ``http://`` to another machine. A keyless provider (a local server on the LAN) sends no key and is not listed.
    """
    found: dict[str, str] = {}
    for spec in models:
        _model, name = parse_member(spec)
        if name is None:
            url = base_url or settings.effective_base_url()
            if is_insecure_http(url):
                found[OPENROUTER_DISPLAY_NAME] = url
            continue
        config = settings.provider(name)
        if config is not None and config.has_key and is_insecure_http(config.base_url):
            found[name] = config.base_url
    return list(found.items())
