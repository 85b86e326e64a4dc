"""The three prompts of a council, editable (per preset) or read-only (what a past run's models were given).

Each page has the template, the variables it may use (:data:`prompts.VARIABLES`), a warning when the template has
a problem (:func:`prompts.template_problems`: an unknown variable, the review prompt without ``FINAL RANKING:``),
"Reset to default", and a live preview of the exact messages that would be sent (:func:`prompts.preview`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
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
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.safe_text import plain

KINDS = ("system", "review", "chairman")
TITLES = {"system": QT_TRANSLATE_NOOP("PromptEditor", "Answers (system prompt)"),
          "review": QT_TRANSLATE_NOOP("PromptEditor", "Peer review"),
          "chairman": QT_TRANSLATE_NOOP("PromptEditor", "Chairman")}
PREVIEW_KEYS = {"system": "answers", "review": "review", "chairman": "chairman"}
PREVIEW_DELAY_MS = 150
ABOUT = {
    "system": QT_TRANSLATE_NOOP("PromptEditor", "Sent as the system message before each member's question (stage 1). "
                                                "Empty: no system message."),
    "review": QT_TRANSLATE_NOOP("PromptEditor", "Sent to each reviewer with the other answers, anonymized (stage 2). "
                                                "It must ask for a section that starts with FINAL RANKING: — the "
                                                "ranking is read from it."),
    "chairman": QT_TRANSLATE_NOOP("PromptEditor", "Sent to the chairman with every answer, the reviews and the "
                                                  "aggregate ranking (stage 3)."),
}


def title_text(kind: str) -> str:
    """A prompt's name (a tab's title), translated."""
    return QCoreApplication.translate("PromptEditor", TITLES[kind])


def variables_text(kind: str) -> str:
    """The variables a prompt may use, one per line, for the editor."""
    names = prompts.VARIABLES.get(kind, {})
    if not names:
        return QCoreApplication.translate("PromptEditor", "No variables: the text is sent as it is.")
    lines = [f"${name} — {what}" for name, what in names.items()]
    return QCoreApplication.translate("PromptEditor", "Variables (write $$ for a dollar sign):\n{variables}").format(
        variables="\n".join(lines))


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
        self.about = plain(QLabel(QCoreApplication.translate("PromptEditor", ABOUT[kind])))
        self.about.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setPlainText(text)
        self.edit.setReadOnly(read_only)
        self.edit.setFont(_mono())
        title = title_text(kind)
        self.edit.setAccessibleName(self.tr("{title} prompt").format(title=title))
        self.variables = plain(QLabel(variables_text(kind)))
        self.variables.setWordWrap(True)
        self.variables.setAccessibleName(self.tr("{title} variables").format(title=title))
        self.problems = plain(QLabel())
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("{title} prompt problems").format(title=title))
        self.reset_button = QPushButton(self.tr("Reset to default"))
        self.reset_button.setAccessibleName(self.tr("Reset the {title} prompt to the default").format(title=title))
        self.reset_button.setVisible(not read_only)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(_mono())
        self.preview.setAccessibleName(self.tr("{title} preview: the exact messages sent").format(title=title))
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
        rl.addWidget(plain(QLabel(self.tr("Preview — the messages sent for a sample question and answers:"))))
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
            self.tabs.addTab(page, title_text(kind))
            page.edit.textChanged.connect(self._schedule)
        buttons = (QDialogButtonBox.StandardButton.Close if read_only
                   else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = QDialogButtonBox(buttons)
        self.note = plain(QLabel())
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Prompts note"))
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
                bad.append(title_text(kind))
            self.tabs.setTabText(self.tabs.indexOf(page), ("⚠ " if found else "") + title_text(kind))
        default = self.prompt_set().is_default
        if self.read_only:
            self.note.setText(self.tr("These are the default prompts.") if default else
                              self.tr("The prompts this run's models were given (edited from the defaults)."))
        else:
            self.note.setText(self.tr("⚠ Check: {prompts}. Saving keeps them as they are. ").format(
                prompts=", ".join(bad)) if bad else "")
        self.note.setVisible(bool(self.note.text()))

    def save(self) -> None:
        if self.read_only:
            self.accept()
            return
        self.update_preview()
        self.prompts_saved.emit(self.prompt_set())
        self.accept()
