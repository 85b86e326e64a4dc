"""The one shared HTTP client."""

from __future__ import annotations

import ssl
import threading

import httpx

from council_desktop import __version__

_prepared: tuple[threading.Thread, dict[str, object]] | None = None
_lock = threading.Lock()


def prepare_tls() -> None:
    """Start building the TLS context of the next :func:`make_http_client` on a worker thread.

    The context is httpx's own (``httpx.create_ssl_context()``: certifi's CA bundle, or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR``), the one the client would build when it is created. Reading the bundle takes some 50 ms, and
    OpenSSL does it without holding the GIL: started before the engine's imports, it is ready by the time the
    client is made (``ask`` calls this first thing). Idempotent until the context is taken.
    """
    global _prepared
    with _lock:
        if _prepared is not None:
            return
        box: dict[str, object] = {}

        def build() -> None:
            try:
                box["context"] = httpx.create_ssl_context()
            except BaseException as e:  # handed to the thread that makes the client, raised there
                box["error"] = e

        thread = threading.Thread(target=build, name="tls-context", daemon=True)
        thread.start()
        _prepared = (thread, box)


def _take_prepared() -> ssl.SSLContext | None:
    """The context :func:`prepare_tls` built (waiting for it), or None when none was started."""
    global _prepared
    with _lock:
        prepared, _prepared = _prepared, None
    if prepared is None:
        return None
    thread, box = prepared
    thread.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]  # what httpx would have raised creating the client
    context = box["context"]
    assert isinstance(context, ssl.SSLContext)
    return context


def make_http_client(**kw: object) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` for every provider request of a process.

    Reads have no httpx deadline: the providers enforce their own first-token and total deadlines (keep-alive
    comments would reset an httpx read timeout anyway). Connects fail fast. The TLS context is the one
    :func:`prepare_tls` started, when it did (unless ``verify`` or ``trust_env`` is given).
    """
    if "verify" not in kw and "trust_env" not in kw:
        context = _take_prepared()
        if context is not None:
            kw["verify"] = context
    return httpx.AsyncClient(
        timeout=httpx.Timeout(30.0, connect=15.0, read=None),
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
        headers={"User-Agent": f"council-desktop/{__version__}"},
        **kw,  # type: ignore[arg-type]
    )
