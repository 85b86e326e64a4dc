"""Reading a response body with bounded memory, decompression included.

httpx inflates each network read in one go: one 64 KB read of a gzip bomb becomes ~64 MB before the caller sees a
byte. Here the raw bytes are inflated by hand in pieces of at most :data:`PIECE` bytes, so a caller that stops
at its limit never holds more than that limit plus one piece.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncGenerator, Iterator
from typing import cast

import httpx

__all__ = ["ACCEPT_ENCODING", "ERROR_BODY_LIMIT", "PIECE", "BodyReader", "BodyTooLarge", "UnsupportedEncoding",
           "read_capped", "request_capped"]

PIECE = 64 * 1024
ACCEPT_ENCODING = "gzip, deflate"  # what we can inflate piece by piece (httpx would also ask for br/zstd)
ERROR_BODY_LIMIT = 16 * 1024
"""Of an error response only this much is read (decoded): enough for any message we quote."""


class UnsupportedEncoding(Exception):
    """The body uses a ``Content-Encoding`` we do not read."""


class BodyTooLarge(Exception):
    """The decoded body passed its limit."""


class _Inflater:
    """gzip or deflate (zlib-wrapped or raw, as httpx accepts), inflated at most ``piece`` bytes at a time."""

    def __init__(self, encoding: str, piece: int) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._piece = piece
        self._first = True
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self._first and data and not self._gzip:
            self._first = False
            try:  # deflate is meant to be zlib-wrapped; some servers send it raw
                probe = zlib.decompressobj(zlib.MAX_WBITS)
                probe.decompress(data[:2])
            except zlib.error:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        buf = data
        while True:
            try:
                out = self._z.decompress(buf, self._piece)
            except zlib.error as e:
                raise httpx.DecodingError(f"the body could not be decompressed ({e})") from None
            if out:
                yield out
            buf = self._z.unconsumed_tail
            if not buf and len(out) < self._piece:
                return

    def flush(self) -> Iterator[bytes]:
        try:
            out = self._z.flush()
        except zlib.error as e:
            raise httpx.DecodingError(f"the body could not be decompressed ({e})") from None
        for i in range(0, len(out), self._piece):
            yield out[i:i + self._piece]


class BodyReader:
    """The decoded body of ``resp``, piece by piece; close it (it closes the raw stream) when done.

    Raises :class:`UnsupportedEncoding` at once for a ``Content-Encoding`` other than gzip, deflate, identity.
    """

    def __init__(self, resp: httpx.Response, *, piece: int = PIECE) -> None:
        codings = [c.strip().lower() for c in resp.headers.get("content-encoding", "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        for c in codings:
            if c not in ("gzip", "x-gzip", "deflate"):
                raise UnsupportedEncoding(c)
        # Applied in reverse order of the header (the last coding listed was applied last).
        self._inflaters = [_Inflater(c, piece) for c in reversed(codings)]
        self._raw = cast(AsyncGenerator[bytes, None], resp.aiter_raw())
        self._ready: Iterator[bytes] = iter(())
        self._ended = False
        self.decoded_bytes = 0

    def _through(self, data: bytes, level: int, *, final: bool) -> Iterator[bytes]:
        if level == len(self._inflaters):
            if data:
                yield data
            return
        inflater = self._inflaters[level]
        for out in inflater.decode(data):
            yield from self._through(out, level + 1, final=False)
        if final:
            for out in inflater.flush():
                yield from self._through(out, level + 1, final=False)
            yield from self._through(b"", level + 1, final=True)

    async def next(self) -> bytes | None:
        """The next decoded piece, or None at the end of the body."""
        while True:
            for out in self._ready:
                self.decoded_bytes += len(out)
                return out
            if self._ended:
                return None
            try:
                raw = await anext(self._raw)
            except StopAsyncIteration:
                self._ended = True
                self._ready = self._through(b"", 0, final=True)
                continue
            self._ready = self._through(raw, 0, final=False)

    async def aclose(self) -> None:
        await self._raw.aclose()


async def read_capped(resp: httpx.Response, limit: int, *, strict: bool = True) -> bytes:
    """The decoded body, at most ``limit`` bytes. Past it: :class:`BodyTooLarge` if ``strict``, else the first
    ``limit`` bytes (the rest is never read)."""
    reader = BodyReader(resp)
    parts: list[bytes] = []
    size = 0
    try:
        while (piece := await reader.next()) is not None:
            if size + len(piece) > limit:
                if strict:
                    parts.clear()  # the exception's traceback keeps this frame alive: not the megabytes
                    raise BodyTooLarge(limit)
                parts.append(piece[:limit - size])
                break
            parts.append(piece)
            size += len(piece)
    finally:
        await reader.aclose()
    return b"".join(parts)


async def request_capped(http: httpx.AsyncClient, method: str, url: str, *, limit: int,
                         headers: dict[str, str] | None = None, **kw: object) -> tuple[httpx.Response, bytes]:
    """One request whose body is read with bounded memory: a 2xx body up to ``limit`` bytes (past it
    :class:`BodyTooLarge`), any other body up to :data:`ERROR_BODY_LIMIT` (the rest unread). The response is
    closed on return; read its status and headers."""
    async with http.stream(method, url, headers={"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})},
                           **kw) as resp:  # type: ignore[arg-type]
        if resp.is_success:
            return resp, await read_capped(resp, limit)
        return resp, await read_capped(resp, min(limit, ERROR_BODY_LIMIT), strict=False)
