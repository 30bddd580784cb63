"""Shared fixtures: the spaCy model, knowledge base and resources load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model, loaded once."""
    from factionmap.resources import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def kb():
    """The bundled knowledge base, loaded once."""
    from factionmap.kb import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def resources(nlp, kb):
    """Resources as the CLI builds them, shared by the whole session."""
    from factionmap.resources import Resources

    return Resources(kb=kb, nlp=nlp)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared data folder beside the repository; tests needing it skip when it is absent."""
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data not present")
    return SHARED_DATA
