"""A leader's or spokesman's stance is the group's.

"Boko Haram leader Abubakar Shekau pledged allegiance to the Islamic State", "Hezbollah chief
Hassan Nasrallah denounced the Islamic State", "Jaish al-Islam spokesman Islam Alloush
condemned the Nusra Front": analysts (and Mapping Militants) read each as the group's own
pledge, condemnation or alliance. When the same sentence names a person as a group's leader or
spokesman and that person is the source of a stance toward another actor, the group gets the
stance too, with the person recorded in ``via`` and a lower confidence than a direct
statement (see ``confidence.VIA_LEADER``). The person's own edge is kept when its type takes a
person.

Deliberately narrow:
- only stances a leader takes for the group (``GROUP_STANCES``); fighting, killing, meeting or
  being arrested are the person's own;
- only the roles of ``SPEAKING_ROLES`` (a founder, a deputy or a "former" leader does not speak
  for the group now);
- only a role stated in the same sentence, never the group itself as target.
"""

from __future__ import annotations

from factionmap.relate.syntax import Arg, Finding, SentenceView

# Stances a leader or spokesman takes in the group's name.
GROUP_STANCES = frozenset({"pledged_allegiance_to", "condemns", "allied_with", "supports"})
# Roles (as the role patterns record them) whose holder speaks for the group.
SPEAKING_ROLES = frozenset({"leader", "emir", "amir", "chief", "head", "chairman", "president",
                            "spokesman", "spokesperson", "commander", "frontman"})
# Modifiers of the role noun that put the role in the past: "Former Fatah al-Islam leader".
PAST_ROLE_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
VIA_PATTERN_SUFFIX = ":via-leader"


def _speaks_for(view: SentenceView, found: list[Finding]) -> list[tuple[Arg, Arg]]:
    """(person, group) for each leads / member_of finding of a speaking role in the sentence."""
    pairs = []
    for f in found:
        if f.type not in ("leads", "member_of") or f.source is None or not f.source.is_person \
                or not f.target.is_actor or not f.pattern.startswith("role:"):
            continue
        if f.pattern.split(":", 1)[1] not in SPEAKING_ROLES:
            continue
        noun = view.doc[f.anchor]
        if any(c.lower_ in PAST_ROLE_WORDS for c in noun.children) \
                or (noun.i > 0 and noun.doc[noun.i - 1].lower_ in PAST_ROLE_WORDS):
            continue
        pairs.append((f.source, f.target))
    return pairs


def leader_acts(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """The group's own stance for each stance its leader or spokesman takes in the sentence."""
    pairs = _speaks_for(view, found)
    if not pairs:
        return []
    out: list[Finding] = []
    for f in found:
        if f.type not in GROUP_STANCES or f.source is None or not f.source.is_person:
            continue
        for person, group in pairs:
            if person.ids != f.source.ids or set(group.ids) & set(f.target.ids):
                continue
            out.append(Finding(f.type, group, f.target, f.pattern + VIA_PATTERN_SUFFIX, f.anchor,
                               role=f.role, forced=f.forced, via=person))
    return out
