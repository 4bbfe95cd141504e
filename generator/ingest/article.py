"""One article's text in, one `Article` (metadata + body paragraphs) out: the plain-text
reader (parse_article) and the line rules every reader shares (article_from_paragraphs);
decoding and cleaning are in text.py, headlines and titles in titles.py, bylines and credit
lines in bylines.py, page furniture and captions in furniture.py.

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


from ..model import Article, capitalised_long_words, fold
from .bylines import BYLINE, agency_byline, credit_names, is_credit, read_byline
from .furniture import (CONTENT_WARNING, INLINE_FURNITURE, LINKS_HEADER, comments_below, is_caption, is_furniture,
                        navigation_above, press_release_tail, repeated_pull_quotes, stamped_date, without_widgets)
from .text import MAX_PARAGRAPH_CHARS, IngestError, clean_text, is_date, split_front_matter
from .titles import (HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS, ends_in_abbreviation, is_headline_paragraph,
                     is_outlet_line, lede_title, outlet_suffix, reports_speech, sentences)

DATE_PREFIX = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b\s*", re.I)
SEE_ALSO = re.compile(r"^\s*(?:(?i:SEE ALSO|READ MORE|READ ALSO|ALSO READ|RELATED)|MORE|WATCH|LISTEN|READ)\s*[:|]\s*"
                      r"(?P<title>.+?)\s*$")
# "WASHINGTON (Reuters) -", "UNITED STATES, Nov 1 (Alliance News):", "KYIV, Ukraine (AP) —",
# "LONDON —": a place in capitals, optional region and date, optional (outlet), then a dash or colon.
DATELINE = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de.'\u2019-]+"
    r"(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de.'\u2019-]+)*"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    # (a month in capitals too: "ROME, 22 MAY (NAI) -", f81: the inferred title kept it)
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\s+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?(?:\s+\d{4})?)"
    r"(?:\.(?=\s*/))?)?"  # ("MOSCOW, November 19. /TASS/." as such agencies write it)
    r"\s*(?:\((?P<outlet>[^()\n]{2,40})\)|/(?P<wire>[A-Za-z][\w .-]{1,30})/)?"
    r"\s*(?P<sep>[\u2013\u2014]+|-+(?=\s)|(?<=\s)-+|:|//|(?<=/)\.)\s*"  # (a hyphen with a space: not "THE WALK-IN")
)
# A roundup's lines of who said what: a speaker's label alone on the line above the quotation
# ("Gov. Jane Roe:", "Attorney General Jo Doe, on X:", "Justice Ray Cho, dissenting:"), or a
# caption line under it with no dash ("Deputy Carl Roe of the Sheriff's Office, after a hen
# was struck"). They join the quotation ('Jane Roe, on X: "Q"', '"Q" - Deputy Carl Roe ...'),
# where the rules for a name and a colon, or a dash and a name, find them (f52: no speaker,
# and the guesses shifted one item back).
LABEL_LINE = re.compile(r"[A-Z][\w.'\u2019&-]*(?: (?:[A-Z][\w.'\u2019&-]*|of|the|for|and|&)){0,7}"
                        r"(?:, [a-z][^:\n\"\u201c\u201d]{0,40})?:")  # (not a lead-in: "Cruz continued:")
QUOTATION_ONLY = re.compile("[\"\u201c][^\"\u201c\u201d]{8,}[\"\u201d]")


def _whole_quotation(para: str) -> bool:
    return bool(QUOTATION_ONLY.fullmatch(para.strip()))


def _caption_attribution(line: str) -> bool:
    """A line that names who said the quotation above it: a capital, no quotation marks, no
    full stop at its end, and short (not the story's next sentence)."""
    line = line.strip()
    return bool(line[:1].isupper() and len(line.split()) <= 30 and not re.search("[\"\u201c\u201d]", line)
                and not line.endswith((".", "?", "!", ":")) and "," in line)


# A wire's dateline alone on the line above the headline: "NEW DELHI, Dec 4 (PTI)".
DATELINE_LINE = re.compile(DATELINE.pattern.split(r"\s*(?P<sep>")[0].removeprefix("^") + r"\s*")
# A pull quote's or a reaction's attribution on the line under it: "— Jane Roe, mayor".
DASH_ATTRIBUTION = re.compile(r"(?:\u2014|\u2013|--?)\s*[A-Z](?:[^.!?\n]|\.(?=,)){1,120}$")  # ("owner of Acme Co., on ...")
CLOSING_MARKS = ('"', "\u201d", "\u2019", "'", "\u00bb")
# A region in a dateline's brackets, not the agency: "RATANPUR (Vindhyachal Pradesh) -".
REGION_IN_DATELINE = re.compile(r"\b(?:Pradesh|State|Province|Region|County|Oblast|Prefecture|Territory|District"
                                r"|Governorate|Department|Canton|Emirate)$")
# "New Delhi, Feb 12 (PTI)", "Lisbon, 9 Aug (LPN)" (f81): a place in Title Case is a dateline
# with a date and an agency.
DATELINE_TITLE_CASE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"\s*\((?P<outlet>[^()\n]{2,40})\)\s*(?P<sep>[-\u2013\u2014]+|:)?\s*")
# "Warsaw, 17 June", "Lakeshore, March 3, 2026": a place in Title Case and a date alone on a
# line, a dateline (f81: the title).
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
PLACE_DATE_LINE = re.compile(rf"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s*(?:{_MONTH_NAME}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
                             rf"|\d{{1,2}}\s+{_MONTH_NAME}(?:\s+\d{{4}})?)")
# "Lakeshore:" alone on a line above the story: a dateline (not a label: "Transcript:", "Update:").
PLACE_LINE = re.compile(r"(?!(?:Video|Transcript|Update|Updated|Note|Watch|Listen|Read|Photos?|Correction|Summary"
                        r"|Background|Context|Highlights|Editor|Disclaimer|Source|Sources|Topics?)\b)([A-Z][\w'\u2019-]+):")


def never_a_title(line: str, outlet: str | None = None) -> bool:
    """A byline, dateline, credit line, caption or agency line: metadata of the article,
    never its headline, however headline-shaped."""
    dateline = DATELINE.match(line)
    return bool(BYLINE.match(line) or agency_byline(line, outlet)
                or dateline and dateline.group("place").strip() not in KICKERS  # not "OPINION: Headline"
                or is_credit(line) or is_caption(line) or is_outlet_line(line, outlet)
                or CONTENT_WARNING.fullmatch(line.strip()) or EDITORS_NOTE.match(line)
                or DATELINE_TITLE_CASE.fullmatch(line.strip())  # "Bhopal, Nov 4 (PTI)" alone on its line (f65)
                or _place_and_date(line)
                or _section_labels(line))


EDITORS_NOTE = re.compile(r"Editor['\u2019]?s note\b", re.I)


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
    if _hard_wrapped(multi):
        return [_unwrapped(b) for b in blocks]
    return [ln for b in blocks for ln in b]


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines inside blocks (all but each block's last) that are all short and of similar
    width, and that mostly break inside a sentence (short paragraphs one per line, as sports
    and court reports write them, end theirs: joined, a whole story was one paragraph under
    its headline). A narrow column pasted from a PDF (35 characters a line) is one width,
    and nearly all its lines break inside a sentence (f58: each line was a paragraph)."""
    if len(lines) < 3 or max(len(ln) for ln in lines) > 100:
        return False
    inside = sum(not SENTENCE_CLOSE.search(ln) for ln in lines)
    if sum(50 <= len(ln) for ln in lines) >= 0.7 * len(lines) and inside >= 0.5 * len(lines):
        return True
    width = sorted(len(ln) for ln in lines)[len(lines) // 2]
    return len(lines) >= 8 and width >= 25 and inside >= 0.7 * len(lines) and \
        sum(abs(len(ln) - width) <= 0.25 * width for ln in lines) >= 0.8 * len(lines)


def _unwrapped(lines: list[str]) -> str:
    """A block's lines as one paragraph; a word hyphenated at a line's end ("accoun-" /
    "ted") made whole again."""
    out = lines[0]
    for ln in lines[1:]:
        out = out[:-1] + ln if ln[:1].islower() and re.search(r"[a-z]{2}-$", out) else out + " " + ln
    return out


def _byline_or_stamp(line: str) -> bool:
    """A byline (as it reads under a headline) or a time stamp: what a subheading may have
    below it, so that the line above was no part of the story yet."""
    return read_byline(line, [], None, after_headline=True, after_byline=False) is not None \
        or stamped_date(line, alone=False) is not None


def _over_a_byline(line: str, following: str) -> bool:
    """A short first line of two sentences right over "By Jane Roe": an opinion piece's
    headline ("Our libraries are no luxury. Stop treating them like one."), not a paragraph."""
    return _headline_sized(line) and len(sentences(line)) <= 2 and BYLINE.match(following) is not None \
        and len(following) <= 80


def _headline_sized(line: str) -> bool:
    return 2 <= len(line.split()) <= HEADLINE_MAX_WORDS and len(line) <= HEADLINE_MAX_CHARS


def _looks_like_headline(line: str) -> bool:
    if not _headline_sized(line):
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
                            headline: bool = True, web_page: bool = False) -> Article:
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
    paragraphs = paragraphs[navigation_above(paragraphs) if headline else 0:]
    paragraphs = paragraphs[:min(press_release_tail(paragraphs), comments_below(paragraphs))]
    paragraphs = _without_kicker_and_headline(paragraphs, meta.get("title"))
    for i, para in enumerate(paragraphs):
        para = without_widgets(para)
        if not para or is_furniture(para):
            art.date = art.date or stamped_date(para, alone=above_story)
            under_links = under_links or bool(LINKS_HEADER.fullmatch(para))
            continue
        if under_links and len(para.split()) <= 14 and not re.search(r"[.!?\"\u201c\u201d]", para):
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
            if (byline := read_byline(para, paragraphs[i + 1:i + 2], meta.get("outlet"), after_headline=bool(art.title),
                                      after_byline=bool(art.authors))) is not None:
                art.authors.extend(byline[0])
                art.date = art.date or byline[1]
                continue
            if art.title and (m := PLACE_LINE.fullmatch(para)):
                art.dateline = m.group(1)
                continue
            if meta.get("title") and fold(para) == fold(meta["title"]):  # the headline again, in the body
                continue
            if first_line and not art.title and (is_outlet_line(para, meta.get("outlet")) or _is_section_label(para)
                                                 or _is_section_path(para, paragraphs[i + 1:i + 2])
                                                 or _section_labels(para)):
                continue  # the outlet's name or a section label above the headline
            if first_line and not art.title and _place_and_date(para):
                art.dateline = para.strip()  # "Warsaw, 17 June" above the story (f81: the title)
                continue
            if first_line and not art.title and (m := _dateline_line(para)):
                art.dateline = para.strip()  # a wire's dateline above the headline: "NEW DELHI, Dec 4 (PTI)"
                art.outlet = art.outlet or (m.group("outlet") or m.group("wire") or "").strip() or None
                continue
            if not art.title and first_line and len(paragraphs) > 1 \
                    and (_looks_like_headline(para) or i + 1 < len(paragraphs) and _over_a_byline(para, paragraphs[i + 1])) \
                    and not never_a_title(para, meta.get("outlet")):
                art.title, outlet = outlet_suffix(para)
                art.outlet = art.outlet or outlet
                continue
            m = DATELINE.match(para)
            dateline = bool(m and (m.group("outlet") or m.group("sep") != ":" or _colon_dateline(m, para, kept))
                            and len(m.group("place")) >= 3
                            and (m.group("sep") != "//" or len(para[m.end():].split()) >= 8)  # not "KICKER // HEADLINE"
                            and _is_capital_place(m.group("place")) and m.group("place").strip() not in KICKERS)
            if not dateline and (m := DATELINE_TITLE_CASE.match(para)):
                dateline = True
            if not art.title and not meta.get("title") and first_line and not dateline \
                    and i < len(paragraphs) - 1 and is_headline_paragraph([para, *paragraphs[i + 1:]]) \
                    and not is_caption(para) and not is_credit(para):
                # the first line, one short sentence with a full stop: the title (as lede_title
                # reads it), and not the first paragraph of the story as well
                art.title, art.title_inferred, headline_para = lede_title([para]), True, para
                continue
            # A caption, picture credit or credit line above the headline does not end the
            # search for it; a line of the story does.
            first_line = first_line and not art.title and bool(is_caption(para) or is_credit(para))
            if dateline:
                art.dateline = para[:m.end()].rstrip(" -\u2013\u2014:").removesuffix("//").rstrip()
                outlet = m.group("outlet") or m.groupdict().get("wire")
                if outlet and not REGION_IN_DATELINE.search(outlet):  # not "RATANPUR (Vindhyachal Pradesh) -"
                    art.outlet = art.outlet or outlet.strip()
                art.date = art.date or stamped_date(m.group("date") or "")  # "April 2, 2024" (a year given)
                para = para[m.end():]
                if not para:  # the dateline on a line of its own
                    continue
        m = SEE_ALSO.match(para)
        if m:
            art.see_also.append(m.group("title"))
            continue
        if (credit := _agency_credit_after_story(para)) is not None:
            art.credits.append(credit.group("credit"))
            para = para[:credit.start()].rstrip()
        if is_caption(para) and len(para) <= 400:
            art.captions.append(para)
            continue
        if is_credit(para):
            art.credits.append(para)
            art.contributors.extend(credit_names(para))
            continue
        if kept and DASH_ATTRIBUTION.match(para) and kept[-1].rstrip().endswith(CLOSING_MARKS):
            kept[-1] = f"{kept[-1].rstrip()} {para}"  # '"Q."' over '- Jane Roe, mayor': one paragraph
            continue
        if kept and _whole_quotation(kept[-1]) and _caption_attribution(para):
            kept[-1] = f"{kept[-1].rstrip()} \u2014 {para}"  # '"Q."' over 'Jane Roe, mayor, after ...' (f52)
            continue
        if kept and LABEL_LINE.fullmatch(kept[-1]) and _whole_quotation(para):
            kept[-1] = f"{kept[-1].rstrip()} {para.strip()}"  # 'Jane Roe, on X:' over '"Q."': one line, as read
            continue
        if above_story and not kept and EDITORS_NOTE.match(para):
            art.credits.append(para)  # "Editor's note: This article has been updated ..." above the dateline
            continue
        if headline and not art.title and not meta.get("title") and len(kept) == 1 \
                and _headline_after_lede(kept[0], para, bool(art.dateline), paragraphs[i + 1:i + 2]):
            art.title, outlet = outlet_suffix(para)  # the headline under the lede (f80, f81)
            art.outlet = art.outlet or outlet
            above_story = True  # its byline may follow
            continue
        kept.append(para)
        above_story = above_story and bool(art.title or meta.get("title")) and (
            _looks_like_headline(para) or any(_byline_or_stamp(line) for line in paragraphs[i + 1:i + 3])
            # a summary under the headline, then the story's dateline
            or len(kept) == 1 and i + 1 < len(paragraphs) and _dash_dateline(paragraphs[i + 1])
            and len(para.split()) <= 40 and not re.search(r"[\"\u201c\u201d]", para))

    for k in range(len(kept) - 1, -1, -1):
        # a byline in the story's midst or closing it ("By Jo Roe, Health Correspondent |
        # Gazette"): its author, no paragraph (f89, f96: the writer a speaker, "she tells me")
        if len(kept) > 1 and kept[k].startswith("By ") and len(kept[k].split()) <= 16 \
                and (byline := read_byline(kept[k], [], meta.get("outlet"), after_headline=True, after_byline=False)):
            art.authors.extend(n for n in byline[0] if n not in art.authors)
            del kept[k]
    if web_page:
        # a sentence of the story again, in a box its markup did not mark (plain text keeps
        # its repeats: there is no page around them to say which copy is the box)
        pull_quotes = repeated_pull_quotes(kept)
        kept = [para for k, para in enumerate(kept) if k not in pull_quotes]
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


# An agency's initials closing a paragraph after its last sentence: '... the table." ACP',
# '... he said. (EVP/LTA)'; two to five capitals, or two such joined by a slash.
AGENCY_CREDIT_END = re.compile(r"(?<=[.!?\"\u201d\u2019])\s+(?P<credit>\((?:[A-Z]{2,5}/)?[A-Z]{2,5}\)"
                               r"|(?:[A-Z]{2,5}/)?[A-Z]{2,5})\s*$")


def _agency_credit_after_story(para: str) -> re.Match | None:
    """The agency's credit closing a paragraph of the story (f81: "(EVP/LTA)" made one a
    photo caption, its quotations lost; "ACP" after a quotation was taken for its speaker).
    A caption keeps its credit: the text before it quotes no one and reports no speech. (Not
    a time zone after an abbreviation: "at 8:30 a.m. ET".)"""
    m = AGENCY_CREDIT_END.search(para)
    if not m or ends_in_abbreviation(para[:m.start()]):
        return None
    rest = para[:m.start()]
    return m if not is_caption(para) or reports_speech(rest) and not is_caption(rest) else None


LEDE_WORDS = 15  # a story's first paragraph: a sentence of this many words or more


# The label opening an interview's answer: "A:", "BARROW:", "Barrow:".
ANSWER_LABEL = re.compile(r"(?:A|[A-Z][A-Za-z'\u2019-]+(?: [A-Z][A-Za-z'\u2019-]+)?)\s*:\s")


def _headline_after_lede(lede: str, line: str, dateline: bool, following: list[str]) -> bool:
    """A headline's line right under the story's first paragraph, where a page scraped with
    its standfirst first puts it (f81: "Wildfires: Portugal requests EU help as 5 blazes
    rage" under the lede; the title was the lede's first sentence): no quotation opening it
    (a pull quote), no byline, no metadata; and the paragraph above it the story's, not a
    headline with a full stop over its subheading: a sentence that opens with the dateline
    or is longer than a headline, or a byline follows the line."""
    if not (_looks_like_headline(line) and len(line.split()) >= 4 and not re.match("[\"\u201c]|By\\b", line)
            and not never_a_title(line)):
        return False
    if len(lede.split()) < LEDE_WORDS or not re.search("[.!?\"\u201d\u2019]$", lede.strip()):
        return False
    if following and line.rstrip().endswith("?") and ANSWER_LABEL.match(following[0]):
        return False  # an interview's first question, its answer under it (f106: the title)
    return dateline or len(lede.split()) > HEADLINE_MAX_WORDS or any(_byline_or_stamp(nxt) for nxt in following)


def _colon_dateline(m: re.Match, para: str, kept: list[str]) -> bool:
    """"PESHAWAR: The Peshawar High Court on Thursday granted ...": a place in capitals and a
    colon opening the story's first paragraph, as South Asian copy writes its dateline (f49),
    before a sentence of eight words or more (not a label, "NOTE:", nor a transcript's line
    further down, nor a headline's kicker, "BUSTED: Emails Reveal ...", which ends with no
    full stop, or is in Title Case)."""
    rest = para[m.end():].rstrip()
    long, capitalised = capitalised_long_words(rest)
    return not kept and len(m.group("place")) >= 4 and rest[:1].isupper() and len(rest.split()) >= 8 \
        and rest.rstrip("\"\u201d\u2019'").endswith(".") and capitalised < 0.6 * long  # (no Title Case)


def _place_and_date(line: str) -> bool:
    return bool(PLACE_DATE_LINE.fullmatch(line.strip()))


def _dateline_line(para: str) -> re.Match | None:
    m = DATELINE_LINE.fullmatch(para.strip())
    return m if m and (m.group("date") or m.group("outlet") or m.group("wire")) else None


def _without_kicker_and_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """The body less the known headline printed again at its top and the section label
    (kicker) over it: a web page's "FOOD" / "<the headline>" above the story. Only the first
    few lines count, and only labels (a word or three, no sentence) over the headline."""
    if not title:
        return paragraphs
    for h, para in enumerate(paragraphs[:4]):
        if fold(para) == fold(title):
            above = paragraphs[:h]
            if all(_is_section_label(p) or SECTION_WORDS.fullmatch(p.strip()) or is_furniture(p) for p in above):
                return [p for p in above if is_furniture(p)] + paragraphs[h + 1:]
            break
    return paragraphs


def _is_section_label(para: str) -> bool:
    """One capitalised word on a line, no full stop: "Politics", "OPINION", "Exclusive"."""
    return bool(re.fullmatch(r"[A-Z][\w&'\u2019-]{1,25}:?", para.strip()))


# A site's sections as it prints them over a headline: "National | Politics", "NATIONAL /
# POLITICS", "News > World"; or one to three capitalised words ("Middle East", "Arts &
# Culture", "Combat Sports", "Hall of Fame").
SECTION_PATH = re.compile(r"[A-Z][\w&'\u2019-]*(?: [A-Za-z&][\w&'\u2019-]*){0,2}"
                          r"(?: ?[|/>\u00bb\u203a\u2022] ?[A-Z][\w&'\u2019-]*(?: [A-Za-z&][\w&'\u2019-]*){0,2}){1,3}")
SECTION_WORDS = re.compile(r"[A-Z][\w'\u2019-]*(?: (?:&|and|of|[A-Z][\w'\u2019-]*)){0,2}")


# Words sections are named with (a person's name and a section, "Ada Stone | Obituary", is
# an obituary's headline).
SECTION_NAME_WORDS = set("""news world national local international politics business money markets economy sport
sports football cricket rugby tennis racing culture arts books music film tv television travel food drink life
lifestyle living home homes garden gardening property health wellbeing science technology tech environment climate
opinion comment analysis features feature magazine weekend saturday sunday monday tuesday wednesday thursday friday
long read reads interview interviews profile profiles review reviews fashion style education family families
entertainment celebrity media society community rural country region regions australia us uk europe asia africa
americas & and of the""".split())


def _section_labels(line: str) -> bool:
    """A section path of section names alone: "Sport | Features", "Culture | Long Read",
    "News > World" (f106: the title of a story with no headline)."""
    return len(line.split()) <= 5 and SECTION_PATH.fullmatch(line.strip()) is not None \
        and all(w.lower() in SECTION_NAME_WORDS for w in re.findall(r"[\w&'\u2019-]+", line))


def _is_section_path(para: str, following: list[str]) -> bool:
    """A section path, or a label of a few capitalised words right over a line that reads as
    the headline (f47-f49: "Middle East" and "National | Politics" were the titles; the
    headline under them is longer and no label itself)."""
    line = para.strip()
    if len(line) > 40 or not following:
        return False
    nxt = following[0].strip()
    over_headline = _looks_like_headline(nxt) and len(nxt.split()) >= 4 and not nxt.isupper()
    return over_headline and bool(SECTION_PATH.fullmatch(line) or SECTION_WORDS.fullmatch(line))


# Labels a headline may open with, in capitals and a dash like a dateline's place: no place.
KICKERS = {"EXCLUSIVE", "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "WATCH", "VIDEO", "PHOTOS", "ANALYSIS",
           "OPINION", "EDITORIAL", "LIVE", "REVIEW", "INTERVIEW", "FACT CHECK", "EXPLAINER", "PREVIOUSLY",
           "EARLIER", "CORRECTION", "NOTE", "WARNING", "ALERT", "SPONSORED", "TRANSCRIPT", "SUMMARY", "UPDATES",
           "QUESTION", "ANSWER", "PHOTO", "WATCH LIVE", "LISTEN", "READ MORE", "ADVERTISEMENT"}


def _dash_dateline(line: str) -> bool:
    """A line opening with a place in capitals and a dash ("RICHFIELD, Va. -"), as a story's
    first line does (not a label with a colon: "PREVIOUSLY:")."""
    m = DATELINE.match(line)
    return bool(m and m.group("sep") not in (":", "//") and m.group("place").strip() not in KICKERS
                and _is_capital_place(m.group("place")))


def _is_capital_place(place: str) -> bool:
    head = place.split(",")[0]
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
