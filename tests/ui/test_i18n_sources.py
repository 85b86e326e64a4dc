"""Every user-visible string of the window goes through Qt's translation system.

A static check over the window's sources: a string literal (or an f-string) with words in it, handed straight to a
call that shows text (``setText``, ``QLabel(...)``, ``addAction``, ``QMessageBox.warning``…), is a string no
translator will ever see. A line may opt out with ``# notr`` (a model id, a format sample, a glyph that is not a
word).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import council_desktop

PKG = Path(council_desktop.__file__).parent
SOURCES = sorted([PKG / "app.py", *(PKG / "ui").glob("*.py")])

# call name -> which positional arguments are shown text (None: all of them)
SINKS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setToolTip": (0,), "setWindowTitle": (0,), "setPlaceholderText": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "showMessage": (0,), "setTitle": (0,), "setLabelText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "setInformativeText": (0,), "setDetailedText": (0,), "setHtml": (0,),
    "setPlainText": (0,), "setMarkdown": (0,), "setTabText": (1,), "setTabToolTip": (1,), "setItemText": (1,),
    "addTab": (1,), "insertTab": (2,), "addItem": (0,), "addItems": None, "addAction": (0,), "addMenu": (0,),
    "addSection": (0,), "setHeaderLabels": None, "setHorizontalHeaderLabels": None, "addRow": (0,),
    "addButton": (0,), "insertItem": (1,),
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0,), "QToolButton": (), "QMenu": (0,), "QCommandLinkButton": (0, 1),
    "warning": (1, 2), "information": (1, 2), "question": (1, 2), "critical": (1, 2), "about": (1, 2),
    "getText": (1, 2), "getSaveFileName": (1,), "getOpenFileName": (1,), "getOpenFileNames": (1,),
    "getExistingDirectory": (1,), "QMessageBox": (1, 2),
}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _untranslated(node: ast.AST) -> bool:
    """A literal with words in it, an f-string, or a list/tuple holding one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and WORDS.search(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):  # "Text " + x, "Text %s" % x
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_untranslated(e) for e in node.elts)
    return False


def findings(path: Path) -> list[str]:
    """``line: source`` of each untranslated shown string in ``path``, in line order."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    out = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call) or _name(node) not in SINKS:
            continue
        which = SINKS[_name(node)]
        args = list(node.args) if which is None else [node.args[i] for i in which if i < len(node.args)]
        args += [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
        line = lines[node.lineno - 1]
        if any(_untranslated(a) for a in args) and "# notr" not in line:
            out.append((node.lineno, line.strip()))
    return [f"{n}: {src}" for n, src in sorted(set(out))]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_shown_text_is_translatable(path):
    assert findings(path) == []


def test_the_check_catches_untranslated_text(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        'from PySide6.QtWidgets import QLabel\n'
        'def f(w, n):\n'
        '    w.setText("Plain words")\n'
        '    QLabel(f"{n} members")\n'
        '    w.addTab(None, "Answers")\n'
        '    w.setToolTip(w.tr("Fine"))\n'
        '    w.setText("✕")\n'
        '    w.setText("gpt-5")  # notr\n'
        '    w.setWindowTitle(title="Settings " + w.name)\n',
        encoding="utf-8")
    assert findings(bad) == ['3: w.setText("Plain words")', '4: QLabel(f"{n} members")',
                             '5: w.addTab(None, "Answers")', '9: w.setWindowTitle(title="Settings " + w.name)']


def wrapped_literals(path: Path) -> list[str]:
    """``line: source`` of each literal handed to a module function that only forwards it to ``translate`` (a
    ``def _tr(text): return QCoreApplication.translate("Ctx", text)``): lupdate reads calls by their name, so such a
    string never reaches the catalogues and stays English."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    forwarders = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            params = {a.arg for a in node.args.args}
            for ret in (n for n in ast.walk(node) if isinstance(n, ast.Return)):
                call = ret.value
                if (isinstance(call, ast.Call) and _name(call) in ("translate", "tr")
                        and any(isinstance(a, ast.Name) and a.id in params for a in call.args)):
                    forwarders.add(node.name)
    lines = text.splitlines()
    return [f"{n.lineno}: {lines[n.lineno - 1].strip()}" for n in ast.walk(tree)
            if isinstance(n, ast.Call) and _name(n) in forwarders
            and any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in n.args)]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_string_is_hidden_from_lupdate_behind_a_helper(path):
    assert wrapped_literals(path) == []


def test_the_check_catches_a_translating_helper(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        'from PySide6.QtCore import QCoreApplication\n'
        'def _tr(text):\n'
        '    return QCoreApplication.translate("Pane", text)\n'
        'def word(key):\n'
        '    return QCoreApplication.translate("Pane", WORDS[key])\n'
        'note = _tr("Shown as plain text")\n'
        'fine = word("done")\n',
        encoding="utf-8")
    assert wrapped_literals(bad) == ['6: note = _tr("Shown as plain text")']
