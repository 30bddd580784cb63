"""Why Mapping Militants rows are missed: a hand audit of every missed row, read beside the scores.

The hit rate alone does not say how much of the gap is factionmap's. ``gold/mmp-audit.tsv`` records,
for each row a human read and found missed, one cause from :data:`CAUSES`. Scoring joins it with the
current outcomes: misses per cause, misses nobody has audited yet (a new miss, or a row that used to
hit), audited rows that now hit, and the *reachable* rate, the hit rate if every miss that is
factionmap's own fault (``extraction`` and ``kb``) were fixed. The audit holds causes only, never
relations or names, so nothing of the MMP dev set leaks into the pipeline through it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from factionmap.errors import EvalError
from factionmap.eval.mmp import MMPOutcome

# Where the repository keeps the audit, relative to its root.
DEFAULT_AUDIT = Path("gold/mmp-audit.tsv")

# Cause -> what it means. The first two are factionmap's to fix; the others are not.
CAUSES: dict[str, str] = {
    "extraction": "both groups are named and the relation is stated; factionmap misses it",
    "kb": "the knowledge base merges the two groups or lacks one of them",
    "mapping": "the text states a relation the issue's label mapping files under another label "
               "(support, membership, allegiance, a merger labelled splinter ...)",
    "unnamed": "a group of the row is not named in the text (undefined acronym, misspelling, "
               "'the two groups', a person standing for his faction)",
    "unstated": "the text states no relation between the two groups (members who joined another "
                "group, co-parties of a merger, events side by side, negated or hedged ties)",
}
# Causes that are factionmap's own: fixing all of them gives the reachable rate.
OWN_CAUSES = frozenset({"extraction", "kb"})
_HEADER = ("uid", "cause", "note")


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audited row: its uid, cause and a short reason."""

    uid: str
    cause: str
    note: str


@dataclass(frozen=True, slots=True)
class AuditBreakdown:
    """The audit read against the current outcomes."""

    rows: int
    hits: int
    misses_by_cause: tuple[tuple[str, int], ...]  # in CAUSES order, zero counts included
    unaudited: tuple[str, ...]  # uids missed now with no audit entry
    now_hit: tuple[str, ...]  # audited uids that hit now (the audit is stale for them)

    @property
    def reachable(self) -> float:
        """The hit rate if every own-cause miss (extraction, kb) were fixed."""
        own = sum(n for cause, n in self.misses_by_cause if cause in OWN_CAUSES)
        return (self.hits + own) / self.rows if self.rows else 0.0


def read_audit(path: Path) -> dict[str, AuditEntry]:
    """The audit file as uid -> entry; a malformed line is an EvalError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalError(f"{path}: MMP audit file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read MMP audit file: {exc}") from exc
    if not lines or tuple(lines[0].split("\t")) != _HEADER:
        raise EvalError(f"{path}:1: MMP audit must start with the header {'<TAB>'.join(_HEADER)}")
    out: dict[str, AuditEntry] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(p.strip() for p in parts):
            raise EvalError(f"{path}:{number}: expected uid<TAB>cause<TAB>note")
        uid, cause, note = (p.strip() for p in parts)
        if cause not in CAUSES:
            raise EvalError(f"{path}:{number}: unknown cause {cause!r} (one of {', '.join(CAUSES)})")
        if uid in out:
            raise EvalError(f"{path}:{number}: row {uid} is audited twice")
        out[uid] = AuditEntry(uid, cause, note)
    return out


def audit_breakdown(outcomes: Sequence[MMPOutcome], audit: Mapping[str, AuditEntry]) -> AuditBreakdown:
    """Misses per audited cause, unaudited misses and stale entries, over the scored rows only."""
    counts: Counter[str] = Counter()
    unaudited, now_hit = [], []
    for o in outcomes:
        entry = audit.get(o.row.uid)
        if o.hit:
            if entry is not None:
                now_hit.append(o.row.uid)
        elif entry is None:
            unaudited.append(o.row.uid)
        else:
            counts[entry.cause] += 1
    return AuditBreakdown(rows=len(outcomes), hits=sum(o.hit for o in outcomes),
                          misses_by_cause=tuple((c, counts[c]) for c in CAUSES),
                          unaudited=tuple(unaudited), now_hit=tuple(now_hit))


def format_audit(b: AuditBreakdown) -> str:
    """The breakdown as report lines."""
    lines = ["misses by audited cause (gold/mmp-audit.tsv):"]
    lines += [f"  {cause:<11}{n:>5}  {CAUSES[cause]}" for cause, n in b.misses_by_cause]
    lines.append(f"  {'unaudited':<11}{len(b.unaudited):>5}  missed now, not in the audit"
                 + (f": {' '.join(b.unaudited[:20])}" if b.unaudited else ""))
    if b.now_hit:
        lines.append(f"  audited rows that now hit ({len(b.now_hit)}): {' '.join(b.now_hit[:20])}")
    lines.append(f"reachable hit rate (every extraction and kb miss fixed): {b.reachable:.3f}")
    return "\n".join(lines) + "\n"


def audit_json(b: AuditBreakdown) -> dict[str, object]:
    """The breakdown as a JSON-ready object."""
    return {"misses_by_cause": dict(b.misses_by_cause), "unaudited": list(b.unaudited),
            "now_hit": list(b.now_hit), "reachable": b.reachable}
