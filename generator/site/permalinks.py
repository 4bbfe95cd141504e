"""Permalinks: every page URL the site has ever published keeps working.

The registry (a JSON file committed with the project) lists each published quote,
speaker and article page, and every page of the listings (indexes, a speaker's period
pages: see paginate.py). After a rebuild, a registered page that no longer exists
is rendered as a "gone" page that says what it was and points to its closest
surviving successor; where the successor is clearly the same thing under a new
URL (a renamed speaker, a renamed article file, a period page whose items now sit on
the page of its year), the page also redirects, keeping the #fragment.
"""
from __future__ import annotations

import json
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..model import Corpus
from ..model import fold, quote_words
from .paginate import renamed_key

REGISTRY_VERSION = 1


@dataclass
class Gone:
    """A registered page with no live content: what it was, and where to go instead."""

    path: str  # "quotes/abc.md"
    kind: str  # "quote", "speaker", "article", "listing"
    entry: dict  # what the registry remembers of it
    successor: str | None  # page path of the closest surviving page, or None
    successor_title: str
    redirect: bool  # True when the successor is the same thing under a new URL


def live_entries(corpus: Corpus) -> dict[str, dict]:
    """Registry entries for every page this corpus publishes."""
    entries: dict[str, dict] = {}
    for qid, occurrences in [*corpus.quotes_by_id.items(), *corpus.withdrawn.items()]:
        q = occurrences[0]
        entries[f"quotes/{qid}.md"] = {
            "kind": "quote", "text": q.text,
            "speaker": q.speaker.name if q.speaker else None,
            "articles": sorted({o.article for o in occurrences}),
        }
        if qid in corpus.first_seen:
            entries[f"quotes/{qid}.md"]["first_seen"] = corpus.first_seen[qid]
    for sp in corpus.speakers:
        entries[f"speakers/{sp.id}.md"] = {"kind": "speaker", "name": sp.name, "aliases": sorted(sp.aliases)}
    for art in corpus.articles:
        entries[corpus.article_pages[art.id]] = {
            "kind": "article", "id": art.id, "title": art.title, "content_hash": art.content_hash}
    for listing in corpus.listings.values():
        for node in listing.nodes():
            entries.setdefault(listing.page(node), {  # a speaker's first page is registered as the speaker
                "kind": "listing", "listing": listing.base, "keys": node.path, "title": listing.page_title(node)})
    return entries


def first_seen(registry: dict[str, dict], corpus: Corpus, today: str) -> dict[str, str]:
    """Quote id -> the day it first appeared on the site, for every quotation reported in an
    undated article: what the registry remembers, or `today` for a quotation new in this
    build. The feeds date such a quotation by it (an undated article gives no better date;
    1970-01-01 would be untrue), and the registry keeps it, so it stays the same."""
    undated = {a.id for a in corpus.articles if not a.date}
    return {qid: registry.get(f"quotes/{qid}.md", {}).get("first_seen") or today
            for qid, occ in corpus.quotes_by_id.items() if any(o.article in undated for o in occ)}


def load_registry(path: Path) -> dict[str, dict]:
    return _load(path)[0]


def load_correction_dates(path: Path) -> dict[str, dict]:
    """When each published correction first went out: {key: {"date", "digest"}} (see correct.py)."""
    return _load(path)[1]


def _load(path: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    if not path.exists():
        return {}, {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return dict(data["pages"]), dict(data.get("corrections", {}))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a permalink registry ({exc}); restore it from version control") from None


def registry_text(entries: dict[str, dict], corrections: dict[str, dict] | None = None) -> str:
    """Sorted and stable, so an unchanged corpus leaves the file byte for byte the same;
    one line per page, so a change shows in version control as the lines of the pages it
    touched. `corrections` keeps the date each correction was first published, so it
    stays dated. (Each line is encoded on its own: json's indenting encoder is pure
    Python, and took a third of a second for 1,000 articles.)"""
    blocks = [_json_block("corrections", corrections)] if corrections else []
    blocks += [_json_block("pages", entries), f' "version": {REGISTRY_VERSION}']
    return "{\n" + ",\n".join(blocks) + "\n}\n"


# json.dumps(v, ensure_ascii=False) and the same with sort_keys=True, as json.dumps makes
# them, made once: json.dumps makes its encoder again at every call given an argument
_KEY_JSON = json.JSONEncoder(ensure_ascii=False).encode
_VALUE_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _json_block(name: str, items: dict[str, object]) -> str:
    rows = ",\n".join([f"  {_KEY_JSON(key)}: {_VALUE_JSON(value)}" for key, value in sorted(items.items())])
    return f' "{name}": {{\n{rows}\n }}' if rows else f' "{name}": {{}}'


def merge(registry: dict[str, dict], live: dict[str, dict]) -> dict[str, dict]:
    """The new registry: every live page, plus every page ever published (never dropped)."""
    merged = dict(registry)
    merged.update(live)
    return merged


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    return sum((Counter(a) & Counter(b)).values()) / max(len(a), len(b))


def gone_pages(registry: dict[str, dict], corpus: Corpus, live: dict[str, dict] | None = None) -> list[Gone]:
    """Registered pages the corpus no longer has, each with its closest successor.
    live: live_entries(corpus), when the caller has them."""
    live = live_entries(corpus) if live is None else live
    gone: list[Gone] = []
    gone_quotes = [entry.get("text", "") for path, entry in registry.items()
                   if path not in live and entry.get("kind") == "quote"]
    index = _QuoteIndex(corpus, gone_quotes) if gone_quotes else None
    for path, entry in sorted(registry.items()):
        if path in live:
            continue
        kind = entry.get("kind")
        if kind == "quote":
            gone.append(quote_successor(path, entry, corpus, index))
        elif kind == "speaker":
            gone.append(_speaker_successor(path, entry, corpus))
        elif kind == "article":
            gone.append(_article_successor(path, entry, corpus))
        elif kind == "listing":
            gone.append(_listing_successor(path, entry, corpus, registry, live))
    return gone


SAME_WORDS = 0.5  # a quotation's successor shares at least this share of its words (the same article's: 0.4)


class _QuoteIndex:
    """The quotations of a corpus by the words of the gone ones (`texts`): each gone
    quotation is compared only with those that could score SAME_WORDS, not with every
    quotation of the archive (a registry gains a gone quotation with every reworded one).
    Positions and lengths only, in arrays: a few bytes per word of the archive's quotations."""

    def __init__(self, corpus: Corpus, texts: list[str]) -> None:
        wanted = {w for text in texts for w in quote_words(text)}
        self.qids = list(corpus.quotes_by_id)
        self.lengths = array("i")  # by position: how many words
        self.postings: dict[str, array] = {w: array("i") for w in wanted}
        for i, qid in enumerate(self.qids):
            words = quote_words(corpus.quotes_by_id[qid][0].text)
            self.lengths.append(len(words))
            for w in set(words) & wanted:
                self.postings[w].append(i)

    def candidates(self, words: list[str]) -> list[str]:
        """The quote ids (in the corpus's order) that may share enough of `words` to score
        SAME_WORDS with the same article's bonus (overlap 0.4): those whose shared words,
        counted as often as `words` has them (at least as many as _overlap counts), make
        0.39 of the longer's words (a margin for rounding: none is missed)."""
        shared: dict[int, int] = defaultdict(int)  # position -> at most this many words in common
        for w, n in Counter(words).items():
            for i in self.postings.get(w, ()):
                shared[i] += n
        return [self.qids[i] for i in sorted(shared) if shared[i] >= 0.39 * max(len(words), self.lengths[i])]


def quote_successor(path: str, entry: dict, corpus: Corpus, index: _QuoteIndex | None = None) -> Gone:
    """The gone quotation's closest surviving quotation (most words in common; the same
    article's first on a tie), else its article, else the index of quotes.
    index: the corpus's quotations by the gone ones' words (see gone_pages)."""
    words = quote_words(entry.get("text", ""))
    articles = set(entry.get("articles") or [])
    best, best_score = None, 0.0
    for qid in corpus.quotes_by_id if index is None else index.candidates(words):
        occurrences = corpus.quotes_by_id[qid]
        score = _overlap(words, quote_words(occurrences[0].text))
        if articles & {o.article for o in occurrences}:
            score += 0.1  # prefer the same article's quote on a tie
        if score > best_score:
            best, best_score = qid, score
    if best and best_score >= SAME_WORDS:
        return Gone(path, "quote", entry, f"quotes/{best}.md", corpus.quotes_by_id[best][0].text,
                    redirect=best_score >= 0.9)
    for art_id in sorted(articles):
        if art_id in corpus.article_pages:
            return Gone(path, "quote", entry, corpus.article_pages[art_id], corpus.article(art_id).title, False)
    return Gone(path, "quote", entry, "quotes/index.md", "all quotes", False)


def _speaker_successor(path: str, entry: dict, corpus: Corpus) -> Gone:
    names = {fold(n) for n in [entry.get("name", ""), *entry.get("aliases", [])] if n}
    for sp in corpus.speakers:
        if names & {fold(n) for n in [sp.name, *sp.aliases]}:
            return Gone(path, "speaker", entry, f"speakers/{sp.id}.md", sp.name, redirect=True)
    return Gone(path, "speaker", entry, "speakers/index.md", "all speakers", False)


def _article_successor(path: str, entry: dict, corpus: Corpus) -> Gone:
    for art in corpus.articles:
        if entry.get("content_hash") and art.content_hash == entry["content_hash"]:
            return Gone(path, "article", entry, corpus.article_pages[art.id], art.title, redirect=True)
    return Gone(path, "article", entry, "articles/index.md", "all articles", False)


def _listing_successor(path: str, entry: dict, corpus: Corpus, registry: dict[str, dict],
                       live: dict[str, dict]) -> Gone:
    """A listing page that is no longer there: re-paginated (its items now on the page of
    a coarser key, or all back on the first page), emptied, or of a speaker now under
    another name. It goes to the deepest page left on its path, which holds or lists
    whatever is left of its items."""
    base, keys = entry.get("listing", ""), list(entry.get("keys") or [])
    listing = corpus.listings.get(base)
    first = live.get(f"{base}.md")
    if listing is None and first:  # a quotation's reports fit on its page again
        return Gone(path, "listing", entry, f"{base}.md", first.get("text") or first.get("title", ""), redirect=True)
    if listing is None and base.startswith("speakers/") and f"{base}.md" in registry:
        moved = _speaker_successor(f"{base}.md", registry[f"{base}.md"], corpus)  # the same speaker, renamed?
        listing = corpus.listings.get(moved.successor[:-len(".md")]) if moved.redirect else None
    if listing is None:  # a speaker no longer here, or no unattributed quotes left
        if base.startswith("speakers/"):
            return Gone(path, "listing", entry, "speakers/index.md", "all speakers", redirect=False)
        return Gone(path, "listing", entry, "quotes/index.md", "all quotes", redirect=False)
    node = listing.root
    for key in map(renamed_key, keys):  # a part of a day as earlier builds named it: its range now
        if key not in node.children:
            break
        node = node.children[key]
    return Gone(path, "listing", entry, listing.page(node), listing.page_title(node), redirect=True)
