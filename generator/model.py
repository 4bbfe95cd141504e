"""Plain data passed between the stages: ingest -> extract -> resolve -> link -> site.

Every stage takes and returns these dataclasses (or lists of them) and does no I/O,
so each can be tested on sentences of its own and swapped out on its own.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field


@dataclass
class Article:
    """One news article, split into metadata and body paragraphs by ingest."""

    id: str  # file stem: stable, and what the scorer and URLs key on
    source: str  # path the article was read from (for error messages)
    title: str
    title_inferred: bool = False  # True when the title was made from the lede
    date: str | None = None  # ISO YYYY-MM-DD when known
    outlet: str | None = None
    url: str | None = None
    language: str | None = None  # BCP 47 ("en-GB") when the page or export says
    line: int | None = None  # the line of a CMS export (*.jsonl) it came from
    authors: list[str] = field(default_factory=list)  # bylines: never speakers
    contributors: list[str] = field(default_factory=list)  # credit lines: never speakers
    dateline: str | None = None  # "WASHINGTON (Reuters)"
    credits: list[str] = field(default_factory=list)  # credit lines as printed
    captions: list[str] = field(default_factory=list)  # photo captions as printed
    see_also: list[str] = field(default_factory=list)  # related-article titles
    paragraphs: list[str] = field(default_factory=list)  # body text, one string each
    content_hash: str = ""  # sha256 of the raw file: cache key, permalink successor
    text_hash: str = ""  # sha256 of the normalised decoded text: duplicate detection


@dataclass
class Person:
    """Someone (or some body) an article mentions, as known within that article."""

    name: str  # fullest form the article gives ("Jane Q. Roe")
    forms: list[str] = field(default_factory=list)  # every form used ("Roe", "Jane Q. Roe")
    roles: list[str] = field(default_factory=list)  # titles the article gives ("Finance Minister")
    kind: str = "person"  # "person" or "organisation" (a company, a government, an agency)
    # a name of one word the recogniser takes for an organisation and nothing makes a
    # person ("Verizon"): an organisation unless the archive joins it to a person's name
    org_like: bool = False


@dataclass
class Quote:
    """One direct quotation in one article. Offsets index into the paragraph text."""

    article: str  # Article.id
    paragraph: int  # index into Article.paragraphs
    start: int  # offset of the first quoted character (inside the marks)
    end: int  # offset just past the last quoted character
    text: str  # == Article.paragraphs[paragraph][start:end] for single-paragraph quotes
    speaker: int | None = None  # index into ArticleExtraction.people: the speaker the site asserts
    cue: str = ""  # how it was attributed (the frame that decided), for debugging and the fixtures
    confidence: float = 0.0  # probability (0-1) that the best candidate below is the speaker
    guess: int | None = None  # the best candidate when it is too uncertain to assert (speaker is None)
    candidates: list[tuple[int, float]] = field(default_factory=list)  # (person, probability), best first
    described_as: str = ""  # the text's description of a speaker it does not name ("a spokesperson"); speaker is None

    @property
    def id(self) -> str:
        return quote_id(self.text)


@dataclass
class ArticleExtraction:
    """What extract finds in one article: its people and its quotes."""

    article: str
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Speaker:
    """One real person (or body) across the corpus, after resolve."""

    id: str  # slug of the canonical name: stable across rebuilds
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role, article id)
    articles: list[str] = field(default_factory=list)  # articles that mention them
    kind: str = "person"
    description: str = ""  # an editor's one-line description (corrections.yaml)
    wikidata: str = ""  # an editor's Wikidata item id, "Q123456"


@dataclass
class Correction:
    """An editor's correction as published: on the page it corrects, on the Corrections
    page and in the export. Made from corrections.yaml by generator/corrections.py."""

    page: str  # the page it shows on: "quotes/<id>.md" or "speakers/<id>.md"
    title: str  # what that page is about: the quotation's words, the speaker's name
    date: str  # YYYY-MM-DD: the editor's date, or the day it was first published
    change: str  # what changed, one plain sentence
    note: str = ""  # the editor's public note
    kind: str = "quote"  # "quote" or "speaker"


def fold(text: str) -> str:
    """Case-, accent- and quote-mark-insensitive form of a text."""
    if text.isascii():  # no accents or curly marks to undo: the same answer, much sooner
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("\u2019", "'").replace("\u2018", "'")


def capitalised_long_words(text: str) -> tuple[int, int]:
    """(words of four letters or more, how many of them capitalised): how far a text is
    written in Title Case, as headlines and titles of works are."""
    long = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", text) if len(w) >= 4]
    return len(long), sum(w[0].isupper() for w in long)


def quote_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


@functools.lru_cache(maxsize=1 << 17)  # asked again and again for each quotation as the build links them
def quote_id(text: str) -> str:
    """Content-derived quote id: the same words give the same id, whoever said them.

    Punctuation, case, accents and spacing do not count, so re-typing a quote's
    curly marks or fixing a double space keeps its permalink.
    """
    key = " ".join(quote_words(text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def slugify(text: str, fallback: str = "x") -> str:
    """ASCII slug safe as a single path component: never '.', '..' or empty."""
    text = unicodedata.normalize("NFKD", text)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80].strip("-")
    return slug or fallback


@dataclass
class QuoteRecord:
    """One quotation in one article, with its speaker resolved across the corpus."""

    id: str  # content-derived: the same words anywhere share it
    text: str
    article: str
    paragraph: int
    start: int
    end: int
    speaker: Speaker | None
    cue: str
    anchor: str  # element id on the article page, unique within it
    confidence: float = 0.0  # probability that `speaker` (or, when uncertain, `guess`) said it
    guess: Speaker | None = None  # the likeliest speaker when too uncertain to assert one
    candidates: list[tuple[Speaker, float]] = field(default_factory=list)  # best first
    attribution: str = "automatic"  # "editor" when corrections.yaml names (or clears) the speaker
    role: str | None = None  # the role an editor gave for this quote, shown instead of the article's
    correction: Correction | None = None  # the editor's correction of this occurrence
    described_as: str = ""  # the article's description of a speaker it does not name

    @property
    def page(self) -> str:
        return f"quotes/{self.id}.md"


@dataclass
class Corpus:
    articles: list[Article]
    speakers: list[Speaker]
    quotes: list[QuoteRecord]
    article_pages: dict[str, str] = field(default_factory=dict)  # article id -> "articles/x.md"
    quotes_by_id: dict[str, list[QuoteRecord]] = field(default_factory=dict)
    quotes_by_article: dict[str, list[QuoteRecord]] = field(default_factory=dict)
    quotes_by_speaker: dict[str, list[QuoteRecord]] = field(default_factory=dict)
    variants: dict[str, list[str]] = field(default_factory=dict)  # quote id -> ids of other renderings
    related_articles: dict[str, list[str]] = field(default_factory=dict)  # article id -> the articles sharing
    # most speakers with it (link.RELATED of them), then by id
    quoted_alongside: dict[str, list[str]] = field(default_factory=dict)  # speaker id -> co-quoted speaker ids
    corrections: list[Correction] = field(default_factory=list)  # every published correction
    withdrawn: dict[str, list[QuoteRecord]] = field(default_factory=dict)  # quote id -> occurrences an editor
    # marked "not a quotation", for ids with no occurrence left: their pages say so
    listings: dict = field(default_factory=dict)  # base path -> its pages (a site.paginate.Listing)
    mentioned: list[Speaker] = field(default_factory=list)  # people and bodies no quotation is attributed
    # to (only mentioned, or only an uncertain guess): no page, index entry or feed (link.assemble)
    first_seen: dict[str, str] = field(default_factory=dict)  # quote id -> the day it was first published
    # (YYYY-MM-DD), for quotations reported in an undated article: their feed date (permalinks.first_seen)
    phrases: dict[str, list[QuoteRecord]] = field(default_factory=dict)  # article id -> short quoted phrases
    # with no speaker and no speech cue (scare quotes): highlighted in the article, no page (link.assemble)

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def __post_init__(self) -> None:
        self._articles = {a.id: a for a in self.articles}
