"""Export: the corpus as plain JSON-ready data (what `generator extract` prints and
the site publishes as data/quotes.json)."""
from __future__ import annotations

import csv
import io

from ..model import Corpus, QuoteRecord
from ..model import Correction, Speaker

SCHEMA_VERSION = 1


def speaker_ref(sp: Speaker | None) -> dict | None:
    return None if sp is None else {"id": sp.id, "name": sp.name, "aliases": list(sp.aliases)}


def html_path(md_path: str) -> str:
    return md_path[:-3] + ".html"


def quote_record(corpus: Corpus, q: QuoteRecord, phrase: bool = False) -> dict:
    return {
        "id": q.id,
        "text": q.text,
        "article": q.article,
        "paragraph": q.paragraph,
        "start": q.start,
        "end": q.end,
        "speaker": speaker_ref(q.speaker),
        "confidence": round(q.confidence, 3),
        "speaker_guess": speaker_ref(q.guess),
        "described_as": q.described_as or None,
        "cue": q.cue,
        "attribution": q.attribution,
        "correction": correction_record(q.correction, q.role),
        "url": None if phrase else html_path(q.page),
        "phrase": phrase,  # a short quoted phrase, not a quotation (link.is_phrase): no page, not on the site
        "context_url": f"{html_path(corpus.article_pages[q.article])}#{q.anchor}",
    }


def correction_record(c: Correction | None, role: str | None = None) -> dict | None:
    if c is None:
        return None
    record = {"date": c.date, "change": c.change, "note": c.note or None, "url": html_path(c.page)}
    return {**record, "role": role} if role else record


# The cues by which the extractor rules that quoted words are no one's words: the title of
# a work, or a term in quotation marks with nothing around it that reports speech.
NOT_SPEECH_CUES = frozenset({"title", "scare-quote"})


def is_term(q: QuoteRecord) -> bool:
    """A phrase (link.is_phrase) that the extractor ruled is not speech: a title or scare quote."""
    return q.cue in NOT_SPEECH_CUES


def export(corpus: Corpus) -> dict:
    phrases = [p for a in sorted(corpus.phrases) for p in corpus.phrases[a]]
    return {
        "version": SCHEMA_VERSION,
        # every quoted span the extractor reads as someone's words: the quotations, and the
        # short phrases that may be speech (no page: no speaker is asserted), marked
        "quotes": [quote_record(corpus, q) for q in corpus.quotes]
        + [quote_record(corpus, p, phrase=True) for p in phrases if not is_term(p)],
        # titles and scare quotes: quoted words but no one's words (issue 27: not quotations)
        "terms": [quote_record(corpus, p, phrase=True) for p in phrases if is_term(p)],
        "speakers": [
            {
                "id": sp.id,
                "name": sp.name,
                "aliases": list(sp.aliases),
                "kind": sp.kind,
                "description": sp.description or None,
                "wikidata": sp.wikidata or None,
                "roles": [{"role": role, "article": art} for role, art in sp.roles],
                "articles": list(sp.articles),
                "quotes": len(corpus.quotes_by_speaker.get(sp.id, [])),
                "url": f"speakers/{sp.id}.html",
            }
            for sp in corpus.speakers
        ],
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "title_inferred": a.title_inferred,
                "date": a.date,
                "outlet": a.outlet,
                "url": a.url,
                "authors": a.authors,
                "contributors": a.contributors,
                "dateline": a.dateline,
                "see_also": a.see_also,
                "captions": a.captions,
                "paragraphs": len(a.paragraphs),
                "quotes": len(corpus.quotes_by_article.get(a.id, [])),
                "page": html_path(corpus.article_pages[a.id]),
            }
            for a in corpus.articles
        ],
        # every correction, newest first: also those of speakers, and of words that are no quotation
        "corrections": [{"kind": c.kind, "title": c.title, **correction_record(c)} for c in corpus.corrections],
    }


CSV_FIELDS = ["id", "text", "speaker_id", "speaker", "article", "outlet", "date", "url", "attribution", "correction"]


def _csv_cell(value: object) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula: prefix those with '."""
    text = "" if value is None else " ".join(str(value).split())
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def quotes_csv(corpus: Corpus) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    # the cells of a speaker (id, name) and of an article (id, outlet, date), made once: each
    # recurs on many rows
    speakers: dict[int, list[str]] = {id(None): ["", ""]}
    articles: dict[str, list[str]] = {}
    for q in corpus.quotes:
        who = speakers.get(id(q.speaker))
        if who is None:
            who = speakers[id(q.speaker)] = [_csv_cell(q.speaker.id), _csv_cell(q.speaker.name)]
        where = articles.get(q.article)
        if where is None:
            art = corpus.article(q.article)
            where = articles[q.article] = [_csv_cell(q.article), _csv_cell(art.outlet), _csv_cell(art.date)]
        writer.writerow([_csv_cell(q.id), _csv_cell(q.text), *who, *where, _csv_cell(html_path(q.page)),
                         _csv_cell(q.attribution),
                         _csv_cell(" ".join(x for x in (q.correction.date, q.correction.change, q.correction.note)
                                            if x) if q.correction else "")])
    return out.getvalue()
