"""Eleventh round, a conjunct after a bracketed acronym: "aligned with the Kenyan Defense Forces
(KDF) and Somali forces". Kept in the masked text, the bracket parses as an apposition and "and
Somali forces" hangs on the verb, so only the first party got the edge. The bracket around a
repeat of the name before it is left out of the masked text when a conjunct follows
(``candidates.mask``), and the participle read off the token sequence ("A aligned with B and
C") gives every conjunct of its party (``nominal_phrases._participle_sequence``).
"""

from __future__ import annotations

from factionmap.relate.candidates import Arg, mask
from factionmap.types import Sentence

G = "armed_group"
SPEC = {
    "Ras Kamboni Movement": ("kb:rkm", G), "Kenyan Defense Forces": ("kb:kdf", "state_actor"),
    "KDF": ("kb:kdf", "state_actor"), "Somali forces": ("kb:sna", "state_actor"),
    "Al-Shabab": ("kb:shabaab", G),
}
RKM = ("In late 2012, the Ras Kamboni Movement aligned with the Kenyan Defense Forces (KDF) and "
       "Somali forces to push Al-Shabab out of Kismayo.")


def _arg(text: str, name: str, eid: str, nth: int = 0) -> Arg:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Arg((eid,), G, start, start + len(name), 1.0, False, "body")


def edges(relations) -> set[tuple]:
    """(type, source, target); a symmetric alliance's pair in id order."""
    return {(r.type, *sorted((r.source, r.target))) if r.type == "allied_with"
            else (r.type, r.source, r.target) for r in relations}


def test_bracketed_repeat_before_a_conjunct_is_left_out():
    text = "They aligned with the Kenyan Defense Forces (KDF) and Somali forces near Kismayo."
    args = [_arg(text, "Kenyan Defense Forces", "kb:kdf"), _arg(text, "KDF", "kb:kdf"),
            _arg(text, "Somali forces", "kb:sna")]
    masked = mask(0, text, Sentence(0, len(text), "body"), args)
    assert masked.text == "They aligned with the Hamas and Hamas near Kismayo."
    assert masked.to_doc(masked.text.index(" and")) == text.index(" and")
    assert masked.to_doc(masked.text.index("near")) == text.index("near")


def test_bracketed_repeat_without_a_conjunct_stays():
    text = "The Kenyan Defense Forces (KDF) attacked Kismayo."
    args = [_arg(text, "Kenyan Defense Forces", "kb:kdf"), _arg(text, "KDF", "kb:kdf")]
    assert mask(0, text, Sentence(0, len(text), "body"), args).text == \
        "The Hamas (Hamas) attacked Kismayo."


def test_bracket_of_another_actor_stays():
    # "(KDF)" here is no repeat of the name before it: two actors, both kept
    text = "They aligned with the Somali forces (KDF) and Al-Shabab near Kismayo."
    args = [_arg(text, "Somali forces", "kb:sna"), _arg(text, "KDF", "kb:kdf"),
            _arg(text, "Al-Shabab", "kb:shabaab")]
    assert mask(0, text, Sentence(0, len(text), "body"), args).text == \
        "They aligned with the Hamas (Hamas) and Hamas near Kismayo."


def test_alignment_reaches_the_conjunct_after_the_bracket(run_relate):
    found = edges(run_relate(RKM, SPEC)[0])
    assert {("allied_with", "kb:kdf", "kb:rkm"), ("allied_with", "kb:rkm", "kb:sna")} <= found
    assert ("allied_with", "kb:rkm", "kb:shabaab") not in found


def test_participle_conjuncts_are_only_its_partys(run_relate):
    # "Somali forces" is the verb's second subject, not a party of "aligned with"
    text = ("The Ras Kamboni Movement aligned with the Kenyan Defense Forces, and Somali forces "
            "fought Al-Shabab.")
    found = edges(run_relate(text, SPEC)[0])
    assert ("allied_with", "kb:kdf", "kb:rkm") in found
    assert ("allied_with", "kb:rkm", "kb:sna") not in found
