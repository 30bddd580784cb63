"""Discovery of groups the KB does not know: organisational heads, introduction cues, glosses.

A capitalised run of words ("Jaysh al-Izza", "the Hamza Division", "the Fatah Halab
operations room") is a group name when it holds an organisational head and a word of its
own; "a new alliance named X" and "known as X" introduce a name without a head. Acronyms
and glosses written right after a name ("... wal-Ansar (JMA)", "(“Soldiers of the Levant”)")
become aliases of that name for the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factionmap.kb.hygiene import common_words
from factionmap.kb.normalize import normalize_name, normalize_token
from factionmap.recognize.rules import (
    AND_ALLOWED_AFTER,
    ARMED_WORDS,
    CONNECTORS,
    DEMONYMS,
    DESCRIPTIVE_WORDS,
    EDGE_FORBIDDEN,
    GENERIC_WORDS,
    INTRO_CUES,
    INTRO_GROUP_NOUNS,
    INTRO_PERSON_NOUNS,
    MAX_NAME_WORDS,
    MONTHS,
    NER_SKIP_SUFFIXES,
    NON_ARMED_WORDS,
    OPENERS,
    PAGE_WORDS,
    PERSON_GROUP_NOUNS,
    STRONG_HEADS,
    TRAILING_LOWER_HEADS,
    TRIBE_NOT_NAMES,
    WEAK_HEADS,
)

# Indefinite articles a name keeps after "for": "Movement for an Islamic State".
ARTICLES_AFTER_FOR = frozenset({"a", "an"})
# Possessives that live inside names: "Irish People's Liberation Organization", "Let's Take
# Action", "Women's Protection Units".
NAME_POSSESSIVES = frozenset({"people", "women", "let", "god", "martyr", "worker", "nation"})
# A day number or a recent year opening a run: "17 March 2016 Jund al-Aqsa".
_DATE_WORD = re.compile(r"^(?:\d{1,2}|19[5-9]\d|20\d\d)$")
_DAY = re.compile(r"^\d{1,2}$")
# Participle compounds end a name: "Nusra-led", "Saudi-backed", "Ahrar al-Sham-dominated".
_COMPOUND_END = re.compile(r"[-‐‑](?:led|dominated|backed|linked|affiliated|associated|allied|held|controlled|"
                           r"based|aligned|run|funded|supported|sponsored|inspired|friendly)$")
_WORD = re.compile(r"[^\W_]+(?:[-‐‑'’ʿʾ][^\W_]+)*")
_ARTICLE_WORD = re.compile(r"^(?:al|el|a[dnrstz]|ash|adh|ath|es|ez|ed|wal|wa|bil|lil)[-‐‑]\S",
                           re.IGNORECASE)
# Between two words of one name there is only a space (or a line wrap).
_JOIN = re.compile(r"^[ \t\n]$|^ [\"“]?$")
# Heads of civil bodies: what they name is an organisation, never an armed group.
ORGANIZATION_HEADS = frozenset(filter(None, (normalize_token(w) for w in (
    "Observatory Agency News Association Committees Institute Center Centre Foundation "
    "Society TV Network Channel Ministry Commission").split())))
# English heads never count as a name's own word ("Brigade Army" names nothing).
ENGLISH_HEADS = frozenset(filter(None, (normalize_token(w) for w in (
    "army front brigade brigades battalion battalions division divisions legion legions "
    "regiment regiments militia militias room").split())))
# Heads that make the discovered name a coalition rather than a single group.
_COALITION_HEADS = frozenset(filter(None, (normalize_token(w) for w in (
    "room alliance coalition tahaluf ghurfat gathering tajammu").split())))
_INTRO = re.compile(r"\b" + INTRO_CUES + r"\s+(?:the\s+)?(?P<open>[\"“‘'])?", re.IGNORECASE)
_INTRO_NOUN = re.compile(r"\b" + INTRO_GROUP_NOUNS + r"\b", re.IGNORECASE)
_INTRO_PERSON = re.compile(r"\b" + INTRO_PERSON_NOUNS + r"\s+$", re.IGNORECASE)
# How far before the cue the group noun may stand: "a new alliance, to be named X".
INTRO_NOUN_WINDOW = 40
_GLOSS = re.compile(r"\s*\((?:lit(?:erally|\.)?\s*|meaning\s*|i\.e\.\s*)?[\"“‘']"
                    r"(?P<gloss>[^\"”’')]{3,80})[\"”’']\)")
_ACRONYM_DEF = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z\-]{1,8})\)")
_PERSON_GROUP = re.compile(
    r"(?P<person>(?:[A-Z][\w\-]+\s){0,3}[A-Z][\w\-]+)['’]s\s+(?P<noun>"
    + "|".join(sorted(PERSON_GROUP_NOUNS, key=len, reverse=True)) + r")\b"
    r"|\bthe\s+(?P<noun2>faction|group|battalion|brigade|militia|men|followers)\s+of\s+"
    r"(?P<person2>(?:Abu|Sheikh|Shaykh|Emir|Commander)\s(?:[A-Z][\w\-]+\s?){1,3})")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A discovered name: document offsets, the name to report, its type and the rule."""

    start: int
    end: int
    name: str
    type: str
    reason: str


# A numeric date opening a run of capitalised words: a headline's dateline.
_NUMERIC_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}$")
# Verbs of title-case headlines, whose capitalised runs are no names: "Syrian Army Kills Dozens of Terrorists".
HEADLINE_VERBS = frozenset({"Kills", "Attacks", "Captures", "Seizes", "Says", "Claims", "Takes",
                            "Launches", "Repels", "Retakes", "Storms", "Shells", "Hits", "Targets",
                            "Advances", "Destroys", "Executes", "Clashes", "Announces", "Denies",
                            "Accuses", "Warns", "Vows", "Joins", "Leaves", "Pledges", "Forms",
                            "Frees", "Liberates", "Recaptures", "Regains", "Pounds", "Bombs",
                            "Ambushes", "Beheads", "Kidnaps", "Releases", "Withdraws", "Enters"})
def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or bool(_ARTICLE_WORD.match(word)) \
        and any(c.isupper() for c in word)


# Followers of a creed or leader, written as a plural "-ists" word: "Trotskyists", "Salafists".
_FOLLOWERS = re.compile(r"[A-Z][a-z]+ists")


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, end)]


def _runs(text: str, words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words and connectors joined by single spaces."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for word in words:
        compound = _COMPOUND_END.search(word[2])
        if compound:  # "Ahrar al-Sham-dominated": the name ends at the hyphen
            cut = (word[0], word[0] + compound.start(), word[2][:compound.start()])
            if current and _JOIN.match(text[current[-1][1]:cut[0]]) and _is_cap(cut[2]):
                current.append(cut)
            elif _is_cap(cut[2]):
                if current:
                    runs.append(current)
                current = [cut]
            if current:
                runs.append(current)
            current = []
            continue
        lower = word[2].lower()
        fits = _is_cap(word[2]) or lower in CONNECTORS or (
            current and normalize_token(lower) in TRAILING_LOWER_HEADS)
        if lower == "the" and current and current[-1][2].lower() not in ("of", "for"):
            fits = False  # "Army of the Men" joins; "Damascus the Syrian Observatory" does not
        if lower in ARTICLES_AFTER_FOR and current and current[-1][2].lower() == "for":
            fits = True  # "Movement for an Islamic State", "Front for a Free Lebanon"
        joined = current and _JOIN.match(text[current[-1][1]:word[0]]) is not None
        if joined and _is_cap(word[2]) and current[-1][2].islower() \
                and normalize_token(current[-1][2]) in TRAILING_LOWER_HEADS:
            joined = False  # a lower-case head ends a name: "Sawaiq al-Rahman brigade | al-Nusra"
        if fits and (joined or not current):
            if lower == "and" and current and normalize_token(current[-1][2]) not in AND_ALLOWED_AFTER:
                runs.append(current)
                current = []
                continue
            current.append(word)
            if word[2].endswith(("'s", "’s")) and word[2][:-2].lower() not in NAME_POSSESSIVES:
                # "the Islamic Front's Islamist ...", "LeJ's alliance", "Pakistan's Ministry of
                # Interior": a possessive ends the name it closes and starts none.
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = [word] if fits else []
    if current:
        runs.append(current)
    return [r for r in (_trim(run) for run in runs) if r]


def _trim_sentence_start(run: list[tuple[int, int, str]], sentence_start: int
                         ) -> list[tuple[int, int, str]]:
    """Drop common English words that are capitalised only because they open the sentence
    ("Elsewhere the Syrian army", "Tags Syria ...")."""
    while run and run[0][0] == sentence_start and len(run) > 1:
        key = normalize_name(run[0][2])
        if not key or key not in common_words() or key in STRONG_HEADS or key in ARMED_WORDS:
            break
        run = _trim(run[1:])
        sentence_start = run[0][0] if run else -1
    return run


def _month_day_name(run: list[tuple[int, int, str]]) -> bool:
    """A name made of a date and a head: "March 28 Brigade", "the October 22 Circle"."""
    while run and run[0][2].islower():
        run = run[1:]
    return len(run) == 3 and run[0][2].lower() in MONTHS and _DAY.match(run[1][2]) is not None \
        and normalize_token(run[2][2]) in (ENGLISH_HEADS | WEAK_HEADS)


def _trim(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    if _month_day_name(run):
        while run[0][2].islower():
            run = run[1:]
        return run
    while True:  # "the 13 Iraqi Divisions": a number after the article is trimmed too
        trimmed = _trim_once(run)
        if trimmed == run:
            return run
        run = trimmed


def _trim_once(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    # "17 March 2016 Jund al-Aqsa", "2016 Jund al-Aqsa": a date before a name is no part of it
    # ("1920 Revolution Brigades" keeps its year: only recent years are dates here).
    while len(run) > 1 and (_DATE_WORD.match(run[0][2]) or run[0][2].lower() in OPENERS
                            and run[0][2][:1].isupper()):
        run = run[1:]
    # "Fighters of Liwa Suqur al-Sham", "Leader of Jaysh al-Islam", "Trotskyists of the Leon
    # Sedov Brigade": members named before their group are not part of its name.
    while len(run) > 2 and (normalize_name(run[0][2]) in GENERIC_WORDS
                            or _FOLLOWERS.fullmatch(run[0][2])) \
            and run[1][2].lower() in ("of", "from"):
        run = run[2:]
    while run and (run[0][2].lower() in EDGE_FORBIDDEN or run[0][2].lower() in OPENERS
                   or not _is_cap(run[0][2])):
        run = run[1:]
    while run and (run[-1][2].lower() in EDGE_FORBIDDEN or run[-1][2].lower() in CONNECTORS):
        run = run[:-1]
    # Lower-case words are kept only as trailing heads ("operations room") or connectors.
    return run


def _norms(run: list[tuple[int, int, str]]) -> list[str]:
    return [normalize_name(w[2]) for w in run]


def classify_run(run: list[tuple[int, int, str]]) -> str | None:
    """The entity type of a capitalised run if it names a group, else None."""
    norms = [n for n in _norms(run) if n]
    words = [w for n in norms for w in n.split(" ")]
    if len(run) > MAX_NAME_WORDS or any(w in PAGE_WORDS for w in words):
        return None
    civil = any(w in NON_ARMED_WORDS or w in ORGANIZATION_HEADS for w in words)
    strong = [w for w in words if w in STRONG_HEADS]
    weak = [w for w in words if w in WEAK_HEADS]
    arabic = any(_ARTICLE_WORD.match(w[2]) for w in run)
    armed = arabic or any(w in ARMED_WORDS for w in words)
    if civil:
        # "Syrian Observatory for Human Rights", "Local Coordination Committees", "ARA News":
        # civil bodies are actors of the reporting too, typed organisation.
        own = [w for w in words if w not in CONNECTORS and w not in ORGANIZATION_HEADS
               and w not in WEAK_HEADS and w not in NON_ARMED_WORDS]
        return "organization" if own and len(words) >= 2 else None
    if not strong and not weak:
        return None
    # The name's own words: everything but its first head, connectors and English heads
    # ("Jaysh al-Muhajirin" keeps "muhajirin"; "the Army" keeps nothing).
    first_head = next((i for i, w in enumerate(words) if w in STRONG_HEADS or w in WEAK_HEADS), -1)
    content = [w for i, w in enumerate(words) if i != first_head and w not in CONNECTORS
               and w not in ENGLISH_HEADS and w not in WEAK_HEADS
               and w not in {"operations", "operation"}]
    if not content or all(w in DEMONYMS or w in GENERIC_WORDS for w in content):
        return None
    if not strong and not armed:
        # "the Ras Kamboni Movement" names a body (a word that is no English word); "the
        # Supreme Guidance Council" may be anything.
        return "organization" if any(w not in common_words() for w in content) else None
    return "coalition" if any(w in _COALITION_HEADS for w in words) else "armed_group"


TRAILING_HEAD_RE = re.compile(r"\s+(?:operations\s+room|room|brigades?|battalions?|division|army"
                              r"|front|militia|council|coalition|alliance|movement)$", re.IGNORECASE)


def short_name(name: str) -> str | None:
    """The name without its trailing English head ("Fatah Halab Operations Room" -> "Fatah
    Halab"), when at least two words remain; later text often drops the head."""
    short = TRAILING_HEAD_RE.sub("", name)
    return short if short != name and len(short.split()) >= 2 else None


def _display(text: str, run: list[tuple[int, int, str]]) -> str:
    """The reported name: the run's text with trailing lower-case heads capitalised."""
    name = text[run[0][0]:run[-1][1]]
    return re.sub(r"\b(operations room|room|brigades?|battalions?|division|army|front|militia"
                  r"|council|coalition|alliance|movement)$", lambda m: m.group(0).title(), name)


# Heads that, in lower case after a name, make it a place of fighting: "the Azaz front".
LOWERCASE_PLACE_HEADS = frozenset({"front", "fronts", "frontline", "frontlines"})


def discover_heads(text: str, start: int, end: int) -> list[Candidate]:
    """Group names in ``text[start:end]`` made by an organisational head."""
    found = []
    for run in _runs(text, _words(text, start, end)):
        run = _trim_sentence_start(run, start)
        if run and _NUMERIC_DATE.match(run[0][2]):
            continue  # a dated headline in title case: "17-02-2016 Syrian Army Kills ..."
        if not run or any(i and w[2] in HEADLINE_VERBS for i, w in enumerate(run)):
            continue  # a title-case headline, "Syrian Army Kills Dozens of Terrorists": its
            # names come again in the text, and its words before the verb ("Coalition
            # Airstrike") are no name
        kind = classify_run(run)
        if kind and text[run[-1][0]:run[-1][1]] in LOWERCASE_PLACE_HEADS:
            continue  # "the Azaz front", "the Latakia front": a battlefront, not a group
        if kind:
            found.append(Candidate(run[0][0], run[-1][1], _display(text, run), kind,
                                   "discovered:head"))
    return found


def discover_intro(text: str, start: int, end: int) -> list[Candidate]:
    """Names introduced by a cue: "a new alliance named X", "known as X", quoted or not."""
    found = []
    for match in _INTRO.finditer(text, start, end):
        at = match.end()
        if match.group("open"):
            close = re.compile(r"[\"”’']").search(text, at, end)
            if not close or close.start() - at < 3:
                continue
            s, e = at, close.start()
            if text[e - 1] in ",.":
                e -= 1
        else:
            runs = _runs(text, _words(text, at, end))
            if not runs or runs[0][0][0] - at > 1:
                continue
            s, e = runs[0][0][0], runs[0][-1][1]
        name = text[s:e].strip()
        if not name or not name[0].isupper() or len(name.split()) > 8:
            continue
        nouns = _INTRO_NOUN.findall(text, max(start, match.start() - INTRO_NOUN_WINDOW),
                                    match.start())
        noun = nouns[-1].lower() if nouns else ""
        kind = "coalition" if any(w in noun for w in ("alliance", "coalition", "room", "umbrella",
                                                      "front", "council", "union")) else "armed_group"
        if _INTRO_PERSON.search(text, max(start, match.start() - 20), match.start()):
            kind = "person"  # "a Tahrir al-Sham commander named Yusuf al-Abdullah"
        found.append(Candidate(s, e, name, kind, "discovered:cue"))
    return found


# A body whose founding is announced without a name: "announce the formation of an Islamist
# coalition", "formed a new Kurdish-Arab alliance". Its capitalised modifiers (at least one)
# make the name it is known by in the document; a bare "a new coalition" names nothing.
_FORMED_BODY = re.compile(
    r"\b(?:(?:formation|creation|establishment|founding|launch)\s+of|formed|created|established|"
    r"founded|launched)\s+(?:a|an)\s+(?:new\s+)?(?P<name>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,2}"
    r"(?:coalition|alliance|umbrella\s+group|operations\s+room))\b")


def discover_formed_bodies(text: str, start: int, end: int) -> list[Candidate]:
    """Unnamed bodies whose founding the sentence announces, named by their description."""
    return [Candidate(m.start("name"), m.end("name"), m.group("name"), "coalition",
                      "discovered:formed-body")
            for m in _FORMED_BODY.finditer(text, start, end)
            if not any(w.lower() in OPENERS for w in m.group("name").split()[:1])]


# A body named as what a formation verb made: "split off to form the Reformist Group". A weak
# head after an English word names nothing by itself ("the Reformist Group" could be any body,
# see ``classify_run``); being formed by the sentence's subject makes it one body's name.
_FORMED_NAMED = re.compile(
    r"\b(?:to\s+)?(?:re-)?(?:form(?:ed)?|found(?:ed)?|establish(?:ed)?|created?)\s+the\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:Group|Movement|Organi[sz]ation))\b"
    # a name that may go on is left to the other rules: "the Salafist Group for Preaching and Combat"
    r"(?!\s+(?:of|for|in|to|and)\s+(?:the\s+)?[A-Z])")


def discover_formed_named(text: str, start: int, end: int) -> list[Candidate]:
    """Bodies with a weak head named as the object of a formation verb ("to form the X Group")."""
    found = []
    for match in _FORMED_NAMED.finditer(text, start, end):
        raw = match.group("name").split()[:-1]
        if any(w.lower().endswith(NER_SKIP_SUFFIXES) for w in raw):
            continue  # "formed the Saudi-backed Islamic Movement": the name is after the modifier
        words = [normalize_token(w) for w in raw]
        if any(w in OPENERS for w in words) or all(
                w in DEMONYMS or w in GENERIC_WORDS or w in DESCRIPTIVE_WORDS for w in words):
            continue  # "formed the Syrian Group": a people's group, no name
        found.append(Candidate(match.start("name"), match.end("name"), match.group("name"),
                               "armed_group", "discovered:formed-named"))
    return found


# "the al-Sheitaat tribe", "the Shammar clan": a tribe named before its head noun.
_TRIBE = re.compile(r"(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][a-z'’]{2,}(?:\s+(?:(?:al|el)-)?[A-Z][a-z'’]{2,})?)"
                    r"\s+(?:tribe|tribes|clan|tribal\s+confederation)\b")


def discover_tribes(text: str, start: int, end: int) -> list[Candidate]:
    """Tribes named before "tribe"/"clan" ("the al-Sheitaat tribe"): actors of type other.
    Peoples and creeds ("a Sunni tribe", "the Kurdish clan") are descriptions, not names."""
    found = []
    for match in _TRIBE.finditer(text, start, end):
        name = match.group("name")
        raw = [w.lower() for w in re.split(r"[\s-]+", name)]
        if any(w in TRIBE_NOT_NAMES or normalize_token(w) in DEMONYMS
               or normalize_token(w) in GENERIC_WORDS for w in raw):
            continue
        found.append(Candidate(match.start("name"), match.end("name"), name, "other",
                               "discovered:tribe"))
    return found


def discover_named_after(text: str, start: int, end: int) -> list[Candidate]:
    """Groups named after a person: "Abu Omar's jamaat", "the faction of Abu Khalid"."""
    found = []
    for match in _PERSON_GROUP.finditer(text, start, end):
        name = match.group(0).strip()
        if name.lower().startswith("the "):
            name = name[4:]
        s = match.start() if not match.group(0).lower().startswith("the ") else match.start() + 4
        person = match.group("person") or match.group("person2") or ""
        if person.split(" ", 1)[0].lower() in OPENERS:
            continue
        found.append(Candidate(s, match.end(), name.strip(), "armed_group", "discovered:named-after"))
    return found


def initials_fit(acronym: str, words: list[str]) -> bool:
    """Whether the capitals of ``acronym`` are initials of ``words`` in order, the first
    matching the first word: "Prima Linea (PL)", "Ahlu Sunna Wal Jama (ASWJ)"."""
    letters = [c.lower() for c in acronym if c.isupper()]
    initials = [w.split("-")[-1][:1].lower() for w in words]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    at = 0
    for letter in letters:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def discover_defined(text: str, start: int, end: int) -> list[Candidate]:
    """Names followed by their acronym, "Prima Linea (PL)", without an organisational head."""
    found = []
    for match in _ACRONYM_DEF.finditer(text, start, end):
        runs = _runs(text, _words(text, max(start, match.start() - 80), match.start()))
        if not runs or runs[-1][-1][1] != match.start():
            continue
        run = runs[-1]
        for offset in range(len(run) - 1):  # the shortest tail whose initials fit
            tail = run[offset:]
            if initials_fit(match.group("acr"), [w[2] for w in tail
                                                   if w[2].lower() not in CONNECTORS]):
                found.append(Candidate(tail[0][0], tail[-1][1], text[tail[0][0]:tail[-1][1]],
                                       "armed_group", "discovered:acronym"))
                break
    return found


def definition_after(text: str, end: int, limit: int) -> tuple[str, int, int, str] | None:
    """An acronym or gloss written right after a name ending at ``end``: (kind, start, end, text)."""
    match = _ACRONYM_DEF.match(text, end, limit)
    if match and sum(c.isupper() for c in match.group("acr")) >= 2:
        return "acronym", match.start("acr"), match.end("acr"), match.group("acr")
    match = _GLOSS.match(text, end, limit)
    if match and match.group("gloss")[:1].isupper():
        return "gloss", match.start("gloss"), match.end("gloss"), match.group("gloss")
    return None


def capitalised_runs(text: str, start: int, end: int, *, trim_start: bool = True
                     ) -> list[list[tuple[int, int, str]]]:
    """Capitalised runs of ``text[start:end]`` (words as (start, end, text)), trimmed; with
    ``trim_start=False`` a sentence-initial common word stays ("Nucleus of Communists")."""
    runs = _runs(text, _words(text, start, end))
    if trim_start:
        runs = [_trim_sentence_start(run, start) for run in runs]
    return [r for r in runs if r]
