"""The real app (history included) on respx-scripted streams, for the re-run, follow-up and council-bar tests."""

from __future__ import annotations

import httpx
import pytest

from council_desktop.app import build_app
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from tests.helpers import sse_body, wait_signal
from tests.ui.conftest import BASE, TEST_KEY, Responder, TrackedStream, stage_of

MEMBERS = ("a/one", "b/two", "c/three")


class PowerResponder(Responder):
    """The UI tests' responder, plus reviewers whose review has no FINAL RANKING (``unranked``)."""

    def __init__(self) -> None:
        super().__init__()
        self.unranked: set[str] = set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        import json

        body = json.loads(request.content)
        if stage_of(body) == 2 and body["model"] in self.unranked:
            self.requests.append(body)
            stream = TrackedStream(sse_body(["All ", "fine, ", "no ", "order."]), 0.0)
            self.streams.append(stream)
            resp = httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)
            self.responses.append(resp)
            return resp
        return super().__call__(request)

    def asked(self, since: int = 0) -> list[tuple[int, str]]:
        """(stage, model) of each chat request since index ``since``."""
        return [(stage_of(b), b["model"]) for b in self.requests[since:]]


@pytest.fixture
def power_responder(respx_mock):
    r = PowerResponder()
    respx_mock.post(f"{BASE}/chat/completions").mock(side_effect=r)
    return r


class PowerApp:
    """``build_app`` with a history, a key (unless ``key`` is None) and the network said to be up."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.paths = app_paths().ensure()
        self.keys = KeyStore(env={})
        self.http: httpx.AsyncClient | None = None
        self.parts = None
        self.online: bool | None = True

    def build(self, members=MEMBERS, chairman="a/one", *, key: str | None = TEST_KEY, known=None, **settings):
        if key:
            self.keys.set_openrouter_key(key)
        SettingsStore(self.paths.settings_file).save(Settings(members=tuple(members), chairman=chairman,
                                                              base_url=BASE, **settings))
        if known is not None:
            ModelCatalog(self.paths.models_cache_file).save(known)
        self.http = httpx.AsyncClient()
        self.parts = build_app(self.http, self.paths, key_store=self.keys, env={}, check_key_on_show=False,
                               flush_interval_ms=0)
        win = self.parts.window
        win.power.online = lambda: self.online
        self.qtbot.addWidget(win)
        win.show()
        return win

    @property
    def window(self):
        return self.parts.window

    @property
    def store(self):
        return self.parts.history_store

    async def finished(self, timeout: float = 10.0):
        return (await wait_signal(self.parts.runner.finished, timeout=timeout))[0]

    async def ask(self, prompt: str = "Why is the sky blue?"):
        win = self.window
        win.prompt.set_text(prompt)
        assert win.run_council()
        return await self.finished()

    async def aclose(self) -> None:
        if self.parts is not None:
            await self.parts.aclose()
        if self.http is not None:
            await self.http.aclose()


@pytest.fixture
async def power_app(qtbot):
    app = PowerApp(qtbot)
    yield app
    await app.aclose()
