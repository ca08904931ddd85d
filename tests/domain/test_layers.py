"""The domain is plain Python: no module under studyapp/domain imports Flask or the database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import studyapp.domain

DOMAIN = Path(studyapp.domain.__file__).parent
MODULES = sorted(DOMAIN.rglob("*.py"))
FORBIDDEN = {"flask", "flask_babel", "flask_login", "flask_sqlalchemy", "sqlalchemy", "werkzeug"}


def _imports(path: Path) -> list[tuple[str, int, int]]:
    """(module, relative level, line) of every import in a file, nested ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, 0, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", node.level, node.lineno))
    return found


def test_every_domain_module_is_checked():
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(DOMAIN)))
def test_a_domain_module_imports_no_flask_and_no_database(path: Path):
    # A relative import may climb to studyapp/domain but not above it (to models, services...).
    highest = len(path.relative_to(DOMAIN).parts)
    wrong = [
        f"line {line}: {'.' * level}{module}"
        for module, level, line in _imports(path)
        if (level == 0 and module.split(".")[0] in FORBIDDEN) or level > highest
    ]
    assert not wrong, f"{path.relative_to(DOMAIN)} imports outside the domain: {wrong}"
