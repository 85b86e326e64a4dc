"""File → Export… and File → Import… (and a .json dropped on the window): runs to and from files, from the window.

The formats are the ones :mod:`council_desktop.export_files` knows by suffix (Markdown, HTML, PDF, JSON); the
file dialog offers each of them. Import reads a file the way ``council-desktop import`` does (bounded, UTF-8,
every run checked before any is written) and never replaces a different run of the same id without asking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from council_desktop import export_files
from council_desktop.council.state import RunState
from council_desktop.storage import export
from council_desktop.storage.validate import MAX_IMPORT_BYTES


def file_stem(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-")
    return stem[:60] or "council-run"


def suggested_name(records: Sequence[RunState], suffix: str = ".md") -> str:
    if len(records) == 1:
        return file_stem(records[0].title) + suffix
    return f"council-runs-{date.today().isoformat()}{suffix}"


def write_runs(records: Sequence[RunState], path: Path) -> None:
    """Write ``records`` to ``path`` in the format its suffix names (Markdown, JSON, HTML or PDF: see
    :func:`council_desktop.export_files.export_runs`). Raises ValueError (an unknown suffix) and OSError."""
    export_files.export_runs(list(records), path)


def ask_export_path(parent: QWidget | None, records: Sequence[RunState], folder: Path) -> Path | None:
    """The file dialog: where to save, and as what (a name without a known suffix gets the chosen format's)."""
    title = (QCoreApplication.translate("file_actions", "Export run") if len(records) == 1
             else QCoreApplication.translate("file_actions", "Export {n} runs").format(n=len(records)))
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(folder / suggested_name(records)),
                                                   export_files.file_dialog_filter())
    if not chosen:
        return None
    return export_files.path_for_filter(Path(chosen), selected)


@dataclass
class ImportResult:
    """What importing one file did: runs added, runs already there (identical), runs left out (a different run
    with the same id), and the problem that stopped it (then nothing was written)."""

    path: Path
    added: list[RunState] = field(default_factory=list)
    same: list[str] = field(default_factory=list)
    clashing: list[str] = field(default_factory=list)
    problem: str | None = None

    def sentence(self) -> str:
        file = self.path.name
        if self.problem:
            return QCoreApplication.translate("file_actions", "{file} was not imported: {problem}.").format(
                file=file, problem=self.problem)
        parts = []
        if self.added:
            n = len(self.added)
            parts.append((QCoreApplication.translate("file_actions", "Imported {n} run from {file}.") if n == 1
                          else QCoreApplication.translate("file_actions", "Imported {n} runs from {file}.")).format(
                n=n, file=file))
        if self.same:
            n = len(self.same)
            parts.append((QCoreApplication.translate("file_actions", "{n} run was already in the history.") if n == 1
                          else QCoreApplication.translate("file_actions", "{n} runs were already in the history."))
                         .format(n=n))
        if self.clashing:
            n = len(self.clashing)
            parts.append((QCoreApplication.translate(
                "file_actions", "{n} run with the id of a different run in the history was left out (the command "
                                "line's import --replace overwrites).") if n == 1
                else QCoreApplication.translate(
                "file_actions", "{n} runs with the id of a different run in the history were left out (the command "
                                "line's import --replace overwrites).")).format(n=n))
        return " ".join(parts) or QCoreApplication.translate("file_actions", "{file} holds no runs.").format(
            file=file)


def read_runs(path: Path) -> list[RunState]:
    """The runs of an export file; raises ValueError with a readable reason."""
    try:
        if path.exists() and not path.is_file():
            raise ValueError(QCoreApplication.translate("file_actions", "it is not a regular file"))
        with path.open("rb") as f:
            data = f.read(MAX_IMPORT_BYTES + 1)  # never more: a FIFO or /dev/zero must not fill the memory
    except OSError as e:
        raise ValueError(QCoreApplication.translate("file_actions", "it cannot be read ({reason})").format(
            reason=e.strerror or e)) from e
    if len(data) > MAX_IMPORT_BYTES:
        raise ValueError(QCoreApplication.translate(
            "file_actions", "it is larger than a run export can be ({n} bytes)").format(n=f"{MAX_IMPORT_BYTES:,}"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(QCoreApplication.translate("file_actions", "it is not UTF-8 text (byte {n})").format(
            n=e.start)) from e
    try:
        return export.from_json_any(text)
    except export.ExportFormatError as e:
        raise ValueError(QCoreApplication.translate("file_actions", "it is not a run export ({reason})").format(
            reason=e)) from e


def import_file(store: Any, path: Path) -> ImportResult:
    """Add the runs of ``path`` to the history ``store`` (see :class:`ImportResult`)."""
    result = ImportResult(path)
    try:
        records = read_runs(path)
    except ValueError as e:
        result.problem = str(e)
        return result
    for record in records:
        if store.exists(record.id):
            if store.get(record.id).to_dict() == record.to_dict():
                result.same.append(record.id)
            else:
                result.clashing.append(record.id)
            continue
        store.save_record(record)
        result.added.append(record)
    return result


def importable(path: Path) -> bool:
    """A file a drop may import: a local ``.json`` file."""
    return path.suffix.lower() == ".json" and path.is_file()
