"""app.py: the object graph, history in the sidebar (offline review), a corrupt history, a clean exit mid-run."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap

import httpx
import pytest

from council_desktop.app import build_app
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from tests.helpers import until, wait_signal
from tests.ui.conftest import BASE, TEST_KEY

MEMBERS = ("a/one", "b/two", "c/three")


def _prepare(members=MEMBERS):
    paths = app_paths().ensure()
    SettingsStore(paths.settings_file).save(Settings(members=members, chairman=members[0], base_url=BASE))
    return paths


async def test_a_finished_run_is_reopened_from_history_offline(qtbot, responder, respx_mock):
    paths = _prepare()
    http = httpx.AsyncClient()
    parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}), env={},
                      check_key_on_show=False, flush_interval_ms=0)
    win = parts.window
    qtbot.addWidget(win)
    win.show()
    assert parts.history_store is not None and win.history_panel is not None
    assert win.sidebar.isVisibleTo(win)
    win.prompt.set_text("What is a council?")
    win.run_council()
    record = (await wait_signal(parts.runner.finished, timeout=10))[0]
    assert record.status == "complete"
    assert win.history_panel.current_run_id() == record.id  # the finished run is selected in the sidebar
    await asyncio.sleep(0.05)  # a few loop turns: nothing deferred may undo the summary
    assert "Finished in" in win.banner.text()
    n_requests = len(responder.requests)
    # a fresh run clears the views; then the past run comes back from the store alone
    win.results.clear()
    win.history_panel.run_selected.emit(record.id)
    assert win.results.final.pane.text.startswith("# Synthesis")
    assert win.results.answers.count() == 3
    assert win.results.reviews.table.rowCount() == 3
    assert win.windowTitle() == "LLM Council — What is a council?"
    assert [win.list_model.row(m).status for m in MEMBERS] == ["done"] * 3
    assert len(responder.requests) == n_requests  # no network to show a stored run
    # "Ask again" brings back the prompt and that run's council, even after the settings changed
    win.settings = Settings(members=("z/other",), chairman="z/other", base_url=BASE)
    win.history_panel.ask_again.emit(record.id)
    assert win.prompt.text() == "What is a council?"
    assert "that run's council" in win.banner.text()
    assert win.run_council()
    again = (await wait_signal(parts.runner.finished, timeout=10))[0]
    assert again.members == MEMBERS and again.chairman == MEMBERS[0]
    await parts.aclose()
    await http.aclose()


async def test_a_corrupt_history_leaves_the_app_running_without_it(qtbot, responder):
    paths = _prepare()
    paths.history_db.write_bytes(b"this is not a database" * 100)
    http = httpx.AsyncClient()
    parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}), env={},
                      check_key_on_show=False, flush_interval_ms=0)
    win = parts.window
    qtbot.addWidget(win)
    win.show()
    assert parts.history_store is None and win.history_panel is None
    assert "history cannot be opened" in win.banner.text()
    win.prompt.set_text("q")
    win.run_council()
    record = (await wait_signal(parts.runner.finished, timeout=10))[0]
    assert record.status == "complete"
    await parts.aclose()
    await http.aclose()


async def test_settings_changes_reach_the_providers(qtbot, responder):
    paths = _prepare()
    http = httpx.AsyncClient()
    parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}), env={},
                      check_key_on_show=False, with_history=False, flush_interval_ms=0)
    qtbot.addWidget(parts.window)
    new = Settings(members=("a/one",), chairman="a/one", base_url=BASE, temperature=0.2)
    parts.window.settings_changed.emit(new)
    assert parts.registry.openrouter_base_url() == BASE
    await until(lambda: True)
    await parts.aclose()
    await http.aclose()


SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from council_desktop.devserver import FakeOpenRouter, ServerOptions
    from council_desktop.storage.paths import app_paths
    from council_desktop.storage.settings import Settings, SettingsStore

    srv = FakeOpenRouter(ServerOptions(tokens=40, delay=0.02)).start()
    import os
    os.environ["OPENROUTER_BASE_URL"] = srv.base_url
    paths = app_paths().ensure()
    SettingsStore(paths.settings_file).save(Settings(members=("m/ok", "m/hang", "m/slow"), chairman="m/ok"))
    app = QApplication(sys.argv[:1])

    def window():
        from council_desktop.ui.main_window import MainWindow
        return next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def close():
        w = window()
        assert w.runner.is_running, "the run should still be going"
        w.close()

    def start():
        w = window()
        if w is None or not w.isVisible():  # the window is built on the loop: wait for it, however busy the box
            QTimer.singleShot(50, start)
            return
        w.prompt.set_text("Close me while I run")
        assert w.run_council()
        QTimer.singleShot(1000, close)

    QTimer.singleShot(50, start)
    from council_desktop.app import run_gui
    code = run_gui([])
    srv.stop()
    print("EXIT", code)
    sys.exit(code)
""")


@pytest.mark.slow
def test_run_gui_closes_cleanly_mid_run(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNCIL_DESKTOP_HOME=str(tmp_path / "home"),
               OPENROUTER_API_KEY="sk-or-v1-subprocess-fake", QT_LOGGING_RULES="default.warning=false")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    proc = subprocess.run([sys.executable, "-X", "dev", "-c", SCRIPT], env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "EXIT 0" in proc.stdout
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr.replace("model_error", ""), proc.stderr
    log = (tmp_path / "home" / "logs" / "council-desktop.log").read_text()
    assert "cancelled" in log and "window closed" in log
