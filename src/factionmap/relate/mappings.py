"""Export mapping of factionmap's relation and event types to ACLED, CAMEO, PLOVER and MMP.

Data only; each row says why. ACLED codes events (event_type / sub_event_type) between actors,
so only relations that are acts map onto it; CAMEO/PLOVER code dyadic events (root codes);
Mapping Militants codes standing relationships between groups (all, riv, aff, spl, mer).
``None`` means the scheme has no category for it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExportCodes:
    """The category of one factionmap type in each outside scheme."""

    acled: str | None
    cameo: str | None
    plover: str | None
    mmp: str | None


RELATION_CODES: dict[str, ExportCodes] = {
    # ACLED records alliances only as "associated actors"; CAMEO 06 = material cooperation
    "allied_with": ExportCodes(None, "06 Engage in material cooperation", "COOPERATE", "all"),
    # fighting side by side is an ACLED event with both as associated actors of side 1
    "joint_operation": ExportCodes("Battles (associated actors)", "061 Cooperate militarily",
                                   "COOPERATE (military)", "all"),
    "member_of": ExportCodes(None, None, None, "aff"),
    "subunit_of": ExportCodes(None, None, None, "aff"),
    "affiliated_with": ExportCodes(None, None, None, "aff"),
    # bay'ah is an expressed intent to cooperate/yield (CAMEO 03/08)
    "pledged_allegiance_to": ExportCodes(None, "03 Express intent to cooperate", "AGREE", "aff"),
    "split_from": ExportCodes(None, "16 Reduce relations", "REDUCE", "spl"),
    "merged_into": ExportCodes(None, None, "CONSOLIDATE", "mer"),
    "fights": ExportCodes("Battles / Armed clash", "19 Fight", "FIGHT", "riv"),
    "condemns": ExportCodes(None, "11 Disapprove", "ACCUSE", "riv"),
    "rival_of": ExportCodes(None, "13 Threaten / 16 Reduce relations", "THREATEN", "riv"),
    "supports": ExportCodes(None, "07 Provide aid", "AID", "aff"),
    "leads": ExportCodes(None, None, None, None),
    "killed": ExportCodes("Violence against civilians / Battles", "18 Assault", "ASSAULT", None),
    "based_in": ExportCodes("Strategic developments: Headquarters or base established",
                            None, None, None),
}

EVENT_CODES: dict[str, ExportCodes] = {
    "death": ExportCodes("Violence against civilians / Battles (fatalities)", "18 Assault",
                         "ASSAULT", None),
    "formation": ExportCodes("Strategic developments: Agreement", "06 Engage in material "
                             "cooperation", "CONSOLIDATE", "all"),
    "dissolution": ExportCodes("Strategic developments: Change to group/activity", None,
                               "CONSOLIDATE", "mer"),
    "capture": ExportCodes("Battles: Non-state actor overtakes territory", "19 Fight "
                           "(occupy territory, 192)", "FIGHT", None),
    "clash": ExportCodes("Battles: Armed clash", "190 Use conventional military force",
                         "FIGHT", "riv"),
    "statement": ExportCodes(None, "01 Make public statement", "ACCUSE / AGREE (by content)",
                             None),
}

# MMP label -> the factionmap relation types that state it (used to score the MMP dev set).
MMP_TYPES: dict[str, frozenset[str]] = {
    "all": frozenset({"allied_with", "joint_operation"}),
    "riv": frozenset({"rival_of", "fights", "condemns"}),
    # A branch is the group-level form of membership ("AQAP, al-Qaeda's Yemeni branch"): MMP
    # codes branches as affiliation, so subunit_of counts beside member_of.
    "aff": frozenset({"affiliated_with", "pledged_allegiance_to", "member_of", "subunit_of"}),
    "spl": frozenset({"split_from"}),
    "mer": frozenset({"merged_into"}),
}
