"""The window's finer points: a run is never pre-empted, model ids are checked from a list fetched at start, the
chairman picker, the shortcuts list, the keyring wording, palette-aware history icons and the Tab order."""

from __future__ import annotations

import json
import logging
import time

import httpx
import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox

from council_desktop.app import build_app
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.ui.history_model import contrast, status_icon
from council_desktop.ui.main_window import ALREADY_RUNNING
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.settings_dialog import SettingsDialog
from council_desktop.ui.shortcuts_dialog import help_of, key_text, keys_text
from tests.helpers import until, wait_signal
from tests.ui.conftest import BASE, TEST_KEY, Script

MEMBERS = ("a/one", "b/two", "c/three")


def models_json(ids) -> dict:
    return {"data": [{"id": i, "name": i, "context_length": 8192, "pricing": {}} for i in ids]}


def write_cache(paths, ids, age: float) -> None:
    paths.models_cache_file.write_text(json.dumps({"fetched_at": time.time() - age,
                                                   "models": [{"id": i, "name": i} for i in ids]}))


# -- 1. a second Run never pre-empts the running council ------------------------------------------------------

async def test_run_during_a_run_only_says_so(harness, responder, qtbot):
    win = harness.build(flush_ms=0)
    responder.default = Script(hang=True)
    win.prompt.set_text("first")
    assert win.run_council()
    await until(lambda: len(responder.responses) == 3)
    run_id = win.runner.spec.run_id
    assert not win.run_action.isEnabled() and win.run_busy_action.isEnabled()
    assert not win.run_council()  # Council → Run / Ctrl+Enter while running
    win.run_busy_action.trigger()  # the keys' target while Run is disabled
    win.prompt.setFocus()
    qtbot.keyClick(win.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.statusBar().currentMessage() == ALREADY_RUNNING
    assert win.runner.is_running and win.runner.spec.run_id == run_id
    assert len(responder.requests) == 3  # nothing new was asked
    win.statusBar().clearMessage()
    assert "Running the council" in win.statusBar().currentMessage()  # the running notice comes back
    win.cancel_run()
    record = (await wait_signal(win.runner.finished, timeout=5))[0]
    assert record.status == "cancelled" and record.id == run_id
    assert win.run_action.isEnabled() and not win.run_busy_action.isEnabled()


# -- 2. the model list is fetched at start; unknown ids are flagged before and after a run ------------------

async def test_a_missing_model_list_is_fetched_at_start_and_flags_unknown_ids(harness, respx_mock):
    route = respx_mock.get(f"{BASE}/models").mock(return_value=httpx.Response(200, json=models_json(
        ["a/one", "c/three"])))
    win = harness.build(members=("a/one", "b/two", "llama@local"), chairman="gone/chair")
    assert win.banner.text() == ""  # no list yet: nothing can be flagged
    assert win.refresh_model_list_if_stale()
    await wait_signal(win._service.catalog_changed)
    assert route.called
    text = win.banner.text()
    assert "Not in OpenRouter's model list" in text and "b/two" in text and "gone/chair" in text
    assert "llama@local" not in text and "a/one" not in text
    assert not win.refresh_model_list_if_stale()  # fresh now: no second fetch
    assert route.call_count == 1
    await harness.aclose()


async def test_offline_start_keeps_the_old_list_and_only_logs(harness, respx_mock, caplog):
    caplog.set_level(logging.INFO, logger="council_desktop.ui.openrouter_service")
    write_cache(harness.paths, ["a/one", "b/two"], age=3 * 86400)
    respx_mock.get(f"{BASE}/models").mock(side_effect=httpx.ConnectError("offline"))
    win = harness.build(members=("a/one", "b/two", "c/three"))
    assert "c/three" in win.banner.text()  # the old cache flags already
    failed = []
    win._service.models_failed.connect(failed.append)
    assert win.refresh_model_list_if_stale()
    await until(lambda: not win._service.busy)
    assert failed == []  # nobody asked: no error shown
    assert ModelCatalog(harness.paths.models_cache_file).known_ids() == {"a/one", "b/two"}
    assert any(r.levelno == logging.INFO and "could not be fetched" in r.getMessage() for r in caplog.records)
    assert not any(isinstance(w, QMessageBox | QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    await harness.aclose()


def test_a_fresh_list_or_a_local_council_is_not_fetched(harness):
    write_cache(harness.paths, ["a/one"], age=3600)
    win = harness.build()
    assert not win._service.catalog_is_stale()
    assert win._service.catalog_is_stale(now=time.time() + 2 * 86400)
    write_cache(harness.paths, ["a/one"], age=2 * 86400)
    win.settings = Settings(members=("llama@local",), chairman="llama@local")
    assert not win.refresh_model_list_if_stale()  # the council never talks to OpenRouter


async def test_the_unknown_id_warning_stays_after_the_run(harness, responder):
    win = harness.build(members=("a/one", "b/two"), known=["a/one"], flush_ms=0)
    win.prompt.set_text("q")
    assert win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    text = win.banner.text()
    assert "Finished in" in text
    assert "Not in OpenRouter's model list" in text and "b/two" in text


async def test_council_page_flags_follow_the_catalog_even_after_refresh_then_cancel(qtbot, respx_mock):
    paths = app_paths().ensure()
    http = httpx.AsyncClient()
    service = OpenRouterService(http, lambda: BASE, ModelCatalog(paths.models_cache_file))
    dlg = SettingsDialog(Settings(members=("a/one", "retired/x"), chairman="a/one"),
                         SettingsStore(paths.settings_file), KeyStore(env={}), service)
    qtbot.addWidget(dlg)
    page = dlg.members_page
    assert page.unknown() == []  # no list yet
    respx_mock.get(f"{BASE}/models").mock(return_value=httpx.Response(200, json=models_json(["a/one", "n/new"])))
    page.pick_button.click()
    page.picker.refresh_button.click()
    page.picker.reject()  # Refresh, then Cancel: the fetched list still counts
    await wait_signal(service.catalog_changed)
    assert page.unknown() == ["retired/x"]
    assert page.list.item(1).text().startswith("⚠") and "retired/x" in page.warning.text()
    await service.aclose()
    await http.aclose()


# -- 3. the chairman: picked from the list, need not be a member, flagged when unknown -------------------------

def test_the_chairman_is_picked_from_the_list_and_need_not_be_a_member(qtbot):
    paths = app_paths().ensure()
    ModelCatalog(paths.models_cache_file).save([{"id": i, "name": i} for i in ("a/one", "b/two", "z/chair")])
    store = SettingsStore(paths.settings_file)
    service = OpenRouterService(None, lambda: BASE, ModelCatalog(paths.models_cache_file))
    dlg = SettingsDialog(Settings(members=("a/one", "b/two"), chairman="a/one"), store, KeyStore(env={}), service)
    qtbot.addWidget(dlg)
    page = dlg.members_page
    page.chairman_pick_button.click()
    picker = page.chairman_picker
    assert picker.view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert picker.selected_ids() == ["a/one"]  # the current chairman is preselected
    picker.search.setText("chair")
    picker.view.setCurrentIndex(picker.proxy.index(0, 0))
    picker.accept()
    assert page.chairman_id() == "z/chair" and page.unknown() == []
    dlg.save()
    saved = store.load()
    assert saved.chairman == "z/chair" and saved.members == ("a/one", "b/two")
    page.chairman.setCurrentText("gone/model")
    assert page.unknown() == ["gone/model"]
    assert page.chairman_flag.isVisibleTo(page) and "not in OpenRouter" in page.chairman_flag.text()
    assert "gone/model (chairman)" in page.warning.text()
    page.chairman.setCurrentText("llama@local")  # local models are never flagged
    assert page.unknown() == [] and not page.chairman_flag.isVisibleTo(page)


# -- 4. the shortcuts list comes from the real objects and fits ------------------------------------------------

async def test_shortcuts_dialog_lists_every_real_shortcut_and_fits(qtbot, responder):
    paths = app_paths().ensure()
    SettingsStore(paths.settings_file).save(Settings(members=MEMBERS, chairman=MEMBERS[0], base_url=BASE))
    http = httpx.AsyncClient()
    parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}), env={},
                      check_key_on_show=False)
    win = parts.window
    qtbot.addWidget(win)
    win.show()
    dlg = win.show_shortcuts()
    rows = dlg.rows()
    keys = [k for k, _ in rows]
    assert "Ctrl+Enter" in keys and "Esc" in keys and "Ctrl+K" in keys and "F1" in keys
    assert ("Delete", "Skip the selected model while it runs (in the model list)") in rows
    assert any(k == "Delete" and "history" in w for k, w in rows)
    assert any(k == "Enter" and "answer" in w for k, w in rows)
    # every enabled-or-not action with keys and every described QShortcut is in the list (it cannot drift)
    listed = {k for k, _ in rows}
    for act in win.actions():
        if act.shortcuts() and help_of(act) != "":
            assert any(key_text(s) in k for s in act.shortcuts() for k in listed), act.text()
    for sc in win.findChildren(QShortcut):
        if help_of(sc):
            assert (keys_text(sc.keys()), help_of(sc)) in rows
    # sized to its contents: the last row is whole, no scroll bar
    await until(dlg.isVisible)
    table = dlg.table
    last = table.visualRect(table.model().index(table.rowCount() - 1, 1))
    assert table.viewport().rect().contains(last), (last, table.viewport().rect())
    assert not table.verticalScrollBar().isVisible() and not table.horizontalScrollBar().isVisible()
    dlg.reject()
    # Enter on a model row opens that answer (the QShortcut listed above)
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(parts.runner.finished, timeout=10)
    win.model_list.setCurrentIndex(win.list_model.index(1))
    win.model_list.open_shortcut.activated.emit()
    assert win.results.currentIndex() == 1 and win.results.answers.currentIndex() == 1
    await parts.aclose()
    await http.aclose()


# -- 5. the welcome text promises the keyring only when there is one -------------------------------------------

def test_welcome_text_follows_the_keyring(qtbot):
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    dlg = SettingsDialog(Settings(), store, KeyStore(env={}), None, first_run=True)
    qtbot.addWidget(dlg)
    assert "kept in your system keyring" in dlg.key_page.intro.text()
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dlg2 = SettingsDialog(Settings(), store, KeyStore(env={}), None, first_run=True)
        qtbot.addWidget(dlg2)
        intro = dlg2.key_page.intro.text()
        assert "keyring, never in a file" not in intro and "this session only" in intro
        assert "session only" in dlg2.key_page.keyring_notice.text()
    finally:
        keyring.set_keyring(old)


# -- 6. history status icons take their colours from the palette ---------------------------------------------

def _dark() -> QPalette:
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
        p.setColor(role, QColor(colour))
    return p


def _opaque_colours(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    img = icon.pixmap(QSize(32, 32), mode).toImage()
    return {img.pixelColor(x, y).name() for x in range(img.width()) for y in range(img.height())
            if img.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("palette", [QPalette, _dark], ids=["light", "dark"])
def test_history_icons_are_readable_in_the_palette_and_on_the_selection(qtbot, palette):
    pal = palette() if palette is _dark else QApplication.palette()
    base = pal.color(QPalette.ColorRole.Base)
    selected = pal.color(QPalette.ColorRole.HighlightedText).name()
    for status in ("running", "complete", "failed", "cancelled", "interrupted"):
        icon = status_icon(status, pal)
        normal = _opaque_colours(icon, QIcon.Mode.Normal)
        assert normal and all(contrast(QColor(c), base) >= 3.0 for c in normal), (status, normal)
        assert _opaque_colours(icon, QIcon.Mode.Selected) == {selected}


# -- 7. Tab follows the layout, left to right ------------------------------------------------------------------

def test_tab_order_follows_the_layout(qtbot):
    paths = app_paths().ensure()
    SettingsStore(paths.settings_file).save(Settings(members=MEMBERS, chairman=MEMBERS[0], base_url=BASE))
    parts = build_app(httpx.AsyncClient(), paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}),
                      env={}, check_key_on_show=False)
    win = parts.window
    qtbot.addWidget(win)
    win.show()
    panel = win.history_panel
    panel.search_field.setFocus()
    seen = [win.focusWidget()]
    for _ in range(8):
        win.focusNextChild()
        seen.append(win.focusWidget())
    expected = [panel.search_field, panel.view, win.history_button, win.prompt, win.run_button,
                win.settings_button, win.model_list, win.results.tabBar()]
    assert seen[:len(expected)] == expected, [type(w).__name__ for w in seen]
    assert win.focus_chain()[:3] == [panel.search_field, panel.view, panel.delete_button]
    parts.history_store.close()
