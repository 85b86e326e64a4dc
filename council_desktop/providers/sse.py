"""An incremental Server-Sent Events parser: feed it network chunks, get whole events back.

Pure (no I/O), so it can be fuzzed: any split of a byte stream into chunks parses to the same events,
including splits inside a multi-byte UTF-8 character or between the ``\\r`` and ``\\n`` of a line end.
Follows the WHATWG ``text/event-stream`` rules: lines end with ``\\r\\n``, ``\\n`` or ``\\r``; a blank line
ends an event; lines starting with ``:`` are comments (OpenRouter's ``: OPENROUTER PROCESSING`` keep-alives);
several ``data:`` lines join with ``\\n``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["SSEEvent", "SSEParser"]

_EOL = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One dispatched event. ``data`` is the ``data:`` lines joined with ``\\n``."""

    data: str
    event: str = "message"
    id: str | None = None


class SSEParser:
    """Feed with :meth:`feed_bytes` (or already decoded text with :meth:`feed`), then :meth:`close`.

    ``comments`` counts the comment lines seen (keep-alives), for logging.
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buf = ""
        self._started = False
        self._data: list[str] = []
        self._event = ""
        self._last_id: str | None = None
        self.comments = 0

    def feed_bytes(self, data: bytes) -> list[SSEEvent]:
        return self.feed(self._decoder.decode(data))

    def feed(self, text: str) -> list[SSEEvent]:
        if not text:
            return []
        if not self._started:
            self._started = True
            if text.startswith("\ufeff"):
                text = text[1:]
        self._buf += text
        events: list[SSEEvent] = []
        start = 0
        n = len(self._buf)
        while (m := _EOL.search(self._buf, start)) is not None:
            if m.group() == "\r" and m.end() == n:
                break  # maybe the first half of a "\r\n" split across chunks: wait for more
            self._line(self._buf[start:m.start()], events)
            start = m.end()
        self._buf = self._buf[start:]
        return events

    def close(self) -> list[SSEEvent]:
        """End of stream. Leniently treats it as the end of the last line and of the last event.

        (The spec drops an unterminated event; some local servers omit the final blank line.)
        """
        events = self.feed(self._decoder.decode(b"", final=True))
        if self._buf:
            line = self._buf[:-1] if self._buf.endswith("\r") else self._buf
            self._buf = ""
            self._line(line, events)
        self._dispatch(events)
        return events

    def _line(self, line: str, events: list[SSEEvent]) -> None:
        if not line:
            self._dispatch(events)
            return
        if line.startswith(":"):
            self.comments += 1
            return
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        # "retry" and unknown fields are ignored: the client has its own retry policy.

    def _dispatch(self, events: list[SSEEvent]) -> None:
        if self._data:
            events.append(SSEEvent("\n".join(self._data), self._event or "message", self._last_id))
        self._data = []
        self._event = ""
