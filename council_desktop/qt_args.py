"""Qt's own command-line options (``-style fusion``, ``-platform xcb``, ``-reverse``…), taken out of the
arguments before ``argparse`` sees them and handed to the window's ``QApplication``.

Qt reads its options with one dash or two, as ``-style fusion`` or ``-style=fusion``. Only the options before the
first plain argument are Qt's: ``council-desktop ask -reverse`` asks the question "-reverse".
"""

from __future__ import annotations

# QGuiApplication's and QApplication's options (qt6options(7)): those that take a value, and those that do not.
VALUE_OPTIONS = frozenset({
    "style", "stylesheet", "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
    "qwindowicon", "qwindowtitle", "session", "display", "geometry", "qmljsdebugger", "dialogs", "fontengine",
})
FLAG_OPTIONS = frozenset({"widgetcount", "reverse", "nograb", "dograb", "sync"})


def _name(arg: str) -> str:
    return arg.lstrip("-").split("=", 1)[0]


def split_qt_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """(Qt's options, the rest) from ``argv``; the order within each is kept."""
    qt: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if not arg.startswith("-") or arg in ("-", "--"):
            rest.extend(argv[i:])  # a command or a plain argument: everything from here is ours
            break
        name = _name(arg)
        if name in FLAG_OPTIONS and "=" not in arg:
            qt.append(arg)
        elif name in VALUE_OPTIONS:
            qt.append(arg)
            if "=" not in arg and i + 1 < len(argv):
                i += 1
                qt.append(argv[i])
        else:
            rest.append(arg)
        i += 1
    return qt, rest
