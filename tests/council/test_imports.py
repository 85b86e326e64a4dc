"""Import boundaries between the layers (ARCHITECTURE.md, "Layers and who may import whom").

council/ is plain Python; providers/ may use council and httpx, never storage or the UI; storage/ may use council,
keyring, platformdirs and sqlite3, never providers or the UI. Imports inside functions count too.
"""

import ast
from pathlib import Path

import pytest

import council_desktop

PACKAGE = Path(council_desktop.__file__).parent
QT = {"PySide6", "qasync", "shiboken6"}

# layer -> (third-party top-level names it must not import, council_desktop sub-packages/modules it may import)
RULES = {
    "council": (QT | {"httpx", "keyring", "platformdirs", "psutil"}, {"council"}),
    "providers": (QT | {"keyring", "platformdirs"}, {"council", "providers"}),
    "storage": (QT | {"httpx"}, {"council", "storage"}),
}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            names.append("council_desktop.<relative>")  # relative imports would hide a crossing: none allowed
    return names


def offenders(layer: str, root: Path = PACKAGE) -> list[str]:
    forbidden, allowed = RULES[layer]
    found = []
    files = sorted((root / layer).rglob("*.py"))
    assert len(files) >= 4, f"{layer}/ looks empty: is the test looking in the right place?"
    for path in files:
        for name in imports_of(path):
            parts = name.split(".")
            if parts[0] in forbidden or (parts[0] == "council_desktop" and (len(parts) < 2 or parts[1] not in allowed)):
                found.append(f"{layer}/{path.name}: {name}")
    return found


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_only_what_it_may(layer):
    assert offenders(layer) == []


def test_the_guard_catches_a_crossing(tmp_path):
    """The check itself: a providers module importing storage (as registry.py once did) is reported."""
    fake = tmp_path / "council_desktop"
    for layer in RULES:
        (fake / layer).mkdir(parents=True)
        for i in range(4):
            (fake / layer / f"m{i}.py").write_text("import json\n", encoding="utf-8")
    (fake / "providers" / "registry.py").write_text(
        "def f():\n    from council_desktop.storage.keystore import KeyStore\n", encoding="utf-8")
    (fake / "storage" / "bad.py").write_text("from council_desktop.providers import x\nimport httpx\n",
                                             encoding="utf-8")
    assert offenders("providers", fake) == ["providers/registry.py: council_desktop.storage.keystore"]
    assert offenders("storage", fake) == ["storage/bad.py: council_desktop.providers", "storage/bad.py: httpx"]
    assert offenders("council", fake) == []


# The headless commands (cli.py and the modules it runs) use everything but the window: no Qt, no ui/ at any
# depth of their own imports (the window itself is reached only through app.run_gui, and a PDF export through
# its own Qt module, both imported where they are needed).
HEADLESS = ("cli", "ask_cmd", "history_cli", "history_cmds", "presets_cmd", "estimate_cmd", "stats_cmd", "run_policy",
            "provider_setup", "errors", "logging_setup", "net", "devserver", "termination")


@pytest.mark.parametrize("module", HEADLESS)
def test_the_headless_commands_never_import_the_window(module):
    path = PACKAGE / f"{module}.py"
    if not path.exists():
        pytest.skip(f"{module}.py is not part of this version")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    names = [a.name for n in top_level if isinstance(n, ast.Import) for a in n.names]
    names += [n.module for n in top_level if isinstance(n, ast.ImportFrom) and n.module]
    bad = [n for n in names if n.split(".")[0] in QT or n.startswith("council_desktop.ui") or n == "council_desktop.app"]
    assert bad == []
    inside = [n for n in imports_of(path) if n.split(".")[0] in QT or n.startswith("council_desktop.ui")]
    assert inside == [] or module == "cli", inside  # cli.py opens the window (app.run_gui) only when asked
