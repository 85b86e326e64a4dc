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


@pytest.fixture
def tls_server(tmp_path):
    """A one-page HTTPS server on 127.0.0.1 with a throw-away self-signed certificate; yields (url, cert file)."""
    import datetime
    import ipaddress
    import socket
    import threading

    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert_file, key_file)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            try:
                with server_ctx.wrap_socket(conn, server_side=True) as tls:
                    tls.settimeout(5)
                    tls.recv(65536)
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            except (OSError, ssl.SSLError):
                pass  # a client that refused the certificate

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{listener.getsockname()[1]}/", cert_file
    stop.set()
    thread.join(5)
    listener.close()


async def test_the_prepared_context_verifies_certificates_as_httpx_does(tls_server, monkeypatch):
    url, cert_file = tls_server
    for prepared in (False, True):  # a self-signed certificate is refused, prepared context or not
        if prepared:
            net.prepare_tls()
        async with net.make_http_client() as http:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await http.get(url)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))  # trusted through the environment: on the worker too
    net.prepare_tls()
    async with net.make_http_client() as http:
        assert (await http.get(url)).text == "ok"
