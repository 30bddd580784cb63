"""Tenth round, splinters and lineage: who a new body split from when the text says it through
a unit named before, a source ("from the remaining members of A"), a divided group, or a
later name; and a name glued to a participle ("Al Qaeda-affiliated militants") that modifies
a noun without being it.

Every case lists edges that must be found and edges that must not.
"""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "Ulster Volunteer Force": ("kb:uvf", G), "UVF": ("kb:uvf", G),
    "Loyalist Volunteer Force": ("kb:lvf", G), "LVF": ("kb:lvf", G),
    "IUMK": ("kb:iumk", G), "IMK": ("kb:imk", G), "Kurdish Hamas": ("kb:khamas", G),
    "GIA": ("kb:gia", G), "GSPC": ("kb:gspc", G), "AQIM": ("kb:aqim", G),
    "Al-Qaeda in Yemen": ("kb:aqy", G), "Al Qaeda-affiliated": ("kb:aq", G),
    "Jund al-Aqsa": ("kb:jund", G), "Nusra Front": ("kb:nusra", G), "ISIS": ("kb:isis", G),
    "Ali Abdul Aziz": ("new:aziz", "person"), "Omar Barziani": ("new:barziani", "person"),
    "Hassan Hattab": ("new:hattab", "person"),
}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


def patterns(relations) -> dict[tuple, str]:
    """(type, source, target) -> pattern of each relation."""
    return {(r.type, r.source, r.target): r.pattern for r in relations}


SPLIT = ("split_from", "kb:lvf", "kb:uvf", "asserted")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 527: the unit's group is named in the sentence before
    ("The UVF leadership expelled members of the mid-Ulster brigade of the UVF after they killed two "
     "civilians. The mid-Ulster brigade members went on to form the Loyalist Volunteer Force (LVF).",
     {SPLIT}, set()),
    # another unit than the one named before: nothing is known of its group
    ("The UVF leadership expelled members of the mid-Ulster brigade of the UVF. The east Antrim "
     "brigade members went on to form the Loyalist Volunteer Force (LVF).", set(), {SPLIT}),
    # a unit named without its group gives nothing to remember
    ("Police arrested members of the mid-Ulster brigade. The mid-Ulster brigade members went on "
     "to form the Loyalist Volunteer Force (LVF) with the UVF.", set(), {SPLIT}),
])
def test_round10_unit_named_before(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 1455: "re-form" parses as "form"; the source of the members is the group left
    ("Omar Barziani subsequently re-formed Kurdish Hamas with his followers, leaving Ali Abdul Aziz "
     "to re-form the IMK from the remaining members of the IUMK.",
     {("split_from", "kb:imk", "kb:iumk", "asserted")},
     {("split_from", "kb:khamas", "kb:iumk", "asserted"),
      ("member_of", "new:barziani", "kb:iumk", "asserted"),
      ("member_of", "new:aziz", "kb:iumk", "asserted")}),
    ("Ali Abdul Aziz formed the IMK out of fighters from the IUMK.",
     {("split_from", "kb:imk", "kb:iumk", "asserted")}, set()),
    # formed "from" a place or a merger is no splinter
    ("Ali Abdul Aziz formed the IMK from a base in the IUMK area.", set(),
     {("split_from", "kb:imk", "kb:iumk", "asserted")}),
])
def test_round10_formed_from_members(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"


GSPC_GIA = ("split_from", "kb:gspc", "kb:gia", "asserted")
AQIM_GIA = ("split_from", "kb:aqim", "kb:gia", "asserted")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 1737: the group said to be divided is the one left; the new name inherits the split
    ("In 1998, the GIA became divided over the issue of attacking civilians, and a group of "
     "militants, lead by Hassan Hattab, split to form the GSPC, which later changed its name to AQIM.",
     {GSPC_GIA, AQIM_GIA}, set()),
    ("The GIA became divided over the issue, and a group of militants split to form the GSPC.",
     {GSPC_GIA}, {AQIM_GIA}),
    # the new name after a split read from the formers ("members of A formed B")
    ("Members of the GIA formed the GSPC, which was renamed AQIM in 2007.", {GSPC_GIA, AQIM_GIA}, set()),
    # nothing says the GIA came apart: the militants may be anyone's
    ("The GIA attacked the town, and a group of militants split to form the GSPC.", set(), {GSPC_GIA}),
    # a new name without a split to hand on gives nothing
    ("The GSPC, which later changed its name to AQIM, attacked the GIA.", set(), {AQIM_GIA}),
])
def test_round10_divided_group_and_new_name(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"


def test_round10_new_name_has_its_own_pattern(run_relate):
    text = ("The GIA became divided, and a group of militants split to form the GSPC, which later "
            "changed its name to AQIM.")
    found = patterns(run_relate(text, SPEC)[0])
    assert found[("split_from", "kb:aqim", "kb:gia")] == "verb:form:split:renamed"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 289: the militants are affiliated with al-Qaeda, they are not al-Qaeda
    ("Al-Qaeda in Yemen merged with Al Qaeda-affiliated Saudi militants.", set(),
     {("merged_into", "kb:aqy", "kb:aq", "asserted")}),
    ("ISIS clashed with Al Qaeda-affiliated fighters near the town.", set(),
     {("fights", "kb:isis", "kb:aq", "asserted"), ("fights", "kb:aq", "kb:isis", "asserted")}),
    # a glued modifier of a named group still relates the two, and the name is the argument
    ("The Nusra Front merged with Al Qaeda-affiliated Jund al-Aqsa.",
     {("merged_into", "kb:nusra", "kb:jund", "asserted"),
      ("affiliated_with", "kb:jund", "kb:aq", "asserted")},
     {("merged_into", "kb:nusra", "kb:aq", "asserted")}),
])
def test_round10_glued_modifier_is_not_the_head(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"
