"""The one shared HTTP client."""

from __future__ import annotations

import httpx

from council_desktop import __version__


def make_http_client(**kw: object) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` for every provider request of a process.

    Reads have no httpx deadline: the providers enforce their own first-token and total deadlines (keep-alive
    comments would reset an httpx read timeout anyway). Connects fail fast.
    """
    return httpx.AsyncClient(
        timeout=httpx.Timeout(30.0, connect=15.0, read=None),
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
        headers={"User-Agent": f"council-desktop/{__version__}"},
        **kw,  # type: ignore[arg-type]
    )
