"""How the window looks: System / Light / Dark colours and the text size, applied live; and the answers' zoom.

*System* follows the OS (Qt's own palette, which changes with the desktop's dark mode). *Light* and *Dark* set a
complete palette of our own (so they look the same on every platform and style) and tell the platform the colour
scheme, where it listens. The text size scales the application font; answers follow it and their own zoom
(Ctrl+plus / Ctrl+minus), which changes only the answer text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

# Shown translated: QCoreApplication.translate("appearance", APPEARANCE_WORDS[value]).
APPEARANCE_WORDS: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("appearance", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("appearance", "Light"),
    "dark": QT_TRANSLATE_NOOP("appearance", "Dark"),
}
ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent, as browsers step

_R = QPalette.ColorRole
_LIGHT = {
    _R.Window: "#efefef", _R.WindowText: "#1b1b1b", _R.Base: "#ffffff", _R.AlternateBase: "#f3f4f6",
    _R.ToolTipBase: "#fff8d6", _R.ToolTipText: "#1b1b1b", _R.PlaceholderText: "#6b6b6b", _R.Text: "#1b1b1b",
    _R.Button: "#e8e8e8", _R.ButtonText: "#1b1b1b", _R.BrightText: "#ffffff", _R.Light: "#ffffff",
    _R.Midlight: "#e3e3e3", _R.Mid: "#b8b8b8", _R.Dark: "#9f9f9f", _R.Shadow: "#767676",
    _R.Highlight: "#2f6fc1", _R.HighlightedText: "#ffffff", _R.Link: "#0b57a8", _R.LinkVisited: "#6e3aa8",
}
_DARK = {
    _R.Window: "#2b2b2e", _R.WindowText: "#e8e8e8", _R.Base: "#1e1e20", _R.AlternateBase: "#29292d",
    _R.ToolTipBase: "#3b3b40", _R.ToolTipText: "#f0f0f0", _R.PlaceholderText: "#a0a0a0", _R.Text: "#e8e8e8",
    _R.Button: "#38383c", _R.ButtonText: "#e8e8e8", _R.BrightText: "#ff8080", _R.Light: "#505055",
    _R.Midlight: "#444448", _R.Mid: "#333336", _R.Dark: "#18181a", _R.Shadow: "#000000",
    _R.Highlight: "#3d7bd9", _R.HighlightedText: "#ffffff", _R.Link: "#79b8ff", _R.LinkVisited: "#c3a0ff",
}
_DISABLED = {"light": "#8a8a8a", "dark": "#7c7c7c"}


def palette_for(appearance: str) -> QPalette:
    """The complete palette of ``light`` or ``dark`` (text on its background meets WCAG AA)."""
    colours = _DARK if appearance == "dark" else _LIGHT
    pal = QPalette()
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    muted = QColor(_DISABLED["dark" if appearance == "dark" else "light"])
    for role in (_R.WindowText, _R.Text, _R.ButtonText, _R.PlaceholderText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, muted)
    pal.setColor(QPalette.ColorGroup.Disabled, _R.Highlight, QColor(colours[_R.Mid]))
    return pal


class _Base:
    """The system's own font and palette, as they were before any setting changed them."""

    font: QFont | None = None


def apply_appearance(appearance: str, text_scale: int, app: QApplication | None = None) -> None:
    """Colours (``system``, ``light``, ``dark``) and the text size (percent of the system's), now, everywhere."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return
    if _Base.font is None:
        _Base.font = QFont(app.font())
    hints = app.styleHints()
    if appearance in ("light", "dark"):
        hints.setColorScheme(Qt.ColorScheme.Dark if appearance == "dark" else Qt.ColorScheme.Light)
        pal = palette_for(appearance)
        app.setPalette(pal)
        QToolTip.setPalette(pal)
    else:
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # an empty palette resolves to the platform's own again
        QToolTip.setPalette(QPalette())
    font = QFont(_Base.font)
    size = _Base.font.pointSizeF()
    if size > 0:
        font.setPointSizeF(round(size * text_scale / 100, 1))
    else:  # a pixel-sized system font
        font.setPixelSize(max(6, round(_Base.font.pixelSize() * text_scale / 100)))
    if app.font() != font:
        app.setFont(font)
    text_zoom().changed.emit()  # answer views size their text from the application font


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(_R.Window).lightness() < 128


class TextZoom(QObject):
    """The answers' zoom, one for the whole window (Ctrl+plus, Ctrl+minus, Ctrl+0).

    Signals:
        changed(): the zoom or the application's text size changed: answer views size their text again.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.percent = 100

    @property
    def factor(self) -> float:
        return self.percent / 100

    def set_percent(self, percent: int) -> int:
        percent = min(ZOOM_STEPS, key=lambda p: abs(p - percent))
        if percent != self.percent:
            self.percent = percent
            self.changed.emit()
        return self.percent

    def zoom_in(self) -> int:
        bigger = [p for p in ZOOM_STEPS if p > self.percent]
        return self.set_percent(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> int:
        smaller = [p for p in ZOOM_STEPS if p < self.percent]
        return self.set_percent(smaller[-1] if smaller else ZOOM_STEPS[0])

    def reset(self) -> int:
        return self.set_percent(100)

    def point_size(self, *, large: bool = False) -> float:
        """The point size of answer text now: the application's, times the zoom (and 1.15 for the final answer)."""
        base = QApplication.font().pointSizeF()
        if base <= 0:
            base = 9.0
        return round(base * self.factor * (1.15 if large else 1.0), 1)


_zoom: TextZoom | None = None


def text_zoom() -> TextZoom:
    """The window-wide answer zoom."""
    global _zoom
    if _zoom is None:
        _zoom = TextZoom(QApplication.instance())
    return _zoom


class RelativeFont(QObject):
    """Keeps a widget's font a fixed ratio of the application font (a heading 1.3×), also when the text-size
    setting changes it (Qt only does that for fonts that set no size of their own)."""

    def __init__(self, widget: Any, factor: float = 1.0, *, bold: bool = False) -> None:
        super().__init__(widget)
        self.widget, self.factor, self.bold = widget, factor, bold
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        font = QFont(self.widget.font())
        base = QApplication.font().pointSizeF()
        if base > 0:
            font.setPointSizeF(round(base * self.factor, 1))
        font.setBold(self.bold)
        if font != self.widget.font():
            self.widget.setFont(font)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if event.type() == event.Type.ApplicationFontChange:
            self.apply()
        return False

