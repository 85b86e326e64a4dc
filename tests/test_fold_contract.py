"""The README's promise, through the real program: folding a run's --jsonl events gives exactly its `result`
record, and exactly what `show RUN_ID --format json` returns after the run is reopened — for complete, failed,
cancelled and ended-early runs."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from council_desktop.council.events import event_from_dict
from council_desktop.council.state import fold
from council_desktop.devserver import FakeOpenRouter, ServerOptions
from tests.test_cli import KEY, cli_env, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def server():
    with FakeOpenRouter(ServerOptions(tokens=12, delay=0.01, key=KEY)) as srv:
        yield srv


def folded(stdout: str):
    events = [event_from_dict(json.loads(line)) for line in stdout.splitlines() if line.strip()]
    return events, fold([e for e in events if e.type != "result"])


def show(home, run_id):
    r = run_cli(["show", run_id, "--format", "json"], home)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


SCENARIOS = {
    "complete": (["test/alpha", "test/beta", "test/fail-402-gamma"], []),
    "failed": (["test/fail-402-a", "test/broken-b"], []),
    "ended early (quorum)": (["test/alpha", "test/beta", "test/hang-gamma"], ["--quorum", "2"]),
    "ended early (deadline)": (["test/alpha", "test/hang-beta"], ["--stage-deadline", "1.5"]),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_events_fold_into_the_record(server, tmp_path, name):
    members, extra = SCENARIOS[name]
    args = ["ask", "Why is the sky blue?", "--chairman", "test/chair", "--base-url", server.base_url, "--jsonl",
            *extra]
    for m in members:
        args += ["--model", m]
    r = run_cli(args, tmp_path, timeout=90)
    assert r.returncode == (1 if name == "failed" else 0), r.stderr
    events, state = folded(r.stdout)
    record = state.to_dict()
    if name != "failed":
        assert events[-1].type == "result" and events[-1].data == record
    assert show(tmp_path, state.id) == record
    if name.startswith("ended early"):
        hung = next(m for m in state.stage1 if "hang" in m.model)
        assert hung.status == "cancelled" and state.stage_state(1).ended_early
        assert state.status == "complete"
    if name == "failed":
        assert state.status == "failed" and all(m.status == "failed" for m in state.stage1)


def test_a_cancelled_run_folds_into_what_history_keeps(server, tmp_path):
    args = ["ask", "q", "--model", "test/alpha", "--model", "test/hang-beta", "--chairman", "test/chair",
            "--base-url", server.base_url, "--jsonl"]
    proc = subprocess.Popen([sys.executable, "-m", "council_desktop", *args], env=cli_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # wait until alpha has finished and beta is waiting
        line = proc.stdout.readline()
        lines.append(line)
        if '"model_complete"' in line and "test/alpha" in line:
            break
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    events, state = folded("".join(lines) + out)
    assert state.status == "cancelled" and events[-1].type == "error"
    assert state.find(1, "test/hang-beta").status == "cancelled"
    assert show(tmp_path, state.id) == state.to_dict()
