"""Deterministic checks every draft passes through (skeleton: full rules land with issue 3)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["block", "warn"]


class LintIssue(BaseModel):
    """One problem in a draft; ``span`` is the (start, end) of the words that trip it."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    message: str
    span: tuple[int, int]
    section: str | None = None


_PLACEHOLDER = re.compile(r"\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|\{[^}\n]{1,40}\}")


def lint_draft(
    text: str, *, recipient: str | None = None, motive: str | None = None
) -> list[LintIssue]:
    """Lint a draft. Skeleton: placeholders only."""
    return [
        LintIssue(
            rule="placeholder",
            severity="block",
            message="This looks like a placeholder left in the text.",
            span=(m.start(), m.end()),
        )
        for m in _PLACEHOLDER.finditer(text)
    ]


def is_blocked(issues: list[LintIssue]) -> bool:
    return any(i.severity == "block" for i in issues)
