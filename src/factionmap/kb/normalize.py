"""Transliteration-insensitive name keys, shared by the knowledge base and recognition.

Two spellings of one Arabic name ("Jabhat al-Nusrah", "Jabhat an-Nusra", "JABHAT AL NUSRA")
normalise to the same key, token by token, so alias matching is a plain lookup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophe-like marks inside transliterations (ayn, hamza, typographic quotes): dropped,
# so "Hay'at", "Hayʾat" and "Hayat" meet.
# \x92/\x91 are cp1252 quotes read as Latin-1 (mojibake in scraped text: "Kata\x92ib").
APOSTROPHES = "'’‘`ʿʾʼ´′\x92\x91"
# Windows-1252 punctuation read as C1 control characters (a CSV decoded as Latin-1:
# "l\x92Unification") and no-break spaces, mapped one character for one so that offsets hold:
# the models split and parse text with them wrongly.
CP1252_CONTROLS = {"\x91": "'", "\x92": "'", "\x93": '"', "\x94": '"', "\x96": "-",
                   "\x97": "-", "\x85": ".", "\xa0": " "}
MODEL_SAFE = str.maketrans(CP1252_CONTROLS)
# Arabic article and its assimilated forms, and English articles: dropped as whole tokens,
# so "Ahrar al-Sham", "Ahrar a-Sham", "Ahrar ash-Sham" and "Ahrar Sham" meet.
ARTICLE_TOKENS = frozenset(
    {"al", "el", "a", "as", "ash", "ad", "ar", "at", "az", "an", "adh", "ath", "ul", "l", "the",
     # Levantine/French-style spellings of the article: "Deir ez-Zor", "es-Sham", "ed-Din".
     "ez", "es", "esh", "ed", "et", "er", "en"}
)
# Whole-token spelling variants that the letter rules below do not reach.
TOKEN_SPELLINGS = {
    "wal": "wa",  # "wal-Ansar" / "wa al-Ansar" / "wa-l-Ansar"
    "jeish": "jaysh",
    "jaich": "jaysh",
    "jish": "jaysh",
    # Ta marbuta of organisational heads: "Jabha"/"Jabhah" and "Jabhat" (construct state) meet.
    "jabha": "jabhat",
    "haraka": "harakat",
    "katiba": "katibat",
    "haya": "hayat",
    # British and American spellings of English words in group names: "Defence"/"Defense"
    # (Syrian National Defence Forces, Ulster Defence Association), "Centre"/"Center".
    "defence": "defense",
    "offence": "offense",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
}
# English -ise/-ize spellings ("Organisation"/"Organization", "Mobilisation"/"Mobilization"):
# the s of these suffixes becomes z. Four letters before it at least, so short Arabic names
# ending in -ise are left alone.
ENGLISH_ISE = re.compile(r"(?<=[a-z]{4})is(?=(?:ation|ations|e|ed|es|ing|er|ers)$)")
# Letter rules applied in order to every token: vowel spellings of one Arabic sound.
LETTER_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ee"), "i"),  # Muhajireen / Muhajirin
    (re.compile(r"oo"), "u"),  # Sooq / Suq
    (re.compile(r"ou"), "u"),  # Nour / Nur (French-style transliteration)
    (re.compile(r"(?<=[a-z])(ai|ei|ae)"), "ay"),  # Jaish / Jaysh / Jeish, Qaida / Qaeda
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters: Ahrar / Ahrrar, Tawhid / Tawheed
    (re.compile(r"(?<=[a-z]{2}[aeiou])h$"), ""),  # final h after a vowel: Nusrah / Nusra
    # Short vowels have no fixed Latin letter: Hezbollah / Hizbullah, Mujahedin / Mujahidin.
    (re.compile(r"(?<=[a-z])e"), "i"),
    (re.compile(r"(?<=[a-z])o"), "u"),
)
_TOKEN_RE = re.compile(r"[^\W_]+(?:[" + APOSTROPHES + r"][^\W_]+)*", re.UNICODE)
_POSSESSIVE_RE = re.compile(r"[" + APOSTROPHES + r"]s$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (Shām -> sham), keeping its length unchanged."""
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)) or ch
        out.append(base[0].lower() if len(base) >= 1 else ch)
    return "".join(out)


@lru_cache(maxsize=200_000)
def normalize_token(token: str) -> str:
    """Normalise one word; returns "" for tokens that carry no identity (articles)."""
    tok = _POSSESSIVE_RE.sub("", fold(token))
    for mark in APOSTROPHES:
        tok = tok.replace(mark, "")
    if tok in ARTICLE_TOKENS:
        return ""
    # Attached article without hyphen: "alNusra" is rare, "Al" + name is handled as a token.
    tok = TOKEN_SPELLINGS.get(tok, tok)
    tok = ENGLISH_ISE.sub("iz", tok)
    for pattern, repl in LETTER_RULES:
        tok = pattern.sub(repl, tok)
    return TOKEN_SPELLINGS.get(tok, tok)


def tokens_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` as (start, end, normalised token), articles left out."""
    result = []
    for match in _TOKEN_RE.finditer(text):
        norm = normalize_token(match.group(0))
        if norm:
            result.append((match.start(), match.end(), norm))
    return result


def normalize_name(name: str) -> str:
    """The matching key of a name: its normalised tokens joined by single spaces."""
    return " ".join(tok for _, _, tok in tokens_with_offsets(name))
