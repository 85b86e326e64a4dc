"""Entry point of the frozen app (PyInstaller): the same program as the ``council-desktop`` command.

No arguments opens the window; ``--version``, ``--self-test``, ``ask`` and the other sub-commands work as in the CLI.

``COUNCIL_DESKTOP_EXIT_AFTER_SHOW=1`` (for ``benchmarks/bench_startup.py``): when the first main window is exposed
on screen, print ``first-window-shown <seconds since this script started>`` to stdout and close it (a normal exit).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
PROBE_ENV = "COUNCIL_DESKTOP_EXIT_AFTER_SHOW"


def _prepare_environment() -> None:
    # A windowed build (Windows, macOS) has no console: sys.stdout/stderr are None and any print would raise.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the app
    # The Linux bundle ships the xcb and offscreen platform plugins, not Wayland's (see council_desktop.spec). On a
    # Wayland session Qt would first look for the missing Wayland plugin and warn; go straight to XWayland instead.
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") and os.environ.get("DISPLAY"):
        platforms = Path(getattr(sys, "_MEIPASS", "")) / "PySide6" / "Qt" / "plugins" / "platforms"
        if platforms.is_dir() and not any(platforms.glob("libqwayland*")):
            os.environ["QT_QPA_PLATFORM"] = "xcb"


def _install_first_window_probe() -> None:
    """Benchmark hook: report when the first QMainWindow is exposed, then close it.

    Creates the QApplication early (``run_gui`` reuses an existing one) and watches every Expose event through an
    application-wide event filter, so the app itself needs no hook.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])

    class Probe(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (not self.done and event.type() == QEvent.Type.Expose and isinstance(obj, QWindow)
                    and obj.isExposed()):
                for w in QApplication.topLevelWidgets():
                    if isinstance(w, QMainWindow) and w.windowHandle() is obj:
                        self.done = True
                        sys.stdout.write(f"first-window-shown {time.perf_counter() - T0:.4f}\n")
                        sys.stdout.flush()
                        QTimer.singleShot(0, w.close)
            return False

    probe = Probe(app)
    app.installEventFilter(probe)


if __name__ == "__main__":
    _prepare_environment()
    if os.environ.get(PROBE_ENV) == "1" and len(sys.argv) == 1:
        _install_first_window_probe()
    from council_desktop.cli import main

    raise SystemExit(main())
