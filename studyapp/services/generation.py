"""Which generator runs for an article, and where: in the request, or as a background job."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.generation import GenerationResult
from ..domain.generation.backends import BACKENDS, Progress, generate
from . import language_model


class NoModel(ValueError):
    """The model back end was asked for, but no model is configured."""


def backends_offered(config: Mapping[str, Any]) -> tuple[str, ...]:
    return BACKENDS if language_model.configured(config) else ("rules",)


def default_backend(config: Mapping[str, Any]) -> str:
    """The back end a teacher's article gets unless they choose: GENERATOR_BACKEND when it
    can run, else the model when there is one, else the rules."""
    try:
        return backend_for(config)
    except (NoModel, ValueError):
        return "rules"


def backend_for(config: Mapping[str, Any], requested: str | None = None) -> str:
    """The back end to run: the one asked for, else the configured one, else the model when
    there is one, else the rules.

    :raises NoModel: for llm or mixed without a configured model.
    """
    default = "llm" if language_model.configured(config) else "rules"
    backend = requested or config.get("GENERATOR_BACKEND") or default
    if backend not in BACKENDS:
        raise ValueError(f"the generator must be one of {', '.join(BACKENDS)}, not {backend!r}")
    if backend != "rules" and not language_model.configured(config):
        raise NoModel("set LLM_BASE_URL and LLM_MODEL to use a language model")
    return backend


def in_background(config: Mapping[str, Any], backend: str, article: str) -> bool:
    """A model, or the rules on a long article, would hold a request worker too long."""
    return backend != "rules" or len(article) > int(config["BACKGROUND_GENERATION_CHARS"])


def run(
    article: str,
    *,
    config: Mapping[str, Any],
    backend: str,
    language: str | None = None,
    title: str | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
) -> GenerationResult:
    """Questions from the back end; a failing model falls back to the rules (see the report).

    :raises GenerationError: when the article is unusable.
    """
    return generate(
        article,
        backend=backend,
        model=language_model.model_from(config) if backend != "rules" else None,
        language=language,
        title=title,
        limit=limit,
        progress=progress,
    )
