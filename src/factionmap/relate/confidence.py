"""Confidence of a relation: named weights per pattern family, modality and link quality.

``confidence = PATTERN_WEIGHTS[family] * MODALITY_WEIGHTS[modality] * link * penalties``.
Calibrated as a set by hand against the MMP descriptions (benchmarks/mmp_relations.py) and
the dev gold: families whose findings were most often right carry the highest weight, so a
threshold on confidence drops the least reliable rules first.
"""

from __future__ import annotations

# Pattern family (the part of ``pattern`` before the first colon) -> prior precision.
# Calibrated on the dev gold, whole pipeline, 90 documents (python -m
# factionmap.relate.oracle_eval gold/dev --full --patterns): measured edge precision per family,
# shrunk towards 0.8 for small counts. verb 99/109, noun 47/54, role 22/26, base 7/9,
# clause 10/13, modifier 5/7, against 13/13, coagent 1/1, absent 0/1.
PATTERN_WEIGHTS: dict[str, float] = {
    "verb": 0.9,  # a trigger verb with its subject and object: the most direct statement
    "against": 0.88,  # "A worked together against B": the enemy named by a preposition
    "noun": 0.85,  # "an alliance with B": a nominal cue needs its holder found through the tree
    "role": 0.84,  # "the military emir of A, X": explicit, but person names are often mislinked
    "base": 0.8,  # "A's stronghold of P"
    "copular": 0.78,  # "The three organizations are A, B and C": the body may come from context
    "clause": 0.76,  # "under the banner of D", "received weapons from B": looser clause cues
    "coagent": 0.75,  # "A, along with B, ...": cooperation is implied, not named
    "modifier": 0.74,  # "the al-Qaeda-linked Nusra Front": short, but hyphen parses go astray
    "absent": 0.65,  # "notably absent is A": membership denied by implication
}
DEFAULT_PATTERN_WEIGHT = 0.7
# Sub-pattern suffixes that weaken a finding: distributed or implied edges are less sure.
SUFFIX_WEIGHTS: dict[str, float] = {
    "mutual": 0.9,  # alliance among co-subjects: implied by acting together
    "among": 0.9,  # "an alliance between A and B": listed partners
    "coagent": 0.85,  # co-agents sharing a combat target
    "together": 0.9,
    "members": 0.95,
    "via-leader": 0.85,  # a leader's or spokesman's stance given to the group (leader_acts.py)
    "renamed": 0.9,  # a lineage edge handed to the body's later name ("changed its name to C")
    "split-unit-before": 0.85,  # the formers' unit tied to its group by an earlier sentence
}
# Modality -> how sure we are that the text says exactly this (hedges read less reliably).
MODALITY_WEIGHTS: dict[str, float] = {
    "asserted": 1.0,
    "claimed": 0.9,
    "negated": 0.9,
    "planned": 0.85,
    "alleged": 0.8,
}
COREF_WEIGHT = 0.85  # an argument reached through coreference (a pronoun or "the two groups")
LONG_SENTENCE_TOKENS = 45  # parses of longer sentences attach arguments less reliably
LONG_SENTENCE_WEIGHT = 0.9
COMMENT_WEIGHT = 0.8  # reader comments state facts less reliably than the article body


def confidence(pattern: str, modality: str, *, link_scores: tuple[float, ...] = (),
               coref: bool = False, tokens: int = 0, section: str = "body") -> float:
    """A number in [0, 1] for one relation, higher is surer."""
    parts = pattern.split(":")
    value = PATTERN_WEIGHTS.get(parts[0], DEFAULT_PATTERN_WEIGHT)
    for suffix in parts[2:]:
        value *= SUFFIX_WEIGHTS.get(suffix, 1.0)
    value *= MODALITY_WEIGHTS.get(modality, 0.8)
    for score in link_scores:
        value *= max(0.0, min(1.0, score)) ** 0.5
    if coref:
        value *= COREF_WEIGHT
    if tokens > LONG_SENTENCE_TOKENS:
        value *= LONG_SENTENCE_WEIGHT
    if section == "comments":
        value *= COMMENT_WEIGHT
    return round(max(0.0, min(1.0, value)), 3)
