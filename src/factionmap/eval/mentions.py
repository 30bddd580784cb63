"""Score predicted mentions against the hand-checked mention gold set.

The gold set (``tests/gold/mentions/*.yaml``, format in its README) lists, for real excerpts,
every actor, person and place mention a careful analyst expects, with the entity it means.
Scoring is pure: load the gold, turn each gold document into a ``Document``, run extraction
however you like, then hand the predicted mentions to :func:`score`.

- mention recall: gold mentions whose span overlaps a predicted mention (of any entity);
- linking accuracy: among found gold mentions, those whose predicted entity ids equal the
  gold ids (a ``new`` gold matches a ``new:`` id whose name is close to the gold name);
- precision: predicted mentions that overlap some gold mention (optional ones included),
  over every predicted mention in the annotated documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from rapidfuzz import fuzz

from factionmap.errors import EvalError
from factionmap.kb.normalize import normalize_name
from factionmap.types import Document, Extraction

KINDS = ("name", "acronym", "coref", "person", "place", "discovered")
# A discovered (``new:``) entity is linked right when its name is this close (rapidfuzz ratio
# on normalised keys) to the gold name: "Mare' Operations Room" vs "Mare Operations Room"
# must meet, "Fatah Halab" vs "Jaysh Halab" must not (ratio 73). Set by hand on those pairs.
NEW_NAME_MIN_RATIO = 88.0
NEW = "new"


class GoldError(EvalError, ValueError):
    """The gold file is malformed: a surface not in the text, an unknown kind, a bad entity."""


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One expected mention: a span of the document and the entity (or entities) it means.

    ``entities`` holds KB ids (``kb:``/``geo:``) or the marker ``new``; ``name`` is the
    expected canonical name of a ``new`` entity. A plural coreference ("both factions")
    lists every entity it stands for. ``also`` lists ids that are equally right for a genuinely
    ambiguous reference ("in Idlib": the city or the governorate).
    """

    start: int
    end: int
    text: str
    entities: tuple[str, ...]
    kind: str
    variations: tuple[str, ...] = ()
    name: str | None = None
    optional: bool = False
    note: str | None = None
    also: tuple[str, ...] = ()

    @property
    def is_new(self) -> bool:
        """Whether the gold entity is not in the knowledge base (discovered in the text)."""
        return self.entities == (NEW,)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A verbatim excerpt of a real source (or a marked synthetic passage) with its mentions."""

    id: str
    source: str
    text: str
    mentions: tuple[GoldMention, ...]
    published: str | None = None
    synthetic: bool = False
    file: str = ""

    def to_document(self) -> Document:
        """The pipeline input for this gold document."""
        return Document(doc_id=self.id, text=self.text, published=self.published,
                        source=self.source)


@dataclass(frozen=True, slots=True)
class PredictedMention:
    """A mention the system produced, flattened with the id and name of its entity."""

    start: int
    end: int
    text: str
    entity_id: str
    entity_name: str


@dataclass(frozen=True, slots=True)
class MentionOutcome:
    """What happened to one gold mention."""

    doc_id: str
    gold: GoldMention
    found: bool
    linked: bool
    predicted_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Recall and linking accuracy over a subset of gold mentions (one variation or kind)."""

    total: int
    found: int
    linked: int

    @property
    def recall(self) -> float:
        """Found over total (1.0 for an empty subset)."""
        return self.found / self.total if self.total else 1.0

    @property
    def accuracy(self) -> float:
        """Linked over found (1.0 when nothing was found)."""
        return self.linked / self.found if self.found else 1.0


@dataclass(frozen=True, slots=True)
class MentionScores:
    """Scores over a gold set; the outcome lists say exactly which mentions failed."""

    outcomes: tuple[MentionOutcome, ...]
    predicted: int
    false_positives: tuple[tuple[str, PredictedMention], ...]
    by_variation: dict[str, Breakdown] = field(default_factory=dict)
    by_kind: dict[str, Breakdown] = field(default_factory=dict)

    @property
    def scored(self) -> tuple[MentionOutcome, ...]:
        """Outcomes of the required (not optional) gold mentions."""
        return tuple(o for o in self.outcomes if not o.gold.optional)

    @property
    def overall(self) -> Breakdown:
        """Counts over every required gold mention."""
        return _breakdown(self.scored)

    @property
    def recall(self) -> float:
        """Mention recall over required gold mentions."""
        return self.overall.recall

    @property
    def accuracy(self) -> float:
        """Linking accuracy among found required gold mentions."""
        return self.overall.accuracy

    @property
    def precision(self) -> float:
        """Predicted mentions overlapping some gold mention, over all predicted mentions."""
        if not self.predicted:
            return 1.0
        return (self.predicted - len(self.false_positives)) / self.predicted

    @property
    def misses(self) -> tuple[MentionOutcome, ...]:
        """Required gold mentions no prediction overlaps."""
        return tuple(o for o in self.scored if not o.found)

    @property
    def mislinks(self) -> tuple[MentionOutcome, ...]:
        """Required gold mentions found but linked to the wrong entity."""
        return tuple(o for o in self.scored if o.found and not o.linked)


# -- loading ----------------------------------------------------------------------------------


def resolve_span(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (0-based) exact occurrence of ``surface`` in ``text``."""
    if not surface:
        raise GoldError("empty mention text")
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise GoldError(f"mention {surface!r} occurrence {occurrence} not found in text")
    return start, start + len(surface)


def _entities(value: Any, where: str) -> tuple[str, ...]:
    ids = (value,) if isinstance(value, str) else tuple(value or ())
    if not ids or not all(isinstance(i, str) for i in ids):
        raise GoldError(f"{where}: 'entity' must be an id, a list of ids or 'new'")
    for i in ids:
        if i != NEW and not i.startswith(("kb:", "geo:")):
            raise GoldError(f"{where}: entity {i!r} is neither kb:/geo: id nor 'new'")
    if NEW in ids and len(ids) > 1:
        raise GoldError(f"{where}: 'new' cannot be combined with other ids")
    return ids


def _mention(record: dict, text: str, where: str) -> GoldMention:
    surface = record.get("text")
    if not isinstance(surface, str):
        raise GoldError(f"{where}: mention without 'text'")
    where = f"{where} {surface!r}"
    kind = record.get("kind", "name")
    if kind not in KINDS:
        raise GoldError(f"{where}: kind {kind!r} not one of {', '.join(KINDS)}")
    entities = _entities(record.get("entity"), where)
    name = record.get("name")
    if entities == (NEW,) and not name:
        raise GoldError(f"{where}: a 'new' entity needs the expected canonical 'name'")
    variations = record.get("variation", ())
    variations = (variations,) if isinstance(variations, str) else tuple(variations)
    also = record.get("also", ())
    also = _entities(also, where) if also else ()
    try:
        start, end = resolve_span(text, surface, int(record.get("occurrence", 0)))
    except GoldError as exc:
        raise GoldError(f"{where}: {exc}") from None
    return GoldMention(start=start, end=end, text=surface, entities=entities, kind=kind,
                       variations=variations, name=name, optional=bool(record.get("optional")),
                       note=record.get("note"), also=also)


def _document(record: dict, file: str) -> GoldDocument:
    doc_id = record.get("id")
    text = record.get("text")
    if not doc_id or not isinstance(text, str) or not record.get("source"):
        raise GoldError(f"{file}: every document needs 'id', 'source' and 'text' ({doc_id!r})")
    where = f"{file}:{doc_id}"
    mentions = tuple(_mention(m, text, where) for m in record.get("mentions", ()))
    spans = [(m.start, m.end, m.entities) for m in mentions]
    if len(set(spans)) != len(spans):
        raise GoldError(f"{where}: the same span is annotated twice (use 'occurrence')")
    published = record.get("published")
    return GoldDocument(id=str(doc_id), source=str(record["source"]), text=text,
                        mentions=mentions, published=str(published) if published else None,
                        synthetic=bool(record.get("synthetic")), file=file)


def load_gold_file(path: Path) -> tuple[GoldDocument, ...]:
    """Gold documents of one YAML file (a mapping with a ``documents`` list)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldError(f"{path}: expected a mapping with a 'documents' list")
    return tuple(_document(d, path.name) for d in data["documents"])


def load_gold(directory: Path) -> tuple[GoldDocument, ...]:
    """Every gold document of every ``*.yaml`` file in ``directory``, ids unique."""
    docs = [d for path in sorted(directory.glob("*.yaml")) for d in load_gold_file(path)]
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise GoldError(f"{doc.file}: duplicate document id {doc.id!r}")
        seen.add(doc.id)
    return tuple(docs)


# -- scoring ----------------------------------------------------------------------------------


def predicted_mentions(extraction: Extraction) -> tuple[PredictedMention, ...]:
    """Every mention of every entity of an extraction, with its entity's id and name."""
    return tuple(
        PredictedMention(m.start, m.end, m.text, entity.id, entity.name)
        for entity in extraction.entities for m in entity.mentions
    )


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _iou(gold: GoldMention, pred: PredictedMention) -> float:
    inter = _overlap(gold.start, gold.end, pred.start, pred.end)
    return inter / (max(gold.end, pred.end) - min(gold.start, pred.start))


def _new_matches(gold: GoldMention, pred_id: str, pred_name: str) -> bool:
    if not pred_id.startswith("new:"):
        return False
    got = normalize_name(pred_name)
    for want in {normalize_name(gold.name or ""), normalize_name(gold.text)} - {""}:
        if got == want or fuzz.ratio(got, want) >= NEW_NAME_MIN_RATIO:
            return True
    return False


def _outcome(doc_id: str, gold: GoldMention, predicted: Sequence[PredictedMention]) -> MentionOutcome:
    touching = [p for p in predicted if _overlap(gold.start, gold.end, p.start, p.end)]
    if not touching:
        return MentionOutcome(doc_id, gold, found=False, linked=False)
    # The predicted span that fits the gold span best speaks for it; several mentions with that
    # span (a plural "both factions" linked to each group) pool their entity ids.
    best = max(_iou(gold, p) for p in touching)
    chosen = [p for p in touching if _iou(gold, p) == best]
    ids = tuple(sorted({p.entity_id for p in chosen}))
    if gold.is_new:
        linked = len(chosen) == 1 and _new_matches(gold, chosen[0].entity_id, chosen[0].entity_name)
    else:
        linked = set(ids) == set(gold.entities) or (len(ids) == 1 and ids[0] in gold.also)
    return MentionOutcome(doc_id, gold, found=True, linked=linked, predicted_ids=ids)


def _breakdown(outcomes: Iterable[MentionOutcome]) -> Breakdown:
    items = list(outcomes)
    return Breakdown(total=len(items), found=sum(o.found for o in items),
                     linked=sum(o.linked for o in items))


def score(gold: Sequence[GoldDocument],
          predictions: Mapping[str, Sequence[PredictedMention]]) -> MentionScores:
    """Score predicted mentions (by document id) against the gold documents."""
    outcomes: list[MentionOutcome] = []
    false_positives: list[tuple[str, PredictedMention]] = []
    predicted = 0
    for doc in gold:
        preds = predictions.get(doc.id, ())
        predicted += len(preds)
        outcomes.extend(_outcome(doc.id, m, preds) for m in doc.mentions)
        for p in preds:
            if not any(_overlap(m.start, m.end, p.start, p.end) for m in doc.mentions):
                false_positives.append((doc.id, p))
    required = [o for o in outcomes if not o.gold.optional]
    variations = sorted({v for o in required for v in o.gold.variations})
    by_variation = {v: _breakdown(o for o in required if v in o.gold.variations)
                    for v in variations}
    by_kind = {k: _breakdown(o for o in required if o.gold.kind == k)
               for k in KINDS if any(o.gold.kind == k for o in required)}
    return MentionScores(outcomes=tuple(outcomes), predicted=predicted,
                         false_positives=tuple(false_positives), by_variation=by_variation,
                         by_kind=by_kind)


def format_report(scores: MentionScores, *, details: int = 40) -> str:
    """A plain-text table: overall figures, per kind, per variation, then the first failures."""
    o = scores.overall
    lines = [
        f"mentions {o.total}  recall {o.recall:.3f} ({o.found}/{o.total})  "
        f"linking accuracy {o.accuracy:.3f} ({o.linked}/{o.found})  "
        f"precision {scores.precision:.3f} ({scores.predicted - len(scores.false_positives)}"
        f"/{scores.predicted})",
        "",
        f"{'kind / variation':<28}{'n':>5}{'recall':>9}{'accuracy':>10}",
    ]
    for label, table in (("kind", scores.by_kind), ("variation", scores.by_variation)):
        for key, b in table.items():
            lines.append(f"{label + ':' + key:<28}{b.total:>5}{b.recall:>9.3f}{b.accuracy:>10.3f}")
    if details:
        lines.append("")
        for out in (*scores.misses, *scores.mislinks)[:details]:
            g = out.gold
            want = g.name if g.is_new else ",".join(g.entities)
            what = "missed" if not out.found else f"linked {','.join(out.predicted_ids)}"
            lines.append(f"{out.doc_id} [{g.start}:{g.end}] {g.text!r} want {want}: {what}")
        for doc_id, p in scores.false_positives[:details]:
            lines.append(f"{doc_id} [{p.start}:{p.end}] {p.text!r} -> {p.entity_id}: no gold")
    return "\n".join(lines)
