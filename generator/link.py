"""Link: join articles, extractions and speakers into one corpus with its cross-references.

Plain data in (what ingest, extract and resolve return), plain data out (a `Corpus`
the renderer and the exporter read). Nothing here reads or writes files.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .model import Article, ArticleExtraction, Speaker, slugify


@dataclass
class QuoteRecord:
    """One quotation in one article, with its speaker resolved across the corpus."""

    id: str  # content-derived: the same words anywhere share it
    text: str
    article: str
    paragraph: int
    start: int
    end: int
    parts: list[tuple[int, int, int]]
    speaker: Speaker | None
    cue: str
    anchor: str  # element id on the article page, unique within it

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

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def __post_init__(self) -> None:
        self._articles = {a.id: a for a in self.articles}


def article_pages(articles: list[Article]) -> dict[str, str]:
    """Article id -> page path; slugs that collide get a short, stable suffix."""
    taken: dict[str, str] = {}
    pages = {}
    for art in sorted(articles, key=lambda a: a.id):
        slug = slugify(art.id, "article")
        if slug in taken:
            slug = f"{slug}-{art.content_hash[:8] or len(taken)}"
            while slug in taken:
                slug += "x"
        taken[slug] = art.id
        pages[art.id] = f"articles/{slug}.md"
    return pages


def link(articles: list[Article], extractions: list[ArticleExtraction],
         speakers: list[Speaker], speaker_of: dict[tuple[str, int], str]) -> Corpus:
    by_speaker_id = {s.id: s for s in speakers}
    quotes: list[QuoteRecord] = []
    for ex in extractions:
        used_anchors: set[str] = set()
        for q in ex.quotes:
            sid = speaker_of.get((ex.article, q.speaker)) if q.speaker is not None else None
            anchor = f"q-{q.id}"
            n = 2
            while anchor in used_anchors:  # the same words twice in one article
                anchor = f"q-{q.id}-{n}"
                n += 1
            used_anchors.add(anchor)
            quotes.append(QuoteRecord(
                id=q.id, text=q.text, article=ex.article, paragraph=q.paragraph,
                start=q.start, end=q.end, parts=list(q.parts) or [(q.paragraph, q.start, q.end)],
                speaker=by_speaker_id.get(sid) if sid else None, cue=q.cue, anchor=anchor))

    corpus = Corpus(articles=sorted(articles, key=lambda a: a.id),
                    speakers=sorted(speakers, key=lambda s: s.id), quotes=quotes,
                    article_pages=article_pages(articles))
    groups: dict[str, dict[str, list[QuoteRecord]]] = {"id": defaultdict(list), "article": defaultdict(list),
                                                        "speaker": defaultdict(list)}
    for q in quotes:
        groups["id"][q.id].append(q)
        groups["article"][q.article].append(q)
        if q.speaker:
            groups["speaker"][q.speaker.id].append(q)
    corpus.quotes_by_id = dict(groups["id"])
    corpus.quotes_by_article = dict(groups["article"])
    corpus.quotes_by_speaker = dict(groups["speaker"])
    return corpus
