"""A small local server speaking the chat-completions protocol, replying from recorded
answers: what the tests of the model back end run against, over real HTTP."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One recorded answer: the message's content (or a raw body), after `delay` seconds."""

    content: str | None = None
    status: int = 200
    delay: float = 0.0
    refusal: str | None = None
    raw: str | None = None  # the whole HTTP body, for replies that are not chat completions
    reject_schema: bool = False  # answer 400 to a request with response_format, as old servers do

    def body(self, model: str) -> str:
        if self.raw is not None:
            return self.raw
        if self.status >= 400:
            return json.dumps({"error": {"message": "recorded failure", "code": self.status}})
        message: dict[str, Any] = {"role": "assistant", "content": self.content}
        if self.refusal:
            message = {"role": "assistant", "content": None, "refusal": self.refusal}
        choice = {"index": 0, "message": message, "finish_reason": "stop"}
        return json.dumps({"id": "rec-1", "object": "chat.completion", "model": model,
                           "choices": [choice]})  # fmt: skip


@dataclass
class ModelServer:
    replies: list[Reply] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def next_reply(self, body: dict[str, Any]) -> Reply:
        self.requests.append(body)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if reply.reject_schema and "response_format" in body:
            self.replies.insert(0, Reply(content=reply.content))
            return Reply(status=400, raw='{"error": {"message": "response_format unsupported"}}')
        return reply

    def config(self, **settings: Any) -> dict[str, Any]:
        """App settings pointing at this server."""
        return {"LLM_BASE_URL": self.url, "LLM_MODEL": "recorded", "LLM_API_KEY": "k-test",
                "LLM_TIMEOUT": 2.0, **settings}  # fmt: skip


def serve() -> tuple[ModelServer, ThreadingHTTPServer]:
    state = ModelServer()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the http.server API)
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if self.path != "/v1/chat/completions":
                self.send_error(404)
                return
            reply = state.next_reply(body)
            time.sleep(reply.delay)
            payload = reply.body(str(body.get("model"))).encode()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting: that is what a timeout test wants

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.port = httpd.server_port
    threading.Thread(target=httpd.serve_forever, name="model-server", daemon=True).start()
    return state, httpd


def model_server_fixture():  # type: ignore[no-untyped-def]
    """A pytest fixture body: yields a ModelServer, stops it afterwards."""
    state, httpd = serve()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
