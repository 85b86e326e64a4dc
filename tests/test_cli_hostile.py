"""``ask`` against a hostile server, with a canary key: the key is nowhere a person or a file could see it; broken
text and bad input end in clear messages, never a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from council_desktop.ask_cmd import HumanPrinter
from council_desktop.council.events import Error
from tests.hostile_server import HostileServer
from tests.test_cli import cli_env

CANARY = "sk-or-v1-" + "c4n4ry0123456789" * 4
HOSTILE = ["echo-401", "echo-html200", "echo-json200", "echo-escaped", "echo-answer", "echo-midstream",
           "surrogate", "escape", "context", "good"]


def run(args, home, *, input=None, key=CANARY, text=True, timeout=60):
    return subprocess.run([sys.executable, "-m", "council_desktop", *args], input=input, capture_output=True,
                          text=text, timeout=timeout, env=cli_env(home, OPENROUTER_API_KEY=key))


def shows_canary(data: str | bytes) -> bool:
    """The canary, or any 12 characters of its secret part, in ``data``."""
    secret = CANARY[len("sk-or-v1-"):]
    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    return any(secret[i:i + 12] in data for i in range(len(secret) - 11))


@pytest.fixture
def server():
    with HostileServer() as srv:
        yield srv


@pytest.mark.slow
@pytest.mark.timeout(240)  # five CLI processes: minutes on a loaded machine
def test_the_canary_key_never_leaks_anywhere(server, tmp_path):
    home = tmp_path / "home"
    members = [x for m in HOSTILE for x in ("--model", f"h/{m}")]
    outputs = []
    for mode in (["--jsonl"], []):
        r = run(["ask", "Hello?", *members, "--chairman", "h/good", "--base-url", server.base_url, *mode], home)
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        outputs += [r.stdout, r.stderr]
    events = [json.loads(line) for line in outputs[0].splitlines()]  # --jsonl survived the lone surrogate
    errors = {e["model"]: e for e in events if e["type"] == "model_error"}
    assert errors["h/context"]["kind"] == "context_length"
    assert server.requests.count("h/context") == 2  # once per run: never retried
    answers = {e["model"]: e["text"] for e in events if e["type"] == "model_complete" and e["stage"] == 1}
    assert "\ufffd" in answers["h/surrogate"] and "[redacted]" in answers["h/echo-answer"]
    assert "\x1b" not in outputs[1] + outputs[3]  # the human mode's stderr: no escape sequence from the server

    run_id = events[-1]["data"]["id"]
    for fmt in ("md", "json"):
        r = run(["export", run_id, "--output", str(tmp_path / f"run.{fmt}")], home)
        assert r.returncode == 0, r.stderr
    r = run(["show", run_id, "--format", "json"], home)
    assert r.returncode == 0
    outputs.append(r.stdout)

    for i, out in enumerate(outputs):
        assert not shows_canary(out), f"output {i}"
    files = [p for p in (*home.rglob("*"), *tmp_path.glob("run.*")) if p.is_file()]
    assert any(p.name.startswith("history") for p in files) and any(p.suffix == ".log" for p in files)
    for path in files:  # the history database (and its WAL), the log, the exports
        assert not shows_canary(path.read_bytes()), path.name


@pytest.mark.parametrize("bad", [CANARY[:20] + "\n" + CANARY[20:], CANARY + "\x1b[2J", CANARY + "…"])
def test_an_unusable_env_key_is_bad_usage_and_is_not_quoted(server, tmp_path, bad):
    r = run(["ask", "q", "--model", "h/good", "--chairman", "h/good", "--base-url", server.base_url], tmp_path,
            key=bad)
    assert r.returncode == 2, r.stderr
    assert "OPENROUTER_API_KEY" in r.stderr and "cannot be sent" in r.stderr
    assert not shows_canary(r.stderr) and "Traceback" not in r.stderr
    assert server.requests == []


def test_non_utf8_arguments_and_stdin_are_bad_usage(server, tmp_path):
    base = ["--chairman", "h/good", "--base-url", server.base_url]
    cases = [
        ([b"ask", b"caf\xe9?", b"--model", b"h/good", *(a.encode() for a in base)], None),
        ([b"ask", b"q", b"--model", b"h/\xff", *(a.encode() for a in base)], None),
        ([b"ask", b"-", b"--model", b"h/good", *(a.encode() for a in base)], b"caf\xe9 \xff?"),
    ]
    for args, stdin in cases:
        r = subprocess.run([sys.executable.encode(), b"-m", b"council_desktop", *args], input=stdin,
                           capture_output=True, timeout=60, env=cli_env(tmp_path, OPENROUTER_API_KEY=CANARY))
        err = r.stderr.decode("utf-8", "replace")
        assert r.returncode == 2, err
        assert "not valid UTF-8" in err and "Traceback" not in err
    assert server.requests == []


def test_plain_http_to_another_machine_is_refused_without_the_flag(tmp_path):
    r = run(["ask", "q", "--model", "m/a", "--chairman", "m/a", "--base-url", "http://192.0.2.7:8080/api/v1"],
            tmp_path)
    assert r.returncode == 2
    assert "http://192.0.2.7:8080/api/v1" in r.stderr and "unencrypted" in r.stderr
    assert "--allow-insecure-http" in r.stderr


def test_the_flag_lets_it_through_with_a_warning(capsys):
    import argparse

    from council_desktop.ask_cmd import _check_key_and_transport
    from council_desktop.council.orchestrator import RunSpec
    from council_desktop.storage.keystore import KeyStore
    from council_desktop.storage.settings import ProviderConfig, Settings

    settings = Settings(providers=(ProviderConfig("lan", "http://192.168.1.5:11434/v1"),
                                   ProviderConfig("paid", "http://user:pw@10.1.1.1/v1", has_key=True)))
    spec = RunSpec.create("q", ["m/a", "x@lan", "y@paid"], "m/a")
    args = argparse.Namespace(base_url="https://openrouter.ai/api/v1", allow_insecure_http=True)
    _check_key_and_transport(spec, settings, KeyStore(env={"OPENROUTER_API_KEY": CANARY}), args)
    err = capsys.readouterr().err
    assert "warning" in err and "paid at http://[redacted]@10.1.1.1/v1" in err
    assert "lan" not in err  # a keyless provider sends no key
    assert "pw" not in err


def test_server_text_printed_to_the_terminal_loses_its_escape_sequences():
    out = io.StringIO()
    printer = HumanPrinter(out)
    printer(Error("boom \x1b]0;pwned\x07\x1b[2J\x1b[31mred\r\x9b2J end"), None)
    assert out.getvalue() == "Error: boom red end\n"
