"""The window's calls to OpenRouter's small endpoints (check a key, list models), as signals.

Widgets call :meth:`test_key` / :meth:`refresh_models` from plain slots; the service owns the tasks.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, QObject, Signal

from council_desktop.council.estimate import Price
from council_desktop.council.provider import ProviderError
from council_desktop.providers.openrouter_api import ModelCatalog, ModelInfo, fetch_key_info, fetch_models
from council_desktop.ui.tasks import TaskOwner

log = logging.getLogger(__name__)

CATALOG_MAX_AGE = 24 * 3600.0  # seconds: an older model list is fetched again in the background at start


def describe_key_info(info: dict[str, Any]) -> str:
    """``Key "sk-or-v1-abc...xyz" works · $7.50 of $10.00 left`` (the label is OpenRouter's masked form)."""
    label = info.get("label") or QCoreApplication.translate("OpenRouterService", "unnamed")
    parts = [QCoreApplication.translate("OpenRouterService", "Key “{label}” works").format(label=label)]
    limit, remaining, usage = info.get("limit"), info.get("limit_remaining"), info.get("usage")
    if remaining is not None and limit is not None:
        parts.append(QCoreApplication.translate("OpenRouterService", "{remaining} of {limit} left").format(
            remaining=f"${float(remaining):,.2f}", limit=f"${float(limit):,.2f}"))
    elif remaining is not None:
        parts.append(QCoreApplication.translate("OpenRouterService", "{remaining} left").format(
            remaining=f"${float(remaining):,.2f}"))
    else:
        parts.append(QCoreApplication.translate("OpenRouterService", "no credit limit on this key"))
    if usage is not None:
        parts.append(QCoreApplication.translate("OpenRouterService", "{usage} used").format(
            usage=f"${float(usage):,.2f}"))
    if info.get("is_free_tier"):
        parts.append(QCoreApplication.translate("OpenRouterService", "free tier"))
    return " · ".join(parts)


class OpenRouterService(QObject):
    """Signals:
    key_checked(dict): ``GET /key`` answered; the key's label (masked by OpenRouter), limit, remaining, usage.
    key_check_failed(str): one readable sentence (never the key).
    models_loaded(list): the model list (also saved to the offline cache).
    models_failed(str): one readable sentence.
    catalog_changed(): the cached model list was replaced (by a Refresh or the background fetch at start).
    """

    key_checked = Signal(dict)
    key_check_failed = Signal(str)
    models_loaded = Signal(list)
    models_failed = Signal(str)
    catalog_changed = Signal()

    def __init__(self, http: httpx.AsyncClient | None, base_url: Callable[[], str], catalog: ModelCatalog,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._http = http
        self._base_url = base_url
        self.catalog = catalog
        self.tasks = TaskOwner("openrouter-service")

    @property
    def http(self) -> httpx.AsyncClient | None:
        """The app's HTTP client (None offline / in tests without one): other settings pages use it too."""
        return self._http

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def test_key(self, key: str) -> None:
        self.tasks.spawn(self._test_key(key), name="test-key")

    async def _test_key(self, key: str) -> None:
        if self._http is None:
            self.key_check_failed.emit(self.tr("No network client is available."))
            return
        try:
            info = await fetch_key_info(self._http, self._base_url(), key)
        except ProviderError as e:
            self.key_check_failed.emit(e.message)
            return
        self.key_checked.emit(info)

    def refresh_models(self) -> None:
        self.tasks.spawn(self._refresh_models(), name="fetch-models")

    def catalog_is_stale(self, max_age: float = CATALOG_MAX_AGE, *, now: float | None = None) -> bool:
        """True when there is no cached model list or it is older than ``max_age`` seconds."""
        fetched = self.catalog.fetched_at()
        if fetched is None or not self.catalog.load_cached():
            return True
        return (time.time() if now is None else now) - fetched > max_age

    def refresh_if_stale(self, max_age: float = CATALOG_MAX_AGE) -> bool:
        """Fetch the model list in the background when the cache is missing or old (unknown ids are flagged from
        it). Never an error dialog: offline, it logs at INFO and keeps the cache. True when a fetch started."""
        if not self.catalog_is_stale(max_age):
            return False
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            log.debug("no running loop: the model list is not refreshed now")
            return False
        self.tasks.spawn(self._refresh_models(quiet=True), name="fetch-models-background")
        return True

    async def _refresh_models(self, *, quiet: bool = False) -> None:
        if self._http is None:
            if not quiet:
                self.models_failed.emit(self.tr("No network client is available."))
            return
        base_url = self._base_url()
        try:
            models = await fetch_models(self._http, base_url)
        except ProviderError as e:
            if quiet:
                log.info("OpenRouter's model list could not be fetched (%s); keeping the cached list", e.message)
            else:
                self.models_failed.emit(e.message)
            return
        try:
            self.catalog.save(models, base_url=base_url)
        except OSError as e:
            log.warning("cannot cache the model list: %s", e)
        else:
            log.info("OpenRouter's model list fetched: %d models", len(models))
        self.models_loaded.emit(models)
        self.catalog_changed.emit()

    def cached_models(self) -> list[dict[str, Any]]:
        return self.catalog.load_cached()

    def known_ids(self) -> set[str]:
        return self.catalog.known_ids()

    def model_info(self) -> dict[str, ModelInfo]:
        """The cached models by id with their prices (USD per token) and context lengths, for the estimate."""
        return self.catalog.info()

    def prices(self) -> dict[str, Price]:
        return self.catalog.prices()

    async def aclose(self) -> None:
        await self.tasks.aclose()
