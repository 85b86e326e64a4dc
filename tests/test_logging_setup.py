"""Every log record passes the one redaction: message, arguments, exception text, stack."""

import logging

import pytest

from council_desktop.council import text
from council_desktop.logging_setup import setup_logging

KEY = "pk-some-provider-" + "a1b2c3d4" * 4


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setattr(text, "_remembered", ())
    path = tmp_path / "logs" / "council-desktop.log"
    setup_logging(path, console_level=logging.CRITICAL)
    yield path
    setup_logging(None, console_level=logging.CRITICAL)


def test_no_key_reaches_the_log_file_however_it_is_logged(log_file, capsys):
    text.remember_secret(KEY)
    log = logging.getLogger("council_desktop.test")
    log.info("message with the key %s and %r", KEY, {"auth": f"Bearer {KEY}"})
    log.warning(f"f-string with sk-or-v1-{'9' * 64}")
    try:
        raise RuntimeError(f"Illegal header value b'Bearer {KEY}'")
    except RuntimeError:
        log.exception("request failed")
    log.error("with a stack", stack_info=True, extra={"k": KEY})
    for h in logging.getLogger("council_desktop").handlers:
        h.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "message with the key [redacted]" in written and "RuntimeError" in written
    assert KEY not in written and KEY[:12] not in written and "9" * 20 not in written
    assert KEY not in capsys.readouterr().err


def test_a_child_logger_record_is_redacted_too(log_file):
    logging.getLogger("council_desktop.providers.openai_compat").warning("key sk-or-v1-abcdef0123456789")
    for h in logging.getLogger("council_desktop").handlers:
        h.flush()
    assert "abcdef0123456789" not in log_file.read_text(encoding="utf-8")


def test_the_console_line_of_an_exception_is_redacted_too(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(text, "_remembered", ())
    text.remember_secret(KEY)
    setup_logging(tmp_path / "logs" / "x.log", console_level=logging.WARNING)
    try:
        try:
            raise ValueError(f"header value 'Bearer {KEY}' is illegal")
        except ValueError:
            logging.getLogger("council_desktop.test").exception("send failed")
        err = capsys.readouterr().err
        assert "send failed" in err and "ValueError" in err
        assert KEY not in err and KEY[:12] not in err
    finally:
        setup_logging(None, console_level=logging.CRITICAL)
