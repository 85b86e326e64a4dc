"""Per-user folders for config, data and logs.

``platformdirs`` gives the right folders on Linux, macOS and Windows. ``COUNCIL_DESKTOP_HOME`` moves all three
under one folder (portable use, tests).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "COUNCIL_DESKTOP_HOME"
APP_DIR_NAME = "council-desktop"


@dataclass(frozen=True, slots=True)
class AppPaths:
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
        for d in (self.config_dir, self.data_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
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
