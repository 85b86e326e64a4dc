"""The window's calls to OpenRouter's small endpoints (check a key, list models), as signals.

Widgets call :meth:`test_key` / :meth:`refresh_models` from plain slots; the service owns the tasks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import QObject, Signal

from council_desktop.council.provider import ProviderError
from council_desktop.providers.openrouter_api import ModelCatalog, fetch_key_info, fetch_models
from council_desktop.ui.tasks import TaskOwner

log = logging.getLogger(__name__)


def describe_key_info(info: dict[str, Any]) -> str:
    """``Key "sk-or-v1-abc...xyz" works · $7.50 of $10.00 left`` (the label is OpenRouter's masked form)."""
    parts = [f"Key \u201c{info.get('label') or 'unnamed'}\u201d works"]
    limit, remaining, usage = info.get("limit"), info.get("limit_remaining"), info.get("usage")
    if remaining is not None and limit is not None:
        parts.append(f"${float(remaining):,.2f} of ${float(limit):,.2f} left")
    elif remaining is not None:
        parts.append(f"${float(remaining):,.2f} left")
    else:
        parts.append("no credit limit on this key")
    if usage is not None:
        parts.append(f"${float(usage):,.2f} used")
    if info.get("is_free_tier"):
        parts.append("free tier")
    return " · ".join(parts)


class OpenRouterService(QObject):
    """Signals:
    key_checked(dict): ``GET /key`` answered; the key's label (masked by OpenRouter), limit, remaining, usage.
    key_check_failed(str): one readable sentence (never the key).
    models_loaded(list): the model list (also saved to the offline cache).
    models_failed(str): one readable sentence.
    """

    key_checked = Signal(dict)
    key_check_failed = Signal(str)
    models_loaded = Signal(list)
    models_failed = Signal(str)

    def __init__(self, http: httpx.AsyncClient | None, base_url: Callable[[], str], catalog: ModelCatalog,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._http = http
        self._base_url = base_url
        self.catalog = catalog
        self.tasks = TaskOwner("openrouter-service")

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def test_key(self, key: str) -> None:
        self.tasks.spawn(self._test_key(key), name="test-key")

    async def _test_key(self, key: str) -> None:
        if self._http is None:
            self.key_check_failed.emit("No network client is available.")
            return
        try:
            info = await fetch_key_info(self._http, self._base_url(), key)
        except ProviderError as e:
            self.key_check_failed.emit(e.message)
            return
        self.key_checked.emit(info)

    def refresh_models(self) -> None:
        self.tasks.spawn(self._refresh_models(), name="fetch-models")

    async def _refresh_models(self) -> None:
        if self._http is None:
            self.models_failed.emit("No network client is available.")
            return
        try:
            models = await fetch_models(self._http, self._base_url())
        except ProviderError as e:
            self.models_failed.emit(e.message)
            return
        try:
            self.catalog.save(models)
        except OSError as e:
            log.warning("cannot cache the model list: %s", e)
        self.models_loaded.emit(models)

    def cached_models(self) -> list[dict[str, Any]]:
        return self.catalog.load_cached()

    def known_ids(self) -> set[str]:
        return self.catalog.known_ids()

    async def aclose(self) -> None:
        await self.tasks.aclose()
