"""Render: a linked `Corpus` in, the Markdown pages of `site_src/` out (path -> text).

Article text is data, never markup. Every value a template prints is escaped for
Markdown *and* HTML by default (Jinja's `finalize`), so a template cannot forget to;
only fragments this module builds itself are marked safe with `Markup`.
"""
from __future__ import annotations

import difflib
import functools
import html
import re
from urllib.parse import quote
from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup

from .export import html_path
from .link import Corpus, QuoteRecord
from .model import Speaker, quote_words
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


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(
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
    return env


def safe_url(url: str) -> str:
    """An http(s) URL from front matter, percent-encoded so it cannot end a Markdown link."""
    if not re.match(r"https?://", url):
        return "#"
    return quote(url, safe="/:?#@!$&'*+,;=%-._~")


_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: same YAML, ~10x faster


def front_matter(**fields: object) -> Markup:
    """YAML front matter. Titles are HTML-escaped because MkDocs themes print them raw."""
    clean = {k: html_attr(v) if k in ("title", "description") else v for k, v in fields.items() if v is not None}
    return Markup("---\n" + yaml.dump(clean, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, width=10_000)
                  + "---\n")


def link(path: str, from_page: str, anchor: str = "") -> Markup:
    """Relative Markdown link target from one page to another (both relative to site_src)."""
    depth = from_page.count("/")
    return Markup("../" * depth + path + (f"#{anchor}" if anchor else ""))


_CLOSING = re.compile("[,.;:!?]?[\u201d\u2019\"'\u00bb]")


def marked_paragraph(text: str, spans: list[tuple[int, int, QuoteRecord, bool]], page: str) -> Markup:
    """A paragraph with each quoted span wrapped in an anchored <mark>, linked to its quote page.

    spans: (start, end, quote, first_part) sorted by start; overlapping spans are skipped.
    """
    out: list[str] = []
    pos = 0
    for start, end, q, first in sorted(spans, key=lambda s: s[0]):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(_inline(text[pos:start]))
        anchor = f' id="{q.anchor}"' if first else ""
        who = q.speaker.name if q.speaker else "unattributed"
        out.append(f'<mark class="quote"{anchor} title="{html_attr(who)}">{_inline(text[start:end])}</mark>')
        closing = _CLOSING.match(text, end)  # the link goes after the closing mark ('Q,”')
        if closing:
            out.append(_inline(closing.group()))
            end = closing.end()
        if first:
            out.append(f'<sup>[¶]({link(q.page, page)} "Quote page")</sup>')
        pos = end
    out.append(_inline(text[pos:]))
    return Markup(_line_start("".join(out).strip()))


def _article_spans(corpus: Corpus, article_id: str) -> dict[int, list]:
    spans: dict[int, list] = {}
    for q in corpus.quotes_by_article.get(article_id, []):
        for i, (para, start, end) in enumerate(q.parts):
            spans.setdefault(para, []).append((start, end, q, i == 0))
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
    """The paragraph(s) of one occurrence, with only this quote highlighted and no links."""
    art = corpus.article(occ.article)
    out = []
    for para, start, end in occ.parts:
        text = art.paragraphs[para]
        out.append(Markup(_line_start((_inline(text[:start]) + '<mark class="quote">' + _inline(text[start:end])
                                       + "</mark>" + _inline(text[end:])).strip())))
    return out


def _citation(corpus: Corpus, q: QuoteRecord, url: str) -> tuple[str, str]:
    art = corpus.article(q.article)
    who = q.speaker.name if q.speaker else "Unattributed"
    source = ", ".join(x for x in (f"\u201c{art.title}\u201d", art.outlet, art.date) if x)
    text = " ".join(q.text.split())
    plain = f"{who}: \u201c{text}\u201d Quoted in {source}. {url}"
    embed = (f'<blockquote class="quote-embed"><p>\u201c{html.escape(text)}\u201d</p>'
             f'<footer>\u2014 {html.escape(who)}, <a href="{html.escape(url)}">{html.escape(source)}</a>'
             f"</footer></blockquote>")
    return plain, embed


def _roles_in(speaker: Speaker | None, article_id: str) -> list[str]:
    return [role for role, art in speaker.roles if art == article_id] if speaker else []


def render_site(corpus: Corpus, gone: list[Gone] = (), site_url: str = "") -> dict[str, str]:
    """All Markdown pages of the site, as {path relative to site_src: text}."""
    env = make_env()
    pages: dict[str, str] = {}
    site_url = site_url.rstrip("/") + "/" if site_url else ""
    speakers_sorted = sorted(corpus.speakers, key=lambda s: (-len(corpus.quotes_by_speaker.get(s.id, [])), s.name))
    articles_by_date = sorted(corpus.articles, key=lambda a: (a.date or "", a.id), reverse=True)
    common = dict(corpus=corpus, speakers_sorted=speakers_sorted, articles_by_date=articles_by_date)
    speakers = {s.id: s for s in corpus.speakers}

    def put(path: str, template: str, **ctx: object) -> None:
        pages[path] = env.get_template(template).render(page=path, **common, **ctx)

    put("index.md", "home.md.j2")
    put("articles/index.md", "articles_index.md.j2")
    put("speakers/index.md", "speakers_index.md.j2")
    put("quotes/index.md", "quotes_index.md.j2")
    put("quotes/by-date.md", "quotes_by_date.md.j2")
    by_outlet: dict[str, list] = {}
    for art in articles_by_date:
        by_outlet.setdefault(art.outlet or "Outlet not given", []).append(art)
    put("articles/outlets.md", "outlets.md.j2", outlets=sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    for art in corpus.articles:
        spans = _article_spans(corpus, art.id)
        paragraphs = [marked_paragraph(text, spans.get(i, []), corpus.article_pages[art.id])
                      for i, text in enumerate(art.paragraphs)]
        quotes = corpus.quotes_by_article.get(art.id, [])
        also_reported = {}
        for q in quotes:
            others = {o.article for qid in [q.id, *corpus.variants.get(q.id, [])]
                      for o in corpus.quotes_by_id.get(qid, []) if o.article != art.id}
            also_reported[q.anchor] = [corpus.article(a) for a in sorted(others)]
        put(corpus.article_pages[art.id], "article.md.j2", article=art, paragraphs=paragraphs, quotes=quotes,
            also_reported=also_reported,
            related=[corpus.article(a) for a in corpus.related_articles.get(art.id, [])[:10]])

    for sp in corpus.speakers:
        quotes = corpus.quotes_by_speaker.get(sp.id, [])
        quoted_in = {q.article for q in quotes}
        quote_articles = sorted((corpus.article(a) for a in quoted_in), key=lambda a: (a.date or "", a.id),
                                reverse=True)
        mentioned = [corpus.article(a) for a in sorted(sp.articles) if a not in quoted_in and a in corpus.article_pages]
        put(f"speakers/{sp.id}.md", "speaker.md.j2", speaker=sp, quotes=quotes, quote_articles=quote_articles,
            mentioned=mentioned, alongside=[speakers[s] for s in corpus.quoted_alongside.get(sp.id, [])[:20]])

    for qid, occurrences in corpus.quotes_by_id.items():
        q = occurrences[0]
        variants = []
        for vid in corpus.variants.get(qid, []):
            other = corpus.quotes_by_id[vid][0]
            this_side, other_side = word_diff(q.text, other.text)
            where = ", ".join(dict.fromkeys(corpus.article(o.article).outlet or corpus.article(o.article).title
                                            for o in corpus.quotes_by_id[vid]))
            variants.append(dict(quote=other, this_side=this_side, other_side=other_side, where=where))
        citation, embed = _citation(corpus, q, f"{site_url}quotes/{qid}.html" if site_url else f"quotes/{qid}.html")
        put(f"quotes/{qid}.md", "quote.md.j2", quote=q, occurrences=occurrences,
            roles=list(dict.fromkeys(r for o in occurrences for r in _roles_in(q.speaker, o.article))),
            contexts=[(o, _quote_context(corpus, o)) for o in occurrences], variants=variants,
            copy_button=_copy_button(qid), citation=citation, embed=embed)

    for g in gone:
        heading = {"quote": "Quotation no longer here", "speaker": "Speaker page moved" if g.redirect else
                   "Speaker no longer here", "article": "Article moved" if g.redirect else "Article removed"}[g.kind]
        redirect = html_path(str(link(g.successor, g.path))) if g.redirect else None
        put(g.path, "gone.md.j2", gone=g, heading=heading, redirect=redirect)
    return pages
