"""Titles: which line reads as a headline (an outlet's name never does), and the title
derived from the lede when no line does; sentences never end at an abbreviation."""
from __future__ import annotations

import re

from ..model import capitalised_long_words, fold

# Headlines run to about twenty words (the longest of a few hundred real ones: 22 words,
# 141 characters); a longer first line is a paragraph.
HEADLINE_MAX_WORDS = 24
HEADLINE_MAX_CHARS = 170
LEDE_TITLE_CHARS = 90
HEADLINE_LINE_CHARS = 120  # a first paragraph of one sentence up to this long is a headline with a full stop

# Words written with a full stop that ends no sentence: titles, months, street and company
# words, Latin shorthand. Single letters (initials, "U.S.", "U.N.") are handled apart.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col",
    "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "rev", "fr", "sr", "jr", "hon", "pres", "atty",
    "supt", "insp", "det", "const", "cllr", "amb", "sec", "treas", "st", "ste", "mt", "ft", "ave", "blvd", "rd",
    "hwy", "no", "nos", "vol", "pp", "vs", "v", "etc", "approx", "est", "inc", "corp", "co", "ltd", "bros", "dept",
    "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "e.g", "i.e", "a.m", "p.m", "al", "ph.d", "u.s", "u.k", "u.n", "d.c", "e.u",
}
# A sentence ends at . ! or ? (and any closing marks) before a space and a capital or an
# opening quotation mark.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def ends_in_abbreviation(text: str) -> bool:
    """'... said Gov.' or '... the U.S.' or '... J.': the full stop closes a short form."""
    words = text.rstrip().rstrip(".").split()
    word = words[-1].lstrip("([\"'\u201c\u2018\u2014\u2013-") if words else ""
    return bool(word) and (word.lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word) is not None)


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, never split after an abbreviation or an initial
    ("Gov. Ada Stone", "the U.S. Senate", "St. Louis", "Jan. 3", "J. R. Roe")."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if text[m.start()] == "." and ends_in_abbreviation(text[start:m.start() + 1]):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


HEADLINE_WORD = r"(?i:the|an?|on|in|to|for|at|with|over|after|as|is|are|was|says?|said|will|new|not|no|from|by|up|out)"
# An outlet's name on a line of its own ("The Example Herald", "EXAMPLE NEWS", "example.com"):
# a few capitalised words ending in a word news media are named with.
MEDIA_WORD = (r"News|Press|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Media|Radio|Television|TV|Network"
              r"|Broadcasting|Magazine|Weekly|Star|Sun|Mail|Globe|Review|Chronicle|Observer|Telegraph|Guardian"
              r"|Independent|Express|Today|Wire|Online|Reporter|Standard|Courier|Dispatch|Bulletin|Sentinel"
              r"|Examiner|Register|Inquirer|Monitor|Record|Mirror|Insider|Digest|Citizen|Leader|Beacon|Advocate"
              r"|Free Press|Newswire|Newsroom|Agency")
OUTLET_LINE = re.compile(
    rf"(?:(?i:the)\s+)?(?:(?!{HEADLINE_WORD}\b)[A-Z][\w.'\u2019&-]*\s+(?:(?:and|of|&)\s+)?){{0,3}}(?i:{MEDIA_WORD})"
    r"|(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|co|ca|uk|au|ie|in|info)/?")


# Between a headline and the site's name: "Headline | Outlet", "Headline - Outlet".
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7|\u2022)\s+")


# A label in capitals set apart from the headline by a bar: "ANALYSIS | Why ...", "LIVE BLOG | ...".
KICKER_BAR = re.compile(r"[A-Z][A-Z&'\u2019-]+(?: [A-Z][A-Z&'\u2019-]+){0,2}\s*\|\s+(?=\S+(?:\s+\S+){2})")


def outlet_suffix(title: str) -> tuple[str, str | None]:
    """"Pier reopens - The Harbour Times" -> ("Pier reopens", "The Harbour Times"): a
    headline line copied with the page's title, the outlet's name after a separator; a
    label before a bar is dropped too (f79: "ANALYSIS | Why ..." was the title)."""
    title = title[m.end():] if (m := KICKER_BAR.match(title)) else title
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and is_outlet_line(parts[-1]) and len(" ".join(parts[:-1]).split()) >= 2:
        head = TITLE_SEPARATOR.search(title[::-1])  # the last separator
        return title[:len(title) - head.end()], parts[-1].strip()
    return title, None


# The edition after an outlet's name: "English Edition", "International edition", "English".
EDITION = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[Ee]dition|English|International|Global|Online|Digital")


def is_outlet_line(line: str, outlet: str | None = None) -> bool:
    line = line.strip().rstrip(".")
    return bool(OUTLET_LINE.fullmatch(line)) and len(line.split()) <= 5 or \
        bool(outlet and fold(line) == fold(outlet)) or _outlet_and_edition(line, outlet)


def _outlet_and_edition(line: str, outlet: str | None) -> bool:
    """"The Example Chronicle — English Edition", "Example Dispatch | English": the outlet's
    name and its edition (f81: the title); and such a line with a section or a reading time
    ("Example Report English - Energy", "SPORT | Example Wire English", "Example Report |
    Mining | 4 min read": f84, titles)."""
    parts = [p.strip() for p in TITLE_SEPARATOR.split(line)]
    if len(parts) == 2 and EDITION.fullmatch(parts[1]) and is_outlet_line(parts[0], outlet):
        return True
    return 2 <= len(parts) <= 3 and all(0 < len(p.split()) <= 5 and not re.search(r"[.!?,:;\"\u201c\u201d]", p)
                                        for p in parts) \
        and any(EDITION_TAIL.search(p) or READING_TIME.fullmatch(p) for p in parts)


EDITION_TAIL = re.compile(r"\s(?:English|Edition)$")
READING_TIME = re.compile(r"\d+\s+min(?:ute)?s?\s+read", re.I)


def lede_title(paragraphs: list[str]) -> str:
    """The title of an article without a headline line: its first paragraph when that is one
    sentence of up to HEADLINE_LINE_CHARS (a headline written with a full stop), else the lede's
    first sentence (the whole paragraph when that sentence ends in ? or ! and the paragraph is
    that short), cut at a word after LEDE_TITLE_CHARS with an ellipsis. Sentences are
    never ended at an abbreviation; a closing full stop, colon or semicolon is dropped."""
    return _lede_title(paragraphs)[0]


# A lede that quotes someone: words in double quotation marks and a verb of saying. Headlines
# quote with single marks ("Mayor: Pier \u2018Safe Again.\u2019"), and seldom say who said it.
_QUOTED = re.compile("[\u201c\"][^\u201d\"]{3,}[\u201d\"]")
_SAYING = re.compile(r"\b(?:said|says|told|tells|asked|asks|added|adds|according to)\b")


def reports_speech(text: str) -> bool:
    """Words in quotation marks or a verb of saying: a story's text, not a photo's caption."""
    return bool(_QUOTED.search(text) or _SAYING.search(text))


def _title_case(text: str) -> bool:
    """Written as a headline in Title Case: nearly every word of four letters or more capitalised."""
    long, capitalised = capitalised_long_words(text)
    return long >= 3 and capitalised >= 0.85 * long


# A first line in sentence case that ends in a full stop is taken for a headline (and not
# kept as the story's first paragraph too) up to this many words; a lede is longer (on the
# real dev set's tuning part, 393 of 433 such headlines have fewer than 15 words, while most
# first paragraphs of the story have 20 or more).
HEADLINE_PARAGRAPH_WORDS = 14


def is_headline_paragraph(paragraphs: list[str]) -> bool:
    """Is the first paragraph the headline itself: taken whole as the title (lede_title: one
    short sentence, a headline written with a full stop), with more paragraphs after it, and
    quoting nobody (a one-sentence lede that quotes someone stays in the story, whose
    quotation it is)? Such a paragraph is the title, and not the first paragraph as well."""
    if len(paragraphs) < 2 or not _lede_title(paragraphs[:1])[1]:
        return False
    if len(paragraphs[0].split()) > HEADLINE_PARAGRAPH_WORDS and not _title_case(paragraphs[0]):
        return False  # as long as a lede: copy with no title line opens with its lede, kept
    return not (_QUOTED.search(paragraphs[0]) and _SAYING.search(paragraphs[0]))


def _lede_title(paragraphs: list[str]) -> tuple[str, bool]:
    """lede_title, and whether it is the whole first paragraph (less a closing mark)."""
    text = paragraphs[0] if paragraphs else ""
    parts = sentences(text)
    sentence = parts[0] if parts else text
    if len(parts) > 1 and (sentence[-1:] in "?!" or _title_case(text)) and len(text) <= HEADLINE_LINE_CHARS \
            and len(text.split()) <= HEADLINE_MAX_WORDS:  # "Oops! Plan fails." is a headline, and
        parts, sentence = [text], text  # so is "Pier Closes. Here Is What Comes Next."
    limit = LEDE_TITLE_CHARS if len(parts) > 1 or len(sentence.split()) > HEADLINE_MAX_WORDS else HEADLINE_LINE_CHARS
    if len(sentence) <= limit:
        whole = len(parts) == 1 and bool(sentence)
        sentence = sentence.rstrip(" ,;:")
        if sentence.endswith(".") and not sentence.endswith("..") and not ends_in_abbreviation(sentence):
            sentence = sentence[:-1]
        return sentence, whole
    cut = sentence[:LEDE_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026", False
