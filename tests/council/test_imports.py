"""The council core stays plain Python: no Qt, no qasync, no httpx, no keyring."""

import ast
from pathlib import Path

import council_desktop.council as core

FORBIDDEN = {"PySide6", "qasync", "httpx", "keyring", "platformdirs"}


def test_council_core_imports_only_stdlib_and_itself():
    root = Path(core.__file__).parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top in FORBIDDEN or (top == "council_desktop" and not name.startswith("council_desktop.council")):
                    offenders.append(f"{path.name}: {name}")
    assert len(list(root.rglob("*.py"))) >= 6
    assert offenders == []

