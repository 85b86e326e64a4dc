"""The settings dialog: key to the keyring (masked, testable), members and chairman, providers, tuning."""

from __future__ import annotations

import json
import os
import uuid

import httpx
import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QLineEdit

from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.keystore import OPENROUTER_USER, SERVICE, KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import LANGUAGE_CHOICES, Settings, SettingsStore
from council_desktop.ui.i18n import LANGUAGE_CHOICES as ui_choices
from council_desktop.ui.i18n import LANGUAGES, SYSTEM, choose_language
from council_desktop.ui.model_picker import ModelPicker
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.settings_dialog import SettingsDialog
from tests.helpers import wait_signal
from tests.ui.conftest import BASE

NEW_KEY = "sk-or-v1-new-key-typed-in-the-dialog-0123456789"


@pytest.fixture
def env(qtbot):
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    keys = KeyStore(env={})
    catalog = ModelCatalog(paths.models_cache_file)
    http = httpx.AsyncClient()
    service = OpenRouterService(http, lambda: BASE, catalog)

    def make(settings: Settings | None = None, *, first_run: bool = False) -> SettingsDialog:
        dlg = SettingsDialog(settings or Settings(), store, keys, service, first_run=first_run)
        qtbot.addWidget(dlg)
        return dlg

    class Env:
        pass

    e = Env()
    e.paths, e.store, e.keys, e.catalog, e.http, e.service, e.make = paths, store, keys, catalog, http, service, make
    return e


def test_key_is_masked_and_saved_to_the_keyring(env, memory_keyring, qtbot):
    dlg = env.make(first_run=True)
    assert dlg.key_page.intro.isVisible() or not dlg.isVisible()
    assert dlg.key_page.key_edit.echoMode() == QLineEdit.EchoMode.Password
    saved = []
    dlg.key_saved.connect(saved.append)
    dlg.key_page.key_edit.setText(NEW_KEY)
    dlg.save()
    assert saved == [True]
    assert memory_keyring.store[(SERVICE, OPENROUTER_USER)] == NEW_KEY
    assert env.keys.lookup().source == "keyring"
    assert dlg.key_page.key_edit.text() == ""
    assert json.loads(env.paths.settings_file.read_text())["members"]  # settings written too


def test_a_saved_key_is_never_put_back_in_the_field(env, memory_keyring):
    env.keys.set_openrouter_key(NEW_KEY)
    dlg = env.make()
    page = dlg.key_page
    assert page.key_edit.text() == ""
    assert NEW_KEY not in page.key_edit.placeholderText() and NEW_KEY not in page.source.text()
    assert "saved in the system keyring" in page.source.text()
    page.remove_button.click()
    dlg.save()
    assert (SERVICE, OPENROUTER_USER) not in memory_keyring.store


def test_without_a_keyring_backend_the_key_lives_for_this_session_only(env):
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dlg = env.make()
        assert "session only" in dlg.key_page.keyring_notice.text()
        assert dlg.key_page.keyring_notice.text().startswith("⚠")
        saved = []
        dlg.key_saved.connect(saved.append)
        dlg.key_page.key_edit.setText(NEW_KEY)
        dlg.save()
        assert saved == [False]
        assert env.keys.lookup().source == "session" and env.keys.openrouter_key() == NEW_KEY
    finally:
        keyring.set_keyring(old)


async def test_test_key_shows_label_and_remaining_credit(env, respx_mock):
    info = {"data": {"label": "sk-or-v1-abc...xyz", "limit": 10.0, "limit_remaining": 7.5, "usage": 2.5,
                     "is_free_tier": False}}
    route = respx_mock.get(f"{BASE}/key").mock(return_value=httpx.Response(200, json=info))
    dlg = env.make()
    dlg.key_page.key_edit.setText(NEW_KEY)
    dlg.key_page.test_button.click()
    await wait_signal(env.service.key_checked)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {NEW_KEY}"
    text = dlg.key_page.result.text()
    assert "sk-or-v1-abc...xyz" in text and "$7.50 of $10.00 left" in text
    assert NEW_KEY not in text
    respx_mock.get(f"{BASE}/key").mock(return_value=httpx.Response(401, json={"error": {
        "code": 401, "message": "User not found."}}))
    dlg.key_page.test_button.click()
    await wait_signal(env.service.key_check_failed)
    assert dlg.key_page.result.text().startswith("✗ The key check failed")
    assert NEW_KEY not in dlg.key_page.result.text()
    await env.service.aclose()
    await env.http.aclose()


def test_members_and_chairman_are_saved_and_unknown_ids_flagged(env):
    env.catalog.save([{"id": "a/one", "name": "One"}, {"id": "b/two", "name": "Two"}])
    dlg = env.make(Settings(members=("a/one", "retired/model"), chairman="a/one"))
    page = dlg.members_page
    assert page.unknown() == ["retired/model"]
    assert "retired/model" in page.warning.text()
    assert page.list.item(1).text().startswith("⚠")
    page.add_edit.setText("b/two")
    page.add_button.click()
    page.add_edit.setText("llama3@ollama")  # local members are never flagged
    page.add_button.click()
    assert page.unknown() == ["retired/model"]
    page.list.setCurrentRow(1)
    page.remove_button.click()
    page.chairman.setCurrentText("b/two")
    settings, problems = dlg.collect()
    assert settings is None and "not configured" in problems[0]  # llama3@ollama needs a provider
    dlg.providers_page.add_provider("ollama", "http://localhost:11434/v1", 1)
    dlg.save()
    saved = env.store.load()
    assert saved.members == ("a/one", "b/two", "llama3@ollama")
    assert saved.chairman == "b/two"
    assert saved.provider("ollama").base_url == "http://localhost:11434/v1"


def test_provider_keys_go_to_the_keyring_and_bad_urls_block_saving(env, memory_keyring):
    dlg = env.make()
    page = dlg.providers_page
    page.add_button.menu().actions()[1].trigger()  # LM Studio preset
    assert page.table.item(0, 0).text() == "lmstudio"
    page.key_edit.setText("local-secret")
    page.set_key_button.click()
    dlg.temperature.setValue(1.1)
    dlg.first_token_timeout.setValue(30)
    dlg.save()
    saved = env.store.load()
    assert saved.provider("lmstudio").has_key and saved.temperature == pytest.approx(1.1)
    assert saved.first_token_timeout == 30
    assert memory_keyring.store[(SERVICE, "provider:lmstudio")] == "local-secret"
    dlg2 = env.make(saved)
    dlg2.providers_page.table.item(0, 1).setText("localhost:1234")
    dlg2.save()
    assert "http://" in dlg2.problem.text() and dlg2.result() == 0


def test_quorum_and_stage_deadline_are_settings_and_reach_the_run(env):
    dlg = env.make(Settings(quorum=3, stage_deadline=45.0))
    assert (dlg.quorum.value(), dlg.stage_deadline.value()) == (3, 45)
    dlg.quorum.setValue(0)  # shown as "every member": no quorum
    assert dlg.quorum.text() == "every member"
    dlg.stage_deadline.setValue(120)
    dlg.save()
    saved = env.store.load()
    assert saved.quorum is None and saved.stage_deadline == 120
    dlg = env.make(saved)
    assert dlg.stage_deadline.value() == 120
    dlg.quorum.setValue(2)
    dlg.stage_deadline.setValue(0)
    assert dlg.stage_deadline.text() == "none"
    dlg.save()
    options = env.store.load().council_options()
    assert (options.quorum, options.stage_deadline) == (2, None)


# -- the language (Appearance page): saved, applied at the next start ------------------------------------------

def test_the_language_setting_and_the_windows_languages_agree():
    assert (SYSTEM, *LANGUAGES) == LANGUAGE_CHOICES  # one tuple, in storage; the names of each in the window
    assert ui_choices is LANGUAGE_CHOICES


def test_the_language_combo_lists_the_system_then_each_language_by_its_own_name(env):
    dlg = env.make()
    box = dlg.appearance_page.language_box
    assert [box.itemData(i) for i in range(box.count())] == ["system", "en", "de", "fr", "es", "zh_CN"]
    system_name = LANGUAGES[choose_language("system")]
    assert box.itemText(0) == f"Follow the system ({system_name})"
    assert [box.itemText(i) for i in range(1, box.count())] == ["English", "Deutsch", "Français", "Español",
                                                                "简体中文"]
    assert box.currentData() == "system" and box.accessibleName() == "Language"


def test_the_language_is_saved_said_to_apply_at_the_next_start_and_reset(env):
    dlg = env.make()
    page = dlg.appearance_page
    page.language_box.setCurrentIndex(page.language_box.findData("de"))
    dlg.save()
    assert env.store.load().language == "de"
    notice = dlg.language_notice
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert "starts again" in notice.text()
    notice.close()
    dlg = env.make(env.store.load())
    page = dlg.appearance_page
    assert page.language() == "de"
    page.reset_button.click()
    assert page.language() == "system"
    dlg.save()
    assert env.store.load().language == "system"
    dlg = env.make(env.store.load())
    dlg.save()  # the language did not change: nothing to say
    assert dlg.language_notice is None


async def test_model_picker_searches_and_refreshes_the_cached_list(env, respx_mock, qtbot):
    env.catalog.save([{"id": "openai/gpt-5.1", "name": "GPT"}, {"id": "x-ai/grok-4", "name": "Grok"}])
    picker = ModelPicker(env.service)
    qtbot.addWidget(picker)
    assert picker.proxy.rowCount() == 2
    picker.search.setText("grok")
    assert picker.proxy.rowCount() == 1
    picker.view.selectAll()
    assert picker.selected_ids() == ["x-ai/grok-4"]
    models = {"data": [{"id": f"v/m{i}", "name": f"M{i}", "context_length": 8192,
                        "pricing": {"prompt": "0.000001", "completion": "0.000002"}} for i in range(5)]}
    respx_mock.get(f"{BASE}/models").mock(return_value=httpx.Response(200, json=models))
    picker.search.clear()
    picker.refresh_button.click()
    await wait_signal(env.service.models_loaded)
    assert picker.proxy.rowCount() == 5
    assert picker.row_texts()[0] == ["", "M0", "v/m0", "$1.00", "$2.00", "8k"]  # name, id, prices per 1M, context
    assert env.catalog.known_ids() == {f"v/m{i}" for i in range(5)}  # cached for offline use
    await env.service.aclose()
    await env.http.aclose()


def test_first_launch_without_a_key_opens_settings_with_an_explanation(harness, qtbot):
    from council_desktop.ui.main_window import MainWindow

    harness.build(key=None)
    win = MainWindow(harness.runner, settings_store=harness.settings_store, key_store=harness.key_store,
                     paths=harness.paths)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.settings_dialog is not None and win.settings_dialog.isVisible())
    assert win.settings_dialog.key_page.intro.isVisible()
    assert "OpenRouter API key" in win.settings_dialog.key_page.intro.text()
    win.settings_dialog.reject()


@pytest.mark.real_keyring
@pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session with a keyring")
def test_real_secret_service_keyring(qtbot, council_home):
    """Run under: dbus-run-session -- sh -c 'echo -n ci | gnome-keyring-daemon --unlock --components=secrets
    && pytest -m real_keyring' (see QT-ASYNC-NOTES.md §4)."""
    keys = KeyStore(env={})
    assert keys.available, keyring.get_keyring()
    store = SettingsStore(app_paths().ensure().settings_file)
    dlg = SettingsDialog(Settings(), store, keys, None)
    qtbot.addWidget(dlg)
    assert "system keyring" in dlg.key_page.keyring_notice.text()
    key = f"sk-or-v1-real-keyring-test-{uuid.uuid4().hex}"
    dlg.key_page.key_edit.setText(key)
    saved = []
    dlg.key_saved.connect(saved.append)
    try:
        dlg.save()
        assert saved == [True]
        assert keyring.get_password(SERVICE, OPENROUTER_USER) == key
        assert KeyStore(env={}).lookup().source == "keyring"
    finally:
        keys.delete_openrouter_key()
    assert keyring.get_password(SERVICE, OPENROUTER_USER) is None
