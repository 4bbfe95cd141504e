"""Editorial corrections: corrections.yaml read and checked, applied after extraction and
resolution, shown on the site and in the export; every bad file gives a one-line error."""
from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from conftest import CONFIG, ROOT, broken_links, build, parse_html, search_docs

from generator import correct
from generator.publish import analyse, load_articles
from generator.corrections import CorrectionsError, parse
from generator.site.permalinks import live_entries

ARTICLES = {
    "harbour.txt": "Harbour Plan Wins Approval\n\n"
                   "The council approved what supporters call the \u201charbour miracle\u201d on Monday.\n\n"
                   "\u201cThis is the best day for the harbour in a generation,\u201d Mayor Ann Smith said.\n\n"
                   "\u201cWe will start building in the spring and finish within two years,\u201d she added.\n\n"
                   "Opposition leader Carl Brandt was not convinced. \u201cThe council has ignored the fishermen "
                   "who depend on this harbour,\u201d Brandt said.\n",
    "match.txt": "United Win The Cup\n\nUnited won the cup final on Saturday.\n\n"
                 "\u201cI have never felt anything like this in my whole career,\u201d said striker John Smith.\n\n"
                 "\u201cThe fans carried us through the second half,\u201d Smith said.\n",
    "budget.txt": "Senate Passes Budget\n\nThe Senate passed the budget late on Friday.\n\n"
                  "\u201cThis budget keeps every promise we made to the voters,\u201d said Senator John Smith.\n\n"
                  "Critics disagreed. \u201cIt cuts the schools to pay for the roads,\u201d Carl Brant said.\n",
}
# Quote ids: a hash of the words alone (model.quote_id).
BEST_DAY, BUILDING, BRANDT_Q = "46c019de80", "91c7374631", "e099e3695f"
MIRACLE, CAREER, FANS, PROMISE, SCHOOLS = "9c8b2fece9", "686479976d", "6ad7ca7fb7", "83c4997c69", "a5f640d734"
JUNE_1_2024 = "1717200000"  # SOURCE_DATE_EPOCH: the date new corrections are published under

# Every key of the issue, and the additions (date, a list per article, a key created by a split).
EVERY_KEY = f"""\
quotes:
  {BEST_DAY}:
    speaker: Bea Jones              # a new name
    role: Deputy Mayor
    note: The mayor read out the statement of her deputy.
    date: 2024-05-02
  {BUILDING}:
    speaker: carl-brant             # the id of a speaker merged below
  {MIRACLE}:
    not_a_quote: true
  {FANS}:
    speaker: null
  {PROMISE}:
    - article: budget
      speaker: john-smith
      note: Senator Smith, not the striker.
speakers:
  carl-brant:
    same_as: carl-brandt
  john-smith:
    split: {{john-smith-striker: [match]}}
  john-smith-striker:
    description: United striker
  ann-smith:
    name: Ann Smith-Jones
    description: Mayor of the harbour town
    wikidata: Q42
"""


def write_articles(folder: Path, names=ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def corpus_of(folder: Path, reverse: bool = False):
    articles = load_articles(folder).articles
    return analyse(list(reversed(articles)) if reverse else articles)


def fixes(text: str):
    return parse(textwrap.dedent(text))


def html(path: Path) -> str:
    return " ".join(parse_html(path).text.split())


def correction_notes(path: Path) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_html(path).find("p") if p.attrs.get("class") == "correction"]


def export(site: Path) -> dict:
    return json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))


# --- the file ---------------------------------------------------------------------------

def test_the_issues_example_parses_with_every_key():
    text = textwrap.dedent("""\
        quotes:
          fe23cec2d4:                 # a quote id (quotes/fe23cec2d4.html)
            speaker: Lloyd Austin     # the right speaker
            role: U.S. Defense Secretary
            article: 000_98e21d13d47d04b2
            note: Austin said this at the Pentagon briefing, not Kim.
          9f87605d78:
            not_a_quote: true
          4eb2d37e1a:
            speaker: null
        speakers:
          volodymyr-zelenskiy:
            same_as: volodymyr-zelensky
          john-smith:
            split: {john-smith-footballer: [article_id_1, article_id_2]}
          lloyd-austin:
            name: Lloyd J. Austin III
            description: U.S. Secretary of Defense (2021-2025)
            wikidata: Q123456
        """)
    c = parse(text)
    assert c.problems == []
    q = {f.quote: f for f in c.quotes}
    assert (q["fe23cec2d4"].speaker, q["fe23cec2d4"].role, q["fe23cec2d4"].article) == \
        ("Lloyd Austin", "U.S. Defense Secretary", "000_98e21d13d47d04b2")
    assert q["9f87605d78"].not_a_quote and q["4eb2d37e1a"].sets_speaker and q["4eb2d37e1a"].speaker is None
    s = {f.speaker: f for f in c.speakers}
    assert s["volodymyr-zelenskiy"].same_as == "volodymyr-zelensky"
    assert s["john-smith"].split == {"john-smith-footballer": ["article_id_1", "article_id_2"]}
    assert (s["lloyd-austin"].name, s["lloyd-austin"].wikidata) == ("Lloyd J. Austin III", "Q123456")
    assert parse("# nothing yet\nquotes:\nspeakers:\n").problems == []


BAD_FILES = [
    ("quotes:\n  fe23cec2d4:\n    speker: Jo Roe\n", 3, "unknown key 'speker'"),
    ("quote:\n  fe23cec2d4: {speaker: Jo Roe}\n", 1, "unknown section 'quote'"),
    ("quotes:\n  fe23cec2d:\n    speaker: Jo Roe\n", 2, "'fe23cec2d' is not a quote id"),
    ("quotes:\n  fe23cec2d4: Jo Roe\n", 2, "quote fe23cec2d4: expected its corrections"),
    ("quotes:\n  fe23cec2d4:\n    speaker:\n", 3, "speaker: empty"),
    ("quotes:\n  fe23cec2d4:\n    not_a_quote: false\n", 3, "only 'true'"),
    ("quotes:\n  fe23cec2d4:\n    not_a_quote: true\n    speaker: Jo Roe\n", 2, "not_a_quote cannot go with speaker"),
    ("quotes:\n  fe23cec2d4:\n    speaker: null\n    role: Mayor\n", 4, "no speaker has no role"),
    ("quotes:\n  fe23cec2d4:\n    date: 2024-02-30\n    note: x\n", 3, "'2024-02-30' is not a date"),
    ("quotes:\n  fe23cec2d4:\n    speaker: Jo Roe\n  fe23cec2d4:\n    speaker: Al Poe\n", 4,
     "two corrections disagree (this one and line 2)"),
    ("quotes:\n  fe23cec2d4:\n    - {article: a, speaker: Jo Roe}\n    - {speaker: Al Poe}\n", 4,
     "two corrections disagree"),
    ("speakers:\n  Jo Roe:\n    name: Jo Roe\n", 2, "'Jo Roe' is not a speaker id"),
    ("speakers:\n  jo-roe:\n    same_as: al-poe\n  al-poe:\n    same_as: jo-roe\n", 2,
     "a merge cycle (jo-roe -> al-poe -> jo-roe)"),
    ("speakers:\n  jo-roe:\n    same_as: jo-roe\n", 3, "a merge cycle"),
    ("speakers:\n  jo-roe:\n    same_as: al-poe\n    name: Jo Roe\n", 2, "same_as makes it part of al-poe"),
    ("speakers:\n  jo-roe:\n    split: [a, b]\n", 3, "expected {new-speaker-id: [article ids]}"),
    ("speakers:\n  jo-roe:\n    wikidata: 42\n", 3, "'42' is not a Wikidata item id"),
    ("speakers:\n  jo-roe:\n    name: Jo Roe\n  jo-roe:\n    name: Joe Roe\n", 4, "corrected twice, and the two disagree"),
    ("speakers:\n  jo-roe:\n    date: 2024-01-01\n", 2, "nothing to correct"),
]


@pytest.mark.parametrize("text,line,words", BAD_FILES, ids=[w for _, _, w in BAD_FILES])
def test_each_bad_entry_gets_a_one_line_error_with_its_line(text, line, words):
    problems = parse(text).problems
    assert len(problems) == 1, problems
    message = str(problems[0])
    assert message.startswith(f"corrections.yaml:{line}: ") and "\n" not in message and words in message, message


def test_a_file_that_is_not_yaml_cannot_be_used_at_all():
    with pytest.raises(CorrectionsError) as err:
        parse("quotes:\n  fe23cec2d4:\n    speaker: [Jo Roe\n  x: 1\n")
    assert re.fullmatch(r"corrections\.yaml:\d+: not valid YAML: .*", str(err.value))
    with pytest.raises(CorrectionsError, match=r"^corrections\.yaml:1: expected the sections"):
        parse("- just a list\n")


def test_a_fix_written_twice_counts_once_and_a_list_gives_one_fix_per_article():
    same = parse("quotes:\n  fe23cec2d4: {speaker: Jo Roe}\n  fe23cec2d4: {speaker: Jo Roe}\n")
    assert same.problems == [] and len(same.quotes) == 1
    per_article = parse("quotes:\n  fe23cec2d4:\n    - {article: a, speaker: Jo Roe}\n    - {article: b, speaker: null}\n")
    assert per_article.problems == [] and [f.article for f in per_article.quotes] == ["a", "b"]


# --- applying ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return corpus_of(write_articles(tmp_path_factory.mktemp("articles")))


def test_every_key_applies_to_the_corpus(corpus):
    out = correct.apply(corpus, parse(EVERY_KEY), today="2024-06-01")
    assert out.problems == []
    c = out.corpus
    by_id = {q.id: q for q in c.quotes}
    speakers = {s.id: s for s in c.speakers}
    assert by_id[BEST_DAY].speaker.id == "bea-jones" and by_id[BEST_DAY].role == "Deputy Mayor"
    assert by_id[BEST_DAY].attribution == "editor" and by_id[BEST_DAY].correction.date == "2024-05-02"
    assert "harbour" in speakers["bea-jones"].articles
    assert by_id[BUILDING].speaker.id == "carl-brandt"  # named by the id merged into carl-brandt
    assert MIRACLE not in by_id and MIRACLE in c.withdrawn
    assert by_id[FANS].speaker is None and by_id[FANS].attribution == "editor"
    assert by_id[PROMISE].speaker.id == "john-smith" and by_id[PROMISE].correction.note.startswith("Senator")
    assert "carl-brant" not in speakers and by_id[SCHOOLS].speaker.id == "carl-brandt"
    assert "Carl Brant" in speakers["carl-brandt"].aliases
    assert by_id[CAREER].speaker.id == "john-smith-striker" and speakers["john-smith-striker"].description
    assert speakers["john-smith"].articles == ["budget"]
    assert "ann-smith" not in speakers
    mayor = speakers["ann-smith-jones"]
    assert (mayor.name, mayor.wikidata, mayor.description) == ("Ann Smith-Jones", "Q42", "Mayor of the harbour town")
    assert "Ann Smith" in mayor.aliases
    assert by_id[BRANDT_Q].attribution == "automatic" and by_id[BRANDT_Q].correction is None
    assert [c.date for c in c.corrections] == sorted((c.date for c in c.corrections), reverse=True)
    assert {c.page for c in c.corrections} >= {f"quotes/{BEST_DAY}.md", f"quotes/{MIRACLE}.md",
                                                "speakers/carl-brandt.md", "speakers/ann-smith-jones.md"}
    # "harbour miracle" is a phrase (two words, no speaker, no cue): kept apart, but a fix still finds it
    assert MIRACLE in {p.id for ps in corpus.phrases.values() for p in ps}, "the corpus given is left as it was"


APPLY_ERRORS = [
    ("quotes:\n  0123456789: {speaker: Jo Roe}\n", "no quote on the site has this id"),
    ("speakers:\n  jo-roe: {name: Jo Roe}\n", "no speaker has the id 'jo-roe'"),
    ("quotes:\n  46c019de80: {speaker: jo-roe}\n", "no speaker has the id 'jo-roe'"),
    ("speakers:\n  ann-smith: {same_as: jo-roe}\n", "no speaker has the id 'jo-roe'"),
    ("speakers:\n  john-smith: {split: {john-smith-2: [harbour]}}\n", "john-smith is not in article harbour"),
    ("speakers:\n  john-smith: {split: {john-smith-2: [nowhere]}}\n", "no article has the id 'nowhere'"),
    ("speakers:\n  john-smith: {split: {ann-smith: [match]}}\n", "ann-smith is already a speaker's id"),
    ("speakers:\n  john-smith: {split: {john-smith-2: [match, budget]}}\n", "moves every article"),
    ("quotes:\n  46c019de80: {article: budget, speaker: Jo Roe}\n", "the quote is not in budget (it is in: harbour)"),
    ("quotes:\n  46c019de80: {speaker: Smith}\n", "'Smith' could be any of ann-smith, john-smith"),
    ("speakers:\n  carl-brant: {name: Carl Brandt}\n", "is a name of speaker carl-brandt; to make them one, use same_as"),
]


@pytest.mark.parametrize("text,words", APPLY_ERRORS, ids=[w for _, w in APPLY_ERRORS])
def test_each_unknown_id_or_impossible_fix_gets_a_one_line_error(corpus, text, words):
    out = correct.apply(corpus, parse(text))
    assert len(out.problems) == 1, out.problems
    message = str(out.problems[0])
    assert message.startswith("corrections.yaml:2: ") and "\n" not in message and words in message, message
    assert not out.problems[0].stale and out.corpus.corrections == []


def test_corrections_survive_reordered_articles_and_a_changed_extractor(tmp_path, corpus):
    key = lambda c: sorted((q.id, q.article, q.speaker.id if q.speaker else None, q.attribution) for q in c.quotes)
    fx = parse(EVERY_KEY)
    forward = correct.apply(corpus, fx).corpus
    backward = correct.apply(corpus_of(write_articles(tmp_path / "a"), reverse=True), fx).corpus
    assert key(forward) == key(backward)
    assert [(c.page, c.change) for c in forward.corrections] == [(c.page, c.change) for c in backward.corrections]

    # Another extractor: it attributes every quotation to the first person of its article and
    # ends the 'best day' quote a word earlier (a new quote id, so a new URL that redirects).
    articles = load_articles(tmp_path / "a").articles
    from generator.publish.corpus import extract_all
    extractions = extract_all(articles)
    for ex in extractions:
        for q in ex.quotes:
            q.speaker = 0 if ex.people else None
            if q.id == BEST_DAY:
                q.end = q.start + q.text.rindex(" ")
                q.text = q.text[:q.end - q.start]
    changed = analyse(articles, extractions=extractions)
    registry = live_entries(corpus)
    out = correct.apply(changed, fx, registry)
    now = {q.id: q for q in out.corpus.quotes}
    assert BEST_DAY not in now
    follower = next(q for q in out.corpus.quotes if q.text.startswith("This is the best day"))
    assert follower.speaker.id == "bea-jones" and follower.attribution == "editor"
    assert [str(p) for p in out.problems] == [
        f"corrections.yaml:2: quote {BEST_DAY}: its words now read slightly differently, as quote {follower.id}: "
        f"applied there; change the id to {follower.id}"]
    assert out.problems[0].stale
    assert now[FANS].speaker is None and now[BUILDING].speaker.id == "carl-brandt"
    assert now[CAREER].speaker.id == "john-smith-striker"


def test_a_fix_of_a_quote_that_is_gone_is_reported_not_dropped(tmp_path, corpus):
    fewer = corpus_of(write_articles(tmp_path / "a", ["harbour.txt", "budget.txt"]))
    out = correct.apply(fewer, parse(f"quotes:\n  {FANS}:\n    speaker: null\n"), live_entries(corpus))
    assert [str(p) for p in out.problems] == [f"corrections.yaml:2: quote {FANS}: this quotation is no longer on "
                                              "the site (its article was removed or re-extracted); this correction "
                                              "does nothing now"]
    assert out.problems[0].stale and out.corpus.corrections == []


# --- the built site ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def corrected_site(tmp_path_factory):
    """The articles built as extracted, then again with EVERY_KEY: (first result, second result, out)."""
    base = tmp_path_factory.mktemp("corrected")
    seeds, out = write_articles(base / "seeds"), base / "out"
    first = build(seeds, out)
    fixes_file = base / "corrections.yaml"
    fixes_file.write_text(EVERY_KEY, encoding="utf-8")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = JUNE_1_2024
    try:
        second = build(seeds, out, corrections_file=fixes_file)
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH") if old is None else os.environ.update(SOURCE_DATE_EPOCH=old)
    return first, second, out


def test_the_quote_page_speaker_pages_indexes_export_and_search_agree(corrected_site):
    _, result, out = corrected_site
    site = out / "site"
    assert result.corrections == []
    page = parse_html(site / "quotes" / f"{BEST_DAY}.html")
    assert "Bea Jones" in page.find("h1")[0].text
    assert correction_notes(site / "quotes" / f"{BEST_DAY}.html") == [
        "Correction, 2024-05-02: Attributed to Bea Jones (was: Ann Smith-Jones). Role shown: Deputy Mayor. "
        "The mayor read out the statement of her deputy."]
    assert "Bea Jones, Deputy Mayor" in html(site / "quotes" / f"{BEST_DAY}.html")
    assert any(a.attrs.get("href") == f"../quotes/{BEST_DAY}.html" for a in parse_html(site / "speakers/bea-jones.html").find("a"))
    assert not any(f"{BEST_DAY}.html" in a.attrs.get("href", "") for a in parse_html(site / "speakers/ann-smith-jones.html").find("a"))
    index = parse_html(site / "quotes" / "index.html")
    listed = [(e.tag, e.text if e.tag == "h2" else e.attrs["href"]) for e in index.elements
              if e.tag == "h2" or (e.tag == "a" and re.fullmatch(r"[0-9a-f]{10}\.html", e.attrs.get("href", "")))]
    at = next(i for i, (tag, text) in enumerate(listed) if tag == "h2" and "Bea Jones" in text)
    assert listed[at + 1] == ("a", f"{BEST_DAY}.html")
    article = parse_html(site / "articles" / "harbour.html")
    assert "Bea Jones" in [m.attrs.get("title") for m in article.find("mark")]

    data = export(site)
    records = {q["id"]: q for q in data["quotes"]}
    assert records[BEST_DAY]["speaker"]["id"] == "bea-jones" and records[BEST_DAY]["attribution"] == "editor"
    assert records[BEST_DAY]["correction"]["note"] == "The mayor read out the statement of her deputy."
    assert records[BEST_DAY]["correction"]["role"] == "Deputy Mayor"
    assert records[FANS]["speaker"] is None and records[FANS]["attribution"] == "editor"
    assert records[BRANDT_Q]["attribution"] == "automatic" and records[BRANDT_Q]["correction"] is None
    speakers = {s["id"]: s for s in data["speakers"]}
    assert speakers["ann-smith-jones"]["wikidata"] == "Q42" and "carl-brant" not in speakers
    assert speakers["bea-jones"]["quotes"] == 1
    csv_rows = (site / "data" / "quotes.csv").read_text(encoding="utf-8").splitlines()
    assert csv_rows[0].endswith(",attribution,correction")
    assert any(r.startswith(f"{BEST_DAY},") and ",editor,2024-05-02 Attributed to Bea Jones" in r for r in csv_rows)

    search = search_docs(site)
    titles = [title for location, title, *_ in search if location.startswith(f"quotes/{BEST_DAY}.html")]
    assert titles and all("Ann Smith" not in t for t in titles) and any("Bea Jones" in t for t in titles)
    assert broken_links(site) == []


def test_words_that_are_not_a_quotation_leave_every_list_but_keep_their_url(corrected_site):
    _, result, out = corrected_site
    site = out / "site"
    assert parse_html(site / "quotes" / f"{MIRACLE}.html").find("h1")[0].text.startswith("Not a quotation")
    assert correction_notes(site / "quotes" / f"{MIRACLE}.html")
    article = parse_html(site / "articles" / "harbour.html")
    assert f"q-{MIRACLE}" not in article.ids()
    for listing in ("quotes/index.html", "quotes/by-date.html", "articles/harbour.html"):
        assert not any(f"{MIRACLE}.html" in a.attrs.get("href", "") for a in parse_html(site / listing).find("a"))
    data = export(site)
    assert MIRACLE not in {q["id"] for q in data["quotes"]}
    assert any(c["url"] == f"quotes/{MIRACLE}.html" and "not a quotation" in c["change"] for c in data["corrections"])
    assert not any(location.startswith(f"quotes/{MIRACLE}.html") for location, *_ in search_docs(site))


def test_the_corrections_page_lists_every_correction_newest_first(corrected_site):
    _, result, out = corrected_site
    page = parse_html(out / "site" / "corrections.html")
    rows = [e.text for e in page.find("tr")][1:]
    dates = [r.split()[0] for r in rows]
    assert len(rows) == len(result.corpus.corrections) == 8  # 5 quotes; a merge, a split, a rename
    assert dates == ["2024-06-01"] * 7 + ["2024-05-02"]
    links = {a.attrs["href"] for a in page.find("a") if a.attrs.get("href", "").endswith(".html")}
    assert {f"quotes/{BEST_DAY}.html", f"quotes/{MIRACLE}.html", "speakers/carl-brandt.html",
            "speakers/john-smith-striker.html", "speakers/ann-smith-jones.html"} <= links
    assert "Corrections" in [a.text.strip() for a in parse_html(out / "site" / "index.html").find("a")]


def test_merge_split_and_rename_keep_every_old_url(corrected_site, tmp_path):
    first, result, out = corrected_site
    site = out / "site"
    registry = json.loads((out / "permalinks.json").read_text(encoding="utf-8"))
    for path in registry["pages"]:
        assert (site / path.replace(".md", ".html")).is_file(), path
    for old, new in (("carl-brant", "carl-brandt"), ("ann-smith", "ann-smith-jones")):
        page = parse_html(site / "speakers" / f"{old}.html")
        refresh = [m.attrs["content"] for m in page.find("meta") if m.attrs.get("http-equiv") == "refresh"]
        assert refresh == [f"0; url=../speakers/{new}.html"], old
    striker = html(site / "speakers" / "john-smith-striker.html")
    assert "United striker" in striker and "I have never felt anything" in striker
    assert "This budget keeps every promise" in html(site / "speakers" / "john-smith.html")
    assert "I have never felt anything" not in html(site / "speakers" / "john-smith.html")
    assert set(registry["corrections"]) == {f"quotes/{BEST_DAY}", f"quotes/{BUILDING}", f"quotes/{MIRACLE}",
                                            f"quotes/{FANS}", f"quotes/{PROMISE}@budget", "speakers/carl-brant",
                                            "speakers/john-smith>john-smith-striker", "speakers/ann-smith"}
    assert registry["corrections"][f"quotes/{BEST_DAY}"]["date"] == "2024-05-02"

    # Taking every correction back: still no URL breaks (the registry remembers both sites).
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    undone = build(write_articles(tmp_path / "seeds"), copy)
    assert undone.corpus.corrections == []
    for path in json.loads((copy / "permalinks.json").read_text(encoding="utf-8"))["pages"]:
        assert (copy / "site" / path.replace(".md", ".html")).is_file(), path
    assert broken_links(copy / "site") == []
    assert "corrections" not in json.loads((copy / "permalinks.json").read_text(encoding="utf-8"))


def test_a_correction_keeps_its_date_until_it_changes(tmp_path, monkeypatch):
    seeds, out = write_articles(tmp_path / "seeds"), tmp_path / "out"
    fixes_file = tmp_path / "corrections.yaml"
    fixes_file.write_text(f"quotes:\n  {FANS}: {{speaker: null}}\n  {SCHOOLS}: {{speaker: Carl Brandt}}\n",
                          encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", JUNE_1_2024)
    build(seeds, out, corrections_file=fixes_file)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(JUNE_1_2024) + 86400 * 30))
    fixes_file.write_text(f"quotes:\n  {FANS}: {{speaker: null}}\n  {SCHOOLS}: {{speaker: Carl Brandt, note: Sic.}}\n",
                          encoding="utf-8")
    result = build(seeds, out, corrections_file=fixes_file)
    dates = {c.page: c.date for c in result.corpus.corrections}
    assert dates == {f"quotes/{FANS}.md": "2024-06-01", f"quotes/{SCHOOLS}.md": "2024-07-01"}


def test_an_editors_note_is_text_on_the_page(tmp_path):
    seeds, out = write_articles(tmp_path / "seeds", ["harbour.txt"]), tmp_path / "out"
    fixes_file = tmp_path / "corrections.yaml"
    note = "<script>alert(1)</script> [x](javascript:alert(2)) *em* {: onclick=alert(3) }"
    fixes_file.write_text(f"quotes:\n  {BEST_DAY}:\n    note: {json.dumps(note)}\n", encoding="utf-8")
    build(seeds, out, corrections_file=fixes_file)
    for page in (out / "site" / "quotes" / f"{BEST_DAY}.html", out / "site" / "corrections.html"):
        parsed = parse_html(page)
        assert note in " ".join(parsed.text.split())
        assert not any("alert" in e.text for e in parsed.find("script"))
        assert not any(name.startswith("on") for e in parsed.elements for name in e.attrs)
        assert not any(e.attrs.get("href", "").startswith("javascript:") for e in parsed.find("a"))


# --- the command line -------------------------------------------------------------------

def run_cli(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def project(tmp_path: Path, corrections: str | None = None) -> Path:
    """A project folder as an editor has it: mkdocs.yml, overrides/, seeds/, corrections.yaml."""
    shutil.copy(CONFIG, tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    write_articles(tmp_path / "seeds")
    if corrections is not None:
        (tmp_path / "corrections.yaml").write_text(corrections, encoding="utf-8")
    return tmp_path


def test_cli_bad_corrections_file(tmp_path):
    folder = project(tmp_path, f"quotes:\n  {FANS}:\n    speaker: null\n")
    proc = run_cli("build", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    stamp = (folder / "site" / "quotes" / f"{FANS}.html").read_bytes()
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))

    (folder / "corrections.yaml").write_text(f"quotes:\n  {FANS}:\n    speaker: null\n  {BEST_DAY}:\n    speker: Jo\n",
                                             encoding="utf-8")
    proc = run_cli("build", "--strict", cwd=folder)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[0] == (f"error: corrections.yaml:5: quote {BEST_DAY}: unknown key 'speker' "
                                           "(expected one of: speaker, role, article, note, not_a_quote, date)")
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before
    assert (folder / "site" / "quotes" / f"{FANS}.html").read_bytes() == stamp

    proc = run_cli("build", cwd=folder)  # without --strict: built without the bad entry, exit 3
    assert proc.returncode == 3 and f"skipped corrections.yaml:5: quote {BEST_DAY}: unknown key" in proc.stderr
    assert correction_notes(folder / "site" / "quotes" / f"{FANS}.html")

    (folder / "corrections.yaml").write_text("quotes:\n  - [broken\n", encoding="utf-8")
    proc = run_cli("build", cwd=folder)  # a file that is not YAML: never built without it
    assert proc.returncode == 1 and re.match(r"error: corrections\.yaml:\d+: not valid YAML", proc.stderr)
    assert correction_notes(folder / "site" / "quotes" / f"{FANS}.html")

    proc = run_cli("build", "--corrections", "missing.yaml", cwd=folder)
    assert proc.returncode == 2 and "missing.yaml: no such corrections file" in proc.stderr


def test_cli_reports_a_stale_correction_on_every_build(tmp_path):
    folder = project(tmp_path, f"quotes:\n  {FANS}:\n    speaker: null\n")
    assert run_cli("build", cwd=folder).returncode == 0
    (folder / "seeds" / "match.txt").unlink()
    warning = (f"warning corrections.yaml:2: quote {FANS}: this quotation is no longer on the site (its article was "
               "removed or re-extracted); this correction does nothing now")
    for _ in range(2):  # the second build finds nothing changed, and still says so
        proc = run_cli("build", cwd=folder)
        # (a full build also warns that SITE_URL is unset: one line of its own, not a correction's)
        lines = [ln for ln in proc.stderr.splitlines() if not ln.startswith("warning: SITE_URL is not set")]
        assert proc.returncode == 0 and lines == [warning], proc.stderr
    assert "up to date" in proc.stdout


def test_a_changed_corrections_file_is_never_missed_by_the_up_to_date_check(tmp_path):
    seeds, out = write_articles(tmp_path / "seeds"), tmp_path / "out"
    fixes_file = tmp_path / "corrections.yaml"  # not there yet: creating it must rebuild
    build(seeds, out, corrections_file=fixes_file)
    assert build(seeds, out, corrections_file=fixes_file).up_to_date
    fixes_file.write_text(f"quotes:\n  {FANS}:\n    speaker: null\n", encoding="utf-8")
    result = build(seeds, out, corrections_file=fixes_file)
    assert not result.up_to_date and len(result.corpus.corrections) == 1
    assert build(seeds, out, corrections_file=fixes_file).up_to_date


def test_cli_review_lists_skips_what_is_corrected_and_writes_a_skeleton(tmp_path):
    folder = project(tmp_path)
    proc = run_cli("review", "--format", "json", "--limit", "0", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    queue = json.loads(proc.stdout)
    # "harbour miracle" (two words, no speaker, no speech cue) is a phrase, not a quotation
    # (issue 27): not in the queue; the quotations are, the least certain first
    assert MIRACLE not in {q["id"] for q in queue["quotes"]} and len(queue["quotes"]) == 7
    first = queue["quotes"][0]
    assert (first["id"], first["speaker"]["id"], first["article"]) == (SCHOOLS, "carl-brant", "budget")
    assert [c["id"] for c in first["candidates"]] == ["carl-brant", "john-smith"]
    kinds = [(s["kind"], [x["id"] for x in s["speakers"]]) for s in queue["speakers"]]
    assert kinds == [("one person?", ["carl-brandt", "carl-brant"]), ("two people?", ["john-smith"])]

    proc = run_cli("review", "--limit", "1", "--write-skeleton", "skeleton.yaml", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    assert f"1. quote {SCHOOLS} in article budget" in proc.stdout
    skeleton = (folder / "skeleton.yaml").read_text(encoding="utf-8")
    assert parse(skeleton).problems == [] and parse(skeleton).quotes == []  # all commented out
    # the editor uncomments the lines they want, and fills them in
    picked = re.sub(rf"  # ({SCHOOLS}:.*)\n(?:.*\n)*?  #   (not_a_quote: true.*)\n", r"  \1\n    \2\n", skeleton)
    picked = picked.replace("  # carl-brandt:", "  carl-brandt:").replace("  #   same_as: carl-brant", "    same_as: carl-brant")
    (folder / "corrections.yaml").write_text(picked, encoding="utf-8")
    fixes_now = parse(picked)
    assert fixes_now.problems == [] and [f.quote for f in fixes_now.quotes] == [SCHOOLS]
    assert [f.same_as for f in fixes_now.speakers] == ["carl-brant"]
    proc = run_cli("review", "--format", "json", "--limit", "0", cwd=folder)
    after = json.loads(proc.stdout)
    assert SCHOOLS not in {q["id"] for q in after["quotes"]} and len(after["quotes"]) == 6
    assert [s["kind"] for s in after["speakers"]] == ["two people?"]

    proc = run_cli("review", "--write-skeleton", "skeleton.yaml", cwd=folder)
    assert proc.returncode == 2 and "skeleton.yaml: already exists" in proc.stderr


def test_serve_rebuilds_when_the_corrections_file_changes(tmp_path):
    folder = project(tmp_path)
    page = folder / "site" / "quotes" / f"{FANS}.html"
    proc = subprocess.Popen([sys.executable, "-u", "-m", "generator", "serve", "--port", "0"], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()

    def next_line(prefix: str) -> str:
        while not (line := lines.get(timeout=120)).startswith(prefix):
            pass
        return line

    try:
        assert "corrections.yaml changes" in next_line("serving")
        assert correction_notes(page) == []
        (folder / "corrections.yaml").write_text(f"quotes:\n  {FANS}:\n    speaker: null\n", encoding="utf-8")
        assert "1 correction " in next_line("built")
        assert correction_notes(page)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_variants_of_words_marked_not_a_quotation_are_dropped_with_them(tmp_path):
    from generator.site.render import render_site
    folder = write_articles(tmp_path / "a", ["harbour.txt"])
    (folder / "other.txt").write_text("Harbour Works Begin Soon\n\n\u201cWe will start building in spring and finish "
                                      "within two years,\u201d Mayor Ann Smith told reporters.\n", encoding="utf-8")
    corpus = corpus_of(folder)
    other = next(q.id for q in corpus.quotes if q.article == "other")
    assert corpus.variants[BUILDING] == [other]
    out = correct.apply(corpus, parse(f"quotes:\n  {other}:\n    not_a_quote: true\n"))
    assert out.problems == [] and BUILDING not in out.corpus.variants and other in out.corpus.withdrawn
    assert "Also reported as" not in render_site(out.corpus)[f"quotes/{BUILDING}.md"]


def test_a_role_for_a_quote_with_no_speaker_changes_nothing(corpus):
    out = correct.apply(corpus, parse(f"quotes:\n  {MIRACLE}:\n    role: Mayor\n"))
    assert [str(p) for p in out.problems] == [
        f"corrections.yaml:2: quote {MIRACLE}: role: the quote has no speaker; give speaker: too"]
    assert out.corpus.corrections == [] and all(q.role is None for q in out.corpus.quotes)
