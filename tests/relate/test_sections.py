"""Sections: relations from comments say so; boilerplate yields nothing."""

from __future__ import annotations

from factionmap.types import Section

G = "armed_group"
SPEC = {"Ahrar al-Sham": ("kb:ahrar", G), "Jabhat al-Nusra": ("kb:nusra", G),
        "the Islamic State": ("kb:is", G), "Jaysh al-Islam": ("kb:jaysh-islam", G)}
BODY = "Ahrar al-Sham allied with Jabhat al-Nusra in March."
NAV = "Related: Jaysh al-Islam attacked the Islamic State | Share | Login"
COMMENT = "Reader: Jaysh al-Islam attacked the Islamic State last year, everyone knows that."


def _sections(*parts: tuple[str, str]) -> tuple[str, tuple[Section, ...]]:
    text, sections = "", []
    for kind, part in parts:
        start = len(text)
        text += part + "\n\n"
        sections.append(Section(kind, start, len(text)))  # type: ignore[arg-type]
    return text, tuple(sections)


def test_relate_comment_relations_carry_comments_section(run_relate) -> None:
    text, sections = _sections(("body", BODY), ("comments", COMMENT))
    relations, _ = run_relate(text, SPEC, sections=sections, published="2015-10-22")
    by_pair = {(r.source, r.target): r for r in relations}
    assert by_pair[("kb:ahrar", "kb:nusra")].section == "body"
    assert by_pair[("kb:is", "kb:jaysh-islam")].section == "comments"
    comment_start = sections[1].start
    assert all(r.section == "comments" for r in relations if r.evidence.start >= comment_start)
    assert all(r.section == "body" for r in relations if r.evidence.start < comment_start)


def test_relate_boilerplate_yields_nothing(run_relate) -> None:
    text, sections = _sections(("body", BODY), ("boilerplate", NAV))
    relations, events = run_relate(text, SPEC, sections=sections)
    assert {(r.source, r.target) for r in relations} == {("kb:ahrar", "kb:nusra")}
    assert all(r.evidence.end <= sections[0].end for r in relations)
    assert all(e.evidence.end <= sections[0].end for e in events)


def test_relate_comment_confidence_below_body(run_relate) -> None:
    sentence = "Jaysh al-Islam attacked the Islamic State."
    text, sections = _sections(("body", sentence), ("comments", sentence))
    relations, _ = run_relate(text, SPEC, sections=sections)
    body, comment = sorted(relations, key=lambda r: r.evidence.start)
    assert (body.section, comment.section) == ("body", "comments")
    assert comment.confidence < body.confidence
