"""Constants and small fakes shared by the provider tests."""

import asyncio

from council_desktop.council.provider import ChatRequest, ChatUpdate

BASE = "https://openrouter.test/api/v1"
CHAT_URL = f"{BASE}/chat/completions"
KEY = "sk-or-v1-0123456789abcdef-secret-test-key"


class FakeSleep:
    """Records the retry waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)


class Updates(list):
    """The on_update callback: collects every ChatUpdate."""

    def __call__(self, update: ChatUpdate) -> None:
        self.append(update)

    def kinds(self) -> list[str]:
        return [u.kind for u in self]

    def of(self, kind: str) -> list[ChatUpdate]:
        return [u for u in self if u.kind == kind]


def request(model="openai/gpt-4o", **kw) -> ChatRequest:
    return ChatRequest(model=model, messages=({"role": "user", "content": "Hi?"},), **kw)
