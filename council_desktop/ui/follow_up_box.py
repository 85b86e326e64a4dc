"""Under a finished run: the next question of the conversation, to the whole council or to one member (under a live
run: the same box, disabled until it ends).

The box only collects the question and who it is for; the window builds the follow-up
(:func:`council_desktop.rerun_policy.follow_up` / ``ask_member``) from the thread in the history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QPushButton, QToolButton, QWidget

from council_desktop.council.state import RunState
from council_desktop.rerun_policy import can_follow_up
from council_desktop.ui.safe_text import plain

LINES = 1  # when empty; it grows with its text up to MAX_LINES (the answer above keeps the height)
MAX_LINES = 5


def _is_submit(e: QKeyEvent) -> bool:
    return (e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.ControlModifier)


class _Edit(QPlainTextEdit):
    """Ctrl+Enter asks (Enter is a new line, as in the prompt box) — here, not the window's Run.

    Its hint (the placeholder) is one line, cut with "…" to the box's width: a long hint in a long language does
    not wrap into a second line the box has no room for. The whole hint is its accessible description.
    """

    submit = Signal()

    def set_hint(self, text: str) -> None:
        self._hint = text
        self.setAccessibleDescription(text)
        self._show_hint()

    def hint(self) -> str:
        return getattr(self, "_hint", "")

    def _show_hint(self) -> None:
        room = self.viewport().width() - 2 * int(self.document().documentMargin()) - 4
        text = self.hint()
        if room > 0:
            text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        if self.placeholderText() != text:
            self.setPlaceholderText(text)

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._show_hint()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange:
            self._show_hint()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and _is_submit(e):
            e.accept()  # the key comes to this box instead of triggering the window's Run shortcut
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if _is_submit(e):
            self.submit.emit()
            return
        super().keyPressEvent(e)


class FollowUpBox(QWidget):
    """A question box for the next turn: to the whole council ("Follow up"), or to one member ("Ask <member>…"
    picks it; ✕ goes back to the council).

    Signals:
        follow_up(str): ask the council this next question.
        ask_member(str, str): ask one member (model, question) alone, with the conversation so far.
    """

    follow_up = Signal(str)
    ask_member = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Follow-up"))
        self.target: str | None = None  # None: the whole council
        self.label = plain(QLabel(self.tr("Follow up:")))
        self.edit = _Edit()
        self.edit.setAccessibleName(self.tr("Follow-up question"))
        self.edit.setTabChangesFocus(True)
        self.edit.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit_edit())
        self._fit_edit()
        self.label.setBuddy(self.edit)
        self.ask_button = QPushButton(self.tr("Follow up"))
        self.council_button = QToolButton()
        self.council_button.setText("✕")
        self.council_button.setAccessibleName(self.tr("Ask the whole council instead"))
        self.council_button.setToolTip(self.tr("Ask the whole council instead of one member"))
        self.member_button = QToolButton()
        self.member_button.setText(self.tr("Ask one member…"))
        self.member_button.setAccessibleName(self.tr("Choose one member to ask"))
        self.member_button.setToolTip(
            self.tr("One member answers with the conversation so far: no review, no synthesis"))
        self.member_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.member_menu = QMenu(self.member_button)
        self.member_button.setMenu(self.member_menu)
        self.note = plain(QLabel())
        self.note.setAccessibleName(self.tr("Follow-up note"))
        self.note.setWordWrap(True)
        self.note.hide()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.ask_button)
        lay.addWidget(self.council_button)
        lay.addWidget(self.member_button)
        lay.addWidget(self.note)
        self.ask_button.clicked.connect(self._on_ask_clicked)
        self.edit.submit.connect(self._on_ask_clicked)
        self.council_button.clicked.connect(lambda: self.set_target(None))
        self.state: RunState | None = None
        self._waiting = False  # shown, disabled, while the run it is for goes on
        self.set_target(None)
        self.hide()

    def _fit_edit(self) -> None:
        lines = int(self.edit.document().documentLayout().documentSize().height())
        height = self.edit.fontMetrics().lineSpacing() * max(LINES, min(MAX_LINES, lines)) + 14
        if self.edit.height() != height or self.edit.minimumHeight() != height:
            self.edit.setFixedHeight(height)

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange:  # the text-size setting
            self._fit_edit()

    def show_for(self, state: RunState | None, *, note: str = "") -> None:
        """Offer a follow-up of ``state``: hidden when it has nothing to follow up on; shown but disabled while it
        runs (its room kept: the results above do not move when the run ends)."""
        if state is None or self.state is None or state.id != self.state.id:
            self.set_target(None)
        elif self._waiting:
            self.set_target(self.target)  # the hint of the target again
        self.state = state
        self._waiting = state is not None and state.status == "running"
        if self._waiting:
            self.edit.set_hint(self.tr("You can follow up once the council has answered…"))
        self.setEnabled(not self._waiting)
        ok = state is not None and can_follow_up(state)
        if ok and state is not None:
            self.member_menu.clear()
            members = [m.model for m in state.answers()] or list(state.members)
            for model in members:
                act = self.member_menu.addAction(self.tr("Ask {model}…").format(model=model))
                act.triggered.connect(lambda _c=False, m=model: self.set_target(m))
            self.member_button.setEnabled(bool(members))
        self.set_note(note)
        self.setVisible(ok or self._waiting)

    def set_note(self, note: str) -> None:
        """Why asking would not work now (offline, no key), said next to the box; "" when it would."""
        if note != self.note.text():
            self.note.setText(note)
        self.note.setVisible(bool(note))

    def set_target(self, model: str | None) -> None:
        """Ask ``model`` alone next (None: the whole council)."""
        self.target = model
        if model is None:
            self.label.setText(self.tr("Follow up:"))
            self.ask_button.setText(self.tr("Follow up"))
            self.ask_button.setAccessibleName(self.tr("Ask the council the follow-up question"))
            self.ask_button.setToolTip(self.tr("The council answers with the conversation so far (Ctrl+Enter)"))
            self.edit.set_hint(self.tr("Ask the council a next question in this conversation "
                                                 "(Ctrl+Enter)…"))
        else:
            self.label.setText(self.tr("Ask {model}:").format(model=model))
            self.ask_button.setText(self.tr("Ask {model}").format(model=model))
            self.ask_button.setAccessibleName(self.tr("Ask {model} alone").format(model=model))
            self.ask_button.setToolTip(self.tr("{model} alone answers with the conversation so far: no review, no "
                                               "synthesis (Ctrl+Enter)").format(model=model))
            self.edit.set_hint(self.tr("A question for {model} alone (Ctrl+Enter)…").format(model=model))
            self.edit.setFocus()
        self.council_button.setVisible(model is not None)

    def question(self) -> str:
        return self.edit.toPlainText().strip()

    def _on_ask_clicked(self) -> None:
        q = self.question()
        if not q:
            self.edit.setFocus()
        elif self.target is None:
            self.follow_up.emit(q)
        else:
            self.ask_member.emit(self.target, q)

    def clear(self) -> None:
        self.edit.clear()
        self.set_target(None)
