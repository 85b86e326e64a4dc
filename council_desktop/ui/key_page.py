"""Settings page: the OpenRouter key (masked, kept in the OS keyring) and a "Test key" button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from council_desktop.storage.keystore import KEY_ENV, KeyStore
from council_desktop.ui.openrouter_service import OpenRouterService, describe_key_info
from council_desktop.ui.safe_text import plain

_WELCOME = ("Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter "
            "API key (create one at openrouter.ai/keys). Paste it below: {where} Models served by a local provider "
            "(Ollama, LM Studio, llama.cpp) need no key.")
FIRST_RUN_TEXT = _WELCOME.format(where="it is kept in your system keyring, never in a file.")
FIRST_RUN_TEXT_NO_KEYRING = _WELCOME.format(
    where=f"no system keyring was found on this computer, so the key is kept for this session only and never "
          f"written to a file (set {KEY_ENV} to use a key without a keyring).")


KEYS_URL = "https://openrouter.ai/keys"
KEYS_LINK = f'Create a key at <a href="{KEYS_URL}">openrouter.ai/keys</a> (opens your browser).'
# What the empty field says, by where the key in use comes from: never "saved" for a key that is not.
PLACEHOLDERS = {
    "keyring": "•••••••• saved in the system keyring — type a new key to replace it",
    "session": "•••••••• kept for this session only — type a new key to replace it",
    "env": f"set by {KEY_ENV} — a key typed here is saved, but {KEY_ENV} wins while it is set",
    "none": "sk-or-v1-…",
}


def welcome_text(keyring_available: bool) -> str:
    """The first-run explanation; it only promises the keyring when there is one."""
    return FIRST_RUN_TEXT if keyring_available else FIRST_RUN_TEXT_NO_KEYRING


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
        self.intro.setAccessibleName("Welcome")
        self.intro.setVisible(first_run)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName("OpenRouter API key")
        self.key_edit.setAccessibleDescription("Masked. Leave empty to keep the saved key.")
        self.key_edit.setClearButtonEnabled(True)
        self.link = QLabel(KEYS_LINK)  # our own constant text and address: rich text only for the link
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.link.setAccessibleName("Create a key at openrouter.ai/keys")
        self.link.setToolTip(KEYS_URL)
        self._first_run = first_run
        self._tested_key: str | None = None  # a typed key that the last "Test key" found working
        self.source = plain(QLabel())
        self.source.setWordWrap(True)
        self.source.setAccessibleName("Key status")
        self.keyring_notice = plain(QLabel())  # may quote the keyring backend's error
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setAccessibleName("Keyring notice")
        self.test_button = QPushButton("Test key")
        self.test_button.setAccessibleName("Test the OpenRouter key")
        self.test_button.setEnabled(service is not None)
        self.remove_button = QPushButton("Forget saved key")
        self.remove_button.setAccessibleName("Forget the saved OpenRouter key")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName("Key test result")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow("OpenRouter API key:", self.key_edit)
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
        where = {"env": f"A key is set by the environment variable {KEY_ENV}; it is used instead of a saved one.",
                 "keyring": "A key is saved in the system keyring (hidden). Type a new one to replace it.",
                 "session": "A key is kept for this session only (hidden): it is not saved.",
                 "none": "No key is set yet."}[found.source]
        typed = self.typed_key()
        if self.remove_requested:
            where = "The saved key will be forgotten when you save."
        if typed:
            keep = "kept in the system keyring" if self._keys.available else "kept for this session only"
            where = (f"The key you typed works. Press Save to keep it ({keep})." if typed == self._tested_key
                     else f"Press Save to keep the key you typed ({keep}); Test key checks it first.")
        self.source.setText(where)
        placeholder = PLACEHOLDERS[found.source]
        if self.key_edit.placeholderText() != placeholder:
            self.key_edit.setPlaceholderText(placeholder)
        self.remove_button.setEnabled(found.source in ("keyring", "session") and not self.remove_requested)
        self.intro.setText(welcome_text(self._keys.available))
        if self._keys.available:
            self.keyring_notice.setText(self._keys.status_text())
        else:
            self.keyring_notice.setText("⚠ " + self._keys.status_text())
        # The welcome text already says there is no keyring: say it once.
        self.keyring_notice.setVisible(not (self._first_run and not self._keys.available))

    def typed_key(self) -> str:
        return self.key_edit.text().strip()

    def _on_test_clicked(self) -> None:
        key = self.typed_key() or (None if self.remove_requested else self._keys.openrouter_key())
        if not key:
            self.result.setText("✗ No key to test: type one first.")
            return
        if self._service is None:
            return
        self.test_button.setEnabled(False)
        self.result.setText("Testing the key…")
        self._service.test_key(key)

    def _on_key_checked(self, info: dict[str, Any]) -> None:
        self.test_button.setEnabled(True)
        self.result.setText("✓ " + describe_key_info(info))
        self._tested_key = self.typed_key() or None
        self.refresh_status()

    def _on_key_check_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(f"✗ The key check failed: {message}")

    def _on_remove_clicked(self) -> None:
        self.remove_requested = True
        self.key_edit.clear()
        self.refresh_status()
