"""Providers: an OpenAI-compatible streaming client (OpenRouter is one provider), SSE parsing, error mapping,
and the registry that routes council member specs (``MODEL_ID`` or ``MODEL_ID@PROVIDER``) to clients."""

from __future__ import annotations

from council_desktop.providers.discovery import ConnectionReport, ModelInfo, check_connection, list_models
from council_desktop.providers.errors import TransientProviderError
from council_desktop.providers.openai_compat import OpenAICompatClient
from council_desktop.providers.openrouter_api import ModelCatalog, fetch_key_info, fetch_models
from council_desktop.providers.registry import (
    KeyFor,
    ProviderEndpoint,
    ProviderRegistry,
    is_openrouter,
    needs_openrouter,
    parse_member,
)
from council_desktop.providers.sse import SSEEvent, SSEParser

__all__ = [
    "ConnectionReport",
    "KeyFor",
    "ModelCatalog",
    "ModelInfo",
    "OpenAICompatClient",
    "ProviderEndpoint",
    "ProviderRegistry",
    "SSEEvent",
    "SSEParser",
    "TransientProviderError",
    "check_connection",
    "fetch_key_info",
    "fetch_models",
    "is_openrouter",
    "list_models",
    "needs_openrouter",
    "parse_member",
]
