"""``council-desktop --self-test``: can this build run on this machine?

Checks, one line each (``ok …``, ``warn …`` or ``FAIL … reason``) on stdout:

1. the app and Python versions (and whether this is the frozen bundle);
2. the bundled resources (the app icon) load;
3. Qt's platform plugin loads and a small window is shown and grabbed (``QT_QPA_PLATFORM`` is honoured; on Linux
   with no display at all it falls back to ``offscreen`` and says so), and fonts are found;
4. TLS certificates: certifi's bundle exists and loads into an SSL context, and httpx builds its own context;
5. the keyring backend (none usable is a warning: keys then live for the session only);
6. a short council end to end — three members, one of which fails on purpose, and a chairman — through the real
   provider registry and orchestrator against the local stub server (:mod:`council_desktop.devserver`) on
   127.0.0.1, on the same qasync loop the window uses.

Nothing leaves 127.0.0.1 (no proxies either) and nothing is read from or written to the user's settings, history
or keyring. Exit 0 when every check passed, else 1 with the failed checks named on the last line.
"""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from council_desktop import APP_NAME, __version__

TEST_KEY = "sk-or-v1-self-test-key"
MEMBERS = ("test/alpha", "test/beta", "test/broken")  # "broken": the stub drops the stream after a few tokens
FAILING_MEMBER = "test/broken"
CHAIRMAN = "test/chair"
COUNCIL_TIMEOUT = 20.0  # seconds; the run itself takes well under one


class CheckFailed(Exception):
    """A check failed; the message is the reason shown to the user."""


class CheckWarning(Exception):
    """A check found something worth telling, but the app still works."""


@dataclass
class Report:
    out: TextIO
    failed: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)

    def run(self, name: str, check: Callable[[], str]) -> bool:
        t0 = time.perf_counter()
        try:
            detail = check()
        except CheckWarning as e:
            self.warned.append(name)
            self._line(f"warn {name}: {e}")
            return True
        except CheckFailed as e:
            self.failed.append(name)
            self._line(f"FAIL {name}: {e}")
            return False
        except Exception as e:  # a bug or an unexpected environment: still one clear line, never a traceback only
            self.failed.append(name)
            self._line(f"FAIL {name}: unexpected {type(e).__name__}: {e}")
            return False
        self._line(f"ok {name}: {detail} ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        return True

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()


# -- 1. versions ---------------------------------------------------------------------------------------------
def check_versions() -> str:
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
    return (f"{APP_NAME} {__version__}, Python {platform.python_version()} ({frozen}), "
            f"{platform.system()} {platform.machine()}")


# -- 2. resources --------------------------------------------------------------------------------------------
def check_resources() -> str:
    from importlib import resources

    folder = resources.files("council_desktop") / "resources"
    names = ("icon.svg", "icon-256.png")
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        raise CheckFailed(f"the app icon is missing from the package ({', '.join(missing)}): a broken build")
    svg = (folder / "icon.svg").read_bytes()
    png = (folder / "icon-256.png").read_bytes()
    if b"<svg" not in svg or not png.startswith(b"\x89PNG"):
        raise CheckFailed("the app icon files are damaged")
    return "app icon (SVG + PNG) found"


# -- 3. Qt ---------------------------------------------------------------------------------------------------
def _choose_platform() -> str:
    """Pick the platform plugin the way Qt will, but fail with a reason instead of an abort where we can tell."""
    env = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if sys.platform.startswith("linux"):
        has_x = bool(os.environ.get("DISPLAY"))
        has_wayland = bool(os.environ.get("WAYLAND_DISPLAY"))
        if not env and not has_x and not has_wayland:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return "offscreen (no display found, so the offscreen plugin was used)"
        if env.split(":")[0] == "xcb" and not has_x:
            raise CheckFailed("QT_QPA_PLATFORM=xcb but DISPLAY is not set: there is no X server to show a window "
                              "on (use QT_QPA_PLATFORM=offscreen on a headless machine)")
    return env or "default"


def check_qt() -> str:
    chosen = _choose_platform()
    from PySide6 import QtCore

    messages: list[str] = []

    def on_message(mode: QtCore.QtMsgType, _ctx: Any, msg: str) -> None:
        messages.append(msg.strip())
        if mode == QtCore.QtMsgType.QtFatalMsg:
            # Qt aborts after a fatal message (e.g. a platform plugin that cannot load): say why, exit 1 instead.
            hint = " | ".join(" ".join(m.split()) for m in messages if m)[-700:].rstrip(". ")
            sys.stdout.write(f"FAIL Qt platform plugin: {hint}. Run with QT_DEBUG_PLUGINS=1 to see which library "
                             "is missing. (Qt cannot go on, so the remaining checks did not run.)\n")
            sys.stdout.flush()
            os._exit(1)

    previous = QtCore.qInstallMessageHandler(on_message)
    try:
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "council-desktop"])
        assert isinstance(app, QApplication)
        name = app.platformName()
        label = QLabel(f"{APP_NAME} self-test")
        label.resize(240, 48)
        label.show()
        deadline = time.monotonic() + 3.0
        handle = label.windowHandle()
        while (handle is None or not handle.isExposed()) and time.monotonic() < deadline:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
            handle = label.windowHandle()
        exposed = handle is not None and handle.isExposed()
        pixmap = label.grab()
        label.close()
        label.deleteLater()
        app.processEvents()
        if pixmap.isNull() or pixmap.width() < 1:
            raise CheckFailed(f"the '{name}' platform plugin loaded but a window could not be drawn")
        if not exposed:
            raise CheckFailed(f"the '{name}' platform plugin loaded but the window was never shown (exposed)")
        families = QFontDatabase.families()
    finally:
        QtCore.qInstallMessageHandler(previous)
    detail = (f"Qt {QtCore.qVersion()}, platform plugin '{name}' loaded, a window was shown and grabbed "
              f"({pixmap.width()}x{pixmap.height()})")
    if chosen.startswith("offscreen ("):
        detail += f"; {chosen.split('(', 1)[1].rstrip(')')}"
    if not families:
        raise CheckWarning(detail + "; but no fonts were found: text will show as boxes (install a font package, "
                                    "e.g. fonts-dejavu-core)")
    return detail + f", {len(families)} font families"


def check_translations() -> str:
    """Every shipped language loads (the app's catalogue, and Qt's own for the standard buttons)."""
    from PySide6.QtCore import QCoreApplication

    from council_desktop.ui.i18n import LANGUAGES, install_language

    app = QCoreApplication.instance()
    if app is None:
        raise CheckFailed("no Qt application to load the translations into")
    missing, no_qt = [], []
    try:
        for lang in LANGUAGES:
            if lang == "en":
                continue
            if install_language(lang, app) != lang:
                missing.append(lang)
            elif QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
                no_qt.append(lang)
    finally:
        install_language("en", app)
    if missing:
        raise CheckFailed(f"the window's translations are missing from the package ({', '.join(missing)}): a broken "
                          "build")
    shipped = ", ".join(lang for lang in LANGUAGES if lang != "en")
    if no_qt:
        raise CheckWarning(f"window languages {shipped} load, but Qt's own buttons stay English in "
                           f"{', '.join(no_qt)}")
    return f"window languages {shipped} load, with Qt's own buttons"


# -- 4. TLS --------------------------------------------------------------------------------------------------
def check_tls() -> str:
    import ssl

    import certifi
    import httpx

    where = certifi.where()
    if not os.path.isfile(where):
        raise CheckFailed(f"certifi's CA bundle is missing ({where}): HTTPS to OpenRouter would fail")
    try:
        ctx = ssl.create_default_context(cafile=where)
    except (OSError, ssl.SSLError) as e:
        raise CheckFailed(f"certifi's CA bundle at {where} does not load: {e}") from None
    cas = ctx.cert_store_stats().get("x509_ca", 0)
    if cas < 10:
        raise CheckFailed(f"certifi's CA bundle at {where} holds only {cas} CA certificates")
    try:
        hctx = httpx.create_ssl_context()
    except Exception as e:
        raise CheckFailed(f"httpx could not build its SSL context: {type(e).__name__}: {e}") from None
    if hctx.verify_mode != ssl.CERT_REQUIRED:
        raise CheckFailed("httpx's SSL context does not verify certificates")
    return f"{cas} CA certificates from {_short_path(where)}, {ssl.OPENSSL_VERSION}; httpx builds its SSL context"


def _short_path(path: str) -> str:
    base = getattr(sys, "_MEIPASS", None)
    if base and path.startswith(base):
        return "<bundle>" + path[len(base):]
    return path


# -- 5. keyring ----------------------------------------------------------------------------------------------
def check_keyring() -> str:
    from council_desktop.storage.keystore import KeyStore

    store = KeyStore(env={})  # never reads or writes a key: only asks which backend is in place
    name = store.backend_name()
    if not store.available:
        raise CheckWarning(f"no usable keyring ({name}): keys will live for the session only "
                           "(or set OPENROUTER_API_KEY)")
    return f"backend {name}"


# -- 6. a council against the local stub ---------------------------------------------------------------------
class _DropExpectedFailure(logging.Filter):
    """Keeps the deliberate failure of the test member out of the console: it is reported as ``ok``."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR or FAILING_MEMBER not in record.getMessage()


def check_council(use_qt_loop: bool) -> str:
    import council_desktop.providers  # noqa: F401 - its loggers must exist before the filter goes on
    from council_desktop.devserver import FakeOpenRouter, ServerOptions

    srv = FakeOpenRouter(ServerOptions(tokens=10, delay=0.003, key=TEST_KEY))
    # Our own serving thread with a short poll interval: stop() then returns in ~50 ms instead of up to 0.5 s.
    thread = threading.Thread(target=srv.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              name="self-test-stub", daemon=True)
    thread.start()
    quiet = _DropExpectedFailure()
    loggers = [logging.getLogger(n) for n in list(logging.root.manager.loggerDict)
               if n.startswith("council_desktop.")]
    for lg in loggers:
        lg.addFilter(quiet)
    try:
        coro = _run_council(srv.base_url)
        if use_qt_loop:
            from council_desktop.ui.qloop import run

            outcome = run(coro)
        else:
            outcome = asyncio.run(coro)
    finally:
        for lg in loggers:
            lg.removeFilter(quiet)
        srv.stop()
        thread.join(2.0)
    return outcome + f"; {len(srv.requests)} requests to the stub at {srv.base_url.split('/api')[0]}"


async def _run_council(base_url: str) -> str:
    from council_desktop.council.events import Event, ModelComplete, ModelError
    from council_desktop.council.orchestrator import Council, CouncilOptions, RunSpec
    from council_desktop.net import make_http_client
    from council_desktop.provider_setup import build_registry
    from council_desktop.storage.keystore import KEY_ENV, KeyStore
    from council_desktop.storage.settings import Settings

    settings = Settings(members=MEMBERS, chairman=CHAIRMAN, base_url=base_url)
    keys = KeyStore(env={KEY_ENV: TEST_KEY})
    options = CouncilOptions(max_tokens=64, first_token_timeout=5.0, total_timeout=10.0)
    spec = RunSpec.create("Self-test: what is two plus two?", MEMBERS, CHAIRMAN, options)
    events: list[Event] = []
    t0 = time.perf_counter()
    # trust_env=False: no proxy from the environment may see (or break) a request to 127.0.0.1.
    async with make_http_client(trust_env=False) as http:
        council = Council(build_registry(http, settings, keys, base_url=base_url))
        try:
            async with asyncio.timeout(COUNCIL_TIMEOUT):
                record = await council.run(spec, lambda ev, st: events.append(ev))
        except TimeoutError:
            raise CheckFailed(f"the council did not finish within {COUNCIL_TIMEOUT:.0f} s") from None
    wall = time.perf_counter() - t0
    errors = [e for e in events if isinstance(e, ModelError)]
    if record.status != "complete" or record.synthesis is None:
        why = record.error or "; ".join(f"{e.model}: {e.error}" for e in errors) or "no reason given"
        raise CheckFailed(f"the council ended '{record.status}' without a final answer: {why}")
    if record.synthesis.source != "chairman" or not record.synthesis.text.strip():
        raise CheckFailed(f"the chairman did not write the final answer (source: {record.synthesis.source})")
    failed = [e for e in errors if e.model == FAILING_MEMBER and e.stage == 1]
    if not failed:
        raise CheckFailed(f"the failing member {FAILING_MEMBER} was not reported as failed")
    unexpected = [e for e in errors if e.model != FAILING_MEMBER]
    if unexpected:
        raise CheckFailed("members that should work failed: "
                          + "; ".join(f"{e.model} (stage {e.stage}): {e.error}" for e in unexpected))
    answers = sum(1 for e in events if isinstance(e, ModelComplete) and e.stage == 1)
    reviews = sum(1 for e in events if isinstance(e, ModelComplete) and e.stage == 2)
    if answers != 2 or reviews != 2:
        raise CheckFailed(f"expected 2 answers and 2 reviews, got {answers} and {reviews}")
    words = len(record.synthesis.text.split())
    return (f"3 members ({FAILING_MEMBER} failed as expected: {failed[0].kind}), {answers} answers, {reviews} "
            f"reviews, a {words}-word synthesis by the chairman in {wall:.2f} s")


# -- all -----------------------------------------------------------------------------------------------------
def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line per check, return the exit code (0 all passed, 1 otherwise)."""
    report = Report(out or sys.stdout)
    t0 = time.perf_counter()
    report.run("version", check_versions)
    report.run("resources", check_resources)
    qt_ok = report.run("Qt", check_qt)
    if qt_ok:
        report.run("translations", check_translations)
    report.run("TLS certificates", check_tls)
    report.run("keyring", check_keyring)
    report.run("council", lambda: check_council(use_qt_loop=qt_ok))
    wall = time.perf_counter() - t0
    if report.failed:
        report._line(f"self-test FAILED in {wall:.1f} s: {', '.join(report.failed)} "
                     f"(see the FAIL line{'s' if len(report.failed) > 1 else ''} above)")
        return 1
    note = f" with {len(report.warned)} warning{'s' if len(report.warned) > 1 else ''}" if report.warned else ""
    report._line(f"self-test passed{note} in {wall:.1f} s")
    return 0


__all__ = ["run_self_test"]
