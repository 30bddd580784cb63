""""anti-government forces" are the rebels: neither the recogniser's KB alias nor the regime
coreference may read them as the government's forces (a Wikipedia sentence had Russia fighting
the Syrian government it was bombing for). "government forces" and "pro-government forces" keep
their reading.
"""

from __future__ import annotations

import pytest

from factionmap.pipeline import extract
from factionmap.types import Document

SGF = "kb:syrian-government-forces"


def _run(resources, text: str):
    return extract(Document(doc_id="t", text=text, source="t"), resources)


@pytest.mark.parametrize("text", [
    "Since 30 September 2015, Russia has waged an intensive air campaign against anti-government forces in "
    "Syria, on the side of and at the request of the Syrian government.",
    "Russian jets bombed anti-government forces in Syria.",
    "Russia bombed anti-regime forces near Aleppo, Syria.",
])
def test_anti_government_forces_are_not_the_government(resources, text):
    ex = _run(resources, text)
    assert not [m.text for e in ex.entities for m in e.mentions
                if "government forces" in m.text or "regime forces" in m.text]
    assert not [r for r in ex.relations if r.type == "fights" and SGF in (r.source, r.target)]


@pytest.mark.parametrize("text", [
    "Russia bombed government forces in Syria.",
    "Russia bombed pro-government forces in Syria.",
])
def test_government_forces_keep_their_reading(resources, text):
    ex = _run(resources, text)
    assert ("fights", "kb:russia", SGF) in {(r.type, r.source, r.target) for r in ex.relations}
