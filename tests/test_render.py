"""Render: article text is data. Escaped text must come out of a Markdown engine unchanged."""
from __future__ import annotations

import html
import re

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from generator.link import QuoteRecord, link
from generator.model import Article, ArticleExtraction, Person, Quote, Speaker
from generator.site.render import front_matter, marked_paragraph, md_text, render_site

PY_MD = dict(extensions=["tables", "toc", "attr_list"])  # attr_list on: escaping must hold even then


def rendered_text(md: str, engine: str) -> str:
    """Markdown -> HTML -> visible text (tags dropped, entities decoded)."""
    out = markdown.markdown(md, **PY_MD) if engine == "python-markdown" else MarkdownIt("commonmark").render(md)
    return html.unescape(re.sub(r"<[^>]+>", "", out)).strip()


def tags(md: str, engine: str) -> list[str]:
    out = markdown.markdown(md, **PY_MD) if engine == "python-markdown" else MarkdownIt("commonmark").render(md)
    return re.findall(r"<([a-zA-Z][\w-]*)", out)


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![pic](data:image/svg+xml;base64,PHN2Zz4=)",
    "Some text {: onclick=\"alert(1)\" }",
    "# Not a heading",
    "- not a list",
    "1. not a list either",
    "> not a quote",
    "!!! note \"not an admonition\"",
    "{{ config.site_name }} {% raw %}",
    "--8<-- \"/etc/passwd\"",
    "---",
    "<!-- hidden -->",
    "*not em* _not em_ **not strong** `not code` ~~not del~~ ==not mark==",
    "a | b | c",
    "<https://example.org> &amp; &copy; &#60;",
    "line one\\\nline two  \nline three",
]


@pytest.mark.parametrize("engine", ["python-markdown", "commonmark"])
@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_itself_and_makes_no_tags(text, engine):
    md = md_text(text)
    assert rendered_text(md, engine) == " ".join(text.split())
    assert set(tags(md, engine)) <= {"p"}


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_any_text_survives_both_engines(text):
    md = md_text(text)
    for engine in ("python-markdown", "commonmark"):
        assert rendered_text(md, engine) == " ".join(text.split()).strip()


def test_front_matter_title_is_html_escaped():
    fm = front_matter(title="A </title><script>x</script>")
    assert "<" not in fm.split("title:", 1)[1]
    assert fm.startswith("---\n") and fm.endswith("---\n")


def test_marked_paragraph_wraps_the_quote_and_escapes_around_it():
    text = 'The mayor called it a "<b>bold</b> move" and left.'
    start = text.index("<b>")
    end = text.index('" and')
    speaker = Speaker(id="jo-ann", name="Jo <Ann>")
    q = QuoteRecord(id="abc", text=text[start:end], article="a", paragraph=0, start=start, end=end,
                    speaker=speaker, cue="", anchor="q-abc")
    md = marked_paragraph(text, [(start, end, q)], "articles/a.md")
    out = markdown.markdown(md, **PY_MD)
    mark = re.search(r'<mark class="quote" id="q-abc" title="Jo &lt;Ann&gt;">(.*?)</mark>', out)
    assert mark and html.unescape(mark.group(1)) == "<b>bold</b> move"
    assert 'href="../quotes/abc.md"' in out
    assert "<b>" not in out


def test_render_site_pages_and_links():
    art = Article(id="a 1", source="a 1", title="Storm Hits Coast", paragraphs=[
        "\u201cWe are ready,\u201d said Governor Ada Stone.", "Nothing quoted here."])
    start = art.paragraphs[0].index("We")
    end = art.paragraphs[0].index(",\u201d") + 1
    ex = ArticleExtraction("a 1", people=[Person("Ada Stone", ["Ada Stone"], ["Governor"])],
                           quotes=[Quote("a 1", 0, start, end, art.paragraphs[0][start:end], speaker=0)])
    sp = Speaker(id="ada-stone", name="Ada Stone", aliases=["Ada Stone"], roles=[("Governor", "a 1")],
                 articles=["a 1"])
    corpus = link([art], [ex], [sp], {("a 1", 0): "ada-stone"})
    pages = render_site(corpus)
    qid = ex.quotes[0].id
    assert set(pages) == {"index.md", "articles/index.md", "articles/outlets.md", "speakers/index.md",
                          "quotes/index.md", "quotes/by-date.md", "corrections.md",
                          "articles/a-1.md", "speakers/ada-stone.md", f"quotes/{qid}.md"}
    assert f"(../quotes/{qid}.md" in pages["articles/a-1.md"]
    assert f"(../articles/a-1.md#q-{qid})" in pages[f"quotes/{qid}.md"]
    assert "(../speakers/ada-stone.md)" in pages[f"quotes/{qid}.md"]
    assert f"(../quotes/{qid}.md)" in pages["speakers/ada-stone.md"]


def test_the_outlet_column_shows_only_where_an_outlet_is_known_and_counts_agree_in_number():
    """Issue 27 review: quote pages of plain text files said "unknown" in an Outlet column
    on 93% of rows, and a speaker page read "1 quotations in 1 articles"."""
    _, pages, qid, _ = _two_quote_corpus(0.9, asserted=True)
    assert "| Date | Article |" in pages[f"quotes/{qid}.md"] and "Outlet" not in pages[f"quotes/{qid}.md"]
    assert "**1** quotation in **1** article;" in pages["speakers/ada-stone.md"]
    corpus, _, _, _ = _two_quote_corpus(0.9, asserted=True)
    corpus.articles[0].outlet = "The Northvale Ledger"
    page = render_site(corpus)[f"quotes/{qid}.md"]
    assert "| Outlet | Date | Article |" in page and "| The Northvale Ledger |" in page


def _two_quote_corpus(confidence: float, asserted: bool):
    """One article with a quote whose speaker is asserted or only guessed, and one with
    no candidate at all; a second person is mentioned but never quoted."""
    text = "\u201cWe are all ready,\u201d a voice said. Ada Stone and Bo Lind were there. \u201cGo home and stay there.\u201d"
    art = Article(id="a", source="a", title="Storm", paragraphs=[text])
    s1, e1 = text.index("We"), text.index(",\u201d")
    s2, e2 = text.index("Go"), text.index(".\u201d") + 1  # four words: a quotation, not a phrase
    q1 = Quote("a", 0, s1, e1, text[s1:e1], speaker=0 if asserted else None, confidence=confidence,
               guess=None if asserted else 0, candidates=[(0, confidence)], cue="said-after")
    q2 = Quote("a", 0, s2, e2, text[s2:e2], confidence=0.1)
    ex = ArticleExtraction("a", people=[Person("Ada Stone", ["Ada Stone"]), Person("Bo Lind", ["Bo Lind"])],
                           quotes=[q1, q2])
    speakers = [Speaker(id="ada-stone", name="Ada Stone", articles=["a"]),
                Speaker(id="bo-lind", name="Bo Lind", articles=["a"])]
    corpus = link([art], [ex], speakers, {("a", 0): "ada-stone", ("a", 1): "bo-lind"})
    return corpus, render_site(corpus), q1.id, q2.id


def test_an_uncertain_speaker_is_a_guess_not_an_assertion():
    corpus, pages, qid, _ = _two_quote_corpus(0.55, asserted=False)
    page = pages[f"quotes/{qid}.md"]
    assert "Speaker uncertain" in page and "most likely\nAda Stone (confidence 55%)" in page
    meta = yaml.safe_load(page.split("---")[1])
    assert meta["title"].startswith("Speaker uncertain:") and meta["attribution_confidence"] == 0.55
    assert "speaker uncertain (possibly Ada Stone)" in pages["articles/a.md"]
    assert corpus.quotes_by_speaker == {}  # nobody is credited with it
    # a guess alone gives no page: the site does not assert that she speaks
    assert "speakers/ada-stone.md" not in pages and "(../speakers/ada-stone.md)" not in page
    assert [s.id for s in corpus.mentioned] == ["ada-stone", "bo-lind"] and corpus.speakers == []


def test_an_asserted_speaker_shows_its_confidence():
    _, pages, qid, other = _two_quote_corpus(0.9, asserted=True)
    page = pages[f"quotes/{qid}.md"]
    assert "— [Ada Stone](../speakers/ada-stone.md)" in page and "confidence 90%" in page
    assert "Speaker uncertain" not in page
    assert "No speaker is named" in pages[f"quotes/{other}.md"]


def test_home_page_counts_say_what_they_count():
    _, pages, _, _ = _two_quote_corpus(0.9, asserted=True)
    home = " ".join(pages["index.md"].split())
    assert "**2** quotations, **1** of them with a named speaker" in home
    assert "from **1** people and organisations quoted (1 more are mentioned but not quoted)" in home


@pytest.mark.parametrize("title", ["𐀀 beyond the first plane", "quote “marks”, a colon: and # hash",
                                   "</title><script>alert(1)</script>", "line\u2028separator", "back\\slash \"quoted\""])
def test_front_matter_reads_back_as_written(title):
    meta = yaml.safe_load(front_matter(title=title, search={"exclude": True}, confidence=0.5).split("---")[1])
    assert meta == {"title": html.escape(" ".join(title.split()), quote=True), "search": {"exclude": True},
                    "confidence": 0.5}


def test_an_unnamed_source_is_shown_by_its_description_and_gets_no_page():
    # extracted from sentences of our own, then built as the site builds them
    from generator.publish import analyse
    from generator.site.export import export
    art = Article(id="b", source="b", title="Ferry", paragraphs=[
        "Orla Breemer met the inspectors on Friday.",
        "“The review is ongoing and thorough in every respect,” a spokesperson for the agency said."])
    corpus = analyse([art])
    pages = render_site(corpus)
    (q,) = corpus.quotes
    assert q.speaker is None and q.guess is None and q.described_as == "a spokesperson for the agency"
    page = pages[f"quotes/{q.id}.md"]
    assert "— a spokesperson for the agency (not named)" in page
    assert "Speaker uncertain" not in page and "(../speakers/" not in page
    assert yaml.safe_load(page.split("---")[1])["title"].startswith("A spokesperson for the agency:")
    assert "a spokesperson for the agency (not named)" in pages["articles/b.md"]
    assert not any(p.startswith("speakers/") and p != "speakers/index.md" and "spokesperson" in p for p in pages)
    (record,) = export(corpus)["quotes"]
    assert record["speaker"] is None and record["speaker_guess"] is None
    assert record["described_as"] == "a spokesperson for the agency"


def test_a_definite_description_is_not_claimed_unnamed():
    """'"Q," the City boss said' read "the City boss (not named)" though the article may
    name him elsewhere (issue 27: "the mayor (not named)" after the story named the mayor)."""
    from generator.publish import analyse
    art = Article(id="c", source="c", title="Derby", paragraphs=[
        "Harbour United drew 2-2 with Northvale on Saturday.",
        "\u201cWe gave away two soft goals and paid for it,\u201d the Harbour boss said."])
    corpus = analyse([art])
    pages = render_site(corpus)
    (q,) = corpus.quotes
    assert q.speaker is None and q.described_as == "the Harbour boss"
    page = pages[f"quotes/{q.id}.md"]
    assert "— the Harbour boss" in page and "(not named)" not in page
    assert yaml.safe_load(page.split("---")[1])["title"].startswith("The Harbour boss:")


def test_a_page_whose_inputs_did_not_change_is_not_made_at_all(monkeypatch):
    """iter_pages with the last build's digests (`known`) gives KEPT for such a page and
    builds none of its context: no marked paragraphs, no word differences, no citation.
    A change to a page's inputs (here an article's title) makes it again."""
    from generator.site import render
    corpus, pages, qid, _ = _two_quote_corpus(0.9, asserted=True)
    digests: dict[str, str] = {}
    first = dict(render.iter_pages(corpus, digests=digests))
    assert first == pages and {"articles/a.md", f"quotes/{qid}.md", "speakers/ada-stone.md"} <= digests.keys()
    made = []
    for name in ("marked_paragraph", "word_diff", "_citation"):
        real = getattr(render, name)
        monkeypatch.setattr(render, name, lambda *a, _real=real, _name=name, **k: made.append(_name) or _real(*a, **k))
    again = dict(render.iter_pages(corpus, known=digests, digests={}))
    assert all(again[path] is render.KEPT for path in digests) and not made
    corpus.articles[0].title = "Storm Returns"
    third = dict(render.iter_pages(corpus, known=digests, digests={}))
    assert third["articles/a.md"] is not render.KEPT and "# Storm Returns" in third["articles/a.md"]
    assert third[f"quotes/{qid}.md"] is not render.KEPT  # it names the article of each report


def test_a_page_digest_sees_every_plain_value_nested_in_its_inputs_and_not_their_identity():
    """_Inputs.fp takes plain data (lists, tuples, dicts of built-in values) in one pass
    (marshal): any value anywhere in it counts, equal data made apart is equal, and what is
    not plain (Markup, a model object) is still told apart."""
    from markupsafe import Markup
    from generator.site.render import _Inputs
    fp = _Inputs(frozenset()).fp
    data = [("a1", "Title", None, 3, 2.5, True), {"k": ["x", ("y", 1)]}]
    same = [tuple(["a" + "1", "Ti" + "tle", None, 3, 2.5, True]), {"k": ["x", ("y", 1)]}]
    assert fp(data) == fp(same)
    for changed in ([("a1", "Title", None, 3, 2.5, False), data[1]], [data[0], {"k": ["x", ("y", 2)]}],
                    [data[0], {"j": ["x", ("y", 1)]}], [data[0]], [list(data[0]), data[1]]):
        assert fp(changed) != fp(data), changed
    assert fp(["<b>"]) != fp([Markup("<b>")])


def _reported_everywhere(n: int):
    """n articles (a00, a01, ...) reporting the same words of one speaker."""
    words = "\u201cThe green corridor stays open all winter,\u201d said Ada Stone."
    arts, exs = [], []
    for i in range(n):
        art = Article(id=f"a{i:02d}", source=f"a{i:02d}", title=f"Report {i}", paragraphs=[words])
        start, end = words.index("The"), words.index(",\u201d")
        exs.append(ArticleExtraction(art.id, people=[Person("Ada Stone", ["Ada Stone"])],
                                     quotes=[Quote(art.id, 0, start, end, words[start:end], speaker=0)]))
        arts.append(art)
    sp = Speaker(id="ada-stone", name="Ada Stone", aliases=["Ada Stone"], articles=[a.id for a in arts])
    return link(arts, exs, [sp], {(a.id, 0): "ada-stone" for a in arts})


def test_an_article_page_depends_only_on_the_other_reports_it_names():
    """An article page names the first ALSO_REPORTED other reports of a quotation (by
    article id) and counts the rest: its digest sees those and the count, not every other
    report (listing them all for every report made the article pages quadratic in the
    archive). A change to a report it does not name keeps it; to one it names, or one
    more report, makes it again."""
    from generator.site import render
    corpus = _reported_everywhere(render.ALSO_REPORTED + 3)
    qid = corpus.quotes[0].id
    digests: dict[str, str] = {}
    first = dict(render.iter_pages(corpus, digests=digests))
    line = next(ln for ln in first["articles/a00.md"].splitlines() if ln.startswith("- \u201c["))
    assert [f"a{i:02d}" for i in range(1, 11)] == re.findall(r"\]\(\.\./articles/(a\d\d)\.md\)", line)
    assert line.endswith(f" and [2 more](../quotes/{qid}.md)")
    corpus.article("a12").title = "Report twelve, retitled"  # named on no other article's page: only counted
    again = dict(render.iter_pages(corpus, known=digests, digests={}))
    assert all(again[f"articles/a{i:02d}.md"] is render.KEPT for i in range(12))
    assert again["articles/a12.md"] is not render.KEPT and again[f"quotes/{qid}.md"] is not render.KEPT
    corpus.article("a05").title = "Report five, retitled"
    corpus.article("a05").outlet = "The Ledger"  # (an outlet is what a link to a report shows)
    third = dict(render.iter_pages(corpus, known=digests, digests={}))
    assert third["articles/a00.md"] is not render.KEPT and "[The Ledger](../articles/a05.md)" in third["articles/a00.md"]
    fewer = _reported_everywhere(render.ALSO_REPORTED + 2)  # one report fewer: "1 more"
    fourth = dict(render.iter_pages(fewer, known=digests, digests={}))
    assert fourth["articles/a00.md"] is not render.KEPT
    assert fourth["articles/a00.md"] == render_site(fewer)["articles/a00.md"]
    assert f" and [1 more](../quotes/{qid}.md)" in fourth["articles/a00.md"]


def test_a_list_that_starts_with_a_model_object_is_fingerprinted_by_its_items():
    """_Inputs.fp does not try marshal on a list that starts with a model object (it would
    refuse it), and takes a model object met before from its memo: the same fingerprint as
    item by item, and a change to any later item (plain, nested or an article linked to) counts."""
    from generator.site.render import _Inputs
    corpus = _reported_everywhere(3)
    q, art = corpus.quotes[0], corpus.articles[1]
    inputs = _Inputs(frozenset({"ada-stone"}))
    value = [q, ("x", 1), [art], "y"]
    expected = "[" + ",".join([inputs.fp(q), inputs.fp(("x", 1)), inputs.fp([art]), repr("y")]) + "]"
    assert inputs.fp(value) == expected == inputs.fp(list(value))
    assert inputs.fp([q, ("x", 2), [art], "y"]) != expected
    linked = inputs.fp(value, True)
    assert linked != expected and linked == _Inputs(frozenset({"ada-stone"})).fp(value, True)
    art.outlet = "The Ledger"  # a new build (a new _Inputs) sees the outlet of an article linked to
    assert _Inputs(frozenset({"ada-stone"})).fp(value, True) != linked


def test_a_speakers_roles_written_differently_are_listed_once():
    """Read on the real-set site: a speaker page's roles read "Sanders' spokesman;
    Sanders's spokesman; ..." and "The finance minister; the finance minister"."""
    art = Article(id="a 1", source="a 1", title="Storm Hits Coast", paragraphs=[
        "\u201cWe are ready,\u201d said Ada Stone."])
    start, end = 1, art.paragraphs[0].index(",\u201d") + 1
    ex = ArticleExtraction("a 1", people=[Person("Ada Stone", ["Ada Stone"], [])],
                           quotes=[Quote("a 1", 0, start, end, art.paragraphs[0][start:end], speaker=0)])
    roles = [("Roe's spokesman", "a 1"), ("Roe\u2019s spokesman", "a 1"), ("Roe' spokesman", "a 1"),
             ("The finance minister", "a 1"), ("the finance minister", "a 1")]
    sp = Speaker(id="ada-stone", name="Ada Stone", aliases=["Ada Stone"], roles=roles, articles=["a 1"])
    page = render_site(link([art], [ex], [sp], {("a 1", 0): "ada-stone"}))["speakers/ada-stone.md"]
    line = next(ln for ln in page.splitlines() if ln.startswith("**Roles:**"))
    assert line.count("spokesman") == 1 and line.lower().count("finance minister") == 1
