"""The questions/ file format: one question set per YAML file; load, check, dump.

Loading either returns a complete, valid set or raises QuestionFileError naming every
problem by file, line, question and field. What makes a question valid is decided by
`questions.validate`; this module only reads the file shape and resolves source quotes.
"""

from __future__ import annotations

import codecs
import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .messages import said
from .questions import (
    QUESTION_TYPES,
    TYPED_TYPES,
    Answer,
    Question,
    Source,
    distinct_answers,
    validate,
)
from .text import normalize

LANGUAGES = ("ar", "en")
SET_KEYS = ("slug", "title", "language", "tags", "article", "article_file", "questions")
QUESTION_KEYS = (
    "id",
    "type",
    "category",
    "prompt",
    "choices",
    "answer",
    "accept",
    "source",
    "explanation",
    "confidence",
    "extra",
)
SOURCE_KEYS = ("quote", "occurrence", "start", "end", "text")
REQUIRED_QUESTION_KEYS = ("id", "type", "category", "prompt", "answer", "source")
# Types whose answer may be written as one text and is then read as a one-item list.
_LIST_ANSWER_TYPES = frozenset({"cloze", "short", "multi"})
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_NO_WRAP = 1 << 30


@dataclass(frozen=True)
class FileProblem:
    """One thing wrong with a question file, placed as precisely as the file allows."""

    file: str
    line: int | None
    question_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        about = []
        if self.question_id is not None:
            about.append(f"question {self.question_id}")
        if self.field is not None:
            about.append(f"field {self.field}")
        subject = f"{', '.join(about)}: " if about else ""
        return f"{place}: {subject}{self.message}"


class QuestionFileError(ValueError):
    """Every problem found in one or more question files; str() lists them one per line."""

    def __init__(self, errors: list[FileProblem]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(problem) for problem in self.errors))


@dataclass
class QuestionSet:
    slug: str
    title: str
    language: str
    article: str
    questions: list[Question]
    tags: list[str] = field(default_factory=list)
    # False when `article` is the imported file itself (GIFT, CSV): it holds every answer, so
    # it is kept for the questions' sources but never shown as an article.
    has_article: bool = True
    # Where the set was read from; provenance, not content, so equality ignores them.
    path: str | None = field(default=None, compare=False)
    article_file: str | None = field(default=None, compare=False)
    # Questions a reader of another tool's file could not read (a Moodle essay, say), each
    # with its line and why; the rest of the file is still read (the teacher is asked before
    # importing it).
    skipped: list[FileProblem] = field(default_factory=list, compare=False)


class _Problems:
    """Collects FileProblems for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[FileProblem] = []

    def add(self, line: int | None, qid: str | None, field: str | None, message: str) -> None:
        self.items.append(FileProblem(self.file, line, qid, field, message))


def load_file(path: str | Path) -> QuestionSet:
    """Read one question file; an `article_file` is resolved next to it."""
    path = Path(path)
    name = str(path)
    text = decode_utf8(name, read_bytes(path))
    qset = load_text(text, name=name, base_dir=path.parent)
    qset.path = name
    return qset


def load_directory(path: str | Path) -> list[QuestionSet]:
    """Every *.yaml / *.yml set in a folder, sorted by file name; problems of all files at once."""
    folder = Path(path)
    if not folder.is_dir():
        raise QuestionFileError(
            [FileProblem(str(folder), None, None, None, said("is not a folder"))]
        )
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return read_all(files, load_file)


def read_all(paths: Iterable[Path], read: Callable[[Path], QuestionSet]) -> list[QuestionSet]:
    """Each file read with `read`, or the problems of every file (and any slug two files
    share) raised at once: nothing is returned until all of them are good."""
    sets: list[QuestionSet] = []
    problems: list[FileProblem] = []
    for path in paths:
        try:
            sets.append(read(path))
        except QuestionFileError as exc:
            problems.extend(exc.errors)
    first_file: dict[str, str] = {}
    for qset in sets:
        owner = first_file.setdefault(qset.slug, qset.path or "")
        if owner != qset.path:
            message = f"{qset.slug!r} is already the slug of {owner}"
            problems.append(FileProblem(qset.path or "", None, None, "slug", message))
    if problems:
        raise QuestionFileError(problems)
    return sets


def valid_slug(slug: str) -> bool:
    return bool(_SLUG.match(slug))


def load_text(text: str, *, name: str, base_dir: Path | None = None) -> QuestionSet:
    """Read a question set from YAML text; `name` places problems, `base_dir` finds article_file."""
    problems = _Problems(name)
    document, root = _parse_yaml(text.removeprefix("\ufeff"), name)
    if not isinstance(document, dict):
        line = root.start_mark.line + 1 if root is not None else None
        shape = "is empty" if document is None else "must be a mapping"
        problems.add(line, None, None, f"{shape}; a set has title, language, article, questions")
        raise QuestionFileError(problems.items)
    lines = _key_lines(root, problems, None)

    def add(key: str, message: str) -> None:
        problems.add(lines.get(key), None, key, message)

    for key in document:
        if key not in SET_KEYS:
            add(str(key), said("is not a set field%(hint)s", hint=_did_you_mean(key, SET_KEYS)))
    slug = _text(document.get("slug", Path(name).stem))
    if slug is None or not valid_slug(slug):
        add(
            "slug",
            said("must be lower-case letters, digits, '-' or '_' (it defaults to the file name)"),
        )
    title = _text(document.get("title"))
    if not title or not title.strip():
        add("title", said("is required"))
    language = document.get("language")
    if language is None:
        add("language", said("is required (%(languages)s)", languages=" or ".join(LANGUAGES)))
    elif language not in LANGUAGES:
        languages = ", ".join(LANGUAGES)
        add(
            "language",
            said(
                "must be one of %(languages)s, not %(value)r", languages=languages, value=language
            ),
        )
    tags = _texts(document.get("tags", []))
    if tags is None or not all(tag.strip() for tag in tags):
        add("tags", said("must be a list of non-empty texts"))
    article, article_file = _read_article(document, base_dir, add)
    questions = _read_questions(document, _value_node(root, "questions"), article, problems, add)
    if problems.items:
        raise QuestionFileError(problems.items)
    assert slug and title and article is not None and tags is not None
    return QuestionSet(
        slug=slug,
        title=title,
        language=str(language),
        article=article,
        questions=questions,
        tags=tags,
        article_file=article_file,
    )


def dump(qset: QuestionSet, *, article_file: str | None = None) -> str:
    """The set as YAML text, keys in the documented order, sources written as quotes.

    With `article_file` (default: the file the set was read from) the article is referred
    to by that path, relative to where the YAML will be saved; otherwise it is written inline.
    """
    article_file = article_file or qset.article_file
    document: dict[str, Any] = {"slug": qset.slug, "title": qset.title, "language": qset.language}
    if qset.tags:
        document["tags"] = list(qset.tags)
    if article_file:
        document["article_file"] = article_file
    else:
        document["article"] = qset.article
    document["questions"] = [_question_mapping(q, qset.article) for q in qset.questions]
    return yaml.dump(
        document,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_NO_WRAP,
    )


# Reading ---------------------------------------------------------------------------------


def read_bytes(path: Path, name: str | None = None) -> bytes:
    """The file's bytes, or QuestionFileError saying why not (placed at `name`, else `path`)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        message = f"cannot be read: {exc.strerror or exc}"
        problem = FileProblem(name or str(path), None, None, None, message)
        raise QuestionFileError([problem]) from exc


def decode_utf8(name: str, raw: bytes) -> str:
    """The bytes as text; a UTF-8 byte order mark is dropped, any other encoding refused."""
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = f"0x{raw[exc.start]:02x}"
        message = said("is not UTF-8 text (byte %(byte)s); save it as UTF-8", byte=byte)
        raise QuestionFileError([FileProblem(name, line, None, None, message)]) from exc


def _parse_yaml(text: str, name: str) -> tuple[Any, yaml.Node | None]:
    """The constructed document and its node tree (the tree knows the line of every key)."""
    loader: yaml.SafeLoader | None = None
    line: int | None = None
    try:
        loader = yaml.SafeLoader(text)
        root = loader.get_single_node()
        return (loader.construct_document(root) if root is not None else None), root
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = ", ".join(str(part) for part in (exc.context, exc.problem) if part)
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        reason = f"character {exc.character!r} is not allowed"
    except yaml.YAMLError as exc:
        reason = str(exc)
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date such as 2024-13-45
        reason = f"a value cannot be read ({exc})"
    except RecursionError:
        reason = "it is nested too deeply"
    finally:
        if loader is not None:
            loader.dispose()
    message = said("is not valid YAML: %(reason)s", reason=reason)
    raise QuestionFileError([FileProblem(name, line, None, None, message)])


def _key_lines(node: yaml.Node | None, problems: _Problems, qid: str | None) -> dict[str, int]:
    """Line of each key of a mapping node; a key given twice is reported."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            line = key.start_mark.line + 1
            if key.value in lines:
                message = said("is given twice (first at line %(line)d)", line=lines[key.value])
                problems.add(line, qid, key.value, message)
            else:
                lines[key.value] = line
    return lines


def _value_node(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return value_node
    return None


def _did_you_mean(key: Any, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), known, n=1)
    if close:
        return said("; did you mean %(key)s?", key=close[0])
    return said("; expected one of %(keys)s", keys=", ".join(known))


def _text(value: Any) -> str | None:
    """A scalar as text: numbers are read as written text, booleans and the rest refused."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _texts(value: Any) -> list[str] | None:
    if not isinstance(value, list):
        return None
    texts = [_text(item) for item in value]
    return None if any(t is None for t in texts) else [t for t in texts if t is not None]


def _read_article(
    document: dict[Any, Any], base_dir: Path | None, add: Callable[[str, str], None]
) -> tuple[str | None, str | None]:
    """(article text, article_file) — the text is None when it cannot be had."""
    if "article" in document and "article_file" in document:
        add("article_file", said("give either article or article_file, not both"))
        return None, None
    if "article" in document:
        article = document["article"]
        if not isinstance(article, str) or not article.strip():
            add("article", said("must be the article text"))
            return None, None
        return article, None
    if "article_file" not in document:
        add("article", said("is required (or article_file, a path next to the question file)"))
        return None, None
    reference = document["article_file"]
    if not isinstance(reference, str) or not reference.strip():
        add("article_file", said("must be a path relative to the question file"))
        return None, None
    if base_dir is None:
        add("article_file", said("needs the question file's folder; load the set from a file"))
        return None, None
    target = (base_dir / reference).resolve()
    if not target.is_relative_to(base_dir.resolve()):
        add(
            "article_file", said("%(path)s lies outside the question file's folder", path=reference)
        )
        return None, None
    try:
        name = str(base_dir / reference)
        article = decode_utf8(name, read_bytes(target, name))
    except QuestionFileError as exc:
        add("article_file", "; ".join(str(problem) for problem in exc.errors))
        return None, None
    if not article.strip():
        add("article_file", said("%(path)s is empty", path=reference))
        return None, None
    return article, reference


def _read_questions(
    document: dict[Any, Any],
    node: yaml.Node | None,
    article: str | None,
    problems: _Problems,
    add: Callable[[str, str], None],
) -> list[Question]:
    items = document.get("questions")
    if not isinstance(items, list) or not items:
        add("questions", said("must list at least one question"))
        return []
    nodes: list[yaml.Node | None] = [None] * len(items)
    if isinstance(node, yaml.SequenceNode) and len(node.value) == len(items):
        nodes = list(node.value)
    questions: list[Question] = []
    first_line: dict[str, int | None] = {}
    for item, item_node in zip(items, nodes, strict=True):
        line = item_node.start_mark.line + 1 if item_node is not None else None
        qid = _text(item.get("id")) if isinstance(item, dict) else None
        if qid is not None and qid in first_line:
            where = first_line[qid]
            message = (
                said("is used twice in this set (first at line %(line)d)", line=where)
                if where
                else said("is used twice in this set")
            )
            problems.add(line, qid, "id", message)
        elif qid is not None:
            first_line[qid] = line
        question = _read_question(item, line, item_node, article, problems)
        if question is not None:
            questions.append(question)
    return questions


def _read_question(
    item: Any, line: int | None, node: yaml.Node | None, article: str | None, problems: _Problems
) -> Question | None:
    """The question, or None when anything is wrong with it (then reported to `problems`)."""
    if not isinstance(item, dict):
        problems.add(
            line, None, None, said("a question must be a mapping with id, type, prompt, ...")
        )
        return None
    qid = _text(item.get("id"))
    before = len(problems.items)
    lines = _key_lines(node, problems, qid)
    reported: set[str] = set()

    def add(field: str, message: str) -> None:
        reported.add(field)
        problems.add(lines.get(field, line), qid, field, message)

    for key in item:
        if key not in QUESTION_KEYS:
            hint = _did_you_mean(key, QUESTION_KEYS)
            add(str(key), said("is not a question field%(hint)s", hint=hint))
    for key in REQUIRED_QUESTION_KEYS:
        if item.get(key) is None:
            add(key, said("is required"))
    texts: dict[str, str | None] = {}
    for key in ("id", "type", "category", "prompt", "explanation"):
        texts[key] = _text(item.get(key))
        if item.get(key) is not None and texts[key] is None:
            add(key, said("must be text"))
    choices = None
    if item.get("choices") is not None:
        choices = _texts(item["choices"])
        if choices is None:
            add("choices", said("must be a list of texts"))
    qtype = texts["type"] or ""
    answer = None
    if qtype not in QUESTION_TYPES:  # only the type is reported; the answer's shape depends on it
        answer = item.get("answer")
    elif "answer" not in reported:
        answer = _read_answer(item.get("answer"), qtype, add)
    if qtype in QUESTION_TYPES and "accept" in item:
        alternatives = _read_accept(item["accept"], qtype, add)
        if isinstance(answer, list):
            answer = [*answer, *alternatives]
    if qtype in TYPED_TYPES and isinstance(answer, list):
        answer = distinct_answers(answer)
    source = _read_source(item.get("source"), article, add) if "source" not in reported else None
    confidence = item.get("confidence")
    if confidence is not None:
        if isinstance(confidence, bool) or not isinstance(confidence, int | float):
            add("confidence", said("must be a number"))
            confidence = None
        else:
            confidence = float(confidence)
    extra = item.get("extra", {})
    if not isinstance(extra, dict):
        add("extra", said("must be a mapping"))
    question = Question(
        id=texts["id"] or "",
        type=qtype,
        prompt=texts["prompt"] or "",
        answer=answer if answer is not None else "",
        source=source or Source(0, 0, ""),
        category=texts["category"] or "",
        choices=choices,
        explanation=texts["explanation"],
        confidence=confidence,
        extra=dict(extra) if isinstance(extra, dict) else {},
    )
    for field_name, message in validate(question, article or ""):
        skip = field_name in reported or (article is None and field_name == "source")
        if not skip:
            add(field_name, message)
    if len(problems.items) > before:
        return None
    return question


def _read_answer(value: Any, qtype: str, add: Callable[[str, str], None]) -> Answer | None:
    if qtype in ("numerical", "matching"):
        return _read_structured_answer(value, qtype)
    if qtype == "truefalse":
        if not isinstance(value, bool):
            add("answer", said("must be true or false (unquoted)"))
            return None
        return value
    if qtype in _LIST_ANSWER_TYPES and _text(value) is not None:
        value = [value]
    if isinstance(value, list):
        texts = _texts(value)
        if texts is None:
            add("answer", said("must be a list of texts"))
        return texts
    text = _text(value)
    if text is None:
        add("answer", said("must be text"))
    return text


def _read_structured_answer(value: Any, qtype: str) -> Answer:
    """Shorthands people write, in the stored shape; `validate` reports what is still wrong.

    numerical: `3`, `{value: 3, tolerance: 0.5}` or a list of such mappings (weight 100 unless
    given); matching: `{Canada: Ottawa, Italy: Rome}` or a list of [left, right] pairs.
    """
    if qtype == "numerical":
        items = value if isinstance(value, list) else [value]
        answer = []
        for item in items:
            if isinstance(item, int | float) and not isinstance(item, bool):
                item = {"value": item}
            if isinstance(item, dict):
                item = {"tolerance": 0.0, "weight": 100.0, **item}
            answer.append(item)
        return answer
    if isinstance(value, dict):
        return [[str(left), right] for left, right in value.items()]
    return [list(pair) if isinstance(pair, list | tuple) else pair for pair in value or []]


def _read_accept(value: Any, qtype: str, add: Callable[[str, str], None]) -> list[str]:
    """The further accepted answers of a cloze or short question (one text or a list)."""
    if qtype not in TYPED_TYPES:
        add("accept", said("is only for cloze and short questions, not %(type)s", type=qtype))
        return []
    if value is None or value == []:
        add("accept", said("is empty; list the other accepted answers, or leave accept out"))
        return []
    texts = _texts(value if isinstance(value, list) else [value])
    if texts is None:
        add("accept", said("must be a text or a list of texts"))
        return []
    if not all(normalize(text) for text in texts):
        add("accept", said("every accepted answer needs letters or digits"))
        return []
    return texts


def _read_source(value: Any, article: str | None, add: Callable[[str, str], None]) -> Source | None:
    """Offsets from {quote[, occurrence]} or {start, end[, text]}; None when not resolvable."""
    if not isinstance(value, dict):
        add("source", said("must be a mapping with quote, or with start and end"))
        return None
    unknown = [str(key) for key in value if key not in SOURCE_KEYS]
    if unknown:
        add("source", f"has unknown keys {', '.join(unknown)}; expected {', '.join(SOURCE_KEYS)}")
        return None
    if "quote" in value:
        if "start" in value or "end" in value or "text" in value:
            add("source", said("give either quote or start and end, not both"))
            return None
        return _resolve_quote(value["quote"], value.get("occurrence", 1), article, add)
    if "occurrence" in value:
        add("source", said("occurrence only goes with quote"))
        return None
    start, end, text = value.get("start"), value.get("end"), value.get("text")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
        add("source", said("needs a quote, or start and end as whole numbers"))
        return None
    if text is not None and not isinstance(text, str):
        add("source", said("text must be text"))
        return None
    if article is None:
        return None
    return Source(start, end, text if text is not None else article[start:end])


def _resolve_quote(
    quote: Any, occurrence: Any, article: str | None, add: Callable[[str, str], None]
) -> Source | None:
    if not isinstance(quote, str) or not quote.strip():
        add("source", said("quote must be the exact text from the article"))
        return None
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
        add("source", said("occurrence must be a whole number from 1"))
        return None
    if article is None:
        return None
    starts = _occurrences(article, quote)
    shown = quote if len(quote) <= 60 else quote[:57] + "..."
    if not starts:
        hint = ""
        if normalize(quote) and normalize(quote) in normalize(article):
            hint = said(
                " (it is there with other spelling, punctuation or spacing; copy it exactly)"
            )
        add(
            "source",
            said("quote not found in the article: «%(quote)s»%(hint)s", quote=shown, hint=hint),
        )
        return None
    if occurrence > len(starts):
        message = said(
            "quote occurs %(count)d time(s) in the article, not %(occurrence)d",
            count=len(starts),
            occurrence=occurrence,
        )
        add("source", message)
        return None
    start = starts[occurrence - 1]
    return Source(start, start + len(quote), quote)


def _occurrences(article: str, quote: str) -> list[int]:
    """Start offsets of every occurrence of `quote`, overlapping ones included."""
    starts = []
    index = article.find(quote)
    while index != -1:
        starts.append(index)
        index = article.find(quote, index + 1)
    return starts


# Writing ---------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line texts as literal blocks, no anchors for repeated values."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as people write them by hand.
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def _question_mapping(question: Question, article: str) -> dict[str, Any]:
    mapping = question.to_dict()
    mapping["source"] = _source_mapping(question.source, article)
    if question.confidence is not None:
        mapping["confidence"] = question.confidence  # exact, so a dump reloads equal
    if question.extra:
        mapping["extra"] = dict(question.extra)
    return mapping


def _source_mapping(source: Source, article: str) -> dict[str, Any]:
    """A quote (with its occurrence when not the first) if the offsets hold it, else offsets."""
    if source.text and article[source.start : source.end] == source.text:
        index = _occurrences(article, source.text).index(source.start)
        quoted: dict[str, Any] = {"quote": source.text}
        if index:
            quoted["occurrence"] = index + 1
        return quoted
    return {"start": source.start, "end": source.end, "text": source.text}
