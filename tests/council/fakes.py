"""A scripted ChatBackend: real implementation of the provider seam, no network."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from council_desktop.council.provider import ChatCompletion, ChatRequest, ChatUpdate, ProviderError


@dataclass
class Script:
    """What one model does: stream ``tokens`` (with ``delay`` between them) or fail with ``error``."""

    tokens: list[str] = field(default_factory=lambda: ["an ", "answer"])
    delay: float = 0.0
    error: ProviderError | None = None
    error_after: int = 0  # tokens streamed before the error
    hang: bool = False
    cost: float | None = 0.001
    reply: Callable[[ChatRequest], str] | None = None  # computes the text from the request (stage 2)


def ranking_reply(request: ChatRequest) -> str:
    """A reviewer that ranks the offered responses alphabetically by label."""
    import re

    content = request.messages[-1]["content"]
    labels = sorted(set(re.findall(r"^(Response [A-Z]+):", content, re.MULTILINE)))
    body = "\n".join(f"{i}. {lab}" for i, lab in enumerate(labels, 1))
    return f"All fine.\n\nFINAL RANKING:\n{body}"


class FakeBackend:
    def __init__(self, scripts: dict[str, Script] | None = None, default: Script | None = None) -> None:
        self.scripts = scripts or {}
        self.default = default or Script()
        self.requests: list[ChatRequest] = []
        self.cancelled: list[str] = []
        self.stage_scripts: dict[tuple[int, str], Script] = {}

    @staticmethod
    def stage_of(request: ChatRequest) -> int:
        content = request.messages[-1]["content"]
        return 3 if "You are the Chairman" in content else 2 if "FINAL RANKING" in content else 1

    def script_for(self, request: ChatRequest) -> Script:
        stage = self.stage_of(request)
        return self.stage_scripts.get((stage, request.model)) or self.scripts.get(request.model) or self.default

    async def chat(self, request: ChatRequest, on_update: Callable[[ChatUpdate], None]) -> ChatCompletion:
        self.requests.append(request)
        s = self.script_for(request)
        on_update(ChatUpdate("sent"))
        try:
            if s.hang:
                await asyncio.sleep(3600)
            tokens = list(s.tokens)
            if s.reply is not None:
                tokens = [s.reply(request)]
            if self.stage_of(request) == 2 and s.reply is None and s.error is None:
                tokens = [ranking_reply(request)]
            for i, _tok in enumerate(tokens):
                if s.error is not None and i >= s.error_after:
                    break
                if s.delay:
                    await asyncio.sleep(s.delay)
                on_update(ChatUpdate("token", token_count=i + 1, text=tokens[i]))
            if s.error is not None:
                raise s.error
            return ChatCompletion(text="".join(tokens), token_count=len(tokens) + 1, exact_tokens=True, cost=s.cost)
        except asyncio.CancelledError:
            self.cancelled.append(request.model)
            raise
