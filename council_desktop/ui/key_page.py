"""Settings page: the OpenRouter key (masked, kept in the OS keyring) and a "Test key" button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from council_desktop.storage.keystore import KEY_ENV, KeyStore
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.openrouter_service import OpenRouterService, describe_key_info
from council_desktop.ui.safe_text import plain

KEYS_URL = "https://openrouter.ai/keys"
# What the empty field says, by where the key in use comes from: never "saved" for a key that is not. Shown
# translated, {env} filled in: QCoreApplication.translate("KeyPage", text).format(env=KEY_ENV).
PLACEHOLDERS: dict[str, str] = {
    "keyring": QT_TRANSLATE_NOOP("KeyPage", "•••••••• saved in the system keyring — type a new key to replace it"),
    "session": QT_TRANSLATE_NOOP("KeyPage", "•••••••• kept for this session only — type a new key to replace it"),
    "env": QT_TRANSLATE_NOOP("KeyPage", "set by {env} — a key typed here is saved, but {env} wins while it is set"),
    "none": "sk-or-v1-…",  # notr: the shape of a key
}


def welcome_text(keyring_available: bool) -> str:
    """The first-run explanation; it only promises the keyring when there is one."""
    if keyring_available:
        return QCoreApplication.translate(
            "KeyPage",
            "Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter "
            "API key (create one at openrouter.ai/keys). Paste it below: it is kept in your system keyring, never in "
            "a file. Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.")
    return QCoreApplication.translate(
        "KeyPage",
        "Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API "
        "key (create one at openrouter.ai/keys). Paste it below: no system keyring was found on this computer, so "
        "the key is kept for this session only and never written to a file (set {env} to use a key without a "
        "keyring). Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.").format(env=KEY_ENV)


class KeyPage(QWidget):
    """The key field is never filled with a stored key: it only takes a new one (empty keeps the saved key)."""

    def __init__(self, key_store: KeyStore, service: OpenRouterService | None, *, first_run: bool = False,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._keys = key_store
        self._service = service
        self.remove_requested = False
        self.intro = plain(QLabel(welcome_text(key_store.available)))
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Welcome"))
        self.intro.setVisible(first_run)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("OpenRouter API key"))
        self.key_edit.setAccessibleDescription(self.tr("Masked. Leave empty to keep the saved key."))
        self.key_edit.setClearButtonEnabled(True)
        # our own constant text and address: rich text only for the link
        self.link = QLabel(self.tr('Create a key at <a href="{url}">openrouter.ai/keys</a> (opens your '
                                   'browser).').format(url=KEYS_URL))
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.link.setAccessibleName(self.tr("Create a key at openrouter.ai/keys"))
        self.link.setToolTip(KEYS_URL)
        self._first_run = first_run
        self._tested_key: str | None = None  # a typed key that the last "Test key" found working
        self.source = plain(QLabel())
        self.source.setWordWrap(True)
        self.source.setAccessibleName(self.tr("Key status"))
        self.keyring_notice = plain(QLabel())  # may quote the keyring backend's error
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setAccessibleName(self.tr("Keyring notice"))
        self.test_button = QPushButton(self.tr("Test key"))
        self.test_button.setAccessibleName(self.tr("Test the OpenRouter key"))
        self.test_button.setEnabled(service is not None)
        self.remove_button = QPushButton(self.tr("Forget saved key"))
        self.remove_button.setAccessibleName(self.tr("Forget the saved OpenRouter key"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Key test result"))
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("OpenRouter API key:"), self.key_edit)
        form.addRow("", self.link)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.source)
        lay.addLayout(buttons)
        lay.addWidget(self.result)
        lay.addWidget(self.keyring_notice)
        lay.addStretch(1)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.key_edit.textChanged.connect(lambda _t: self.refresh_status())
        self.remove_button.clicked.connect(self._on_remove_clicked)
        if service is not None:
            service.key_checked.connect(self._on_key_checked)
            service.key_check_failed.connect(self._on_key_check_failed)
        self.refresh_status()

    def refresh_status(self) -> None:
        found = self._keys.lookup()
        if found.source == "env":
            where = self.tr("A key is set by the environment variable {env}; it is used instead of a saved "
                            "one.").format(env=KEY_ENV)
        elif found.source == "keyring":
            where = self.tr("A key is saved in the system keyring (hidden). Type a new one to replace it.")
        elif found.source == "session":
            where = self.tr("A key is kept for this session only (hidden): it is not saved.")
        else:
            where = self.tr("No key is set yet.")
        typed = self.typed_key()
        if self.remove_requested:
            where = self.tr("The saved key will be forgotten when you save.")
        if typed:
            works = typed == self._tested_key
            if self._keys.available:
                where = (self.tr("The key you typed works. Press Save to keep it (kept in the system keyring).")
                         if works else self.tr("Press Save to keep the key you typed (kept in the system keyring); "
                                               "Test key checks it first."))
            else:
                where = (self.tr("The key you typed works. Press Save to keep it (kept for this session only).")
                         if works else self.tr("Press Save to keep the key you typed (kept for this session only); "
                                               "Test key checks it first."))
        self.source.setText(where)
        placeholder = QCoreApplication.translate("KeyPage", PLACEHOLDERS[found.source]).format(env=KEY_ENV)
        if self.key_edit.placeholderText() != placeholder:
            self.key_edit.setPlaceholderText(placeholder)
        self.remove_button.setEnabled(found.source in ("keyring", "session") and not self.remove_requested)
        self.intro.setText(welcome_text(self._keys.available))
        if self._keys.available:
            self.keyring_notice.setText(core_text(self._keys.status_text()))
        else:
            self.keyring_notice.setText("⚠ " + core_text(self._keys.status_text()))
        # The welcome text already says there is no keyring: say it once.
        self.keyring_notice.setVisible(not (self._first_run and not self._keys.available))

    def typed_key(self) -> str:
        return self.key_edit.text().strip()

    def _on_test_clicked(self) -> None:
        key = self.typed_key() or (None if self.remove_requested else self._keys.openrouter_key())
        if not key:
            self.result.setText(self.tr("✗ No key to test: type one first."))
            return
        if self._service is None:
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Testing the key…"))
        self._service.test_key(key)

    def _on_key_checked(self, info: dict[str, Any]) -> None:
        self.test_button.setEnabled(True)
        self.result.setText("✓ " + describe_key_info(info))
        self._tested_key = self.typed_key() or None
        self.refresh_status()

    def _on_key_check_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(self.tr("✗ The key check failed: {reason}").format(reason=message))

    def _on_remove_clicked(self) -> None:
        self.remove_requested = True
        self.key_edit.clear()
        self.refresh_status()
