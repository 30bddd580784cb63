"""The model's attribute ruler, applied by table lookup instead of spaCy's Matcher.

spaCy's ``attribute_ruler`` maps fine tags (and a few words and dependencies) to coarse part of
speech, morphology and some lemmas with 179 Matcher patterns. On the relation stage's parses
it cost as much as the dependency parser (0.66 s against 0.61 s on 150 FA-KES articles),
because the Matcher tries every pattern at every token. Every pattern tests only a token's
TAG, LOWER, DEP or IS_SPACE (equal to, in, not in, or matching a value), so which rules a
token starts depends on those four values alone: it is worked out once per distinct
combination and remembered. The result is the ruler's exactly: the same attributes, set by
spaCy's own ``set_token_attrs``, in the ruler's order (a later rule wins).
``tests/relate/test_ruler.py`` compares the two token by token.

``FastRuler.build`` returns None for a pattern with an operator or key it does not know, or
for extension attributes, and the caller then keeps spaCy's ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Token attributes a pattern may test, in the order of a token's key.
KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# Distinct (tag, word, dependency, space) combinations remembered before the memo restarts.
MEMO_LIMIT = 200_000
# (tag, lower, dep, is_space) of one token, as strings and a flag.
TokenKey = tuple[str, str, str, bool]
Test = Callable[[TokenKey], bool]


def _value_test(position: int, value: Any) -> Test | None:
    """A test of one attribute against a Matcher value (a constant or an operator dict)."""
    if not isinstance(value, dict):
        return lambda t: t[position] == value
    if len(value) != 1:
        return None
    (operator, operand), = value.items()
    if operator == "IN":
        members = frozenset(operand)
        return lambda t: t[position] in members
    if operator == "NOT_IN":
        members = frozenset(operand)
        return lambda t: t[position] not in members
    if operator == "REGEX":
        compiled = re.compile(operand)
        return lambda t: compiled.search(t[position]) is not None
    return None


def _token_test(spec: dict[str, Any]) -> Test | None:
    """All of a pattern token's conditions, or None when one is not understood."""
    tests = []
    for key, value in spec.items():
        if key not in KEYS:
            return None
        test = _value_test(KEYS.index(key), value)
        if test is None:
            return None
        tests.append(test)
    return lambda t: all(test(t) for test in tests)


def _needed(spec: dict[str, Any], key: str) -> tuple[str, ...] | None:
    """The values of ``key`` a pattern token requires (None: it takes any)."""
    value = spec.get(key)
    if isinstance(value, str):
        return (value,)
    if isinstance(value, dict) and list(value) == ["IN"]:
        return tuple(value["IN"])
    return None


@dataclass(frozen=True)
class Rule:
    """One ruler pattern: its token tests, the rule's order, the index of the token it sets."""

    order: int
    tests: tuple[Test, ...]
    index: int


@dataclass(frozen=True)
class Start:
    """What a token key starts: one-token rules (their orders and merged attributes) and
    longer rules whose first token it matches."""

    orders: tuple[int, ...]
    merged: dict[Any, Any]
    longer: tuple[Rule, ...]


@dataclass(frozen=True)
class FastRuler:
    """An AttributeRuler's patterns, with what each distinct token key starts remembered."""

    by_tag: dict[str, tuple[Rule, ...]]  # one-token rules by the tag they need
    by_lower: dict[str, tuple[Rule, ...]]  # the others, by the word they need
    anywhere: tuple[Rule, ...]  # the rest
    longer: tuple[Rule, ...]
    attrs: tuple[Any, ...]
    set_attrs: Callable[[Any, Any], None]
    array_attrs: tuple[int, ...]
    memo: dict[tuple[int, ...], Start] = field(default_factory=dict, compare=False)

    @classmethod
    def build(cls, ruler: Any) -> FastRuler | None:
        """Compile a spaCy AttributeRuler (None when a pattern has an unknown shape)."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        by_tag: dict[str, list[Rule]] = {}
        by_lower: dict[str, list[Rule]] = {}
        anywhere: list[Rule] = []
        longer: list[Rule] = []
        for order, entry in enumerate(ruler.patterns):
            if "_" in entry["attrs"]:
                return None
            for pattern in entry["patterns"]:
                tests = tuple(_token_test(spec) for spec in pattern)
                if not pattern or any(test is None for test in tests):
                    return None
                index = entry["index"] if entry["index"] >= 0 else len(pattern) + entry["index"]
                if not 0 <= index < len(pattern):
                    return None
                rule = Rule(order, tests, index)  # type: ignore[arg-type]
                tags, lowers = _needed(pattern[0], "TAG"), _needed(pattern[0], "LOWER")
                if len(pattern) > 1:
                    longer.append(rule)
                elif tags is not None:
                    for tag in tags:
                        by_tag.setdefault(tag, []).append(rule)
                elif lowers is not None:
                    for lower in lowers:
                        by_lower.setdefault(lower, []).append(rule)
                else:
                    anywhere.append(rule)
        return cls({k: tuple(v) for k, v in by_tag.items()}, {k: tuple(v) for k, v in by_lower.items()},
                   tuple(anywhere), tuple(longer), tuple(ruler.attrs), set_token_attrs,
                   (TAG, LOWER, DEP, IS_SPACE))

    def _start(self, key: tuple[int, ...], strings: Any) -> Start:
        words = _words(key, strings)
        candidates = (*self.by_tag.get(words[0], ()), *self.by_lower.get(words[1], ()), *self.anywhere)
        orders = tuple(sorted(r.order for r in candidates if r.tests[0](words)))
        merged: dict[Any, Any] = {}
        for order in orders:
            merged.update(self.attrs[order])
        start = Start(orders, merged, tuple(r for r in self.longer if r.tests[0](words)))
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        self.memo[key] = start
        return start

    def __call__(self, doc: Any) -> Any:
        """Set the ruler's attributes on ``doc`` (in place) and return it."""
        strings = doc.vocab.strings
        keys = [tuple(row) for row in doc.to_array(list(self.array_attrs)).tolist()]
        starts = [self.memo.get(key) or self._start(key, strings) for key in keys]
        extra: dict[int, list[int]] = {}  # longer rules' hits, by the token they set
        for position, start in enumerate(starts):
            for rule in start.longer:
                width = len(rule.tests)
                if position + width <= len(keys) and all(
                        rule.tests[k](_words(keys[position + k], strings)) for k in range(1, width)):
                    extra.setdefault(position + rule.index, []).append(rule.order)
        for position, start in enumerate(starts):
            if position in extra:
                token = doc[position]
                for order in sorted((*start.orders, *extra[position])):
                    self.set_attrs(token, self.attrs[order])
            elif start.merged:
                self.set_attrs(doc[position], start.merged)
        return doc


def _words(key: tuple[int, ...], strings: Any) -> TokenKey:
    """A token key's hashes as the strings the patterns test."""
    return strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3])
