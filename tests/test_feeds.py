"""Atom feeds: parsed with a real feed parser (feedparser); ids, links, stability."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path
from urllib.parse import unquote, urldefrag

import feedparser
import pytest

from conftest import build, parse_html
from generator.site.feeds import FEED_ENTRIES, entry_id


def read_feed(path: Path):
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def target(feed_path: Path, href: str) -> tuple[Path, str]:
    """The file (and #fragment) a relative link of a feed leads to, on disk."""
    assert "://" not in href and not href.startswith("/"), href  # relative: works from disk, stays in the site
    path, frag = urldefrag(href)
    return (feed_path.parent / unquote(path)).resolve(), frag


def check_feed(site: Path, feed_path: Path) -> list:
    """Every entry's permalink and article link lead to existing pages and anchors; ids
    are the quote ids' URNs, one each."""
    feed = read_feed(feed_path)
    assert feed.entries and len(feed.entries) <= FEED_ENTRIES
    assert feed.feed.id.startswith("urn:uuid:") and feed.feed.title and feed.feed.updated and feed.feed.author
    for e in feed.entries:  # what RFC 4287 requires of an entry (its author is the feed's when not named)
        assert e.id and e.title and e.updated and e.link
    page, _ = target(feed_path, feed.feed.link)
    assert page.is_file()
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == len(ids)
    for e in feed.entries:
        quote_page, _ = target(feed_path, e.link)
        assert quote_page.is_file() and quote_page.parent.name == "quotes"
        assert e.id == entry_id(quote_page.stem)
        related = next(ln for ln in e.links if ln.rel == "related")
        art_page, anchor = target(feed_path, related.href)
        assert art_page.is_file() and anchor in parse_html(art_page).ids()
    return feed.entries


def test_site_feed_lists_the_latest_quotations_and_links_their_pages(seeds_site):
    result, out = seeds_site
    site = out / "site"
    entries = check_feed(site, site / "feed.xml")
    assert len(entries) == min(FEED_ENTRIES, len(result.corpus.quotes_by_id))
    dates = [e.published for e in entries]
    assert dates == sorted(dates, reverse=True)
    home = parse_html(site / "index.html")
    alternates = [e.attrs["href"] for e in home.find("link") if "alternate" in e.attrs.get("rel", "").split()
                  and e.attrs.get("type") == "application/atom+xml"]
    assert alternates == ["feed.xml"]


def test_each_quoted_speaker_page_links_its_feed_of_their_quotations(seeds_site):
    result, out = seeds_site
    site = out / "site"
    quoted = [sp for sp in result.corpus.speakers if result.corpus.quotes_by_speaker.get(sp.id)]
    assert quoted
    for sp in quoted:
        page_path = site / "speakers" / f"{sp.id}.html"
        page = parse_html(page_path)
        alternate = [e.attrs["href"] for e in page.find("link") if "alternate" in e.attrs.get("rel", "").split()
                     and e.attrs.get("type") == "application/atom+xml"]
        follow = [e for e in page.find("a") if e.text.startswith("Follow")]
        assert len(alternate) == 1 and [a.attrs["href"] for a in follow] == alternate
        feed_path = page_path.parent / alternate[0]
        entries = check_feed(site, feed_path)
        assert {e.author for e in entries} == {sp.name}
        want = {q.id for q in result.corpus.quotes_by_speaker[sp.id]}
        assert {target(feed_path, e.link)[0].stem for e in entries} <= want
        assert len(entries) == min(FEED_ENTRIES, len(want))
    unquoted = [sp for sp in result.corpus.speakers if not result.corpus.quotes_by_speaker.get(sp.id)]
    for sp in unquoted[:5]:  # people only mentioned: no feed, no Follow link
        assert not (site / "speakers" / f"{sp.id}.xml").exists()


def test_feeds_are_in_the_offline_folder_and_its_zip(offline_site):
    _, out = offline_site
    site = out / "site"
    check_feed(site, site / "feed.xml")
    names = zipfile.ZipFile(out / "site-offline.zip").namelist()
    assert "who-said-what/feed.xml" in names and any(n.startswith("who-said-what/speakers/") and n.endswith(".xml")
                                                     for n in names)


def _export_line(i: int, speaker: str = "Wren Halvorsen") -> str:
    day = f"2023-{1 + i // 28:02d}-{1 + i % 28:02d}"
    return json.dumps({"id": f"brief-{i:03d}", "title": f"Council brief number {i}", "date": day,
                       "outlet": "Valley Post", "text": f'The council met again on day {i} of the session.\n\n'
                                                        f'"We will finish item {i} before the summer," said {speaker}, '
                                                        "the council leader."}) + "\n"


def test_latest_fifty_and_ids_kept_across_rebuilds_and_incremental_builds(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    export = seeds / "briefs.jsonl"
    export.write_text("".join(_export_line(i) for i in range(60)), encoding="utf-8")
    out = tmp_path / "out"
    first = build(seeds, out)
    site = out / "site"
    speaker = next(sp for sp in first.corpus.speakers if sp.name == "Wren Halvorsen")
    feed_path = site / "speakers" / f"{speaker.id}.xml"
    before = check_feed(site, feed_path)
    assert len(before) == FEED_ENTRIES
    assert before[0].title.endswith("\u201cWe will finish item 59 before the summer\u201d")  # newest first
    site_feed = (site / "feed.xml").read_bytes()

    build(seeds, out, full=True)  # a rebuild from scratch: the same feeds, byte for byte
    assert (site / "feed.xml").read_bytes() == site_feed

    with export.open("a", encoding="utf-8") as f:  # a new article: an incremental build
        f.write(_export_line(60))
    again = build(seeds, out)
    assert not again.full  # MkDocs rendered only the pages that changed
    after = check_feed(site, feed_path)
    assert len(after) == FEED_ENTRIES and after[0].title.endswith("item 60 before the summer\u201d")
    assert [(e.id, e.link) for e in after[1:]] == [(e.id, e.link) for e in before[:-1]]
