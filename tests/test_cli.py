"""The command-line contract, driven as a user would: real processes against a local fake OpenRouter."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from council_desktop import __version__
from council_desktop.devserver import FakeOpenRouter, ServerOptions

KEY = "sk-or-v1-test-secret-0123456789"


@pytest.fixture
def server():
    with FakeOpenRouter(ServerOptions(tokens=8, delay=0.002, key=KEY)) as srv:
        yield srv


def cli_env(home, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENROUTER_API_KEY", "OPENROUTER_BASE_URL")}
    env.update(COUNCIL_DESKTOP_HOME=str(home), OPENROUTER_API_KEY=KEY, PYTHONUNBUFFERED="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.update(extra)
    return {k: v for k, v in env.items() if v is not None}


def run_cli(args, home, *, input=None, timeout=60, **env):
    return subprocess.run([sys.executable, "-m", "council_desktop", *args], input=input, capture_output=True,
                          text=True, timeout=timeout, env=cli_env(home, **env))


def events_of(stdout):
    lines = [ln for ln in stdout.splitlines() if ln.strip()]
    return [json.loads(ln) for ln in lines]  # every stdout line must be JSON


def ask(server, *extra):
    return ["ask", "Why is the sky blue?", "--model", "test/alpha", "--model", "test/beta",
            "--model", "test/gamma", "--chairman", "test/chair", "--base-url", server.base_url, *extra]


def test_version(tmp_path):
    r = run_cli(["--version"], tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == f"council-desktop {__version__}"


def test_ask_jsonl_streams_every_event_as_json(server, tmp_path):
    r = run_cli(ask(server, "--jsonl", "--no-save"), tmp_path)
    assert r.returncode == 0, r.stderr
    evs = events_of(r.stdout)
    types = [e["type"] for e in evs]
    assert types[0] == "stage_start" and types[-2:] == ["run_end", "result"]
    assert [e["stage"] for e in evs if e["type"] == "stage_start"] == [1, 2, 3]
    progress = [e["token_count"] for e in evs if e["type"] == "model_progress" and e["model"] == "test/alpha"
                and e["stage"] == 1 and e["status"] == "generating"]
    # the live count goes out with the deltas (at once for the first chunk, then at most every 50 ms): it rises,
    # and the last one before model_complete is the whole count
    assert progress[0] == 1 and progress[-1] == 8 and progress == sorted(progress)
    done = [e for e in evs if e["type"] == "model_complete" and e["stage"] == 1]
    assert {d["model"] for d in done} == {"test/alpha", "test/beta", "test/gamma"}
    assert all(d["exact_tokens"] and d["token_count"] == 8 and d["cost"] is not None for d in done)
    stage_done = {e["stage"]: e for e in evs if e["type"] == "stage_complete"}
    assert len(stage_done[1]["answers"]) == 3 and stage_done[1]["errors"] == []
    assert all(r["parse_status"] == "ok" for r in stage_done[2]["reviews"]) and len(stage_done[2]["aggregate"]) == 3
    assert stage_done[3]["synthesis"]["model"] == "test/chair"
    result = evs[-1]["data"]
    assert result["status"] == "complete" and result["final_answer"]
    assert result["members"] == ["test/alpha", "test/beta", "test/gamma"] and result["chairman"] == "test/chair"
    assert all(r["parse_status"] == "ok" for r in result["stage2"]["reviews"])
    assert [a["position"] for a in result["aggregate_ranking"]] == [1, 2, 3]
    assert KEY not in r.stdout + r.stderr
    # the server really got max_tokens and a temperature
    assert all("max_tokens" in q and "temperature" in q and q["stream"] is True for q in server.requests)


def test_ask_human_mode_progress_on_stderr_answer_on_stdout(server, tmp_path):
    r = run_cli(ask(server, "--no-save"), tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Stage 1/3 — Independent answers" in r.stderr and "Stage 3/3 — Chairman synthesis" in r.stderr
    assert "✓ test/alpha" in r.stderr
    assert r.stdout.strip().startswith("the council weighs")
    assert "Stage" not in r.stdout


def test_prompt_from_stdin(server, tmp_path):
    args = ask(server, "--jsonl", "--no-save")
    args[1] = "-"
    r = run_cli(args, tmp_path, input="What is 2+2?\n")
    assert r.returncode == 0, r.stderr
    assert events_of(r.stdout)[-1]["data"]["prompt"] == "What is 2+2?"


@pytest.mark.parametrize("prompt, stdin", [("   ", None), ("-", "")])
def test_empty_prompt_is_bad_usage(server, tmp_path, prompt, stdin):
    args = ask(server)
    args[1] = prompt
    r = run_cli(args, tmp_path, input=stdin)
    assert r.returncode == 2
    assert "prompt is empty" in r.stderr and r.stdout == ""
    assert server.requests == []


def test_no_key_is_bad_usage_and_says_where(server, tmp_path):
    r = run_cli(ask(server), tmp_path, OPENROUTER_API_KEY=None)
    assert r.returncode == 2
    assert "no OpenRouter API key" in r.stderr and "OPENROUTER_API_KEY" in r.stderr
    assert server.requests == []


def test_unknown_option_is_bad_usage(tmp_path):
    r = run_cli(["ask", "q", "--frobnicate"], tmp_path)
    assert r.returncode == 2 and "unrecognized arguments" in r.stderr


def test_wrong_key_fails_the_council_with_exit_1(server, tmp_path):
    r = run_cli(ask(server, "--jsonl", "--no-save"), tmp_path, OPENROUTER_API_KEY="sk-wrong-key-xyz")
    assert r.returncode == 1
    evs = events_of(r.stdout)
    assert evs[-1]["type"] == "error" and "No council member answered" in evs[-1]["message"]
    errs = [e for e in evs if e["type"] == "model_error"]
    assert {e["kind"] for e in errs} == {"auth"} and {e["status_code"] for e in errs} == {401}
    assert "sk-wrong-key-xyz" not in r.stdout + r.stderr


def test_failing_members_are_left_out(server, tmp_path):
    args = ["ask", "q", "--model", "test/alpha", "--model", "test/beta-fail-429", "--model", "test/gamma-broken",
            "--chairman", "test/chair", "--base-url", server.base_url, "--jsonl", "--no-save"]
    r = run_cli(args, tmp_path)
    assert r.returncode == 0, r.stderr
    evs = events_of(r.stdout)
    errs = {e["model"]: e for e in evs if e["type"] == "model_error"}
    assert errs["test/beta-fail-429"]["kind"] == "rate_limit"
    assert errs["test/gamma-broken"]["kind"] == "stream_broken"
    retrying = [e for e in evs if e["type"] == "model_progress" and e["status"] == "retrying"]
    assert retrying and all(e["model"] == "test/beta-fail-429" for e in retrying)
    result = evs[-1]["data"]
    assert result["stage2"]["skipped"] is True and "only test/alpha answered" in result["stage2"]["notice"]


def test_hanging_member_times_out(server, tmp_path):
    args = ["ask", "q", "--model", "test/alpha", "--model", "test/beta-hang", "--chairman", "test/chair",
            "--base-url", server.base_url, "--timeout", "0.5", "--jsonl", "--no-save"]
    t0 = time.monotonic()
    r = run_cli(args, tmp_path)
    assert r.returncode == 0, r.stderr
    assert time.monotonic() - t0 < 20
    err = next(e for e in events_of(r.stdout) if e["type"] == "model_error")
    assert err["model"] == "test/beta-hang" and err["kind"] == "timeout"


def test_base_url_from_environment(server, tmp_path):
    args = ["ask", "q", "--model", "test/alpha", "--chairman", "test/chair", "--jsonl", "--no-save"]
    r = run_cli(args, tmp_path, OPENROUTER_BASE_URL=server.base_url)
    assert r.returncode == 0, r.stderr
    assert len(server.requests) == 2  # one answer, no review, one synthesis


def test_sigint_closes_streams_and_exits_130(server, tmp_path):
    args = ["ask", "q", "--model", "test/alpha-hang", "--model", "test/beta-hang", "--chairman", "test/chair",
            "--base-url", server.base_url, "--jsonl", "--no-save"]
    p = subprocess.Popen([sys.executable, "-m", "council_desktop", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=cli_env(tmp_path))
    try:
        deadline = time.monotonic() + 20
        while len(server.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(server.requests) == 2
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=15)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 130, err
    evs = events_of(out)
    cancelled = [e for e in evs if e["type"] == "model_error"]
    assert {e["model"] for e in cancelled} == {"test/alpha-hang", "test/beta-hang"}
    assert {e["kind"] for e in cancelled} == {"cancelled"}
    assert evs[-1]["type"] == "error"
    assert "Traceback" not in err


def test_log_file_is_timestamped_and_keyless(server, tmp_path):
    r = run_cli(ask(server, "--no-save"), tmp_path)
    assert r.returncode == 0
    log = (tmp_path / "logs" / "council-desktop.log").read_text(encoding="utf-8")
    assert KEY not in log
    first = log.splitlines()[0]
    assert first[:4].isdigit() and first[19] == "." and "[INFO]" in first


def test_corrupt_history_does_not_stop_ask_and_is_left_alone(server, tmp_path):
    db = tmp_path / "data" / "history.sqlite3"
    db.parent.mkdir(parents=True)
    garbage = b"this is not a database\n" * 100
    db.write_bytes(garbage)
    r = run_cli(ask(server), tmp_path)
    assert r.returncode == 0, r.stderr
    assert "will not be saved" in r.stderr and str(db) in r.stderr
    assert db.read_bytes() == garbage


def test_ctrl_c_while_reading_the_prompt_from_stdin_exits_130(tmp_path):
    p = subprocess.Popen([sys.executable, "-m", "council_desktop", "ask", "-", "--model", "a", "--chairman", "a"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env=cli_env(tmp_path))
    try:
        time.sleep(1.5)  # it is blocked reading stdin
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=15)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 130
    assert "interrupted" in err and "Traceback" not in err


def test_window_without_a_display_says_so(tmp_path):
    r = run_cli([], tmp_path, DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    assert r.returncode == 1
    assert "no display" in r.stderr and "Traceback" not in r.stderr


def test_self_test_leaves_no_trace_in_the_users_folders(tmp_path):
    r = run_cli(["--self-test"], tmp_path, QT_QPA_PLATFORM="offscreen")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed" in r.stdout
    assert not tmp_path.joinpath("logs").exists() and not tmp_path.joinpath("data").exists()


# -- Qt's own options -------------------------------------------------------------------------------------------

def test_qt_options_are_split_from_ours():
    from council_desktop.qt_args import split_qt_args

    assert split_qt_args(["-style", "fusion"]) == (["-style", "fusion"], [])
    assert split_qt_args(["--style=fusion", "-reverse", "--version"]) == (["--style=fusion", "-reverse"],
                                                                          ["--version"])
    assert split_qt_args(["-platform", "xcb", "history", "--limit", "3"]) == (["-platform", "xcb"],
                                                                              ["history", "--limit", "3"])
    assert split_qt_args(["ask", "-reverse"]) == ([], ["ask", "-reverse"])  # a question, not Qt's option
    assert split_qt_args(["ask", "-", "--model", "m"]) == ([], ["ask", "-", "--model", "m"])


def test_qt_options_go_to_the_window_and_not_to_a_command(monkeypatch, capsys):
    from council_desktop import app, cli

    seen: list[list[str]] = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app, "run_gui", lambda argv: seen.append(argv) or 0)
    assert cli.main(["-style", "fusion", "-reverse"]) == 0
    assert seen == [["-style", "fusion", "-reverse"]]
    assert cli.main(["-style", "fusion", "history"]) == 2
    assert "apply to the window only" in capsys.readouterr().err


def test_the_window_starts_with_a_qt_style_option(tmp_path):
    """``council-desktop -style fusion`` opens the window in that style (it used to be "invalid choice")."""
    p = subprocess.Popen([sys.executable, "-m", "council_desktop", "-style", "fusion"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=cli_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    try:
        log = tmp_path / "logs" / "council-desktop.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and p.poll() is None and "style " not in (
                log.read_text(encoding="utf-8") if log.exists() else ""):
            time.sleep(0.1)
        time.sleep(0.5)
        assert p.poll() is None, p.communicate()[1]  # still running: the window is open
        p.send_signal(signal.SIGTERM)  # closes the window cleanly
        out, err = p.communicate(timeout=20)
    finally:
        if p.poll() is None:
            p.kill()
    assert "invalid choice" not in err and "unrecognized" not in err and "Traceback" not in err
    assert "style fusion" in log.read_text(encoding="utf-8").lower()
    assert p.returncode == 0, err


def test_a_command_builds_only_its_own_parser_and_parses_the_same():
    """main() builds only the named command's parser: the same arguments come out as with every parser built."""
    from council_desktop.cli import COMMANDS, build_parser

    full = build_parser()
    assert sorted(full._subparsers._group_actions[0].choices) == sorted(COMMANDS)  # every command is known
    for argv in (["ask", "q", "--model", "a/b", "--jsonl", "--budget", "$2"], ["rerun", "abc", "--member", "m"],
                 ["history", "--limit", "3"], ["export", "r", "-o", "x.md"], ["stats", "--since", "2025-01"],
                 ["presets", "export", "f.json", "--name", "p"]):
        only = build_parser(argv[0])
        assert list(only._subparsers._group_actions[0].choices) == (
            [argv[0]] if argv[0] not in ("history", "show", "export", "import", "delete")
            else ["history", "show", "export", "import", "delete"])
        a, b = vars(full.parse_args(argv)), vars(only.parse_args(argv))
        assert a.keys() == b.keys() and all(a[k] == b[k] or callable(a[k]) for k in a)


def test_ask_starts_without_what_its_first_request_does_not_need():
    """What ask imports before its first request: not the estimate, the presets, the history (sqlite3, psutil),
    the peer ranking, the keyring (the key is in the environment), Qt, uuid or html."""
    code = ("import sys\n"
            "import council_desktop.cli, council_desktop.ask_cmd, council_desktop.provider_setup, council_desktop.net\n"
            "import council_desktop.logging_setup\n"
            "print(' '.join(sorted(sys.modules)))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded = set(r.stdout.split())
    for name in ("council_desktop.council.estimate", "council_desktop.storage.presets", "council_desktop.storage.history",
                 "council_desktop.storage.recorder", "council_desktop.council.ranking", "council_desktop.estimate_cmd",
                 "council_desktop.history_cmds", "sqlite3", "psutil", "keyring", "PySide6", "uuid", "html"):
        assert name not in loaded, name


def test_the_garbage_collector_is_paused_for_the_start_and_back_after_a_request():
    import gc

    from council_desktop import cli
    from council_desktop.ask_cmd import _resume_gc_after
    from council_desktop.council.events import ModelDelta, ModelError, ModelProgress, ModelStart, StageStart

    assert gc.isenabled()
    with cli._starting_run():
        assert not gc.isenabled()
        for ev in (StageStart(1, ("a/b",)), ModelStart(1, "a/b"), ModelProgress(1, "a/b", 0, "queued"),
                   ModelProgress(1, "a/b", 0, "waiting")):  # before any request is answered
            _resume_gc_after(ev)
            assert not gc.isenabled()
        _resume_gc_after(ModelDelta(1, "a/b", "x"))  # an answer: a request was on the wire
        assert gc.isenabled()
    assert gc.isenabled()
    with cli._starting_run():
        _resume_gc_after(ModelError(1, "a/b", "refused", "upstream"))  # a failure counts too
        assert gc.isenabled()
    with pytest.raises(RuntimeError), cli._starting_run():  # the command ends before any request
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()  # a collector someone else turned off stays off
    try:
        with cli._starting_run():
            _resume_gc_after(ModelDelta(1, "a/b", "x"))
        assert not gc.isenabled()
    finally:
        gc.enable()
