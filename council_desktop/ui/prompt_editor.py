"""The three prompts of a council, editable (per preset) or read-only (what a past run's models were given).

Each page has the template, the variables it may use (:data:`prompts.VARIABLES`), a warning when the template has
a problem (:func:`prompts.template_problems`: an unknown variable, the review prompt without ``FINAL RANKING:``),
"Reset to default", and a live preview of the exact messages that would be sent (:func:`prompts.preview`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from council_desktop.council import prompts
from council_desktop.council.prompts import PromptSet
from council_desktop.ui.safe_text import plain

KINDS = ("system", "review", "chairman")
TITLES = {"system": "Answers (system prompt)", "review": "Peer review", "chairman": "Chairman"}
PREVIEW_KEYS = {"system": "answers", "review": "review", "chairman": "chairman"}
PREVIEW_DELAY_MS = 150
ABOUT = {
    "system": "Sent as the system message before each member's question (stage 1). Empty: no system message.",
    "review": "Sent to each reviewer with the other answers, anonymized (stage 2). It must ask for a section that "
              "starts with FINAL RANKING: — the ranking is read from it.",
    "chairman": "Sent to the chairman with every answer, the reviews and the aggregate ranking (stage 3).",
}


def variables_text(kind: str) -> str:
    """The variables a prompt may use, one per line, for the editor."""
    names = prompts.VARIABLES.get(kind, {})
    if not names:
        return "No variables: the text is sent as it is."
    lines = [f"${name} — {what}" for name, what in names.items()]
    return "Variables (write $$ for a dollar sign):\n" + "\n".join(lines)


def messages_text(messages: tuple[dict[str, str], ...]) -> str:
    """Chat messages as the preview shows them: ``[system]`` / ``[user]`` headers over each message's text."""
    return "\n\n".join(f"[{m['role']}]\n{m['content']}" for m in messages)


def _mono() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class PromptPage(QWidget):
    """One prompt: the template (editable or not), its variables, its problems, reset, and the preview."""

    def __init__(self, kind: str, text: str, *, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.about = plain(QLabel(ABOUT[kind]))
        self.about.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setPlainText(text)
        self.edit.setReadOnly(read_only)
        self.edit.setFont(_mono())
        self.edit.setAccessibleName(f"{TITLES[kind]} prompt")
        self.variables = plain(QLabel(variables_text(kind)))
        self.variables.setWordWrap(True)
        self.variables.setAccessibleName(f"{TITLES[kind]} variables")
        self.problems = plain(QLabel())
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(f"{TITLES[kind]} prompt problems")
        self.reset_button = QPushButton("Reset to default")
        self.reset_button.setAccessibleName(f"Reset the {TITLES[kind]} prompt to the default")
        self.reset_button.setVisible(not read_only)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(_mono())
        self.preview.setAccessibleName(f"{TITLES[kind]} preview: the exact messages sent")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.about)
        ll.addWidget(self.edit, 1)
        ll.addWidget(self.problems)
        row = QHBoxLayout()
        row.addWidget(self.variables, 1)
        row.addWidget(self.reset_button)
        ll.addLayout(row)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(plain(QLabel("Preview — the messages sent for a sample question and answers:")))
        rl.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([500, 400])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.reset_button.clicked.connect(self.reset)

    def text(self) -> str:
        return self.edit.toPlainText()

    def reset(self) -> None:
        self.edit.setPlainText(getattr(PromptSet(), self.kind))

    def show_problems(self) -> list[str]:
        found = prompts.template_problems(self.kind, self.text())
        self.problems.setText("\n".join(f"⚠ {p}" for p in found))
        self.problems.setVisible(bool(found))
        return found


class PromptEditor(QDialog):
    """Edit (or read) a council's three prompts.

    Signals:
        prompts_saved(object): the edited :class:`PromptSet` (Save was pressed; problems are warned, not refused).
    """

    prompts_saved = Signal(object)

    def __init__(self, prompt_set: PromptSet, *, title: str, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(1000, 640)
        self.read_only = read_only
        self.tabs = QTabWidget()
        self.pages: dict[str, PromptPage] = {}
        for kind in KINDS:
            page = PromptPage(kind, getattr(prompt_set, kind), read_only=read_only)
            self.pages[kind] = page
            self.tabs.addTab(page, TITLES[kind])
            page.edit.textChanged.connect(self._schedule)
        buttons = (QDialogButtonBox.StandardButton.Close if read_only
                   else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = QDialogButtonBox(buttons)
        self.note = plain(QLabel())
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Prompts note")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.update_preview()

    def prompt_set(self) -> PromptSet:
        """The prompts as edited (an empty review or chairman prompt falls back to the default)."""
        return PromptSet.from_dict({k: p.text() for k, p in self.pages.items()})

    def problems(self) -> dict[str, list[str]]:
        return {k: prompts.template_problems(k, p.text()) for k, p in self.pages.items()}

    def _schedule(self) -> None:
        self._timer.start()

    def update_preview(self) -> None:
        """The preview and the warnings, for the prompts as they are now."""
        self._timer.stop()
        preview = prompts.preview(self.prompt_set())
        bad = []
        for kind, page in self.pages.items():
            text = messages_text(preview[PREVIEW_KEYS[kind]])
            if page.preview.toPlainText() != text:
                page.preview.setPlainText(text)
            found = page.show_problems()
            if found:
                bad.append(TITLES[kind])
            self.tabs.setTabText(self.tabs.indexOf(page), ("⚠ " if found else "") + TITLES[kind])
        default = self.prompt_set().is_default
        if self.read_only:
            self.note.setText("These are the default prompts." if default else
                              "The prompts this run's models were given (edited from the defaults).")
        else:
            self.note.setText(("⚠ Check: " + ", ".join(bad) + ". Saving keeps them as they are. ") if bad else "")
        self.note.setVisible(bool(self.note.text()))

    def save(self) -> None:
        if self.read_only:
            self.accept()
            return
        self.update_preview()
        self.prompts_saved.emit(self.prompt_set())
        self.accept()
