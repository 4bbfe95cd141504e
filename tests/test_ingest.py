"""Ingest: metadata forms split off the body, on articles written for these tests."""
from __future__ import annotations

import pytest

from generator.extract import extract_article
from generator.ingest import IngestError, decode, parse_article, read_article


def parse(text: str):
    return parse_article(text, "t")


def test_headline_then_blank_line_is_the_title():
    art = parse("Mayor Unveils Plan For Harbour Bridge\n\nThe mayor said on Monday the bridge would open.\n")
    assert art.title == "Mayor Unveils Plan For Harbour Bridge"
    assert not art.title_inferred
    assert art.paragraphs == ["The mayor said on Monday the bridge would open."]


def test_no_headline_title_comes_from_the_lede():
    art = parse("The city council voted on Tuesday to close the old library. Residents protested.\n"
                "A second paragraph follows.\n")
    assert art.title_inferred
    assert art.title == "The city council voted on Tuesday to close the old library"
    assert art.paragraphs[0].startswith("The city council voted")


def test_long_lede_title_is_cut_at_a_word():
    lede = "Officials in the northern province announced a sweeping set of measures " * 3 + "today."
    art = parse(lede + "\nMore text.\n")
    assert art.title.endswith("\u2026") and len(art.title) <= 91
    assert lede.startswith(art.title[:-1])


def test_date_prefix_is_metadata_and_the_rest_is_body():
    art = parse(" date 2023-05-17 Farmers gathered outside the ministry. They want lower fuel prices.\n\nMore.\n")
    assert art.date == "2023-05-17"
    assert art.paragraphs[0] == "Farmers gathered outside the ministry. They want lower fuel prices."


@pytest.mark.parametrize("line, place, outlet, rest", [
    ("OSLO (Nordic Wire) - Ferries stopped running on Friday.", "OSLO (Nordic Wire)", "Nordic Wire",
     "Ferries stopped running on Friday."),
    ("NEW DELHI (Reuters) -Markets fell.", "NEW DELHI (Reuters)", "Reuters", "Markets fell."),
    ("FREEDONIA, March 3 (Example News): Talks resumed.", "FREEDONIA, March 3 (Example News)", "Example News",
     "Talks resumed."),
    ("LIMA, Peru (AP) \u2014 Rain fell for a week.", "LIMA, Peru (AP)", "AP", "Rain fell for a week."),
    ("BERLIN \u2014 The coalition held.", "BERLIN", None, "The coalition held."),
    # as some state agencies write it (f68: the dateline was the title)
    ("MOSCOW, November 19. /Interwire/. Talks resumed.", "MOSCOW, November 19. /Interwire/.", "Interwire", "Talks resumed."),
])
def test_datelines(line, place, outlet, rest):
    art = parse(line + "\nSecond paragraph.\n")
    assert art.dateline == place
    assert art.outlet == outlet
    assert art.paragraphs[0] == rest


def test_sentence_starting_with_capitals_is_not_a_dateline():
    art = parse("Title Here\n\nNATO members met on Friday: they agreed.\n")
    assert art.dateline is None
    assert art.paragraphs == ["NATO members met on Friday: they agreed."]


def test_byline_names_are_authors_not_body():
    art = parse("By Maria Lopez, Tom Baker and Ana Silva\nLISBON (Wire) - The port reopened.\n")
    assert art.authors == ["Maria Lopez", "Tom Baker", "Ana Silva"]
    assert art.paragraphs == ["The port reopened."]


@pytest.mark.parametrize("line, names", [
    ("(Reporting by Ana Silva in Porto; Editing by Tom Baker)", ["Ana Silva", "Tom Baker"]),
    ("With reporting by Maria Lopez", ["Maria Lopez"]),
    ("Staff writers Li Wei in Shanghai, China, and Omar Haddad in Amman, Jordan, contributed to this report.",
     ["Li Wei", "Omar Haddad"]),
    ("Haddad reported from Amman.", ["Haddad"]),
    # Canadian and Philippine copy: a dash before it, "reports from" (they stayed in the story)
    ("\u2014 With files from Amanda Chen", ["Amanda Chen"]),
    ("(with reports from Jhoanna Ramos)", ["Jhoanna Ramos"]),
])
def test_credit_lines_are_metadata_and_their_names_contributors(line, names):
    art = parse(f"Headline Words Here\n\nThe vote passed narrowly.\n\n{line}\n")
    assert art.paragraphs == ["The vote passed narrowly."]
    assert art.credits == [line]
    assert art.contributors == names


def test_credit_line_naming_only_agencies_has_no_contributors():
    art = parse("Headline Words Here\n\nThe vote passed.\n\nWith reporting by Reuters and AP\n")
    assert art.credits == ["With reporting by Reuters and AP"]
    assert art.contributors == []


@pytest.mark.parametrize("caption", [
    "The finance minister (left) greets union leaders in the capital on May 1.",
    "Protesters march past parliament. (file photo)",
    "Photo: A flooded street in the old town.",
    "Firefighters at the scene. REUTERS/Jane Doe",
    "The finance minister (L) and the union leader (R) in the capital on May 1.",
    "Harbour Gazette editor Ada Roe (C) at the launch.",
])
def test_photo_captions_are_metadata(caption):
    art = parse(f"Headline Words Here\n\n{caption}\n\nThe body starts here.\n")
    assert art.captions == [caption]
    assert art.paragraphs == ["The body starts here."]


def test_a_party_label_does_not_make_a_paragraph_a_caption():
    """Issue 27: "(R)" after a name is also where someone stands in a picture; a
    paragraph naming a Republican governor was dropped as a caption, with his words."""
    para = "Sen. Bo Lind (R) agreed. Gov. Ada Roe (R) blasted the council. “It is time to stop,” she said."
    art = parse(f"Headline Words Here\n\n{para}\n\nThe body goes on.\n")
    assert art.paragraphs == [para, "The body goes on."] and art.captions == []


def test_a_poll_named_after_an_agency_does_not_make_a_paragraph_a_caption():
    para = "The latest Reuters/Ipsos poll showed Ada Roe leading the field."
    art = parse(f"Headline Words Here\n\n{para}\n\nThe body goes on.\n")
    assert art.paragraphs == [para, "The body goes on."] and art.captions == []


def test_see_also_lines_are_related_links():
    art = parse("Headline Words Here\n\nBody one.\n\nSEE ALSO: Why The River Flooded 'Again'\n\nBody two.\n")
    assert art.see_also == ["Why The River Flooded 'Again'"]
    assert art.paragraphs == ["Body one.", "Body two."]


def test_one_paragraph_per_line_when_not_hard_wrapped():
    art = parse("Headline Words Here\nFirst paragraph is a full sentence.\nSecond paragraph too.\n")
    assert art.paragraphs == ["First paragraph is a full sentence.", "Second paragraph too."]


def test_hard_wrapped_text_is_joined_per_block():
    wrapped = ("The committee met for six hours on Thursday and agreed to a\n"
               "budget that cuts spending on roads while adding money for\n"
               "schools and hospitals across the region, officials said.\n\n"
               "Opposition members walked out before the final vote and said\n"
               "they would challenge the decision in court next month.\n")
    art = parse("Budget Passes After Long Session\n\n" + wrapped)
    assert len(art.paragraphs) == 2
    assert art.paragraphs[0].startswith("The committee met") and art.paragraphs[0].endswith("officials said.")


def test_a_narrow_column_pasted_from_a_pdf_is_joined_and_its_hyphenated_words_made_whole():
    """f58: a PDF's 35-character column kept each line as a paragraph, so no quotation
    had both its marks in one paragraph; "accoun-" / "ted" stayed two words."""
    column = ("Castleford Mills was, by its own ad-\nmission, eighteen months from clos-\n"
              "ing when Ayesha Kinsella took over as\nmanaging director in 2022 and set\n"
              "about finding new customers.\n\n"
              "\u201cWe had one customer who accoun-\nted for sixty per cent of our orders,\n"
              "and they had just told us they were\nmoving production to Asia,\u201d Kinsella\n"
              "recalls of her first week there.\n")
    art = parse("MILL FINDS A FUTURE IN RECYCLED WOOL\n\n" + column)
    assert art.paragraphs[0] == ("Castleford Mills was, by its own admission, eighteen months from closing when "
                                 "Ayesha Kinsella took over as managing director in 2022 and set about finding new "
                                 "customers.")
    assert art.paragraphs[1].startswith("\u201cWe had one customer who accounted for sixty per cent")
    # a short block of links is no column
    art = parse("Headline Words Here\n\nBody one.\n\nMore from the Herald\n> Valley: a decade in maps\n"
                "> Opinion: The amnesty trap\n")
    assert "Body one." in art.paragraphs and not any("More from" in p and "Valley" in p for p in art.paragraphs)


def test_entities_a_cms_left_in_plain_text_are_characters():
    """f58: "&#8220;I didn&#8217;t expect to win,&#8221; she said" in a .txt file: no
    quotation found in the whole article."""
    art = parse("Teen Wins Chess Title\n\n&#8220;I didn&#8217;t expect to win,&#8221; Amara Thistle said. "
                "&ldquo;She beat me,&rdquo; her coach said &amp; smiled.&nbsp;\n")
    assert art.paragraphs == ["\u201cI didn\u2019t expect to win,\u201d Amara Thistle said. "
                              "\u201cShe beat me,\u201d her coach said & smiled."]
    # (what the text shows as markup stays as written: no tag is made of it)
    assert parse("Headline Words Here\n\nThe page showed &lt;b&gt; as text.\n").paragraphs == [
        "The page showed &lt;b&gt; as text."]


def test_front_matter_overrides_inference():
    art = parse("---\ntitle: Given Title\ndate: 2022-01-02\noutlet: The Example Times\n"
                "url: https://example.org/a\nauthors: [Jo Bloggs]\n---\nInferred Headline\n\nBody text.\n")
    assert (art.title, art.date, art.outlet, art.url, art.authors) == (
        "Given Title", "2022-01-02", "The Example Times", "https://example.org/a", ["Jo Bloggs"])
    assert art.paragraphs == ["Body text."]


@pytest.mark.parametrize("line, authors", [
    ("by Kelsey Dray | 3:14 PM ET", ["Kelsey Dray"]),
    ("By Kelsey Dray | Liberty Post Online | Updated 5:55 PM", ["Kelsey Dray"]),
    ("by Marguerite Oster | Freedom Frontline | 4:05 PM", ["Marguerite Oster"]),  # the outlet: no second author
    ("by Staff | The Patriot Ledger Online | 2:30 PM", []),
    ("By Denise Marwick and Paulo Okonjo | The Ridgewell Ledger", ["Denise Marwick", "Paulo Okonjo"]),
])
def test_a_byline_of_bars_with_the_hour_alone_is_read(line, authors):
    """Invented aggregation copy: 'by Jane Roe | The Outlet | 3:14 PM' stayed in the text of
    18 of 20 articles, and was the title of one without a headline; f76: two authors joined
    by "and" before "| The Outlet" gave no authors."""
    art = parse(f"Senator Slams Border Deal\n\n{line}\n\nThe senator spoke on Sunday.\n")
    assert (art.authors, art.paragraphs) == (authors, ["The senator spoke on Sunday."])
    art = parse(f"{line}\n\nThe senator spoke on Sunday about the border deal and its costs.\n")
    assert art.authors == authors and not art.title.startswith(("by", "By"))


def test_a_headline_ending_in_a_plural_job_is_no_byline():
    """Invented campaign copy: the headline 'Voss Holds Bizarre Press Conference, Insults
    Reporters' was read as a byline (an author "Voss Holds Bizarre Press Conference" of the
    agency "Insults Reporters"), and the lede became the title."""
    art = parse("Voss Holds Bizarre Press Conference, Insults Reporters\n\nBy Piotr Raman | May 31, 2016\n\n"
                "Harlan Voss went to war with the press on Tuesday.\n")
    assert (art.title, art.authors) == ("Voss Holds Bizarre Press Conference, Insults Reporters", ["Piotr Raman"])
    assert parse("Jane Roe and Bo Lind, Staff Writers\n\nThe council met on Tuesday to vote on the plan.\n"
                 ).authors == ["Jane Roe", "Bo Lind"]


def test_front_matter_of_static_site_and_cms_exports_is_read():
    """Invented Hugo-style exports: 'author: Jane Roe' made the whole article a skipped
    file ("unknown key 'author'"), and with it every quotation; so would 'tags:'."""
    art = parse("---\ntitle: Given Title\nauthor: Jo Bloggs\ntags: [mining, results]\ndraft: false\n"
                "categories: business\nslug: given-title\n---\nBody text.\n")
    assert (art.title, art.authors, art.paragraphs) == ("Given Title", ["Jo Bloggs"], ["Body text."])
    assert parse("---\nauthor: [Jo Bloggs, Al Roe]\n---\nHeadline Words Here\n\nBody.\n").authors == ["Jo Bloggs", "Al Roe"]


@pytest.mark.parametrize("front, problem, line", [
    ("title: [unclosed\n", "front matter", None),
    ("title: ok\ntitel: sports\n", "unknown key 'titel'", 3),
    ("date: yesterday\n", "date must be YYYY-MM-DD", 2),
    ("authors: 5\n", "'authors' must be a list of names", 2),
    ("url: javascript:alert(1)\n", "url must start with http", 2),
])
def test_bad_front_matter_is_a_clear_error_with_line(front, problem, line):
    with pytest.raises(IngestError) as err:
        parse_article(f"---\n{front}---\nBody.\n", "t", "seeds/t.txt")
    assert problem in str(err.value)
    assert str(err.value).startswith("seeds/t.txt")
    if line:
        assert err.value.line == line


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ("\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440".encode("cp1251"), "not UTF-8"),  # Cyrillic: no guess
])
def test_undecodable_input_is_refused_with_a_reason(data, problem):
    with pytest.raises(IngestError, match=problem):
        decode(data, "x.txt")


def test_byte_order_marks_are_honoured():
    text = "Headline Words Here\n\n\u201cYes,\u201d she said.\n"
    assert decode(b"\xef\xbb\xbf" + text.encode(), "x") == text
    assert decode("\ufeff".encode("utf-16-le")[0:0] + b"\xff\xfe" + text.encode("utf-16-le"), "x") == text


def test_read_article_sets_id_and_hash(tmp_path):
    path = tmp_path / "my story.txt"
    path.write_text("Headline Words Here\n\nBody.\n", encoding="utf-8")
    art = read_article(path)
    assert art.id == "my story" and len(art.content_hash) == 64


@pytest.mark.parametrize("raw, clean", [
    ("''We will rebuild,'' the mayor said.", '"We will rebuild," the mayor said.'),
    ("She called it ''a disgrace.''", 'She called it "a disgrace."'),
    # a single-quoted passage inside a double one, both typed as apostrophes
    ("''He told me, 'Go home,''' Roe said.", '"He told me, \'Go home,\'" Roe said.'),
    ("He said: '''Sir' is enough.''", "He said: \"'Sir' is enough.\""),
    ("Don't touch Roe's car.", "Don't touch Roe's car."),  # apostrophes stay
])
def test_two_apostrophes_are_one_double_quotation_mark(raw, clean):
    # (under a headline: a first line of one short sentence would be the headline, with a full stop)
    assert parse("Pier Reopens After Storm Repairs\n" + raw + "\nMore text.\n").paragraphs[0] == clean


@pytest.mark.parametrize("raw, clean", [
    # an embedded post the scraper left as markup: its attribute values are no quotations
    ('Crowds cheered. <post id="6721" author="@Harbour_News" date="May 2, 2031">Pier reopens</post>.',
     "Crowds cheered. Pier reopens."),
    ("See <a href='https://example.org/x'>the report</a> and <x-embed data-id=\"7\"/> here.",
     "See the report and  here."),
    # a line break inside a value: '">' was left before the post's words, which had a quote page
    ('<post author="@harbour" date="May 2, 2031\n">Pier reopens<post/>.', "Pier reopens."),
    # a "<" in prose, or a tag with no quoted attribute, is text
    ("The <b> tag, and 3 < 4 > 2.", "The <b> tag, and 3 < 4 > 2."),
])
def test_markup_left_in_the_text_is_dropped(raw, clean):
    art = parse("Pier Reopens After Storm Repairs\n" + raw + "\nMore text.\n")
    assert art.paragraphs[0] == clean
    assert not [q for q in extract_article(art).quotes if "2031" in q.text or "@" in q.text]


def test_invisible_characters_inside_names_are_dropped():
    art = parse("Jane\u200b Roe and Ro\u00adbert\u2060son met.\u00a0They\u202fagreed.\nMore.\n")
    assert art.paragraphs[0] == "Jane Roe and Robertson met. They agreed."


@pytest.mark.parametrize("line", [
    "Story continues below advertisement", "Article Continued Below", "Advertisement",
    "Open this photo in gallery:", "Open this photo in gallery Residents queue outside the hall.",
    "Also on HuffPost:", "Read more about:", "Follow Jane Roe on Twitter @janeroe", "Getty.",
    "Kim Lane / The Canadian Press", "Ann Wu via Getty Images.", "___.", "FULL TEXT.",
    "Do you support the mayor? Like the page:", '<tweet tweet-id="123"><tweet/>.',
    # the page's own header, scraped above the headline (a title "Skip to content", "Sign in")
    "Skip to content", "Sign in", "Subscribe", "Home \u203a News \u203a Politics", "Listen to this article", "00:00",
])
def test_web_boilerplate_is_no_paragraph_and_no_title(line):
    art = parse(f"{line}\nHarbour Bridge Reopens\n“We are open,” said Mayor Ada Stone.\n{line}\nTraffic resumed.\n")
    assert art.title == "Harbour Bridge Reopens"
    assert art.paragraphs == ["“We are open,” said Mayor Ada Stone.", "Traffic resumed."]


@pytest.mark.parametrize("line", [
    "Advertisements for the fair ran all week.", "Getty Museum curators disagreed.",
    "Follow the money, she said.", "Twitter users mocked the plan.", "Read the full statement here.",
])
def test_story_sentences_that_start_like_boilerplate_are_kept(line):
    assert line in parse(f"Headline Here\n{line}\nMore text.\n").paragraphs


@pytest.mark.parametrize("first_line, authors", [
    ("Marta Quillon, The Associated Press", ["Marta Quillon"]),
    ("Marta Quillon and Ivo Berrand | Reuters", ["Marta Quillon", "Ivo Berrand"]),
    ("Ana Lucía de la Vega, Staff Writer", ["Ana Lucía de la Vega"]),
    ("(Reporting by Marta Quillon; Editing by Ivo Berrand)", []),
    ("PORT ALDER (Coastal Wire) \u2014", []),
    ("Harbour at dawn (file photo)", []),
    ("Bhopal, Nov 4 (Wire)", []),  # a dateline in title case alone on its line (f65: the title)
])
def test_byline_dateline_credit_agency_line_is_never_the_title(first_line, authors):
    art = parse(f"{first_line}\n\nThe mayor said on Monday the bridge would open in May.\nA second paragraph.\n")
    assert art.title_inferred and art.title.startswith("The mayor said on Monday")
    assert art.authors == authors
    assert all(first_line not in p for p in art.paragraphs) or not authors


def test_a_name_and_a_word_above_the_headline_stay_the_headline():
    art = parse("Ada Stone | Obituary\n\nThe harbour's first mayor has died aged 90.\nMore.\n")
    assert art.title == "Ada Stone | Obituary" and art.authors == []


def test_title_case_headline_with_an_agency_suffix_stays_a_headline():
    art = parse("Rain Falls On Parade | AP\n\nThe parade went ahead in the rain.\nMore.\n")
    assert art.title == "Rain Falls On Parade | AP" and art.authors == []


# --- titles and furniture (issue 27, item 8) --------------------------------------------

BODY = "“We will reopen the pier,” said Mayor Ada Stone on Monday.\nWork starts in spring.\n"


@pytest.mark.parametrize("top", [
    "The Harbourside Herald",                                     # an outlet's name
    "HARBOURSIDE NEWS",
    "harbourside.example.com",
    "Pia Lund, Morning Edition producer",                         # a byline with a show and a role
    "Pia Lund, Senior Political Correspondent",
    "By Pia Lund, Harbourside News Posted March 3, 2024 7:45 pm",  # byline with a time stamp
    "BYLINE: Pia Lund.",
    "Posted March 3, 2024 7:45 pm",
    "Crowds gather at the pier on Sunday. (Pia Lund/Harbourside TV)",  # a caption with its credit
    "Crowds gather at the pier on Sunday. (Photo: Pia Lund)",
    "Pia Lund/Harbourside Wire",                                  # a picture credit alone
    "Pia Lund/Harbourside Wire Mayor Ada Stone at the pier on Sunday.",
    "Warning: This story contains details some readers may find distressing.",  # a content warning
    "Content warning: discussion of self-harm",
    "Politics",                                                   # a section label
])
def test_a_line_above_the_headline_is_never_the_title(top):
    art = parse(f"{top}\nPier Reopens After Storm Repairs\n{BODY}")
    assert art.title == "Pier Reopens After Storm Repairs" and not art.title_inferred
    assert art.paragraphs[0].startswith("“We will reopen the pier,”")
    assert all(top not in p for p in art.paragraphs)


def test_several_furniture_lines_above_the_headline_are_passed_over():
    art = parse("The Harbourside Herald\nPia Lund, Morning Edition producer\n"
                "Crowds gather at the pier. (Pia Lund/Harbourside TV)\nPier Reopens After Storm Repairs\n" + BODY)
    assert art.title == "Pier Reopens After Storm Repairs"
    assert art.authors == ["Pia Lund"]
    assert art.captions == ["Crowds gather at the pier. (Pia Lund/Harbourside TV)"]


@pytest.mark.parametrize("top", ["The Harbourside Herald", "Pia Lund, Morning Edition producer",
                                 "Warning: This story contains graphic descriptions of violence."])
def test_without_a_headline_the_title_comes_from_the_lede_not_the_furniture(top):
    art = parse(f"{top}\nThe harbour board voted on Tuesday to reopen the pier. Residents cheered.\nMore text.\n")
    assert art.title_inferred and art.title == "The harbour board voted on Tuesday to reopen the pier"


def test_a_paragraph_longer_than_a_headline_is_not_the_title():
    para = ("Residents of the coastal town packed the community hall on Tuesday evening to hear engineers "
            "explain why the old pier had to close for the winter")
    assert len(para.split()) == 26 and len(para) < 170
    art = parse(f"{para}\nMore text.\n")
    assert art.title_inferred and art.title.endswith("\u2026") and len(art.title) <= 91
    assert art.paragraphs[0] == para


@pytest.mark.parametrize("lede, title", [
    ("A St. Brendan's parish priest led the march. Hundreds followed.", "A St. Brendan's parish priest led the march"),
    ("Gov. Ada Stone vetoed the bill on Friday. Lawmakers fumed.", "Gov. Ada Stone vetoed the bill on Friday"),
    ("Mr. Okafor and Dr. Lund met the U.S. envoy in Jan. 2024 for talks. Nothing came of it.",
     "Mr. Okafor and Dr. Lund met the U.S. envoy in Jan. 2024 for talks"),
    ("The envoy, J. R. Lund, left for talks. Officials declined to comment.", "The envoy, J. R. Lund, left for talks"),
    ("Council to fund Main St. repairs.", "Council to fund Main St. repairs"),
    ("Rep. Lund backs the pier plan.", "Rep. Lund backs the pier plan"),
    ("Workers will return to the U.S.", "Workers will return to the U.S."),
    ("Tolls for the pier, vs. none today;", "Tolls for the pier, vs. none today"),
    ("Wait! The pier is open again.", "Wait! The pier is open again"),
])
def test_a_derived_title_never_ends_at_an_abbreviation(lede, title):
    art = parse(f"{lede}\nMore text.\n")
    assert art.title_inferred and art.title == title


@pytest.mark.parametrize("line", [
    "Story continues below advertisement.", "Story continues below advertisement", "STORY CONTINUES BELOW.",
    "Article continues below advertisement.", "Advertisement.",
    "Mobile users: tap here to see the video.", "Click here if you are using the mobile app",
    "Can't see the poll? Tap here.", "For the best viewing experience, click here to open this story in your browser.",
    "Warning: This video contains graphic images.", "Viewer discretion is advised.",
])
def test_furniture_is_dropped_with_or_without_its_full_stop(line):
    art = parse(f"Pier Reopens After Storm Repairs\n“We are open,” said Mayor Ada Stone.\n{line}\nTraffic resumed.\n")
    assert art.paragraphs == ["“We are open,” said Mayor Ada Stone.", "Traffic resumed."]


def test_story_continues_inside_a_paragraph_is_dropped():
    art = parse("Pier Reopens\n“We are open,” said Mayor Ada Stone. Story continues below advertisement. "
                "Traffic resumed.\nMore.\n")
    assert art.paragraphs[0] == "“We are open,” said Mayor Ada Stone. Traffic resumed."


@pytest.mark.parametrize("line", [
    "Tap water here is safe again, the utility said.",
    "“Click here and you will see the truth,” the candidate told supporters.",
    "Warning signs were everywhere, residents said.",
    "Published reports said the pier would cost $4 million.",
    "The story contains no new facts, the minister said.", "This report includes figures from the ministry.",
    "This story has been updated to include a statement from the council.",
    "Crowds (and/or their dogs) lined the pier.", "Fire/rescue crews reached the pier at noon.",
    "Harbourside Herald reporters were barred from the meeting.",
])
def test_story_lines_that_look_like_furniture_are_kept(line):
    assert line in parse(f"Pier Reopens After Storm Repairs\nFirst paragraph.\n{line}\nMore text.\n").paragraphs


@pytest.mark.parametrize("headline", [
    "Harbour Press Faces Closure Over Debts", "Trump Slams The Press", "Star Pitcher Signs With Harbourside",
    "Markets slip as storm closes pier; traders wait",
])
def test_headlines_with_media_words_stay_headlines(headline):
    art = parse(f"{headline}\n{BODY}")
    assert art.title == headline and not art.title_inferred


@pytest.mark.parametrize("headline, title", [
    ("Ferry service to the islands resumes after storm.", "Ferry service to the islands resumes after storm"),
    ("Harbour chief: pier \u2018safe again.\u2019", "Harbour chief: pier \u2018safe again.\u2019"),
    ("Council to fund Main St. repairs.", "Council to fund Main St. repairs"),
    ("Ferry crews brace for the winter;", "Ferry crews brace for the winter"),
    ("Oops! Ferry sails without passengers.", "Oops! Ferry sails without passengers"),
    ("Ferry Service Suffers A Big Blow. Here’s What Comes Next.",
     "Ferry Service Suffers A Big Blow. Here’s What Comes Next"),   # Title Case: one headline
    ("EXCLUSIVE – Ferry Chief: Trust the New Timetable.", "EXCLUSIVE – Ferry Chief: Trust the New Timetable"),
])
def test_a_headline_written_as_a_paragraph_is_the_title_and_not_the_first_paragraph(headline, title):
    art = parse(f"{headline}\n\nPORT ALDER (Coastal Wire) \u2014 The ferry left at dawn on Monday with 40 passengers.\n\n"
                "\u201cWe are glad to sail again,\u201d said captain Ines Varga.\n")
    assert art.title == title
    assert art.paragraphs == ["The ferry left at dawn on Monday with 40 passengers.",
                              "\u201cWe are glad to sail again,\u201d said captain Ines Varga."]
    assert all(not p.startswith(title.rstrip(".")) for p in art.paragraphs)


def test_a_one_sentence_lede_that_quotes_someone_stays_in_the_story():
    lede = "\u201cWe are glad to sail again,\u201d said captain Ines Varga on Monday."
    art = parse(f"{lede}\n\nThe ferry left at dawn with 40 passengers.\n")
    assert art.title == lede[:-1] and art.paragraphs[0] == lede


def test_a_lede_the_title_is_cut_from_stays_in_the_story():
    lede = "The ferry left at dawn on Monday with 40 passengers. The crossing took two hours."
    art = parse(f"{lede}\n\nMore text follows.\n")
    assert art.title == "The ferry left at dawn on Monday with 40 passengers" and art.paragraphs[0] == lede
    art = parse("Ferry service to the islands resumes after storm.\n")  # nothing else: it is the story
    assert art.paragraphs == ["Ferry service to the islands resumes after storm."]


def test_copy_with_no_title_line_keeps_its_one_sentence_lede():
    """A one-sentence first paragraph as long as a lede (15 words or more, not Title Case)
    is the story's opening, not a headline: it gives the title and stays in the story."""
    lede = ("Mayor Ines Varga met the harbour council on Monday, and the ferry operators joined "
            "them for the talks.")
    art = parse(f"{lede}\n\nThe ferry left at dawn with 40 passengers.\n")
    assert art.paragraphs[0] == lede and art.title_inferred


@pytest.mark.parametrize("name, date", [
    ("herald_2031-02-24_budget-vote", "2031-02-24"),  # outlet, date, slug
    ("2031-02-24-budget-vote", "2031-02-24"),  # as static-site tools name posts
    ("budget-2031-13-45", None),  # no such day
    ("000_98e21d13d47d04b2", None),
])
def test_a_date_in_the_file_name_dates_an_undated_text(name, date):
    art = parse_article("Council Passes Budget\n\nThe council voted on the budget.\n", name)
    assert art.date == date
    dated = parse_article("---\ndate: 2030-01-02\n---\nCouncil Passes Budget\n\nThe council voted.\n", name)
    assert dated.date == "2030-01-02"  # the text's own date wins


@pytest.mark.parametrize("stamp, date", [
    ("Published 5 March 2024", "2024-03-05"),
    ("Posted March 3, 2024 7:45 pm", "2024-03-03"),
    ("Updated 2 hours ago", None),     # relative: no date
    ("Published 03/05/2024", None),    # March 5 or 3 May: no date rather than a guess
])
def test_a_time_stamp_line_dates_an_undated_article(stamp, date):
    """Copy from other countries: a text file's "Published 5 March 2024" line was dropped as
    furniture and the article was undated."""
    art = parse(f"Council Tax To Rise In Lakeshore\n\n{stamp}\n\nThe council confirmed the rise.\n")
    assert art.date == date and art.paragraphs == ["The council confirmed the rise."]


def test_a_news_sites_picture_lines_and_topic_links_are_no_paragraphs():
    art = parse("Council Tax To Rise In Lakeshore\n\nImage source, Harbour Pictures\n\n"
                "Image caption, The council leader said the rise was unavoidable\n\n"
                "The council confirmed the rise.\n\nRelated Topics\n\nLakeshore Council\n\nCouncil tax\n")
    assert art.paragraphs == ["The council confirmed the rise."]
    assert art.captions == ["Image source, Harbour Pictures",
                            "Image caption, The council leader said the rise was unavoidable"]


@pytest.mark.parametrize("byline, authors", [
    ("By Tom Harlow, Environment correspondent", ["Tom Harlow"]),
    ("By Jane Smyth, Local Democracy Reporting Service", ["Jane Smyth"]),
    ("By Ann Leigh, Chief Political Correspondent", ["Ann Leigh"]),
    ("By Staff Writer Jane Roe", ["Jane Roe"]),
    ("By Local Democracy Reporter Jane Roe", ["Jane Roe"]),
])
def test_a_bylines_job_or_desk_is_no_author(byline, authors):
    """Copy from other countries: "Environment" and "Local Democracy Reporting Service" were
    listed as authors of the article."""
    art = parse(f"Council Tax To Rise In Lakeshore\n\n{byline}\n\nThe council confirmed the rise.\n")
    assert art.authors == authors


@pytest.mark.parametrize("header, authors, date", [
    ("Tuesday, January 16, 2031\nBy Jane Roe", ["Jane Roe"], "2031-01-16"),
    ("By state political reporter Jane Roe\nPosted Tue 12 Mar 2031 at 5:41am", ["Jane Roe"], "2031-03-12"),
    ("Reported by Jane Roe, Edited by Ivo Berrand\nUpdated: March 05, 2031 11:23 pm IST", ["Jane Roe"], "2031-03-05"),
    ("Jane Roe \u00b7 Harbour News \u00b7 Posted: Jan 18, 2031 4:00 AM EST | Last Updated: January 18, 2031",
     ["Jane Roe"], "2031-01-18"),
    ("Jane Roe\nSenior Political Correspondent\nUPDATED Feb 16, 2031, 09:52 PM", ["Jane Roe"], "2031-02-16"),
    ("Sipho Mabena\n14 February 2031", ["Sipho Mabena"], "2031-02-14"),
    ("March 23, 2031 8:12 PM UTC Updated ago\nBy Jane Roe and Ivo Berrand", ["Jane Roe", "Ivo Berrand"], "2031-03-23"),
    ("Harbour Report\nPublished March 10, 2031", [], "2031-03-10"),  # a desk, not a name
    ("Ferry crews say the timetable will hold\nJane Roe \u00b7 Harbour News \u00b7 Posted: Jan 18, 2031",
     ["Jane Roe"], "2031-01-18"),  # a subheading under the headline
    # a subheading written as a sentence, then the byline
    ("The mayor says the rise is 'unavoidable' as costs climb.\nBy Harbour News Staff\nPublished On 15 Mar 2031",
     [], "2031-03-15"),
    ("Jane Roe North of England editor\nWed 4 Oct 2031 18.31 BST", ["Jane Roe"], "2031-10-04"),
    ("Jane Roe\nPolitical Editor\nSat Mar 09 2031 - 06:00", ["Jane Roe"], "2031-03-09"),
    ("By: Jane Roe - Reporter / @janeroe\nHarbour Daily Inquirer / 05:12 AM February 20, 2031", ["Jane Roe"],
     "2031-02-20"),
    ("Political editor\u00b7Harbour Herald\u00b7\nBy Jane Roe\n4 mins to read", ["Jane Roe"], None),
    ("By Jane Roe\n05:00, Jun 14 2031", ["Jane Roe"], "2031-06-14"),
    ("Harbour24 | Jane Roe\nPublished 12 March 2031", ["Jane Roe"], "2031-03-12"),  # a one-word outlet
])
def test_bylines_and_dates_as_news_sites_of_other_countries_print_them(header, authors, date):
    """Copy from other countries: a date alone on a line, a job before the name, a byline of
    parts between dots, a name over its job made the byline a paragraph of the story and left
    the article undated."""
    art = parse(f"Council Tax To Rise In Lakeshore\n{header}\nThe council confirmed the rise on Monday.\n"
                "\u201cIt is unavoidable,\u201d said council leader Ada Stone.\n")
    assert (art.authors, art.date) == (authors, date)
    assert art.paragraphs[-2:] == ["The council confirmed the rise on Monday.",
                                   "\u201cIt is unavoidable,\u201d said council leader Ada Stone."]
    assert not any(line in art.paragraphs for line in header.splitlines()[-1:])


def test_a_date_alone_inside_the_story_does_not_date_it():
    art = parse("Council Tax To Rise In Lakeshore\nThe council will vote on the rise on this day:\n"
                "Friday, December 4, 2031.\nResidents may attend.\n")
    assert art.date is None and art.paragraphs == ["The council will vote on the rise on this day:",
                                                   "Residents may attend."]


@pytest.mark.parametrize("line", [
    "Copy link", "Link copied", "Share article", "Social Sharing", "Loading...",
    "Help keep family & friends informed by sharing this article", "Key points:", "What you need to know:",
    "Topics: local-government, lakeshore-4000", "Follow Us:", "Watch Live News:",
    "Our Standards: The Harbour News Trust Principles., opens new tab",
    "Join the Herald's Telegram channel and get the latest breaking news delivered to you.",
    "For the latest news, subscribe to our newsletter.",
    "Track Latest News Live on harbournews.example and get news updates from the region.",
    "Harbour News Journalistic Standards and Practices|About Harbour News",
    "Corrections and clarifications | Submit a news tip | Report error",
    "With files from The Harbour Press", "(With inputs from PTI)",
    "Tuesday, January 16, 2031",
    "Save", "Reuse this content", "Larger text size", "4 mins to read", "Advertise with Harbour Media.",
    "\u00a9 2031 The Harbour Times DAC", "Source: Harbour News and news agencies",
    "harbournews.example/news/pier-reopens/10356", "Jane Roe is political editor for the Herald and covers the council.",
    "Get the day's news and a long read to enjoy. Sign up to receive our Evening Edition newsletter.",
    # local TV copy's tail and a row of sharing buttons
    "Watch the video above for the full report.", "Have a news tip? Email desk@harbourtv.example or call 555-0142.",
    "Facebook Twitter WhatsApp Email", "Share on Facebook  Share on X  Copy link", "Contacts",
    # an e-mail's header pasted with the story (f58: it was the title)
    "---------- Forwarded message ---------", "From: Janet Roe <desk@herald.example>", "Sent: Friday, October 9, 2026",
    "Subject: RE: Story for Monday", "-----Original Message-----", "Jane Roe can be reached at jroe@harbour.example or 555-0199.",
    # a newsletter's pitch with a reader's blurb (it had a quote page)
    "Get the day's top stories delivered to your inbox every morning. \u201cThe best news I read\u201d \u2013 a reader",
])
def test_sharing_widgets_promotions_and_footer_links_are_no_paragraphs(line):
    art = parse(f"Pier Reopens After Storm Repairs\n\u201cWe are open,\u201d said Mayor Ada Stone.\n{line}\n"
                "Traffic resumed.\n")
    assert art.paragraphs == ["\u201cWe are open,\u201d said Mayor Ada Stone.", "Traffic resumed."]


@pytest.mark.parametrize("line", [
    "Supporters were urged to join the group's Telegram channel, police said.",
    "Key points of the deal were agreed on Monday.",
    "Bo Lind can be reached at the station, the mayor said.",
    "Follow the money, she said.",
    "The report was published in March 2031 and read widely.",
    # a tweet a scraped "SIGN UP FOR OUR NEWSLETTER" ran into is still the tweet
    "The pier is open at last! SIGN UP FOR OUR NEWSLETTER \u2014 Ada Stone (@adastone) June 29, 2031.",
    "Readers can sign up for the council's newsletter, the mayor said.",
])
def test_story_lines_like_widgets_or_promotions_are_kept(line):
    assert line in parse(f"Pier Reopens After Storm Repairs\nFirst paragraph.\n{line}\nMore text.\n").paragraphs


@pytest.mark.parametrize("caption", [
    "Mayor Ada Stone says the pier is safe.(Harbour News: Jane Roe)",
    "Ada Stone said the pier would cost $1.9 million.HERALD PHOTO: JANE ROE",
])
def test_a_picture_credit_closing_a_line_makes_it_a_caption(caption):
    art = parse(f"Pier Reopens After Storm Repairs\n{caption}\n\u201cWe are open,\u201d said Mayor Ada Stone.\n")
    assert art.captions == [caption] and art.paragraphs == ["\u201cWe are open,\u201d said Mayor Ada Stone."]


def test_a_read_link_with_a_bar_is_a_see_also():
    art = parse("Pier Reopens After Storm Repairs\nFirst paragraph.\n"
                "READ | Stone: pier 'safe again' - but engineers disagree\nMore text.\n")
    assert art.see_also == ["Stone: pier 'safe again' - but engineers disagree"]
    assert art.paragraphs == ["First paragraph.", "More text."]


def test_a_place_alone_on_a_line_above_the_story_is_its_dateline():
    art = parse("Council Tax To Rise In Lakeshore\nBy Jane Roe\nLakeshore:\nThe council confirmed the rise.\n")
    assert art.dateline == "Lakeshore" and art.paragraphs == ["The council confirmed the rise."]
    art = parse("Council Tax To Rise In Lakeshore\nTranscript:\nROE: The council confirmed the rise.\n")
    assert art.dateline is None and art.paragraphs[0] == "Transcript:"


def test_short_paragraphs_one_per_line_are_not_hard_wrapped_text():
    """A court or sports report of short paragraphs, one per line and no blank line, was
    joined into one paragraph: the headline read "Man jailed ... A man who robbed ...", and
    no quotation had its own paragraph."""
    lines = ["Man jailed for six years over harbour robbery",
             "A man who robbed a post office in Lakeshore has been jailed for six years.",
             "Ivo Berrand, 34, of Harbour Street, pleaded guilty at the circuit court to robbery.",
             "Judge Ada Stone said it was \u201ca terrifying ordeal\u201d for the staff.",
             "\u201cThe victim thought she was going to die,\u201d the judge said.",
             "The judge suspended the final year of the sentence."]
    art = parse("\n".join(lines) + "\n")
    assert art.title == lines[0] and art.paragraphs == lines[1:]


def test_a_dateline_in_title_case_with_a_date_and_an_agency():
    art = parse("Council Tax To Rise\nLakeshore, Feb 12 (HNA) The council confirmed the rise on Monday.\nMore.\n")
    assert art.dateline == "Lakeshore, Feb 12 (HNA)" and art.paragraphs[0] == "The council confirmed the rise on Monday."
    art = parse("Council Tax To Rise\nLakeshore, the council said, will raise the tax.\nMore.\n")
    assert art.dateline is None


def test_a_caption_with_its_credit_after_the_full_stop():
    caption = "Mayor Ada Stone speaks at the pier on Monday. Ivo Berrand/The Harbour Press"
    art = parse(f"Pier Reopens After Storm Repairs\n{caption}\n\u201cWe are open,\u201d said Mayor Ada Stone.\n")
    assert art.captions == [caption]
    kept = "The mayor thanked the crews. Traffic resumed/was diverted."
    assert kept in parse(f"Pier Reopens\nFirst paragraph.\n{kept}\n").paragraphs


def test_the_lines_under_a_most_viewed_heading_are_links():
    art = parse("Pier Reopens After Storm Repairs\n\u201cWe are open,\u201d said Mayor Ada Stone.\nMost Viewed\n"
                "Man arrested after crash\nYou may also like\nFerry fares to rise\n")
    assert art.paragraphs == ["\u201cWe are open,\u201d said Mayor Ada Stone."]


@pytest.mark.parametrize("line, title, outlet", [
    ("Pier reopens - The Harbour Times", "Pier reopens", "The Harbour Times"),
    ("Pier reopens | Lakeshore | Harbour News", "Pier reopens | Lakeshore", "Harbour News"),
    ("Ferry chief - the man who saved the pier", "Ferry chief - the man who saved the pier", None),
])
def test_an_outlets_name_after_the_headline_is_the_outlet(line, title, outlet):
    """A headline line copied with the page's title ("Headline - The Example Times") kept
    the site's name in every title of the site."""
    art = parse(f"{line}\nThe pier reopened on Monday.\nMore.\n")
    assert (art.title, art.outlet) == (title, outlet)


@pytest.mark.parametrize("line, dateline, outlet, date", [
    ("Lakeshore, March 3 (Harbour Wire) -- The mayor resigned.", "Lakeshore, March 3 (Harbour Wire)", "Harbour Wire",
     None),
    ("NORTHVALE // The mayor resigned on Monday after two years in office.", "NORTHVALE", None, None),
    ("NORTHVALE, April 2, 2024 /Harbour Wire/ -- Acme Robotics today announced a round.",
     "NORTHVALE, April 2, 2024 /Harbour Wire/", "Harbour Wire", "2024-04-02"),
])
def test_datelines_of_other_agencies(line, dateline, outlet, date):
    """"Seoul, March 3 (Yonhap) --" left "- " opening the story; "DUBAI //" and a press
    release's "/PRNewswire/" were no datelines (and its date was lost)."""
    art = parse(f"Mayor Resigns\n{line}\nMore.\n")
    assert (art.dateline, art.outlet, art.date) == (dateline, outlet, date)
    assert art.paragraphs[0][0].isupper()
    assert parse("KICKER // HEADLINE\nThe mayor resigned.\nMore.\n").title == "KICKER // HEADLINE"


def test_a_press_releases_tail_and_end_marks_are_no_part_of_the_story():
    art = parse("Acme Raises Funds\nAcme Robotics today announced a round.\n"
                "\u201cWe will grow,\u201d said Jane Roe, chief executive.\nAbout Acme Robotics\n"
                "Acme Robotics builds robots. It was founded in 2019.\nMedia Contact:\nIvo Berrand\n"
                "press@acme.example\n+1 415 555 0100\nSOURCE Acme Robotics\n")
    assert art.paragraphs == ["Acme Robotics today announced a round.",
                              "\u201cWe will grow,\u201d said Jane Roe, chief executive."]
    story = ["The mayor resigned.", "About the deal", "It was signed on Monday by both sides."]
    assert parse("Mayor Resigns\n" + "\n".join(story) + "\n").paragraphs == story


@pytest.mark.parametrize("line", ["(END)", "Key events", "Show key events only", "Updated at 14.15 EDT",
                                  "The views expressed here are the author's own.",
                                  "The opinions expressed in this commentary are solely those of the writer.",
                                  "Do you have a story? Email news@harbour.example",
                                  "This interview has been edited for length and clarity.",
                                  "(Except for the headline, this story has not been edited by Harbour News staff "
                                  "and is published from a syndicated feed.)",
                                  "View this post on Instagram", "A post shared by Jane Roe (@janeroe)",
                                  "\u2014 Jane Roe (@JaneRoeMP) March 5, 2024",
                                  "Jane RoeFlagShareLikeReplyIvo Berrand 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PM"])
def test_end_marks_live_page_labels_and_disclaimers_are_furniture(line):
    art = parse(f"Mayor Resigns\nThe mayor resigned.\n{line}\nShe left on Monday.\n")
    assert art.paragraphs == ["The mayor resigned.", "She left on Monday."]


def test_a_related_link_in_title_case_and_an_outlets_reporter_in_a_credit():
    art = parse("Mayor Resigns\nThe mayor resigned.\nRelated: Ferry fares to rise\n"
                "Harbour News' Jane Roe contributed to this report.\n")
    assert (art.paragraphs, art.see_also, art.contributors) == (["The mayor resigned."], ["Ferry fares to rise"],
                                                                ["Jane Roe"])


def test_a_sites_menu_above_the_headline_and_readers_comments_below_the_story():
    """Scraped copy: the menu ("Example News / Just In / For You / Politics") gave the
    title "Just In" and stayed in the story; readers' comments, a cookie notice, sharing
    buttons and "Back to top" stayed too."""
    art = parse("Harbour News\nJust In\nFor You\nPolitics\nPier reopens after two years of repairs\n"
                "By Jane Roe\nWhatsApp\nThe pier reopened on Monday.\n\u201cWe are open,\u201d said Mayor Ada Stone.\n"
                "Back to top\nComments (14)\nIvo B: About time\nWe use cookies to improve your experience. "
                "By continuing, you agree to our Privacy Policy.\nAccept\n")
    assert (art.title, art.authors) == ("Pier reopens after two years of repairs", ["Jane Roe"])
    assert art.paragraphs == ["The pier reopened on Monday.", "\u201cWe are open,\u201d said Mayor Ada Stone."]
    # short lines over a sentence are no menu: an obituary's header
    art = parse("Obituary\nJane Roe\n1932-2024\nJane Roe, who ran the harbour for 30 years, died on Monday.\nMore.\n")
    assert "Jane Roe" in (art.title, *art.paragraphs)


def test_a_link_to_the_comments_above_a_short_story_cuts_nothing():
    """f79: "Join the conversation" under a short story's headline was read as the start of
    readers' comments (the last fifteen lines held the top), and the story was lost."""
    art = parse("Council backs new ferry timetable\n\nJoin the conversation\n\n"
                "The council voted on Monday to add two evening sailings to the island ferry.\n\n"
                "\u201cThe last boat leaves far too early,\u201d said Councillor Pia Marsh.\n\n"
                "Harbourmaster Tom Bell said crews were ready.\n")
    assert art.title == "Council backs new ferry timetable"
    assert art.paragraphs == ["The council voted on Monday to add two evening sailings to the island ferry.",
                              "\u201cThe last boat leaves far too early,\u201d said Councillor Pia Marsh.",
                              "Harbourmaster Tom Bell said crews were ready."]


def test_an_agency_credit_closing_a_story_paragraph_is_cut_from_it():
    """f81: a paragraph of the story ending in "(EVP/LTA)" was filed as a photo caption, its
    quotations lost; a bare "ACP" after a quotation was taken for its speaker. The credit
    goes to the credits; a caption keeps its own, and capitals inside a sentence stay."""
    art = parse("Bakers protest over flour prices\n\nBakers marched in Velmora on Friday.\n\n"
                "Ines Varga, who heads the bakers' guild, said ovens were going cold. "
                "\u201cWe cannot bake at a loss,\u201d she said. (NPA/KTR)\n\n"
                "Asked about a strike, Varga said: \u201cNothing is ruled out.\u201d VNA\n\n"
                "The ministry said the EU rules left it no choice. NATO was not mentioned.\n\n"
                "Bakers march through the old town on Friday. (NPA/KTR)\n")
    assert art.paragraphs == ["Bakers marched in Velmora on Friday.",
                              "Ines Varga, who heads the bakers' guild, said ovens were going cold. "
                              "\u201cWe cannot bake at a loss,\u201d she said.",
                              "Asked about a strike, Varga said: \u201cNothing is ruled out.\u201d",
                              "The ministry said the EU rules left it no choice. NATO was not mentioned."]
    assert art.captions == ["Bakers march through the old town on Friday. (NPA/KTR)"]
    assert art.credits == ["(NPA/KTR)", "VNA"]


@pytest.mark.parametrize("above", [
    # f81: a site's menu set apart by wide spaces; the outlet's name and its edition
    "Harbour Ledger\n\nNews  Coast  Islands  Business  Culture  Opinion",
    "The Tidewater Chronicle \u2014 English Edition\n\nINTERVIEW",
    "Harbour Dispatch | English",
    # f80: a link to the outlet's running coverage over the headline
    "LIVE UPDATES: Follow our storm coverage here",
])
def test_a_menu_an_outlets_edition_or_a_link_to_live_coverage_above_the_headline_is_no_title(above):
    art = parse(f"{above}\n\nFerry crews walk out for second day\n\n"
                "Ferry crews stayed off the boats on Tuesday for a second day of a strike over rosters.\n\n"
                "\u201cWe start at four,\u201d said Ola Brandt, a deckhand.\n")
    assert art.title == "Ferry crews walk out for second day" and not art.title_inferred
    assert art.paragraphs == ["Ferry crews stayed off the boats on Tuesday for a second day of a strike over rosters.",
                              "\u201cWe start at four,\u201d said Ola Brandt, a deckhand."]


def test_a_place_and_a_date_alone_above_the_story_is_its_dateline():
    """f81: "Warsaw, 17 June" alone on the first line was the title; the lede gives it."""
    art = parse("Velmora, 17 June\n\nThe harbour board on Tuesday froze ferry fares for two years, a decision "
                "its critics called a gift to the islands.\n\nThe vote was four to one.\n")
    assert art.dateline == "Velmora, 17 June"
    assert art.title_inferred and art.title.startswith("The harbour board on Tuesday froze ferry fares")
    assert art.paragraphs[0].startswith("The harbour board")


@pytest.mark.parametrize("dateline", ["VELMORA, 22 MAY (NPA) -", "Velmora, 9 Aug (NPA) \u2014"])
def test_a_dateline_with_the_day_first_is_no_part_of_the_inferred_title(dateline):
    """f81: "ROME, 22 MAY (NAI) -" (a month in capitals) and "Lisbon, 9 Aug (LPN) \u2014" (a
    place in Title Case, the day first) stayed in the lede and its inferred title."""
    art = parse(f"{dateline} The harbour board on Tuesday froze ferry fares for two years, a decision its "
                "critics called a gift to the islands.\n\nThe vote was four to one.\n")
    assert art.title.startswith("The harbour board on Tuesday")
    assert art.paragraphs[0].startswith("The harbour board on Tuesday")


def test_a_headline_under_the_lede_is_the_title():
    """f80, f81: the headline came after the story's first paragraph (the page's standfirst
    first), and the title was the lede's first sentence; the byline under it was a paragraph.
    A headline-like first sentence over its subheading, or a byline, stays as it was."""
    lede = ("A former harbour clerk who took more than $40,000 from the ferry fund has been jailed "
            "for three years, the court heard on Friday.")
    art = parse(f"Updated 2 hours ago\n\n{lede}\n\nFormer clerk jailed for 'brazen' ferry fund theft\n\n"
                "By court reporter Ines Varga\n\nThe clerk, 48, pleaded guilty to nine counts of fraud.\n")
    assert (art.title, art.authors) == ("Former clerk jailed for 'brazen' ferry fund theft", ["Ines Varga"])
    assert art.paragraphs == [lede, "The clerk, 48, pleaded guilty to nine counts of fraud."]
    art = parse("VELMORA (NPA) \u2014 The harbour board on Tuesday froze ferry fares for two years, a decision "
                "its critics called a gift.\n\nFerry fares frozen as islands cheer\n\nThe vote was four to one.\n")
    assert art.title == "Ferry fares frozen as islands cheer"
    art = parse("Why the harbour board's fare freeze might still sink - with help from the islands.\n\n"
                "Is the board being generous - or clever?\n\nThe board froze fares on Tuesday.\n")
    assert art.title.startswith("Why the harbour board's fare freeze")
    art = parse("Theatre\n\n'Pier Song' is the hottest ticket in town. Its star nearly said no.\n\n"
                "By Ola Brandt | Photographs by Ed Doe\n\nThe musical has sold out since its opening in April.\n")
    assert art.title.startswith("'Pier Song' is the hottest ticket")


@pytest.mark.parametrize("byline, authors", [
    # f79, f81: the outlet after a comma was a second author, or the only one
    ("By Ines Varga, Harbour Arts", ["Ines Varga"]),
    ("By Ola Brandt, Tidewater North", ["Ola Brandt"]),
    ("By Policy Desk, HarbourBrief", []),
    ("By Ines Varga, Ola Brandt and Ed Doe", ["Ines Varga", "Ola Brandt", "Ed Doe"]),
    # f79: the outlet's name on the line under the byline, over the date
    ("By Ines Varga\nHarbour Times Weekly\nMarch 26, 2026", ["Ines Varga"]),
    # f80: a job, then the name, with no "By"
    ("Political editor Ines Varga", ["Ines Varga"]),
    ("By court reporter Ines Varga", ["Ines Varga"]),
    # f79: the outlet's staff
    ("Tidewater Courier Staff", []),
])
def test_a_bylines_outlet_job_or_desk_is_no_author(byline, authors):
    art = parse(f"Ferry crews walk out for second day\n\n{byline}\n\n"
                "Ferry crews stayed off the boats on Tuesday for a second day of a strike over rosters.\n")
    assert art.authors == authors
    assert art.paragraphs == ["Ferry crews stayed off the boats on Tuesday for a second day of a strike over rosters."]


def test_a_label_before_a_bar_is_no_part_of_the_title():
    """f79: "ANALYSIS | Why ..." was the title; a bar inside a headline stays."""
    art = parse("ANALYSIS | Why the harbour ferry has become the unlikely hit of the summer\n\n"
                "The ferry has carried more people this summer than in any year since it opened.\n")
    assert art.title == "Why the harbour ferry has become the unlikely hit of the summer"
    art = parse("Ferry fares | What the freeze means for islanders\n\nThe board froze fares on Tuesday.\n")
    assert art.title == "Ferry fares | What the freeze means for islanders"


def test_a_menu_on_one_line_and_a_breadcrumb_are_no_title():
    """Scraped copy: "Home | News | Sport | Business | Opinion | Subscribe" was the title,
    and the headline and "NEWS \u203a LOCAL" were body text. Three items on bars can be a
    headline's kicker; a sentence with a bar is no menu."""
    art = parse("Home | News | Sport | Business | Opinion | Subscribe\nNEWS \u203a LOCAL\n"
                "Ferry operator fined after ramp collapse\nBy Jane Roe\nThe operator was fined.\n")
    assert (art.title, art.paragraphs) == ("Ferry operator fined after ramp collapse", ["The operator was fined."])
    art = parse("Ferry operator fined\nThe fine was paid, the port said | a spokesman added that it was fair.\n")
    assert len(art.paragraphs) == 1


def test_a_widget_run_into_a_live_entry_is_cut_from_it():
    art = parse("Debate Night Live\nThe debate began.\n"
                "Jane RoeFlagShareLikeReplyIvo Berrand 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PMPier Plan Debated\n"
                "More.\n")
    assert art.paragraphs == ["The debate began.", "Pier Plan Debated", "More."]


def test_a_live_blogs_posted_by_line_names_its_writers():
    """"Posted by Tom Reyes and Ana Cruz" at a live blog's end stayed a paragraph."""
    art = parse("Election night live\n\n10.42pm\nFirst results are in.\n\n9.30pm\nPolls have closed.\n\n"
                "Posted by Tom Reyes and Ana Cruz\n")
    assert "Posted by Tom Reyes and Ana Cruz" not in art.paragraphs
    assert {"Tom Reyes", "Ana Cruz"} <= set(art.authors) | set(art.contributors)


@pytest.mark.parametrize("headline", ["Our parks are no luxury. Stop treating them like one.",
                                      "OPINION: Our parks are no luxury. Stop treating them like one."])
def test_a_two_sentence_headline_over_a_byline_is_the_title(headline):
    """An opinion piece's headline of two sentences, a kicker before it, over "By Jane
    Roe": the title was cut at its first full stop, the headline stayed a paragraph and
    the byline was not read as the author."""
    art = parse(f"{headline}\n\nBy Edwina Parfitt\n\nThe council's finance director stood up last month.\n"
                "A second paragraph follows.\n")
    assert art.title == headline and not art.title_inferred
    assert art.authors == ["Edwina Parfitt"]
    assert art.paragraphs[0].startswith("The council's finance director")


def test_press_release_furniture_accented_datelines_and_regions():
    """A press release's "FOR IMMEDIATE RELEASE" was its title; "SAINTE-ADELE-DU-LAC" with
    its accent was cut to "SAINTE"; "RATANPUR (Vindhyachal Pradesh) -" made the state the
    outlet; "By Jane Roe, Parliamentary Sketchwriter" made the job an author."""
    art = parse("FOR IMMEDIATE RELEASE\n\nCorvane Health opens diagnostic centre in Leighton Cross\n\n"
                "LEIGHTON CROSS, 4 November 2027 \u2014 Corvane Health today opened its new centre on Station Road.\n"
                "A second paragraph follows.\nNotes to editors\nMedia contact: Ruth Anand, press@example.org\n")
    assert art.title == "Corvane Health opens diagnostic centre in Leighton Cross"
    assert art.date == "2027-11-04" and art.paragraphs[-1] == "A second paragraph follows."
    art = parse("Town fights to keep its hospital ward open\n\nBy Colin MacAskey, Parliamentary Sketchwriter\n\n"
                "SAINTE-AD\u00c8LE-DU-LAC, Que. \u2014 Residents packed the hall on Thursday evening.\nMore follows.\n")
    assert art.dateline == "SAINTE-AD\u00c8LE-DU-LAC, Que." and art.authors == ["Colin MacAskey"]
    art = parse("Polls: campaign enters final week\n\nRATANPUR (Vindhyachal Pradesh) \u2014 Addressing a rally on "
                "Sunday, the chief minister said his government had delivered.\nMore follows.\n")
    assert art.outlet is None and art.dateline == "RATANPUR (Vindhyachal Pradesh)"


def test_a_dash_attribution_under_a_quotation_joins_it():
    """Reactions set as '"Q."' over '- Jane Roe, mayor' (each on its own line) left every
    quotation unattributed: the dash line is the quotation's attribution, in its paragraph."""
    art = parse("Reactions to the stadium plan\n\nThe council voted 6-3 on Monday night to approve the plan.\n\n"
                "\u201cThis is the biggest thing to happen to downtown in my lifetime.\u201d\n"
                "\u2014 Jane Roebuck, mayor\n\n\u201cNobody has shown me a single study.\u201d\n"
                "\u2014 Councilman Victor Hale, who voted no\n")
    assert art.paragraphs[1:] == [
        "\u201cThis is the biggest thing to happen to downtown in my lifetime.\u201d \u2014 Jane Roebuck, mayor",
        "\u201cNobody has shown me a single study.\u201d \u2014 Councilman Victor Hale, who voted no"]
    x = extract_article(art)
    assert [x.people[q.speaker].name for q in x.quotes] == ["Jane Roebuck", "Victor Hale"]


def test_an_editors_note_or_a_summary_above_the_dateline():
    """"Editor's note: This article has been updated ..." above "KINGSFORD, Ore. - ..." was
    the first paragraph and the dateline stayed in the text; so did a dateline under a
    one-line summary ("As hate speech grows, so does debate.") and "Analysis by Jane Roe"
    was an author's name. ("PREVIOUSLY:" under an update is no dateline.)"""
    art = parse("City council approves library plan\n\nBy Lorna Fitzhew\n\nEditor's note: This article has been "
                "updated to include comments from the Friends of the Library.\n\nKINGSFORD, Ore. \u2014 The council "
                "voted 5-2 on Tuesday to rebuild the branch library.\n\nA second paragraph follows.\n")
    assert art.dateline == "KINGSFORD, Ore." and art.paragraphs[0].startswith("The council voted")
    assert art.credits and art.credits[0].startswith("Editor's note")
    art = parse("Germany targets a surge of vitriol.\n\nAs hate speech toward migrants grows, so does debate.\n\n"
                "BERLIN - The government is effectively enforcing civility.\n\nA second paragraph follows.\n")
    assert art.dateline == "BERLIN" and art.paragraphs[1] == "The government is effectively enforcing civility."
    art = parse("Ohio voters sour on both parties\n\nAnalysis by Jonah Whitcomb\n\nFive weeks before the vote, "
                "the race is tied.\n\nUPDATE: The listing was removed.\n\nPREVIOUSLY:\n\nMore follows here.\n")
    assert art.authors == ["Jonah Whitcomb"] and art.dateline is None


@pytest.mark.parametrize("label", ["National | Politics", "SPORT | Football", "NATIONAL / POLITICS",
                                   "Arts & Culture", "Middle East", "Combat Sports", "Hall of Fame"])
def test_a_section_label_over_the_headline_is_not_the_title(label):
    """f47-f49: a site's section path or a label of a few capitalised words over the headline
    was the title; a story whose first line is a short headline keeps it."""
    art = parse(f"{label}\nLiberal MP breaks ranks over housing bill\n\nA Liberal MP has broken ranks with her party.\n")
    assert art.title == "Liberal MP breaks ranks over housing bill"
    art = parse("Combat Sports Returns\n\nThe league said the event would go ahead in March after a long delay.\n")
    assert art.title == "Combat Sports Returns"


def test_a_wire_dateline_over_the_headline_and_a_colon_dateline_opening_the_story():
    """f47, f49: "NEW DELHI, Dec 4 (PTI)" alone over the headline was the title, and
    "PESHAWAR: The Peshawar High Court ..." stayed in the story and its derived title; a
    headline's kicker in capitals ("BUSTED: Emails Reveal ...") is no dateline."""
    art = parse("NEW DELHI, Dec 4 (PTI)\n\nCentre to review crop insurance scheme\n\nThe minister said the Centre "
                "would review the scheme.\n")
    assert art.title == "Centre to review crop insurance scheme"
    assert art.dateline == "NEW DELHI, Dec 4 (PTI)" and art.outlet == "PTI"
    art = parse("PESHAWAR: The Peshawar High Court on Thursday granted bail to a former provincial minister.\n\n"
                "Speaking to reporters, Mr Shah said he had faith in the judiciary.\n")
    assert art.dateline == "PESHAWAR" and art.paragraphs[0].startswith("The Peshawar High Court")
    art = parse("BUSTED: Emails Reveal Aide And Reporter Caught Conspiring At The Hearing.\n\n"
                "The media has always claimed itself to be an unbiased review of the news.\n")
    assert art.dateline is None and art.title.startswith("BUSTED: Emails")


@pytest.mark.parametrize("line", ["Staff Reporter, Gulf Dispatch", "STAFF WRITER", "Web Desk", "By Our Correspondent"])
def test_a_byline_naming_a_desk_is_furniture(line):
    """f49: "Staff Reporter, Gulf Dispatch" under the headline stayed in the story, and was
    the speaker of its first "he"."""
    art = parse(f"Dubai court jails man who posed as police officer\n\n{line}\n\nA man has been jailed for three years.\n")
    assert art.paragraphs == ["A man has been jailed for three years."]


def test_a_hyphen_inside_a_word_is_no_datelines_dash():
    """f51 and the real set: "THE WALK-IN" was the dateline "THE WALK" and the title "IN";
    "AFL-CIO to endorse Clinton" lost "AFL"."""
    art = parse("THE WALK-IN\n\nFor thirty years, Sal Venturo has run the toughest kitchen in town.\n")
    assert art.title == "THE WALK-IN" and art.dateline is None
    art = parse("AFL-CIO to endorse Clinton\n\nThe union federation will endorse her on Thursday.\n")
    assert art.title == "AFL-CIO to endorse Clinton"
    assert parse("WASHINGTON - The Senate voted on Tuesday to pass the bill.\n\nMore follows.\n").dateline == "WASHINGTON"


def test_a_dash_attribution_with_an_abbreviation_joins_its_quote():
    """f52: '— Baker Nadine Fourie, owner of Crumb & Co., on the price of eggs' under a
    quotation stayed a paragraph of its own (the full stop of "Co.")."""
    art = parse("The week in quotes\n\n\u201cEggs are a luxury good now.\u201d\n"
                "\u2014 Baker Nadine Fourie, owner of Crumb & Co., on the price of a tray of eggs\n")
    assert len(art.paragraphs) == 1 and art.paragraphs[0].endswith("tray of eggs")


def test_a_read_more_block_of_headline_links_is_furniture():
    """f53, f47: the links under a lone "Read more:" stayed in the story; one, "Nimbus Atlas 3
    hands-on: fast, confident, still wrong sometimes", made a person who took the company's
    words."""
    art = parse("Everything announced at DevCon\n\nNimbus introduced Forge, a coding assistant.\n\nRead more:\n"
                "Nimbus Atlas 3 hands-on: fast, confident, still wrong sometimes\n\nThe keynote ran for two hours.\n")
    assert art.paragraphs == ["Nimbus introduced Forge, a coding assistant.", "The keynote ran for two hours."]


def test_the_outlet_alone_under_a_byline_is_no_paragraph():
    """f76: "By Jane Roe" over "Washington Sentinel" left the outlet's name as the first
    paragraph, and the extractor guessed it as a speaker."""
    art = parse("Watchdog faults travel spending\n\nBy Gretchen Alvarez\nWashington Sentinel\n\n"
                "WASHINGTON \u2014 An official billed taxpayers for personal trips, a report said.\n")
    assert art.authors == ["Gretchen Alvarez"]
    assert not any("Sentinel" in p for p in art.paragraphs)


def test_an_outlets_edition_line_and_a_translators_note_are_no_headline(tmp_path):
    # f84: "Example Report English - Energy", "SPORT | Example Wire English", "Example Report |
    # Mining | 4 min read" and "(Translated from Spanish)" were taken for the headline above it
    for first in ("Valle Report English - Energy", "ENTERTAINMENT | Valle News Wire English",
                  "Andes Business Report | Mining | 4 min read", "(Translated from Spanish)"):
        f = tmp_path / "a.txt"
        f.write_text(f"{first}\n\nLake spill reaches fishing villages, residents say\n\n"
                     "\"The lake is black,\" said fisherman Nerio Chourino, who has fished it for forty years.\n",
                     encoding="utf-8")
        a = read_article(f)
        assert a.title == "Lake spill reaches fishing villages, residents say", first
        assert all(first not in p for p in a.paragraphs)


def test_a_byline_closing_the_story_is_its_author_not_a_paragraph():
    # f89: "By Tiago Roe, Ironbound Herald" under a long story stayed its last paragraph; the
    # writer became a speaker of every article's "Roe said"
    body = "\n\n".join(f"The parish council said in statement number {i} that the roof would be repaired."
                       for i in range(8))
    art = parse("Parish marks 100 years\n\n" + body + "\n\nBy Tiago Brandão Mendez, Ironbound Herald\n"
                "Photo: The procession turns onto Ferry Street. (Ironbound Herald)\n")
    assert art.authors == ["Tiago Brandão Mendez"]
    assert not any("Mendez" in p for p in art.paragraphs)


def test_a_byline_in_the_story_midst_is_its_author_not_a_speaker():
    # f96: "By Priya Roe, Health Correspondent | Wiltshire Gazette" between two paragraphs
    # stayed a paragraph, and the writer became the speaker of "she tells me"
    story = "\n\n".join(f"She has been ill for {n} months, and the days are long." for n in range(2, 8))
    art = parse("Living with long covid\n\n" + story + "\n\n\"I used to run half-marathons,\" Tamsin Reilley says.\n\n"
                "By Priya Kandiar, Health Correspondent | Wiltshire Gazette\n\n"
                "When I visit, she is lying on the sofa. \"Don't be offended,\" she tells me.\n")
    assert art.authors == ["Priya Kandiar"]
    assert not any("Kandiar" in p for p in art.paragraphs)


def test_a_photograph_credit_and_a_sites_section_labels_are_no_title():
    """f106: with no headline, "Photograph: Jane Roe / Example Sound" and "Sport | Features"
    were the titles; "Words: Jane Roe" is a byline, and an interview's first question under
    the lede ("How did you get plot 17?" over "ROE: ...") is no headline either."""
    art = parse("By Ivo Quill\nPhotograph: Meena Dharwal / Example Sound\n\nSYDNEY \u2014 Talia Raine is forty-four. "
                "\"I said a lot of silly things in my twenties,\" Raine says.\n\nShe has a new album out.\n")
    assert "Photograph" not in art.title and art.title_inferred and not any("Photograph" in p for p in art.paragraphs)
    art = parse("Gardening | Saturday\n\nWords: Lorcan Tullow\n\nHyacinth Barrowe, 82, has grown vegetables on plot "
                "17 for fifty-eight years, longer than anyone in the city.\n\nHow did you get plot 17?\n\n"
                "BARROWE: My father had it before me.\n")
    assert art.title.startswith("Hyacinth Barrowe") and art.authors == ["Lorcan Tullow"]
    assert art.paragraphs[0].startswith("Hyacinth") and "How did you get plot 17?" in art.paragraphs
    art = parse("Sport | Features\n\nLIVERPOOL \u2014 Ruth Okafor, 27, is a boxer. \"People think it's a rivalry,\" "
                "Okafor says.\n\nMore.\n")
    assert "Sport" not in art.title and art.title_inferred
