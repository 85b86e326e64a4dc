"""The shared HTTP client: its TLS context may be built ahead, on a worker thread (``prepare_tls``)."""

from __future__ import annotations

import ssl

import httpx
import pytest

from council_desktop import net


@pytest.fixture(autouse=True)
def _nothing_prepared():
    net._take_prepared()  # a context another test left behind
    yield
    net._take_prepared()


@pytest.fixture
def made(monkeypatch):
    """The keyword arguments each ``httpx.AsyncClient`` was made with."""
    calls: list[dict[str, object]] = []

    def fake(**kw):
        calls.append(kw)
        return object()

    monkeypatch.setattr(httpx, "AsyncClient", fake)
    return calls


def test_the_prepared_context_is_httpx_own_and_used_once(made):
    net.prepare_tls()
    net.prepare_tls()  # idempotent: one context
    net.make_http_client()
    context = made[0]["verify"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.get_ca_certs() == httpx.create_ssl_context().get_ca_certs()  # the same trust store
    net.make_http_client()  # the next client builds its own, as httpx does
    assert "verify" not in made[1]


def test_without_prepare_tls_httpx_builds_the_context(made):
    net.make_http_client()
    assert "verify" not in made[0]


def test_an_explicit_verify_or_trust_env_wins(made):
    net.prepare_tls()
    net.make_http_client(trust_env=False)
    net.make_http_client(verify=False)
    assert "verify" not in made[0] and made[1]["verify"] is False
    net.make_http_client()
    assert isinstance(made[2]["verify"], ssl.SSLContext)  # still there for the client that takes it


def test_a_context_that_cannot_be_built_fails_where_httpx_would(monkeypatch, tmp_path):
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(FileNotFoundError):  # httpx itself, without a prepared context
        net.make_http_client()
    net.prepare_tls()
    with pytest.raises(FileNotFoundError):
        net.make_http_client()
    assert net._take_prepared() is None  # taken, error and all


async def test_a_real_client_with_the_prepared_context_opens_and_closes():
    net.prepare_tls()
    async with net.make_http_client() as http:
        assert not http.is_closed
    assert http.is_closed
