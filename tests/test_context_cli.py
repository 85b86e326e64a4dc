"""A prompt that cannot fit a member's context window is refused before it is sent, through the real CLI."""

import json
import os
import subprocess
import sys

from council_desktop.devserver import FakeOpenRouter, ServerOptions
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import ProviderConfig, Settings, SettingsStore


def test_a_member_whose_window_is_too_small_fails_at_once_without_requests(tmp_path):
    home = tmp_path / "home"
    with FakeOpenRouter(ServerOptions(tokens=4, delay=0.001)) as srv:
        local = ProviderConfig("local", srv.base_url, max_concurrent=1)
        settings = Settings(members=("test/alpha@local", "test/beta@local"), chairman="test/alpha@local",
                            providers=(local,), context_lengths={"test/alpha@local": 1024})
        SettingsStore(app_paths({"COUNCIL_DESKTOP_HOME": str(home)}).settings_file).save(settings)
        env = {k: v for k, v in os.environ.items() if k not in ("OPENROUTER_API_KEY", "OPENROUTER_BASE_URL")}
        env.update(COUNCIL_DESKTOP_HOME=str(home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        question = "Why is the sky blue? " + "Consider every detail. " * 260  # ≈2,000 tokens by the estimate
        r = subprocess.run([sys.executable, "-m", "council_desktop", "ask", question, "--jsonl", "--no-save"],
                           capture_output=True, text=True, timeout=60, env=env)
        chats = [body for body in srv.requests if "messages" in body]

    events = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    errors = [e for e in events if e["type"] == "model_error"]
    assert [(e["stage"], e["model"], e["kind"]) for e in errors] == [
        (1, "test/alpha@local", "context_length"), (3, "test/alpha@local", "context_length")]
    assert errors[0]["error"] == ("The question (≈2,000 tokens) does not fit model test/alpha@local's "
                                  "1,024-token context.")
    assert errors[1]["error"].startswith("The synthesis prompt (≈")
    # beta's window, as the server's model list gives it (8,192), lets it answer, with max_tokens fitted into what
    # that window leaves.
    assert len(chats) >= 1 and {c["model"] for c in chats} == {"test/beta"}
    first = chats[0]
    assert first["max_tokens"] < 8192 - 2000
    synthesis = next(e for e in events if e["type"] == "stage_complete" and e["stage"] == 3)["synthesis"]
    assert synthesis["source"] == "fallback_member" and synthesis["model"] == "test/beta@local"
    assert r.returncode == 0, r.stderr[-2000:]


def test_ask_takes_context_windows_from_the_cached_model_list_without_asking_first(tmp_path):
    """With OpenRouter's list cached (the window fetched it, or an earlier run), the first request on the wire is
    the question itself: no GET /models in front of it."""
    from council_desktop.providers.openrouter_api import ModelCatalog

    home = tmp_path / "home"
    paths = app_paths({"COUNCIL_DESKTOP_HOME": str(home)})
    with FakeOpenRouter(ServerOptions(tokens=4, delay=0.001)) as srv:
        members = ("test/alpha", "test/beta")
        ModelCatalog(paths.models_cache_file).save(
            [{"id": m, "context_length": 8192, "max_completion_tokens": 512} for m in members], base_url=srv.base_url)
        env = {k: v for k, v in os.environ.items() if k not in ("OPENROUTER_API_KEY", "OPENROUTER_BASE_URL")}
        env.update(COUNCIL_DESKTOP_HOME=str(home), OPENROUTER_API_KEY="sk-or-v1-test",
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        r = subprocess.run([sys.executable, "-m", "council_desktop", "ask", "Why?", "--model", members[0],
                            "--model", members[1], "--chairman", members[0], "--base-url", srv.base_url,
                            "--no-save", "--mode", "answers"], capture_output=True, text=True, timeout=60, env=env)
        seen = list(srv.httpd.paths)
        chats = [body for body in srv.requests if "messages" in body]
    assert r.returncode == 0, r.stderr[-2000:]
    assert not [p for p in seen if p.startswith("GET")], seen
    assert {c["max_tokens"] for c in chats} == {512}  # the cached answer cap was applied
