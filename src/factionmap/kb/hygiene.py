"""Alias hygiene: which names are too weak to be an alias, or need context to be trusted.

A bad alias is a false mention in every document, so bulk sources (UCDP, OFAC, CAMEO, GeoNames)
go through :func:`alias_problem` and :func:`needs_context` before their names enter the KB.
Curated names are trusted as written but must still pass :func:`alias_problem` unless they are
flagged ambiguous.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from factionmap.kb.normalize import normalize_name, normalize_token

COMMON_WORDS_FILE = Path(__file__).parent / "data" / "common_words.txt"

# Words that name a kind of actor, not an actor: never an alias on their own, and a name made
# only of them ("Liberation Army", "Popular Front") needs context. Keys are normalised.
GENERIC_WORDS = frozenset({
    "army", "armies", "government", "governments", "police", "rebel", "rebels", "militant",
    "militants", "militia", "militias", "force", "forces", "troops", "soldiers", "regime",
    "opposition", "insurgent", "insurgents", "fighters", "jihadist", "jihadists", "islamist",
    "islamists", "coalition", "front", "brigade", "brigades", "battalion", "battalions",
    "movement", "group", "groups", "party", "council", "committee", "organization",
    "organisation", "union", "alliance", "resistance", "revolutionaries", "guard", "guards",
    "people", "popular", "national", "liberation", "islamic", "revolutionary", "military",
    "security", "state", "states", "administration", "authority", "authorities", "ministry",
    "unit", "units", "division", "corps", "legion", "network", "cell", "cells", "faction",
    "factions", "mujahideen", "mujahidin", "jamaat", "jamaa", "jamaah", "jama", "katiba", "kataib",
    "liwa", "jaysh", "jabha", "jabhat", "harakat", "tanzim", "hizb", "junta", "tribe", "tribes",
    "clan", "supporters", "opponents", "loyalists", "separatists", "gunmen", "terrorists",
    "extremists", "democratic", "republic", "republican", "federal", "central", "new", "free",
    "united", "northern", "southern", "eastern", "western", "special", "first", "second",
    "base", "youth", "members", "sons", "men", "martyrs", "lions", "eagles", "falcons", "hawks",
    "of", "and", "for", "in", "wa", "li", "fi", "bin", "ibn", "abu", "umm",
    # kinds of fighters that sources give as a group's English gloss ("Counterrevolutionaries"
    # for the Contras): a description, not a name
    "counterrevolutionaries", "contrarevolucionarios", "guerrillas", "guerrilla", "paramilitaries",
    "paramilitary", "mercenaries", "bandits", "vigilantes", "dissidents", "mutineers",
    "secessionists", "insurrectionists",
})
# Nationality adjectives, demonyms and language names: a source field that holds one ("Spanish"
# as UCDP's original-language name of Los Tiguerones, "Zaïrois") is never the name of a group,
# and as an alias it would turn every "Spanish" or "Syrian" of a text into a mention. Capitalised
# in text, so the common-word list (lower-case use) does not catch them. Compared as written
# (lower case, no accents), not as normalised keys.
NATIONALITY_WORDS = frozenset({
    # languages and nationality adjectives of the regions the sources cover
    "afghan", "african", "albanian", "algerian", "american", "amharic", "angolan", "arab",
    "arabic", "armenian", "assyrian", "azerbaijani", "azeri", "bahraini", "baluchi", "balochi",
    "bangladeshi", "basque", "belgian", "bengali", "berber", "bosnian", "brazilian", "british",
    "bulgarian", "burmese", "burundian", "cambodian", "cameroonian", "catalan", "chadian",
    "chechen", "chinese", "circassian", "colombian", "congolese", "croatian", "cuban", "czech",
    "dagestani", "danish", "dari", "dutch", "egyptian", "emirati", "english", "eritrean",
    "ethiopian", "european", "filipino", "finnish", "french", "georgian", "german", "ghanaian",
    "greek", "guatemalan", "haitian", "hausa", "hebrew", "hindi", "indian", "indonesian",
    "iranian", "iraqi", "irish", "israeli", "italian", "ivorian", "japanese", "jordanian",
    "kashmiri", "kazakh", "kenyan", "khmer", "korean", "kurdish", "kuwaiti", "kyrgyz", "lao",
    "lebanese", "liberian", "libyan", "macedonian", "malay", "malian", "mauritanian", "mexican",
    "moroccan", "mozambican", "nepali", "nicaraguan", "nigerian", "nigerien", "norwegian",
    "omani", "pakistani", "palestinian", "pashto", "persian", "peruvian", "polish", "portuguese",
    "punjabi", "qatari", "romanian", "russian", "rwandan", "salvadoran", "saudi", "senegalese",
    "serbian", "sinhala", "sinhalese", "somali", "spanish", "sudanese", "swahili", "swedish",
    "swiss", "syrian", "tajik", "tamil", "thai", "tibetan", "tigrinya", "turkish", "turkmen",
    "ugandan", "ukrainian", "urdu", "uyghur", "uzbek", "venezuelan", "vietnamese", "yemeni",
    "yoruba", "zairean", "zairois", "zambian", "zimbabwean",
})
# Common Arabic and Muslim given names and honorific titles. One such word alone names
# thousands of people ("Khaled", "Abdullah", "Ali"), so a bulk record known only by it (CAMEO's
# King "Khalid" of Saudi Arabia, "Abdullah") is a false mention of every Khaled of a text, and a
# GeoNames alternate name that is one ("Khan" for the Syrian village Khirbat Tin Nur) turns every
# Khan into a place. Compared as normalised keys, so the spellings and the names whose keys fold
# into them meet: "Khalid"/"Khaled", "Muhajir"/"Mohajir", and UCDP's communal actor "Ale"
# (an Ethiopian people), whose key is that of "Ali". Only one-word names: "Abdullah Azzam" is
# a name.
GIVEN_NAMES = frozenset({
    "muhammad", "mohammed", "mohamed", "ahmad", "ahmed", "mahmoud", "mustafa", "ali", "hassan",
    "hussein", "husayn", "omar", "umar", "uthman", "othman", "abdullah", "abdallah", "abdul",
    "khalid", "ibrahim", "ismail", "yusuf", "yousef", "musa", "issa", "yahya", "sulayman",
    "suleiman", "salih", "saleh", "said", "saeed", "saad", "faisal", "fahd", "nasser", "nasir",
    "jamal", "karim", "hamid", "hamad", "abbas", "jafar", "zayd", "talal", "tariq", "walid",
    "majid", "rashid", "salim", "salman", "khalil", "adnan", "anas", "bilal", "hisham", "ziad",
    "abdulrahman", "abdelrahman", "farouq", "mansour", "marwan", "nabil", "osama", "usama", "qasim", "kassem",
    # titles and epithets used as, or before, a name
    "khan", "sheikh", "shaykh", "emir", "amir", "mullah", "imam", "sayyid", "sharif", "haji",
    "hajji", "malik", "mirza", "agha", "pasha", "mufti", "qari", "mawlawi", "muhajir", "mujahid",
})
# Fewest letters an alias may have: 1-2 letters are noise ("IS" and "US" survive only as
# curated, ambiguous acronyms); a one-word name that is not an acronym needs 4 ("Dov", "Tal"
# are noise, "Badr", "Amal" are names).
MIN_KEY_LETTERS = 3
MIN_WORD_LETTERS = 4
# Longest alias kept: longer strings are descriptions, not names people write.
MAX_ALIAS_CHARS = 90
# Placeholders the sources use for a missing value.
PLACEHOLDERS = frozenset({"n/a", "na", "-0-", "none", "unknown", "?", ""})
# English function words that never begin or end a name's key. A key that does lost a word in
# normalisation ("Supporters of AD": the acronym AD folds like the article ad-) and would match
# ordinary prose ("supporters of").
EDGE_FUNCTION_WORDS = frozenset({"of", "and", "for", "in", "on", "by", "to", "with", "from", "or"})


_override: frozenset[str] | None = None
_override_plain: frozenset[str] | None = None


def use_common_words(words: Iterable[str] | None) -> None:
    """Make alias hygiene use ``words`` (plain lower-case words) instead of the bundled list.

    The build calls it with the list it has just derived, so its output does not depend on the
    bundled file; ``None`` goes back to the bundled list.
    """
    global _override, _override_plain
    _override = None if words is None else frozenset(k for k in map(normalize_token, words) if k)
    _override_plain = None if words is None else frozenset(words)


def common_words() -> frozenset[str]:
    """Common English words, as normalised keys (see _bundled_common_words)."""
    return _override if _override is not None else _bundled_common_words()


def plain_common_words() -> frozenset[str]:
    """The common English words as written (lower case), before normalisation."""
    return _override_plain if _override_plain is not None else _bundled_plain_words()


@lru_cache(maxsize=1)
def _bundled_plain_words() -> frozenset[str]:
    if not COMMON_WORDS_FILE.exists():
        return frozenset()
    text = COMMON_WORDS_FILE.read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _bundled_common_words() -> frozenset[str]:
    """Common English words, as normalised keys, that are never a name by themselves.

    The bundled list (plain lower-case words) is generated by scripts/build_kb.py (see
    factionmap.kb.wordlist); it is normalised here so it follows the current normaliser.
    """
    if not COMMON_WORDS_FILE.exists():
        return frozenset()
    text = COMMON_WORDS_FILE.read_text(encoding="utf-8")
    keys = (normalize_token(w) for w in text.splitlines() if w and not w.startswith("#"))
    return frozenset(k for k in keys if k)


def _plain(name: str) -> str:
    """``name`` lower-case without accents ("Zaïrois" -> "zairois"), compared as written: the
    normalised keys fold vowels, so "Cobán" (a city) would meet "Cuban"."""
    return unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore").decode().casefold()


@lru_cache(maxsize=1)
def generic_keys() -> frozenset[str]:
    """GENERIC_WORDS as normalised keys."""
    return frozenset(k for k in map(normalize_token, GENERIC_WORDS) if k)


@lru_cache(maxsize=1)
def _edge_function_keys() -> frozenset[str]:
    """EDGE_FUNCTION_WORDS as normalised keys ("for" folds like a transliteration)."""
    return frozenset(normalize_name(w) for w in EDGE_FUNCTION_WORDS) - {""}


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def alias_problem(name: str, *, common: frozenset[str] | None = None) -> str | None:
    """Why ``name`` cannot be an alias at all (None if it can).

    Too short, a placeholder, too long, a generic word, or one common English word.
    """
    if name.strip().casefold() in PLACEHOLDERS:
        return "placeholder"
    if len(name) > MAX_ALIAS_CHARS:
        return "too long"
    key = normalize_name(name)
    if _code(name):
        return None  # a letter-and-number code in capitals: "M-19", "M23"
    if _letters(name) < MIN_KEY_LETTERS or not key:
        return "too short"
    if key in generic_keys():
        return "generic word"
    tokens = key.split()
    edge = _edge_function_keys()
    if tokens[0] in edge or tokens[-1] in edge:
        return "begins or ends in a function word"
    if _plain(name) in NATIONALITY_WORDS:
        return "nationality or language"
    if is_acronym(name):
        return None  # written in capitals, matched as written: "PIJ" is not "pij"
    if _letters(key) < MIN_KEY_LETTERS or (" " not in key and _letters(key) < MIN_WORD_LETTERS):
        return "too short"
    words = common_words() if common is None else common
    if " " not in key and key in words:
        return "common English word"
    return None


def _code(name: str) -> bool:
    """A group code of capitals and digits with at least 3 of them ("M-19", "M23", "G-5")."""
    text = name.strip()
    return (" " not in text and any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)
            and all(ch.isupper() or ch.isdigit() or ch == "-" for ch in text)
            and sum(ch.isalnum() for ch in text) >= MIN_KEY_LETTERS)


def is_acronym(name: str) -> bool:
    """True for a name written in capitals ("PKK", "U.S.", "IS-K"), a linker matches it as written."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 1)


def shouted_word(name: str) -> bool:
    """True for an acronym spelling a common English word ("MODEL", "FACT", "MACHETE", "RAW").

    Matched case-sensitively it is still the word of every all-capitals headline, so such an
    acronym is kept flagged ambiguous.
    """
    letters = "".join(ch for ch in name if ch.isalpha())
    return (len(letters) >= 3 and letters.isupper() and letters == name.strip()
            and letters.lower() in plain_common_words())


@lru_cache(maxsize=1)
def given_name_keys() -> frozenset[str]:
    """GIVEN_NAMES as normalised keys."""
    return frozenset(k for k in map(normalize_name, GIVEN_NAMES) if k)


def given_name(name: str) -> bool:
    """True for one word that is a common Arabic given name or title ("Khaled", "Ale", "Khan").

    One word as written, not an acronym ("ALI" as a group's acronym is matched as written). A bulk source's name that
    is one is never an alias: see GIVEN_NAMES.
    """
    text = name.strip()
    if " " in text or "-" in text:
        return False  # "Al-Qasim" (an Iraqi town), "As Salman": the key drops the article
    key = normalize_name(text)
    return bool(key) and " " not in key and not is_acronym(text) and key in given_name_keys()


def needs_context(name: str, *, common: frozenset[str] | None = None) -> bool:
    """True if every word of ``name`` is generic or common ("Liberation Army", "Popular Front").

    Such a name is kept, flagged ambiguous, so a linker accepts it only with support.
    """
    words = common_words() if common is None else common
    tokens = normalize_name(name).split()
    generic = generic_keys()
    return bool(tokens) and all(t in generic or t in words for t in tokens)
