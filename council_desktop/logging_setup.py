"""Timestamped logs to stderr and a rotating file in the log folder."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s.%(msecs)03d [%(levelname)s] %(name)s: %(message)s"
DATEFMT = "%Y-%m-%d %H:%M:%S"

_handlers: list[logging.Handler] = []


def setup_logging(log_file: Path | None, *, console_level: int = logging.WARNING,
                  file_level: int = logging.INFO) -> None:
    """Configure the ``council_desktop`` loggers once (idempotent: earlier handlers are replaced)."""
    root = logging.getLogger("council_desktop")
    for h in _handlers:
        root.removeHandler(h)
        h.close()
    _handlers.clear()
    fmt = logging.Formatter(FORMAT, DATEFMT)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(console_level)
    console.setFormatter(fmt)
    _handlers.append(console)
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            fh = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
            fh.setLevel(file_level)
            fh.setFormatter(fmt)
            _handlers.append(fh)
        except OSError as e:
            print(f"warning: cannot write the log file {log_file}: {e}", file=sys.stderr)
    for h in _handlers:
        root.addHandler(h)
    root.setLevel(min(h.level for h in _handlers))
    root.propagate = False
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines repeat URLs; ours say enough
