"""Ingest a saved web page (*.html, *.htm): its main text and metadata, one `Article` out.

The main text is trafilatura's (the maintained library for exactly this: navigation,
share bars, related-story boxes, comments, cookie and subscription notices stay out).
The metadata is what the page states, most explicit first: JSON-LD `NewsArticle`, then
OpenGraph and the other <meta> and <link> tags, then trafilatura's own guesses. The
body then goes through the same line rules as plain text (ingest.article_from_paragraphs):
a byline, dateline or credit line in it is metadata there too.
"""
from __future__ import annotations

import json
import logging
import re

import lxml.etree
import lxml.html

from ..model import Article, fold
from .article import article_from_paragraphs, never_a_title, split_paragraphs
from .bylines import JOB_TAIL, author_field_names, read_byline
from .furniture import NOT_STORY_CLASSES
from .titles import TITLE_SEPARATOR
from .text import IngestError, clean_text, is_date

# The JSON-LD types of a news story (schema.org's Article and the kinds of it news sites use).
ARTICLE_TYPES = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                 "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
                 "LiveBlogPosting", "Report", "ScholarlyArticle", "SatiricalArticle"}
# "Headline | Outlet", "Headline - Outlet", "Headline – Outlet", "Outlet :: Headline"
# The trailing note about the author a page prints under the story ("Jane Roe covers city
# hall for the Courier. Reach her at jane@example.org"): a credit, not a paragraph.
AUTHOR_NOTE_CHARS = 300
# A page whose main text has no line of this many words holds no story (a menu, a link list).
MIN_SENTENCE_WORDS = 6
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# A time stamp that trafilatura takes for the author from a byline element ("Published Sep
# 08, 2026 • Last updated ...": f79, the author "Published Sep").
TIME_STAMP_START = re.compile(r"(?:Published|Updated|Posted|Last updated|First published)\b", re.I)

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings name no file; ours do
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def parse_page(text: str, article_id: str, source: str, given: dict | None = None) -> Article:
    """A web page's text (decoded) -> Article; IngestError when it holds no article.
    given: metadata that wins over the page's (a CMS export's fields)."""
    tree = _html_tree(text, source)
    stated = page_metadata(tree)
    body, guessed = _main_text(tree, source)
    title = (given or {}).get("title") or next((t for t in (stated.get("title"), guessed.get("title"))
                                                 if t and not _site_and_sections(t)), None)
    if guessed.get("outlet") and title and fold(guessed["outlet"]) in fold(title):
        del guessed["outlet"]  # a site name guessed from the headline ("Headline - Outlet" read backwards)
    meta = {k: v for layer in (guessed, stated, given or {}) for k, v in layer.items() if v}
    if title:
        meta["title"] = strip_site_name(title, [meta.get("outlet"), guessed.get("outlet")])
        if never_a_title(meta["title"], meta.get("outlet")) or not meta["title"].strip():
            del meta["title"]  # the lede makes one rather than a byline or dateline
    paragraphs = split_paragraphs(clean_text(body))
    paragraphs, notes = _split_author_notes(paragraphs, meta.get("authors", []))
    if not any(len(p.split()) >= MIN_SENTENCE_WORDS for p in paragraphs):  # "Home", "Menu", a lone link
        raise IngestError(source, "no article text in this web page (only navigation or metadata)")
    art = article_from_paragraphs(paragraphs, article_id, source, meta, headline="title" not in meta, web_page=True)
    art.credits.extend(notes)
    return art


def _site_and_sections(title: str) -> bool:
    """"Example Nuacht | News | Ireland": a page title of three short parts or more, the site's
    name and its sections, no headline (f81: "News - Ireland" was the title; the body's first
    line, the headline in bold, then is)."""
    parts = TITLE_PARTS_RE.split(title)
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


def _html_tree(text: str, source: str) -> lxml.html.HtmlElement:
    # lxml refuses a str that declares its encoding; the bytes were decoded already
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    if not re.search(r"<[a-zA-Z!]", text):
        raise IngestError(source, "not a web page (no HTML tags); save it as .txt")
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(source, f"not a readable web page ({exc})") from None


def _main_text(tree: lxml.html.HtmlElement, source: str) -> tuple[str, dict]:
    """The page's main text (paragraphs one a line) and what trafilatura guesses of its
    metadata (the fallback for what the page does not state)."""
    import trafilatura  # imported only when there are web pages: it takes 0.3 s

    copy = lxml.html.fromstring(lxml.html.tostring(tree))  # a copy: trafilatura prunes the tree it is given
    _drop_furniture_elements(copy)
    doc = trafilatura.bare_extraction(
        copy,
        with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        include_links=False, deduplicate=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        body = _json_ld_body(tree)  # a page whose text is filled in by a script
        if not body:
            raise IngestError(source, "no article text in this web page (only navigation, or a page "
                                      "filled in by scripts)")
        return body, {}
    authors = [name for guess in (doc.author or "").split(";") for a in author_field_names(guess)
               if (name := _guessed_author(a))]
    guessed = dict(title=doc.title, date=doc.date if doc.date and is_date(doc.date) and not _year_alone(doc.date, doc.text)
                   else None,
                   outlet=doc.sitename, url=doc.url if doc.url and re.match(r"https?://", doc.url) else None,
                   authors=authors, language=doc.language)
    return doc.text, guessed


def _drop_furniture_elements(tree: lxml.html.HtmlElement) -> None:
    """Take out of the tree the elements whose class marks them as no part of the story
    (furniture.NOT_STORY_CLASSES: an embedded post, whose text and date are not the
    article's; a pull quote, the story's words again). The text after an element (its tail)
    stays. An element holding the headline or half the page's text is the story itself,
    whatever its class says ('<article class="post tag-read-more">')."""
    page_chars = len(tree.text_content())
    doomed = [el for el in tree.iter(lxml.etree.Element)
              if el.getparent() is not None and any(kind.search(f"{el.get('class') or ''} {el.get('role') or ''}")
                                                    for kind in NOT_STORY_CLASSES)
              and next(el.iter("h1"), None) is None and len(el.text_content()) * 2 < page_chars]
    for el in doomed:
        if el.getparent() is not None and not any(a in doomed for a in el.iterancestors()):
            el.drop_tree()


def _guessed_author(guess: str) -> str | None:
    """A name of trafilatura's guess at the authors, less a job after it ("Jane Roe
    Reporter"); None for a time stamp ("Published Sep", f79) or one word (the place after
    the job: "Gisborne", f47)."""
    guess = guess.strip()
    if TIME_STAMP_START.match(guess):
        return None
    name = re.sub(r"\s+" + JOB_TAIL.pattern.removeprefix("(?i)"), "", guess, flags=re.I)
    return name if len(name.split()) >= 2 else None


def _year_alone(date: str, text: str) -> bool:
    """trafilatura's guess "2020-01-01" from a year in the text ("skulls collected between
    1900 and 2020"): no day the page gives, unless it names the first of January."""
    return date.endswith("-01-01") and not re.search(r"\b(?:Jan(?:uary|\.)?\s+0?1\b|0?1(?:st)?\s+Jan)|-01-01", text or "")


# --- metadata the page states -----------------------------------------------------------

TITLED_HEADING_CLASS = re.compile(r"(?:post|entry|article|story|page|news)[-_]?(?:title|headline)|\bheadline\b", re.I)


# What separates a page title's parts: "Section | Site", "Headline - Site".
TITLE_PARTS_RE = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*[|\u00b7]\s*")


def page_metadata(tree: lxml.html.HtmlElement) -> dict:
    """title, date, outlet, url, authors, language: JSON-LD first, then <meta> and <link>."""
    ld = _json_ld_article(tree)
    meta = {m.get("property") or m.get("name") or m.get("itemprop"): (m.get("content") or "").strip()
            for m in reversed(list(tree.iter("meta"))) if m.get("content")}  # reversed: the first one given wins
    canonical = next((ln.get("href", "").strip() for ln in tree.iter("link")
                      if "canonical" in (ln.get("rel") or "").lower().split()), "")
    h1 = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    page_title = " ".join((tree.findtext(".//title") or "").split())
    # a lower heading a blog theme marks as the post's title (<h2 class="post-title">), or
    # the one whose words the page's <title> holds ("Obituary for Jane Roe | Roe & Sons"
    # over <h2>Jane Roe</h2>); f55, f57: "Home | Frontline Monitor" was the title
    lower = [(" ".join(h.text_content().split()), h.get("class") or "") for h in tree.iter("h2", "h3")]
    titled = next((t for t, cls in lower if TITLED_HEADING_CLASS.search(cls) and t), "") or next(
        (t for t, _ in lower if len(t.split()) >= 2 and fold(t) in fold(page_title)), "") if not h1 else ""
    if not h1 and not titled and all(len(part.split()) <= 3 for part in TITLE_PARTS_RE.split(page_title)):
        # "<title>Court Watch | Federal Wire</title>", no <h1>: a section and the site, not the
        # headline; the first lower heading of a headline's length is (f75)
        titled = next((t for t, _ in lower if 5 <= len(t.split()) <= 25), "")
    out: dict = {}
    out["title"] = _text(ld.get("headline")) or _text(ld.get("name")) or meta.get("og:title") \
        or meta.get("twitter:title") or (h1[0] if len(h1) == 1 else "") or titled or page_title
    out["date"] = _date(_text(ld.get("datePublished")) or meta.get("article:published_time")
                        or meta.get("datePublished") or _text(ld.get("dateCreated")) or meta.get("date")
                        or meta.get("dc.date") or meta.get("DC.date.issued"))
    out["outlet"] = _name(ld.get("publisher")) or meta.get("og:site_name") or meta.get("application-name") \
        or _outlet_after_headline(page_title, [out["title"], *h1])
    out["url"] = next((u for u in (canonical, _text(ld.get("url")), _name(ld.get("mainEntityOfPage"), "@id"),
                                   meta.get("og:url")) if u and re.match(r"https?://", u)), None)
    out["authors"] = _authors(ld.get("author")) or next(
        (author_field_names(a) for a in (meta.get("author"), meta.get("article:author"), meta.get("byl", "").removeprefix("By "))
         if a and not re.match(r"https?://", a)), [])  # "Reporting by Jane Roe; Editing by Ed Doe": Jane Roe
    names, date = _byline_element(tree, out["outlet"])
    if names and set(out["authors"]) < set(names):
        out["authors"] = names  # a meta tag naming one of the byline's two authors
    out["authors"] = out["authors"] or names
    out["date"] = out["date"] or date or _time_element(tree)
    lang = _text(ld.get("inLanguage")) or tree.get("lang") or meta.get("og:locale", "").replace("_", "-")
    out["language"] = lang if re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", lang or "") else None
    if page_title and out["title"] and len(h1) == 1 and fold(h1[0]) != fold(out["title"]) \
            and fold(page_title).startswith(fold(h1[0])):
        out["title"] = h1[0]  # "<title>Headline | Outlet</title>" and "<h1>Headline</h1>": the h1
    return out


def _byline_element(tree: lxml.html.HtmlElement, outlet: str | None) -> tuple[list[str], str | None]:
    """The names and date of the page's byline element (class "byline", "author" or
    "meta"): '<p class="byline">By Jane Roe | Example News | Updated 2 August 2027</p>',
    which the main text leaves out."""
    for el in tree.iter("p", "div", "span", "address"):
        if not BYLINE_CLASS.search(el.get("class") or "") or len(el) > 6:
            continue
        line = " ".join(el.text_content().split())
        if 0 < len(line) <= 200 and (got := read_byline(line, [], outlet, after_headline=True, after_byline=False)):
            return got[0], got[1]
    return [], None


BYLINE_CLASS = re.compile(r"(?i)\b(?:byline|author|meta|article-meta|post-meta)\b")


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    """The day of the page's first <time datetime="..."> (the one its byline shows)."""
    for el in tree.iter("time"):
        if (day := _date(el.get("datetime"))) is not None:
            return day
    return None


def _outlet_after_headline(page_title: str, headlines: list[str]) -> str | None:
    """"Headline - Example News" in <title> with the headline known: the outlet's name."""
    for headline in headlines:
        if headline and fold(page_title).startswith(fold(headline)):
            rest = page_title[len(headline):]
            m = TITLE_SEPARATOR.match(rest)
            if m and 0 < len(rest[m.end():].split()) <= 4:
                return rest[m.end():].strip()
    return None


def _json_ld_objects(tree: lxml.html.HtmlElement) -> list[dict]:
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            found.append(node)
            walk(node.get("@graph"))
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            walk(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue  # a broken block: the other metadata still counts
    return found


def _json_ld_article(tree: lxml.html.HtmlElement) -> dict:
    """The page's JSON-LD article, its @id references to other objects of the page filled in."""
    objects = _json_ld_objects(tree)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for obj in objects:
        types = obj.get("@type")
        types = set(types) if isinstance(types, list) else {types}
        if types & ARTICLE_TYPES:
            return {k: (by_id.get(v.get("@id"), v) if isinstance(v, dict) and len(v) == 1 else v)
                    for k, v in obj.items()}
    return {}


def _json_ld_body(tree: lxml.html.HtmlElement) -> str:
    body = _json_ld_article(tree).get("articleBody")
    return body if isinstance(body, str) else ""


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _name(value: object, key: str = "name") -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get(key))
    return _text(value)


def _authors(value: object) -> list[str]:
    """The people of a JSON-LD author (a name, a Person, a list of them); organisations left out."""
    items = value if isinstance(value, list) else [value] if value else []
    names = []
    for item in items:
        if isinstance(item, dict) and item.get("@type") not in (None, "Person"):
            continue
        name = _name(item)
        if name and not re.match(r"https?://", name):
            names.append(name)
    return list(dict.fromkeys(names))


def _date(value: str | None) -> str | None:
    """The date as published, YYYY-MM-DD (the day in the page's own time zone)."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value or "")
    return m.group(1) if m and is_date(m.group(1)) else None


def strip_site_name(title: str, site_names: list[str | None]) -> str:
    """"Headline | Outlet" -> "Headline" (also "Outlet - Headline"), when the other part is
    the site's name; a title with no known site name is left whole."""
    parts = TITLE_SEPARATOR.split(title)
    names = {fold(n) for n in site_names if n}
    if len(parts) > 1:
        if fold(parts[-1]) in names:
            return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
        if fold(parts[0]) in names:
            return " - ".join(parts[1:]) if len(parts) > 2 else parts[1]
    return title


def _split_author_notes(paragraphs: list[str], authors: list[str]) -> tuple[list[str], list[str]]:
    """The body less its trailing notes about the author (a short line that starts with an
    author's name, or gives an e-mail address, and quotes no one), and those notes."""
    notes: list[str] = []
    while paragraphs:
        last = paragraphs[-1]
        short = len(last) <= AUTHOR_NOTE_CHARS and not re.search("[\"\u201c\u201d\u00ab\u00bb]", last)
        names_author = any(last.startswith(a) for a in authors)
        if not (short and (names_author or EMAIL.search(last))):
            break
        notes.insert(0, paragraphs.pop())
    return paragraphs, notes
