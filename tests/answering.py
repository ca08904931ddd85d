"""A question's answer form filled in as a browser would: from the choices on the page, whose
values are opaque (they say nothing of the stored order)."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from studyapp.models import Question

_CHOICE = re.compile(r'name="choice" value="([^"]+)".*?<bdi[^>]*>([^<]*)</bdi>', re.S)
_MATCH_ROW = re.compile(
    r'<span[^>]*>([^<]*)</span>\s*<select name="(match-\d+)"(.*?)</select>', re.S
)
_OPTION = re.compile(r'<option value="([^"]+)">([^<]*)</option>')
_RANK = re.compile(r'<select name="(rank-[^"]+)".*?</select>\s*<bdi[^>]*>([^<]*)</bdi>', re.S)


def shown_choices(page: str) -> dict[str, str]:
    """Each choice's text -> the value its box sends, in the order shown."""
    return {unescape(text): value for value, text in _CHOICE.findall(page)}


def shown_steps(page: str) -> dict[str, str]:
    """Each step of an order question's text -> the name of its position field."""
    return {unescape(text): name for name, text in _RANK.findall(page)}


def shown_matches(page: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Each left item of a matching question -> (its field's name, {right item: code})."""
    return {
        unescape(left): (name, {unescape(text): code for code, text in _OPTION.findall(options)})
        for left, name, options in _MATCH_ROW.findall(page)
    }


def page_answer(page: str, question: Question, *, right: bool = True) -> dict[str, Any]:
    """The fields that answer `question`, shown on `page`, right or wrong."""
    choices = shown_choices(page)
    if question.type == "mcq":
        wrong = next(c for c in choices if c != question.answer)
        return {"choice": choices[question.answer if right else wrong]}
    if question.type == "multi":
        chosen = list(question.answer) if right else list(choices)
        if not right and set(chosen) == set(question.answer):
            chosen = chosen[:1]
        return {"choice": [choices[c] for c in chosen]}
    if question.type == "order":
        order = list(question.answer) if right else list(reversed(question.answer))
        return {name: order.index(step) + 1 for step, name in shown_steps(page).items()}
    if question.type == "matching":
        rows = shown_matches(page)
        rights = [pair[1] for pair in question.answer]
        if not right:
            rights = rights[1:] + rights[:1]
        pairs = zip(question.answer, rights, strict=True)
        return {rows[left][0]: rows[left][1][r] for (left, _), r in pairs}
    if question.type == "numerical":
        value = question.answer[0]["value"]
        return {"answer": str(value if right else value + question.answer[0]["tolerance"] + 1)}
    if question.type == "truefalse":
        return {"answer": "true" if question.answer == right else "false"}
    if question.type == "flashcard":
        return {"rating": 3 if right else 1}
    return {"answer": question.answer[0] if right else "جواب لا علاقة له"}
