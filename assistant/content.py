"""Loading TOML files from content/ into pydantic models, with errors that name file and field."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import ContentError

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

M = TypeVar("M", bound=BaseModel)


def load_toml(path: Path, model: type[M]) -> M:
    """Read ``path`` and validate it as ``model``; raise ContentError naming file and field."""
    name = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ContentError(name, "(file)", "not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(name, "(syntax)", str(exc)) from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise ContentError(name, field, first["msg"]) from exc
