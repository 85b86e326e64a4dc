"""Hostile-server benchmarks: memory under a gzip bomb and an endless fast stream, and SSE parse time of one huge
line. Prints numbers; asserts nothing.

1. gzip-bomb error body: a 500 whose gzip body inflates to ``--bomb-mb`` MB (about a thousandth on the wire).
2. gzip-bomb completion: the same as a 200 ``application/json`` body.
3. endless fast stream: a 200 SSE stream of 4 KB content deltas that never ends, as fast as the socket takes it,
   until the client stops (the answer cap) or the total deadline (``--stream-seconds``) passes.
4. SSE parser: one 16 MB ``data:`` line fed in 64 KB network-sized chunks.

Each attack runs against a local HTTP server (this process) with the real client in a fresh child process, which
reports its resident memory before the request and its peak (VmHWM) after.

    python benchmarks/bench_hostile.py [--bomb-mb 1024] [--stream-seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from council_desktop.devserver import gzip_bomb  # noqa: E402

MB = 1 << 20


# --- the server (this process) -----------------------------------------------------------------------------------

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    bomb = b""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # the client hung up, as it should
            pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            if self.path.startswith("/bomb-error") or self.path.startswith("/bomb-200"):
                status = 500 if self.path.startswith("/bomb-error") else 200
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(self.bomb)))
                self.end_headers()
                for i in range(0, len(self.bomb), 64 * 1024):
                    self.wfile.write(self.bomb[i:i + 64 * 1024])
            else:  # endless stream
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                event = b"data: " + json.dumps({"choices": [{"delta": {"content": "x" * 4096}}]}).encode() + b"\n\n"
                burst = event * 16
                frame = f"{len(burst):x}\r\n".encode() + burst + b"\r\n"
                while True:
                    self.wfile.write(frame)
        except (BrokenPipeError, ConnectionResetError):
            pass


def start_server(bomb_mb: int) -> ThreadingHTTPServer:
    Handler.bomb = gzip_bomb(bomb_mb)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


# --- the client (a child process) --------------------------------------------------------------------------------

def _status_mb(field: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak only, where /proc is missing


async def client(base_url: str, seconds: float) -> dict[str, object]:
    import httpx

    from council_desktop.council.provider import ChatRequest, ChatUpdate, ProviderError
    from council_desktop.providers.openai_compat import OpenAICompatClient

    chars = 0

    def on_update(u: ChatUpdate) -> None:
        nonlocal chars
        chars += len(getattr(u, "text", "") or "")

    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, read=None)) as http:
        c = OpenAICompatClient(http, name="bench", base_url=base_url, api_key=lambda: "sk-bench-0000000000000000",
                               max_attempts=1)
        request = ChatRequest(model="m", messages=({"role": "user", "content": "q"},), first_token_timeout=30.0,
                              total_timeout=seconds)
        base = _status_mb("VmRSS")
        t0 = time.perf_counter()
        try:
            await c.chat(request, on_update)
            outcome = "completed"
        except ProviderError as e:
            outcome = f"{e.kind}: {e.message[:110]}"
        except Exception as e:  # what today's main may do
            outcome = f"crash {type(e).__name__}: {str(e)[:80]}"
        wall = time.perf_counter() - t0
    return {"base_mb": base, "peak_mb": _status_mb("VmHWM"), "seconds": wall, "chars": chars, "outcome": outcome}


def run_child(url: str, seconds: float) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, "--client", url, "--stream-seconds", str(seconds)],
                         capture_output=True, text=True, timeout=seconds + 300)
    if out.returncode != 0:
        return {"outcome": f"child failed: {out.stderr.strip().splitlines()[-1:]}"}
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def sse_line_time(size_mb: int = 16, chunk: int = 64 * 1024) -> float:
    from council_desktop.providers.sse import SSEParser

    line = b'data: {"x": "' + b"y" * (size_mb * MB) + b'"}\n\n'
    parser = SSEParser()
    t0 = time.perf_counter()
    events = []
    for i in range(0, len(line), chunk):
        events += parser.feed_bytes(line[i:i + chunk])
    elapsed = time.perf_counter() - t0
    assert len(events) == 1
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bomb-mb", type=int, default=1024)
    ap.add_argument("--stream-seconds", type=float, default=10.0)
    ap.add_argument("--client", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.client:
        print(json.dumps(asyncio.run(client(a.client, a.stream_seconds))))
        return
    httpd = start_server(a.bomb_mb)
    host, port = httpd.server_address[:2]
    print(f"gzip bomb: {len(Handler.bomb) / 1024:.0f} KB on the wire, {a.bomb_mb} MB inflated; "
          f"endless stream: 16 x 4 KB deltas per write, total deadline {a.stream_seconds:g} s")
    for name, path in (("gzip-bomb error body (500)", "bomb-error"), ("gzip-bomb completion (200 JSON)", "bomb-200"),
                       ("endless fast stream", "endless")):
        r = run_child(f"http://{host}:{port}/{path}", a.stream_seconds)
        if "peak_mb" in r:
            print(f"{name}: peak RSS {r['peak_mb']:.0f} MB (+{float(r['peak_mb']) - float(r['base_mb']):.0f} MB over "
                  f"{float(r['base_mb']):.0f} MB before the request), {float(r['seconds']):.2f} s, "
                  f"{int(r['chars']):,} answer characters → {r['outcome']}")
        else:
            print(f"{name}: {r['outcome']}")
    httpd.shutdown()
    print(f"SSE parser, one 16 MB line in 64 KB chunks: {sse_line_time():.2f} s")
    print(f"(pid {os.getpid()}, Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
