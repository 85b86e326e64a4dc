import httpx
import pytest

from council_desktop.providers.openai_compat import OpenAICompatClient
from tests.providers.support import BASE, KEY, FakeSleep, Updates


@pytest.fixture
async def http():
    async with httpx.AsyncClient() as client:
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
