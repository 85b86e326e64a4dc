"""How fast `council-desktop ask` puts its first request on the wire, against a minimal httpx client.

    python benchmarks/bench_cli_start.py [--runs 7]

A listening socket on 127.0.0.1 answers a model list (``GET …/models``, as an OpenRouter-compatible server does:
the first run of ``ask`` at a ``--base-url`` looks the context window up there first) and notes the wall-clock time
the first ``POST …/chat/completions`` line arrives, then closes the connection (the process is killed right after:
only the time to the chat request counts, the lookup before it included). Each command runs with fresh throw-away
XDG folders (as a user's: the app finds them through platformdirs, not ``COUNCIL_DESKTOP_HOME``) and a dummy key in
the environment, so nothing touches the user's data.
The app's bytecode is compiled first, as an installed app has it. Printed: the median and min over ``--runs`` for the app (with and without ``--no-save``), a minimal synchronous
client, a minimal asyncio client (the app's own stack), ``--version``, and the app's ratio to each (target: within
10 %).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).with_name("council-desktop")

MINIMAL = """
import sys, httpx
url = sys.argv[1]
with httpx.Client() as c:
    try:
        c.post(url + "/chat/completions", json={"model": "m/a", "messages": [{"role": "user", "content": "hi"}],
               "max_tokens": 16, "temperature": 0.7, "stream": True},
               headers={"Authorization": "Bearer sk-dummy"}, timeout=5)
    except httpx.HTTPError:
        pass
"""

# The same streamed request made the way the app makes it (asyncio, httpx.AsyncClient): the app runs every
# member's stream at once, so asyncio and anyio are on its path; the synchronous client above does not load them.
MINIMAL_ASYNC = """
import asyncio, sys, httpx
async def main(url):
    async with httpx.AsyncClient() as c:
        try:
            async with c.stream("POST", url + "/chat/completions", json={"model": "m/a", "messages": [
                    {"role": "user", "content": "hi"}], "max_tokens": 16, "temperature": 0.7, "stream": True},
                    headers={"Authorization": "Bearer sk-dummy"}, timeout=5) as r:
                async for _ in r.aiter_bytes():
                    pass
        except httpx.HTTPError:
            pass
asyncio.run(main(sys.argv[1]))
"""


MODEL_LIST = json.dumps({"data": [{"id": "m/a", "context_length": 32768,
                                    "top_provider": {"max_completion_tokens": 4096}}]}).encode()


class FirstRequest:
    """Accepts connections; answers a model list; records when each chat request line arrives."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.arrived: list[float] = []
        self._stop = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                try:
                    data = conn.recv(4096)
                    line = data.split(b"\r\n", 1)[0]
                    if line.startswith(b"POST") and b"/chat/completions " in line:
                        self.arrived.append(time.time())
                        continue
                    while b"\r\n\r\n" not in data:  # the whole head before an answer
                        more = conn.recv(4096)
                        if not more:
                            break
                        data += more
                    if line.startswith(b"GET") and line.split(b" ")[1].endswith(b"/models"):
                        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                     b"Content-Length: %d\r\n\r\n%s" % (len(MODEL_LIST), MODEL_LIST))
                    else:
                        conn.sendall(b"HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    continue

    def close(self) -> None:
        self._stop = True
        self.sock.close()


def folders(home: str) -> dict[str, str]:
    """The XDG folders of a throw-away user under ``home``."""
    return {name: os.path.join(home, name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                                                               "XDG_CACHE_HOME")}


def seed_model_list(home: str) -> None:
    """What a returning user has: the model list an earlier run (or the window) cached, and a settings file (the
    defaults, as the window saves them)."""
    from council_desktop.providers.openrouter_api import ModelCatalog
    from council_desktop.storage.paths import app_paths
    from council_desktop.storage.settings import Settings, SettingsStore

    old = {k: os.environ.get(k) for k in folders(home)}
    os.environ.update(folders(home))
    try:
        paths = app_paths({})
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    ModelCatalog(paths.models_cache_file).save(
        [{"id": "m/a", "name": "m/a", "context_length": 32768, "max_completion_tokens": 4096, "pricing": {}}])
    paths.ensure()
    SettingsStore(paths.settings_file).save(Settings())


def measure(cmd: list[str], server: FirstRequest, env: dict[str, str], *, wait_request: bool = True,
            cached: bool = False) -> float:
    n = len(server.arrived)
    home = tempfile.mkdtemp(prefix="bench-cli-")
    if cached:
        seed_model_list(home)
    try:
        t0 = time.time()
        proc = subprocess.Popen(cmd, env={**env, **folders(home)}, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        if not wait_request:
            # a blocking wait: wait(timeout) polls with sleeps of up to 50 ms, which rounded the time up to them
            guard = threading.Timer(30, proc.kill)
            guard.start()
            proc.wait()
            took = time.time() - t0
            guard.cancel()
            return took
        deadline = time.time() + 30
        while len(server.arrived) == n and time.time() < deadline:
            time.sleep(0.001)
        took = server.arrived[n] - t0 if len(server.arrived) > n else float("nan")
        proc.kill()
        proc.wait(10)
        return took
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--case", action="append", metavar="TEXT",
                    help="only the cases whose name holds TEXT (repeatable; the ratios need both minimal clients)")
    args = ap.parse_args()
    # As installed (pip compiles the package's bytecode; httpx's is compiled too): a source tree edited since its
    # last run would otherwise pay for compiling every changed module on each start.
    compileall.compile_dir(str(ROOT / "council_desktop"), quiet=1)
    server = FirstRequest()
    base = f"http://127.0.0.1:{server.port}/api/v1"
    env = {k: v for k, v in os.environ.items() if k not in ("OPENROUTER_BASE_URL", "COUNCIL_DESKTOP_HOME")}
    env.update(OPENROUTER_API_KEY="sk-dummy-bench", PYTHONDONTWRITEBYTECODE="1")
    ask = [str(BIN), "ask", "hi", "--model", "m/a", "--chairman", "m/a"]
    cases = {  # name: (command, wait for its request, the model list cached, its own environment)
        "minimal httpx client": ([sys.executable, "-c", MINIMAL, base], True, False, env),
        "minimal async httpx client": ([sys.executable, "-c", MINIMAL_ASYNC, base], True, False, env),
        "ask (saves to history)": ([*ask, "--base-url", base], True, False, env),
        "ask --no-save": ([*ask, "--base-url", base, "--no-save"], True, False, env),
        # a returning user: the model list is cached (at the base URL the settings name, not an override), and the
        # settings file is there
        "ask, model list cached": (ask, True, True, {**env, "OPENROUTER_BASE_URL": base}),
        "--version (whole process)": ([str(BIN), "--version"], False, False, env),
    }
    if args.case:
        cases = {name: case for name, case in cases.items() if any(text in name for text in args.case)}
    results: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs + 1):  # the first round warms the disk cache and is dropped
        for name, (cmd, wait, cached, case_env) in cases.items():
            results[name].append(measure(cmd, server, case_env, wait_request=wait, cached=cached))
    server.close()
    med = {name: statistics.median(v[1:]) for name, v in results.items()}
    for name, v in results.items():
        print(f"{name:28s} median {med[name] * 1000:6.0f} ms   min {min(v[1:]) * 1000:6.0f} ms")
    for baseline in ("minimal httpx client", "minimal async httpx client"):
        for name in ("ask (saves to history)", "ask --no-save", "ask, model list cached"):
            if name not in med or baseline not in med:
                continue
            print(f"{name:28s} / {baseline}: {med[name] / med[baseline]:.2f}x")


if __name__ == "__main__":
    main()
