"""Render: a linked `Corpus` in, the Markdown pages of `site_src/` out (path -> text).

Article text is data, never markup. Every value a template prints is escaped for
Markdown *and* HTML by default (Jinja's `finalize`), so a template cannot forget to;
only fragments this module builds itself are marked safe with `Markup`.
"""
from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import hashlib
import html
import itertools
import json
import marshal
import re
from collections import Counter
from collections.abc import Callable, Iterator
from urllib.parse import quote
from pathlib import Path

import jinja2
from markupsafe import Markup

from .export import html_path
from .feeds import SITE_FEED, speaker_feed_path
from ..model import Article, Corpus, QuoteRecord
from ..model import Speaker, quote_words
from .paginate import (NO_OUTLET, QUOTES_PER_SPEAKER, SHOWN_QUOTE, Listing, Node, kind, latest_quotes,
                       period_label)
from .permalinks import Gone

TEMPLATES = Path(__file__).parent / "templates"

# Characters that start Markdown/HTML syntax anywhere in a line, written as numeric
# character references: every Markdown engine shows those as the plain character and
# none parses them as syntax (backslash escapes differ between engines and extensions).
_INLINE_SPECIAL = re.compile(r"[&<>\\`*_\[\]{}|~^=]")
# Characters that only matter at the start of a line: headings, lists, quotes, rules,
# admonitions ("!!!", "???").
_LINE_START = re.compile(r"^([#>+\-=!?]|\d+[.)])")


def _inline(text: str) -> str:
    text = re.sub(r"\s+", " ", text)  # one line: no hard breaks, no blocks
    return _INLINE_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)


def _line_start(text: str) -> str:
    return _LINE_START.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group(1)), text)


def md_text(value: object) -> str:
    """Plain text -> Markdown that renders as exactly that text, on one line."""
    return _line_start(_inline(str(value)).strip())


def html_attr(value: object) -> str:
    """Text for an HTML attribute value or a page title in front matter."""
    return html.escape(" ".join(str(value).split()), quote=True)


def _finalize(value: object) -> object:
    if isinstance(value, Markup) or value is None:
        return "" if value is None else value
    if isinstance(value, (int, float)):
        return value
    return _md_text_of_str(value) if type(value) is str else md_text(value)


@functools.lru_cache(maxsize=1 << 16)
def _md_text_of_str(value: str) -> str:
    """md_text of a string: names, titles, outlets and dates recur on thousands of pages."""
    return md_text(value)


class _Environment(jinja2.Environment):
    """Templates take the globals as they are when first loaded, as a plain dict. Jinja's
    ChainMap (which follows later changes) was copied key by key for every page, and it
    made an import with the importer's globals a new module each time. iter_pages sets
    every global before it loads a template (14% of the rendering time at 1,000 articles)."""

    def make_globals(self, d):
        return {**self.globals, **(d or {})}


def make_env() -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        auto_reload=False,  # templates do not change during a build: no stat() for every page
        autoescape=False,  # Markdown out: escaping is md_text, applied by finalize
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(
        front_matter=front_matter,
        link=link,
        md=lambda v: Markup(md_text(v)),  # escape now, to build a fragment in a template
        safe=Markup,  # only for fragments built from escaped parts or our own ids
    )
    env.filters["urlencode_url"] = safe_url
    env.filters["described"] = described
    return env


def safe_url(url: str) -> str:
    """An http(s) URL from front matter, percent-encoded so it cannot end a Markdown link."""
    if not re.match(r"https?://", url):
        return "#"
    return quote(url, safe="/:?#@!$&'*+,;=%-._~")


def front_matter(**fields: object) -> Markup:
    """YAML front matter. Titles are HTML-escaped because MkDocs themes print them raw.

    Each value is written as JSON, which is YAML too (a double-quoted string, a number, a
    flow mapping), in ASCII so that no character of an article can end or bend it: the
    same data as yaml.dump gives, five times faster over thousands of pages."""
    lines = [f"{k}: {_yaml_value(html_attr(v) if k in ('title', 'description') else v)}\n"
             for k, v in fields.items() if v is not None]
    return Markup("---\n" + "".join(lines) + "---\n")


_NOT_ASCII = re.compile("[^\x20-\x7e]")


def _yaml_value(value: object) -> str:
    """JSON with every character outside printable ASCII escaped the way YAML reads it
    (\\uXXXX, and \\UXXXXXXXX beyond the first plane, where JSON would write surrogates)."""
    return _NOT_ASCII.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) < 0x10000
                          else f"\\U{ord(m.group()):08x}", json.dumps(value, ensure_ascii=False))


def link(path: str, from_page: str, anchor: str = "") -> Markup:
    """Relative Markdown link target from one page to another (both relative to site_src)."""
    depth = from_page.count("/")
    return Markup("../" * depth + path + (f"#{anchor}" if anchor else ""))


_CLOSING = re.compile("[,.;:!?]?[\u201d\u2019\"'\u00bb]")


def marked_paragraph(text: str, spans: list[tuple[int, int, QuoteRecord]], page: str,
                     phrases: set[int] | frozenset[int] = frozenset(), pages: set[str] | None = None) -> Markup:
    """A paragraph with each quoted span wrapped in an anchored <mark>, linked to its quote page.

    spans: (start, end, quote); overlapping spans are skipped.
    phrases: id() of the quote records that are phrases (link.is_phrase): marked, with no
    page to link to. pages: ids of the speakers with a page (None: all have one).
    """
    out: list[str] = []
    pos = 0
    for start, end, q in sorted(spans, key=lambda s: s[0]):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(_inline(text[pos:start]))
        phrase = id(q) in phrases
        who = "a quoted phrase, not a quotation" if phrase else q.speaker.name if q.speaker else _lower_first(
            speaker_label(q))
        out.append(f'<mark class="quote" id="{q.anchor}" title="{html_attr(who)}">{_inline(text[start:end])}</mark>')
        closing = _CLOSING.match(text, end)  # the link goes after the closing mark ('Q,”')
        if closing:
            out.append(_inline(closing.group()))
            end = closing.end()
        if not phrase:
            out.append(f'<sup>[¶]({link(q.page, page)} "Quote page")</sup>')
        pos = end
    out.append(_inline(text[pos:]))
    return Markup(_line_start("".join(out).strip()))


def _attributed(q: QuoteRecord, page: str, page_ids: frozenset[str]) -> Markup:
    """Markdown naming the speaker of one occurrence (linked where they have a page)."""
    def name(sp: Speaker) -> str:
        return f"[{md_text(sp.name)}]({link(f'speakers/{sp.id}.md', page)})" if sp.id in page_ids else md_text(sp.name)
    if q.speaker:
        return Markup(name(q.speaker))
    if q.described_as:
        return Markup(md_text(described(q.described_as)))
    return Markup(f"Speaker uncertain (possibly {name(q.guess)})" if q.guess else "Unattributed")


def described(description: str) -> str:
    """A speaker the text describes without a name: "a spokesperson for the agency (not
    named)"; a definite description ("the City boss", "her lawyer") as the text gives it,
    for the article may name that person elsewhere (issue 27: "the mayor (not named)" after
    the story had named the mayor)."""
    first = description.split(maxsplit=1)[0].lower() if description.split() else ""
    definite = first in ("the", "his", "her", "their", "its", "our") or first.endswith(("'s", "\u2019s"))
    return description if definite else f"{description} (not named)"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def speaker_label(q: QuoteRecord) -> str:
    """Who said it, as every page, feed entry and citation names the speaker of one occurrence."""
    if q.speaker:
        return q.speaker.name
    if q.described_as:
        label = described(q.described_as)
        return f"{label[:1].upper()}{label[1:]}"
    return f"Speaker uncertain (possibly {q.guess.name})" if q.guess else "Unattributed"


def _marked_paragraphs(corpus: Corpus, art: Article) -> list[Markup]:
    """An article page's paragraphs, each quotation and phrase marked (marked_paragraph)."""
    spans = _article_spans(corpus, art.id)
    phrases = {id(p) for p in corpus.phrases.get(art.id, [])}
    return [marked_paragraph(text, spans.get(i, []), corpus.article_pages[art.id], phrases)
            for i, text in enumerate(art.paragraphs)]


def _article_spans(corpus: Corpus, article_id: str) -> dict[int, list]:
    spans: dict[int, list] = {}
    for q in [*corpus.quotes_by_article.get(article_id, []), *corpus.phrases.get(article_id, [])]:
        spans.setdefault(q.paragraph, []).append((q.start, q.end, q))
    return spans


@functools.lru_cache(maxsize=100_000)
def _word_key(word: str) -> str:
    """A word as word_diff compares it (the same words recur in every variant)."""
    return " ".join(quote_words(word))


def word_diff(this: str, other: str) -> tuple[Markup, Markup]:
    """Both texts as escaped Markdown, with the words that differ wrapped in <del>/<ins>.

    Words are compared by their letters and digits only: case, accents and the
    punctuation around them (a closing comma or full stop, brackets) do not count.
    """
    a, b = re.findall(r"\S+\s*", " ".join(this.split())), re.findall(r"\S+\s*", " ".join(other.split()))
    left: list[str] = []
    right: list[str] = []
    matcher = difflib.SequenceMatcher(None, [_word_key(w) for w in a], [_word_key(w) for w in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = _inline("".join(a[i1:i2])).strip(), _inline("".join(b[j1:j2])).strip()
        if op == "equal":
            left.append(old)
            right.append(new)
            continue
        if old:
            left.append(f"<del>{old}</del>")
        if new:
            right.append(f"<ins>{new}</ins>")
    return Markup(_line_start(" ".join(left))), Markup(_line_start(" ".join(right)))


def _copy_button(qid: str) -> str:
    return (f'<button class="md-button copy-link" type="button" data-permalink="{qid}.html" '
            f'title="Copy this page\'s permanent link">Copy link</button>')


def _quote_context(corpus: Corpus, occ: QuoteRecord) -> list[Markup]:
    """The paragraph of one occurrence, with only this quote highlighted and no links."""
    text, start, end = corpus.article(occ.article).paragraphs[occ.paragraph], occ.start, occ.end
    return [Markup(_line_start((_inline(text[:start]) + '<mark class="quote">' + _inline(text[start:end])
                                + "</mark>" + _inline(text[end:])).strip()))]


def attribution(q: QuoteRecord) -> str:
    """Who said one occurrence, in a few words: as the quote page's heading, its citation and
    embed, its social card and the feeds name the speaker (speaker_label adds the guess)."""
    if q.speaker:
        return q.speaker.name
    if q.described_as:
        return q.described_as[:1].upper() + q.described_as[1:]
    return "Speaker uncertain" if q.guess else "Unattributed"


def _attribution_key(q: QuoteRecord) -> tuple:
    return ("speaker", q.speaker.id) if q.speaker else ("described", q.described_as) if q.described_as else \
        ("guess", q.guess.id) if q.guess else ("none",)


_NAMED_FIRST = {"speaker": 0, "described": 1, "guess": 2, "none": 3}


def attributions(occurrences: list[QuoteRecord]) -> list[list[QuoteRecord]]:
    """The occurrences of one quotation grouped by who they are attributed to: one group
    when every report agrees; else named speakers first, then descriptions, then the
    uncertain and the unattributed, each in order of first appearance."""
    groups: dict[tuple, list[QuoteRecord]] = {}
    for o in occurrences:
        groups.setdefault(_attribution_key(o), []).append(o)
    return sorted(groups.values(), key=lambda g: _NAMED_FIRST[_attribution_key(g[0])[0]])


def _names(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}" if len(labels) <= 3 \
        else f"{', '.join(labels[:2])} and {len(labels) - 2} others"


def who_said(groups: list[list[QuoteRecord]]) -> str:
    """Who said a quotation, as its page's heading and title, its citation and embed and its
    social card all name them (groups: attributions()). One attribution reads as
    attribution() gives it. When reports differ: the named speakers, then the descriptions
    (lowercase as the article wrote them, after the first: "Jo Roe and the head of the
    board"), then "an uncertain speaker" or "an unnamed speaker" for the reports that name
    no one, each said once; more than three read "A, B and 4 others". Reports that differ
    only in their uncertain guesses read "Speaker uncertain", once."""
    if len(groups) == 1:
        return attribution(groups[0][0])
    labels: list[str] = []
    for g in groups:
        q = g[0]
        if q.speaker or q.described_as:
            label = q.speaker.name if q.speaker else attribution(q) if not labels else _after_and(q.described_as)
        elif not labels:
            return attribution(q)  # no report names anyone: the first is a guess ("Speaker uncertain")
        else:
            label = "an uncertain speaker" if q.guess else "an unnamed speaker"
        if label not in labels:
            labels.append(label)
    return _names(labels)


# Words that open a description and are lowercase inside a sentence ("and the head of"),
# unlike a name that opens one ("and New York officials").
_DETERMINERS = frozenset("the a an one two three some many several another other this that these those his her "
                         "its their our my your each every both all most few".split())


def _after_and(description: str) -> str:
    """A description as it reads after a name and "and": its opening determiner lowercase."""
    first = description.split(" ", 1)[0]
    return first.lower() + description[len(first):] if first.lower() in _DETERMINERS else description


def social_title(groups: list[list[QuoteRecord]], text: str, who: str | None = None) -> str:
    """The social card's title, as a sentence: who said what (who: who_said(groups))."""
    who = who_said(groups) if who is None else who
    words = " ".join(text.split())
    short = words if len(words) <= 70 else words[:69].rsplit(" ", 1)[0] + "\u2026"
    if any(g[0].speaker or g[0].described_as for g in groups):
        return f"{who} said: \u201c{short}\u201d"
    if groups[0][0].guess:
        return f"\u201c{short}\u201d: who said it is uncertain"
    return f"\u201c{short}\u201d: no speaker is named"


# The end of a sentence already: a full stop, question or exclamation mark, then any closing
# quotation marks or brackets ("... In Question.\u2019\u201d" takes no other full stop).
_ENDS_SENTENCE = re.compile("[.!?\u2026][\u2019\u201d\u203a\u00bb\"')\\]]*$")


def _full_stop(text: str) -> str:
    return text if _ENDS_SENTENCE.search(text) else text + "."


def _citation(corpus: Corpus, groups: list[list[QuoteRecord]], who: str, words: str, url: str) -> tuple[str, str]:
    """The "Cite this" text and the embed code: who said it (who_said, as the heading), the
    words (as the page shows them), and the article of the first report (of the first
    speaker named); when reports differ on the speaker, how many other reports there are.
    A source that ends its own sentence ("\u201c... In Question.\u2019\u201d") takes no other full stop."""
    q = groups[0][0]
    art = corpus.article(q.article)
    others = sum(map(len, groups)) - 1 if len(groups) > 1 else 0
    also = f" and {others} other report{'s' if others != 1 else ''}" if others else ""
    source = ", ".join(x for x in (f"\u201c{art.title}\u201d", art.outlet, art.date) if x)
    text = " ".join(words.split())
    plain = f"{who}: \u201c{text}\u201d Quoted in {_full_stop(source + also)} {url}"
    embed = (f'<blockquote class="quote-embed"><p>\u201c{html.escape(text)}\u201d</p>'
             f'<footer>\u2014 {html.escape(who)}, <a href="{html.escape(url)}">{html.escape(source)}</a>'
             f"{also}</footer></blockquote>")
    return plain, embed


class _Roles:
    """Each speaker's roles by article (in the order of Speaker.roles), made on first use:
    every report on a quote page asks for its article's, and a speaker quoted in thousands
    of articles has as many roles (looking through them all for each report made the quote
    pages quadratic in the archive)."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[Speaker, dict[str, list[str]]]] = {}  # id(): the speaker is held

    def by_article(self, speaker: Speaker) -> dict[str, list[str]]:
        made = self._made.get(id(speaker))
        if made is None:
            roles: dict[str, list[str]] = {}
            for role, art in speaker.roles:
                roles.setdefault(art, []).append(role)
            made = self._made[id(speaker)] = (speaker, roles)
        return made[1]

    def shown(self, occurrences: list[QuoteRecord]) -> list[str]:
        """The roles shown with one speaker's occurrences: an editor's, else those the article gives."""
        return list(dict.fromkeys(r for o in occurrences for r in (
            [o.role] if o.role else self.by_article(o.speaker).get(o.article, []) if o.speaker else [])))


class _Reports:
    """What an article page says of each of its quotations' other reports: the first
    ALSO_REPORTED other articles (by id) reporting its words or a variant of them, and how
    many there are. Each quotation's reports are listed and sorted once, not once per
    article reporting it: words reported in a thousand articles made every one of those
    pages list and sort the other 999 (the article pages were quadratic in the archive)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._articles: dict[str, list[str]] = {}  # quote id -> the articles reporting it or a variant, sorted

    def articles(self, qid: str) -> list[str]:
        found = self._articles.get(qid)
        if found is None:
            by_id = self.corpus.quotes_by_id
            found = self._articles[qid] = sorted({o.article for vid in [qid, *self.corpus.variants.get(qid, [])]
                                                  for o in by_id.get(vid, [])})
        return found

    def also(self, qid: str, article_id: str) -> dict:
        """{"shown": the first ALSO_REPORTED other articles, "total": how many others}."""
        shown, total = self.also_ids(qid, article_id)
        return dict(shown=[self.corpus.article(a) for a in shown], total=total)

    def also_ids(self, qid: str, article_id: str) -> tuple[list[str], int]:
        """The ids of also()'s articles, and their total."""
        every = self.articles(qid)
        i = bisect.bisect_left(every, article_id)
        here = i < len(every) and every[i] == article_id
        return [a for a in every[:ALSO_REPORTED + 1] if a != article_id][:ALSO_REPORTED], len(every) - here


def article_anchor(corpus: Corpus, article_id: str) -> str:
    """The id of an article's entry on the listing pages: "a-" and its page's slug."""
    return "a-" + corpus.article_pages[article_id][len("articles/"):-len(".md")]


def by_article(quotes: list[QuoteRecord]) -> list[tuple[str, list[QuoteRecord]]]:
    """Consecutive quotations of one article, as (article id, quotes)."""
    groups: list[tuple[str, list[QuoteRecord]]] = []
    for q in quotes:
        if groups and groups[-1][0] == q.article:
            groups[-1][1].append(q)
        else:
            groups.append((q.article, [q]))
    return groups


def by_outlet(articles: list) -> list[tuple[str, list]]:
    groups: dict[str, list] = {}
    for art in articles:
        groups.setdefault(art.outlet or NO_OUTLET, []).append(art)
    return list(groups.items())


ALSO_REPORTED = 10  # an article page names this many other reports of a quotation; its quote page has all
LATEST = 10  # the first page of a split speaker or quotation shows this many of the latest items
BAR_WIDTH = 30  # characters of the longest bar in a timeline
BAR = "\u2588"  # full block
TIMELINE_ROWS = 30  # a timeline shows its sub-pages' own sub-pages too while they fit in this many rows


def timeline(listing: Listing, node: Node, measure: str) -> list[dict]:
    """Rows of a page's timeline: one per sub-page, linked, followed by that page's own
    sub-pages when all fit in TIMELINE_ROWS (a year, then its months); on a page that
    holds its items, one per month. Rows at the finest level shown get a bar of text as
    long as their `measure` count; the rows above them are headings."""
    if node.leaf:
        tallies: dict[str, Counter] = {}
        for item in node.items:
            keys = listing.keys(item)
            tallies.setdefault(keys[0] if keys[0] == "undated" else keys[1], Counter())[kind(item)] += 1
        rows = [dict(label=period_label(k), page=None, tally=t, heading=False) for k, t in tallies.items()]
    else:
        children = node.shown_children()
        finer = {c.key: c.shown_children() for c in children if not c.leaf}
        if len(children) + sum(map(len, finer.values())) > TIMELINE_ROWS:
            finer = {}
        rows = []
        for c in children:
            rows.append(dict(label=listing.label(c.key), page=listing.page(c), tally=c.tally, heading=c.key in finer))
            rows += [dict(label=listing.label(g.key), page=listing.page(g), tally=g.tally, heading=False)
                     for g in finer.get(c.key, [])]
    most = max((r["tally"][measure] for r in rows if not r["heading"]), default=0)
    for r in rows:
        width = -(-BAR_WIDTH * r["tally"][measure] // most) if most and not r["heading"] else 0  # rounded up
        r["bar"] = Markup(f'<span class="bar" aria-hidden="true">{BAR * width}</span>') if width else ""
    return rows


def _roles_summary(corpus: Corpus, speaker: Speaker, rank: dict[str, tuple]) -> list[dict]:
    """Each role once, most often given first, with the latest article (by `rank`) giving it.
    A role written differently is one role: "Sanders's spokesman", "Sanders' spokesman",
    "The finance minister" (read on the real-set site: a speaker page listed all three)."""
    roles: dict[str, dict] = {}
    for role, art in speaker.roles:
        r = roles.setdefault(_role_key(role), dict(role=role, count=0, latest=art))
        r["count"] += 1
        if rank.get(art, ("", "")) > rank.get(r["latest"], ("", "")):
            r["latest"] = art
    return sorted((r for r in roles.values() if r["latest"] in corpus.article_pages),
                  key=lambda r: (-r["count"], r["role"]))


def _role_key(role: str) -> str:
    words = re.sub(r"['\u2019]s?(?=\s|$)", "", role.lower()).split()
    return " ".join(words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words)


# The template of each listing's pages, and what its timelines count (speakers' own
# listings use speaker.md.j2; the alphabetical ones link their sub-pages by name instead).
LISTING_TEMPLATES = {"articles/index": ("articles_index.md.j2", "articles"),
                     "articles/outlets": ("outlets.md.j2", "articles"),
                     "quotes/by-date": ("quotes_by_date.md.j2", "quotes"),
                     "quotes/unattributed": ("quotes_by_date.md.j2", "quotes"),
                     "quotes/index": ("quotes_index.md.j2", None), "speakers/index": ("speakers_index.md.j2", None)}
# The listings whose pages show only their own items (and the articles of these): a page is
# kept, as an article page is, while what it shows is unchanged (see iter_pages).
DIGESTED_LISTINGS = frozenset({"articles/index", "articles/outlets", "quotes/by-date", "quotes/unattributed"})
# The indexes by name: their first page counts the whole archive and is made every time;
# the pages below it show only their own speakers, and are kept while those are unchanged.
NAME_LISTINGS = frozenset({"quotes/index", "speakers/index"})


class Kept(str):
    """In place of a page's Markdown (iter_pages with `known`): the page is made from exactly
    the inputs of the last build's, whose file is kept as it is (files.write_tree links it)."""


KEPT = Kept("")


_PLAIN = frozenset({str, int, float, bool, type(None)})  # values whose repr is their fingerprint
_MARSHALLED = _PLAIN | {list, tuple, dict}  # what a container of plain data starts with
_PLAIN_QUOTE_FIELDS = tuple(f.name for f in dataclasses.fields(QuoteRecord)
                            if f.name not in ("speaker", "guess", "candidates"))
_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name != "source")
_SPEAKER_FIELDS = tuple(f.name for f in dataclasses.fields(Speaker))


class _Inputs:
    """A page's inputs as one digest: its template's context, and what the template reads
    of the corpus beyond it (given as `extra`). Model objects are fingerprinted once per
    build: articles and quotes by every field, speakers by what article and quote pages
    show of them (id, name, whether they have a page: a template that shows more of a
    speaker on those pages must add it here)."""

    def __init__(self, page_ids: frozenset[str]) -> None:
        self.page_ids = page_ids
        self._memo: dict[int, str] = {}
        self._links: dict[int, str] = {}  # an article as a link shows it (one is linked from many pages)

    def digest(self, template: str, ctx: dict, extra: object = (), links: tuple[str, ...] = ()) -> str:
        """links: the context's keys whose articles the page only links to (by title,
        outlet and date): their other fields do not count."""
        parts = [template, *[f"\0{key}\0{self.fp(ctx[key], key in links)}" for key in sorted(ctx)],
                 f"\0\0{self.fp(extra)}"]
        return hashlib.sha256("".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def digest_plain(self, template: str, data: tuple) -> str:
        """A page's digest from `data`: all it is made from, as plain data, each model object in
        it given as its fingerprint (fp) by the caller. One marshal and one hash: a quote page's
        parts hashed one by one (as digest does) were most of its cost, on every quote page of
        every build."""
        try:
            return hashlib.sha256(marshal.dumps((template, data), 2)).hexdigest()
        except ValueError:  # (a str subclass somewhere: marshal takes only the built-in types)
            return self.digest(template, {"data": data})

    def fp(self, value: object, link: bool = False) -> str:
        kind_of = type(value)
        if kind_of in _PLAIN:
            return repr(value)
        if link and kind_of is Article:  # (before the memo, which holds its whole fingerprint)
            made = self._links.get(id(value))
            if made is None:
                made = self._links[id(value)] = repr(("A", value.id, value.title, value.outlet, value.date))
            return made
        memo = self._memo.get(id(value))  # a model object met before (they live as long as the build)
        if memo is not None:
            return memo
        if kind_of is dict or (kind_of is list or kind_of is tuple) and (not value or type(value[0]) in _MARSHALLED):
            try:  # plain data all through, as most is (a report's article fields, names, spans): one pass in C.
                # marshal's version 2 writes values, never references to objects met before, and refuses
                # anything but the built-in types (a model object, Markup): those are taken apart below
                # (a list that starts with one is not tried)
                return "M" + hashlib.sha256(marshal.dumps(value, 2)).hexdigest()
            except ValueError:
                pass
        if kind_of is list or kind_of is tuple:  # plain values inline: most lists are of them (spans, names)
            if link:
                return "[" + ",".join([repr(v) if type(v) in _PLAIN else self.fp(v, True) for v in value]) + "]"
            memo = self._memo  # (a model object met before: its fingerprint without a call)
            return "[" + ",".join([repr(v) if type(v) in _PLAIN else memo.get(id(v)) or self.fp(v) for v in value]) + "]"
        if isinstance(value, (str, int, float, bool)):  # Markup, a str; an enum
            return repr(value)
        if isinstance(value, (list, tuple)):
            return "[" + ",".join([self.fp(v, link) for v in value]) + "]"
        if isinstance(value, dict):
            return "{" + ",".join([f"{self.fp(k)}:{self.fp(v, link)}" for k, v in value.items()]) + "}"
        if isinstance(value, Speaker):  # all an article or quote page shows of a speaker (roles come in the context)
            made = repr(self._speaker(value))
        elif isinstance(value, Listing):  # its pages and their items (its key and label functions are code)
            made = _plain_fp("L", (value.base, value.title, self.fp(value.root)))
        elif isinstance(value, Node):  # (its parts as plain data, in one pass: a marshal tried on its items failed)
            memo = self._memo
            made = _plain_fp("N", (value.key, value.path, [memo.get(id(v)) or self.fp(v) for v in value.items],
                                   [(key, self.fp(child)) for key, child in value.children.items()],
                                   dict(value.tally)))
        elif isinstance(value, QuoteRecord):  # its plain fields as they are, its speakers as above
            made = _plain_fp("Q", (tuple([getattr(value, name) for name in _PLAIN_QUOTE_FIELDS]),
                                   self._speaker(value.speaker), self._speaker(value.guess),
                                   [(self._speaker(sp), p) for sp, p in value.candidates]))
        elif isinstance(value, Article):  # every field but where it was read from (the folder may move)
            made = _plain_fp("A", tuple([getattr(value, name) for name in _ARTICLE_FIELDS]))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):  # a Correction
            made = repr(value)
        else:
            raise TypeError(f"no fingerprint for {type(value).__name__} (a page's inputs must be data)")
        made = hashlib.sha256(made if type(made) is bytes else made.encode("utf-8", "surrogatepass")).hexdigest()
        self._memo[id(value)] = made
        return made

    def _speaker(self, sp: Speaker | None) -> tuple | None:
        return None if sp is None else ("S", sp.id, sp.name, sp.id in self.page_ids)

    def link_data(self, art: Article) -> tuple:
        """An article as a page that only links to it shows it (see digest's links)."""
        return ("A", art.id, art.title, art.outlet, art.date)


def _plain_rows(rows: list[dict]) -> list[dict]:
    """A timeline's rows (timeline()) as plain data: their tallies as dicts, their bars as str."""
    return [{k: dict(v) if isinstance(v, Counter) else str(v) if isinstance(v, Markup) else v for k, v in r.items()}
            for r in rows]


def _plain_fp(tag: str, value: tuple) -> bytes:
    """What a model object's fingerprint hashes, from its fields (value): their marshal (one
    pass in C) when they are plain data all through, as they nearly always are; their repr
    when not (a Correction, a str subclass). Tagged apart, so the two never meet."""
    try:
        return f"{tag}M".encode() + marshal.dumps(value, 2)
    except ValueError:
        return f"{tag}R{value!r}".encode("utf-8", "surrogatepass")


def render_site(corpus: Corpus, gone: list[Gone] = (), site_url: str = "") -> dict[str, str]:
    """All Markdown pages of the site, as {path relative to site_src: text}."""
    return dict(iter_pages(corpus, gone, site_url))


def iter_pages(corpus: Corpus, gone: list[Gone] = (), site_url: str = "",
               part: tuple[int, int] = (0, 1), known: dict[str, str] | None = None,
               digests: dict[str, str] | None = None) -> Iterator[tuple[str, str]]:
    """The Markdown pages of the site one at a time, (path relative to site_src, text): a
    build writes each as it comes, and never holds the whole site's Markdown at once.
    part (k, n): only the k-th of every n pages (an article, a speaker or a quotation
    counts once, with all its pages), for n processes sharing the work.

    known: the digest of each page's inputs in the last build, whose site_src is kept
    (see _Inputs; article, quote and speaker pages have one). A page whose inputs have that
    digest is not rendered: KEPT is given instead of its text. digests: filled with
    this build's digests, to be `known` next time."""
    env = make_env()
    site_url = site_url.rstrip("/") + "/" if site_url else ""
    speakers_sorted = sorted(corpus.speakers, key=lambda s: (-len(corpus.quotes_by_speaker.get(s.id, [])), s.name))
    articles_by_date = sorted(corpus.articles, key=lambda a: (a.date or "", a.id), reverse=True)
    listings = corpus.listings
    page_ids = frozenset(s.id for s in corpus.speakers)  # speakers with a page
    # what every page may show: globals, so that _listing.md.j2's macros see them too
    env.globals.update(corpus=corpus, speakers_sorted=speakers_sorted, articles_by_date=articles_by_date,
                       named_quotes=sum(1 for q in corpus.quotes if q.speaker),
                       quoted_speakers=sum(1 for s in corpus.speakers if corpus.quotes_by_speaker.get(s.id)),
                       has_page=lambda sp: sp is not None and sp.id in page_ids,
                       attributed=lambda q, page: _attributed(q, page, page_ids),
                       article_anchor=lambda art_id: article_anchor(corpus, art_id), by_article=by_article,
                       by_outlet=by_outlet, latest_quotes=lambda sp: latest_quotes(corpus, sp),
                       of_kind=lambda items, k: [i for i in items if kind(i) == k],
                       quote_context=lambda occ: _quote_context(corpus, occ),
                       SHOWN_QUOTE=SHOWN_QUOTE, QUOTES_PER_SPEAKER=QUOTES_PER_SPEAKER, ALSO_REPORTED=ALSO_REPORTED,
                       feed_path=speaker_feed_path, site_feed=SITE_FEED)
    speakers = {s.id: s for s in corpus.speakers}
    speaker_roles = _Roles()

    turn = itertools.count()

    def mine() -> bool:
        """Is the next page (or article, speaker, quotation: all its pages) this part's?"""
        return next(turn) % part[1] == part[0]

    inputs = _Inputs(page_ids) if digests is not None else None

    def put(path: str, template: str, **ctx: object) -> tuple[str, str]:
        return path, env.get_template(template).render(page=path, **ctx)

    def unless_kept(path: str, digest: str | None, template: str, derived: Callable[[], dict] | None,
                    **ctx: object) -> tuple[str, str]:
        """put(), unless `digest` is the last build's digest of the page's inputs (see _Inputs; None:
        not digested). The callers make it of all the page is made from (digest_plain): the context,
        and what the template reads of the corpus beyond it. derived: the rest of the context, made
        only for a page that is made (most are kept): what it gives must follow from what the
        digest sees."""
        if digest is not None:
            digests[path] = digest
            if known is not None and known.get(path) == digest:
                return path, KEPT
        return put(path, template, **ctx, **(derived() if derived else {}))

    if mine():
        yield put("index.md", "home.md.j2")
    if mine():
        yield put("corrections.md", "corrections.md.j2")
    notes: dict[str, list] = {}  # page -> its corrections, newest first
    for c in corpus.corrections:
        notes.setdefault(c.page, []).append(c)
    quoted_ids = {s.id for s in corpus.speakers if corpus.quotes_by_speaker.get(s.id)}
    for base, (template, measure) in LISTING_TEMPLATES.items():
        listing = listings.get(base)
        for node in listing.nodes() if listing else []:
            if not mine():
                continue
            ctx = dict(listing=listing, node=node,
                       timeline=timeline(listing, node, measure) if measure and not node.leaf else [],
                       unattributed=listings.get("quotes/unattributed"), quoted_ids=quoted_ids)
            if base in NAME_LISTINGS and node.key:  # below the first page: its own speakers, no count of the archive
                digest = None
                if inputs is not None:
                    # what the template shows: the title, the links above and below, and of each speaker
                    # listed the name and aliases, their counts and (quotes/index) their latest quotations
                    # and the outlet or title of their articles
                    fp = inputs.fp
                    digest = inputs.digest_plain(template, (
                        base, listing.page_title(node), listing.breadcrumb(node), listing.label(node.key),
                        node.key, node.leaf, [fp(sp) for sp in node.items], dict(node.tally),
                        [] if node.leaf else [(listing.label(c.key), listing.page(c), dict(c.tally))
                                              for c in node.shown_children()],
                        [(sp.id, sp.name, list(sp.aliases), len(corpus.quotes_by_speaker.get(sp.id, [])),
                          len(sp.articles), [] if base != "quotes/index" else [
                              (fp(q), corpus.article(q.article).outlet, corpus.article(q.article).title)
                              for q in latest_quotes(corpus, sp)])
                         for sp in node.items]))
                yield unless_kept(listing.page(node), digest, template, None, **ctx)
                continue
            if base not in DIGESTED_LISTINGS:  # the first pages of the indexes by name show counts of the archive
                yield put(listing.page(node), template, **ctx)
                continue
            digest = None
            if inputs is not None:
                # what the template shows of the listing (not all of it: a page is made again only when its
                # own items, tallies or links change), and of the articles of its items (those it only
                # links to, see _Inputs.link_data)
                fp, link_data = inputs.fp, inputs.link_data
                arts = [corpus.article(a) for a in dict.fromkeys(
                    item.id if type(item) is Article else item.article for item in node.items)]
                digest = inputs.digest_plain(template, (
                    base, listing.page_title(node), listing.breadcrumb(node),
                    listing.label(node.key) if node.key else "", node.key, node.leaf,
                    [link_data(item) if type(item) is Article else fp(item) for item in node.items],
                    dict(node.tally), _plain_rows(ctx["timeline"]),
                    [(a.id, a.title, a.outlet, a.date, corpus.article_pages[a.id],
                      len(corpus.quotes_by_article.get(a.id, []))) for a in arts]))
            yield unless_kept(listing.page(node), digest, template, None, **ctx)

    mentioned_in: dict[str, list[Speaker]] = {}  # article -> the people it names who have no page
    for sp in sorted(corpus.mentioned, key=lambda s: s.name):
        for art_id in sp.articles:
            mentioned_in.setdefault(art_id, []).append(sp)
    articles_index = listings["articles/index"]
    rank = {a.id: (a.date or "", a.id) for a in corpus.articles}
    reports = _Reports(corpus)
    links: dict[str, tuple] = {}

    def link_of(article_id: str) -> tuple:
        """An article as a page that only links to it shows it, and its page (made once)."""
        made = links.get(article_id)
        if made is None:
            made = links[article_id] = (inputs.link_data(corpus.article(article_id)), corpus.article_pages[article_id])
        return made

    for art in corpus.articles:
        if not mine():
            continue
        quotes = corpus.quotes_by_article.get(art.id, [])
        related = [corpus.article(a) for a in corpus.related_articles.get(art.id, [])[:10]]
        ctx = dict(article=art, phrases=corpus.phrases.get(art.id, []),
                   quotes=quotes, named=[sp.name for sp in mentioned_in.get(art.id, [])],
                   listed_at=articles_index.page(articles_index.holder(art)), related=related)
        digest = None
        if inputs is not None:
            # what the digest sees: the article, its quotes and its phrases (the marked paragraphs follow
            # from these), the people it names, where it is listed; of the articles it only links to (the
            # other reports of each quotation it names, and how many there are; the related articles) what
            # the links show (see _Inputs.link_data) and their pages; the anchor of its listing entry
            fp, also = inputs.fp, {q.anchor: reports.also_ids(q.id, art.id) for q in quotes}
            digest = inputs.digest_plain("article.md.j2", (
                fp(art), [fp(p) for p in ctx["phrases"]], [fp(q) for q in quotes], ctx["named"], ctx["listed_at"],
                {anchor: ([link_of(a) for a in shown], total) for anchor, (shown, total) in also.items()},
                [link_of(a.id) for a in related], article_anchor(corpus, art.id)))
        yield unless_kept(corpus.article_pages[art.id], digest, "article.md.j2",
            lambda art=art, quotes=quotes: dict(paragraphs=_marked_paragraphs(corpus, art),
                                                also_reported={q.anchor: reports.also(q.id, art.id) for q in quotes}),
            **ctx)

    for sp in corpus.speakers:
        if not mine():
            continue
        listing = listings[f"speakers/{sp.id}"]
        quotes = corpus.quotes_by_speaker.get(sp.id, [])
        listed = [q for q in listing.root.all_items() if kind(q) == "quotes"]
        roles = _roles_summary(corpus, sp, rank)
        roles_by_article = speaker_roles.by_article(sp)
        ctx = dict(speaker=sp, listing=listing, quote_articles=len({q.article for q in quotes}), roles=roles,
                   roles_by_article=roles_by_article, notes=notes.get(f"speakers/{sp.id}.md", []),
                   alongside=[speakers[s] for s in corpus.quoted_alongside.get(sp.id, [])[:20]],
                   latest=listed[:LATEST])
        shared = None
        if inputs is not None:
            # what speaker.md.j2 (and its macros) read beyond the context: all of the speaker, how many
            # quotations they have, the title, outlet, date, page and anchor of each article it links to;
            # the same for each of the speaker's pages, fingerprinted once: a speaker quoted in thousands
            # of articles has hundreds of pages
            fp = inputs.fp
            linked = sorted({q.article for q in listed} | {r["latest"] for r in roles})
            shared = inputs.digest_plain("speaker", (
                [getattr(sp, name) for name in _SPEAKER_FIELDS], fp(sp), fp(listing), ctx["quote_articles"], roles,
                roles_by_article, fp(ctx["notes"]) if ctx["notes"] else None, [fp(s) for s in ctx["alongside"]],
                [fp(q) for q in ctx["latest"]], len(quotes),
                [(a, (art := corpus.article(a)).title, art.outlet, art.date, corpus.article_pages[a],
                  article_anchor(corpus, a)) for a in linked]))
        for node in listing.nodes():
            shows_timeline = not node.key or not node.leaf  # the first page, and those listing periods
            yield unless_kept(listing.page(node), None if shared is None else  # the timeline: from listing, node
                              inputs.digest_plain("speaker.md.j2", (shared, inputs.fp(node))), "speaker.md.j2",
                lambda node=node, shows=shows_timeline, listing=listing: dict(
                    timeline=timeline(listing, node, "quotes") if shows else []), node=node, **ctx)

    for qid, occurrences in corpus.quotes_by_id.items():
        if not mine():
            continue
        q = occurrences[0]
        renderings = [(corpus.quotes_by_id[vid][0], ", ".join(dict.fromkeys(
            corpus.article(o.article).outlet or corpus.article(o.article).title for o in corpus.quotes_by_id[vid])))
            for vid in corpus.variants.get(qid, [])]  # (the other rendering, where it appears)
        listed = None  # where the speaker's pages list this quotation, when they are split
        if q.speaker and not listings[f"speakers/{q.speaker.id}"].root.leaf and all(o.speaker is q.speaker
                                                                                  for o in occurrences):
            listing = listings[f"speakers/{q.speaker.id}"]
            holder = listing.holder(q)
            listed = dict(label=listing.label(holder.key), page=listing.page(holder))
        reports = listings.get(f"quotes/{qid}")  # a quotation reported too often for one page
        notes_here = notes.get(f"quotes/{qid}.md", [])

        def derived(q=q, qid=qid, occurrences=occurrences, renderings=renderings) -> dict:
            """What follows from the occurrences (with the roles their articles give their speakers),
            their articles (extra) and the renderings: made only for a page that is made."""
            groups = attributions(occurrences)
            who = who_said(groups)  # the heading, the citation, the embed and the social card name the same
            citation, embed = _citation(corpus, groups, who, q.text,
                                        f"{site_url}quotes/{qid}.html" if site_url else f"quotes/{qid}.html")
            variants = [dict(quote=other, this_side=sides[0], other_side=sides[1], where=where)
                        for other, where in renderings for sides in [word_diff(q.text, other.text)]]
            return dict(roles=speaker_roles.shown(occurrences) if len(groups) == 1 else [],
                        said_by=[dict(quote=g[0], label=attribution(g[0]), count=len(g), roles=speaker_roles.shown(g))
                                 for g in groups],
                        who=who, og_title=social_title(groups, q.text, who),
                        variants=variants, copy_button=_copy_button(qid), citation=citation, embed=embed)
        ctx = dict(quote=q, occurrences=occurrences, listed=listed, notes=notes_here, renderings=renderings,
                   shown=reports.root.all_items()[:LATEST] if reports else occurrences, occurrence_pages=bool(reports),
                   timeline=timeline(reports, reports.root, "quotes") if reports else [])
        if reports:  # (its pages are made every time)
            yield put(f"quotes/{qid}.md", "quote.md.j2", **ctx, **derived())
        else:
            digest = None
            if inputs is not None:
                # what the digest sees: the occurrences, the roles their articles give their speakers (the
                # page's roles and attributions follow from these), where the speaker's pages list it, the
                # notes, the renderings (the rest of the context is fixed without reports: shown,
                # occurrence_pages, timeline); and what quote.md.j2 (and its macros) read of the corpus: of
                # each report's article its title, outlet, date and the paragraph of the report
                # (quote_context), its page and anchor
                fp = inputs.fp
                digest = inputs.digest_plain("quote.md.j2", (
                    [fp(o) for o in occurrences], listed, fp(notes_here) if notes_here else None,
                    [(fp(other), where) for other, where in renderings],
                    [speaker_roles.by_article(o.speaker).get(o.article, []) if o.speaker else [] for o in occurrences],
                    [(o.article, (art := corpus.article(o.article)).title, art.outlet, art.date,
                      art.paragraphs[o.paragraph], corpus.article_pages[o.article],
                      article_anchor(corpus, o.article)) for o in occurrences]))
            yield unless_kept(f"quotes/{qid}.md", digest, "quote.md.j2", derived, **ctx)
        mixed = len(attributions(occurrences)) > 1 if reports else False
        for node in reports.nodes()[1:] if reports else []:
            yield put(reports.page(node), "quote_period.md.j2", listing=reports, node=node, mixed=mixed,
                timeline=timeline(reports, node, "quotes") if not node.leaf else [])

    for qid, occurrences in corpus.withdrawn.items():  # marked "not a quotation" by an editor
        if not mine():
            continue
        yield put(f"quotes/{qid}.md", "withdrawn.md.j2", quote=occurrences[0], occurrences=occurrences,
            notes=notes.get(f"quotes/{qid}.md", []))

    for g in gone:
        if not mine():
            continue
        heading = {"quote": "Quotation no longer here", "speaker": "Speaker page moved" if g.redirect else
                   "Speaker no longer here", "article": "Article moved" if g.redirect else "Article removed",
                   "listing": "Page moved" if g.redirect else "Page no longer here"}[g.kind]
        redirect = html_path(str(link(g.successor, g.path))) if g.redirect else None
        yield put(g.path, "gone.md.j2", gone=g, heading=heading, redirect=redirect)
