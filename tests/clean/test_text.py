"""Plain-text cleaning: sections tile the text, furniture leaves the body, the article stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.clean import clean_document, clean_text
from factionmap.types import Document

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

ARTICLE = (
    "Nusra and Ahrar form a new operations room in the Ghouta\n"
    "October 22, 2015 by levantmonitor\n"
    "\n"
    "Al Nusrah Front, Ahrar al Sham and Ajnad al Sham formed a joint operations room named Jund al Malahim "
    "on October 21; notably absent is Jaysh al Islam, widely suspected of being backed by Saudi Arabia.\n"
    "\n"
    "The announcement was made on the accounts of all three groups and was accompanied by a short video "
    "showing fighters from each faction training together in the Eastern Ghouta.\n"
    "\n"
)


def kinds_of(text: str) -> dict[str, str]:
    """Each non-blank stripped line of ``text`` with the kind of section it lies in."""
    doc = clean_text(text)
    return {line.text: label[0] for line, label in zip(doc.lines, doc.labels, strict=True) if not line.blank}


def assert_tiles(text: str, sections) -> None:
    """Sections cover the text without gap or overlap, in order."""
    assert sections, "non-empty text must have sections"
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for left, right in zip(sections, sections[1:], strict=False):
        assert left.end == right.start and left.start < left.end
        assert left.kind != right.kind  # neighbours of one kind are merged


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_clean_text_sections_tile_every_fixture_page(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = clean_document(Document(doc_id=path.name, text=text))
    assert doc.text == text  # plain text is kept exactly as read
    assert_tiles(text, doc.sections)
    assert all(s.cue for s in doc.sections if s.kind != "body")  # every cut names its rule


@pytest.mark.parametrize("text", [
    "",
    "\n\n   \n",
    "one line without newline",
    "line\r\nwith CRLF endings, which are kept exactly as they are in the input.\r\n\r\n",
    "a\u2028b\x0cc\x1dd\n",  # separators str.splitlines also splits on
])
def test_clean_text_tiles_odd_inputs(text: str) -> None:
    doc = clean_text(text)
    if text:
        assert_tiles(text, doc.sections)
    else:
        assert doc.sections == ()


@pytest.mark.parametrize(("furniture", "kind"), [
    ("One thought on “Nusra and Ahrar form a new operations room in the Ghouta”", "comments"),
    ("5 Comments", "comments"),
    ("Pingback: Jund al-Malahim explained | Syria Notes", "comments"),
    ("Trackback: Links for October 23 | The Arabist", "comments"),
    ("Leave a Reply", "boilerplate"),
    ("Fill in your details below or click an icon to log in:", "boilerplate"),
    ("You are commenting using your Google+ account. ( Log Out / Change )", "boilerplate"),
    ("Connecting to %s", "boilerplate"),
    ("Tags: , , , ,", "boilerplate"),
    ("Share this:", "boilerplate"),
    ("Charles L. is a Senior Fellow at the Middle East Institute, where he directs its Syria programme.",
     "boilerplate"),
    ("Are you a dedicated reader of Jihadica? If so, please consider a donation to keep the site online.",
     "boilerplate"),
    ("Related posts", "boilerplate"),
    ("We use cookies to improve your experience. By continuing to browse this site you agree.", "boilerplate"),
    ("Posted by Joel W. at 10:15 AM", "boilerplate"),
    ("Labels: Anbar, Badr, Hashd", "boilerplate"),
])
def test_clean_text_furniture_after_article_leaves_body(furniture: str, kind: str) -> None:
    kinds = kinds_of(ARTICLE + furniture + "\nSome more text that follows the furniture line here.\n")
    assert kinds[furniture] == kind
    assert kinds[ARTICLE.splitlines()[3]] == "body"


@pytest.mark.parametrize("lines", [
    ["Abu Omar says:", "October 22, 2015 at 6:41 pm", "Jaysh al Islam takes its orders from Riyadh.", "Reply"],
    ["Anonymous said...", "Ahrar al-Sham are the last hope of the revolution.", "October 23, 2015 at 2:11 AM"],
    ["Abu Hafs • 8 years ago", "The Uzbeks are brave fighters but Nusra uses them as cannon fodder.", "Reply"],
])
def test_clean_text_reader_comments_without_header_are_comments(lines: list[str]) -> None:
    kinds = kinds_of(ARTICLE + "\n".join(lines) + "\n")
    assert all(kinds[line] == "comments" for line in lines)
    assert kinds[ARTICLE.splitlines()[5]] == "body"


@pytest.mark.parametrize("sentence", [
    "His comments came after days of fighting between Hezbollah and Jabhat al-Nusra near the town of Arsal.",
    "Comments",  # a bare heading inside the article, with prose after it, is not a thread
    "A statement released by the group's media office says:",
    "Share of territory held by the rebels has fallen sharply, according to a related report by the monitor.",
    "By 2015, the group had split from al-Qaeda and joined the Army of Conquest in Idlib.",
    "Abu Mohammed al-Julani is the leader of the group and was a student of Abu Musab al-Zarqawi in Iraq.",
    "Two responses to the attack stand out",
    "[...] the group said it would fight on until the regime falls",
    "Attack on 22 October 2015",
    "404 fighters were killed in the battle, the monitor said.",
    "Nothing was found at the site of the strike, the ministry said.",
    "Topics discussed included the ceasefire and the prisoner exchange",
    "Research by Human Rights Watch found that the group used cluster munitions in Hama.",
])
def test_clean_text_article_sentence_with_cue_words_stays_in_body(sentence: str) -> None:
    more = "The fighting continued into the night, activists said, with dozens of fighters killed on both sides.\n"
    kinds = kinds_of(ARTICLE + sentence + "\n\n" + more)
    assert kinds[sentence] == "body"
    assert kinds[more.strip()] == "body"


def test_clean_text_trailing_category_menu_is_boilerplate() -> None:
    menu = ["Iraq", "Islamic State", "Syria", "Yemen", "Libya", "Afghanistan"]
    kinds = kinds_of(ARTICLE + "\n".join(menu) + "\n")
    assert [kinds[m] for m in menu] == ["boilerplate"] * len(menu)


@pytest.mark.parametrize("ending", [
    ["The signatories are:", "Jabhat al-Nusra", "Ahrar al-Sham", "Jund al-Aqsa", "Faylaq al-Sham"],
    ["- Jabhat al-Nusra", "- Ahrar al-Sham", "- Jund al-Aqsa", "- Faylaq al-Sham"],
    ["1. Jaysh al-Islam", "2. Faylaq al-Rahman", "3. Ahrar al-Sham"],
    ["Fighters near Idlib, 2015"],
])
def test_clean_text_final_short_lines_and_lists_stay_in_body(ending: list[str]) -> None:
    kinds = kinds_of(ARTICLE + "\n".join(ending) + "\n")
    assert [kinds[line] for line in ending] == ["body"] * len(ending)


def test_clean_text_caption_inside_article_does_not_cut_body() -> None:
    text = ARTICLE + "Fighters near Idlib, 2015\n\n" + (
        "Jabhat al-Nusra attacked the headquarters of the 13th Division in Maarat al-Numan on Sunday.\n")
    kinds = kinds_of(text)
    assert kinds["Fighters near Idlib, 2015"] == "body"
    assert kinds[text.splitlines()[-1]] == "body"


@pytest.mark.parametrize(("text", "title"), [
    (ARTICLE, "Nusra and Ahrar form a new operations room in the Ghouta"),
    ("Skip to content\nMenu\nHome\n" + ARTICLE, "Nusra and Ahrar form a new operations room in the Ghouta"),
    ("# Battle of Kobani\nThe siege of Kobani was launched by the Islamic State on 13 September 2014 against "
     "the Kurdish-held city.\n", "Battle of Kobani"),
    ("The Syrian Democratic Forces said on Friday they had arrested four members of an Islamic State cell "
     "in the town of Dhiban.\n", None),
])
def test_clean_text_title_is_the_headline_when_there_is_one(text: str, title: str | None) -> None:
    assert clean_text(text).title == title


@pytest.mark.parametrize(("text", "published"), [
    (ARTICLE, "2015-10-22"),
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a suspected "
     "chemical attack appeared to show symptoms, the organisation said.\n", "2017-04-05"),
    ("Published August 6 2016 An airstrike on a hospital in Idlib killed at least ten people, a monitoring "
     "group said on Saturday.\n", "2016-08-06"),
    ("Title of the post here\n2015-10-22\n" + ARTICLE.split("\n", 2)[2], "2015-10-22"),
    # the first sentence's event date is not the publication date
    ("On October 21, 2015, Nusra and Ahrar formed a joint operations room named Jund al-Malahim, the groups "
     "said.\n", None),
    # two different dates in the header: never guess
    ("Title of the post here\nOctober 22, 2015\nUpdated: November 2, 2015\n" + ARTICLE.split("\n", 2)[2],
     "2015-10-22"),
    ("Title of the post here\n05/04/2017\n" + ARTICLE.split("\n", 2)[2], None),
])
def test_clean_text_published_only_from_unambiguous_header_dates(text: str, published: str | None) -> None:
    assert clean_text(text).published == published


def test_clean_document_jsonl_fields_win_over_the_page() -> None:
    doc = clean_document(Document(doc_id="x", text=ARTICLE, title="Given", published="2015-10-21"))
    assert (doc.title, doc.published) == ("Given", "2015-10-21")


@pytest.mark.parametrize("text", [
    "Iraq\nIslamic State\nSyria\n",
    "Nusra attacked FSA positions near Idlib\n",
])
def test_clean_text_without_furniture_keeps_everything(text: str) -> None:
    assert [s.kind for s in clean_text(text).sections] == ["body"]


def test_clean_text_all_furniture_page_has_no_body() -> None:
    text = "Home\nAbout\nPage not found\nSearch for:\nRecent Posts\nArchives\nBlog at WordPress.com.\n"
    assert {s.kind for s in clean_text(text).sections} == {"boilerplate"}


def test_clean_text_front_matter_is_boilerplate_and_article_body() -> None:
    text = "---\nsubject: Battle of Kobani\ntags:\n  - Kobani\n---\n\n" + ARTICLE
    kinds = kinds_of(text)
    assert kinds["subject: Battle of Kobani"] == "boilerplate" and kinds["tags:"] == "boilerplate"
    assert kinds[ARTICLE.splitlines()[3]] == "body"


def test_clean_text_post_meta_under_standfirst_does_not_end_article() -> None:
    standfirst = ("Islamic State fighters have executed dozens of members of the Jubur tribe accused of "
                  "collaborating with Iraqi forces, residents said.")
    paragraphs = [
        "The executions took place in the village of Hammam al-Alil, where the group had gathered men from "
        "nearby villages as Iraqi forces advanced.",
        "Residents said the Islamic State accused the men of belonging to the tribal Hashd, the Sunni fighters "
        "who joined the PMF in 2015.",
    ]
    text = "\n".join(["ISIS executes tribal fighters south of Mosul", standfirst, "Leave a comment",
                      "Share this:", "Twitter", "", *paragraphs, "", "Share this:", "Leave a Reply", ""])
    kinds = kinds_of(text)
    assert kinds["Leave a comment"] == "boilerplate" and kinds["Twitter"] == "boilerplate"
    assert [kinds[p] for p in paragraphs] == ["body", "body"]
    assert kinds["Leave a Reply"] == "boilerplate"


def test_clean_text_related_excerpts_after_short_article_stay_out_of_body() -> None:
    excerpts = [
        "Islamic State retakes Palmyra in surprise offensive: The jihadist group seized the ancient city "
        "again on Sunday, nine months after it was driven out.",
        "Who are the Fatemiyoun? The Afghan Shiite militia, recruited among refugees in Iran, has lost "
        "hundreds of fighters in Syria.",
    ]
    text = "\n".join([ARTICLE.splitlines()[0], ARTICLE.splitlines()[3], "Share this:", "Twitter",
                      "You may also like", *excerpts, "Most Read", ""])
    kinds = kinds_of(text)
    assert kinds[ARTICLE.splitlines()[3]] == "body"
    assert [kinds[e] for e in excerpts] == ["boilerplate", "boilerplate"]


def test_clean_text_short_line_between_furniture_is_boilerplate() -> None:
    more = "The fighting continued into the night, activists said, with dozens of fighters killed on both sides.\n"
    kinds = kinds_of(ARTICLE + "Advertisement\nPartner content\nAdvertisement\n\n" + more)
    assert kinds["Partner content"] == "boilerplate"
    assert kinds[more.strip()] == "body"


def test_clean_text_running_header_repeated_three_times_is_boilerplate() -> None:
    header = "Institute for Conflict Studies | Middle East Security Report 27"
    paragraph = ARTICLE.splitlines()[3]
    text = "\n".join(["Syria's Armed Opposition: A Spotlight on the Moderates", header, paragraph, "12", header,
                      ARTICLE.splitlines()[5], "13", header, paragraph.replace("Saudi", "Qatari"), ""])
    kinds = kinds_of(text)
    assert kinds[header] == "boilerplate" and kinds["12"] == "boilerplate"
    assert clean_text(text).title == "Syria's Armed Opposition: A Spotlight on the Moderates"


def test_clean_text_short_opening_sentence_stays_with_the_article() -> None:
    text = ("Statement of Jaysh al-Islam on the events in the Eastern Ghouta\n\n"
            "In the name of God, the Most Gracious, the Most Merciful.\n\n" + ARTICLE.splitlines()[3] + "\n")
    cleaned = clean_text(text)
    assert cleaned.title == "Statement of Jaysh al-Islam on the events in the Eastern Ghouta"
    assert kinds_of(text)["In the name of God, the Most Gracious, the Most Merciful."] == "body"


def test_clean_text_cue_words_inside_a_wrapped_paragraph_stay_in_body() -> None:
    wrapped = ["The video, which shows fighters of Jabhat al-Nusra and Ahrar al-Sham together, was",
               "posted in Raqqa by the group's media office and shared widely on Twitter within",
               "hours, according to activists who follow the group's channels."]
    kinds = kinds_of(ARTICLE + "\n".join(wrapped) + "\n\n" + ARTICLE.splitlines()[5] + "\n")
    assert [kinds[line] for line in wrapped] == ["body"] * 3
