"""Issue 27, the site half: pages only for those who speak, and only for quotations.

A speaker gets a page, an index entry and a feed only when a quotation is attributed to
them; a short quoted phrase with no speaker and no speech cue (a scare quote) stays marked
in its article with no page of its own; pages that existed and no longer qualify get their
"gone" page. Sentences of our own, extracted and linked as a build does.
"""
from __future__ import annotations

import pytest

from generator.link import is_phrase, link
from generator.model import Article, ArticleExtraction, Person, Quote, QuoteRecord, Speaker, quote_id
from generator.publish import analyse
from generator.site import feeds
from generator.site.export import export
from generator.site.permalinks import gone_pages, live_entries
from generator.site.render import render_site

LEVEE = Article(id="levee", source="levee", title="Town Repairs Levee", date="2031-03-14", paragraphs=[
    "Workers finished a \u201ctemporary\u201d levee on Friday, watched by Orla Breemer "
    "and Tomas Vell.",
    "\u201cThe water will not come through here again this spring,\u201d said engineer Dana Quist.",
])


@pytest.fixture(scope="module")
def levee():
    corpus = analyse([LEVEE])
    return corpus, render_site(corpus)


def _record(text: str, speaker: Speaker | None = None, cue: str = "none", **kw) -> QuoteRecord:
    return QuoteRecord(id=quote_id(text), text=text, article="a", paragraph=0, start=0, end=len(text),
                       parts=[(0, 0, len(text))], speaker=speaker, cue=cue, anchor="q-x", **kw)


def test_a_phrase_is_short_unspoken_and_unattributed():
    jo = Speaker(id="jo-roe", name="Jo Roe")
    assert is_phrase(_record("temporary"))
    assert is_phrase(_record("green new deal", cue="scare-quote"))
    assert is_phrase(_record("fake news", cue="title", guess=jo))  # a guess is not a speaker
    assert not is_phrase(_record("we will not stop", cue="none"))  # four words
    assert not is_phrase(_record("no", speaker=jo, cue="said-after"))  # a partial quotation with a speaker
    assert not is_phrase(_record("absolutely not", cue="said-after-unknown"))  # a verb of saying frames it
    assert not is_phrase(_record("absolutely not", described_as="a spokesperson"))
    assert not is_phrase(_record("absolutely not", attribution="editor"))  # an editor ruled on it


def test_only_people_who_are_quoted_get_pages(levee):
    corpus, pages = levee
    assert [s.name for s in corpus.speakers] == ["Dana Quist"]
    mentioned = {s.name for s in corpus.mentioned}
    assert {"Orla Breemer", "Tomas Vell"} <= mentioned
    for sp in corpus.mentioned:
        assert f"speakers/{sp.id}.md" not in pages and f"speakers/{sp.id}.xml" not in dict(feeds.feed_files(corpus))
        assert sp.id not in pages["speakers/index.md"]
    assert "speakers/dana-quist.md" in pages and "dana-quist" in pages["speakers/index.md"]
    article = pages["articles/levee.md"]
    assert "Orla Breemer" in article and "(../speakers/orla-breemer.md)" not in article  # named, as text
    assert {s["id"] for s in export(corpus)["speakers"]} == {"dana-quist"}


def test_a_scare_quote_stays_marked_in_its_article_without_a_page(levee):
    corpus, pages = levee
    (phrase,) = corpus.phrases["levee"]
    assert phrase.text == "temporary"
    assert f"quotes/{phrase.id}.md" not in pages and phrase.id not in corpus.quotes_by_id
    article = pages["articles/levee.md"]
    assert f'id="{phrase.anchor}" title="a quoted phrase, not a quotation">temporary</mark>' in article
    assert f"quotes/{phrase.id}" not in article
    data = export(corpus)
    assert phrase.id not in {q["id"] for q in data["quotes"]}
    assert phrase.id not in feeds.atom(corpus, list(corpus.quotes_by_id.values()), "feed.xml", "t", "index.html")
    for listing in ("quotes/by-date.md", "quotes/index.md", "quotes/unattributed.md", "index.md"):
        assert phrase.id not in pages.get(listing, "")
    (quotation,) = corpus.quotes
    assert quotation.speaker.name == "Dana Quist" and f"quotes/{quotation.id}.md" in pages


def test_pages_that_no_longer_qualify_get_their_gone_page(levee):
    corpus, _ = levee
    phrase = corpus.phrases["levee"][0]
    registry = {**live_entries(corpus),
                "speakers/orla-breemer.md": {"kind": "speaker", "name": "Orla Breemer", "aliases": []},
                "speakers/orla-breemer/2031.md": {"kind": "listing", "listing": "speakers/orla-breemer",
                                                  "keys": ["2031"], "title": "Orla Breemer: 2031"},
                f"quotes/{phrase.id}.md": {"kind": "quote", "text": phrase.text, "speaker": None,
                                           "articles": ["levee"]}}
    gone = {g.path: g for g in gone_pages(registry, corpus)}
    assert set(gone) == {"speakers/orla-breemer.md", "speakers/orla-breemer/2031.md", f"quotes/{phrase.id}.md"}
    assert gone["speakers/orla-breemer.md"].successor == "speakers/index.md"
    assert gone[f"quotes/{phrase.id}.md"].successor == "articles/levee.md"  # where the words still are
    pages = render_site(corpus, list(gone.values()))
    assert all(path in pages for path in gone)
    assert "Orla Breemer" in pages["speakers/orla-breemer.md"]


def test_an_editors_attribution_gives_a_page():
    text = "\u201cNever again,\u201d read the banner Ada Stone held."
    art = Article(id="b", source="b", title="Banner", paragraphs=[text])
    s, e = text.index("Never"), text.index(",\u201d")
    ex = ArticleExtraction("b", people=[Person("Ada Stone", ["Ada Stone"])],
                           quotes=[Quote("b", 0, s, e, text[s:e], cue="none")])
    ada = Speaker(id="ada-stone", name="Ada Stone", articles=["b"])
    corpus = link([art], [ex], [ada], {("b", 0): "ada-stone"})
    assert corpus.speakers == [] and corpus.quotes == [] and len(corpus.phrases["b"]) == 1
    from generator import correct
    from generator.corrections import parse
    out = correct.apply(corpus, parse(f"quotes:\n  {quote_id('Never again')}:\n    speaker: ada-stone\n"),
                        today="2031-01-01")
    assert out.problems == []
    assert [s.id for s in out.corpus.speakers] == ["ada-stone"] and out.corpus.phrases == {}
    assert out.corpus.quotes[0].speaker.id == "ada-stone" and out.corpus.quotes[0].attribution == "editor"
