"""Per-user folders for config, data and logs, readable by the user only.

``platformdirs`` gives the right folders on Linux, macOS and Windows. ``COUNCIL_DESKTOP_HOME`` moves all three
under one folder (portable use, tests).

Privacy: the app's folders are created ``0700`` and its files (history database and its ``-wal``/``-shm``, log,
settings) ``0600``; ones that already exist with looser modes are tightened when we open them, if they belong to
this user. Folders above ours (``~/.config``, the ``COUNCIL_DESKTOP_HOME`` folder itself when it existed before)
are the user's and left alone. On Windows the user's profile folders are already private: nothing is changed there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

import platformdirs

from council_desktop.council.records import dataclass

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def tighten(path: Path, mode: int) -> None:
    """Drop permission bits beyond ``mode`` from ``path`` when it is ours (same owner); silently otherwise."""
    if not _POSIX:  # pragma: no cover - Windows: ACLs, and the profile folders are private already
        return
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
            return  # a symlink's target, or someone else's file: not ours to change
        current = stat.S_IMODE(st.st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError as e:
        log.info("cannot tighten the permissions of %s: %s", path, e)


def private_dir(path: Path) -> Path:
    """Create ``path`` ``0700`` (missing parents too, as the XDG spec asks), or tighten it when it exists.

    An app folder inside an app folder (Linux's ``~/.local/state/council-desktop/log``) has both tightened.
    Raises ``OSError``.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for p in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            p.mkdir(mode=PRIVATE_DIR)
    tighten(path, PRIVATE_DIR)
    if path.parent.name == APP_DIR_NAME:
        tighten(path.parent, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists as a ``0600`` file (created empty when missing) before another library opens it.

    SQLite and ``logging`` create files with the process umask (usually ``0644``); SQLite gives its ``-wal`` and
    ``-shm`` files the mode of the database file, so creating that one ``0600`` first is enough. Raises ``OSError``.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    os.close(os.open(path, flags, PRIVATE_FILE))
    tighten(path, PRIVATE_FILE)
    return path


def tighten_files(*paths: Path) -> None:
    """Tighten those of ``paths`` that exist to ``0600`` (a database's ``-wal``/``-shm`` from an older version)."""
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            if p.exists():
                tighten(p, PRIVATE_FILE)

HOME_ENV = "COUNCIL_DESKTOP_HOME"
APP_DIR_NAME = "council-desktop"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The app's three folders (settings, data, logs) and the files in them."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def models_cache_file(self) -> Path:
        return self.data_dir / "models-cache.json"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "council-desktop.log"

    def ensure(self) -> AppPaths:
        """Create the three folders ``0700`` (tightening existing ones). Raises ``OSError``."""
        for d in (self.config_dir, self.data_dir, self.log_dir):
            private_dir(d)
        return self


def app_paths(env: dict[str, str] | None = None) -> AppPaths:
    """The folders to use now (``COUNCIL_DESKTOP_HOME`` wins over the platform defaults)."""
    env = dict(os.environ) if env is None else env
    home = env.get(HOME_ENV, "").strip()
    if home:
        root = Path(home).expanduser()
        return AppPaths(root / "config", root / "data", root / "logs")
    return AppPaths(
        Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
    )
