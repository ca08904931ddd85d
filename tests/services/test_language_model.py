"""The model back end over real HTTP: a local chat-completions server replies from recorded
answers, good and bad, and the app keeps the grounded questions or falls back to the rules."""

from __future__ import annotations

import time

import pytest

from studyapp import config as defaults
from studyapp.services import generation
from tests.model import replies as recorded
from tests.model.server import Reply, model_server_fixture

model_server = pytest.fixture(model_server_fixture)


def run(server, backend="llm", **settings):
    config = {**defaults.DEFAULTS, **server.config(**settings)}
    return generation.run(recorded.ARTICLE, config=config, backend=backend)


def test_grounded_questions_come_back_with_the_drops_counted(model_server):
    model_server.replies = [Reply(recorded.MIXED_BAG)]
    result = run(model_server)
    assert result.report["kept"] == 4
    assert result.report["dropped"]["no_source"] == 2
    assert all(q.extra["generator"] == "model" for q in result.questions)
    sent = model_server.requests[0]
    assert sent["model"] == "recorded"
    assert recorded.ARTICLE in sent["messages"][-1]["content"]
    assert sent["response_format"]["type"] == "json_schema"


def test_a_server_without_structured_output_is_asked_again_with_the_prompt_alone(model_server):
    model_server.replies = [Reply(recorded.FENCED, reject_schema=True)]
    result = run(model_server)
    assert result.report["kept"] == 4 and result.report["fallback"] is None
    assert [("response_format" in r) for r in model_server.requests] == [True, False]


@pytest.mark.parametrize(
    ("reply", "fallback"),
    [
        (Reply(status=500), "error"),
        (Reply(status=401), "error"),
        (Reply(recorded.MALFORMED), "bad_json"),
        (Reply(raw="<html>Bad gateway</html>"), "bad_json"),
        (Reply(refusal="I can't help with that."), "refusal"),
        (Reply(recorded.PROSE_REFUSAL), "refusal"),
        (Reply(recorded.ONLY_INVENTED), "nothing_grounded"),
    ],
)
def test_a_failing_model_falls_back_to_the_rules(model_server, reply, fallback):
    model_server.replies = [reply]
    result = run(model_server)
    assert result.report["fallback"] == fallback
    assert result.questions
    assert all(q.extra.get("generator") != "model" for q in result.questions)


def test_a_slow_model_is_cut_off_at_the_timeout(model_server):
    model_server.replies = [Reply(recorded.GOOD, delay=3.0)]
    started = time.monotonic()
    result = run(model_server, LLM_TIMEOUT=0.5)
    elapsed = time.monotonic() - started
    assert result.report["fallback"] == "timeout" and result.questions
    assert elapsed < 2.5  # the timeout and the rules, not the three seconds of the reply


def test_an_unreachable_server_falls_back_to_the_rules():
    config = {**defaults.DEFAULTS, "LLM_BASE_URL": "http://127.0.0.1:9/v1", "LLM_MODEL": "m"}
    result = generation.run(recorded.ARTICLE, config=config, backend="llm")
    assert result.report["fallback"] == "error" and result.questions


def test_a_long_article_is_sent_in_pieces_and_progress_is_reported(model_server):
    model_server.replies = [Reply(recorded.GOOD)]
    article = "\n".join([recorded.ARTICLE] * 4)
    steps = []
    config = {**defaults.DEFAULTS, **model_server.config(LLM_MAX_CHARS=len(recorded.ARTICLE))}
    result = generation.run(
        article, config=config, backend="llm", progress=lambda d, t: steps.append((d, t))
    )
    assert len(model_server.requests) == 4
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert all(len(r["messages"][-1]["content"]) < len(article) for r in model_server.requests)
    assert result.report["calls"] == 4


def test_no_model_configured_means_the_rules_and_no_call():
    config = dict(defaults.DEFAULTS)
    assert generation.backend_for(config) == "rules"
    assert generation.backends_offered(config) == ("rules",)
    with pytest.raises(generation.NoModel):
        generation.backend_for(config, "llm")


def test_the_environment_configures_the_model():
    values = defaults.from_environment(
        {"LLM_BASE_URL": "http://gpu.school:11434/v1", "LLM_MODEL": "qwen", "LLM_TIMEOUT": "20"}
    )
    assert values["LLM_BASE_URL"] == "http://gpu.school:11434/v1"
    assert values["LLM_TIMEOUT"] == 20.0
    assert generation.backend_for({**defaults.DEFAULTS, **values}) == "llm"
