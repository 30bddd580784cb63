"""The cues that recognise page furniture in plain text, as named data.

Each cue is matched against one whole line (stripped), case-insensitively, so an article
sentence that merely contains "comments" or "share" never matches. A cue's ``role`` says
what the line does to the reading state (see ``text.py``):

- ``thread``: a comment-thread header ("5 thoughts on “…”"); comments follow.
- ``commenter``: the line that opens one comment ("X says:", "X said...", "X • 3 years ago").
- ``pingback``: a pingback or trackback; it is a comment.
- ``comment_meta``: timestamps, "Reply", vote counts: part of a comment when inside comments,
  boilerplate elsewhere.
- ``form``: the comment form and login widget; boilerplate, and the article is over.
- ``tail``: furniture that only follows an article (share bar, tags, bio, donation appeal,
  related posts, sidebar headings, footer); boilerplate, and the article is over.
- ``line``: furniture that may sit inside an article (an "Advertisement" slot, a byline);
  boilerplate for this line only.
- ``promo``: an inline "Read more:" / "Related:" box; this line and the short link lines
  under it are boilerplate, then the article goes on.

Calibrated as a set against tests/fixtures/pages (see tests/clean/floors.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from factionmap.clean.dates import DATE, TIME

Confirm = Literal["at_end", "meta_near"]
CueRole = Literal["thread", "commenter", "pingback", "comment_meta", "form", "tail", "line", "promo"]
# Furniture that may sit inside a run of menu lines or under a headline without breaking it.
INLINE_ROLES = frozenset({"line", "comment_meta"})
ROLES: tuple[str, ...] = ("thread", "commenter", "pingback", "comment_meta", "form", "tail", "line", "promo")


@dataclass(frozen=True, slots=True)
class Cue:
    """A named line pattern: ``why`` says which pages print it and why it is not article text."""

    name: str
    role: CueRole
    pattern: str
    why: str
    # Inside an article the cue counts only when confirmed by what follows (see ``CONFIRMS``).
    confirm: Confirm | None = None


# How a cue that could also be an article sentence is confirmed when it appears inside the article.
CONFIRMS: dict[str, str] = {
    # A bio or appeal ends an article only if no more article prose follows it.
    "at_end": "no prose line follows before the next thread, form or tail cue (or the end)",
    # 'X says:' opens a comment only if a timestamp or reply link is close by (else it introduces a quote).
    "meta_near": "a comment timestamp or reply link within the next four lines, or a date on the line",
}

# A commenter's display name: a handle or a few words ('M. Ali', 'Tom W.'), never a sentence.
NAME = r"(?!(?:posted|published|updated|last updated|date|by)\b)[^\s.!?][^!?:]{0,58}?"
# One to four capitalised words separated by spaces (a byline's name); case-sensitive inside
# the case-insensitive table, and unambiguous so that long capitalised lines cannot backtrack.
CAP_NAME = r"(?-i:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
# A comment count: "5", "one", "twelve".
COUNT = r"(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Typographic and straight quotes around a post title in thread headers.
Q = r"[\"“”'‘’«»]"

CUES: tuple[Cue, ...] = (
    # ---- comment threads -------------------------------------------------------------------
    Cue("thread-thoughts-on", "thread",
        rf"{COUNT} (?:thoughts?|responses?|replies|comments?|reactions?) (?:on|to) {Q}.+{Q}:?",
        "WordPress themes head the thread with 'One thought on “<title>”' / '12 responses to “…”' (the title is "
        "quoted: 'Two responses to the attack stand out' is a sentence)"),
    Cue("thread-count", "thread", rf"{COUNT} comments?:?|comments? \(\d+\)|\(\d+\) comments?|{COUNT} replies",
        "'5 Comments' / 'Comments (5)' heads WordPress, Blogger and Disqus threads"),
    Cue("thread-heading", "thread",
        r"comments|reader comments|readers'? comments|discussion|what readers are saying"
        r"|responses|\d+ responses so far|show comments|view comments|conversation|discussion about this post",
        "a bare 'Comments' / 'Discussion' heading opens the reader thread on news sites; inside an article "
        "only when comment furniture follows", confirm="meta_near"),
    Cue("thread-disqus", "thread", r"disqus|sort by (?:best|newest|oldest)",
        "Disqus embeds print their brand and a sort control above the thread"),
    # ---- one comment -----------------------------------------------------------------------
    Cue("commenter-says", "commenter", rf"{NAME} says:?(?:\s+{DATE}{TIME}?)?",
        "WordPress default comment template: '<name> says:' then the date", confirm="meta_near"),
    Cue("commenter-said", "commenter", rf"{NAME} (?:said|wrote)(?:\.\.\.|…|:)(?:\s+{DATE}{TIME}?)?",
        "Blogger prints 'Anonymous said...' above each comment; forums print '<name> wrote:'",
        confirm="meta_near"),
    Cue("commenter-disqus", "commenter",
        rf"{NAME}\s*(?:mod\s*)?[•·]\s*(?:\d+|a|an) (?:years?|months?|weeks?|days?|hours?|minutes?) ago",
        "Disqus prints '<name> • 3 years ago' above each comment"),
    Cue("commenter-on-date", "commenter", rf"{NAME} on {DATE}{TIME}(?: said:)?",
        "some themes print '<name> on October 22, 2015 at 4:12 pm said:' (the time is required: 'Attack on "
        "22 October 2015' is a heading)"),
    Cue("commenter-level", "commenter", r"level \d{1,2}",
        "Reddit prints 'level 1', 'level 2' above each comment of a thread"),
    Cue("commenter-handle-date", "commenter", rf"(?:[\w.\-]{{2,30}} ){{1,2}}{DATE}{TIME}",
        "news-site threads (Guardian-style) print '<handle> [<replied-to handle>] 3 Oct 2017 08:12'",
        confirm="meta_near"),
    Cue("pingback", "pingback", r"(?:pingback|trackback):?\s.+|\[(?:\.\.\.|…)\]\s.+\[(?:\.\.\.|…)\]",
        "WordPress lists 'Pingback: <title> | <site>' and '[…] excerpt […]' in the thread; these are comments "
        "(contract)"),
    Cue("comment-date", "comment_meta", rf"(?:posted\s+)?(?:on\s+)?{DATE}{TIME}?(?:\s*(?:#|¶|permalink))?",
        "a line that is only a date (and time): a comment timestamp, or a post's dateline"),
    Cue("comment-ago", "comment_meta", r"(?:[•·]\s*)?(?:\d+|a|an) (?:years?|months?|weeks?|days?|hours?|minutes?) ago",
        "relative timestamps under Disqus and Medium comments"),
    Cue("comment-reply", "comment_meta",
        r"(?:reply|reply ↓|↓ reply|log in to reply|login to reply|report|flag|permalink|edit|like|unlike"
        r"|like liked by \d+ (?:person|people)|liked by \d+ (?:person|people)|upvote|downvote|see more|recommend \d*"
        r"|reply with quote|quote|multi-quote|like\s*·\s*reply(?:\s*·\s*\w+)*|save|hide|give award|award"
        r"|·?\s*\d+ (?:yr|mo|d|h|min)s?\.? ago"
        r"|share ›|share|reply\s*[•·]\s*share ›?|load more comments|show more replies|view \d+ replies|hide replies)",
        "the action links under each comment"),
    Cue("comment-counter", "comment_meta", r"[•·|–—\-]*\s*\d{0,5}\s*[•·|–—\-]*|avatar|\+\d+|−\d+",
        "vote counts, bullets and avatar alt-texts left when a thread is flattened to text"),
    # ---- comment form and login --------------------------------------------------------------
    Cue("form-leave-reply", "form",
        r"leave a (?:reply|comment|response)(?: cancel reply)?|post a comment|add (?:a )?comment|write a comment"
        r"|have your say|cancel reply|post comment|submit comment|leave a reply to .+|join the discussion(?:…|\.\.\.)?"
        r"|comments are closed\.?|comments? (?:are|is) disabled.*|comments powered by disqus\.?|add disqus to your site"
        r"|what do you think\??|be the first to (?:comment|reply)\.?|no comments yet\.?|start the discussion.*"
        r"|sign in to (?:comment|reply)|sort by|oldest|newest|top comments|add a comment(?:\.\.\.|…)?"
        r"|facebook comments plugin|\d+% upvoted"
        r"|do not sell my (?:data|personal information)|(?:sign in|log in|register)(?: or create (?:your|an) account)?"
        r" to (?:join the discussion|comment|reply).*",
        "the comment form's heading ('Leave a Reply', Blogger's 'Post a Comment')"),
    Cue("form-wpcom-login", "form",
        r"fill in your details below or click an icon to log in:?|you are commenting using your .{1,40} account\..*"
        r"|\(?\s*log out\s*/\s*change\s*\)?|connecting to %s|notify me of (?:new|follow-up) (?:comments|posts)"
        r" (?:via|by) email\.?|email \(required\)|name \(required\)|\(address never made public\)|website"
        r"|email|name|name \*|email \*|comment \*|comment|website url",
        "the WordPress.com login widget and form labels"),
    Cue("form-required", "form",
        r"your email address will not be published\..*|required fields are marked.*"
        r"|save my name, email, and website in this browser.*|this site uses akismet.*"
        r"|you must be (?:logged in|registered) to post a comment\.?|comments are moderated.*"
        r"|(?:log in|sign in|sign up) (?:with|to comment).*|or sign up with disqus.*"
        r"|note: only a member of this blog.*",
        "form notes of WordPress, Blogger and Disqus"),
    # ---- after the article ------------------------------------------------------------------
    Cue("share-widget", "tail",
        r"rate this:?|share this(?: post| article| story)?:?|share on \w+|click to (?:share|email|print) .*|like this:?"
        r"|like loading\.\.\.|loading\.\.\.|tweet|email this|print this|share via.*|sharethis"
        r"|email this\s*blogthis!.*|blogthis!|share to (?:twitter|facebook|pinterest)",
        "share bars (WordPress 'Share this:' + 'Click to share on Twitter', Blogger 'BlogThis!')"),
    Cue("tags", "tail",
        r"(?:tags?|labels|keywords|topics|categories|category)(?:\s*:\s*[^.!?]{0,300})?"
        r"|(?:tagged(?: with| as)?|filed under|found in|posted in)(?:\s*:\s*|\s+)[^.!?]{0,300}",
        "tag and category lines ('Tags: , , , ,', Blogger 'Labels: …', 'Filed under: …')"),
    Cue("post-meta", "tail",
        r"(?:posted|written|published) by .{1,60}(?: at .{1,30}| on .{1,40})?|bookmark the permalink\.?"
        r"|this entry was posted .*|this (?:entry|post) was (?:written|posted) by .*|permalink"
        r"|(?:posted|published) in .{1,80}",
        "the post footer ('Posted by X at 10:15 AM', 'This entry was posted in … Bookmark the permalink.')"),
    Cue("author-bio", "tail",
        r"(?-i:(?:[A-Z][\w.'’\-]+ ){1,4})(?:is|was) (?:a|an|the) (?:[\w\-]+ ){0,4}(?:fellow|analyst|researcher|scholar"
        r"|journalist|correspondent|editor|writer|reporter|professor|lecturer|candidate|director|contributor"
        r"|author|founder|consultant|expert|student|specialist)\b.*|about the author|about the authors|written by .+"
        r"|view all posts by .+|follow (?:him|her|them|me|us) on twitter.*|more from .{1,60}",
        "author bios under analyst posts ('X is a Senior Fellow at …'); inside an article only at its end",
        confirm="at_end"),
    Cue("donation-appeal", "tail",
        r"(?:are you a (?:dedicated|regular|loyal) reader|if you (?:enjoy|value|appreciate|like)|please consider"
        r"|consider (?:a|making a) donation|support (?:our|my|this|independent) (?:work|journalism|blog|site|reporting)"
        r"|donate|become a (?:patron|member|supporter)|subscribe (?:to|for)|sign up for (?:our|the|my)"
        r"|enter your email address to (?:subscribe|follow)|join \d[\d,]* other (?:subscribers|followers)"
        r"|get (?:the|our) (?:latest|newsletter)|newsletter|want (?:to see )?more (?:posts|articles|stories)).*",
        "donation and newsletter appeals ('Are you a dedicated reader of …? … consider a donation')",
        confirm="at_end"),
    Cue("related-posts", "promo",
        r"related(?: posts?| articles?| stories| content| reading| coverage| research| topics)?:?"
        r"|you (?:may|might) also like:?|more on this (?:story|topic)"
        r"|more (?:on|from) this (?:topic|author|site)|similar posts|further reading on this site|read next|up next"
        r"|what to read next",
        "related-post boxes: after the article, or between its paragraphs on news sites, so only the box "
        "(its link and excerpt lines) is cut"),
    Cue("popular-posts", "tail",
        r"popular posts|most (?:read|popular|viewed|shared)|trending(?: now)?|recommended(?: for you| from medium)?"
        r"|more posts you may like",
        "site-wide popularity lists: they follow the article"),
    Cue("post-nav", "tail",
        r"(?:←|«|<)?\s*(?:previous|next|older|newer) (?:post|entry|article|posts|entries|story)\s*(?:→|»|>)?.*"
        r"|newer post\s*older post\s*home|older posts|newer posts|post navigation|home",
        "links to the neighbouring posts; they close a WordPress or Blogger post"),
    Cue("sidebar-heading", "tail",
        r"recent posts|recent comments|archives?|blog archive|blogroll|meta|search for:|search|top posts(?: & pages)?"
        r"|follow (?:blog )?via email|follow (?:this )?blog|followers|pages|links|blog stats|quick navigation|top"
        r"|follow (?:us|[\w ]{2,30}):|connect|our channels|skip links|ready for more\?"
        r"|subscribe to:.*|powered by blogger\.?|[►▼]\s.+|entries (?:rss|feed)|comments (?:rss|feed)|wordpress\.org"
        r"|log in|login|sign in|sign up|subscribe|open in app|write|get unlimited access|member-only story",
        "sidebar widgets and Blogger/Medium chrome that follow the article in flattened pages"),
    Cue("sidebar-about", "tail", r"about(?: me| us| this (?:blog|site)| the (?:blog|author|site))?:?",
        "a sidebar's 'About' box; the paragraph under it describes the site, so it never starts the article"),
    Cue("site-footer", "tail",
        r"(?:©|\(c\))\s*\d{4}.{0,120}|(?:©|copyright\b).{0,120}|all rights reserved\.?|blog at wordpress\.com\.?"
        r"|create a free website or blog at.*"
        r"|website powered by wordpress\.com\.?|theme: .{1,40} by .*|proudly powered by wordpress|privacy policy"
        r"|terms of (?:use|service)|help\s+status\s+about.*|privacy & cookies:.*"
        r"|to find out more, including how to control cookies.*|close and accept|back to top|skip to content"
        r"|skip to main content|powered by .{1,30}",
        "the site footer: copyright, legal links, theme credits, skip links"),
    Cue("cookie-notice", "tail",
        r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies.*|by continuing to (?:use|browse) this.*"
        r"|accept(?: all)? cookies|cookie (?:policy|settings|preferences)|manage cookies|i agree|got it!?",
        "cookie banners; when they open the text they are handled as header lines"),
    Cue("newsletter-footer", "tail",
        r"you are receiving this (?:e-?mail|message|newsletter).*|unsubscribe.*|view this e-?mail in your browser.*"
        r"|forward (?:this e-?mail )?to a friend.*|update your preferences.*|manage (?:your )?subscription.*",
        "e-mail newsletters pasted as text end with subscription footers"),
    Cue("editor-note", "tail",
        r"(?:editor'?s'? note:.*|this (?:interview|article|story|report|piece) (?:was|has been) (?:conducted|translated"
        r"|edited|updated|originally published|produced|corrected).*|the original was published .*)",
        "notes about the article itself at its end ('This interview was conducted in Arabic and edited for length.')",
        confirm="at_end"),
    Cue("download-link", "tail", r"download (?:the |this )?(?:pdf|full report|report|paper|brief).*",
        "report pages end the summary with a download link to the full PDF"),
    Cue("hashtags", "tail", r"#[^\s#][^#]{0,40}(?:\s*#[^\s#][^#]{0,40})*",
        "Tumblr and Instagram tag lines ('#syria', '#liwa al-quds') after a post"),
    Cue("tumblr-notes", "tail",
        r"\d[\d,.]*k? notes?|posted \d+ (?:years?|months?|weeks?|days?|hours?) ago"
        r"|\S{2,40} reblogged this from \S{2,40}|\S{2,40} posted this|\S{2,40} liked this",
        "Tumblr's note counts and reblog trail"),
    Cue("wire-credits", "tail",
        r"(?:(?:additional )?reporting|writing|editing|compiled|translated|research) by .{1,120}|our standards:.*"
        r"|\(?(?:reporting|writing) (?:by|from) .{1,80}\)?|(?-i:SOURCE:\s.{1,80})",
        "wire-service credits ('Reporting by …; Editing by …') close a news story; inside it only at its end",
        confirm="at_end"),
    Cue("not-found", "tail",
        r"(?:error )?404(?:\s*[-:–|]?\s*(?:error|not found|page not found).{0,60})?|page not found.{0,60}"
        r"|(?:it looks like )?nothing (?:was )?found (?:here|at this location).*|nothing found\.?"
        r"|sorry, (?:the|this) page.*|the page you (?:are|were) looking for.*",
        "error pages: the text of a 404 page is all furniture"),
    # ---- inside the article -----------------------------------------------------------------
    Cue("advert", "line",
        r"advertisements?|advert|sponsored(?: content)?|scroll to continue(?: with content)?|ad|report this ad",
        "ad slots interleaved with paragraphs on news sites"),
    Cue("byline", "line",
        rf"by\s+{CAP_NAME}(?:\s*(?:and|&|,)\s*{CAP_NAME})*(?:\s*[|·—-]\s*.{{0,60}})?"
        rf"|(?:posted|published|updated|last updated?)(?: on)?:?\s+{DATE}{TIME}?(?:\s*(?:by|[|·—-])\s*.{{0,60}})?"
        rf"|{CAP_NAME}\s*[|·—-]?\s*{DATE}{TIME}?|\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,5}})?"
        r"|article summary"
        rf"|{DATE}{TIME}?\s+(?:by|[|·—-])\s+.{{1,60}}"
        r"|\d+ (?:min|minute) read.*|[·•|]|author:\s*.{1,60}|follow|following|listen|member-only story"
        r"|translated from [a-z]{3,15}|listen to this (?:article|story)|\d+ mins?|published|close panel|share"
        r"|image source,? .{1,60}"
        r"|(?:briefing|report|commentary|op-ed|analysis|feature|interview|issue)\s+"
        r"(?:n[o°]\.?\s*)?\d+\b.{0,80}"
        r"|(?:issue|vol\.?|volume)\s*\d+\b.{0,60}"
        r"|(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) [–—] (?-i:[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})",
        "bylines and datelines ('By Charles Lister | October 22, 2015', 'October 22, 2015 by thelandscape')"),
    Cue("social-button", "line",
        r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|pocket|email|e-mail|print|more"
        r"|copy link|messenger|flipboard|vk|share on whatsapp|(?:facebook|twitter|whatsapp|email|print)(?:\s+[·|]?\s*"
        r"(?:facebook|twitter|whatsapp|email|print|linkedin|reddit))+",
        "share buttons flattened to one word per line"),
    Cue("subscribe-box", "line",
        r"thanks for reading .{1,80}(?:subscribe|support).*|click here to (?:sign up|subscribe|get|receive|donate).*",
        "subscription boxes that Substack and news sites drop between paragraphs"),
    Cue("image-caption-label", "line", r"(?:image|media|photo) caption,?:?(?:\s.{1,200})?",
        "BBC-style pages label each caption for screen readers ('Image caption, <caption>', or the caption on "
        "the next line); the label is furniture, a caption inside the article is body"),
    Cue("dated-link", "line",
        rf"(?:[-*•]\s+)?[^.!?]{{5,120}}?\S(?:published|updated|posted)\s*{DATE}",
        "related-story links flattened with their date glued on ('Syria: the story of the conflictPublished 11 "
        "March 2016')"),
    Cue("read-more", "promo",
        r"(?:read more|read also|also read|see also|related|more|watch|listen)\s*:.*|read more(?: »| →)?"
        r"|continue reading.*",
        "inline promo boxes ('Read more: …') that news sites drop between paragraphs"),
)

# Decided by counting, not by a pattern (``lines.split_lines``).
REPEATED_LINE = Cue("repeated-line", "line", "",
                    "a short line printed three or more times on one page: a PDF's running header, a repeated "
                    "widget; never article text")
# One compiled alternation with a named group per cue: a line is tested once, in cue order.
CUE_RE = re.compile(
    "|".join(f"(?P<{c.name.replace('-', '_')}>{c.pattern})" for c in CUES), re.IGNORECASE
)
_GROUP_TO_CUE = {c.name.replace("-", "_"): c for c in CUES}


def match_cue(line: str) -> Cue | None:
    """The first cue whose pattern matches the whole stripped ``line``, if any."""
    match = CUE_RE.fullmatch(line)
    if match is None or match.lastgroup is None:
        return None
    return _GROUP_TO_CUE[match.lastgroup]
