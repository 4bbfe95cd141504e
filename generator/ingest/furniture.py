"""Web page furniture scraped along with a story, and photo captions: lines that are no part
of the story (never a paragraph, a title, a quote or a speaker), and the date a time stamp
line gives. Whole-line matches; each names a kind of line, not an outlet's wording."""
from __future__ import annotations

import re

from .text import is_date

# Jobs of the people who make the news ("By political reporter Jane Roe", "Jane Roe is
# political editor for the Herald.").
JOB_WORDS = r"writers?|reporters?|correspondents?|editors?|photographers?|producers?|researchers?"

# Elements of a web page that are no part of its story, by the class (or role) the page gives
# them; html.py drops them before the main text and the date are read. Each names a kind of
# element, not a site's markup.
# A post embedded from a social network (a tweet's <blockquote class="twitter-tweet">, an
# Instagram, TikTok or Facebook embed): its text is someone else's post, and the date under
# it is the post's, never the article's (a page with no date of its own took a tweet's).
EMBED_CLASS = re.compile(
    r"(?i)\b(?:twitter-(?:tweet|timeline|video)|instagram-media|tiktok-embed|fb-post|fb-video"
    r"|bluesky-embed|threads-embed|mastodon-embed|reddit-embed(?:-bq)?|social-embed|embed(?:ded)?-(?:post|tweet|social))\b")

# A pull quote: a sentence of the story set again in large type as a box (<aside
# class="pull-quote">, <figure class="pullquote">, role="pullquote"), often with a credit line
# under it; kept, it was a second paragraph and a second quote, and its credit a paragraph.
PULL_QUOTE_CLASS = re.compile(r"(?i)\bpull[-_ ]?(?:out[-_ ]?)?quotes?\b|\bquote[-_]?(?:callout|pull)\b")
# A box of links to other stories set inside the story ('<div class="read-more">' with
# "READ MORE ON <topic>" and a list of headlines): the main text may keep the headlines
# without the heading that marks them as links.
LINKS_BOX_CLASS = re.compile(r"(?i)\b(?:read[-_]?more|read[-_]?next|also[-_]?read|more[-_](?:stories|on[-_]this)"
                             r"|related[-_](?:stories|articles|links|posts|content)|most[-_](?:read|popular|viewed))\b")
# All the kinds of element above: html.py drops each one matching, by its class or role
# (never one that holds the headline or most of the page's text).
NOT_STORY_CLASSES = (EMBED_CLASS, PULL_QUOTE_CLASS, LINKS_BOX_CLASS)

# A pull quote's credit line, under the repeated words: a name alone, perhaps a dash before it
# and a short role after it ("Jane Roe", "\u2014 Jane Roe, mayor").
PULL_QUOTE_CREDIT = re.compile(r"[\u2014\u2013-]?\s*[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}"
                               r"(?:,\s*[\w' -]{1,40})?")
_PULL_QUOTE_MIN_CHARS = 30  # shorter repeats ("he said", "Thank you") may be the story's own
_PULL_QUOTE_MAX_WORDS = 60


def _bare(para: str) -> str:
    """A paragraph's words for comparing repeats: no quotation marks, case or closing stop."""
    text = re.sub(r"[\"\u201c\u201d\u2018\u2019'\u00ab\u00bb]", "", para.lower())
    return " ".join(text.split()).strip(" .,;:!?\u2026-\u2014\u2013")


def repeated_pull_quotes(paragraphs: list[str]) -> set[int]:
    """The indexes of pull quotes whose markup did not mark them: a short paragraph whose words
    are all in another paragraph of the story (the longer one, or the first of two alike), with
    the credit line under it if it has one."""
    bare = [_bare(p) for p in paragraphs]
    drop: set[int] = set()
    for i, b in enumerate(bare):
        if len(b) < _PULL_QUOTE_MIN_CHARS or len(b.split()) > _PULL_QUOTE_MAX_WORDS:
            continue
        if any(j != i and j not in drop and b in o and (len(o) > len(b) or j < i) for j, o in enumerate(bare)):
            drop.add(i)
            nxt = paragraphs[i + 1].strip() if i + 1 < len(paragraphs) else ""
            if nxt and PULL_QUOTE_CREDIT.fullmatch(nxt):
                drop.add(i + 1)
    return drop


# A photo caption's marks: where people stand, "Photo:", a picture credit.
CAPTION_MARK = re.compile(
    r"\((?:left|right|centre|center|front|top|bottom|second (?:from )?(?:left|right)|"
    r"file(?: photo)?|photo|pictured|archive(?: photo)?)\)"
    r"|^(?:Photo(?:graph|graphy|s)?|Images?|Pictures?|Caption|Credit|Video|Illustration|Graphic)(?: credit)?\s*:"
    r"|^(?:Image|Photo|Picture|Video)\s+(?:source|caption|credit)\s*,|^(?:Photo(?:graph)?|Image|Picture)s? by\s+[A-Z]"
    r"|\b(?-i:REUTERS|AFP|AP Photo|Getty Images|EPA|Xinhua)\s*/\s*[A-Z]"  # not "a Reuters/Ipsos poll"
    # a picture credit opening the line, alone or before the caption: "Jane Roe/Example News",
    # "Jane Roe/Example Wire The minister speaks on Monday."
    r"|^(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}\s?/\s?[A-Z][\w&'\u2019-]+)"
    # a picture credit closing the line: "... at the rally. (Jane Roe/Example TV)", "(Photo: Jane Roe)"
    r"|\((?:(?:Photo|Image|Picture|Credit|Courtesy|File)\b[^()]{0,80}"
    r"|(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*/\s*[A-Z][^()/]{1,50})"
    # "(Example News: Jane Roe)": the outlet, a colon, the photographer
    r"|(?-i:[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}:\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}))"
    r"\)\s*\.?\s*$"
    r"|(?-i:\bPHOTOS?:\s*[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3})\s*$"  # "... ST PHOTO: JANE ROE"
    # "... on Monday. Jane Roe/The Example Press": the credit after the caption's full stop
    r"|(?<=[.!?] )(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}\s?/\s?(?:The\s+)?[A-Z][\w&'\u2019-]+"
    r"(?:\s+[A-Z][\w&'\u2019-]+){0,3})\s*$", re.I)
# "(L)", "(R)", "(C)": where people stand in a picture, in a caption; but "(R)" is also a
# party ("Sen. Jane Roe (R) said ..."), however often: a caption has an "(L)" or a "(C)".
POSITION_MARK = re.compile(r"\((?:L|C)\)")


def is_caption(line: str) -> bool:
    return bool(CAPTION_MARK.search(line) or POSITION_MARK.search(line))


_STAMPED = r"(?:Posted|Updated|Published|Last updated|First published)"
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"  # (re.I)
_TIMESTAMP = (_STAMPED + r"(?: on| at)?:?\s+"
              rf"(?=[^\n]{{0,20}}(?:\d{{4}}|\d:\d\d|\bago\b|\b{_MONTH}\s+\d))"
              r"[^\n]{1,80}")
# A heading of links to other pages: the short lines under it are their titles or topics.
_LINKS_HEADER = (r"Related (?:Topics|Articles|Stories|Coverage|Links|Content)|More on this story|Top Stories"
                 r"|Explore more on these topics|Read next|Most read|More from [\w' ]{1,30}|Most (?:viewed|popular|shared)"
                 r"|You (?:may|might) also like|Recommended(?: for you)?|Trending(?: now)?|Popular(?: now| stories)?"
                 # a box of links on the story's topic: "READ MORE ON LOTTERY"
                 r"|Read more (?:on|about) [\w'\u2019& -]{1,30}"
                 r"|Read more|Read also|Also read|See also|Related|Further reading|More stories")
LINKS_HEADER = re.compile(rf"\s*(?:{_LINKS_HEADER})\s*:?\s*", re.I)
# A day, a month by name and a year: "5 March 2024", "March 3rd, 2024".
_DAY_MONTH_YEAR = (rf"(?:\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})"
                   rf"|\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}))")
# The date a time stamp line gives: "Published 5 March 2024", "Posted March 3, 2024 7:45 pm".
STAMPED_DATE = re.compile(r"\s*" + _STAMPED + r"\b[^\n]{0,30}?" + _DAY_MONTH_YEAR, re.I)
# A date alone on a line, as pages print it above or below the byline: "Tuesday, January 16,
# 2024", "14 February 2024", "March 23, 2024 8:12 PM UTC Updated ago", "Sat Mar 09 2024 - 06:00",
# "05:00, Jun 14 2024".
_CLOCK = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
_DATE_ALONE = (r"(?:" + _CLOCK + r",?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" + _DAY_MONTH_YEAR
               + r"(?:\s*[,\u2013\u2014-]?\s*(?:at\s+)?" + _CLOCK + r"(?:\s+[A-Z]{2,4})?)?"
               + r"(?:\s*[|\u00b7]?\s*(?:Updated|Last updated)\b[^\n]{0,40})?")
DATE_ALONE = re.compile(_DATE_ALONE, re.I)
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def stamped_date(line: str, alone: bool = True) -> str | None:
    """YYYY-MM-DD from a time stamp line, or a date alone on a line when `alone` (above the
    story: below it, a date alone may be any day the story names), when it gives a day, a
    month by name and a year (a relative "2 hours ago" or a numeric 03/05/2024, which reads
    two ways, gives none)."""
    m = STAMPED_DATE.match(line) or (alone and DATE_ALONE.fullmatch(line.strip().rstrip(".")))
    if not m:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    iso = f"{int(year):04d}-{MONTHS[month[:3].lower()]:02d}-{int(day):02d}"
    return iso if is_date(iso) else None


BOILERPLATE = re.compile(
    r"(?:Story continues below(?: advertisement)?|Article continue[ds] below|Continue reading(?: below| the main story)?"
    # an advertisement's label, with the prompt to scroll past it: "Advertisement \u00b7 Scroll to continue"
    r"|(?:Advertisement\s*[\u00b7|\u2022:\u2013\u2014-]?\s*)?Scroll (?:down )?to continue(?: (?:reading|with (?:the )?(?:article|story)))?"
    r"|Advertisement|Sponsored(?: content)?|Open this photo in gallery:?.*|Also on [\w.]+:?|Read more(?: about)?:?.*"
    r"|Follow [^.]{1,60} on (?:Twitter|Facebook|Instagram)[^.]{0,60}"
    r"|\(?(?:Translated|Translation) from (?:the )?[A-Z][a-z]+(?: by [^()]{1,40})?\)?\.?"  # a translator's note (f84: the title)
    # a link to the outlet's running coverage: "LIVE UPDATES: Follow our flood coverage here" (f80: the title)
    r"|(?:[\w ]{1,20}:\s*)?(?:Follow|Read|Watch|Get|See) (?:all )?(?:our|the latest|more of our)\b"
    r"[^.!?\"\u201c\u201d]{0,60}\b(?:coverage|updates|live blog)\b[^.!?\"\u201c\u201d]{0,30}"
    r"|(?:Twitter|Facebook|Email|Share|WhatsApp|Telegram|LinkedIn|Reddit|Pinterest|Messenger|X)\.?"
    r"|Like [^.]{1,40} on Facebook|Back to top|Accept(?: all)?(?: cookies)?|Reject(?: all)?|Manage (?:cookies|preferences)"
    r"|We use cookies\b[^\"\u201c\u201d]{0,240}"
    r"|Twitter: @\w.*|Subscribe to .{1,160}|Sign up (?:for|to) .{1,120}|Like the page:?|.{0,60}\? Like the page:"
    r"|Watch (?:the )?(?:full )?(?:video|ad|interview)[^.]{0,60}(?:above|below)[.:]?|See (?:more )?photos? [^.]{0,40}(?:above|below)[.:]?"
    r"|Related:?|Before you go\.?|Full text\.?|Abstract\.?|Correction appended\.?|_{2,}\.?|(?:\s*</?[a-z][^>]*>)+\s*\.?"
    r"|(?i:For immediate release|News release|Press release|Media release|(?:Ends|END)\.?|-?\s*###\s*-?"
    r"|Notes? (?:to|for) editors:?|(?:Media|Press) (?:contacts?|enquiries|inquiries):.{0,200})"  # a press release's
    r"|(?:[A-Z][\w.'’-]*\s+){0,4}(?:via\s+)?Getty(?: Images)?\.?|(?:[A-Z][\w.'’-]*\s+){1,4}/\s*(?:The\s+)?"
    r"(?:Canadian Press|Associated Press|AP|Reuters|AFP|Getty Images|Bloomberg|EPA)\.?|ASSOCIATED PRESS\.?"
    # a time stamp on a line of its own: "Posted March 3, 2024 7:45 pm", "Updated 2 hours ago"
    r"|" + _TIMESTAMP + r"|" + _DATE_ALONE +
    r"|" + _LINKS_HEADER +
    # the page's sharing and loading widgets, summary labels, topic tags
    r"|(?:Copy|Share|Email|Print)(?: this)? (?:link|article|story|page)|Link copied|Social sharing|Loading(?:\.\.\.|\u2026)?"
    # an e-mail's header, forwarded or not (f58: titles "From: Janet Roe", "---------- Forwarded message")
    r"|-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|(?:From|Sent|To|Cc|Bcc|Subject|Date|Reply-To):\s.{1,100}"
    # a row of them: "Share on Facebook  Share on X  Copy link" (f56: a speaker "Facebook Share")
    r"|(?:(?:Share (?:on|via|to) [A-Z][\w.]*|Copy link|Email|Print|Tweet|Pin it|Comments?)\s*[|\u00b7\u2022]?\s*){1,8}"
    r"|Help keep family (?:&|and) friends informed.{0,60}|Topics?:\s.{1,300}|Key points|What you need to know"
    # the page's own header: "Skip to content", "Sign in", a breadcrumb "Home > News > Politics"
    r"|Skip to (?:main )?content|Sign in|Log ?in|Register|Subscribe(?: now)?|Menu|Search|Listen to this (?:article|story)"
    r"|\d{1,2}:\d\d|Home(?:\s*[\u203a>\u00bb/|]\s*[\w&' -]{1,30}){1,4}"
    # a live page's key events, and when an entry was changed: "Updated at 14.15 EDT"
    # (the time alone opening an entry stays, as "12:25 p.m." does)
    r"|Updated(?: at)?\s+" + _CLOCK + r"(?:\s+(?-i:[A-Z]{2,4}))?|(?:Show )?key events(?: only)?"
    # an agency's end of story; a column's disclaimer; contacts alone: an address, a number
    r"|\(END\)|-30-|#{3}|ENDS|The (?:views|opinions) (?:expressed|in this [\w ]{1,20}) [^\"\u201c\u201d]{0,60}"
    r"\b(?:author|writer|contributor)s?(?:'|\u2019)?s?(?: own| alone)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d ()./-]{7,20}"
    # what an embedded post leaves in scraped text: "View this post on Instagram", "A post shared
    # by Jane Roe (@janeroe)", a tweet's signature "— Jane Roe (@janeroe) March 5, 2024"
    r"|View (?:this|more) (?:post|photo|video)s? on \w+|A (?:post|photo|video) shared by [^\"\u201c\u201d]{1,80}"
    r"|[\u2014\u2013-]\s*[^()\"\u201c\u201d]{1,60}\(@\w{1,30}\)(?:\s*(?:on\s+)?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?"
    # a syndicated story's note: "(Except for the headline, this story has not been edited by ...)"
    r"|\(?(?:Except for the headline, )?this (?:story|article|report) (?:has not been|was not) edited by"
    r"[^\"\u201c\u201d]{1,160}\)?"
    # the newsroom asking for tips; an editor's note on an interview
    r"|(?:Do you have|Got|Have you got) (?:a )?(?:story|news tip|tip|something to share)\b[^\"\u201c\u201d]{0,140}"
    r"|(?:This|The) (?:interview|conversation|transcript|Q&A) (?:has been|was) (?:lightly )?(?:edited|condensed)"
    r"[^\"\u201c\u201d]{0,60}"
    r"|Save|Reuse this content|(?:Normal|Larger|Very large|Small|Large) text size|Log in, register or subscribe.{0,80}"
    r"|\d{1,2} min(?:ute)?s? (?:to )?read|Source: [^.\"\u201c\u201d]{1,80}|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S*|Advertise with [^.]{1,40}|(?:\u00a9|\(c\)|Copyright)\s*\d{4}\b.{0,80}"
    r"|(?:Watch|See) the (?:video|clip|report|footage) (?:above|below)\b[^\"\u201c\u201d]{0,80}"
    # a reporter's contact line: "Jane Roe can be reached at jroe@example.com or 555-0199."
    r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3} can be (?:reached|contacted|emailed) (?:at|on|by)\b"
    r"(?=[^\"\u201c\u201d]{0,80}(?:\w@\w|\d{3}[-.\s]\d{4}))[^\"\u201c\u201d]{1,160}"
    r"|(?:Have|Got) a (?:news )?tip\?[^\"\u201c\u201d]{0,160}|Contacts?"
    r"|(?:(?:Facebook|Twitter|X|WhatsApp|Email|E-mail|LinkedIn|Reddit|Pinterest|Telegram|Messenger|Print|Copy link)"
    r"(?:\s*[|\u00b7,]\s*|\s+|$)){3,}"
    r"|Follow us(?: on [^.]{1,40})?|Watch live(?: news)?|[^.]{0,120},? opens new tab|Our standards:.{0,120}"
    # the outlet's own promotion: "Join our Telegram channel and get the latest news ..."
    r"|(?:For (?:the latest|more) [^,]{1,40},\s*)?(?:Join|Subscribe to|Sign up for|Download|Follow) [^.]{0,60}"
    r"\b(?:channel|newsletters?|app|WhatsApp|Telegram)\b[^.]{0,100}"
    r"|[^\"\u201c\u201d]{0,80}\bget (?:the )?(?:latest )?(?:breaking )?news updates\b[^\"\u201c\u201d]{0,80}"
    # a newsletter's pitch, with the blurb a reader gave it: "Get the day's top stories
    # delivered to your inbox every morning. "The best local news I read" - a subscriber"
    r"|[^\"\u201c\u201d]{0,80}\b(?:delivered|sent|straight|direct(?:ly)?)\s+to\s+your\s+inbox\b.{0,160}"
    # (not a tweet that a scraped "SIGN UP FOR OUR NEWSLETTER" ran into)
    r"|(?![^\"\u201c\u201d]*\b(?:said|says|told)\b)[^\"\u201c\u201d@]{0,90}\b(?:sign up|subscribe)\b[^\"\u201c\u201d@]{0,100}"
    r"\bnewsletters?\b[^\"\u201c\u201d@]{0,60}"
    # a plea for readers' money: "If you value this newsletter, consider becoming a paid
    # supporter. It's $5 a month ...", "Support independent journalism: donate today."
    r"|(?:If you (?:value|enjoy|like|appreciate|rely on) [^.\"\u201c\u201d]{1,60},\s*)?(?:please\s+)?(?:consider\s+)?"
    r"(?:becoming|become|being) a (?:paid |paying |monthly )?(?:supporter|subscriber|member|patron|donor)\b[^\"\u201c\u201d]{0,200}"
    r"|(?:Please\s+)?(?:Support|Help (?:fund|sustain|support)) (?:our|independent|local|this) (?:journalism|reporting|newsletter|work)"
    r"\b[^\"\u201c\u201d]{0,200}"
    # a magazine's note on where the story was printed: "This article appears in the May 2025
    # issue." (a date after it, as pages run the two together)
    r"|This (?:article|story|essay|piece) (?:appears|appeared|was published|is from) in (?:the |our )?[^.\"\u201c\u201d]{0,60}"
    r"\b(?:issue|edition)\b[^.\"\u201c\u201d]{0,40}(?:\.\s*(?:" + _DATE_ALONE + r"))?"
    # "Jane Roe is a political correspondent for the Example Herald."
    r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3} is (?:(?:a|an|the) )?[^.\"\u201c\u201d]{0,60}"
    r"\b(?:" + JOB_WORDS + r"|journalist|columnist)\b (?:for|at|with|of) [^.\"\u201c\u201d]{1,120}"
    r")\s*[.!:]?",  # with or without its full stop
    re.I)
# Inside a paragraph: "... she said. Story continues below advertisement. Then ..."
INLINE_FURNITURE = re.compile(
    r"(?:(?<=[.!?\"\u201d\u2019])\s+|^)(?:Story|Article) continues? below(?: (?:this |the )?(?:advertisement|ad))?"
    r"\s*[.!:]?(?=\s|$)", re.I)
# A notice inviting readers of the app or a phone to click or tap through to what the page
# embeds: "Mobile users: tap here to see the video.", "Can't see the poll? Click here."
MOBILE_NOTICE = re.compile(
    r"(?=[^\"\u201c\u201d]{0,240}$)"
    r"(?=.*\b(?:click|tap|press|swipe)(?:ing)?\s+(?:here|through|this\s+link|the\s+link|on\s+(?:this|the)\s+\w+|"
    r"below|above)\b)"
    r"(?=.*\b(?:mobile|app|apps|phone|device|browser|view|see|watch|read|listen|vote|open|load|display|viewing|trouble)\b)"
    r".{3,240}", re.I)
# An editor's warning about what follows: never the headline, and no part of the story.
CONTENT_WARNING = re.compile(
    r"(?:Content|Trigger|Reader|Viewer)\s+(?:warning|advisory|note)\s*[:.\u2014-].{0,300}"
    r"|(?:Warning|Advisory)\s*[:.\u2014-]\s*(?=.{0,200}\b(?:story|article|video|report|content|contains?|details?|"
    r"images?|graphic|disturbing|distressing|upsetting|sensitive|offensive|language|discretion|suicide|abuse|"
    r"violence)\b).{0,300}"
    r"|(?:Please note:?\s*)?(?:This|The following) (?:story|article|report|video|piece|content|post|interview|column)s? "
    r"(?:contains?|includes?|discusses|describes|deals with|may (?:contain|include|be))\b"
    r"(?=.{0,200}\b(?:graphic|disturbing|distressing|upsetting|sensitive|offensive|explicit|language|violence|"
    r"suicide|abuse|self-harm|sexual|discretion)\b).{0,300}"
    r"|Viewer discretion is advised\.?|Reader discretion is advised\.?", re.I)
# A press release's tail: "About Acme Robotics" and its boilerplate, "Media Contact:", "SOURCE Acme".
PRESS_TAIL = re.compile(r"About [A-Z][^.!?:\"\u201c\u201d]{1,60}|(?:(?:Media|Press|Investor|For media)\s+)?"
                        r"(?:contacts?|inquiries|enquiries|relations)\s*:.{0,200}", re.I)
PRESS_END = re.compile(r"(?:SOURCE|Source:?) [A-Z][^.!?\"\u201c\u201d]{0,80}|#{3}|-30-|[\w.+-]+@[\w-]+(?:\.[\w-]+)+.{0,80}")


# Where readers' comments begin: "Comments (14)", "Comments are closed", "Leave a reply".
COMMENTS_HEAD = re.compile(r"(?:\d+\s+)?Comments?(?:\s*\(\d+\))?|Comments (?:are|have been) closed\b.{0,80}"
                           r"|(?:Leave|Post|Add) a (?:comment|reply)|(?:Join|Start) the (?:conversation|discussion)"
                           r"|(?:Show|View|Read) (?:all )?(?:\d+ )?comments", re.I)
# A line of a site's menu: a section's name or two ("Politics", "Just In", "IPL 2024").
MENU_ITEM = re.compile(r"[\w&'\u2019-]+(?: [\w&'\u2019-]+){0,2}:?")


def navigation_above(paragraphs: list[str]) -> int:
    """How many lines at the top are the site's menu: three or more short items (up to
    three words, no sentence's mark) with a headline-like line of four words or more right
    after them. (An obituary's "Obituary / Jane Roe / 1932-2024" over its first sentence
    is no menu.)"""
    n = 0
    while n < len(paragraphs) and len(paragraphs[n]) <= 30 and MENU_ITEM.fullmatch(paragraphs[n].strip()):
        n += 1
    if n < 3 or n >= len(paragraphs):
        return 0
    nxt = paragraphs[n].strip()
    return n if len(nxt.split()) >= 4 and not re.search(r"[.:;,]$", nxt) else 0


def comments_below(paragraphs: list[str]) -> int:
    """Where readers' comments begin, in the last fifteen lines (len(paragraphs) if not): a
    heading with the story above it (f79: "Join the conversation", a link to the comments
    under a short article's headline, cut the whole story off as comments)."""
    n = len(paragraphs)
    return next((i for i in range(max(1, n - 15), n)
                 if COMMENTS_HEAD.fullmatch(paragraphs[i].strip()) and _story_above(paragraphs[:i])), n)


def _story_above(above: list[str]) -> bool:
    """Two paragraphs of prose above a comments heading: a story (a headline, a byline, a
    link or one caption's sentence is none)."""
    prose = [p for p in above if len(p.split()) >= 4 and re.search("[.!?\"\u201d\u2019]$", p.strip())
             and not is_caption(p)]
    return len(prose) >= 2


def press_release_tail(paragraphs: list[str]) -> int:
    """Where a press release's tail begins (len(paragraphs) when there is none): a heading
    "About <company>" or "Media Contact:" in the last ten paragraphs, when an end mark, a
    source line or an address comes after it (a story's subheading "About the deal" has none)."""
    n = len(paragraphs)
    for i in range(max(1, n - 10), n):
        if PRESS_TAIL.fullmatch(paragraphs[i].strip()) \
                and any(PRESS_END.fullmatch(p.strip()) for p in paragraphs[i + 1:]):
            return i
    return n


def is_furniture(para: str) -> bool:
    """Web page furniture, a notice to app or phone readers, or a content warning: a line
    that is no part of the story; a line of punctuation alone (a rule, or what is left of a
    line of markup)."""
    line = para.strip().strip('"\u201c\u201d').strip()
    return bool(BOILERPLATE.fullmatch(line) or MOBILE_NOTICE.fullmatch(line) or CONTENT_WARNING.fullmatch(line)
                or COMMENTS_HEAD.fullmatch(line)  # a link to the comments above the story (f79)
                or DESK_BYLINE.fullmatch(line) or not any(c.isalnum() for c in line) or _is_link_row(line))


# A byline that names a desk, no one: "Staff Reporter, Gulf Dispatch", "STAFF WRITER", "Web
# Desk", "By Our Correspondent" (f49: "Staff Reporter" was the speaker of the story's "he").
DESK_BYLINE = re.compile(
    r"(?:(?i:(?:by\s+)?(?:(?:our|staff|special|political|foreign|senior|chief|news|web|online|digital|city|sports?|metro"
    r"|business|court|crime|district|state|national)\s+){1,2}(?:reporter|writer|correspondent|desk|team|bureau|staff)s?)"
    # the outlet's own staff: "Prairie Example Staff", "Example Herald Newsroom" (f79: a paragraph)
    r"|(?:By\s+)?(?:[A-Z][\w.'\u2019&-]*\s+){1,3}(?:Staff|Newsroom))"
    r"(?:\s*[,|/\u2013\u2014-]\s*[^.!?\n]{0,60})?")


# A comment or live-blog widget's buttons and byline run together with an entry: "Jane
# RoeFlagShareLikeReplyIvo Berrand 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PMPier Reopens".
GLUED_WIDGETS = re.compile(r"(?:Flag|Share|Like|Reply|Report|Comment)(?:Flag|Share|Like|Reply|Report|Comment){2,}"
                           r"(?:.*\d{1,2}:\d\d\s?[AP]M)?")


def without_widgets(para: str) -> str:
    """The paragraph without a widget's text run into it (the entry after it stays)."""
    m = GLUED_WIDGETS.search(para)
    return para[m.end():].strip() if m else para


# Links of the page's footer: "About Us|Report error", "Corrections and clarifications | Submit a news tip".
SITE_LINK = re.compile(r"\b(?:about (?:us|\w+ news)|contact(?: us)?|privacy|terms (?:of|and)|corrections|report (?:an )?error"
                       r"|submit a (?:news )?tip|(?:editorial|journalistic) standards|advertise|careers|site ?map)\b", re.I)


def _is_link_row(line: str) -> bool:
    """Short link texts separated by bars, one of them a link every site's footer has, or
    four or more of them (a menu: "Home | News | Sport | Business", or "Home  News  Sport  Business"
    set apart by wide spaces); a breadcrumb ("NEWS › LOCAL", "Home » World » Asia")."""
    crumbs = [p.strip() for p in re.split(r"\s[\u203a\u00bb>]\s", line)]
    if len(crumbs) >= 2 and all(0 < len(p.split()) <= 3 and not re.search(r"[.!?,\"\u201c\u201d]", p) for p in crumbs):
        return True
    spaced = re.split(r"\s{2,}|\t", line)  # a menu's items set apart by wide spaces (f81: the title)
    if len(spaced) >= 4 and all(MENU_ITEM.fullmatch(p) and p[:1].isupper() for p in spaced):
        return True
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 2 and all(0 < len(p.split()) <= 6 and not re.search(r"[.!?\"\u201c\u201d]", p) for p in parts) \
        and (any(SITE_LINK.search(p) for p in parts) or len(parts) >= 4 and all(len(p.split()) <= 3 for p in parts))
