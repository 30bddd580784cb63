"""Confidence orders relations so that a threshold trades precision for recall."""

from __future__ import annotations

import pytest

from factionmap.relate.confidence import MODALITY_WEIGHTS, PATTERN_WEIGHTS, confidence
from factionmap.types import MODALITIES


@pytest.mark.parametrize(("surer", "weaker"), [
    (("verb:ally", "asserted"), ("verb:ally", "alleged")),
    (("verb:ally", "asserted"), ("noun:alliance", "asserted")),
    (("noun:alliance", "asserted"), ("noun:alliance:among", "asserted")),
    (("verb:form", "asserted"), ("verb:form:mutual", "asserted")),
    (("verb:attack", "asserted"), ("coagent:attack", "asserted")),
    (("role:emir", "asserted"), ("copular:list", "asserted")),
    (("verb:attack", "claimed"), ("verb:attack", "alleged")),
])
def test_confidence_ordering(surer: tuple[str, str], weaker: tuple[str, str]) -> None:
    assert confidence(*surer) > confidence(*weaker)


@pytest.mark.parametrize(("kwargs", "lower"), [
    ({"link_scores": (0.5, 1.0)}, True),
    ({"coref": True}, True),
    ({"tokens": 80}, True),
    ({"section": "comments"}, True),
    ({"link_scores": (1.0, 1.0)}, False),
])
def test_confidence_penalties(kwargs: dict, lower: bool) -> None:
    base = confidence("verb:attack", "asserted")
    assert (confidence("verb:attack", "asserted", **kwargs) < base) is lower


def test_confidence_in_unit_interval_for_every_modality_and_family() -> None:
    for family in PATTERN_WEIGHTS:
        for modality in MODALITIES:
            assert 0.0 < confidence(f"{family}:x:mutual", modality, link_scores=(0.0001,)) <= 1.0
    assert set(MODALITY_WEIGHTS) == set(MODALITIES)


def test_relate_confidence_orders_real_findings(run_relate) -> None:
    spec = {"Ahrar al-Sham": ("kb:ahrar", "armed_group"), "Faylaq al-Sham": ("kb:faylaq", "armed_group"),
            "Jabhat al-Nusra": ("kb:nusra", "armed_group")}
    (plain,), _ = run_relate("Ahrar al-Sham attacked Faylaq al-Sham.", spec)
    (hedged,), _ = run_relate("Ahrar al-Sham reportedly attacked Faylaq al-Sham.", spec)
    assert plain.confidence > hedged.confidence
