"""A school's language model, reached over the OpenAI chat-completions API that Ollama,
llama.cpp's server, vLLM and hosted services all speak.

httpx rather than the `openai` client: one POST is all the app needs, and httpx brings no
pydantic models, retries or streaming helpers we would have to configure away.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..domain.generation.backends import Messages, Model, ModelFailure
from ..domain.generation.backends.prompt import REPLY_SCHEMA


class ChatClient:
    """`client(messages)` -> the reply's text; every failure is a ModelFailure."""

    def __init__(self, base_url: str, model: str, api_key: str | None, timeout: float) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.timeout = timeout
        # Cleared when the server refuses response_format: a strict prompt then has to do.
        self.structured = True

    def __call__(self, messages: Messages) -> str:
        reply = self._post(messages)
        if reply.status_code in (400, 422) and self.structured:
            self.structured = False
            reply = self._post(messages)
        if reply.status_code >= 400:
            raise ModelFailure("error", f"HTTP {reply.status_code}")
        try:
            choice = reply.json()["choices"][0]
            message = choice["message"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise ModelFailure("bad_json", "not a chat completion") from None
        if message.get("refusal") or choice.get("finish_reason") == "content_filter":
            raise ModelFailure("refusal", str(message.get("refusal") or "content filter"))
        content = message.get("content")
        if not isinstance(content, str) or not content.strip():
            raise ModelFailure("refusal", "an empty reply")
        return content

    def _post(self, messages: Messages) -> httpx.Response:
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": 0.2}
        if self.structured:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "questions", "schema": REPLY_SCHEMA},
            }
        deadline = time.monotonic() + self.timeout
        try:
            with httpx.stream(
                "POST", self.url, json=body, headers=self.headers, timeout=self.timeout
            ) as response:
                chunks = []
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    if time.monotonic() > deadline:  # a reply that trickles in forever
                        raise ModelFailure("timeout", f"after {self.timeout:g} s")
                return httpx.Response(
                    response.status_code, headers=response.headers, content=b"".join(chunks)
                )
        except httpx.TimeoutException:
            raise ModelFailure("timeout", f"after {self.timeout:g} s") from None
        except httpx.HTTPError as error:
            raise ModelFailure("error", type(error).__name__) from None


def configured(config: Mapping[str, Any]) -> bool:
    return bool(config.get("LLM_BASE_URL") and config.get("LLM_MODEL"))


def server_name(config: Mapping[str, Any]) -> str:
    """The model's server as the teacher is told it: host and port, no credentials."""
    parts = urlsplit(str(config.get("LLM_BASE_URL") or ""))
    return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else ""


def model_from(config: Mapping[str, Any]) -> Model | None:
    """The configured model, or None when the school has none."""
    if not configured(config):
        return None
    client = ChatClient(
        str(config["LLM_BASE_URL"]),
        str(config["LLM_MODEL"]),
        config.get("LLM_API_KEY"),
        float(config["LLM_TIMEOUT"]),
    )
    return Model(
        ask=client,
        max_chars=int(config["LLM_MAX_CHARS"]),
        per_call=int(config["LLM_QUESTIONS_PER_CALL"]),
        name=str(config["LLM_MODEL"]),
    )
