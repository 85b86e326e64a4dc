"""A local stand-in for OpenRouter: an OpenAI-compatible streaming server on 127.0.0.1.

Used by ``--self-test``, the tests, the benchmarks and screenshots. It never talks to the network. Behaviour is
chosen by words in the model id, so one council can mix good and bad members:

- ``fail-401`` / ``fail-402`` / ``fail-429`` / ``fail-500`` / ``fail-404``: that HTTP error, OpenRouter's body shape;
- ``midstream-error``: a few tokens, then an ``error`` chunk; ``broken``: a few tokens, then the connection drops;
- ``hang``: keep-alive comments only; ``slow``: 4x the chunk delay;
- ``unranked``: stage-2 replies carry no FINAL RANKING; ``flaky-402``: the first request for that model gets 402,
  later ones answer (a member to retry); anything else answers normally.

Replies stop at the request's ``max_tokens`` words. ``/models`` lists :data:`PRICES` (USD per token, as strings like
OpenRouter's); the usage chunk's ``cost`` is what those prices make of its token counts (prompt tokens: words and
punctuation marks of every message; completion tokens: the words streamed). Other models cost 1e-6 a word.

Stage-2 requests (their prompt asks for a ``FINAL RANKING:``) get a critique that ranks the offered labels in
alphabetical order; other requests get ``tokens`` words of lorem-like text.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PRICES: dict[str, tuple[str, str]] = {  # model: (prompt, completion), USD per token
    "test/alpha": ("0.000001", "0.000002"),
    "test/beta": ("0.000003", "0.000015"),
    "test/gamma": ("0.0000005", "0.0000015"),
    "test/chair": ("0.0000025", "0.00001"),
}
_TOKEN = re.compile(r"\w+|[^\w\s]")

WORDS = ("the council weighs each answer with care and names what is strong and what is weak "
         "before the chairman writes one clear reply").split()


@dataclass
class ServerOptions:
    tokens: int = 12
    delay: float = 0.01  # seconds between chunks
    key: str | None = None  # when set, requests must carry it as a Bearer token
    review_tokens: int = 0  # extra words of critique in each stage-2 reply (reviews of an ordinary length)


class _Handler(BaseHTTPRequestHandler):
    server: FakeOpenRouter.HTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):  # a client that hung up (cancel, or done after [DONE])
            pass

    # -- helpers -------------------------------------------------------------------------------------------
    def _json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._json(code, {"error": {"code": code, "message": message}}, headers)

    def _authorized(self) -> bool:
        key = self.server.options.key
        if key is None:
            return True
        if self.headers.get("Authorization") != f"Bearer {key}":
            self._error(401, "User not found.")
            return False
        return True

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    # -- routes --------------------------------------------------------------------------------------------
    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].rstrip("/")
        self.server.paths.append(f"GET {path}")
        if path.endswith("/models"):
            models = [{"id": m, "name": m, "context_length": 8192, "pricing": {"prompt": p, "completion": c}}
                      for m, (p, c) in PRICES.items()]
            self._json(200, {"data": models})
        elif path.endswith("/key"):
            if self._authorized():
                self._json(200, {"data": {"label": "sk-or-v1-tes...key", "limit": 10.0, "limit_remaining": 7.5,
                                          "usage": 2.5, "is_free_tier": False}})
        else:
            self._error(404, "Not found")

    def do_POST(self) -> None:
        try:
            self._post()
        except (BrokenPipeError, ConnectionResetError):  # the client went away (cancel): fine
            pass

    def _post(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.requests.append(body)
        self.server.paths.append(f"POST {self.path.split('?', 1)[0].rstrip('/')}")
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._error(404, "Not found")
            return
        if not self._authorized():
            return
        model = str(body.get("model", ""))
        if "flaky-402" in model:
            with self.server.lock:
                first = model not in self.server.flaky_seen
                self.server.flaky_seen.add(model)
            if first:
                self._error(402, "Insufficient credits")
                return
        for code in (401, 402, 404, 429, 500, 502, 503):
            if f"fail-{code}" in model:
                msg = {401: "User not found.", 402: "Insufficient credits", 404: f"{model} is not a valid model ID",
                       429: "Rate limit exceeded", 500: "Internal Server Error", 502: "Provider returned error",
                       503: "No available provider"}[code]
                self._error(400 if code == 404 else code, msg, {"Retry-After": "0"} if code in (429, 503) else None)
                return
        opts = self.server.options
        delay = opts.delay * (4 if "slow" in model else 1)
        content = str(body.get("messages", [{}])[-1].get("content", ""))
        text = _reply(content, opts.tokens, model)
        if opts.review_tokens and "\n\nFINAL RANKING:" in text:  # a review of an ordinary length
            filler = " ".join(WORDS[i % len(WORDS)] for i in range(opts.review_tokens))
            text = text.replace("\n\nFINAL RANKING:", f" {filler}\n\nFINAL RANKING:", 1)
        pieces = [w + " " for w in text.split(" ")] if text else []
        limit = body.get("max_tokens")
        if isinstance(limit, int) and limit > 0:
            pieces = pieces[:limit]
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("X-Generation-Id", f"gen-{int(time.time())}-fake")
        self.end_headers()
        self._chunk(b": OPENROUTER PROCESSING\n\n")
        if "hang" in model:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not self.server.stopping.is_set():
                time.sleep(0.05)
                self._chunk(b": OPENROUTER PROCESSING\n\n")
            return
        for i, piece in enumerate(pieces):
            if self.server.stopping.is_set():
                return
            time.sleep(delay)
            if i == 3 and "broken" in model:
                self.close_connection = True
                self.wfile.flush()
                self.connection.shutdown(2)
                return
            if i == 3 and "midstream-error" in model:
                err = {"id": "gen-fake", "error": {"code": 502, "message": "Provider disconnected"},
                       "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}]}
                self._chunk(b"data: " + json.dumps(err).encode() + b"\n\n")
                self._chunk(b"data: [DONE]\n\n")
                self._chunk(b"")
                return
            chunk = {"id": "gen-fake", "object": "chat.completion.chunk", "model": model,
                     "choices": [{"index": 0, "delta": {"role": "assistant", "content": piece},
                                  "finish_reason": None}]}
            self._chunk(b"data: " + json.dumps(chunk).encode() + b"\n\n")
        prompt_tokens = sum(len(_TOKEN.findall(str(m.get("content", "")))) for m in body.get("messages", [])
                            if isinstance(m, dict))
        price = PRICES.get(model)
        cost = (prompt_tokens * float(price[0]) + len(pieces) * float(price[1])) if price else len(pieces) * 1e-6
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": len(pieces),
                 "total_tokens": prompt_tokens + len(pieces), "cost": round(cost, 10)}
        final = {"id": "gen-fake", "object": "chat.completion.chunk", "model": model,
                 "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "stop"}], "usage": usage}
        self._chunk(b"data: " + json.dumps(final).encode() + b"\n\n")
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")


def _reply(prompt: str, tokens: int, model: str = "") -> str:
    if "FINAL RANKING" in prompt and "You are the Chairman" not in prompt:
        labels = sorted(set(re.findall(r"^(Response [A-Z]{1,2}):", prompt, re.MULTILINE)))
        critique = " ".join(f"{lab} is clear and mostly right." for lab in labels)
        if "unranked" in model or "unranked" in prompt:
            return critique
        ranking = "\n".join(f"{i}. {lab}" for i, lab in enumerate(labels, 1))
        return f"{critique}\n\nFINAL RANKING:\n{ranking}"
    return " ".join(WORDS[i % len(WORDS)] for i in range(tokens))


class FakeOpenRouter:
    """Start with ``with FakeOpenRouter() as srv:``; ``srv.base_url`` ends in ``/api/v1``."""

    class HTTPServer(ThreadingHTTPServer):
        daemon_threads = True
        options: ServerOptions
        requests: list[dict[str, Any]]
        paths: list[str]
        stopping: threading.Event
        lock: threading.Lock
        flaky_seen: set[str]

    def __init__(self, options: ServerOptions | None = None, port: int = 0) -> None:
        self.httpd = self.HTTPServer(("127.0.0.1", port), _Handler)
        self.httpd.options = options or ServerOptions()
        self.httpd.requests = []
        self.httpd.paths = []
        self.httpd.stopping = threading.Event()
        self.httpd.lock = threading.Lock()
        self.httpd.flaky_seen = set()
        self._thread: threading.Thread | None = None

    @property
    def options(self) -> ServerOptions:
        return self.httpd.options

    @property
    def requests(self) -> list[dict[str, Any]]:
        return self.httpd.requests

    @property
    def paths(self) -> list[str]:
        """Every request seen, as ``"GET /api/v1/models"`` / ``"POST /api/v1/chat/completions"``."""
        return self.httpd.paths

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/api/v1"

    def start(self) -> FakeOpenRouter:
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-openrouter", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FakeOpenRouter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()



def gzip_bomb(decoded_mb: int) -> bytes:
    """A valid gzip body of ``decoded_mb`` MB of zeros, about a thousandth of that on the wire (for the hostile-input
    tests and benchmark). After a full flush the compressor emits the same bytes for the same input, so one 1 MB
    block is repeated and the trailer (CRC-32 and size of the whole) written by hand."""
    import struct
    import zlib

    zeros = bytes(1 << 20)
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = z.compress(zeros) + z.flush(zlib.Z_FULL_FLUSH)
    block = z.compress(zeros) + z.flush(zlib.Z_FULL_FLUSH)
    end = z.flush()[:-8]
    crc = 0
    for _ in range(decoded_mb):
        crc = zlib.crc32(zeros, crc)
    return first + block * (decoded_mb - 1) + end + struct.pack("<II", crc, (decoded_mb << 20) & 0xFFFFFFFF)


def main() -> None:  # pragma: no cover - manual use: python -m council_desktop.devserver [port]
    import sys

    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    srv = FakeOpenRouter(ServerOptions(tokens=40, delay=0.05), port=port).start()
    print(f"fake OpenRouter at {srv.base_url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()


if __name__ == "__main__":
    main()
