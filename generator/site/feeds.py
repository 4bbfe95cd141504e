"""Feeds: the latest quotations as Atom (RFC 4287), site-wide and one per quoted speaker.

`feed.xml` holds the latest FEED_ENTRIES quotations of the site, `speakers/<id>.xml` those
of one speaker. An entry is a quotation (one per quote id, dated by the article that
first reported it): its permalink as link, the article as a related link, the speaker as
author. Entry ids are URNs made from the quote id, feed ids from the feed's path: the same
on every rebuild. Links are relative to the feed, so a feed works from disk (the offline
folder) as online, and nothing in it points outside the site.
"""
from __future__ import annotations

import hashlib
import marshal
import re
import uuid
from collections.abc import Iterator
from xml.sax.saxutils import escape, quoteattr

from .export import html_path
from ..model import Corpus, QuoteRecord
from ..model import Speaker

FEED_ENTRIES = 50
SITE_FEED = "feed.xml"
SITE_TITLE = "Who said what"
TITLE_CHARS = 120  # of a quotation in an entry's title; the summary has it whole
UNDATED = "1970-01-01T00:00:00Z"  # only a corpus built without the registry's first_seen dates
# uuid5 namespace of this site's ids (any fixed UUID: the ids only need to be stable)
NAMESPACE = uuid.UUID("5b1f3c2e-8f61-5e0c-9a55-2d0a4c7e19b3")
# Characters XML 1.0 does not allow (clean_text drops the C0 controls already; surrogates and
# the non-characters U+FFFE and U+FFFF could still come from a CMS export)
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def speaker_feed_path(speaker: Speaker) -> str:
    """A speaker's feed, beside their page (speakers/<id>.md)."""
    return f"speakers/{speaker.id}.xml"


def feed_files(corpus: Corpus, site_url: str = "", part: tuple[int, int] = (0, 1),
               known: dict[str, str] | None = None, digests: dict[str, str] | None = None,
               kept: str | None = None) -> Iterator[tuple[str, str]]:
    """(path, Atom text) of every feed: the site's (in the first part) and each quoted
    speaker's (the k-th of every n in part k of n).
    known, digests, kept: as render.iter_pages has them for pages (digests filled with the
    digest of each speaker feed's inputs, `known` the last build's): a speaker's feed made
    from the same inputs as the last build's is given as `kept` (the last build's file)."""
    if part[0] == 0:
        yield SITE_FEED, atom(corpus, [g for occ in corpus.quotes_by_id.values() for g in _by_speaker(occ)],
                              SITE_FEED, f"{SITE_TITLE}: latest quotations", "index.html", site_url=site_url)
    quoted = [sp for sp in corpus.speakers if corpus.quotes_by_speaker.get(sp.id)]
    for i, sp in enumerate(quoted):
        if i % part[1] != part[0]:
            continue
        path = speaker_feed_path(sp)
        if digests is not None:
            digest = digests[path] = feed_digest(corpus, sp, site_url)
            if known is not None and kept is not None and known.get(path) == digest:
                yield path, kept
                continue
        by_id: dict[str, list[QuoteRecord]] = {}
        for q in corpus.quotes_by_speaker[sp.id]:
            by_id.setdefault(q.id, []).append(q)
        yield path, atom(corpus, list(by_id.values()), path, f"{sp.name}: latest quotations ({SITE_TITLE})",
                         f"{sp.id}.html", site_url=site_url)


def feed_digest(corpus: Corpus, sp: Speaker, site_url: str) -> str:
    """A digest of all a speaker's feed is made from: the speaker's name and id, the site's
    URL, and each of their quotations in order, with what atom() and _entry() read of it:
    its fields, its article (date, title, outlet, page), the day it was first seen, and who
    speaks in every report of the same words (which makes the entry's id)."""
    rows = [(site_url, sp.id, sp.name, FEED_ENTRIES, TITLE_CHARS)]
    for q in corpus.quotes_by_speaker.get(sp.id, []):
        art = corpus.article(q.article)
        rows.append((q.id, q.text, q.article, q.anchor, q.speaker.name if q.speaker else None, art.date, art.title,
                     art.outlet, corpus.article_pages[q.article], corpus.first_seen.get(q.id),
                     sorted({o.speaker.id if o.speaker else "" for o in corpus.quotes_by_id.get(q.id, [q])})))
    try:  # plain data, as it always is from a build: one pass in C
        data = b"M" + marshal.dumps(rows, 2)
    except ValueError:  # (a str subclass somewhere)
        data = ("R" + "\n".join(map(repr, rows))).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def _by_speaker(occurrences: list[QuoteRecord]) -> list[list[QuoteRecord]]:
    """The reports of one quotation, one group per speaker (None: no speaker named): words
    quoted by two people, or attributed in one article and not in another, are an entry
    each, so that an entry never shows another report's speaker."""
    groups: dict[str | None, list[QuoteRecord]] = {}
    for q in occurrences:
        groups.setdefault(q.speaker.id if q.speaker else None, []).append(q)
    return list(groups.values())


def latest(corpus: Corpus, quotations: list[list[QuoteRecord]], n: int = FEED_ENTRIES) -> list[QuoteRecord]:
    """The first report of each quotation, the latest n of them (newest first; ties by id)."""
    def first(occurrences: list[QuoteRecord]) -> QuoteRecord:
        return min(occurrences, key=lambda q: (corpus.article(q.article).date or "9999", q.article))
    firsts = [first(o) for o in quotations]
    return sorted(firsts, key=lambda q: (entry_date(corpus, q) or "", q.id), reverse=True)[:n]


def entry_date(corpus: Corpus, q: QuoteRecord) -> str | None:
    """An entry's date: its article's, or for an undated article the day the quotation first
    appeared on the site (Corpus.first_seen, kept by the permalink registry)."""
    return corpus.article(q.article).date or corpus.first_seen.get(q.id)


def atom(corpus: Corpus, quotations: list[list[QuoteRecord]], path: str, title: str, page: str, *,
         site_url: str = "") -> str:
    """An Atom feed at `path` (relative to the site) of the latest of `quotations`; page:
    the HTML page it is the feed of, relative to the feed."""
    up = "../" * path.count("/")
    entries = latest(corpus, quotations)
    updated = max((_timestamp(entry_date(corpus, q)) for q in entries), default=UNDATED)
    self_href = site_url.rstrip("/") + "/" + path if site_url else path.rsplit("/", 1)[-1]
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n',
           f"  <id>{feed_id(path)}</id>\n  <title>{_text(title)}</title>\n  <updated>{updated}</updated>\n",
           f'  <link rel="alternate" type="text/html" href={_attr(page)}/>\n',
           f'  <link rel="self" type="application/atom+xml" href={_attr(self_href)}/>\n',
           f"  <author><name>{_text(SITE_TITLE)}</name></author>\n  <generator>whosaidwhat</generator>\n"]
    out += [_entry(corpus, q, up) for q in entries]
    out.append("</feed>\n")
    return "".join(out)


def feed_id(path: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, 'feed:' + path)}"


def entry_id(quote_id: str, speaker: str | None = None) -> str:
    """A quotation's entry id: from its quote id, so the same in every feed and build; when
    its reports differ on the speaker, from the speaker too (speaker: their id, or "" for
    no speaker named), so each attribution is an entry of its own."""
    key = f"quote:{quote_id}" if speaker is None else f"quote:{quote_id}:{speaker}"
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, key)}"


def _entry(corpus: Corpus, q: QuoteRecord, up: str) -> str:
    art = corpus.article(q.article)
    who = q.speaker.name if q.speaker else None
    text = " ".join(q.text.split())
    shown = text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS].rsplit(" ", 1)[0] + "\u2026"
    when = _timestamp(entry_date(corpus, q))
    source = ", ".join(x for x in (f"\u201c{art.title}\u201d", art.outlet, art.date) if x)
    if not art.date and q.id in corpus.first_seen:
        source += f" (undated; on this site since {corpus.first_seen[q.id]})"
    summary = f"\u201c{text}\u201d \u2014 {who or 'speaker not named'}, quoted in {source}"
    speakers = {o.speaker.id if o.speaker else "" for o in corpus.quotes_by_id.get(q.id, [q])}
    eid = entry_id(q.id) if len(speakers) == 1 else entry_id(q.id, q.speaker.id if q.speaker else "")
    return (f"  <entry>\n    <id>{eid}</id>\n"
            f"    <title>{_text((who + ': ' if who else '') + chr(0x201c) + shown + chr(0x201d))}</title>\n"
            f'    <link rel="alternate" type="text/html" href={_attr(up + html_path(q.page))}/>\n'
            f'    <link rel="related" type="text/html" href={_attr(up + html_path(corpus.article_pages[q.article]) + "#" + q.anchor)}'
            f" title={_attr(art.title)}/>\n"
            f"    <published>{when}</published>\n    <updated>{when}</updated>\n"
            + (f"    <author><name>{_text(who)}</name></author>\n" if who else "")
            + f'    <summary type="text">{_text(summary)}</summary>\n  </entry>\n')


def _timestamp(date: str | None) -> str:
    return f"{date}T00:00:00Z" if date else UNDATED


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))
