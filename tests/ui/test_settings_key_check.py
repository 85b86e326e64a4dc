"""The settings dialog refuses a key that cannot be a key, and says why without showing it."""

from __future__ import annotations

import httpx
import pytest

from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.keystore import OPENROUTER_USER, SERVICE, KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import BASE

KEY = "sk-or-v1-" + "0123456789abcdef" * 4


@pytest.mark.parametrize("typed", [KEY + "…", KEY[:20] + "\u200b" + KEY[20:]])
def test_an_unusable_key_blocks_saving(qtbot, memory_keyring, typed):
    paths = app_paths().ensure()
    service = OpenRouterService(httpx.AsyncClient(), lambda: BASE, ModelCatalog(paths.models_cache_file))
    dlg = SettingsDialog(Settings(), SettingsStore(paths.settings_file), KeyStore(env={}), service)
    qtbot.addWidget(dlg)
    dlg.key_page.key_edit.setText(typed)
    dlg.save()
    assert dlg.result() == 0 and "Not saved" in dlg.problem.text() and "cannot be sent" in dlg.problem.text()
    assert KEY[9:21] not in dlg.problem.text()
    assert (SERVICE, OPENROUTER_USER) not in memory_keyring.store
    dlg.key_page.key_edit.setText(KEY)
    dlg.save()
    assert memory_keyring.store[(SERVICE, OPENROUTER_USER)] == KEY
