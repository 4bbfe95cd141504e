"""Search at any size: the search index split into small files that a query loads on demand.

Material's search worker builds a lunr index of every indexed page in the browser
before it can answer: 1.4-1.6 s for 1,000 articles and about 20 s for 10,000, and
from file:// that build also freezes the page. After MkDocs has written
`search/search_index.json` (what pages are indexed is unchanged: see README "What
search indexes"), this module splits it into

* `search/shards/<hex of a 2-letter prefix>.js`: for each word starting with those
  letters, the documents it occurs in (id * 2, + 1 when in the title);
* `search/docs/<n>.js`: the documents themselves (location, title, text, boost,
  parent), DOCS_PER_FILE at a time;

leaving out the words of STOP_WORDS. In `search_index.json` (and the offline build's
`search_index.js`) stays only Material's search config, with the list of shards added.
`assets/search/worker.js` answers
Material's search box from these files, loading the shards of the words typed and
the documents it shows. Both are scripts (not JSON) so that a page opened from disk
can load them too. Words are compared folded (accents and case ignored) by the same
rule here and in the worker: `fold_words`.
"""
from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

DOCS_PER_FILE = 50
PREFIX = 2  # letters of a word that name its shard
# Not indexed, and dropped from queries (worker.js: STOP_WORDS): lunr's English list, which
# Material's search uses too. They occur in most documents: their shards would be most
# of what a query loads, for words that tell no document from another.
STOP_WORDS = frozenset("""
a able about across after all almost also am among an and any are as at be because been but by can cannot could
dear did do does either else ever every for from get got had has have he her hers him his how however i if in into
is it its just least let like likely may me might most must my neither no nor not of off often on only or other our
own rather said say says she should since so some than that the their them then there these they this tis to too
twas us wants was we were what when where which while who whom why will with would yet you your""".split())
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W_]+")


def fold_words(text: str) -> list[str]:
    """The words of a text, without accents, lower case (worker.js: foldWords)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        marks = {ord(c): None for c in set(text) if _is_mark(c)}
        if marks:
            text = text.translate(marks)
    return _WORD.findall(text.lower())


@functools.cache
def _is_mark(c: str) -> bool:
    return unicodedata.category(c).startswith("M")


def plain(markup: str) -> str:
    """The text of an HTML fragment (most titles have no tag and no reference)."""
    if "<" in markup:
        markup = _TAG.sub(" ", markup)
    return html.unescape(markup) if "&" in markup else markup


def shard_name(prefix: str) -> str:
    return prefix.encode("utf-8").hex()


def entry_words(doc: dict) -> tuple[str, int]:
    """What the split keeps of one search entry: its words once each, in order (the title's
    first), folded, without STOP_WORDS, as one line; and how many of them, at its start,
    are the title's (the title's words are first, and only they are in it)."""
    title_words = fold_words(plain(doc.get("title", "")))
    in_title = set(title_words) - STOP_WORDS
    ordered = [w for w in dict.fromkeys([*title_words, *fold_words(plain(doc.get("text", "")))])  # in order: same bytes
               if w not in STOP_WORDS]
    return " ".join(ordered), len(in_title)


def split_index(site_dir: Path, words: list[tuple[str, int]] | None = None) -> None:
    """Replace site_dir's search index by its shards and documents (see the docstring).
    words: entry_words() of each entry of the index, in its order, where the build has
    them (folding every entry's words again was most of the split: a one-article publish
    folds only the pages it rendered); without them, or not one per entry, they are made."""
    index_file = site_dir / "search" / "search_index.json"
    if not index_file.is_file():  # search switched off
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    docs = index.get("docs", [])
    pages: dict[str, int] = {}
    postings: dict[str, dict[str, list[int]]] = defaultdict(dict)  # prefix -> word -> entries
    if words is None or len(words) != len(docs):  # (not the entries they were folded from: fold them all)
        words = [entry_words(doc) for doc in docs]
    for i, (doc, (line, in_title)) in enumerate(zip(docs, words)):
        pages.setdefault(doc["location"].split("#")[0], i)
        for n, word in enumerate(line.split()):
            postings[word[:PREFIX]].setdefault(word, []).append(i * 2 + (n < in_title))
    out = site_dir / "search"
    for prefix, words in postings.items():
        _write_script(out / "shards" / f"{shard_name(prefix)}.js", "__searchShard", prefix, dict(sorted(words.items())))
    for start in range(0, len(docs), DOCS_PER_FILE):
        rows = [[d["location"], d.get("title", ""), d.get("text", ""), d.get("boost", 1),
                 pages[d["location"].split("#")[0]]] for d in docs[start:start + DOCS_PER_FILE]]
        _write_script(out / "docs" / f"{start // DOCS_PER_FILE}.js", "__searchDocs", start // DOCS_PER_FILE, rows)
    # Material's page hands the worker only `config` and `docs`: the list goes in config
    shards = {"docs": len(docs), "per_file": DOCS_PER_FILE, "prefix": PREFIX, "names": sorted(postings)}
    small = {"config": {**index["config"], "shards": shards}, "docs": []}
    text = json.dumps(small, ensure_ascii=False, separators=(",", ":"))
    index_file.write_text(text, encoding="utf-8")
    if (out / "search_index.js").is_file():  # the offline build's copy, for file://
        (out / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")


def _write_script(path: Path, function: str, key: object, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # JSON is a JavaScript expression; "</" and U+2028/9 escaped keep it one inert script
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    body = body.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    path.write_text(f"{function}({json.dumps(key)},{body})\n", encoding="utf-8")
