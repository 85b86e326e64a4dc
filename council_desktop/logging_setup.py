"""Timestamped logs to stderr and a rotating file in the log folder.

The file gets everything from INFO up, with tracebacks; it is ``0600`` in a ``0700`` folder, rotations too.
stderr gets one line per warning — never a traceback while a log file holds it — and no storage records at all:
a storage fault reaches the user once, from the surface that handles it (the CLI's one warning line, the window's
banner), not once per failed write. Every record passes the one redaction (:class:`RedactingFilter`) on its way to
either.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

from council_desktop.council.text import redact
from council_desktop.storage.paths import private_dir, private_file

FORMAT = "%(asctime)s.%(msecs)03d [%(levelname)s] %(name)s: %(message)s"
DATEFMT = "%Y-%m-%d %H:%M:%S"
STORAGE_LOGGERS = "council_desktop.storage"

_handlers: list[logging.Handler] = []


class RedactingFilter(logging.Filter):
    """Runs a record's message (its arguments merged in), exception text and stack through
    :func:`~council_desktop.council.text.redact`: no key reaches a log line, whoever logged it and however.

    Installed on handlers (a logger's filters would miss records from its children).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let the handler report it as logging does
            return True
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created ``0600`` (``open()`` would follow the umask: ``0644``)."""

    def _open(self) -> Any:
        private_file(Path(self.baseFilename))
        return super()._open()


class OneLineFormatter(logging.Formatter):
    """The message and, when there was an exception, its one-line summary; the traceback stays in the file."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            text += f" ({type(exc).__name__}: {exc}; details in the log file)"
        return redact(" ".join(text.splitlines()))  # the exception's own words were not redacted yet


def _not_storage(record: logging.LogRecord) -> bool:
    return not record.name.startswith(STORAGE_LOGGERS)


def setup_logging(log_file: Path | None, *, console_level: int = logging.WARNING,
                  file_level: int = logging.INFO) -> None:
    """Configure the ``council_desktop`` loggers once (idempotent: earlier handlers are replaced)."""
    root = logging.getLogger("council_desktop")
    for h in _handlers:
        root.removeHandler(h)
        h.close()
    _handlers.clear()
    fmt = logging.Formatter(FORMAT, DATEFMT)
    file_handler: logging.Handler | None = None
    if log_file is not None:
        try:
            private_dir(log_file.parent)
            file_handler = PrivateRotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3,
                                                      encoding="utf-8")
            file_handler.setLevel(file_level)
            file_handler.setFormatter(fmt)
        except OSError as e:
            print(f"warning: cannot write the log file {log_file}: {e}", file=sys.stderr)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(console_level)
    if file_handler is not None:  # without a file, the console is the only place a traceback can go
        console.setFormatter(OneLineFormatter(FORMAT, DATEFMT))
        console.addFilter(_not_storage)
    else:
        console.setFormatter(fmt)
    _handlers.append(console)
    if file_handler is not None:
        _handlers.append(file_handler)
    redacting = RedactingFilter()
    for h in _handlers:
        h.addFilter(redacting)
        root.addHandler(h)
    root.setLevel(min(h.level for h in _handlers))
    root.propagate = False
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines repeat URLs; ours say enough
