import httpx
import pytest

from council_desktop.providers.openai_compat import OpenAICompatClient
from tests.providers.support import BASE, KEY, FakeSleep, Updates


@pytest.fixture
def responses() -> list[httpx.Response]:
    """Every httpx.Response the ``http`` client handed out (respx records clones, not these)."""
    return []


@pytest.fixture
async def http(responses):
    async def record(response: httpx.Response) -> None:
        responses.append(response)

    async with httpx.AsyncClient(event_hooks={"response": [record]}) as client:
        yield client


@pytest.fixture
def sleep():
    return FakeSleep()


@pytest.fixture
def updates():
    return Updates()


@pytest.fixture
def make_client(http, sleep):
    def make(**kw) -> OpenAICompatClient:
        kw.setdefault("name", "OpenRouter")
        kw.setdefault("base_url", BASE)
        kw.setdefault("api_key", lambda: KEY)
        return OpenAICompatClient(http, sleep=sleep, **kw)

    return make
