"""Trigger lemmas and nominal cues per relation type: the named data the patterns read.

Every entry carries a one-line why. Verbs are keyed by lemma (spaCy's lemmatizer); a verb's
``preps`` say which prepositions (or ``dobj``) introduce its target, so "split from B" and
"attacked B" both find B while "split in 2014" finds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VerbCue:
    """A verb that states a relation between its subject and the object found via ``preps``."""

    type: str
    preps: tuple[str, ...]
    # Relation among coordinated subjects when the verb has no object ("A and B clashed").
    mutual: str | None = None
    # Event this verb also reports (death, capture, clash, formation, ...).
    event: str | None = None


@dataclass(frozen=True, slots=True)
class NounCue:
    """A noun that states a relation: "an alliance with B", "A, a branch of B", "B's rival A"."""

    type: str
    preps: tuple[str, ...]
    # True when "between A and B" / "of A, B and C" relates the listed actors with each other.
    among: bool = False


FIGHT_PREPS = ("dobj", "against", "on", "with")
VERBS: dict[str, VerbCue] = {
    # alliance and cooperation: explicit partnership verbs
    "ally": VerbCue("allied_with", ("with", "dobj"), mutual="allied_with"),
    "cooperate": VerbCue("allied_with", ("with",), mutual="allied_with"),
    "collaborate": VerbCue("allied_with", ("with",), mutual="allied_with"),
    "coordinate": VerbCue("allied_with", ("with",), mutual="allied_with"),
    "partner": VerbCue("allied_with", ("with",), mutual="allied_with"),
    "unite": VerbCue("allied_with", ("with",), mutual="allied_with"),
    "align": VerbCue("allied_with", ("with",), mutual="allied_with"),
    "team": VerbCue("allied_with", ("with",), mutual="allied_with"),  # "teamed up with"
    # "the ISI colluded with the Taliban": secret cooperation is cooperation
    "collude": VerbCue("allied_with", ("with",), mutual="allied_with"),
    # "A and B worked together" (the ``together`` cue is checked by the pattern)
    "work": VerbCue("allied_with", ("with", "alongside"), mutual="allied_with"),
    # membership: joining a coalition or group makes the subject a member
    "join": VerbCue("member_of", ("dobj",)),
    "participate": VerbCue("member_of", ("in",)),  # "participating in the Sunni Awakening"
    # formation: "A, B and C formed D" -> each member of D, allied among themselves
    "form": VerbCue("member_of", ("dobj",), mutual="allied_with", event="formation"),
    "establish": VerbCue("member_of", ("dobj",), mutual="allied_with", event="formation"),
    "create": VerbCue("member_of", ("dobj",), mutual="allied_with", event="formation"),
    "found": VerbCue("member_of", ("dobj",), mutual="allied_with", event="formation"),
    "launch": VerbCue("member_of", ("dobj",), mutual="allied_with", event="formation"),
    # "the IJT organized two paramilitary units, called al-Badr and al-Shams"
    "organize": VerbCue("member_of", ("dobj",), mutual="allied_with", event="formation"),
    "organise": VerbCue("member_of", ("dobj",), mutual="allied_with", event="formation"),
    "announce": VerbCue("member_of", ("dobj",), event="formation"),
    # merger: the subject dissolves into the target
    # "A and B merged in 2001" names no body: each merged with the other (MUTUAL_MERGER)
    "merge": VerbCue("merged_into", ("into", "with"), mutual="merged_into"),
    "amalgamate": VerbCue("merged_into", ("into", "with"), mutual="merged_into"),
    "fuse": VerbCue("merged_into", ("into", "with"), mutual="merged_into"),
    "incorporate": VerbCue("merged_into", ("into",)),  # passive "A was incorporated into B"
    "integrate": VerbCue("merged_into", ("into",)),
    "fold": VerbCue("merged_into", ("into",)),
    "absorb": VerbCue("merged_into", ("dobj",)),  # direction flipped by the pattern table
    # splits and defections
    "split": VerbCue("split_from", ("from", "with")),
    "splinter": VerbCue("split_from", ("from",)),
    "break": VerbCue("split_from", ("from", "with")),  # "broke away from", "broke with"
    "defect": VerbCue("split_from", ("from",)),
    "secede": VerbCue("split_from", ("from",)),
    "separate": VerbCue("split_from", ("from",)),
    "leave": VerbCue("split_from", ("dobj",)),
    "quit": VerbCue("split_from", ("dobj",)),
    "expel": VerbCue("fights", ("dobj",)),
    # "drove B from the area", "to drive B out of P": only with its particle (NEEDS_OBJECT)
    "drive": VerbCue("fights", ("dobj",)),
    "chase": VerbCue("fights", ("dobj",)),  # "expelled B from the town": driven out by force
    # allegiance
    "pledge": VerbCue("pledged_allegiance_to", ("to",)),
    "swear": VerbCue("pledged_allegiance_to", ("to",)),
    # "Jundullah vows allegiance to IS", "reaffirmed its bay'ah to B", "renewed its oath to B":
    # the oath itself is the act (only with an allegiance noun, NEEDS_OBJECT)
    "vow": VerbCue("pledged_allegiance_to", ("to",)),
    "reaffirm": VerbCue("pledged_allegiance_to", ("to",)),
    "renew": VerbCue("pledged_allegiance_to", ("to",)),
    "give": VerbCue("pledged_allegiance_to", ("to",)),  # "gave bay'ah to B"
    # subordination: "Al Nusra takes orders from Al Qaeda's senior leadership" (NEEDS_OBJECT)
    "take": VerbCue("affiliated_with", ("from",)),
    # hiring another group for an operation is a working partnership: "The JRTN contracted
    # Ansar al-Islam to carry out attacks for it" (only with the operation named, NEEDS_OBJECT)
    "contract": VerbCue("allied_with", ("dobj",)),
    "hire": VerbCue("allied_with", ("dobj",)),
    # combat
    "attack": VerbCue("fights", FIGHT_PREPS),  # no mutual: "A and B attacked" is not A vs B
    "fight": VerbCue("fights", FIGHT_PREPS, mutual="fights"),
    "battle": VerbCue("fights", FIGHT_PREPS, mutual="fights"),
    "clash": VerbCue("fights", ("with", "against"), mutual="fights", event="clash"),
    "combat": VerbCue("fights", ("dobj",)),
    "target": VerbCue("fights", ("dobj",)),
    "ambush": VerbCue("fights", ("dobj",)),
    "assault": VerbCue("fights", ("dobj",)),
    "raid": VerbCue("fights", ("dobj",)),
    "shell": VerbCue("fights", ("dobj",)),
    "bomb": VerbCue("fights", ("dobj",)),
    "oust": VerbCue("fights", ("dobj",)),
    "dislodge": VerbCue("fights", ("dobj",)),
    "repel": VerbCue("fights", ("dobj",)),
    # "the town, which IS had lost in March to Syrian army forces": losing ground to B
    "lose": VerbCue("fights", ("to",)),
    "rout": VerbCue("fights", ("dobj",)),
    "defeat": VerbCue("fights", ("dobj",)),
    "eliminate": VerbCue("fights", ("dobj",)),
    "crush": VerbCue("fights", ("dobj",)),
    "resist": VerbCue("fights", ("dobj",)),
    "destroy": VerbCue("fights", ("dobj",)),
    "suppress": VerbCue("fights", ("dobj",)),
    "push": VerbCue("fights", ("dobj",)),  # "pushing back Kurdish forces" (needs "back")
    "thwart": VerbCue("fights", ("dobj",)),
    "foil": VerbCue("fights", ("dobj",)),
    "oppose": VerbCue("rival_of", ("dobj",)),
    "shoot": VerbCue("fights", ("dobj", "at")),
    # "fired mortar bombs on locations held by the army", "fired on B": only the target after
    # "on"/"at" (a fired commander has a direct object, and places are no parties)
    "fire": VerbCue("fights", ("on", "at", "upon")),
    "strike": VerbCue("fights", ("dobj", "against", "at")),
    "besiege": VerbCue("fights", ("dobj",)),
    "storm": VerbCue("fights", ("dobj",)),
    "confront": VerbCue("fights", ("dobj",)),
    "counter": VerbCue("fights", ("dobj",)),
    # "forced Jabhat al-Nusra and Liwa al-Haqq out of the town": expelled by force (particle needed)
    "force": VerbCue("fights", ("dobj",)),
    # "fought to prevent IS from advancing into Ghouta": stopping a group's advance (NEEDS_OBJECT)
    "prevent": VerbCue("fights", ("dobj",)),
    # verbal hostility
    "condemn": VerbCue("condemns", ("dobj",)),
    "criticize": VerbCue("condemns", ("dobj",)),
    "criticise": VerbCue("condemns", ("dobj",)),
    "denounce": VerbCue("condemns", ("dobj",)),
    "blame": VerbCue("condemns", ("dobj",)),
    "accuse": VerbCue("condemns", ("dobj",)),
    "excommunicate": VerbCue("condemns", ("dobj",)),
    "threaten": VerbCue("condemns", ("dobj",)),
    # more verbs of public reproach: "AQAP rebuked IS in a video", "openly renounced JeM"
    "rebuke": VerbCue("condemns", ("dobj",)),
    "decry": VerbCue("condemns", ("dobj",)),
    "castigate": VerbCue("condemns", ("dobj",)),
    "censure": VerbCue("condemns", ("dobj",)),
    "lambast": VerbCue("condemns", ("dobj",)),
    "slam": VerbCue("condemns", ("dobj",)),
    "vilify": VerbCue("condemns", ("dobj",)),
    "disown": VerbCue("condemns", ("dobj",)),
    "disavow": VerbCue("condemns", ("dobj",)),
    "renounce": VerbCue("condemns", ("dobj",)),  # a group as object; "renounced violence" has none
    # rivalry
    "rival": VerbCue("rival_of", ("dobj",)),
    "compete": VerbCue("rival_of", ("with", "against"), mutual="rival_of"),
    "feud": VerbCue("rival_of", ("with",), mutual="rival_of"),
    # support
    "back": VerbCue("supports", ("dobj",)),
    "support": VerbCue("supports", ("dobj",)),
    "fund": VerbCue("supports", ("dobj",)),
    "finance": VerbCue("supports", ("dobj",)),
    "arm": VerbCue("supports", ("dobj",)),
    "sponsor": VerbCue("supports", ("dobj",)),
    "aid": VerbCue("supports", ("dobj",)),
    "assist": VerbCue("supports", ("dobj",)),
    "supply": VerbCue("supports", ("dobj",)),
    "train": VerbCue("supports", ("dobj",)),
    "reinforce": VerbCue("supports", ("dobj",)),
    "equip": VerbCue("supports", ("dobj",)),
    "shelter": VerbCue("supports", ("dobj",)),
    # "Ahrar al-Sham has hosted Jabhat al-Nusra leaders": giving a group's men a home (only a
    # group or its people as object, HOSTED_OBJECTS: "hosted talks between A and B" is not it)
    "host": VerbCue("supports", ("dobj",)),
    # giving a group means to fight (only with the means named, NEEDS_OBJECT): "Taliban has been
    # sharing expertise with the LTTE", "the FSA has sent reinforcements to the Islamists"
    "share": VerbCue("supports", ("with",)),
    "send": VerbCue("supports", ("to",)),
    # leadership (the pattern requires a person source)
    "lead": VerbCue("leads", ("dobj",)),
    "command": VerbCue("leads", ("dobj",)),
    "head": VerbCue("leads", ("dobj",)),
    # killing: also a death event
    "kill": VerbCue("killed", ("dobj",), event="death"),
    "assassinate": VerbCue("killed", ("dobj",), event="death"),
    "execute": VerbCue("killed", ("dobj",), event="death"),
    "behead": VerbCue("killed", ("dobj",), event="death"),
    "slay": VerbCue("killed", ("dobj",), event="death"),
    # affiliation, usually passive participles: "linked to", "affiliated with"
    "affiliate": VerbCue("affiliated_with", ("with", "to")),
    "link": VerbCue("affiliated_with", ("to", "with")),
    "tie": VerbCue("affiliated_with", ("to",)),
    "associate": VerbCue("affiliated_with", ("with",)),
    "connect": VerbCue("affiliated_with", ("to", "with")),
    # place: bases and control
    "base": VerbCue("based_in", ("in", "at", "out")),
    "headquarter": VerbCue("based_in", ("in",)),
    "station": VerbCue("based_in", ("in",)),
    "locate": VerbCue("based_in", ("in", "at")),
    "operate": VerbCue("based_in", ("in",)),  # "operates mostly in the Assyrian areas of P"
    "control": VerbCue("based_in", ("dobj",)),
}

# Predicate adjectives after a copula ("be", "remain", ...) that relate the subject to the object
# of their preposition: "AAH has been very active against IS", "some ABM cells remain loyal to AQ".
ADJECTIVE_CUES: dict[str, tuple[str, tuple[str, ...]]] = {
    "active": ("fights", ("against",)),  # operating against a group is fighting it
    "loyal": ("affiliated_with", ("to",)),  # loyalty to a group without a formal pledge
    "subordinate": ("affiliated_with", ("to",)),
    "opposed": ("rival_of", ("to",)),  # "A is opposed to B" (parsed as a passive of "oppose")
}
COPULAS = frozenset({"be", "remain", "become", "stay", "seem", "appear"})

# Verbs whose subject lands in the group a second preposition names: "X defected to B" says X
# left one side (``split_from`` via "from") and is now B's (``member_of`` via "to").
DESTINATION_PREPS: dict[str, tuple[str, str]] = {
    "defect": ("to", "member_of"),
    "desert": ("to", "member_of"),  # "soldiers deserted to the FSA"
}

# Objects of "host" that make it support: a group's people (the group itself is an arg).
HOSTED_OBJECTS = frozenset({"fighter", "leader", "militant", "member", "commander", "operative",
                            "camp", "base", "headquarters", "office", "cell", "jihadist"})
# Verbs that report a capture when their object is a place (event only, no relation).
CAPTURE_VERBS = frozenset({"capture", "seize", "take", "overrun", "overtake", "conquer", "recapture",
                           "retake", "liberate", "storm", "enter", "free", "regain", "wrest"})
# Hostile acts named by a noun: "an air strike against B", "an attack on B", "war on B".
HOSTILE_NOUNS = frozenset({"attack", "offensive", "assault", "operation", "operations", "raid",
                           "strike", "airstrike", "airstrikes", "strikes", "campaign", "war",
                           "bombardment", "ambush", "attacks", "offensives", "raids", "bombing",
                           "shelling", "fight", "battle", "push"})
# Nouns of killing: "the assassination of X by A".
KILLING_NOUNS = frozenset({"assassination", "killing", "murder", "execution", "beheading"})
# Nouns of a statement whose clause speaks for the one who made it: "a statement condemning B".
STATEMENT_NOUNS = frozenset({"statement", "video", "message", "communique", "announcement",
                             "letter", "speech", "fatwa", "recording", "post", "tweet",
                             "declaration", "audio"})
# Verbs by which a statement is its subject's own: "issued / posted / released a statement (video)
# condemning B" (not "rejected / received / watched a video pledging allegiance to B").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "put", "send", "sign", "broadcast",
                           "air", "upload", "make", "deliver", "give", "circulate", "distribute",
                           "tweet", "write", "pen", "record", "film", "produce", "unveil", "share"})
# Verbs whose subject makes a statement (event "statement"; also the claim cue of modality).
SPEECH_VERBS = frozenset({"say", "claim", "state", "declare", "announce", "insist", "assert",
                          "tell", "confirm", "add", "report", "stress", "warn"})
# Verbs that end a group (event "dissolution").
DISSOLVE_VERBS = frozenset({"dissolve", "disband", "collapse", "demobilize"})
# Verbs whose subject becomes the object's own: "B absorbed A" means A merged into B.
FLIPPED_VERBS = frozenset({"absorb"})
# Verbs that lend their subject to a relational noun object: "A formed an alliance with B",
# "A has close ties to B", "A took part in joint operations with B". Other verbs do not:
# "A released 50 B members" says nothing about A's membership.
LIGHT_VERBS = frozenset({"form", "have", "forge", "establish", "announce", "conclude", "sign",
                         "build", "create", "maintain", "enter", "seek", "declare", "launch",
                         "begin", "start", "conduct", "carry", "stage", "mount", "wage", "hold",
                         "reach", "make", "keep", "share", "develop", "strengthen", "cement",
                         "be", "become", "remain", "provide", "offer", "give", "extend",
                         "lend", "continue", "lead", "spearhead", "execute", "perform", "join",
                         "participate", "engage", "pledge", "swear", "renew", "deny", "end",
                         "sever", "cut", "break", "receive", "get", "obtain", "enjoy", "seem",
                         "appear", "act", "serve", "operate", "fight", "work", "coordinate",
                         "propose", "consider", "call", "regard", "see"})
# Verbs whose subject receives what the noun names: "A received support from B".
RECEIVE_VERBS = frozenset({"receive", "get", "obtain", "enjoy", "accept"})
# Verbs that need a named object noun to mean the relation: "pledged allegiance to".
NEEDS_OBJECT = {
    "pledge": frozenset({"allegiance", "loyalty", "bay'ah", "bayah", "bay`ah", "baya", "oath"}),
    "swear": frozenset({"allegiance", "loyalty", "bay'ah", "bayah", "oath"}),
    "break": frozenset({"away", "off", "ties", "tie", "relations"}),
    # "worked with B to plan the bombings" is cooperation as much as "worked together"
    "work": frozenset({"together", "closely", "alongside", "jointly", "with"}),
    "vow": frozenset({"allegiance", "loyalty", "bay'ah", "bayah", "oath"}),
    "reaffirm": frozenset({"allegiance", "loyalty", "bay'ah", "bayah", "oath"}),
    "renew": frozenset({"allegiance", "loyalty", "bay'ah", "bayah", "oath"}),
    "give": frozenset({"allegiance", "bay'ah", "bayah"}),
    # only orders and instructions make "take from" subordination ("took weapons from B" does not)
    "take": frozenset({"orders", "order", "instructions", "instruction", "directives", "commands"}),
    # hiring for an operation, not "contracted a company to build": the act is named
    "contract": frozenset({"attack", "attacks", "operations", "operation", "bombings", "fight",
                           "assassinate", "assassinations", "kill", "kidnap", "kidnappings"}),
    "hire": frozenset({"attack", "attacks", "operations", "operation", "bombings", "fight",
                       "assassinate", "assassinations", "kill", "kidnap", "kidnappings"}),
    "share": frozenset({"expertise", "intelligence", "technology", "weapons", "know-how", "training",
                        "experience", "skills", "arms", "explosives"}),
    "send": frozenset({"reinforcement", "reinforcements", "fighters", "weapons", "arms", "troops",
                       "aid", "supplies", "ammunition", "militants", "men", "money", "funds",
                       "equipment", "advisers", "advisors"}),
    "prevent": frozenset({"advancing", "advance", "entering", "reaching", "taking", "capturing",
                          "attacking", "seizing", "retaking", "storming"}),
    # "forced B out of the town", "forced B to withdraw from P"
    "force": frozenset({"out", "withdraw", "retreat", "flee", "leave", "evacuate"}),
    "team": frozenset({"up"}),
    "push": frozenset({"back"}),
    "drive": frozenset({"from", "out", "back", "away"}),
    "chase": frozenset({"from", "out", "away"}),
}

NOUNS: dict[str, NounCue] = {
    # alliances and coalitions: "an alliance between A and B", "a coalition of A, B and C"
    "alliance": NounCue("allied_with", ("with", "between", "of"), among=True),
    "coalition": NounCue("allied_with", ("with", "between", "of"), among=True),
    "partnership": NounCue("allied_with", ("with", "between"), among=True),
    "cooperation": NounCue("allied_with", ("with", "between"), among=True),
    "collaboration": NounCue("allied_with", ("with", "between"), among=True),
    "pact": NounCue("allied_with", ("with", "between"), among=True),
    "collusion": NounCue("allied_with", ("with", "between"), among=True),
    "ally": NounCue("allied_with", ("of",)),
    "partner": NounCue("allied_with", ("of",)),
    # operations side by side
    "operation": NounCue("joint_operation", ("with", "between"), among=True),
    "offensive": NounCue("joint_operation", ("with", "between"), among=True),
    "attack": NounCue("joint_operation", ("with", "between"), among=True),
    "operations": NounCue("joint_operation", ("with", "between"), among=True),
    # only when qualified as joint (JOINT_NOUNS): "a joint assassination attempt", "a joint effort"
    "attempt": NounCue("joint_operation", ("with", "between", "by"), among=True),
    "effort": NounCue("joint_operation", ("with", "between", "by"), among=True),
    "bombing": NounCue("joint_operation", ("with", "between", "by"), among=True),
    "attacks": NounCue("joint_operation", ("with", "between"), among=True),
    "campaign": NounCue("joint_operation", ("with", "between"), among=True),
    "strike": NounCue("joint_operation", ("with", "between"), among=True),
    # structure: branches, subunits, members
    "branch": NounCue("affiliated_with", ("of", "in")),
    "affiliate": NounCue("affiliated_with", ("of",)),
    "franchise": NounCue("affiliated_with", ("of",)),
    "arm": NounCue("affiliated_with", ("of",)),
    "front": NounCue("affiliated_with", ("for",)),  # "a front for B"
    "proxy": NounCue("affiliated_with", ("of", "for")),
    "wing": NounCue("subunit_of", ("of",)),
    "faction": NounCue("subunit_of", ("of", "within", "in")),
    "unit": NounCue("subunit_of", ("of", "within", "in")),
    "battalion": NounCue("subunit_of", ("of", "within", "in")),
    "brigade": NounCue("subunit_of", ("of", "within", "in")),
    "jamaat": NounCue("subunit_of", ("of", "within", "in")),
    "subgroup": NounCue("subunit_of", ("of", "within")),
    "member": NounCue("member_of", ("of",)),
    "part": NounCue("member_of", ("of",)),
    "component": NounCue("member_of", ("of",)),
    "offshoot": NounCue("affiliated_with", ("of", "from")),  # "al-Qaeda's Syrian offshoot"
    "splinter": NounCue("split_from", ("of", "from")),
    "breakaway": NounCue("split_from", ("from", "of")),
    "successor": NounCue("merged_into", ("to", "of")),
    # hostility
    "rival": NounCue("rival_of", ("of", "to")),
    "enemy": NounCue("rival_of", ("of", "to")),
    "adversary": NounCue("rival_of", ("of", "to")),
    "foe": NounCue("rival_of", ("of",)),
    "rivalry": NounCue("rival_of", ("with", "between"), among=True),
    "feud": NounCue("rival_of", ("with", "between"), among=True),
    "odds": NounCue("rival_of", ("with",)),  # "at odds with"
    "hostile": NounCue("rival_of", ("to", "towards", "toward")),  # "A has been hostile to B"
    # "A's opposition to B": "the opposition" alone names the rebels, so only "to" gives a target
    "opposition": NounCue("rival_of", ("to",)),
    "tension": NounCue("rival_of", ("with", "between"), among=True),
    "clash": NounCue("fights", ("with", "between", "among", "against"), among=True),
    "clashes": NounCue("fights", ("with", "between", "among", "against"), among=True),
    "fighting": NounCue("fights", ("with", "between", "among", "against"), among=True),
    "infighting": NounCue("fights", ("with", "between", "among"), among=True),
    "war": NounCue("fights", ("against", "on", "with", "between"), among=True),
    "battle": NounCue("fights", ("against", "with", "between"), among=True),
    "condemnation": NounCue("condemns", ("of",)),
    "criticism": NounCue("condemns", ("of",)),
    # support
    "backer": NounCue("supports", ("of",)),
    "sponsor": NounCue("supports", ("of",)),
    "patron": NounCue("supports", ("of",)),
    "support": NounCue("supports", ("for", "to")),
    # allegiance and merger as nouns: "its pledge of allegiance to B", "a merger with B"
    "allegiance": NounCue("pledged_allegiance_to", ("to",)),
    "loyalty": NounCue("pledged_allegiance_to", ("to",)),  # "declared its loyalty to B"
    "bay'ah": NounCue("pledged_allegiance_to", ("to",)),
    "bayah": NounCue("pledged_allegiance_to", ("to",)),
    "merger": NounCue("merged_into", ("with", "into"), among=False),
    # timeline lines in the historical present, tagged as nouns: "ART merges into AKT"
    "merges": NounCue("merged_into", ("with", "into")),
    "affiliation": NounCue("affiliated_with", ("with", "to")),
    "control": NounCue("based_in", ("of", "over")),  # "ISIL was in full control of the town"
    "ties": NounCue("affiliated_with", ("with", "to")),
    "room": NounCue("allied_with", ("between", "of"), among=True),  # "a joint operations room between"
    "council": NounCue("allied_with", ("between", "of"), among=True),
    "links": NounCue("affiliated_with", ("with", "to")),
    # "A is the largest group in D", "A, a faction in D": membership by position
    "group": NounCue("member_of", ("in", "within")),
}
# Participles that relate the noun they modify to a hyphenated or compound actor:
# "the al-Qaeda-linked Nusra Front", "Iran-backed militias" -> (type, modifier is the source).
MODIFIER_CUES: dict[str, tuple[str, bool]] = {
    "link": ("affiliated_with", False), "linked": ("affiliated_with", False),
    "affiliate": ("affiliated_with", False), "affiliated": ("affiliated_with", False),
    "ally": ("allied_with", False), "allied": ("allied_with", False),
    "align": ("allied_with", False), "aligned": ("allied_with", False),
    "back": ("supports", True), "backed": ("supports", True),
    "support": ("supports", True), "supported": ("supports", True),
    "sponsor": ("supports", True), "sponsored": ("supports", True),
    "fund": ("supports", True), "funded": ("supports", True),
    "arm": ("supports", True), "armed": ("supports", True),
    "tie": ("affiliated_with", False), "tied": ("affiliated_with", False),
    "inspire": ("affiliated_with", False), "inspired": ("affiliated_with", False),
    "loyal": ("affiliated_with", False),
    # place modifiers: "the Daesh-controlled town of Al Tabqah" -> Daesh based_in Al Tabqah
    "controlled": ("based_in", True), "held": ("based_in", True), "occupied": ("based_in", True),
    "dominated": ("based_in", True), "run": ("based_in", True),
    # "the IS-bastion city of Manbij", "a Taliban-stronghold district": a base named in a compound
    "bastion": ("based_in", True), "stronghold": ("based_in", True), "heartland": ("based_in", True),
}
# Noun cues that only mean joint operations when qualified as joint ("a joint attack").
JOINT_NOUNS = frozenset({"operation", "operations", "offensive", "attack", "assault", "raid",
                         "attempt", "effort", "bombing", "attacks", "campaign", "strike"})
# Adjectives / adverbs that make an action shared: "joint operations", "attacked together".
TOGETHER_WORDS = frozenset({"joint", "jointly", "together", "combined", "coordinated"})
# Person roles that make the person a leader of the group: "the military emir of A, X".
LEADER_NOUNS = frozenset({"leader", "emir", "amir", "commander", "chief", "head", "founder",
                          "chairman", "president", "spokesman", "spokesperson", "deputy",
                          "cofounder", "co-founder", "qadi", "sheikh", "mufti", "ruler",
                          "general", "colonel", "director", "chief-of-staff",
                          "frontman"})  # "Iraq's al-Qaeda frontman X": the public face leads
# Roles that make a person a member rather than a leader.
MEMBER_ROLES = frozenset({"spokesman", "spokesperson", "fighter", "official", "member",
                          "militant", "operative", "ideologue", "cleric"})
# Modifiers dropped from a role: they date it rather than name it ("the new emir").
ROLE_DROP = frozenset({"new", "former", "late", "then", "current", "top", "senior", "the",
                       "its", "their", "a", "an", "group", "'s"})
# Nouns for the base of a group: "A's stronghold of P", "P, a stronghold of A".
BASE_NOUNS = frozenset({"stronghold", "base", "headquarters", "bastion", "hub", "capital",
                        "heartland", "fiefdom", "bases"})
# Nouns standing for a group's people, which carry the group into a slot: "A fighters".
CARRIER_NOUNS = frozenset({"fighter", "militant", "member", "force", "troop", "unit", "jamaat",
                           "brigade", "battalion", "faction", "wing", "cell", "rebel",
                           "jihadist", "insurgent", "gunman", "soldier", "commander", "men",
                           "position", "positions", "army", "group", "militia", "branch",
                           "membership", "remnant", "remainder", "asset", "operative", "leadership",
                           "headquarters", "base", "target", "post", "checkpoint", "convoy",
                           "stronghold", "militants", "fighters", "rebels", "tribesmen",
                           "units", "forces", "troops", "members", "groups", "factions",
                           "commanders", "leaders", "leader", "supporters", "loyalists", "patrol",
                           "garrison", "coalition", "alliance", "umbrella", "council", "movement",
                           "organization", "room", "vehicles", "outposts", "lines", "ranks",
                           "terrorist", "terrorists", "extremist", "extremists", "militiaman",
                           "militiamen", "bomber", "bombers", "attacker", "attackers", "element",
                           "elements", "personnel", "agency", "outlet", "channel", "guard",
                           "guards", "contingent", "battalions", "brigades", "jihadists",
                           "insurgents", "gunmen", "soldiers", "division", "sector",
                           "aircraft", "warplanes", "warplane", "jets", "planes", "artillery",
                           "tanker", "tankers", "truck", "trucks", "vehicle",
                           "advance", "number", "dozens", "hundreds", "scores", "some", "many",
                           "tribe", "organisation", "compound", "camp", "camps", "meeting", "guerrilla",
                           "guerrillas", "franchise", "bureau", "office", "committee",
                           "department", "command", "those", "these",
                           "network",
                           "gathering", "attacks", "airstrikes", "strikes", "raids", "attack",
                           "airstrike", "shelling", "bombardment", "offensive",
                           "cadre", "cadres",  # "eliminate TJP cadres"
                           "power"})  # "backed by Russian air power"
# Prepositions by which a carrier noun names its group: "fighters from A", "groups including A".
CARRIER_PREPS = frozenset({"of", "from", "in", "within", "including", "like", "as", "among"})
# Prepositions linking a co-agent to the acting subject: "A, along with B, attacked C".
COAGENT_PREPS = frozenset({"alongside", "along", "together", "collaboration", "cooperation",
                           "coordination", "conjunction", "partnership", "tandem",
                           "concert"})  # "acted in concert with TTP"
# Copular list heads: "The three organizations are A, B and C" (members of the antecedent).
LIST_NOUNS = frozenset({"member", "members", "organization", "organizations", "group", "groups",
                        "faction", "factions", "component", "components", "party", "parties"})
# Adjectives of absence: "notably absent is A" -> A is not a member of what was just formed.
ABSENT_WORDS = frozenset({"absent", "missing"})

# Words that make a sentence worth parsing: every cue above as a whole word with its
# inflections, plus irregular forms. Speech verbs are left out on purpose: "said" is in most
# news sentences, so a statement alone does not pay for a parse (statement events still come
# from sentences parsed for another cue). Cue words that are mostly something else in news
# text ("group", "army", "front", "united", "part") are left out as well; the patterns still
# use them once a sentence is parsed.
NOT_SELECTING = frozenset({"group", "army", "front", "unite", "part", "state", "work", "arm",
                           "head", "station", "train", "counter", "base", "control", "support",
                           "back", "aid", "supply", "target", "war", "strike", "strikes",
                           "attack", "attacks", "leadership", "force", "held", "capital", "unit",
                           "give", "renew",  # "gave bay'ah": the allegiance noun selects
                           "send", "share", "prevent"})  # common verbs; their objects decide
SELECTING_WORDS = sorted({*VERBS, *NOUNS, *ADJECTIVE_CUES, *LEADER_NOUNS, *BASE_NOUNS, *CAPTURE_VERBS,
                          *DISSOLVE_VERBS, *ABSENT_WORDS, *MODIFIER_CUES, *TOGETHER_WORDS,
                          "took", "taken", "led", "drove", "driven", "chased", "fought", "broke",
                          "broken", "swore", "sworn",
                          "split", "struck", "shot", "alongside", "along", "allegiance",
                          "backed", "backing", "supported", "supporting", "targeted",
                          "attacked", "attacking", "controlled", "controls", "based",
                          "headquartered", "headed", "heads", "allied", "allies",
                          "succeeded"} - NOT_SELECTING)
TRIGGER_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(SELECTING_WORDS, key=len, reverse=True))
                        + r")(?:s|es|ed|d|ing|ion|ions|ment|ments)?\b", re.IGNORECASE)
