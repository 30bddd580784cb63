"""Groups named without an organisational head, found by what the sentence says about them.

"New Order, National Vanguard, and National Front collaborated" or "some of its members
joined Prima Linea": a capitalised name coordinated with a known group, or governed by a
group-relation cue ("joined", "split from", "members of", "X militants"), is a group too.
Run last, after the KB, discovery and NER have claimed their spans, so people and places
named by the model are never taken for groups.
"""

from __future__ import annotations

import re

from factionmap.kb.hygiene import common_words
from factionmap.kb.normalize import normalize_name
from factionmap.recognize.discovery import Candidate, capitalised_runs
from factionmap.recognize.rules import (
    DEMONYMS,
    MAX_NAME_WORDS,
    NER_SKIP_WORDS,
    OPENERS,
    PAGE_WORDS,
    PLACE_PREFIXES,
    QUANTITY_WORDS,
)

# A lone word with these endings is an adjective or a people ("Islamist", "Alawites").
_ADJECTIVE_END = re.compile(r"(?:ist|ists|ic|ite|ites|ian|ians|ish|i|is|ese)$", re.IGNORECASE)

# Words before a name that say it is a group: "joined X", "split from X", "members of X".
CUE_BEFORE = re.compile(
    r"(?:\bjoined|\bsplit\s+(?:off\s+)?from|\bbroke\s+(?:away\s+)?from|\bmerged\s+(?:in)?to|"
    r"\bmerged\s+with|\bmembers?\s+of|\bleaders?\s+of|\bleadership\s+of|\bfaction\s+of|"
    r"\bwing\s+of|\bbranch\s+of|\ballied\s+with|\baffiliated\s+with|\bpledged\s+allegiance\s+to|"
    r"\bdefected\s+to|\bdissolved)\s+(?:the\s+)?$")
# Words after a name that say it is a group: "X militants", "X's leader".
CUE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:militants|fighters|members|operatives|cells|leader|"
                       r"leadership|commanders?|founder|militia|guerrill?as)\b")
# "Members of" opening the sentence, capitalised: "Members of Let's Take Action (CA) and ...".
# Matched from the sentence start only (mid-sentence capitals are a title or a headline), and
# only the plural members: "Leader of the Islamic Revolution ..." opens a person's title.
CUE_OPENING = re.compile(r"Members\s+of\s+(?:the\s+)?$")
# Verbs of group relations after a sentence's subject: "Nucleus of Communists split from",
# "Third Position acted as ... wing of", "Asian Tigers has openly renounced".
SUBJECT_VERBS = re.compile(
    r"\s+(?:(?:has|have|had|was|were|is|are|also|later|then|openly|reportedly|allegedly|"
    r"officially|subsequently|initially|eventually)\s+){0,3}(?:split|splintered|merged|joined|"
    r"formed|allied|broke|pledged|declared|absorbed|fought|clashed|attacked|cooperated|"
    r"collaborated|coordinated|renounced|defected|dissolved|founded|acted\s+as|affiliated|"
    r"aligned|targeted|kidnapped|assassinated|bombed|claimed|worked\s+together)\b")
# A coordination joining the run to a group mention: ", " / " and " / ", and " / " or ".
COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|\s*&\s*)(?:the\s+)?$")
# The same after the run's own bracketed acronym: "Let's Take Action (CA) and Armed Revolutionary
# Nuclei" (a translated name: the capitals need not be its English initials).
COORDINATION_AFTER_ACRONYM = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z-]{1,8})\)"
                                        + COORDINATION.pattern[1:])
MIN_WORDS_COMMON = 2  # a run of common English words needs two of them ("Black Order")
# Words that open a person's name: "Abu Abdelrahman Salqeen leader of ..." is a person.
PERSON_PARTICLES = frozenset({"abu", "umm", "sheikh", "shaykh", "mullah", "imam", "emir", "amir",
                              "colonel", "col", "general", "gen", "brigadier", "president"})


def _plausible(words: list[str], at_sentence_start: bool, cued: bool) -> bool:
    keys = [normalize_name(w) for w in words]
    if not keys or any(not k for k in keys) or words[0].lower() in OPENERS:
        return False
    if not words[0][:1].isupper() or any(w[:1].isdigit() for w in words):
        return False  # "23", "26 July 2012"
    if len(words) > MAX_NAME_WORDS or keys[0] in PLACE_PREFIXES or keys[0] in QUANTITY_WORDS \
            or any(k in PAGE_WORDS for k in keys):
        return False  # "Bab al-Hawa" is a place, "Three Russian" a quantity
    if len(words) == 1 and (not (words[0].isupper() and len(words[0]) >= 2) and not cued
                            or _ADJECTIVE_END.search(words[0]) and not words[0].isupper()):
        return False  # a lone word beside a group is as often a people ("Druze", "Alawites")
    if all(k in DEMONYMS for k in keys) or len(words) == 1 and words[0].lower() in NER_SKIP_WORDS:
        return False  # "Kurdish", "Chechen fighters", "Turkmen commanders": peoples
    uncommon = any(k not in common_words() for k in keys)
    return uncommon or (len(words) >= MIN_WORDS_COMMON and not at_sentence_start)


def _co_subject(text: str, e: int, end: int, groups: list[tuple[int, int]]) -> bool:
    """Whether the name opening the sentence is coordinated with a group that a group verb
    follows: "Tara and the Volunteer Force worked together", "X and Hamas clashed" (a lone
    word too: the pair is the verb's subject)."""
    return any(COORDINATION.match(text[e:a]) and SUBJECT_VERBS.match(text, b, end)
               for a, b in groups if a >= e)


def _acronym_between(gap: str) -> bool:
    """Whether ``gap`` is a bracketed acronym of two capitals or more, then a coordination."""
    match = COORDINATION_AFTER_ACRONYM.match(gap)
    return match is not None and sum(c.isupper() for c in match.group("acr")) >= 2


def discover_by_context(text: str, start: int, end: int,
                        groups: list[tuple[int, int]], taken: list[tuple[int, int]]
                        ) -> list[Candidate]:
    """Capitalised runs in ``text[start:end]`` that a cue or a coordinated group makes groups.

    ``groups`` are spans of group mentions in the sentence, ``taken`` spans of any mention.
    """
    found = []
    runs = capitalised_runs(text, start, end)
    raw = capitalised_runs(text, start, end, trim_start=False)
    if raw and runs and raw[0] != runs[0] and SUBJECT_VERBS.match(text, raw[0][-1][1], end):
        runs[0] = raw[0]  # "Nucleus of Communists split from": the subject keeps its first word
    for run in runs:
        s, e = run[0][0], run[-1][1]
        if any(a < e and b > s for a, b in taken):
            continue
        before = text[max(start, s - 40):s]
        after = text[e:min(end, e + 30)]
        subject = s == start or text[start:s] in ("The ", "the ")
        cued = bool(CUE_BEFORE.search(before) or CUE_OPENING.match(text, start, s)
                    or CUE_AFTER.match(after)
                    or subject and len(run) > 1 and SUBJECT_VERBS.match(text, e, end)
                    or subject and _co_subject(text, e, end, groups))
        if run[0][2].lower().rstrip(".") in PERSON_PARTICLES and len(run) >= 2:
            # A kunya or title the model missed ("Abu Abdelrahman Salqeen"); places named
            # "Abu ..." are KB names and were taken before.
            found.append(Candidate(s, e, text[s:e], "person", "discovered:person"))
            continue
        if not _plausible([w[2] for w in run], s == start and not cued, cued):
            continue
        coordinated = any(COORDINATION.match(text[b:s]) for a, b in groups if b <= s) or any(
            COORDINATION.match(text[e:a]) or _acronym_between(text[e:a]) for a, b in groups
            if a >= e)
        if coordinated or cued:
            found.append(Candidate(s, e, text[s:e], "armed_group", "discovered:context"))
    return found
