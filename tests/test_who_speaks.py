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
                       speaker=speaker, cue=cue, anchor="q-x", **kw)


def test_a_phrase_is_short_unspoken_and_unattributed():
    jo = Speaker(id="jo-roe", name="Jo Roe")
    assert is_phrase(_record("temporary"))
    assert is_phrase(_record("green new deal", cue="scare-quote"))
    assert is_phrase(_record("fake news", cue="title", guess=jo))  # a guess is not a speaker
    assert not is_phrase(_record("we will not stop", cue="none"))  # four words
    assert not is_phrase(_record("no", speaker=jo, cue="said-after"))  # a partial quotation with a speaker
    assert is_phrase(_record("absolutely not", cue="said-after", guess=jo))  # "Speaker uncertain" over two words
    assert is_phrase(_record("absolutely not", cue="said-after-unknown"))  # a verb of saying, but no one
    assert not is_phrase(_record("absolutely not", described_as="a spokesperson", cue="said-after-anonymous"))
    assert is_phrase(_record("the never trump", described_as="many", cue="scare-quote"))  # no verb of saying
    assert is_phrase(_record("U.S.-Mexico border"))  # three words as a reader counts them
    assert not is_phrase(_record("absolutely not", attribution="editor"))  # an editor ruled on it
    # the title of a work, however long, is no quotation (issue 27: a book's title had a quote
    # page, "An East German journalist: 'Who's Who in the Agency'"); words a title cue caught
    # that do not read as a title, or a shouted tweet, keep their page
    assert is_phrase(_record("Who\u2019s Who in the Harbour Police", cue="title", described_as="a journalist"))
    assert is_phrase(_record("The Late Show With Jane Roe.", cue="title"))
    assert not is_phrase(_record("you would not want your children to repeat", cue="title"))
    assert not is_phrase(_record("GLASS IS HALF FULL", cue="title"))
    assert not is_phrase(_record("The Late Show With Jane Roe", cue="title", speaker=jo))
    # with no verb of saying at all, a Title Case name of a work ('The film beat "Killers of
    # the Harbour Moon," the director's epic' had a quote page "possibly" by the director);
    # a sentence in Title Case with its full stop, or words a verb of saying ties, stay
    assert is_phrase(_record("Killers of the Harbour Moon", cue="none", guess=jo))
    assert not is_phrase(_record("We Will Never Give Up The Harbour.", cue="none", guess=jo))
    assert not is_phrase(_record("We Will Never Give Up The Harbour", cue="said-after", guess=jo))


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
    # data, no page: a scare quote is a term, not one of the quotes (a phrase that may be speech stays there)
    assert [(q["id"], q["url"], q["phrase"]) for q in data["terms"]] == [(phrase.id, None, True)]
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


# --- one quotation, one attribution (item 7): a site built and read back -----------------

SAME_WORDS = "We will not close the harbour this winter, whatever the storms bring"
HARBOUR = {
    "roe.txt": f"---\ntitle: Mayor Keeps Harbour Open\ndate: 2031-01-05\noutlet: Coast News\n---\n\n"
               f"Mayor Ann Roe spoke to fishermen on Monday.\n\n\u201c{SAME_WORDS},\u201d Roe said.\n",
    "brandt.txt": f"---\ntitle: Councillor Echoes Harbour Pledge\ndate: 2031-01-06\noutlet: Bay Times\n---\n\n"
                  f"Councillor Carl Brandt addressed the council on Tuesday.\n\n\u201c{SAME_WORDS},\u201d Brandt "
                  f"said, repeating the pledge word for word.\n",
    "notice.txt": f"---\ntitle: Harbour Notice Posted\ndate: 2031-01-07\n---\n\n"
                  f"A notice was posted at the harbour gate on Wednesday.\n\n\u201c{SAME_WORDS}.\u201d\n",
}


def one_speaker_everywhere(site) -> list[str]:
    """Every quotation (one report of some words in one article) against every place that
    shows it: the article's mark, the quote page, speaker pages, feeds and both exports.
    Returns the disagreements."""
    import csv
    import json
    import re
    import xml.etree.ElementTree as ET
    from conftest import parse_html
    data = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    data["quotes"] = [q for q in data["quotes"] if not q["phrase"]]  # no page, on no list
    rows = {q["context_url"]: q for q in data["quotes"]}
    by_id: dict[str, set] = {}
    for q in data["quotes"]:
        by_id.setdefault(q["id"], set()).add((q["speaker"] or {}).get("id"))
    problems = []
    titles = {a["page"]: a["title"] for a in data["articles"]}
    speaker_pages = {s["id"]: s["url"] for s in data["speakers"]}
    for url, q in rows.items():
        page, anchor = url.split("#")
        name = q["speaker"]["name"] if q["speaker"] else None
        mark = [m for m in parse_html(site / page).find("mark") if m.attrs.get("id") == anchor]
        shown = mark[0].attrs.get("title") if mark else None
        if (name and shown != name) or (not name and shown in {s["name"] for s in data["speakers"]}):
            problems.append(f"{url}: the article shows {shown!r}, the export {name!r}")
        quote_page = parse_html(site / q["url"])
        if len(by_id[q["id"]]) == 1:
            heading = quote_page.find("h1")[0].text
            if name and not heading.startswith(name) or not name and any(
                    heading.startswith(s["name"]) for s in data["speakers"]):
                problems.append(f"{q['url']}: heading {heading!r}, export {name!r} for {url}")
        else:
            row = [tr.text for tr in quote_page.find("tr") if titles[page] in tr.text]
            if not row or (name or "Unattributed") not in row[0] and not (q["described_as"] or q["speaker_guess"]):
                problems.append(f"{q['url']}: the report in {page} shows {row!r}, the export {name!r}")
        for sid, spage in speaker_pages.items():
            linked = any(a.attrs.get("href", "").endswith(url) for a in parse_html(site / spage).find("a"))
            if linked != (sid == (q["speaker"] or {}).get("id")):
                problems.append(f"{spage} {'lists' if linked else 'does not list'} {url} (export: {name!r})")
    for row in csv.DictReader((site / "data" / "quotes.csv").open(encoding="utf-8")):
        same = [q for q in rows.values() if q["id"] == row["id"] and q["article"] == row["article"]]
        if not same or (row["speaker"] or None) not in {(q["speaker"] or {}).get("name") for q in same}:
            problems.append(f"quotes.csv: {row['id']} in {row['article']} by {row['speaker']!r}")
    atom = "{http://www.w3.org/2005/Atom}"
    for feed in [site / "feed.xml", *sorted((site / "speakers").glob("*.xml"))]:
        for entry in ET.parse(feed).getroot().iter(f"{atom}entry"):
            related = next(l.get("href") for l in entry.iter(f"{atom}link") if l.get("rel") == "related")
            url = re.sub(r"^(\.\./)+", "", related)
            author = entry.find(f"{atom}author/{atom}name")
            name = (rows[url]["speaker"] or {}).get("name")
            if (author.text if author is not None else None) != name:
                problems.append(f"{feed.name}: entry for {url} by {author.text if author is not None else None!r}, "
                                f"export {name!r}")
    return problems


def test_the_same_words_from_two_speakers_show_each_speaker_everywhere(tmp_path):
    from conftest import broken_links, build
    from generator.site.feeds import entry_id
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in HARBOUR.items():
        (seeds / name).write_text(text, encoding="utf-8")
    result = build(seeds, tmp_path / "out")
    site = tmp_path / "out" / "site"
    (qid,) = [qid for qid, occ in result.corpus.quotes_by_id.items() if len(occ) == 3]
    speakers = {o.article: o.speaker.name if o.speaker else None for o in result.corpus.quotes_by_id[qid]}
    assert speakers == {"roe": "Ann Roe", "brandt": "Carl Brandt", "notice": None}, speakers
    assert one_speaker_everywhere(site) == []
    page = (site / "quotes" / f"{qid}.html").read_text(encoding="utf-8")
    assert "the reports differ on who said them" in page and "Unattributed" in page
    assert heading_citation_and_card_disagree(tmp_path / "out") == []
    from conftest import parse_html
    assert parse_html(site / "quotes" / f"{qid}.html").find("h1")[0].text.startswith(
        "Carl Brandt, Ann Roe and an unnamed speaker: \u201c")  # in order of first report
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    ids = {entry_id(qid, sid) for sid in ("ann-roe", "carl-brandt", "")}
    assert all(i in feed for i in ids) and entry_id(qid) not in feed  # one entry per attribution
    assert broken_links(site) == []


def test_the_seeds_site_shows_one_speaker_per_quotation(seeds_site):
    _, out = seeds_site
    assert one_speaker_everywhere(out / "site") == []
    assert heading_citation_and_card_disagree(out) == []


def heading_citation_and_card_disagree(out) -> list[str]:
    """Every quote page of a built site whose title, heading, citation, embed and social card
    do not name the same speaker(s)."""
    import html
    import yaml
    problems = []
    for md in sorted((out / "site_src" / "quotes").glob("*.md")):
        text = md.read_text(encoding="utf-8")
        if "## Cite this" not in text:
            continue  # a gone or withdrawn page
        meta = yaml.safe_load(text.split("---")[1])
        heading = next(line[2:] for line in text.splitlines() if line.startswith("# "))
        who = heading.split(": \u201c")[0]
        cite = [line.strip() for line in text.split("## Cite this")[1].splitlines()[1:] if line.strip()]
        og = meta["og_title"]
        if not (html.unescape(meta["title"]).startswith(f"{html.unescape(who)}: \u201c")
                and cite[0].startswith(f"{who}: \u201c") and f"\u2014 {html.escape(html.unescape(who))}, <a" in cite[-1]
                and (og.startswith(f"{html.unescape(who)} said: ") or who in ("Speaker uncertain", "Unattributed"))):
            problems.append(f"{md.name}: heading {who!r}, citation {cite[0][:60]!r}, card {og[:60]!r}")
    return problems


# --- what a journalist copies (item 10) ---------------------------------------------------

def test_the_build_warns_in_one_line_when_citations_are_relative(tmp_path):
    from generator.site.lean import relative_citations
    (tmp_path / "index.html").write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    warning = relative_citations(tmp_path)
    assert warning and "SITE_URL" in warning and "\n" not in warning
    (tmp_path / "index.html").write_text('<html><head><link rel=canonical href=https://example.org/></head></html>',
                                         encoding="utf-8")
    assert relative_citations(tmp_path) is None


@pytest.mark.parametrize("speaker,described,guess,heading", [
    ("Dana Quist", "", None, "Dana Quist"), (None, "a spokesperson for the agency", None, "A spokesperson for the agency"),
    (None, "", "Jo Roe", "Speaker uncertain"), (None, "", None, "Unattributed")])
def test_heading_citation_and_social_card_agree(speaker, described, guess, heading):
    import yaml
    text = "The water will not come through here again this spring"
    para = f"\u201c{text},\u201d someone said."
    art = Article(id="w", source="w", title="Water", outlet="Coast News", paragraphs=[para])
    people = [Person(n, [n]) for n in (speaker, guess) if n]
    q = Quote("w", 0, 1, 1 + len(text), text, speaker=0 if speaker else None, guess=0 if guess else None,
              described_as=described, cue="said-after", confidence=0.5)
    sps = [Speaker(id="p0", name=(speaker or guess), articles=["w"])] if people else []
    corpus = link([art], [ArticleExtraction("w", people=people, quotes=[q])], sps, {("w", 0): "p0"} if people else {})
    page = render_site(corpus)[f"quotes/{q.id}.md"]
    meta = yaml.safe_load(page.split("---")[1])
    cite = page.split("## Cite this")[1]
    assert meta["title"].startswith(f"{heading}:") and f"\n{heading}: \u201c{text}\u201d Quoted in" in cite
    assert f"\u2014 {heading}, <a href=" in cite
    og = meta["og_title"]
    assert "quotation" not in og and text[:30] in og and (og.startswith(f"{heading} said:") if speaker or described
                                                           else og.endswith(("uncertain", "named")))


def _reported(reports: list[tuple], title=lambda i: f"Water report {i}", outlet: str | None = "Coast News"):
    """The same words reported in one article each, attributed as `reports` says: (speaker,
    description, guess) per report. Returns (corpus, words)."""
    text = "The water will not come through here again this spring"
    arts, extractions, speakers, speaker_of = [], [], {}, {}
    for i, (speaker, described, guess) in enumerate(reports):
        aid = f"w{i}"
        arts.append(Article(id=aid, source=aid, title=title(i), outlet=outlet,
                            paragraphs=[f"\u201c{text},\u201d someone said."]))
        names = [n for n in (speaker, guess) if n]
        for j, n in enumerate(names):
            sid = n.lower().replace(" ", "-")
            speakers.setdefault(sid, Speaker(id=sid, name=n, articles=[])).articles.append(aid)
            speaker_of[(aid, j)] = sid
        q = Quote(aid, 0, 1, 1 + len(text), text, speaker=0 if speaker else None,
                  guess=names.index(guess) if guess else None, described_as=described, cue="said-after",
                  confidence=0.5)
        extractions.append(ArticleExtraction(aid, people=[Person(n, [n]) for n in names], quotes=[q]))
    return link(arts, extractions, list(speakers.values()), speaker_of), text


def _heading_citation_card(corpus, text: str) -> tuple[str, str, str, str, str]:
    """(front-matter title, heading, plain citation, embed, social-card title) of the quote page."""
    import yaml
    page = render_site(corpus)[f"quotes/{quote_id(text)}.md"]
    meta = yaml.safe_load(page.split("---")[1])
    heading = next(line[2:] for line in page.splitlines() if line.startswith("# "))
    cite = [line for line in page.split("## Cite this")[1].splitlines()[1:] if line.strip()]
    return meta["title"], heading, cite[0], cite[-1].strip(), meta["og_title"]


@pytest.mark.parametrize("reports,heading", [
    ([("Dana Quist", "", None), ("Jo Roe", "", None)], "Dana Quist and Jo Roe"),
    # the uncertain said once, however many guesses
    ([(None, "", "Dana Quist"), (None, "", "Jo Roe"), (None, "", None)], "Speaker uncertain"),
    # a description after a name reads as in a sentence
    ([("Dana Quist", "", None), (None, "the head of the harbour board", None)],
     "Dana Quist and the head of the harbour board"),
    ([(None, "The head of the harbour board", None), (None, "New Harbour officials", None)],
     "The head of the harbour board and New Harbour officials"),
    ([("Dana Quist", "", None), (None, "", "Jo Roe"), (None, "", "Ana Berg")], "Dana Quist and an uncertain speaker"),
    ([("Dana Quist", "", None), (None, "", None)], "Dana Quist and an unnamed speaker"),
    # six ways of telling it: the heading, the citation and the card count the same others
    ([("Dana Quist", "", None), ("Dana Quist", "", None), ("Jo Roe", "", None), ("Ana Berg", "", None),
      ("Ola Lind", "", None), (None, "many reporters", None), (None, "", "Dana Quist")],
     "Dana Quist, Jo Roe and 4 others"),
])
def test_heading_citation_and_social_card_agree_when_reports_differ(reports, heading):
    corpus, text = _reported(reports)
    title, h1, cite, embed, og = _heading_citation_card(corpus, text)
    assert title.startswith(f"{heading}: \u201c") and h1.startswith(f"{heading}: \u201c")
    first_named = next((i for i, r in enumerate(reports) if r[0]), next((i for i, r in enumerate(reports) if r[1]), 0))
    others = f"and {len(reports) - 1} other report{'s' if len(reports) > 2 else ''}"
    # the citation names the article of the first speaker named, and how many other reports there are
    assert cite == (f"{heading}: \u201c{text}\u201d Quoted in \u201cWater report {first_named}\u201d, Coast News "
                    f"{others}. quotes/{quote_id(text)}.html")
    assert embed.startswith("<blockquote") and f"\u2014 {heading}, <a href=" in embed
    assert f"</a> {others}</footer>" in embed
    if any(r[0] or r[1] for r in reports):
        assert og == f"{heading} said: \u201c{text}\u201d"
    else:
        assert og == f"\u201c{text}\u201d: who said it is uncertain"
    assert heading.count("ncertain") <= 1 and " and The " not in heading


def test_a_title_that_ends_its_sentence_takes_no_other_full_stop():
    for title, ends in [("Harbour Chief: Gate \u2018Closed For Good.\u2019", "Good.\u2019\u201d"),
                        ("Will the Gate Hold?", "Hold?\u201d"), ("Gate Holds", "Holds\u201d.")]:
        corpus, text = _reported([("Dana Quist", "", None)], title=lambda i: title, outlet=None)
        _, _, cite, _, _ = _heading_citation_card(corpus, text)
        assert cite.endswith(f"{ends} quotes/{quote_id(text)}.html"), cite
    corpus, text = _reported([("Dana Quist", "", None)], title=lambda i: "Gate \u2018Closed.\u2019")
    assert _heading_citation_card(corpus, text)[2].endswith("\u2019\u201d, Coast News. quotes/"
                                                             f"{quote_id(text)}.html")


def test_the_embed_code_wraps_instead_of_scrolling_sideways(seeds_site):
    import re
    from conftest import ROOT
    css = (ROOT / "generator" / "site" / "static" / "assets" / "site.css").read_text(encoding="utf-8")
    rule = re.search(r"([^{}]*)\{([^}]*white-space: pre-wrap[^}]*)\}", css)
    assert rule and rule.group(1).split("*/")[-1].strip() == ".md-typeset #cite-this ~ pre > code"
    assert "overflow-wrap" in rule.group(2)
    result, out = seeds_site
    page = (out / "site" / "quotes" / f"{result.corpus.quotes[0].id}.html").read_text(encoding="utf-8")
    assert re.search(r'<h2[^>]*\bid="?cite-this"?[^>]*>.*?</h2>(<p>.*?</p>)+<pre><code>&lt;blockquote', page, re.S)


def test_reports_that_disagree_list_named_speakers_first():
    from generator.site.render import attributions
    named = Speaker(id="dana-quist", name="Dana Quist")
    guessed = Speaker(id="jo-roe", name="Jo Roe")

    def report(article: str, speaker=None, guess=None) -> QuoteRecord:
        return QuoteRecord(id="q", text="The water will not come", article=article, paragraph=0, start=0, end=5,
                           speaker=speaker, cue="said-after", anchor=f"q-{article}", guess=guess)
    groups = attributions([report("a"), report("b", guess=guessed), report("c", speaker=named), report("d")])
    assert [(g[0].speaker, g[0].guess, [o.article for o in g]) for g in groups] == [
        (named, None, ["c"]), (None, guessed, ["b"]), (None, None, ["a", "d"])]


# --- undated copy (item 9) ----------------------------------------------------------------

def test_an_undated_quotation_is_dated_in_feeds_by_the_day_it_first_appeared(tmp_path, monkeypatch):
    import json
    import xml.etree.ElementTree as ET
    from conftest import build
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    (seeds / "gate.txt").write_text("Harbour Gate Reopens\n\n\u201cThe gate will stay open all winter for the "
                                    "boats,\u201d said harbourmaster Lena Osk.\n", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")  # 2024-06-01
    build(seeds, out)
    (seeds / "quay.txt").write_text("Quay Repairs Begin\n\n\u201cThe quay will be rebuilt stone by stone before "
                                    "spring,\u201d said engineer Piet Vahl.\n", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1719792000")  # 2024-07-01
    result = build(seeds, out)
    atom = "{http://www.w3.org/2005/Atom}"
    root = ET.parse(out / "site" / "feed.xml").getroot()
    dates = {next(l.get("title") for l in e.iter(f"{atom}link") if l.get("rel") == "related"):
             e.find(f"{atom}published").text for e in root.iter(f"{atom}entry")}
    assert dates == {"Harbour Gate Reopens": "2024-06-01T00:00:00Z", "Quay Repairs Begin": "2024-07-01T00:00:00Z"}
    assert root.find(f"{atom}updated").text == "2024-07-01T00:00:00Z"
    pages = json.loads((out / "permalinks.json").read_text(encoding="utf-8"))["pages"]
    assert sorted(e["first_seen"] for e in pages.values() if "first_seen" in e) == ["2024-06-01", "2024-07-01"]
    assert all(not a.date for a in result.corpus.articles)


def test_a_phrase_that_reads_like_a_variant_of_a_quotation_is_not_listed_as_one():
    # "U.S.-Mexico border wall" is four words to the variant finder, three to a reader
    art = Article(id="v", source="v", title="Wall", paragraphs=[
        "Critics mocked the \u201cU.S.-Mexico border-wall\u201d again.",
        "\u201cWe will build the U.S.-Mexico border wall,\u201d said candidate Jo Roe."])
    corpus = analyse([art])
    assert corpus.phrases and all(v in corpus.quotes_by_id for vs in corpus.variants.values() for v in vs)
    render_site(corpus)
