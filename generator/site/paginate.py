"""Paginate: every listing that grows with the archive, as pages of bounded size whose URLs stay put.

A listing (a speaker's quotations, the articles by date, the speakers by name...) is a tree
of pages. Each item has a key path, coarse to fine: for a dated item its year, month, week
of the month and day (or "undated"), then ever narrower ranges of a 16-bit hash of the
item ("undated-0000-7fff", "undated-0000-3fff", ...), so that even one very busy day, or
the undated copy, is split in halves; for a name, its first letter, first two letters and
so on. A page whose
items fit in PAGE_LIMIT holds them; a bigger one lists its sub-pages instead, one per key
of the next level. A page's URL is its key (`speakers/jane-roe/2031-03.md`), and an item's
key never changes, so adding items never moves an item to a page of another key: at most
a page that grew too big turns into the list of its finer pages, at the same URL. The
first page of a listing keeps the listing's old URL (`speakers/jane-roe.md`).

The halves of a day or of the undated items are a matter of page size, not of time: the
reader sees them as one group of numbered parts in hash order ("Undated, part 1 of 6",
..., "part 6 of 6"), each listed once, however deep its page is in the tree. A part's page
is named by its hash range, four hex digits each end, so its name never grows and never
changes; a part that splits keeps its page, which then lists the parts it holds.

Plain data in (a linked `Corpus`), plain data out; no I/O.
"""
from __future__ import annotations

import calendar
import datetime
import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from ..model import Article, Speaker, slugify

if TYPE_CHECKING:
    from ..model import Corpus, QuoteRecord

# What one page may hold, in estimated characters of Markdown (the weights below, which
# err on the large side). The fullest pages of the bench's corpora are about 100 KB of
# HTML, the theme's ~12 KB included: well under the 200 KB aim.
PAGE_LIMIT = 60_000
HASH_BITS = 12  # halvings of one day (4,096 parts) before a page may exceed the limit
_HASH_SPACE = 16  # bits of the hash whose ranges name the parts of a day (4 hex digits)
# A part of a day or of the undated items: the group's key, then its hash range
_PART = re.compile(r"((?:^|/)(?:undated|\d{4}-\d{2}-\d{2}))-([0-9a-f]{4})-([0-9a-f]{4})$")
_OLD_PART = re.compile(r"((?:^|/)(?:undated|\d{4}-\d{2}-\d{2}))-p([01]{1,%d})$" % HASH_BITS)
SHOWN_QUOTE = 300  # a listing shows a quotation up to this many characters; its page has all
QUOTES_PER_SPEAKER = 5  # the quotes index shows each speaker's latest few, then links to their page
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass
class Node:
    """One page of a listing: a leaf holds its items, the others list their children."""

    key: str  # "" for the first page, else a period ("2031-03"), a name prefix ("ja"), an outlet...
    path: list[str]  # keys from the first page down to this one ([] for the first page)
    items: list  # a leaf's items; on another page, only items with no finer key (rare)
    children: dict[str, Node] = field(default_factory=dict)  # in the order of their first item
    tally: Counter = field(default_factory=Counter)  # items under this page, by kind()

    @property
    def leaf(self) -> bool:
        return not self.children

    def shown_children(self) -> list[Node]:
        """The sub-pages to list here, looking through pages that only list one other page
        (an archive of one year shows its months)."""
        kids = list(self.children.values())
        while len(kids) == 1 and kids[0].children and not kids[0].items:
            kids = list(kids[0].children.values())
        if kids and is_part(kids[0].key):  # the parts of a day, or of the undated: every one, in order
            kids = sorted((leaf for kid in kids for leaf in kid.leaves()), key=lambda n: part_range(n.key))
        return kids

    def leaves(self) -> list[Node]:
        if self.leaf:
            return [self]
        return [leaf for child in self.children.values() for leaf in child.leaves()]

    def all_items(self) -> list:
        out = list(self.items)
        for child in self.children.values():
            out.extend(child.all_items())
        return out


@dataclass
class Listing:
    """A tree of pages under one base path: `<base>.md`, then `<base>/<key>.md`."""

    base: str  # "speakers/jane-roe", "quotes/by-date"
    title: str  # "Jane Roe", "Quotes by date"
    root: Node
    keys: Callable[[object], list[str]]  # an item's key path
    key_label: Callable[[str], str] = lambda key: period_label(key)  # a key as the reader sees it (see label)
    _parts: dict[str, tuple[int, int, int]] | None = field(default=None, init=False, repr=False, compare=False)

    def label(self, key: str) -> str:
        """A page's key as the reader sees it; a part of a day or of the undated items says
        which ("Undated, part 2 of 6"; a part that split: "Undated, parts 2–3 of 6")."""
        text = self.key_label(key)
        if is_part(key):
            if self._parts is None:
                self._parts = _part_numbers(self.root)
            if key in self._parts:
                first, last, count = self._parts[key]
                text += f", part {first} of {count}" if first == last else f", parts {first}–{last} of {count}"
        return text

    def page(self, node: Node) -> str:
        if not node.key:
            return f"{self.base}.md"
        # "con.html" cannot be unzipped on Windows (nor aux, nul...): such a key gets a "_"
        return f"{self.base}/{'/'.join(k + '_' if k in _WINDOWS_DEVICES else k for k in node.key.split('/'))}.md"

    def nodes(self) -> list[Node]:
        """Every page, the first page first."""
        out, todo = [], [self.root]
        while todo:
            node = todo.pop()
            out.append(node)
            todo.extend(reversed(node.children.values()))
        return out

    def holder(self, item: object) -> Node:
        """The page that shows an item."""
        node = self.root
        for key in self.keys(item):
            if key not in node.children:
                break
            node = node.children[key]
        return node

    def page_title(self, node: Node) -> str:
        return self.title if not node.key else f"{self.title}: {self.label(node.key)}"

    def breadcrumb(self, node: Node) -> list[tuple[str, str]]:
        """(label, page) of the pages above this one, the first page first."""
        out = [(self.title, self.page(self.root))]
        here = self.root
        for key in node.path[:-1]:
            here = here.children[key]
            if not is_part(key):  # a part's page is listed by its day (or "Undated"), not by the part above it
                out.append((self.label(key), self.page(here)))
        return out


def is_part(key: str) -> bool:
    """Is this the key of a part of a day, or of the undated items (a hash range)?"""
    return _PART.search(key) is not None


def part_range(key: str) -> tuple[int, int]:
    m = _PART.search(key)
    return int(m.group(2), 16), int(m.group(3), 16)


def _part_numbers(root: Node) -> dict[str, tuple[int, int, int]]:
    """The key of every part page -> (first, last, count): the parts (leaves) of its group it
    holds, numbered from 1 in hash order, and how many parts the group has."""
    out: dict[str, tuple[int, int, int]] = {}
    todo = [root]
    while todo:
        node = todo.pop()
        kids = list(node.children.values())
        if kids and is_part(kids[0].key) and not is_part(node.key):  # a day, or "undated", split in parts
            leaves = node.shown_children()
            starts = [part_range(leaf.key) for leaf in leaves]
            parts = []
            stack = list(kids)
            while stack:
                part = stack.pop()
                parts.append(part)
                stack.extend(part.children.values())
            for part in parts:
                low, high = part_range(part.key)
                inside = [i for i, (s, e) in enumerate(starts, 1) if low <= s and e <= high]
                out[part.key] = (inside[0], inside[-1], len(leaves))
        else:
            todo.extend(kids)
    return out


def renamed_key(key: str) -> str:
    """A part's key as earlier builds wrote it ("undated-p01": the hash's first bits) -> its
    key now ("undated-4000-7fff": the same items, named by their hash range)."""
    m = _OLD_PART.search(key)
    if not m:
        return key
    bits = m.group(2)
    size = 1 << (_HASH_SPACE - len(bits))
    start = int(bits, 2) * size
    return f"{key[:m.start()]}{m.group(1)}-{start:04x}-{start + size - 1:04x}"


def period_label(key: str) -> str:
    """"2031" -> "2031", "2031-03" -> "March 2031", "2031-03-w2" -> "8–14 March 2031",
    "2031-03-14" -> "14 March 2031", "undated" -> "Undated". A part of a day (or of the
    undated items) reads as its day: Listing.label numbers it among the day's parts."""
    m = _PART.search(key)
    key, part = (m.group(1), "") if m else (key, "")
    if key == "undated" or len(key) == 4:
        return key.capitalize() + part
    year, month = int(key[:4]), int(key[5:7])
    name = f"{MONTHS[month - 1]} {year}"
    if len(key) == 7:
        return name + part
    if key[8] == "w":
        first = 7 * (int(key[9:]) - 1) + 1
        last = min(first + 6, calendar.monthrange(year, month)[1])
        return f"{first}\u2013{last} {name}{part}" if last > first else f"{first} {name}{part}"
    return f"{int(key[8:10])} {name}{part}"


def period_keys(date: str | None, ident: str) -> list[str]:
    """Year, month, week of the month (days 1-7, 8-14, ...), day (or "undated"), then halves
    of the day: the ranges of a 16-bit hash of the item that hold it, each half the last
    ("2031-03-14-0000-7fff", "2031-03-14-4000-7fff", ...)."""
    return list(_period_keys(date, ident))


# The name of each part of a day, after the day: _RANGES[bits][n] is the n-th of the 2**bits
# ranges of the hash ("-4000-7fff"), made once (formatting them for every item was most of
# the listings' keys: 90,000 quotations at 10,000 articles)
_RANGES = [[]] + [[f"-{n << (_HASH_SPACE - bits):04x}-{((n + 1) << (_HASH_SPACE - bits)) - 1:04x}"
                   for n in range(1 << bits)] for bits in range(1, HASH_BITS + 1)]


@functools.lru_cache(maxsize=1 << 18)  # an item is in several listings (by date, its speaker's, its reports)
def _period_keys(date: str | None, ident: str) -> tuple[str, ...]:
    levels = _date_levels(date)
    value = int(hashlib.sha1(ident.encode('utf-8')).hexdigest()[:4], 16)
    day = levels[-1]
    return (*levels, *[day + _RANGES[bits][value >> (_HASH_SPACE - bits)] for bits in range(1, HASH_BITS + 1)])


@functools.lru_cache(maxsize=4096)  # an archive has a few thousand dates, each item one of them
def _date_levels(date: str | None) -> tuple[str, ...]:
    try:
        day = datetime.date.fromisoformat(date) if date and _DATE.fullmatch(date) else None
    except ValueError:
        day = None
    return (date[:4], date[:7], f"{date[:7]}-w{(day.day - 1) // 7 + 1}", date) if day else ("undated",)


def name_keys(slug: str) -> list[str]:
    """"jane-roe" -> "j", "ja", "jan", ...: speakers by name, split only as far as needed."""
    return [slug[:i] for i in range(1, len(slug) + 1)]


def prefix_label(key: str) -> str:
    return key[:1].upper() + key[1:]


def kind(item: object) -> str:
    """What an item counts as in a page's tally: "quotes", "articles" or "speakers"."""
    return {Article: "articles", Speaker: "speakers"}.get(type(item), "quotes")


def split(items: list, keys: Callable[[object], list[str]], weight: Callable[[object], int],
          limit: int | None = None) -> Node:
    """The page tree of items (in display order; each page keeps that order)."""
    entries = [(item, keys(item), weight(item)) for item in items]
    return _split(entries, limit or PAGE_LIMIT, [])


def _split(entries: list[tuple], limit: int, path: list[str]) -> Node:
    node = Node(path[-1] if path else "", path, [])
    depth = len(path)
    if len(entries) <= 1 or sum(w for _, _, w in entries) <= limit:  # one item is as small as it gets
        node.items = [item for item, _, _ in entries]
    else:
        groups: dict[str, list[tuple]] = {}
        for entry in entries:
            if len(entry[1]) > depth:
                groups.setdefault(entry[1][depth], []).append(entry)
            else:  # no finer key: stays here (a speaker named "Jo" on the page of "jo")
                node.items.append(entry[0])
        node.children = {key: _split(group, limit, path + [key]) for key, group in groups.items()}
    node.tally = Counter(map(kind, node.items))
    for child in node.children.values():
        node.tally.update(child.tally)
    return node


# --- the site's listings ---------------------------------------------------------------------

def _quote_weight(corpus: Corpus, q: QuoteRecord) -> int:
    """A quotation's line and, as if it had one to itself, its article's heading."""
    art = corpus.article(q.article)
    return 250 + min(len(q.text), SHOWN_QUOTE) + len(art.title) + len(art.outlet or "")


def _article_weight(art: Article) -> int:
    return 150 + len(art.title) + len(art.outlet or "") + 2 * len(art.id)


def _speaker_weight(corpus: Corpus, sp: Speaker, with_quotes: bool) -> int:
    own = 150 + 3 * len(sp.name) + sum(len(a) + 2 for a in sp.aliases)
    if with_quotes:
        own += sum(_quote_weight(corpus, q) for q in latest_quotes(corpus, sp))
    return own


def latest_quotes(corpus: Corpus, sp: Speaker, n: int = QUOTES_PER_SPEAKER) -> list[QuoteRecord]:
    quotes = corpus.quotes_by_speaker.get(sp.id, [])
    return sorted(quotes, key=lambda q: (corpus.article(q.article).date or "", q.article), reverse=True)[:n]


def outlet_keys(outlets: list[str | None]) -> dict[str | None, str]:
    """Outlet name -> key, unique; None (not given) -> "_none", which no slug can be."""
    keys: dict[str | None, str] = {}
    taken: set[str] = set()
    for name in sorted({o for o in outlets if o}):
        key = slugify(name, "outlet")
        if key in taken:
            key = f"{key}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}"
        taken.add(key)
        keys[name] = key
    keys[None] = "_none"
    return keys


NO_OUTLET = "Outlet not given"


def site_listings(corpus: Corpus) -> dict[str, Listing]:
    """Every listing of the site, by base path."""
    by_date = sorted(corpus.articles, key=lambda a: (a.date or "", a.id), reverse=True)  # newest first
    rank = {a.id: i for i, a in enumerate(by_date)}
    quotes_by_date = [q for a in by_date for q in corpus.quotes_by_article.get(a.id, [])]
    date_of = {a.id: a.date for a in corpus.articles}

    def dated(item: object) -> list[str]:
        if isinstance(item, Article):
            return period_keys(item.date, item.id)
        return period_keys(date_of[item.article], f"{item.article}#{item.anchor}")

    def weigh(item: object) -> int:
        return _article_weight(item) if isinstance(item, Article) else _quote_weight(corpus, item)

    listings: dict[str, Listing] = {}

    def add(base: str, title: str, items: list, keys: Callable, weight: Callable, **kw: object) -> None:
        listings[base] = Listing(base, title, split(items, keys, weight), keys, **kw)

    add("articles/index", "Articles", by_date, dated, weigh)
    add("quotes/by-date", "Quotes by date", quotes_by_date, dated, weigh)
    unattributed = [q for q in quotes_by_date if q.speaker is None]
    if unattributed:
        add("quotes/unattributed", "No speaker named", unattributed, dated, weigh)

    okeys = outlet_keys([a.outlet for a in corpus.articles])
    names = {key: name or NO_OUTLET for name, key in okeys.items()}
    counts = Counter(a.outlet for a in corpus.articles)
    by_outlet = sorted(by_date, key=lambda a: (-counts[a.outlet], a.outlet is None, a.outlet or ""))  # stable

    def outlet_path(art: Article) -> list[str]:
        key = okeys[art.outlet]
        return [key] + [f"{key}/{k}" for k in period_keys(art.date, art.id)]

    def outlet_label(key: str) -> str:
        outlet, _, period = key.partition("/")
        return f"{names.get(outlet, outlet)}, {period_label(period)}" if period else names.get(outlet, outlet)

    add("articles/outlets", "Outlets", by_outlet, outlet_path, weigh, key_label=outlet_label)

    by_name = sorted(corpus.speakers, key=lambda s: s.id)
    add("speakers/index", "Speakers", by_name, lambda s: name_keys(s.id),
        lambda s: _speaker_weight(corpus, s, False), key_label=prefix_label)
    add("quotes/index", "Quotes by speaker", [s for s in by_name if corpus.quotes_by_speaker.get(s.id)],
        lambda s: name_keys(s.id), lambda s: _speaker_weight(corpus, s, True), key_label=prefix_label)

    def report(q: QuoteRecord) -> int:  # a row of "Where it appears" and the paragraph around it
        art = corpus.article(q.article)
        return 250 + len(art.title) + len(art.outlet or "") + len(art.paragraphs[q.paragraph])

    for qid, occurrences in corpus.quotes_by_id.items():  # words reported very often ("green corridor")
        if len(occurrences) > 1 and sum(map(report, occurrences)) > PAGE_LIMIT:
            words = " ".join(occurrences[0].text.split())
            short = words if len(words) <= 60 else words[:59] + "\u2026"
            add(f"quotes/{qid}", f"\u201c{short}\u201d", sorted(occurrences, key=lambda q: rank[q.article]), dated,
                report)

    for sp in corpus.speakers:
        quotes = corpus.quotes_by_speaker.get(sp.id, [])
        quoted_in = {q.article for q in quotes}
        mentioned = [corpus.article(a) for a in set(sp.articles) - quoted_in if a in rank]
        items = sorted(quotes + mentioned, key=lambda it: rank[it.id if isinstance(it, Article) else it.article])
        add(f"speakers/{sp.id}", sp.name, items, dated, weigh)
    return listings
