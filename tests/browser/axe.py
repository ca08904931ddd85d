"""axe-core (the npm package, installed by `make test` with `npm ci`) run in a page.

The script is evaluated through the DevTools protocol, which the pages' Content-Security-Policy
does not govern, so nothing of it is served by the app and no page loads it from elsewhere.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
STANDARD = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Findings judged and kept, by rule id and the CSS selector axe gives for the element: why
# each is not a defect is said beside it. Empty: every page passes as it is.
JUSTIFIED: dict[tuple[str, str], str] = {}


@cache
def axe_source() -> str:
    """The axe-core script; installs it with `npm ci` when npm is there and it is not."""
    if not AXE.exists():
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed: axe-core cannot be installed (apt-get install npm)")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=REPO, check=True)
    return AXE.read_text(encoding="utf-8")


def violations(page: Page) -> list[str]:
    """One line per WCAG 2.1 A/AA violation on the page: rule, element, what is wrong."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    result = page.evaluate(
        """async (tags) => {
            const found = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return found.violations.flatMap((v) => v.nodes.map((n) => ({
                rule: v.id, target: n.target.join(" "), summary: n.failureSummary,
            })));
        }""",
        STANDARD,
    )
    return [
        f"{item['rule']} at {item['target']}: {item['summary']}"
        for item in result
        if (item["rule"], item["target"]) not in JUSTIFIED
    ]
