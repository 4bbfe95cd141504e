"""Property-based: any text in, no exception, offsets that point at the quote, and pages
whose Markdown makes only the elements the templates make."""
from __future__ import annotations

import re

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from conftest import _Parser
from generator.site import paginate
from generator.publish import analyse
from generator.extract import extract_article
from generator.ingest import IngestError, decode, parse_article
from generator.model import slugify
from generator.site.render import render_site

# Pieces that steer text towards what the extractor and the renderer care about, mixed
# with arbitrary Unicode.
PIECES = st.sampled_from([
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", " said ", " told reporters",
    " Jo Roe", " Ada Stone", " Mr. Smith", "Governor ", " she ", " he said.", "According to ", ", adding ",
    ", ", ". ", "? ", "! ", ": ", " \u2014 ", "\n", "\n\n", "\n---\n", "---\n", "By Jane Roe\n", "SEE ALSO: ",
    "Photo: ", "(Reporting by ", "PARIS (AP) - ", "date 2024-01-02 ", "<b>", "</b>", "<script>", "&amp;",
    "&#60;", "[x](javascript:y)", "![i](data:x)", "{: onclick=x }", "{{ x }}", "{% x %}", "--8<-- ",
    "<!-- ", " -->", "*", "_", "`", "#", "|", ">", "    ", "1. ", "- ", "!!! ", "\\", "\x00", "\ufeff",
])
WORDS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=8).map("".join)
# A quotation with an attribution around it, its words anything.
QUOTED = st.tuples(
    st.sampled_from(["", "Jo Roe said, ", "Governor Ada Stone told reporters: ", "He added: "]),
    st.sampled_from(["\u201c", '"', "\u2018", "\u00ab", "\u201e"]), WORDS,
    st.sampled_from(["\u201d", '"', "\u2019", "\u00bb", "\u201c", ""]),
    st.sampled_from(["", " said Jo Roe.", ", Ada Stone said.", " he added.", ", said Mr. Smith, the mayor.",
                     " \u2014 she told reporters.", "\n\n\u201cAnd more,\u201d Roe said."]),
).map("".join)
TEXT = st.lists(st.one_of(QUOTED, PIECES, st.text(max_size=8)), max_size=30).map("".join)
HEADED = st.tuples(st.sampled_from(["", "Headline Words Here\n\n", "---\ntitle: T\n---\n"]), TEXT).map("".join)

# What the templates make (with Python-Markdown's tables, toc and attr_list, as MkDocs runs
# them), tag -> the attributes it may carry.
ALLOWED = {
    "p": {"data-search-exclude"}, "h1": {"id"}, "h2": {"id", "data-search-exclude"},
    "h3": {"id", "data-search-exclude"}, "span": {"id", "class", "aria-hidden"},
    "a": {"href", "title", "class"}, "strong": set(),
    "em": set(), "ul": {"data-search-exclude"}, "li": set(), "table": {"data-search-exclude"}, "thead": set(),
    "tbody": set(), "tr": set(),
    "th": {"style"}, "td": {"style"}, "blockquote": {"data-search-exclude"}, "mark": {"class", "id", "title"}, "sup": set(),
    "del": set(), "ins": set(), "button": {"class", "type", "data-permalink", "title"}, "pre": set(), "code": set(),
}
MD = dict(extensions=["tables", "fenced_code", "attr_list", "toc"], extension_configs={"toc": {"permalink": True}})


def _article(text: str):
    try:
        return parse_article(text, "t")
    except IngestError:
        return None  # refused with a message: nothing more to check


def _check_offsets(article, quotes) -> None:
    for q in quotes:
        assert article.paragraphs[q.paragraph][q.start:q.end] == q.text, q


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HEADED)
def test_extractor_never_fails_and_offsets_point_at_the_quote(text):
    article = _article(text)
    if article is None:
        return
    extraction = extract_article(article)
    _check_offsets(article, extraction.quotes)
    for q in extraction.quotes:
        assert q.speaker is None or 0 <= q.speaker < len(extraction.people)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HEADED, min_size=1, max_size=3), st.sampled_from([None, 300]))
def test_rendered_pages_make_only_template_elements(texts, page_limit):
    articles = [a for a in (_article(t) for t in texts) if a]
    for i, a in enumerate(articles):
        a.id = a.source = f"a{i}"
    default_limit = paginate.PAGE_LIMIT
    paginate.PAGE_LIMIT = page_limit or default_limit  # 300: every listing split into pages
    try:
        corpus = analyse(articles)
    finally:
        paginate.PAGE_LIMIT = default_limit
    for a in corpus.articles:
        _check_offsets(a, corpus.quotes_by_article.get(a.id, []))
    for path, page in render_site(corpus).items():
        body, meta = get_data(page)
        assert set(meta) <= {"title", "description", "og_title", "og_description", "redirect", "search",
                             "attribution", "attribution_confidence", "feed", "feed_title"}, path
        assert isinstance(meta.get("attribution_confidence", 0.0), float), path
        assert "<" not in str(meta.get("title", "")), path  # MkDocs themes print it raw
        parser = _Parser()
        parser.feed(markdown.markdown(body, **MD))
        parser.close()
        for el in parser.page.elements:
            assert el.tag in ALLOWED and set(el.attrs) <= ALLOWED[el.tag], (path, el)
            assert not re.match(r"\s*(javascript|data|vbscript):", el.attrs.get("href", ""), re.I), (path, el)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=100).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decode_returns_text_or_a_one_line_error(data):
    try:
        text = decode(data, "x.txt")
    except IngestError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
        return
    text.encode("utf-8")  # no lone surrogates: the page writer would fail on them


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_slugs_are_one_safe_path_component(text):
    slug = slugify(text, "x")
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*|x", slug) and len(slug) <= 80


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "date", "outlet", "url", "authors", "other"]),
                       st.one_of(st.text(max_size=20), st.integers(), st.lists(st.text(max_size=5), max_size=3))))
def test_any_front_matter_is_read_or_refused_with_a_line(meta):
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\nBody words here.\n"
    try:
        parse_article(text, "t", "x.txt")
    except IngestError as exc:
        assert re.match(r"x\.txt(:\d+)?: ", str(exc)) and "\n" not in str(exc)
