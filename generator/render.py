"""Render: a linked `Corpus` in, the Markdown pages of `site_src/` out (path -> text).

Article text is data, never markup. Every value a template prints is escaped for
Markdown *and* HTML by default (Jinja's `finalize`), so a template cannot forget to;
only fragments this module builds itself are marked safe with `Markup`.
"""
from __future__ import annotations

import html
import re
from urllib.parse import quote
from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup

from .link import Corpus, QuoteRecord

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
    return md_text(value)


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
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


def front_matter(**fields: object) -> Markup:
    """YAML front matter. Titles are HTML-escaped because MkDocs themes print them raw."""
    clean = {k: html_attr(v) if k in ("title", "description") else v for k, v in fields.items() if v is not None}
    return Markup("---\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, width=10_000) + "---\n")


def link(path: str, from_page: str, anchor: str = "") -> Markup:
    """Relative Markdown link target from one page to another (both relative to site_src)."""
    depth = from_page.count("/")
    return Markup("../" * depth + path + (f"#{anchor}" if anchor else ""))


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


def render_site(corpus: Corpus) -> dict[str, str]:
    """All Markdown pages of the site, as {path relative to site_src: text}."""
    env = make_env()
    pages: dict[str, str] = {}
    speakers_sorted = sorted(corpus.speakers, key=lambda s: (-len(corpus.quotes_by_speaker.get(s.id, [])), s.name))
    articles_by_date = sorted(corpus.articles, key=lambda a: (a.date or "", a.id), reverse=True)
    common = dict(corpus=corpus, speakers_sorted=speakers_sorted, articles_by_date=articles_by_date)

    def put(path: str, template: str, **ctx: object) -> None:
        pages[path] = env.get_template(template).render(page=path, **common, **ctx)

    put("index.md", "home.md.j2")
    put("articles/index.md", "articles_index.md.j2")
    put("speakers/index.md", "speakers_index.md.j2")
    put("quotes/index.md", "quotes_index.md.j2")
    for art in corpus.articles:
        spans = _article_spans(corpus, art.id)
        paragraphs = [marked_paragraph(text, spans.get(i, []), corpus.article_pages[art.id])
                      for i, text in enumerate(art.paragraphs)]
        put(corpus.article_pages[art.id], "article.md.j2", article=art, paragraphs=paragraphs,
            quotes=corpus.quotes_by_article.get(art.id, []))
    for sp in corpus.speakers:
        put(f"speakers/{sp.id}.md", "speaker.md.j2", speaker=sp, quotes=corpus.quotes_by_speaker.get(sp.id, []))
    for qid, occurrences in corpus.quotes_by_id.items():
        put(f"quotes/{qid}.md", "quote.md.j2", quote=occurrences[0], occurrences=occurrences)
    return pages
