"""Who wrote an article and who helped: bylines in their many shapes ("By Jane Roe", "Jane
Roe, The Associated Press", "Jane Roe · Example News · Posted: ...", a name over its job),
and credit lines ("Reporting by ...", "... contributed to this report")."""
from __future__ import annotations

import re

from ..model import fold
from .furniture import DATE_ALONE, JOB_WORDS, is_furniture, stamped_date
from .titles import is_outlet_line

BYLINE = re.compile(r"^\s*(?:(?:Posted|Written|Words|Story|Text|Reporting|Reported|(?:Live )?[Cc]overage|Analysis|Commentary"
                    r"|Opinion|Review|Interview) [Bb]y|By:?"
                    r"|(?:BYLINE|Byline|Author)s?\s*:"
                    r"|Words\s*:)"  # a magazine's "Words: Jane Roe" (f106: the title of a story with no headline)
                    # a job in lower case before the name: "By state political reporter Jane Roe"
                    r"\s+(?:(?:[a-z]+\s+){0,3}(?:" + JOB_WORDS + r"|journalist)\s+)?"
                    r"(?P<names>[A-Z][^\n.!?|\u2022\u00b7]{1,150}?)"
                    r"(?:\s*[|\u2022\u00b7,]?\s*(?:Posted|Updated|Published|Last updated)\b[^\n]{0,80}|\.)?$")
CREDIT_LINE = re.compile(
    r"^(?:[\u2014\u2013-]+\s*)?\(?\s*(?:(?:Additional )?(?:Reporting|Writing|Editing|Reported|Compiled|Translated|Research|Posted)"
    r"(?: and \w+)? by\b|With reporting by\b|With (?:files|inputs|reporting|reports) from\b)", re.I)
CONTRIBUTED = re.compile(r"\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting)\b", re.I)
REPORTED_FROM = re.compile(r"^(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}) (?:reported|wrote) from [^.]{2,60}\.$")
NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:de|da|van|von|bin|al|[A-Z][\w'\u2019.-]*))*")
ROLE_WORDS = re.compile(r"\b(?:Associated Press|AP|Reuters|AFP|staff|" + JOB_WORDS + r")\b\s*", re.I)
# What a byline's part ends with when it is a job or a desk, not a name: "Chief Political
# Correspondent", "BBC News", "Local Democracy Reporting Service".
DESK_TAIL = re.compile(
    r"\w\s+(?:" + JOB_WORDS + r"|news|service|agency|bureau|desk|team|network|media|press|wire|radio|television|tv|report|staff)"
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
    if len(chunks) == 1 and re.search(r"(?i:reporters|writers|correspondents|editors|columnists|producers)$", agency) \
            and not re.match(r"(?i:staff|senior|chief|contributing|political|foreign)\b", agency):
        return []  # "Voss Holds Press Conference, Insults Reporters": a headline; one name has one job
    return chunks if chunks and all(is_personal_name(c) for c in chunks) else []


NAME_PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der",
                  "den", "ter", "bin", "ibn", "al", "el", "y"}
# Words of a Title Case headline that are no part of a name ("Rain Falls On Parade | AP").
HEADLINE_WORDS = {"a", "an", "the", "on", "in", "of", "to", "for", "at", "with", "over", "after", "as", "is",
                  "are", "was", "says", "say", "said", "will", "new", "not", "no", "from", "by", "up", "out"}


def is_personal_name(text: str) -> bool:
    """Two to six words, each capitalised (any script) or a particle ("de la", "van", "bin")."""
    words = text.split()
    if any(w.lower() in HEADLINE_WORDS for w in words):
        return False
    return 2 <= len(words) <= 6 and words[0][0].isupper() and words[-1][0].isupper() and all(
        (w[0].isupper() and re.fullmatch(r"[\w.'\u2019-]+", w)) or w.lower() in NAME_PARTICLES for w in words)


def byline_parts(line: str, outlet: str | None = None, one_word_outlet: bool = False
                 ) -> tuple[list[str], str | None] | None:
    """A byline of parts between dots, bars or slashes: names, the outlet, a job or a desk, a
    time stamp ("Jane Roe \u00b7 Example News \u00b7 Posted: Jan 18, 2024 4:00 AM | Last Updated:
    ...", "Example Inquirer / 05:12 AM February 20, 2024", "Political editor\u00b7Example Herald\u00b7").
    (names, date or None); None when a part is anything else or every part is a name.
    one_word_outlet: a single capitalised word is the outlet's name too ("Example24 | Jane
    Roe"), as under a headline (above it, "Jane Roe | Obituary" may be the headline)."""
    parts = [p.strip() for p in re.split(r"\s*[\u00b7\u2022]\s*|\s+[|/]\s+", line.strip()) if p.strip()]
    if len(parts) < 2 or len(line) > 200:
        return None
    names: list[str] = []
    date = None
    named_parts = 0
    for part in parts:
        if "," in part and not STAMP_PART.fullmatch(part) and (named := split_names(part)):
            names.extend(named)  # "Jane Roe, Science Correspondent"
            named_parts += 1
            continue
        if " and " in part and len(named := split_names(part)) > 1 and all(map(is_personal_name, named)):
            names.extend(named)  # "Jane Roe and Ed Doe | Example Ledger" (f76)
            named_parts += 1
            continue
        if OTHER_CREDIT.match(part):
            continue  # "Photographs by Ed Doe": the pictures' credit, no author
        if DESK_TAIL.search(part) or is_outlet_line(part, outlet) or JOB_ALONE.fullmatch(part) \
                or one_word_outlet and (re.fullmatch(r"[A-Z][A-Za-z]*\d*", part) or THE_TITLE.fullmatch(part)):
            continue
        if is_furniture(part) and not is_personal_name(part):  # a time stamp
            date = date or stamped_date(part)
        elif is_personal_name(part):
            if not names:  # (a second one is the outlet: "By Jane Roe | Freedom Frontline | 4:05 PM")
                names.append(part)
                named_parts += 1
        elif (stamp := STAMP_PART.fullmatch(part)) is not None:
            date = date or stamped_date(stamp.group(1), alone=True)  # "Updated 2 August 2027", "11 May 2027"
        elif not TIME_PART.fullmatch(part):  # "3:14 PM ET": the hour alone, no date
            return None
    return (names, date) if named_parts < len(parts) else None


# A newspaper's name: "The Ridgefield Ledger".
THE_TITLE = re.compile(r"The(?:\s+[A-Z][\w&'\u2019.-]*){1,4}")


# A part of a byline that gives its date: "Updated 2 August 2027", "Published March 14, 2027,
# 6:42 p.m. CT", "11 May 2027"; or how long it takes to read.
STAMP_PART = re.compile(r"(?:(?:Updated|Published|Posted|Last updated)(?: on)?:?\s+)?(.+?\d{4})(?:,?\s+\d.*)?"
                        r"|\d+\s+min(?:ute)?s?\s+read", re.I)


# A part of a byline that gives the hour alone: "3:14 PM", "11:02 a.m. ET", "Updated 6:40 PM".
TIME_PART = re.compile(r"(?:(?:Updated|Published|Posted)\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?", re.I)


# A job or desk alone on a line: "Senior Political Correspondent", "Staff Writer".
JOB_ALONE = re.compile(rf"(?i:{AGENCY})")


# "Jane Roe North of England editor": a name, then the job, with nothing between.
GLUED_JOB = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[a-z]{1,3})*\s+[A-Z][\w'\u2019-]+)"
                       r"\s+[A-Z][\w ,'\u2019&-]{0,60}\b(?:" + JOB_WORDS + r"|journalist|columnist)")


# "Political editor Jane Roe", "Court reporter Jane Roe": a job, then the name, with no "By".
JOB_THEN_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:" + JOB_WORDS + r")\s+"
                           r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[a-z]{1,3})*(?:\s+[A-Z][\w'\u2019-]+){1,3})")


def _without_affiliation(names: str) -> str:
    """"Jane Roe, Example Arts" -> "Jane Roe": a byline's two parts with a comma and no "and"
    are a name and where its writer works (two writers are "Jane Roe and Ed Doe"; f79, f81:
    "DBN Arts", "Sportsnet North" and "EuroBrief" were authors)."""
    parts = names.split(",")
    if len(parts) == 2 and not re.search(r"\band\b|&", names):
        return parts[0]
    return names


def is_name_over_byline_line(line: str, following: list[str]) -> bool:
    """A name alone on a line (two to four words, no desk word) over a line that is a job or
    a date: a byline written without "By"."""
    return bool(following) and is_personal_name(line) and len(line.split()) <= 4 and not DESK_TAIL.search(line) \
        and bool(JOB_ALONE.fullmatch(following[0].strip()) or DATE_ALONE.fullmatch(following[0].strip()))


# A job, with the words of its desk, before a name: all of it goes.
JOB_BEFORE_NAME = re.compile(r"^.*\b(?:" + JOB_WORDS + r")\b\s+(?=(?-i:[A-Z]))", re.I)


# A job's last word: "Parliamentary Sketchwriter", "Film Critic".
JOB_TAIL = re.compile(r"(?i)(?:writer|reporter|correspondent|editor|columnist|critic|photographer|producer"
                      r"|contributor|presenter|anchor)s?$")


def split_names(text: str) -> list[str]:
    """'A, B and C' -> names; drops role words and 'in Place' trailers."""
    # "Jane Roe in Kyiv, Ukraine, and John Doe in Paris" -> "Jane Roe, and John Doe": a place
    # may carry a region after a comma only where a list separator or the end follows.
    place = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
    text = re.sub(rf"\s+in\s+{place}(?:,\s+{place}(?=,?\s+and\b|,?\s*$))?", "", text)
    names = []
    for chunk in re.split(r"\s*(?:;|,|\band\b|&)\s*", text):
        if DESK_TAIL.search(chunk) or JOB_TAIL.search(chunk) or chunk.startswith("The "):
            continue  # "Environment correspondent", "Local Democracy Reporting Service", "The Example Record": no name
        chunk = JOB_BEFORE_NAME.sub("", chunk)  # "Local Democracy Reporter Jane Roe"
        chunk = re.sub(r"^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['\u2019]s?\s+(?=[A-Z])", "", chunk)  # "Example News' Jane Roe"
        chunk = ROLE_WORDS.sub("", chunk).strip(" ().")
        chunk = re.sub(r"^(?:Reporting|Writing|Editing|Additional reporting|With reporting|Reported|"
                       r"Compiled|Translated|Research)(?: and \w+)? by\s+", "", chunk, flags=re.I)
        m = NAME.fullmatch(chunk)
        if m and len(chunk.split()) >= 1:
            names.append(chunk)
    return names


def is_credit(para: str) -> bool:
    if CREDIT_LINE.match(para) and len(para) <= 400:
        return True
    # AP-style tail: "Doe reported from Geneva. Writers X and Y contributed to this report."
    sentences = re.split(r"(?<=\.)\s+", para.strip())
    return len(para) <= 400 and all(CONTRIBUTED.search(s) or REPORTED_FROM.match(s) for s in sentences)


def credit_names(para: str) -> list[str]:
    names: list[str] = []
    for sentence in re.split(r"(?<=[.;)])\s+|;\s*", para.strip("() ")):
        m = REPORTED_FROM.match(sentence)
        if m:
            names.append(m.group("name"))
            continue
        sentence = CONTRIBUTED.split(sentence)[0]
        sentence = re.sub(r"^(?:[\u2014\u2013-]+\s*)?with (?:files|inputs|reporting|reports) from\s+", "", sentence, flags=re.I)
        sentence = re.sub(r"^(?:.*?\bby\b)", "", sentence) if re.search(r"\bby\b", sentence) else sentence
        names.extend(split_names(sentence))
    return names


# A byline's part, or a metadata author field's, that credits someone for other work than the
# writing: the pictures, the editing, extra reporting ("Jane Roe \u00b7 Photographs by Ed Doe",
# "Reporting by Jane Roe; Editing by Ed Doe"). They are no authors.
OTHER_CREDIT = re.compile(r"(?i)(?:Photo(?:graph)?s|Photography|Pictures|Images?|Illustrations?|Artwork|Video"
                          r"|Graphics?|Design|Data|Editing|Edited|Additional reporting|Fact[- ]checking|Translation"
                          r"|Translated|Production|Produced)(?: and [a-z]+)? by\b.*")
# What a writer's credit opens with, before the names: "By", "Reporting by", "Written by".
WRITER_LEAD = re.compile(r"(?i)^\s*(?:(?:Reporting|Reported|Writing|Written|Story|Text|Words)(?: and [a-z]+)? by|By)\s*:?\s+")


def author_field_names(value: str) -> list[str]:
    """The writers an author field of a page's metadata names (a <meta name="author">, the
    author a page's byline element gives): "Reporting by Jane Roe; Editing by Ed Doe" ->
    [Jane Roe]; "Jane Roe \u00b7 Photographs by Ed Doe" -> [Jane Roe]. A field that names no
    one for another job is returned as it is (one name: a name's commas are its own)."""
    parts = [p.strip() for p in re.split(r"\s*[;\u00b7\u2022]\s*|\s+\|\s+", value) if p.strip()]
    if not any(OTHER_CREDIT.match(p) or WRITER_LEAD.match(p) for p in parts):
        return [value.strip()] if value.strip() else []
    names: list[str] = []
    for part in parts:
        if OTHER_CREDIT.match(part):
            continue
        names.extend(n for n in split_names(WRITER_LEAD.sub("", part)) if n not in names)
    return names


BYLINE_LEAD = re.compile(r"^\s*(?:[Bb]y:?|(?:Live )?[Cc]overage by|(?:Posted|Written|Reporting|Reported|Analysis|Commentary"
                         r"|Opinion|Review|Interview|Words) by|Words\s*:)\s+")
PART_SEPARATOR = re.compile(r"\s[|/]\s|[\u00b7\u2022]")


def read_byline(line: str, following: list[str], outlet: str | None, *, after_headline: bool,
                after_byline: bool) -> tuple[list[str], str | None] | None:
    """A line above the story that is a byline, or part of one: (its authors, the date it
    gives or None); None for any other line. following: the next line (a name alone is a
    byline over a job or a date). Lines only after the headline: a name glued to its job,
    a name over its job, a desk ("Example Report"); only after a byline: the job alone."""
    lead = BYLINE_LEAD.match(line)
    if lead and PART_SEPARATOR.search(line):
        # "By Jane Roe | Example News | Updated 2 August 2027", "By Jane Roe, Science
        # Correspondent · 11 May 2027 · 5 min read": names, outlet, job and date between bars or dots
        if parts := byline_parts(line[lead.end():], outlet, one_word_outlet=True):
            return parts
    m = BYLINE.match(line)
    if m and len(line) <= 160:  # the editor after the reporter is no author
        return split_names(_without_affiliation(BYLINE_TAIL.split(m.group("names"))[0])), None
    if names := agency_byline(line, outlet):  # "Jane Roe, The Associated Press"
        return names, None
    if parts := byline_parts(line, outlet, one_word_outlet=after_headline):  # "Jane Roe \u00b7 Example News \u00b7 ..."
        return parts
    if after_headline and (m := GLUED_JOB.fullmatch(line)) and is_personal_name(m.group("name")):
        return [m.group("name")], None  # "Jane Roe North of England editor"
    if after_headline and (m := JOB_THEN_NAME.fullmatch(line)) and is_personal_name(m.group("name")):
        return [m.group("name")], None  # "Political editor Jane Roe" (f80: a paragraph, no author)
    if after_byline and (JOB_ALONE.fullmatch(line) or is_outlet_line(line, outlet)):
        return [], None  # the job or the outlet under the name ("Washington Sentinel": f76, a speaker guessed;
        # f79: "Hill Times Weekly" over the date, a second author)
    if after_headline and is_name_over_byline_line(line, following):
        return [line], None  # "Jane Roe" over "Senior Political Correspondent" or a date
    if after_headline and is_personal_name(line) and len(line.split()) <= 4 and DESK_TAIL.search(line):
        return [], None  # a desk for a byline: "Example Report", "Staff Report"
    return None
