"""Saved web pages (*.html): metadata and main text, on pages written for these tests in
the shapes news sites use (tests/fixtures/html/). Each page has a plain-text twin
(<name>.txt) with the same story, which must give the same quotations and speakers."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import extract_article
from generator.ingest import IngestError, read_article

FIXTURES = Path(__file__).parent / "fixtures" / "html"

# name: title, date, outlet, authors, url, language, and words of the page's furniture
# (navigation, share bar, related links, comments, cookie and subscription notices)
PAGES = {
    "newsarticle": dict(
        title="Harbour ferry fares frozen for two years", date="2023-03-14", outlet="The Tidewater Ledger",
        authors=["Marisol Quenby", "Tobias Wrenfield"], language="en-GB",
        url="https://ledger.example/news/2023/03/14/harbour-ferry-fares-frozen",  # canonical, not og:url's
        furniture=["We use cookies", "Share on Facebook", "Bridge tolls to rise", "harbourwatcher",
                   "Cancel the freeze", "Sign up to our free newsletter", "Advertisement", "Subscribe",
                   "All rights reserved", "free articles this month", "A ferry leaves the harbour"]),
    "opengraph": dict(
        title="Council Votes To Close Riverside Library", date="2022-11-08", outlet="Northfield Courier",
        authors=["Dara Pelletier"], language="en-US",
        url="https://courier.example/2022/11/council-votes-to-close-riverside-library/",
        furniture=["Skip to content", "Snow emergency", "Obituaries", "Share this", "City hall boiler",
                   "Shameful", "Leave a Reply", "Recent Posts", "Donate today", "We use cookies",
                   "Library budget cuts", "Reach her at"]),
    "nometadata": dict(
        title="Storm Cuts Power To Thousands On The Coast", date=None, outlet="Coastal Wire",
        authors=["Ilse Marchetti"], language=None, url=None,
        furniture=["Archive", "Copyright Coastal Wire", "By Ilse Marchetti", "Reporting by", "PORT ALDER"]),
    "amp": dict(
        title="Le port rouvre après la grève", date="2021-06-02", outlet="Le Quotidien du Fleuve",
        authors=["Élodie Charbonneau-Lamy"], language="fr-CA",
        url="https://quotidien.example/economie/le-port-rouvre-apres-la-greve",
        furniture=["Actualités", "Partager", "Publicité", "À lire aussi", "Les camionneurs attendent",
                   "Tous droits réservés", "témoins", "Charbonneau-Lamy, Le Quotidien"]),
}


@pytest.mark.parametrize("name", PAGES)
def test_each_page_shape_gives_its_metadata(name):
    want = PAGES[name]
    art = read_article(FIXTURES / f"{name}.html")
    assert (art.title, art.date, art.outlet, art.authors, art.url, art.language) == \
        (want["title"], want["date"], want["outlet"], want["authors"], want["url"], want["language"])
    assert not art.title_inferred


@pytest.mark.parametrize("name", PAGES)
def test_no_furniture_reaches_the_body(name):
    page = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    body = "\n".join(read_article(FIXTURES / f"{name}.html").paragraphs)
    for words in PAGES[name]["furniture"]:
        assert words in page.replace("&rsquo;", "\u2019")  # the fixture has it, the body must not
        assert words not in body, words


@pytest.mark.parametrize("name", PAGES)
def test_body_is_the_story_as_in_plain_text(name):
    page, text = read_article(FIXTURES / f"{name}.html"), read_article(FIXTURES / f"{name}.txt")
    assert page.paragraphs == text.paragraphs
    assert page.title == text.title


def _who_said_what(art):
    ex = extract_article(art)
    return [(q.text, ex.people[q.speaker].name if q.speaker is not None else None) for q in ex.quotes]


@pytest.mark.parametrize("name", PAGES)
def test_quotes_found_and_attributed_as_in_plain_text(name):
    from_page = _who_said_what(read_article(FIXTURES / f"{name}.html"))
    assert from_page == _who_said_what(read_article(FIXTURES / f"{name}.txt"))
    assert from_page  # every fixture quotes someone


def test_page_quotes_name_their_speakers():
    said = dict(_who_said_what(read_article(FIXTURES / "newsarticle.html")))
    assert said["We have listened to the people who depend on these boats, and we have heard them"] \
        == "Odile Brackwater"
    assert any(q.startswith("A freeze is not a cut") and who == "Pellam Orriday" for q, who in said.items())
    assert not any("Listened" in q for q in said)  # the comment's quote is no quote of the story
    said = dict(_who_said_what(read_article(FIXTURES / "amp.html")))  # guillemets, "a déclaré"
    assert said["Nous avons obtenu ce que nous demandions depuis deux ans"] == "Mathis Lavergne"


@pytest.mark.parametrize("title, outlet, want", [
    ("Headline Here | The Outlet", "The Outlet", "Headline Here"),
    ("Headline Here \u2013 The Outlet", "The Outlet", "Headline Here"),
    ("The Outlet - Headline Here", "The Outlet", "Headline Here"),
    ("Left - Right: A Headline | The Outlet", "The Outlet", "Left - Right: A Headline"),
    ("Headline Here | Some Section", "The Outlet", "Headline Here | Some Section"),
])
def test_site_name_is_no_part_of_the_title(title, outlet, want):
    from generator.ingest.html import strip_site_name
    assert strip_site_name(title, [outlet]) == want


def _page(tmp_path: Path, html: str, name: str = "p.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_byline_shaped_og_title_is_not_the_title(tmp_path):
    path = _page(tmp_path, '<html><head><meta property="og:title" content="Marta Quillon, The Associated Press">'
                           "</head><body><article><p>The mayor opened the bridge on Monday after two years of work on "
                           "its supports, and said the city had kept its promise to the people of the east bank.</p>"
                           "<p>Traffic was heavy all afternoon.</p></article></body></html>")
    art = read_article(path)
    assert art.title_inferred and art.title.startswith("The mayor opened the bridge")


def test_json_ld_article_body_when_the_page_is_filled_in_by_scripts(tmp_path):
    path = _page(tmp_path, '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
                           '"headline": "Dam plan approved", "articleBody": "The council approved the dam on Friday.\\n'
                           '\\"It will hold,\\" said Ros Tenneby, the engineer."}</script></head>'
                           '<body><div id="app"></div><script>render()</script></body></html>')
    art = read_article(path)
    assert art.title == "Dam plan approved"
    assert art.paragraphs == ["The council approved the dam on Friday.", '"It will hold," said Ros Tenneby, the engineer.']


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file"),
    (b"just words, no markup at all", "not a web page"),
    (b"<html>" + b"<p>A line of a very long page.</p>" * 308_405, "too large (10.0 MB; the limit is 5 MB)"),
])
def test_bad_pages_get_one_line(tmp_path, content, problem):
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read_article(path)
    assert problem in str(err.value) and str(err.value).startswith(str(path)) and "\n" not in str(err.value)


HOSTILE_PAGE = """<html><head><title>x</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam <img src=x onerror=alert(1)> approved",
 "author": {"@type": "Person", "name": "<script>alert(2)<\\/script>"}, "publisher": {"name": "{: onclick=alert(3) }"}}</script>
</head><body><article>
<p>The council approved the dam on Friday &lt;script&gt;alert(4)&lt;/script&gt; after a long debate about its cost.</p>
<script>alert(5)</script><p onclick="alert(6)">"It will hold, [and it will](javascript:alert(7)) last," said Ros Tenneby, the engineer.</p>
<p><a href="javascript:alert(8)">A link in the story</a> that the council published on its website.</p>
</article></body></html>"""


def test_markup_in_a_page_reaches_the_site_and_feeds_as_text_only(tmp_path):
    from conftest import build

    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "hostile.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    result = build(seeds, tmp_path / "out")
    assert result.corpus.articles[0].title == "Dam <img src=x onerror=alert(1)> approved"
    site = tmp_path / "out" / "site"
    for path in [site / "articles" / "hostile.html", *site.glob("quotes/*.html"), site / "index.html"]:
        page = parse_html(path)
        assert not [e for e in page.elements if e.tag == "img" and "onerror" in e.attrs], path
        assert not [e for e in page.elements if any(k.startswith("on") for k in e.attrs)], path
        assert not [e for e in page.find("script") if "alert" in e.text], path
        assert not [e for e in page.find("a") if e.attrs.get("href", "").startswith("javascript:")], path
    import feedparser
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo and "Ros Tenneby" in feed.entries[0].title


@pytest.mark.parametrize("page_title, heading, want", [
    ("Home | Frontline Monitor", '<h2 class="post-title">Rebels claim capture of Veska airbase</h2>',
     "Rebels claim capture of Veska airbase"),
    ("Obituary for Harriet June Lomax | Whitcombe &amp; Daughters", "<h2>Harriet June Lomax</h2>", "Harriet June Lomax"),
    ("Court Watch | Federal Wire", "<h2>Justices question limits of agency power in fishing case</h2>",
     "Justices question limits of agency power in fishing case"),
])
def test_a_lower_heading_is_the_title_of_a_page_with_no_h1(tmp_path, page_title, heading, want):
    """f55, f57: a blog theme's <h2 class="post-title"> and a funeral home's <h2> under a
    <title> that holds it: the titles were "Home | Frontline Monitor" and the <title> whole;
    f75: a headline's <h2> under a <title> of a section and the site ("Court Watch | Federal
    Wire" was the title)."""
    path = _page(tmp_path, f"<html><head><title>{page_title}</title></head><body>{heading}"
                           "<p>The rebels said on Friday they had taken the airbase after two days of fighting, and "
                           "the army said the fighting went on.</p><p>Residents reported heavy shelling.</p>"
                           "</body></html>")
    assert read_article(path).title == want


def parse_html(path):
    from conftest import parse_html as parse
    return parse(path)


def test_a_page_without_a_site_name_keeps_its_headline_and_takes_the_outlet_from_its_title(tmp_path):
    """A page titled "Headline: more - Example News" with og:title and no og:site_name: the
    site name guessed from the title was the headline itself, so the headline was dropped
    (the lede became the title) and the headline became the outlet."""
    path = _page(tmp_path, '<html><head><title>Council tax: Lakeshore faces 9.9% rise - Harbour News</title>'
                           '<meta property="og:title" content="Council tax: Lakeshore faces 9.9% rise"></head><body>'
                           "<article><h1>Council tax: Lakeshore faces 9.9% rise</h1><p><b>Residents in Lakeshore face "
                           "a council tax rise of 9.9% after councillors backed the budget on Tuesday.</b></p>"
                           "<p>Council leader Ivo Berrand said the rise was \u201cunavoidable\u201d because of costs."
                           "</p></article></body></html>")
    art = read_article(path)
    assert (art.title, art.title_inferred, art.outlet) == ("Council tax: Lakeshore faces 9.9% rise", False,
                                                           "Harbour News")


@pytest.mark.parametrize("byline, authors, date", [
    ("By Nadia Korsvik | VerifyDesk | Updated 2 August 2027", ["Nadia Korsvik"], "2027-08-02"),
    ("By Priya Venkatesan \u00b7 Film Editor \u00b7 9 September 2027", ["Priya Venkatesan"], "2027-09-09"),
    ("By Helena Sorvig, Science Correspondent \u00b7 11 May 2027 \u00b7 5 min read", ["Helena Sorvig"], "2027-05-11"),
    ("By Marisol Venegar | Capitol Bureau | Published March 14, 2027, 6:42 p.m. CT", ["Marisol Venegar"], "2027-03-14"),
    ("Live coverage by Orla Fitzmartin and Ben Adeyemo", ["Orla Fitzmartin", "Ben Adeyemo"], None),
])
def test_a_byline_element_gives_the_authors_and_the_day(tmp_path, byline, authors, date):
    """A page whose byline is a '<p class="byline">' the main text leaves out gave authors
    "VerifyDesk", "Updated", "Published March", "Priya Roe \u00b7 Film Editor \u00b7", and for its
    date the first of January of a year the story mentions ("collected between 1900 and 2020")."""
    art = read_article(_page(tmp_path, f"""<html><head><title>Foxes grow shorter snouts | Example Wire</title></head>
<body><article><h1>Foxes grow shorter snouts</h1><p class="byline">{byline}</p>
<p>Researchers compared 1,134 fox skulls held in museum collections, collected between 1900 and 2020.</p>
<p>"The difference is small but consistent," said Dr Kavita Ramasamy, the study's lead author, on Monday.</p>
<p>The team now plans to compare skulls from other cities across the country over the next two years.</p>
</article></body></html>"""))
    assert art.authors == authors
    assert art.date == date


def test_a_meta_author_does_not_hide_the_bylines_second_author(tmp_path):
    """'<meta name="author" content="Jonah Whitcomb">' over '<p class="byline">By Jonah
    Whitcomb and Amara Oseh</p>' lost the second author."""
    art = read_article(_page(tmp_path, """<html><head><title>Ohio voters sour | Example Post</title>
<meta name="author" content="Jonah Whitcomb"></head>
<body><article><h1>Ohio voters sour</h1><p class="byline">By Jonah Whitcomb and Amara Oseh</p>
<p>Five weeks before Election Day, the race in the state is tied, a new poll of voters found.</p>
<p>"I'm holding my nose," said Gloria Underhay, 54, a retired nurse from Dayton, on Tuesday.</p>
</article></body></html>"""))
    assert art.authors == ["Jonah Whitcomb", "Amara Oseh"]


def test_a_page_title_of_the_site_and_its_sections_gives_way_to_the_headline_in_bold(tmp_path):
    """f81: "<title>Example Nuacht | News | Ireland</title>", no heading, the headline in
    <p><b>: the title was "News - Ireland", and the headline the first paragraph."""
    path = _page(tmp_path, "<html><head><title>Harbour Nuacht | News | Islands</title>"
                           '<meta property="og:site_name" content="Harbour Nuacht"></head><body><div class="article">'
                           "<p><b>Ferry crews walk out over new rosters</b></p><p>By Ines Varga</p>"
                           "<p>Ferry crews walked off the boats on Tuesday in a dispute over new rosters, the union said."
                           "</p><p>\u201cWe start at four,\u201d said Ola Brandt, a deckhand.</p></div></body></html>")
    art = read_article(path)
    assert (art.title, art.authors) == ("Ferry crews walk out over new rosters", ["Ines Varga"])
    assert art.paragraphs[0].startswith("Ferry crews walked off the boats")


@pytest.mark.parametrize("byline, authors", [
    # f79: trafilatura took the time stamp of the byline element for the author ("Published Sep")
    ('<div class="byline"><span class="authorText">Published Sep 08, 2026 \u2022 Last updated Sep 08, 2026'
     ' \u2022 4 minute read</span></div>', []),
    # f47: the name, its job and the place ("Gisborne" was the author)
    ('<p class="byline">By Ines Varga<br>Reporter, Velmora</p>', ["Ines Varga"]),
    # f79: the outlet's staff for a byline, a line of the body ("Prairie Courier Staff")
    ("<p>Tidewater Courier Staff</p>", []),
])
def test_a_guessed_author_is_a_name_not_a_time_stamp_or_a_place(tmp_path, byline, authors):
    path = _page(tmp_path, "<html><head><title>Ferry crews walk out over new rosters</title></head><body>"
                           f"<article><h1>Ferry crews walk out over new rosters</h1>{byline}"
                           "<p>Ferry crews walked off the boats on Tuesday in a dispute over new rosters, the union said."
                           "</p><p>\u201cWe start at four,\u201d said Ola Brandt, a deckhand.</p></article></body></html>")
    art = read_article(path)
    assert art.authors == authors and art.paragraphs[0].startswith("Ferry crews walked off")


def test_an_embedded_post_gives_neither_the_date_nor_a_paragraph(tmp_path):
    """A page with no date of its own took its date from an embedded tweet's signature
    ("March 3, 2019"), and the tweet's text ("... pic.twitter.com/...") became a paragraph."""
    art = read_article(_page(tmp_path, """<html><head><title>Ferry timetable changes | Example Local</title></head>
<body><main><h1>Ferry timetable changes</h1><div class="content">
<p>The harbour board on Thursday announced a new winter timetable for the island ferry.</p>
<blockquote class="twitter-tweet"><p lang="en">Sailings at 6am and 9pm are cancelled until April. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Harbour Board (@ExampleHarbour) <a href="https://twitter.com/ExampleHarbour/status/9">June 14, 2018</a></blockquote>
<blockquote class="instagram-media"><p>Sunset over the quay, posted 2 May 2017</p></blockquote>
<p>"Fewer people travel in the dark months," said board chair Wilma Okonkwo-Reyes.</p>
</div></main></body></html>"""))
    assert art.date is None
    assert not any("cancelled until April" in p or "Sunset" in p for p in art.paragraphs)
    assert art.paragraphs[-1].startswith('"Fewer people travel')


@pytest.mark.parametrize("box", [
    '<div class="story-pullquote"><p>"The river gave us nothing but trouble for thirty winters"</p></div>',
    '<blockquote class="pull-quote"><p>"The river gave us nothing but trouble"</p><p>Oswin Takahara-Bell</p></blockquote>',
    # no class says so: a short block repeating the story's sentence, with its credit line
    '<div class="box"><p>"The river gave us nothing but trouble for thirty winters"</p><p>Oswin Takahara-Bell</p></div>',
])
def test_a_pull_quote_is_not_published_twice(tmp_path, box):
    """A pull-quote box repeating a quotation became a second paragraph (and a second quote),
    and the credit line under it a paragraph of its own."""
    art = read_article(_page(tmp_path, f"""<html><head><title>Flood wall finished | Example Courier</title></head>
<body><article><h1>Flood wall finished</h1>
<p>Work on the flood wall along the east bank of the river ended on Friday after four years.</p>
<p>"The river gave us nothing but trouble for thirty winters. Now we can sleep," said Oswin Takahara-Bell, who farms by the bank.</p>
{box}
<p>The wall cost the county about 12 million and is meant to last a century.</p>
</article></body></html>"""))
    assert len(art.paragraphs) == 3, art.paragraphs
    assert art.paragraphs[2].startswith("The wall cost")


@pytest.mark.parametrize("furniture", [
    # a box of headlines on the story's topic
    '<div class="more"><b>READ MORE ABOUT FERRIES</b><ul><li>Captain sails on after 40 years at the wheel</li>'
    "<li>Why island fares keep going up</li></ul></div>",
    # a newsletter asking for money
    "<p><i>If you enjoy this newsletter, please consider becoming a paying member. It costs $4 a month and "
    "keeps the Harbour Letter free for everyone.</i></p>",
    # an advertisement slot's label
    '<p class="ad">Advertisement \u00b7 Scroll to continue</p>',
    # a magazine's print-issue note, run together with the date
    '<p class="note">This story appears in the October 2026 issue. September 9, 2026</p>',
])
def test_page_furniture_is_no_paragraph(tmp_path, furniture):
    """A "READ MORE ON ..." box and its headlines, a newsletter's plea for paid supporters,
    "Advertisement \u00b7 Scroll to continue" and a print-issue note were kept as paragraphs."""
    art = read_article(_page(tmp_path, f"""<html><head><title>Ferry fares frozen | Example Courier</title></head>
<body><article><h1>Ferry fares frozen</h1>
<p>The island ferry company said on Tuesday that fares would stay at this year's level until 2028.</p>
{furniture}
<p>"Nobody should have to think twice before visiting their mother," said operations manager Idris Vantongeren.</p>
</article></body></html>"""))
    assert len(art.paragraphs) == 2, art.paragraphs
    assert art.paragraphs[1].startswith('"Nobody should')


def test_a_kicker_and_the_headline_again_are_no_paragraphs(tmp_path):
    """A magazine page printing its section label ("TRAVEL") and the headline again at the top of
    the story text gave both as its first paragraphs."""
    art = read_article(_page(tmp_path, """<html><head><title>The Lighthouse Keeper's Last Winter \u2014 Example Monthly</title></head>
<body><article class="feature"><p class="label">TRAVEL</p><h1>The Lighthouse Keeper's Last Winter</h1>
<p>By the end of November the supply boat comes only twice a month, and Halvard Ostby counts the tins.</p>
<p>"You learn to like your own company, or you leave," Ostby said.</p>
</article></body></html>"""))
    assert art.title == "The Lighthouse Keeper's Last Winter"
    assert art.paragraphs[0].startswith("By the end of November"), art.paragraphs


@pytest.mark.parametrize("head, byline, authors", [
    ('<meta name="author" content="Reporting by Mirela Kastanova; Editing by Joost Verhaeghe">', "",
     ["Mirela Kastanova"]),
    ("", '<p class="byline">By Tobiah Lindqvist-Nair \u00b7 Photographs by Ines Carvalhosa</p>',
     ["Tobiah Lindqvist-Nair"]),
])
def test_an_editor_or_photographer_credit_is_no_author(tmp_path, head, byline, authors):
    """'<meta name="author" content="Reporting by X; Editing by Y">' gave the whole line as
    the author, and a byline "By X \u00b7 Photographs by Y" gave "X \u00b7 Photographs by Y"."""
    art = read_article(_page(tmp_path, f"""<html><head><title>Canal reopens | Example Wire</title>{head}</head>
<body><article><h1>Canal reopens</h1>{byline}
<p>The canal reopened to barges on Thursday after a six-week closure for repairs to two locks.</p>
<p>"We are glad to have the traffic back," said lock keeper Berit Sandoval-Hume.</p>
</article></body></html>"""))
    assert art.authors == authors


def test_a_box_of_links_to_other_stories_is_no_paragraph(tmp_path):
    """A '<div class="read-more">' box of headlines inside the story: the main text kept
    its headlines ("- Why island fares ...") without the heading that marked them as links."""
    art = read_article(_page(tmp_path, """<html><head><title>Ferry fares frozen | Example Courier</title></head>
<body><article><h1>Ferry fares frozen</h1>
<p>The island ferry company said on Tuesday that fares would stay at this year's level until 2028.</p>
<p>"We kept the fares where they were," said manager Idris Vantongeren.</p>
<div class="read-more"><strong>MORE FERRY NEWS</strong><ul><li>'SHE SAVED US' Captain sails on after 40 years at the wheel</li>
<li>Why island fares keep going up</li></ul></div>
<p>His wife Nora, 58, said the first thing they would buy was a boat. "It has been for sale for a year," she said.</p>
<p>The company plans a review in the spring.</p>
</article></body></html>"""))
    assert not any("Captain sails" in p or "fares keep" in p for p in art.paragraphs), art.paragraphs
    assert len(art.paragraphs) == 4
