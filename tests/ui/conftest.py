"""Fixtures for driving the real MainWindow with respx-scripted OpenRouter streams."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import httpx
import pytest

from council_desktop.council.orchestrator import Council
from council_desktop.provider_setup import build_registry
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.runner import CouncilRunner
from tests.helpers import sse_body

BASE = "https://openrouter.test/api/v1"

# WORKAROUND: the offscreen platform warns when a shown window has size constraints; harmless, and only there.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
TEST_KEY = "sk-or-v1-0123456789abcdef-secret-test-key"


class TrackedStream(httpx.AsyncByteStream):
    """An SSE body produced part by part that remembers whether the client closed it (cancel → closed)."""

    def __init__(self, parts: list[bytes], delay: float, before_chunk=None, forever: bool = False) -> None:
        self.parts, self.delay, self.before_chunk, self.forever = parts, delay, before_chunk, forever
        self.closed = False
        self.sent = 0

    async def __aiter__(self):
        import asyncio

        i = 0
        while i < len(self.parts) or self.forever:
            if self.delay:
                await asyncio.sleep(self.delay)
            if self.before_chunk:
                self.before_chunk(i)
            part = self.parts[i] if i < len(self.parts) else b": keep-alive\n\n"
            self.sent += 1
            i += 1
            yield part

    async def aclose(self) -> None:
        self.closed = True


@dataclass
class Script:
    """What one model does in stage 1 (stage 2 replies rank the offered labels; stage 3 synthesises)."""

    tokens: list[str] = field(default_factory=lambda: ["An ", "answer ", "in ", "parts."])
    delay: float = 0.0
    status: int = 200  # an HTTP error status fails the request before any token
    error_body: str = "Rate limit exceeded"
    hang: bool = False  # stage 1: one token ("x"), then keep-alive comments until the client goes away
    silent: bool = False  # stage 1: keep-alive comments only (the server never sends a token)
    fail_stages: tuple[int, ...] = (1,)  # the stages in which ``status`` applies


def stage_of(body: dict) -> int:
    content = body["messages"][-1]["content"]
    if content.startswith("You are the Chairman"):
        return 3
    return 2 if "FINAL RANKING" in content else 1


class Responder:
    """A respx side effect: streams scripted SSE per model, and records every response it handed out."""

    def __init__(self) -> None:
        self.scripts: dict[str, Script] = {}
        self.default = Script()
        self.responses: list[httpx.Response] = []
        self.streams: list[TrackedStream] = []
        self.requests: list[dict] = []
        self.before_chunk: dict[str, object] = {}  # stage 1, by model: called with the chunk's index
        self.stage_tokens: dict[int, list[str]] = {}  # stage 2: every critique (the ranking follows); 3: synthesis

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.requests.append(body)
        model = body["model"]
        stage = stage_of(body)
        script = self.scripts.get(model, self.default)
        if script.status != 200 and stage in script.fail_stages:
            resp = httpx.Response(script.status, json={"error": {"code": script.status,
                                                                 "message": script.error_body}},
                                  headers={"Retry-After": "0"})
            self.responses.append(resp)
            return resp
        tokens = list(script.tokens)
        if stage == 2:
            labels = sorted(set(re.findall(r"^(Response [A-Z]+):", body["messages"][-1]["content"], re.M)))
            critique = self.stage_tokens.get(2, ["Response A is solid. "])
            tokens = [*critique, "\n\nFINAL RANKING:\n"] + [f"{i}. {lab}\n" for i, lab in enumerate(labels, 1)]
        elif stage == 3:
            tokens = self.stage_tokens.get(3, ["# Synthesis\n\n", "The council ", "agrees.\n\n",
                                               "```python\nprint('hi')\n```\n"])
        hook = self.before_chunk.get(model) if stage == 1 else None
        if script.hang and stage == 1:  # one token, then keep-alive comments until the client goes away
            stream = TrackedStream(sse_body(["x"], done=False, finish=False, usage=False), 0.02, forever=True)
        elif script.silent and stage == 1:
            stream = TrackedStream([b": OPENROUTER PROCESSING\n\n"], 0.02, forever=True)
        else:
            stream = TrackedStream(sse_body(tokens), script.delay, hook)
        self.streams.append(stream)
        resp = httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)
        self.responses.append(resp)
        return resp


@pytest.fixture
def responder(respx_mock):
    r = Responder()
    respx_mock.post(f"{BASE}/chat/completions").mock(side_effect=r)
    return r


class Harness:
    """Builds the real object graph (ProviderRegistry → Council → CouncilRunner → MainWindow) on respx."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.paths = app_paths().ensure()
        self.key_store = KeyStore(env={})
        self.settings_store = SettingsStore(self.paths.settings_file)
        self.http: httpx.AsyncClient | None = None
        self.window: MainWindow | None = None
        self.runner: CouncilRunner | None = None

    def build(self, members=("a/one", "b/two", "c/three"), chairman="a/one", *, flush_ms: int = 0,
              key: str | None = TEST_KEY, known: list[str] | None = None, listeners=()) -> MainWindow:
        if key:
            self.key_store.set_openrouter_key(key)
        settings = Settings(members=tuple(members), chairman=chairman, base_url=BASE)
        self.settings_store.save(settings)
        if known is not None:
            ModelCatalog(self.paths.models_cache_file).save([{"id": k, "name": k} for k in known])
        self.http = httpx.AsyncClient()
        registry = build_registry(self.http, settings, self.key_store, base_url=BASE)
        self.runner = CouncilRunner(lambda: Council(registry), flush_interval_ms=flush_ms, listeners=listeners)
        service = OpenRouterService(self.http, lambda: BASE, ModelCatalog(self.paths.models_cache_file))
        self.window = MainWindow(self.runner, settings_store=self.settings_store, key_store=self.key_store,
                                 paths=self.paths, service=service, check_key_on_show=False)
        self.qtbot.addWidget(self.window)
        self.window.show()
        return self.window

    async def aclose(self) -> None:
        if self.runner is not None:
            await self.runner.shutdown()
        if self.window is not None and self.window._service is not None:
            await self.window._service.aclose()
        if self.http is not None:
            await self.http.aclose()


@pytest.fixture
def harness(qtbot):
    return Harness(qtbot)


@pytest.fixture(autouse=True)
def _keep_loop_running_when_windows_close(qapp):
    """Closing a test's window must not quit the app (that would stop the qasync loop under the test);
    the real app does the same (see app.py)."""
    old = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(old)


# The real app with a history, for the re-run, follow-up and council-bar tests (tests/ui/power_support.py).
from tests.ui.power_support import power_app, power_responder  # noqa: E402, F401
