"""Every setting is documented, and settings load from a file and from overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.errors import InputError
from factionmap.settings import DEFAULTS, SETTINGS, load_settings

DOCS = Path(__file__).resolve().parent.parent / "docs" / "settings.md"


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_setting_is_documented(setting):
    assert setting.help
    assert f"`{setting.name}`" in DOCS.read_text(encoding="utf-8")


def test_load_settings_file_then_overrides(tmp_path):
    path = tmp_path / "factionmap.toml"
    path.write_text("[factionmap]\nmin_confidence = 0.4\nencoding = 'latin-1'\n", encoding="utf-8")
    values = load_settings(path, encoding="cp1256", with_text=None)
    assert values["min_confidence"] == 0.4
    assert values["encoding"] == "cp1256"
    assert values["with_text"] is DEFAULTS["with_text"]


def test_load_settings_rejects_unknown_key(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[factionmap]\nmin_confidense = 0.4\n", encoding="utf-8")
    with pytest.raises(InputError, match="min_confidense"):
        load_settings(path)
