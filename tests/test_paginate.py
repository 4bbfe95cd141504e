"""Pages that stay small: listings split into bounded pages whose URLs do not move."""
from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import urldefrag

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, broken_links, build, parse_html

from generator.site import paginate
from generator.site.paginate import name_keys, period_keys, period_label, split
from generator.site.render import article_anchor

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


def leaves(node):
    if node.leaf:
        yield node
    for child in node.children.values():
        yield from leaves(child)


def holders(items, keys, weight, limit):
    """item -> key path of the page that shows it."""
    root = split(items, keys, weight, limit)
    out = {}
    for node in [root, *_descendants(root)]:
        for item in node.items:
            out[item] = node.path
    return root, out


def _descendants(node):
    for child in node.children.values():
        yield child
        yield from _descendants(child)


DATES = st.one_of(st.none(), st.dates().map(lambda d: f"{2000 + d.year % 30:04d}-{d.month:02d}-{d.day:02d}"))
ITEMS = st.lists(st.tuples(DATES, st.integers(50, 3000)), max_size=120)


def _items(raw, start=0):
    return [(f"item{start + i}", date, w) for i, (date, w) in enumerate(raw)]


def _keys(item):
    return period_keys(item[1], item[0])


@settings(max_examples=200, deadline=None)
@given(ITEMS, st.integers(500, 20_000))
def test_every_item_on_exactly_one_page_and_pages_bounded(raw, limit):
    items = _items(raw)
    root, where = holders(items, _keys, lambda it: it[2], limit)
    assert sorted(where) == sorted(items)
    for node in leaves(root):
        assert len(node.items) == 1 or sum(it[2] for it in node.items) <= limit
    for node in [root, *_descendants(root)]:
        if not node.leaf:
            assert len(node.items) == 0  # dated items always have a finer key
        assert node.tally["quotes"] == len(node.all_items())


@settings(max_examples=200, deadline=None)
@given(ITEMS, ITEMS, st.integers(500, 20_000))
def test_adding_items_never_moves_an_item_to_another_keys_page(old_raw, new_raw, limit):
    """The stable-URL rule: after more items arrive, an item is on the same page or on a
    finer page under it (that page split), and every page that was there still is."""
    old = _items(old_raw)
    grown = old + _items(new_raw, start=len(old))
    before_root, before = holders(old, _keys, lambda it: it[2], limit)
    after_root, after = holders(grown, _keys, lambda it: it[2], limit)
    for item, path in before.items():
        assert after[item][:len(path)] == path, (item, path, after[item])
    after_pages = {tuple(n.path) for n in [after_root, *_descendants(after_root)]}
    assert {tuple(n.path) for n in [before_root, *_descendants(before_root)]} <= after_pages


def test_period_keys_and_labels():
    keys = period_keys("2031-03-14", "x")
    assert keys[:4] == ["2031", "2031-03", "2031-03-w2", "2031-03-14"]
    # then the hash ranges that hold the item, each half the last, named by four hex digits a side
    assert keys[4] in ("2031-03-14-0000-7fff", "2031-03-14-8000-ffff")
    ranges = [tuple(int(x, 16) for x in k.rsplit("-", 2)[1:]) for k in keys[4:]]
    assert all(lo <= lo2 and hi2 <= hi and hi2 - lo2 + 1 == (hi - lo + 1) // 2
               for (lo, hi), (lo2, hi2) in zip(ranges, ranges[1:]))
    assert len({len(k) for k in keys[4:]}) == 1  # names that never grow
    assert period_keys(None, "x")[0] == "undated" == period_keys("2031-02-30", "x")[0]
    assert period_keys(None, "x")[1] in ("undated-0000-7fff", "undated-8000-ffff")
    assert period_keys("2031-03-14", "x") == keys  # the same item, the same page, build after build
    assert [period_label(k) for k in ("2031", "2031-03", "2031-03-w2", "2031-04-w5", "2031-03-04",
                                      "2031-03-04-4000-7fff", "undated", "undated-8000-ffff")] == [
        "2031", "March 2031", "8\u201314 March 2031", "29\u201330 April 2031", "4 March 2031",
        "4 March 2031", "Undated", "Undated"]  # a part reads as its day; Listing.label numbers it
    assert name_keys("jo-li") == ["j", "jo", "jo-", "jo-l", "jo-li"]



@given(st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_hash_ranges_of_an_item_are_those_that_hold_its_hash(ident):
    """Each of an item's parts of a day (from a table made once) is the range of the first
    16 bits of its SHA-1 at that depth: 0000-7fff or 8000-ffff, then halves of it, down
    to HASH_BITS halvings."""
    import hashlib
    value = int(hashlib.sha1(ident.encode("utf-8")).hexdigest()[:4], 16)
    keys = period_keys("2031-03-14", ident)
    assert len(keys) == 4 + paginate.HASH_BITS
    for bits, key in enumerate(keys[4:], 1):
        size = 1 << (16 - bits)
        assert key == f"2031-03-14-{value // size * size:04x}-{value // size * size + size - 1:04x}"

def test_the_parts_of_a_busy_day_or_of_the_undated_are_one_ordered_group():
    """However deep the halving goes, a day's parts (or the undated items') are listed once
    each, numbered 1..N in hash order, under their day; a part that split says which parts
    it holds; breadcrumbs skip the parts above a part."""
    from generator.site.paginate import Listing
    items = [(f"u{i}", None, 400) for i in range(300)] + [(f"d{i}", "2031-03-14", 400) for i in range(40)]
    listing = Listing("quotes/by-date", "Quotes by date", split(items, _keys, lambda it: it[2], 4000), _keys)
    day_node = listing.root.children["2031"].children["2031-03"].children["2031-03-w2"].children["2031-03-14"]
    for group in (listing.root.children["undated"], day_node):
        parts = group.shown_children()
        assert all(p.leaf for p in parts) and max(len(p.path) for p in parts) >= len(group.path) + 3  # deep
        assert sorted(it for p in parts for it in p.items) == sorted(group.all_items())  # each item once
        day = listing.label(group.key)
        assert [listing.label(p.key) for p in parts] == [f"{day}, part {k} of {len(parts)}"
                                                          for k in range(1, len(parts) + 1)]
        assert [listing.page(p) for p in parts] == sorted(listing.page(p) for p in parts)  # hash order = name order
        assert all(re.fullmatch(r"quotes/by-date/(undated|2031-03-14)-[0-9a-f]{4}-[0-9a-f]{4}\.md", listing.page(p))
                   for p in parts)
        assert [lbl for lbl, _ in listing.breadcrumb(parts[-1])][-1] == day
        split_part = next(p for p in group.children.values() if not p.leaf)
        held = split_part.shown_children()
        assert held == [p for p in parts if p in held] and listing.label(split_part.key) == \
            f"{day}, parts {parts.index(held[0]) + 1}\u2013{parts.index(held[-1]) + 1} of {len(parts)}"
    # the first page looks through "Undated" alone to its parts
    only_undated = Listing("a", "A", split(items[:300], _keys, lambda it: it[2], 4000), _keys)
    assert only_undated.root.shown_children() == only_undated.root.children["undated"].shown_children()


def test_a_name_prefix_that_windows_reserves_gets_another_file_name():
    from generator.site.paginate import Listing
    names = ["connor-day", "constance-fry", "cora-lind"]
    listing = Listing("speakers/index", "Speakers", split(names, name_keys, lambda n: 100, limit=150), name_keys)
    pages = {listing.page(n) for n in listing.nodes()}
    assert "speakers/index/con_.md" in pages and "speakers/index/con.md" not in pages
    assert listing.page(listing.holder("connor-day")) == "speakers/index/conn.md"


def test_a_name_that_is_a_prefix_of_others_stays_on_its_page():
    names = ["jo", "joan", "jonas", "joe", "jorge"]
    root = split(names, name_keys, lambda n: 100, limit=250)
    jo = root.children["j"].children["jo"]
    assert jo.items == ["jo"] and set(jo.children) == {"joa", "jon", "joe", "jor"}
    assert sorted(n for leaf in leaves(root) for n in leaf.items) == sorted(set(names) - {"jo"})


# --- built sites ---------------------------------------------------------------------------

SMALL = 4000  # a page limit that splits a 40-article corpus into many pages


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("paginate") / "all"
    synth.write_corpus(folder, 40, seed=7)
    (folder / "truth.json").unlink()
    return folder


@pytest.fixture(scope="module")
def small_pages(corpus_folder, tmp_path_factory):
    """The 40 articles built with small pages: (BuildResult, out)."""
    out = tmp_path_factory.mktemp("paginate-small")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(paginate, "PAGE_LIMIT", SMALL)
        return build(corpus_folder, out), out


def registered(out: Path) -> dict[str, dict]:
    return json.loads((out / "permalinks.json").read_text(encoding="utf-8"))["pages"]


def html(out: Path, md_path: str) -> Path:
    return out / "site" / (md_path[:-3] + ".html")


def test_listing_pages_stay_under_the_limit(small_pages):
    result, out = small_pages
    split = set()
    for base, listing in result.corpus.listings.items():
        for node in listing.nodes():
            text = (out / "site_src" / listing.page(node)).read_text(encoding="utf-8")
            if node.leaf and len(node.items) > 1:
                # the estimate errs on the large side: what a page shows besides its items
                # (title, breadcrumb, a first page's summary) is all that may exceed it
                summary = 6000 if not node.key else 1000
                assert len(text) <= SMALL + summary, (listing.page(node), len(text))
            if node.key:
                split.add(base.split("/")[0] if base.startswith("speakers/") and base != "speakers/index" else base)
    # the small limit splits the indexes and the busiest speakers' pages (the cast is a
    # long tail: most speakers are quoted once and their pages stay whole)
    assert {"articles/index", "quotes/by-date", "speakers"} <= split, split


def test_every_listing_page_is_registered_and_links_hold(small_pages):
    result, out = small_pages
    listed = {listing.page(n) for listing in result.corpus.listings.values() for n in listing.nodes()}
    assert listed <= set(registered(out))
    assert broken_links(out / "site") == []


def test_split_speaker_first_page_summarises_and_links_every_period(small_pages):
    result, out = small_pages
    c = result.corpus
    split_speakers = [c.listings[f"speakers/{s.id}"] for s in c.speakers
                      if not c.listings[f"speakers/{s.id}"].root.leaf]
    assert split_speakers
    for listing in split_speakers:
        sp = next(s for s in c.speakers if listing.base == f"speakers/{s.id}")
        first = html(out, listing.page(listing.root))
        page = parse_html(first)
        quotes = c.quotes_by_speaker.get(sp.id, [])
        assert f"{len(quotes)} quotations" in " ".join(page.text.split()) and "Timeline" in page.text
        assert ("Latest quotations" in page.text) == bool(quotes)
        targets = {(first.parent / a.attrs["href"]).resolve() for a in page.find("a") if "href" in a.attrs}
        for child in listing.root.shown_children():
            assert html(out, listing.page(child)).resolve() in targets
        # every quotation is on exactly one of the speaker's pages, as a link to its quote page
        shown = []
        for node in listing.nodes():
            if node.key and node.leaf:
                p = html(out, listing.page(node))
                shown += [a.attrs["href"][len("../../quotes/"):] for a in parse_html(p).find("a")
                          if re.fullmatch(r"\.\./\.\./quotes/[0-9a-f]{10}\.html", a.attrs.get("href", ""))]
        assert sorted(shown) == sorted(f"{q.id}.html" for q in quotes)


def test_quote_page_links_to_the_speaker_page_that_holds_it(small_pages):
    result, out = small_pages
    c = result.corpus
    checked = 0
    for qid, occurrences in c.quotes_by_id.items():
        q = occurrences[0]
        if not q.speaker or c.listings[f"speakers/{q.speaker.id}"].root.leaf or any(
                o.speaker is not q.speaker for o in occurrences):  # reports differ: each shows its own speaker
            continue
        page = html(out, q.page)
        hrefs = [a.attrs["href"] for a in parse_html(page).find("a")
                 if a.attrs.get("href", "").startswith(f"../speakers/{q.speaker.id}/")]
        assert len(hrefs) == 1, (qid, hrefs)
        target, anchor = hrefs[0].split("#")
        held = parse_html((page.parent / target).resolve())
        assert anchor in held.ids()
        assert any(a.attrs.get("href", "").endswith(f"quotes/{qid}.html") for a in held.find("a"))
        checked += 1
    assert checked >= 10


def test_article_date_links_to_its_row_in_the_articles_index(small_pages):
    result, out = small_pages
    c = result.corpus
    dated = [a for a in c.articles if a.date]
    for art in dated:
        page = html(out, c.article_pages[art.id])
        href = next(a.attrs["href"] for a in parse_html(page).find("a") if a.text == art.date)
        target, anchor = href.split("#")
        assert "/articles/index/" in (page.parent / target).resolve().as_posix()
        row = parse_html((page.parent / target).resolve())
        assert anchor in row.ids()


def test_repagination_keeps_every_registered_url(corpus_folder, tmp_path):
    """Grow a corpus past the split threshold, then change the threshold both ways: every
    URL ever registered resolves, and a period page that went away redirects to the page
    that now holds its items, at the same anchor."""
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    files = sorted(corpus_folder.glob("*.txt"))
    for f in files[:20]:
        shutil.copy(f, seeds / f.name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(paginate, "PAGE_LIMIT", SMALL)
        first = build(seeds, out)
        for f in files[20:]:
            shutil.copy(f, seeds / f.name)
        grown = build(seeds, out)  # more articles: pages split further, none goes away
    live = grown.corpus.listings
    assert not [g.path for g in grown.gone if g.kind == "listing" and g.entry["listing"] in live]
    before = {lst.page(n) for lst in first.corpus.listings.values() for n in lst.nodes()}
    after = {lst.page(n) for lst in live.values() for n in lst.nodes()}
    assert len(after) > len(before)
    assert_registry_resolves(out)

    (out / ".cache" / "manifest.json").unlink()  # the inputs did not change, the threshold did
    merged = build(seeds, out)  # the default limit: the small pages fold back into their parents
    moved = [g for g in merged.gone if g.kind == "listing"]
    assert moved and all(g.redirect for g in moved)
    assert_registry_resolves(out)
    for g in moved:
        if g.entry["listing"] not in merged.corpus.listings:
            # a quotation's reports that fit on its own page again: back to the quote page
            assert g.entry["listing"].startswith("quotes/") and g.successor == g.entry["listing"] + ".md"
            continue
        listing = merged.corpus.listings[g.entry["listing"]]
        assert g.successor in {listing.page(n) for n in listing.nodes()}
        old = grown.corpus.listings[g.entry["listing"]]
        old_node = next(n for n in old.nodes() if old.page(n) == g.path)
        target = parse_html(html(out, g.successor))
        for q in old_node.all_items():  # what the old page held is on the page it redirects to
            if hasattr(q, "anchor") and g.entry["listing"].startswith("speakers/"):
                assert article_anchor(merged.corpus, q.article) in target.ids()
        page = parse_html(html(out, g.path))
        refresh = [m for m in page.find("meta") if m.attrs.get("http-equiv") == "refresh"]
        assert refresh and any("location.hash" in s.text for s in page.find("script"))

    with pytest.MonkeyPatch.context() as mp:  # and back: the pages are live again
        mp.setattr(paginate, "PAGE_LIMIT", SMALL)
        (out / ".cache" / "manifest.json").unlink()
        again = build(seeds, out)
    assert not [g for g in again.gone if g.kind == "listing" and g.entry["listing"] in again.corpus.listings]
    assert_registry_resolves(out)


def assert_registry_resolves(out: Path) -> None:
    for path in registered(out):
        assert html(out, path).is_file(), f"registered URL broke: {path}"
    assert broken_links(out / "site") == []


def test_a_quotation_reported_very_often_lists_its_reports_by_period(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    filler = "Officials met again on the river crossing, and the talks ran late into the evening. " * 5
    for i in range(16):
        (seeds / f"r{i:02d}.txt").write_text(
            f"---\ntitle: Report number {i}\ndate: 2031-{1 + i % 4:02d}-{1 + i:02d}\noutlet: Outlet {i % 3}\n---\n\n"
            # (a statement, not the scare quote "green corridor" alone: that is a phrase, with no page)
            f"The ministry repeats that \u201cthe green corridor stays open\u201d since the spring. {filler}\n\n"
            f"\u201cWe will reopen the crossing number {i} next week,\u201d Jane Roe said.\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(paginate, "PAGE_LIMIT", 3000)
        result = build(seeds, out)
    c = result.corpus
    qid = next(qid for qid, occ in c.quotes_by_id.items() if len(occ) == 16)
    reports = c.listings[f"quotes/{qid}"]
    assert not reports.root.leaf
    page = html(out, f"quotes/{qid}.md")
    hrefs = [a.attrs.get("href", "") for a in parse_html(page).find("a")]
    assert len({h for h in hrefs if h.startswith("../articles/r")}) <= 10  # the latest, not all 16
    targets = {(page.parent / h).resolve() for h in hrefs}
    for child in reports.root.shown_children():
        assert html(out, reports.page(child)).resolve() in targets
    listed = set()
    for node in reports.nodes()[1:]:
        p = html(out, reports.page(node))
        for a in parse_html(p).find("a"):
            target, anchor = urldefrag(a.attrs.get("href", ""))
            if "/articles/r" in target:
                listed.add(f"{(p.parent / target).resolve().relative_to((out / 'site').resolve()).as_posix()}#{anchor}")
    data = json.loads((out / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert listed == {q["context_url"] for q in data["quotes"] if q["id"] == qid}
    assert_registry_resolves(out)
    # an article page names ten other reports and links the quote page for the rest
    line = next(ln for ln in (out / "site_src" / "articles" / "r00.md").read_text(encoding="utf-8").splitlines()
                if ln.startswith(f"- \u201c[the green corridor stays open](../quotes/{qid}.md)"))
    assert line.count("](../articles/") == 10 and line.endswith(f" and [5 more](../quotes/{qid}.md)")

    (out / ".cache" / "manifest.json").unlink()
    merged = build(seeds, out)  # the default limit: all 16 reports fit on the quote page again
    moved = [g for g in merged.gone if g.path.startswith(f"quotes/{qid}/")]
    assert moved and all(g.redirect and g.successor == f"quotes/{qid}.md" for g in moved)
    assert_registry_resolves(out)


def _old_name(key: str) -> str:
    """A part's key as builds before hash ranges named it: the hash's first bits ("undated-p01")."""
    if not re.search(r"undated-[0-9a-f]{4}-[0-9a-f]{4}$", key):
        return key
    group, lo, hi = key.rsplit("-", 2)
    bits = 16 - (int(hi, 16) - int(lo, 16) + 1).bit_length() + 1
    return f"{group}-p{int(lo, 16) >> (16 - bits):0{bits}b}"


def test_undated_copy_is_listed_as_one_group_of_parts_in_order(tmp_path):
    """Many undated articles, on small pages: the indexes list "Undated, part 1 of N" ... "part
    N of N", in that order, each once, on pages named by hash range; the part pages an earlier
    build named by hash bits ("undated-p01") go to the part that holds the same items."""
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for i in range(64):
        (seeds / f"ferry{i:02d}.txt").write_text(
            f"Ferry Timetable Change Number {i}\n\n\u201cThe ferry number {i} will leave the north quay at dawn "
            f"from Monday,\u201d said harbourmaster Lena Osk.\n\nThe harbour board met about crossing {i} twice.\n",
            encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(paginate, "PAGE_LIMIT", 1500)
        first = build(seeds, out)
    checked = 0
    for base in ("articles/index", "quotes/by-date"):
        listing = first.corpus.listings[base]
        undated = listing.root.children["undated"]
        parts = undated.shown_children()
        assert len(parts) >= 8 and max(len(p.path) for p in parts) >= 4  # split at several levels
        labels = [f"Undated, part {k} of {len(parts)}" for k in range(1, len(parts) + 1)]
        for md in (listing.page(listing.root), listing.page(undated)):  # the first page, and Undated's
            rows = [a.text.strip() for a in parse_html(html(out, md)).find("a") if a.text.startswith("Undated")]
            assert rows == labels, (md, rows)
        names = sorted(p.name for p in (out / "site_src" / base).glob("undated-*.md"))
        assert names and all(re.fullmatch(r"undated-[0-9a-f]{4}-[0-9a-f]{4}\.md", n) for n in names)
        assert [listing.page(p) for p in parts] == sorted(listing.page(p) for p in parts)
        crumbs = " ".join(parse_html(html(out, listing.page(parts[-1]))).text.split())
        assert f"Undated \u203a {labels[-1]}" in crumbs
        checked += 1
    assert checked == 2

    # pages an earlier build published under the old names: each redirects to its namesake
    registry = json.loads((out / "permalinks.json").read_text(encoding="utf-8"))
    old = {}
    for path, entry in list(registry["pages"].items()):
        if entry.get("kind") == "listing" and re.search(r"/undated-[0-9a-f]{4}-", path):
            old_path = path.rsplit("/", 1)[0] + "/" + _old_name(path.rsplit("/", 1)[1][:-3]) + ".md"
            registry["pages"][old_path] = dict(entry, keys=[_old_name(k) for k in entry["keys"]])
            old[old_path] = path
    (out / "permalinks.json").write_text(json.dumps(registry), encoding="utf-8")
    (out / ".cache" / "manifest.json").unlink()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(paginate, "PAGE_LIMIT", 1500)
        again = build(seeds, out)
    moved = {g.path: g for g in again.gone}
    assert set(moved) == set(old)
    for old_path, path in old.items():
        assert moved[old_path].redirect and moved[old_path].successor == path
    assert_registry_resolves(out)
