"""The composition root of the desktop app: builds the object graph and runs it on the qasync loop.

Only this file knows every layer. ``council-desktop`` without a sub-command calls :func:`run_gui`.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from council_desktop import APP_ID, APP_NAME
from council_desktop.council.orchestrator import Council
from council_desktop.logging_setup import setup_logging
from council_desktop.provider_setup import apply_settings, build_registry
from council_desktop.providers import ModelCatalog, ProviderRegistry
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import AppPaths, app_paths
from council_desktop.storage.recorder import open_recorder
from council_desktop.storage.settings import BASE_URL_ENV, Settings, SettingsStore
from council_desktop.termination import on_termination
from council_desktop.ui import qloop
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.runner import CouncilRunner

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).parent / "resources"


@dataclass
class AppParts:
    """The object graph of one window (also used by the screenshot script and the benchmark)."""

    window: MainWindow
    runner: CouncilRunner
    registry: ProviderRegistry
    service: OpenRouterService
    history_store: Any = None
    history_problem: str | None = None

    async def aclose(self) -> None:
        """Cancel a running council (every stream closes) and background calls; close the history."""
        await self.runner.shutdown()
        await self.service.aclose()
        if self.history_store is not None:
            try:
                self.history_store.close()
            except Exception:
                log.exception("closing the history database failed")


def open_history(paths: AppPaths) -> tuple[Any, Any, str | None]:
    """(store, recorder, problem). A corrupt or unreadable database leaves the app running without history."""
    recorder, problem = open_recorder(paths.history_db)
    if recorder is None:
        # The problem says what is wrong and what to do; only a damaged file is worth moving aside (it says so).
        return None, None, QCoreApplication.translate(
            "app", "The run history cannot be opened: {problem} The app works without it: runs of this session are "
            "not saved.").format(problem=problem)
    return recorder.store, recorder, None


def build_app(http: httpx.AsyncClient, paths: AppPaths, *, key_store: KeyStore | None = None,
              env: Mapping[str, str] | None = None, with_history: bool = True,
              check_key_on_show: bool = True, flush_interval_ms: int | None = None) -> AppParts:
    """Build stores, providers, the council runner and the window (not shown). Needs a running loop only to run."""
    env = dict(os.environ if env is None else env)
    key_store = key_store or KeyStore()
    settings_store = SettingsStore(paths.settings_file)
    settings = settings_store.load_or_default()
    base_url_override = env.get(BASE_URL_ENV) or None
    catalog = ModelCatalog(paths.models_cache_file)
    registry = build_registry(http, settings, key_store, base_url=base_url_override, catalog=catalog)
    store = recorder = problem = None
    if with_history:
        store, recorder, problem = open_history(paths)
    kwargs: dict[str, Any] = {} if flush_interval_ms is None else {"flush_interval_ms": flush_interval_ms}
    from council_desktop.ui.council_bar import PriceBook

    prices = PriceBook(catalog)  # the budget cap counts with the cached model prices, as ask does
    in_force = [settings]  # the settings the window saved last (keyed providers' prices are unknown)

    def new_council() -> Council:
        return Council(registry, prices=prices.budget_prices(in_force[0]))

    runner = CouncilRunner(new_council, recorder=recorder, **kwargs)
    service = OpenRouterService(http, registry.openrouter_base_url, catalog)
    window = MainWindow(runner, settings_store=settings_store, key_store=key_store, paths=paths, service=service,
                        check_key_on_show=check_key_on_show)

    def on_settings_changed(new: Settings) -> None:
        apply_settings(registry, new, base_url=base_url_override)
        in_force[0] = new

    window.settings_changed.connect(on_settings_changed)
    if store is not None:
        from council_desktop.ui.history_panel import HistoryPanel

        panel = HistoryPanel(store)
        window.set_history(panel, store)
    if problem:
        window.banner.show_message(problem, "error")
    return AppParts(window, runner, registry, service, store, problem)


def install_window_language(paths: AppPaths, app: QApplication) -> str:
    """The window speaks the language of the settings (by default the system's), from its first widget on."""
    from council_desktop.ui.i18n import choose_language, install_language

    return install_language(choose_language(SettingsStore(paths.settings_file).load_or_default().language), app)


def settle_startup_objects() -> None:
    """Move everything built so far (imports, the window) out of the cycle collector's way: its full collections
    then scan only what a run makes, not the ~60,000 objects of the app itself (one took 42 ms mid-run)."""
    gc.collect()
    gc.freeze()


def warm_up(window: MainWindow | None = None) -> None:
    """What a run would otherwise build on the spot: the network reachability check the re-run actions ask at a
    run's end (a stall of ~30 ms then), and the window's first answer and review pages (~8 ms each at its start)."""
    from council_desktop.ui.window_power import system_online

    system_online()
    if window is not None:
        window.results.warm_up()


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("icon.svg", "icon-256.png", "icon-32.png"):
        path = RESOURCES / name
        if path.exists():
            icon.addFile(str(path))
    return icon


async def _main(app: QApplication, paths: AppPaths) -> int:
    from council_desktop.net import make_http_client

    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def finish(*_args: object) -> None:
        if not done.done():
            done.set_result(None)

    app.setQuitOnLastWindowClosed(False)  # the window's close ends _main, which cleans up, then the loop stops
    app.aboutToQuit.connect(finish)
    async with make_http_client() as http:
        parts = build_app(http, paths)
        window = parts.window
        window.closed.connect(finish)
        window.show()
        settle_startup_objects()
        QTimer.singleShot(500, lambda: warm_up(window))
        window.refresh_model_list_if_stale()  # in the background; unknown model ids get flagged before a run
        if parts.history_problem:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("app", "History unavailable"),
                              parts.history_problem,
                              QMessageBox.StandardButton.Ok, window)
            box.open()
        try:
            with on_termination(loop, window.close):  # Ctrl+C in the terminal closes the window cleanly
                await done
        finally:
            await parts.aclose()
    log.info("window closed; bye")
    return 0


def run_gui(argv: list[str]) -> int:
    """Open the desktop window; returns the exit code when it is closed."""
    paths = app_paths()
    try:
        paths.ensure()
    except OSError as e:
        print(f"council-desktop: cannot create the app folders: {e}", file=sys.stderr)
        return 1
    # The window owns the terminal it was started from (if any): the console shows the log as it happens.
    setup_logging(paths.log_file, console_level=logging.INFO)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID, *argv])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    install_window_language(paths, app)
    log.info("%s starting (config %s, data %s, style %s)", APP_NAME, paths.config_dir, paths.data_dir,
             app.style().name())
    try:
        return qloop.run(_main(app, paths), app)
    except Exception:
        log.exception("the window crashed")
        return 1
