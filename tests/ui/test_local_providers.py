"""Local providers are first class in Settings: ready-made entries, Test connection lists the models a server
serves, and the ones picked join the council as model@provider without typing."""

from __future__ import annotations

import httpx

from council_desktop.devserver import FakeOpenRouter, ServerOptions
from council_desktop.storage.settings import LOCAL_PROVIDER_PRESETS
from council_desktop.ui.members_page import MembersPage
from council_desktop.ui.providers_page import PRESETS, ProvidersPage
from tests.helpers import until


def test_ready_made_entries_for_the_usual_local_servers(qtbot):
    page = ProvidersPage([])
    qtbot.addWidget(page)
    labels = [a.text() for a in page.add_button.menu().actions()]
    assert labels[:3] == ["Ollama", "LM Studio", "llama.cpp server"]
    assert [p[2] for p in PRESETS[:3]] == [c.base_url for _l, c in LOCAL_PROVIDER_PRESETS]
    assert PRESETS[0][2] == "http://127.0.0.1:11434/v1" and all(p[3] == 1 for p in PRESETS[:3])
    page.add_button.menu().actions()[0].trigger()
    providers, problems = page.values()
    assert problems == [] and providers[0].name == "ollama" and providers[0].max_concurrent == 1


async def test_test_connection_lists_the_models_and_adds_them_to_the_council(qtbot):
    with FakeOpenRouter(ServerOptions()) as server:
        async with httpx.AsyncClient() as http:
            page = ProvidersPage([], http=http)
            members = MembersPage(["openai/gpt-x"], "openai/gpt-x", None)
            qtbot.addWidget(page)
            qtbot.addWidget(members)
            page.add_members.connect(members.add_members)
            page.add_provider("lab", server.base_url)
            reports = []
            page.tested.connect(reports.append)
            page.test_button.click()
            await until(lambda: reports)
    assert reports[0].ok and page.status.text().startswith("✓")
    specs = [page.models.item(i).data(256) for i in range(page.models.count())]
    assert specs and all(s.endswith("@lab") for s in specs)
    page.models.item(0).setSelected(True)
    page.add_models_button.click()
    assert members.members() == ["openai/gpt-x", specs[0]]


async def test_a_server_that_is_not_there_says_so(qtbot):
    async with httpx.AsyncClient() as http:
        page = ProvidersPage([], http=http)
        qtbot.addWidget(page)
        page.add_provider("gone", "http://127.0.0.1:9/v1")
        reports = []
        page.tested.connect(reports.append)
        page.test_button.click()
        await until(lambda: reports, timeout=20)
    assert not reports[0].ok and page.status.text().startswith("✗") and page.models.count() == 0
