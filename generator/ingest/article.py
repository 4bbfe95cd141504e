"""One article's text in, one `Article` (metadata + body paragraphs) out: the plain-text
reader (parse_article) and the line rules every reader shares (article_from_paragraphs);
decoding and cleaning are in text.py, headlines and titles in titles.py.

Saved web pages (html.py) and CMS exports (jsonl.py) have their text and metadata taken
there, and their body then goes through the same line rules here
(article_from_paragraphs); the package's READERS pick the reader by the file's suffix.

Wire copy carries a lot around the story itself: a headline, a `date YYYY-MM-DD`
prefix, a dateline, a byline, photo captions, `SEE ALSO:` links, credit lines.
They are metadata, not paragraphs of the story, and quotes inside them are not
quotes of the story, so they are split off here, before extraction sees the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


from ..model import Article, fold
from .text import MAX_PARAGRAPH_CHARS, IngestError, clean_text, is_date, split_front_matter
from .titles import (HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS, is_headline_paragraph, is_outlet_line, lede_title,
                     outlet_suffix, sentences)

DATE_PREFIX = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b\s*", re.I)
_JOBS = r"writers?|reporters?|correspondents?|editors?|photographers?|producers?|researchers?"
BYLINE = re.compile(r"^\s*(?:(?:Posted|Written|Words|Story|Text|Reporting|Reported) [Bb]y|By:?|(?:BYLINE|Byline|Author)s?\s*:)"
                    # a job in lower case before the name: "By state political reporter Jane Roe"
                    r"\s+(?:(?:[a-z]+\s+){0,3}(?:" + _JOBS + r"|journalist)\s+)?"
                    r"(?P<names>[A-Z][^\n.!?|\u2022\u00b7]{1,150}?)"
                    r"(?:\s*[|\u2022\u00b7,]?\s*(?:Posted|Updated|Published|Last updated)\b[^\n]{0,80}|\.)?$")
SEE_ALSO = re.compile(r"^\s*(?:SEE ALSO|READ MORE|READ ALSO|ALSO READ|RELATED|MORE|WATCH|LISTEN|READ)\s*[:|]\s*"
                      r"(?P<title>.+?)\s*$")
# "WASHINGTON (Reuters) -", "UNITED STATES, Nov 1 (Alliance News):", "KYIV, Ukraine (AP) —",
# "LONDON —": a place in capitals, optional region and date, optional (outlet), then a dash or colon.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<outlet>[^()\n]{2,40})\))?"
    r"\s*(?P<sep>[-\u2013\u2014]+|:)\s*"
)
# "New Delhi, Feb 12 (PTI)": a place in Title Case is a dateline with a date and an agency.
DATELINE_TITLE_CASE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"\s*\((?P<outlet>[^()\n]{2,40})\)\s*(?P<sep>[-\u2013\u2014:]?)\s*")
CAPTION_MARK = re.compile(
    r"\((?:left|right|centre|center|front|top|bottom|second (?:from )?(?:left|right)|"
    r"file(?: photo)?|photo|pictured|archive(?: photo)?)\)"
    r"|^(?:Photo|Image|Picture|Caption|Credit|Video)(?: credit)?\s*:"
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


# Web page furniture scraped along with the story: never a paragraph, a title, a quote or
# a speaker. Whole-line matches; each names a kind of line, not an outlet's wording.
_STAMPED = r"(?:Posted|Updated|Published|Last updated|First published)"
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"  # (re.I)
_TIMESTAMP = (_STAMPED + r"(?: on| at)?:?\s+"
              rf"(?=[^\n]{{0,20}}(?:\d{{4}}|\d:\d\d|\bago\b|\b{_MONTH}\s+\d))"
              r"[^\n]{1,80}")
# A heading of links to other pages: the short lines under it are their titles or topics.
_LINKS_HEADER = (r"Related (?:Topics|Articles|Stories|Coverage|Links|Content)|More on this story|Top Stories"
                 r"|Explore more on these topics|Read next|Most read|More from [\w' ]{1,30}|Most (?:viewed|popular|shared)"
                 r"|You (?:may|might) also like|Recommended(?: for you)?|Trending(?: now)?|Popular(?: now| stories)?")
LINKS_HEADER = re.compile(rf"\s*(?:{_LINKS_HEADER})\s*:?\s*", re.I)
# A day, a month by name and a year: "5 March 2024", "March 3rd, 2024".
_DAY_MONTH_YEAR = (rf"(?:\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})"
                   rf"|\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}))")
# The date a time stamp line gives: "Published 5 March 2024", "Posted March 3, 2024 7:45 pm".
STAMPED_DATE = re.compile(r"\s*" + _STAMPED + r"\b[^\n]{0,30}?" + _DAY_MONTH_YEAR, re.I)
# A date alone on a line, as pages print it above or below the byline: "Tuesday, January 16,
# 2024", "14 February 2024", "March 23, 2024 8:12 PM UTC Updated ago", "Sat Mar 09 2024 - 06:00".
_CLOCK = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
_DATE_ALONE = (r"(?:" + _CLOCK + r"\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" + _DAY_MONTH_YEAR
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
    r"|Advertisement|Sponsored(?: content)?|Open this photo in gallery:?.*|Also on [\w.]+:?|Read more(?: about)?:?.*"
    r"|Follow [^.]{1,60} on (?:Twitter|Facebook|Instagram)[^.]{0,60}|(?:Twitter|Facebook|Email|Share)\.?"
    r"|Twitter: @\w.*|Subscribe to .{1,160}|Sign up (?:for|to) .{1,120}|Like the page:?|.{0,60}\? Like the page:"
    r"|Watch (?:the )?(?:full )?(?:video|ad|interview)[^.]{0,60}(?:above|below)[.:]?|See (?:more )?photos? [^.]{0,40}(?:above|below)[.:]?"
    r"|Related:?|Before you go\.?|Full text\.?|Abstract\.?|Correction appended\.?|_{2,}\.?|(?:\s*</?[a-z][^>]*>)+\s*\.?"
    r"|(?:[A-Z][\w.'’-]*\s+){0,4}(?:via\s+)?Getty(?: Images)?\.?|(?:[A-Z][\w.'’-]*\s+){1,4}/\s*(?:The\s+)?"
    r"(?:Canadian Press|Associated Press|AP|Reuters|AFP|Getty Images|Bloomberg|EPA)\.?|ASSOCIATED PRESS\.?"
    # a time stamp on a line of its own: "Posted March 3, 2024 7:45 pm", "Updated 2 hours ago"
    r"|" + _TIMESTAMP + r"|" + _DATE_ALONE +
    r"|" + _LINKS_HEADER +
    # the page's sharing and loading widgets, summary labels, topic tags
    r"|(?:Copy|Share|Email|Print)(?: this)? (?:link|article|story|page)|Link copied|Social sharing|Loading(?:\.\.\.|\u2026)?"
    r"|Help keep family (?:&|and) friends informed.{0,60}|Topics?:\s.{1,300}|Key points|What you need to know"
    # the page's own header: "Skip to content", "Sign in", a breadcrumb "Home > News > Politics"
    r"|Skip to (?:main )?content|Sign in|Log ?in|Register|Subscribe(?: now)?|Menu|Search|Listen to this (?:article|story)"
    r"|\d{1,2}:\d\d|Home(?:\s*[\u203a>\u00bb/|]\s*[\w&' -]{1,30}){1,4}"
    r"|Save|Reuse this content|(?:Normal|Larger|Very large|Small|Large) text size|Log in, register or subscribe.{0,80}"
    r"|\d{1,2} min(?:ute)?s? (?:to )?read|Source: [^.\"\u201c\u201d]{1,80}|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S*|Advertise with [^.]{1,40}|(?:\u00a9|\(c\)|Copyright)\s*\d{4}\b.{0,80}"
    r"|Follow us(?: on [^.]{1,40})?|Watch live(?: news)?|[^.]{0,120},? opens new tab|Our standards:.{0,120}"
    # the outlet's own promotion: "Join our Telegram channel and get the latest news ..."
    r"|(?:For (?:the latest|more) [^,]{1,40},\s*)?(?:Join|Subscribe to|Sign up for|Download|Follow) [^.]{0,60}"
    r"\b(?:channel|newsletters?|app|WhatsApp|Telegram)\b[^.]{0,100}"
    r"|[^\"\u201c\u201d]{0,80}\bget (?:the )?(?:latest )?(?:breaking )?news updates\b[^\"\u201c\u201d]{0,80}"
    # (not a tweet that a scraped "SIGN UP FOR OUR NEWSLETTER" ran into)
    r"|(?![^\"\u201c\u201d]*\b(?:said|says|told)\b)[^\"\u201c\u201d@]{0,90}\b(?:sign up|subscribe)\b[^\"\u201c\u201d@]{0,100}"
    r"\bnewsletters?\b[^\"\u201c\u201d@]{0,60}"
    # "Jane Roe is a political correspondent for the Example Herald."
    r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3} is (?:(?:a|an|the) )?[^.\"\u201c\u201d]{0,60}"
    r"\b(?:" + _JOBS + r"|journalist|columnist)\b (?:for|at|with|of) [^.\"\u201c\u201d]{1,120}"
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
CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:Additional )?(?:Reporting|Writing|Editing|Reported|Compiled|Translated|Research)"
    r"(?: and \w+)? by\b|With reporting by\b|With (?:files|inputs|reporting) from\b)", re.I)
CONTRIBUTED = re.compile(r"\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting)\b", re.I)
REPORTED_FROM = re.compile(r"^(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}) (?:reported|wrote) from [^.]{2,60}\.$")
NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:de|da|van|von|bin|al|[A-Z][\w'\u2019.-]*))*")
ROLE_WORDS = re.compile(r"\b(?:Associated Press|AP|Reuters|AFP|staff|" + _JOBS + r")\b\s*", re.I)
# What a byline's part ends with when it is a job or a desk, not a name: "Chief Political
# Correspondent", "BBC News", "Local Democracy Reporting Service".
DESK_TAIL = re.compile(
    r"\w\s+(?:" + _JOBS + r"|news|service|agency|bureau|desk|team|network|media|press|wire|radio|television|tv|report|staff)"
    r"\.?\s*\)?$", re.I)


# "Jane Roe, The Associated Press", "Jane Roe and John Doe | Reuters", "Jane Roe, Staff Writer":
# a byline without "By", which a headline-shaped first line must not be taken for.
AGENCY = (r"(?:The\s+)?(?:Associated Press|Canadian Press|Press Association|AP|Reuters|AFP|Agence France-Presse"
          r"|Bloomberg(?: News)?|dpa|UPI|Xinhua|ANSA|EFE|Kyodo(?: News)?|PA(?: Media)?|(?:news )?agencies"
          r"|PTI|ANI|IANS|AAP|Yonhap|Bernama|Anadolu(?: Agency)?"
          r"|wire services?|(?:(?:senior|chief|staff|political|foreign|special|contributing)\s+)*"
          r"(?:staff|writer|reporter|correspondent|editor|columnist)s?"
          # a role at a show or desk: "<Show> producer", "Senior Political Correspondent"
          r"|(?:[\w.'\u2019&-]+\s+){0,4}(?:staff|writer|reporter|correspondent|editor|columnist|producer|journalist"
          r"|host|anchor|contributor|photographer|videographer|photojournalist|presenter|analyst|bureau chief|critic)s?)")
AGENCY_BYLINE = re.compile(
    rf"^(?P<names>[^,|/\u2013\u2014]{{3,120}}?)\s*(?:,|\||/|\s-|\u2013|\u2014)\s*"
    rf"(?P<agency>(?i:{AGENCY})(?:\s*(?:,|and|&|/)\s*(?i:{AGENCY}))*|[^,|/]{{2,60}}?)\.?$")


# What follows the names in a byline: an editor ("Edited by ..."), a job or a handle after a
# dash or slash ("Jane Roe - Reporter / @janeroe").
BYLINE_TAIL = re.compile(r",?\s*\b(?:Edited|Editing) by\b|\s+[-\u2013\u2014/]\s+|\s+@")


def agency_byline(line: str, outlet: str | None = None) -> list[str]:
    """The names of a byline that gives an agency, a staff role or the outlet (`outlet`,
    when known) after them instead of a "By": "Jane Roe, The Associated Press" -> [Jane Roe].
    [] for any other line."""
    m = AGENCY_BYLINE.match(line.strip())
    if not m or len(line) > 160:
        return []
    agency = m.group("agency")
    if not re.fullmatch(rf"(?i:{AGENCY})(?:\s*(?:,|and|&|/)\s*(?i:{AGENCY}))*", agency) and \
            not (outlet and fold(agency) == fold(outlet)):
        return []
    chunks = [c.strip() for c in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names")) if c.strip()]
    return chunks if chunks and all(_is_personal_name(c) for c in chunks) else []


NAME_PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der",
                  "den", "ter", "bin", "ibn", "al", "el", "y"}
# Words of a Title Case headline that are no part of a name ("Rain Falls On Parade | AP").
HEADLINE_WORDS = {"a", "an", "the", "on", "in", "of", "to", "for", "at", "with", "over", "after", "as", "is",
                  "are", "was", "says", "say", "said", "will", "new", "not", "no", "from", "by", "up", "out"}


def _is_personal_name(text: str) -> bool:
    """Two to six words, each capitalised (any script) or a particle ("de la", "van", "bin")."""
    words = text.split()
    if any(w.lower() in HEADLINE_WORDS for w in words):
        return False
    return 2 <= len(words) <= 6 and words[0][0].isupper() and words[-1][0].isupper() and all(
        (w[0].isupper() and re.fullmatch(r"[\w.'\u2019-]+", w)) or w.lower() in NAME_PARTICLES for w in words)


def _byline_parts(line: str, outlet: str | None = None) -> tuple[list[str], str | None] | None:
    """A byline of parts between dots, bars or slashes: names, the outlet, a job or a desk, a
    time stamp ("Jane Roe \u00b7 Example News \u00b7 Posted: Jan 18, 2024 4:00 AM | Last Updated:
    ...", "Example Inquirer / 05:12 AM February 20, 2024", "Political editor\u00b7Example Herald\u00b7").
    (names, date or None); None when a part is anything else or every part is a name."""
    parts = [p.strip() for p in re.split(r"\s*[\u00b7\u2022]\s*|\s+[|/]\s+", line.strip()) if p.strip()]
    if len(parts) < 2 or len(line) > 200:
        return None
    names: list[str] = []
    date = None
    for part in parts:
        if DESK_TAIL.search(part) or is_outlet_line(part, outlet) or JOB_ALONE.fullmatch(part):
            continue
        if is_furniture(part) and not _is_personal_name(part):  # a time stamp
            date = date or stamped_date(part)
        elif _is_personal_name(part):
            names.append(part)
        else:
            return None
    return (names, date) if len(names) < len(parts) else None


# A job or desk alone on a line: "Senior Political Correspondent", "Staff Writer".
JOB_ALONE = re.compile(rf"(?i:{AGENCY})")


# "Jane Roe North of England editor": a name, then the job, with nothing between.
GLUED_JOB = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[a-z]{1,3})*\s+[A-Z][\w'\u2019-]+)"
                       r"\s+[A-Z][\w ,'\u2019&-]{0,60}\b(?:" + _JOBS + r"|journalist|columnist)")


# "Lakeshore:" alone on a line above the story: a dateline (not a label: "Transcript:", "Update:").
PLACE_LINE = re.compile(r"(?!(?:Video|Transcript|Update|Updated|Note|Watch|Listen|Read|Photos?|Correction|Summary"
                        r"|Background|Context|Highlights|Editor|Disclaimer|Source|Sources|Topics?)\b)([A-Z][\w'\u2019-]+):")


def _is_byline_or_stamp(line: str) -> bool:
    return bool(BYLINE.match(line) or stamped_date(line, alone=False) or _byline_parts(line)
                or GLUED_JOB.fullmatch(line))


def _is_name_over_byline_line(line: str, following: list[str]) -> bool:
    """A name alone on a line (two to four words, no desk word) over a line that is a job or
    a date: a byline written without "By"."""
    return bool(following) and _is_personal_name(line) and len(line.split()) <= 4 and not DESK_TAIL.search(line) \
        and bool(JOB_ALONE.fullmatch(following[0].strip()) or DATE_ALONE.fullmatch(following[0].strip()))


def never_a_title(line: str, outlet: str | None = None) -> bool:
    """A byline, dateline, credit line, caption or agency line: metadata of the article,
    never its headline, however headline-shaped."""
    return bool(BYLINE.match(line) or agency_byline(line, outlet) or DATELINE.match(line)
                or _is_credit(line) or is_caption(line) or is_outlet_line(line, outlet)
                or CONTENT_WARNING.fullmatch(line.strip()) or re.match(r"Editor['\u2019]?s note\b", line, re.I))


# A job, with the words of its desk, before a name: all of it goes.
JOB_BEFORE_NAME = re.compile(r"^.*\b(?:" + _JOBS + r")\b\s+(?=(?-i:[A-Z]))", re.I)


def split_names(text: str) -> list[str]:
    """'A, B and C' -> names; drops role words and 'in Place' trailers."""
    # "Jane Roe in Kyiv, Ukraine, and John Doe in Paris" -> "Jane Roe, and John Doe": a place
    # may carry a region after a comma only where a list separator or the end follows.
    place = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
    text = re.sub(rf"\s+in\s+{place}(?:,\s+{place}(?=,?\s+and\b|,?\s*$))?", "", text)
    names = []
    for chunk in re.split(r"\s*(?:;|,|\band\b|&)\s*", text):
        if DESK_TAIL.search(chunk):
            continue  # "Environment correspondent", "Local Democracy Reporting Service": no name
        chunk = JOB_BEFORE_NAME.sub("", chunk)  # "Local Democracy Reporter Jane Roe"
        chunk = ROLE_WORDS.sub("", chunk).strip(" ().")
        chunk = re.sub(r"^(?:Reporting|Writing|Editing|Additional reporting|With reporting|Reported|"
                       r"Compiled|Translated|Research)(?: and \w+)? by\s+", "", chunk, flags=re.I)
        m = NAME.fullmatch(chunk)
        if m and len(chunk.split()) >= 1:
            names.append(chunk)
    return names


@dataclass
class _Layout:
    hard_wrapped: bool


SENTENCE_CLOSE = re.compile("[.!?:;\"\u201d\u2019')]$")


def split_paragraphs(body: str) -> list[str]:
    """One paragraph per line, unless the text is hard-wrapped (then per blank-line block)."""
    lines = body.splitlines()
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    multi = [ln for b in blocks if len(b) > 1 for ln in b[:-1]]
    # Hard-wrapped text: lines inside blocks are all short and of similar width, and most
    # break inside a sentence (short paragraphs one per line, as sports and court reports
    # write them, end theirs: joined, a whole story was one paragraph under its headline).
    wrapped = bool(multi) and len(multi) >= 3 and max(len(ln) for ln in multi) <= 100 and \
        sum(50 <= len(ln) for ln in multi) >= 0.7 * len(multi) and \
        sum(not SENTENCE_CLOSE.search(ln) for ln in multi) >= 0.5 * len(multi)
    if wrapped:
        return [" ".join(b) for b in blocks]
    return [ln for b in blocks for ln in b]


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(line) > HEADLINE_MAX_CHARS:
        return False
    if DATELINE.match(line) and DATELINE.match(line).group("outlet"):
        return False
    if len(sentences(line)) > 1:  # two sentences are a paragraph
        return False
    # Headlines rarely end with a full stop; body sentences do.
    return not re.search(r"[.:;,]$", line.rstrip("\"'\u201d\u2019 "))


# A date in the file's name, as static-site tools name posts ("2016-02-24-budget-vote.txt",
# "herald_2016-02-24_budget.txt"): the article's date when the text gives none.
NAME_DATE = re.compile(r"(?:^|(?<=[_\-. ]))((?:19|20)\d\d-[01]\d-[0-3]\d)(?=$|[_\-. ])")


def date_in_name(article_id: str) -> str:
    m = NAME_DATE.search(article_id)
    return m.group(1) if m and is_date(m.group(1)) else ""


def parse_article(text: str, article_id: str, source: str = "") -> Article:
    """Split an article's text into metadata and body paragraphs."""
    source = source or article_id
    meta, body = split_front_matter(clean_text(text), source)
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise IngestError(source, "no text after the front matter" if meta else "only whitespace")
    return article_from_paragraphs(paragraphs, article_id, source, meta)


def article_from_paragraphs(paragraphs: list[str], article_id: str, source: str, meta: dict,
                            headline: bool = True) -> Article:
    """An article from its paragraphs of text (clean_text'ed) and the metadata it is given
    (front matter, or what a web page or a CMS export says), which wins over what the
    lines say. headline: the first line may be the headline (a text file's first line; not
    in a web page's body, whose headline is known)."""
    for i, para in enumerate(paragraphs):
        if len(para) > MAX_PARAGRAPH_CHARS:
            raise IngestError(source, f"paragraph {i + 1} is {len(para):,} characters long (the limit is "
                                      f"{MAX_PARAGRAPH_CHARS:,}): line breaks lost, or not an article")

    art = Article(id=article_id, source=source, title="")
    kept: list[str] = []
    first_line = headline  # the first line that is not web page furniture may be the headline
    headline_para = None  # a headline written as a paragraph (with a full stop): the title
    under_links = False  # the lines after "Related Topics": titles of other pages
    # Still above the story: no paragraph kept yet but a subheading under the headline
    # ("Minister says funding will flow 'within weeks'", or a sentence a byline or a time
    # stamp follows), which a byline or date may follow.
    above_story = True
    for i, para in enumerate(paragraphs):
        if is_furniture(para):
            art.date = art.date or stamped_date(para, alone=above_story)
            under_links = under_links or bool(LINKS_HEADER.fullmatch(para))
            continue
        if under_links and len(para.split()) <= 8 and not re.search(r"[.!?\"\u201c\u201d]", para):
            continue
        under_links = False
        para = INLINE_FURNITURE.sub("", para).strip()
        if not para:
            continue
        if above_story:
            m = DATE_PREFIX.match(para)
            if m and is_date(m.group(1)):
                art.date = m.group(1)
                para = para[m.end():]
                if not para:
                    continue
            m = BYLINE.match(para)
            if m and len(para) <= 160:  # the editor after the reporter is no author
                art.authors.extend(split_names(BYLINE_TAIL.split(m.group("names"))[0]))
                continue
            if names := agency_byline(para, meta.get("outlet")):  # "Jane Roe, The Associated Press"
                art.authors.extend(names)
                continue
            if parts := _byline_parts(para, meta.get("outlet")):  # "Jane Roe \u00b7 Example News \u00b7 Posted: ..."
                art.authors.extend(parts[0])
                art.date = art.date or parts[1]
                continue
            if art.title and (m := GLUED_JOB.fullmatch(para)) and _is_personal_name(m.group("name")):
                art.authors.append(m.group("name"))  # "Jane Roe North of England editor"
                continue
            if art.title and _is_name_over_byline_line(para, paragraphs[i + 1:i + 2]):
                art.authors.append(para)  # "Jane Roe" over "Senior Political Correspondent" or a date
                continue
            if art.authors and JOB_ALONE.fullmatch(para):
                continue  # the job under the name
            if art.title and _is_personal_name(para) and len(para.split()) <= 4 and DESK_TAIL.search(para):
                continue  # a desk for a byline: "Example Report", "Staff Report"
            if art.title and (m := PLACE_LINE.fullmatch(para)):
                art.dateline = m.group(1)
                continue
            if meta.get("title") and fold(para) == fold(meta["title"]):  # the headline again, in the body
                continue
            if first_line and not art.title and (is_outlet_line(para, meta.get("outlet")) or _is_section_label(para)):
                continue  # the outlet's name or a section label above the headline
            if not art.title and first_line and _looks_like_headline(para) and len(paragraphs) > 1 \
                    and not never_a_title(para, meta.get("outlet")):
                art.title, outlet = outlet_suffix(para)
                art.outlet = art.outlet or outlet
                continue
            m = DATELINE.match(para)
            dateline = bool(m and (m.group("outlet") or m.group("sep") != ":") and len(m.group("place")) >= 3
                            and _is_capital_place(m.group("place")) and m.group("place").strip() not in KICKERS)
            if not dateline and (m := DATELINE_TITLE_CASE.match(para)):
                dateline = True
            if not art.title and not meta.get("title") and first_line and not dateline \
                    and i < len(paragraphs) - 1 and is_headline_paragraph([para, *paragraphs[i + 1:]]) \
                    and not is_caption(para) and not _is_credit(para):
                # the first line, one short sentence with a full stop: the title (as lede_title
                # reads it), and not the first paragraph of the story as well
                art.title, art.title_inferred, headline_para = lede_title([para]), True, para
                continue
            # A caption, picture credit or credit line above the headline does not end the
            # search for it; a line of the story does.
            first_line = first_line and not art.title and bool(is_caption(para) or _is_credit(para))
            if dateline:
                art.dateline = para[:m.end()].rstrip(" -\u2013\u2014:")
                if m.group("outlet"):
                    art.outlet = art.outlet or m.group("outlet").strip()
                para = para[m.end():]
                if not para:  # the dateline on a line of its own
                    continue
        m = SEE_ALSO.match(para)
        if m:
            art.see_also.append(m.group("title"))
            continue
        if is_caption(para) and len(para) <= 400:
            art.captions.append(para)
            continue
        if _is_credit(para):
            art.credits.append(para)
            art.contributors.extend(_credit_names(para))
            continue
        kept.append(para)
        above_story = above_story and bool(art.title) and (
            _looks_like_headline(para) or any(_is_byline_or_stamp(line) for line in paragraphs[i + 1:i + 3]))

    if not kept and headline_para is not None:  # nothing after it but furniture: it is the story
        kept.append(headline_para)
    if not kept:
        raise IngestError(source, "no body text (only a headline or metadata lines)")
    art.paragraphs = kept
    art.title = meta.get("title") or art.title
    if not art.title:
        art.title, art.title_inferred = lede_title(kept), True
    art.date = meta.get("date") or art.date or date_in_name(article_id) or None
    art.outlet = meta.get("outlet") or art.outlet
    art.url = meta.get("url")
    art.language = meta.get("language")
    if meta.get("authors"):
        art.authors = list(meta["authors"])
    art.contributors = list(dict.fromkeys(n for n in art.contributors if n not in art.authors))
    return art


def is_furniture(para: str) -> bool:
    """Web page furniture, a notice to app or phone readers, or a content warning: a line
    that is no part of the story; a line of punctuation alone (a rule, or what is left of a
    line of markup)."""
    line = para.strip().strip('"\u201c\u201d').strip()
    return bool(BOILERPLATE.fullmatch(line) or MOBILE_NOTICE.fullmatch(line) or CONTENT_WARNING.fullmatch(line)
                or not any(c.isalnum() for c in line) or _is_link_row(line))


# Links of the page's footer: "About Us|Report error", "Corrections and clarifications | Submit a news tip".
SITE_LINK = re.compile(r"\b(?:about (?:us|\w+ news)|contact(?: us)?|privacy|terms (?:of|and)|corrections|report (?:an )?error"
                       r"|submit a (?:news )?tip|(?:editorial|journalistic) standards|advertise|careers|site ?map)\b", re.I)


def _is_link_row(line: str) -> bool:
    """Short link texts separated by bars, one of them a link every site's footer has."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 2 and all(0 < len(p.split()) <= 6 and not re.search(r"[.!?\"\u201c\u201d]", p) for p in parts) \
        and any(SITE_LINK.search(p) for p in parts)


def _is_section_label(para: str) -> bool:
    """One capitalised word on a line, no full stop: "Politics", "OPINION", "Exclusive"."""
    return bool(re.fullmatch(r"[A-Z][\w&'\u2019-]{1,25}:?", para.strip()))


# Labels a headline may open with, in capitals and a dash like a dateline's place: no place.
KICKERS = {"EXCLUSIVE", "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "WATCH", "VIDEO", "PHOTOS", "ANALYSIS",
           "OPINION", "EDITORIAL", "LIVE", "REVIEW", "INTERVIEW", "FACT CHECK", "EXPLAINER"}


def _is_capital_place(place: str) -> bool:
    head = place.split(",")[0]
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_credit(para: str) -> bool:
    if CREDIT_LINE.match(para) and len(para) <= 400:
        return True
    # AP-style tail: "Doe reported from Geneva. Writers X and Y contributed to this report."
    sentences = re.split(r"(?<=\.)\s+", para.strip())
    return len(para) <= 400 and all(CONTRIBUTED.search(s) or REPORTED_FROM.match(s) for s in sentences)


def _credit_names(para: str) -> list[str]:
    names: list[str] = []
    for sentence in re.split(r"(?<=[.;)])\s+|;\s*", para.strip("() ")):
        m = REPORTED_FROM.match(sentence)
        if m:
            names.append(m.group("name"))
            continue
        sentence = CONTRIBUTED.split(sentence)[0]
        sentence = re.sub(r"^(?:.*?\bby\b)", "", sentence) if re.search(r"\bby\b", sentence) else sentence
        names.extend(split_names(sentence))
    return names
