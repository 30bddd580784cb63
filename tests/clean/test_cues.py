"""The cue table: named, explained, and matched against whole lines only."""

from __future__ import annotations

import re

import pytest

from factionmap.clean.cues import CONFIRMS, CUES, ROLES, match_cue


def test_cues_are_named_explained_and_valid() -> None:
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))
    for cue in CUES:
        assert re.fullmatch(r"[a-z][a-z-]+", cue.name)
        assert cue.role in ROLES and len(cue.why) > 20
        assert cue.confirm is None or cue.confirm in CONFIRMS
        re.compile(cue.pattern)


@pytest.mark.parametrize(("line", "name"), [
    ("One thought on “Nusra’s new operations room”", "thread-thoughts-on"),
    ("12 Responses to \"Why Ahrar al-Sham refused\"", "thread-thoughts-on"),
    ("5 Comments", "thread-count"),
    ("Pingback: Jund al Malahim | The Levant Monitor", "pingback"),
    ("Abu Hafs says:", "commenter-says"),
    ("Anonymous said...", "commenter-said"),
    ("Abu Hafs • 3 years ago", "commenter-disqus"),
    ("Leave a Reply", "form-leave-reply"),
    ("Connecting to %s", "form-wpcom-login"),
    ("Tags: , , , ,", "tags"),
    ("Share this:", "share-widget"),
    ("Related posts", "related-posts"),
    ("We use cookies to improve your experience.", "cookie-notice"),
    ("By Charles L. | October 22, 2015", "byline"),
    ("Advertisement", "advert"),
    ("Read more: Nusra splits from al-Qaeda", "read-more"),
])
def test_match_cue_names_the_rule(line: str, name: str) -> None:
    cue = match_cue(line)
    assert cue is not None and cue.name == name


@pytest.mark.parametrize("line", [
    "Iraq",
    "The group says it will fight on.",
    "Comments by the spokesman were broadcast on al-Manar.",
    "Share of territory held by the rebels has fallen sharply.",
    "By 2015, the group had split from al-Qaeda.",
    "Jabhat al-Nusra and Ahrar al-Sham formed a joint operations room on October 21.",
    "(c) That it has accorded the insurgents recognition as belligerents.",
])
def test_match_cue_ignores_article_lines(line: str) -> None:
    assert match_cue(line) is None
