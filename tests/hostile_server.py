"""A hostile OpenAI-compatible server on 127.0.0.1 for end-to-end tests: it echoes the key it receives back in
every way it can, and sends broken text. What it does depends on the requested model id (``h/<behaviour>``).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def _sse(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


def _delta(text: str, finish: str | None = None) -> bytes:
    return _sse({"id": "gen-h", "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}]})


class _Handler(BaseHTTPRequestHandler):
    server: HostileServer.HTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):  # the client hung up: fine
            pass

    def do_GET(self) -> None:  # model lists and probes: nothing to say
        self._send(404, b'{"error": "not found"}', "application/json")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, parts: list[bytes]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for p in parts:
            self.wfile.write(f"{len(p):x}\r\n".encode() + p + b"\r\n")
            self.wfile.flush()
            time.sleep(0.002)
        self.wfile.write(b"0\r\n\r\n")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        if not self.path.rstrip("/").endswith("/chat/completions"):  # probes (/api/show, /tokenize, ...)
            self._send(404, b'{"error": "not found"}', "application/json")
            return
        auth = self.headers.get("Authorization", "")
        key = auth.removeprefix("Bearer ")
        model = str(body.get("model", ""))
        self.server.requests.append(model)
        content = str(body.get("messages", [{}])[-1].get("content", ""))
        if "FINAL RANKING" in content or "Chairman" in content:  # reviews and the synthesis: a plain answer
            self._stream([_delta("FINAL RANKING:\n1. Response A\n2. Response B\n"), _delta("", "stop"),
                          b"data: [DONE]\n\n"])
            return
        behaviour = model.split("/", 1)[-1]
        if behaviour == "echo-401":
            msg = "x" * 262 + f" key {key} was rejected"  # the key across the 300-character cut
            self._send(401, json.dumps({"error": {"message": msg, "code": 401,
                                                  "metadata": {"raw": auth, "provider_name": key}}}).encode(),
                       "application/json")
        elif behaviour == "echo-html200":
            self._send(200, f"<html><title>Portal {key}</title><body>{auth}</body></html>".encode(), "text/html")
        elif behaviour == "echo-json200":
            self._send(200, json.dumps({"echo": dict(self.headers)}).encode(), "application/json")
        elif behaviour == "echo-escaped":
            escaped = "".join(f"\\u{ord(c):04x}" for c in key)
            self._send(500, ('{"error": {"message": "bad key ' + escaped + '"}}').encode(), "application/json")
        elif behaviour == "echo-answer":
            text = f"Sure. Your key is {key}. Again: {key}."
            self._stream([*(_delta(text[i:i + 5]) for i in range(0, len(text), 5)), _delta("", "stop"),
                          b"data: [DONE]\n\n"])
        elif behaviour == "echo-midstream":
            self._stream([_delta("partial "), _sse({"error": {"code": "server_error", "message": f"bye {auth}"}})])
        elif behaviour == "surrogate":
            self._stream([b'data: {"choices": [{"delta": {"content": "lone \\ud800 surrogate"}}]}\n\n',
                          _delta("", "stop"), b"data: [DONE]\n\n"])
        elif behaviour == "escape":
            self._send(500, json.dumps({"error": {"message": "\x1b]0;pwned\x07\x1b[2J\x1b[31mred alert"}}).encode(),
                       "application/json")
        elif behaviour == "context":
            self._send(400, json.dumps({"error": {"message": "Requested tokens (5036) exceed context window of 4096",
                                                  "type": "invalid_request_error"}}).encode(), "application/json")
        else:
            self._stream([_delta("A good answer."), _delta("", "stop"), b"data: [DONE]\n\n"])


class HostileServer:
    class HTTPServer(ThreadingHTTPServer):
        daemon_threads = True
        requests: list[str]

    def __init__(self) -> None:
        self.httpd = self.HTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.requests = []
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/api/v1"

    @property
    def requests(self) -> list[str]:
        return self.httpd.requests

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(2)
