import asyncio
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ.pop("OPENROUTER_API_KEY", None)  # tests set their own; never a real key
os.environ.pop("OPENROUTER_BASE_URL", None)

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """In-memory keyring. viable=False keeps it out of keyring's auto-detection (subclasses self-register)."""

    priority = 1
    viable = False

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring(request):
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    old = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(old)


@pytest.fixture(autouse=True)
def council_home(tmp_path, monkeypatch):
    """Every test gets its own COUNCIL_DESKTOP_HOME: nothing touches the user's real folders."""
    home = tmp_path / "council-home"
    monkeypatch.setenv("COUNCIL_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def _qapp_first(qapp):
    """The QApplication exists before pytest-asyncio builds a loop, speaking English as the app does by default
    (its English catalogue holds the plural forms of "%n …" strings)."""
    from council_desktop.ui.i18n import install_language

    install_language("en", qapp)
    return qapp


def pytest_asyncio_loop_factories(config, item):
    """pytest-asyncio >= 1.4: async tests run on the window's qasync loop; the core's tests run on plain asyncio too,
    the loop ``ask`` uses. (Not the providers': their threaded local servers next to pytest-qt's event processing
    on a plain loop crashed the interpreter now and then.)"""
    from PySide6.QtWidgets import QApplication

    from council_desktop.ui.qloop import QEventLoop

    loops = {"qasync": lambda: QEventLoop(QApplication.instance())}
    parts = item.path.parts
    if "tests" in parts and parts[parts.index("tests") + 1] == "council":
        loops["asyncio"] = asyncio.new_event_loop
    return loops


@pytest.fixture
def qloop(qapp):
    """For sync tests: ``qloop.run_until_complete(coro)``."""
    from council_desktop.ui.qloop import QEventLoop

    loop = QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)
