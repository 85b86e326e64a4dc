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

from council_desktop.council.records import dataclass

__all__ = ["SSEEvent", "SSEEventTooLarge", "SSEParser"]

_EOL = re.compile(r"\r\n|\r|\n")


class SSEEventTooLarge(ValueError):
    """One event (its pending line plus its ``data:`` lines) passed the parser's ``max_event`` characters."""


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One dispatched event. ``data`` is the ``data:`` lines joined with ``\\n``."""

    data: str
    event: str = "message"
    id: str | None = None


class SSEParser:
    """Feed with :meth:`feed_bytes` (or already decoded text with :meth:`feed`), then :meth:`close`.

    Linear in the input: each chunk is scanned once, and a line split over many chunks is joined once, when it
    ends. ``max_event`` (characters, None for no limit) bounds what one event may hold while it is incomplete —
    an endless line or an endless run of ``data:`` lines raises :class:`SSEEventTooLarge` instead of growing.
    ``comments`` counts the comment lines seen (keep-alives), for logging.
    """

    def __init__(self, *, max_event: int | None = None) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending: list[str] = []  # pieces of the line not yet ended
        self._pending_len = 0
        self._after_cr = False  # the last chunk ended with "\r": a "\n" starting the next one is part of it
        self._started = False
        self._data: list[str] = []
        self._data_len = 0
        self._event = ""
        self._last_id: str | None = None
        self._max = max_event
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
        if self._after_cr:
            self._after_cr = False
            if text.startswith("\n"):
                text = text[1:]
        events: list[SSEEvent] = []
        start = 0
        for m in _EOL.finditer(text):
            piece = text[start:m.start()]
            if self._pending:
                self._pending.append(piece)
                piece = "".join(self._pending)
                self._pending = []
                self._pending_len = 0
            self._line(piece, events)
            start = m.end()
        if start < len(text):
            rest = text[start:]
            self._pending.append(rest)
            self._pending_len += len(rest)
            self._check_size()
        self._after_cr = text.endswith("\r")
        return events

    def close(self) -> list[SSEEvent]:
        """End of stream. Leniently treats it as the end of the last line and of the last event.

        (The spec drops an unterminated event; some local servers omit the final blank line.)
        """
        events = self.feed(self._decoder.decode(b"", final=True))
        if self._pending:
            line = "".join(self._pending)
            self._pending = []
            self._pending_len = 0
            self._line(line, events)
        self._dispatch(events)
        return events

    def _check_size(self) -> None:
        if self._max is not None and self._pending_len + self._data_len > self._max:
            self._pending, self._data = [], []  # the traceback keeps the parser alive: not what it held
            self._pending_len = self._data_len = 0
            raise SSEEventTooLarge(self._max)

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
            self._data_len += len(value) + 1
            self._check_size()
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        # "retry" and unknown fields are ignored: the client has its own retry policy.

    def _dispatch(self, events: list[SSEEvent]) -> None:
        if self._data:
            events.append(SSEEvent("\n".join(self._data), self._event or "message", self._last_id))
        self._data = []
        self._data_len = 0
        self._event = ""
