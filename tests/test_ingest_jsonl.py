"""CMS exports (*.jsonl): one article a line; a bad line is one problem, the rest is read."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ingest import IngestError, read_articles

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def export(tmp_path: Path, *lines: str | dict, name: str = "cms.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines), encoding="utf-8")
    return path


STORY = dict(id="a1", title="Bridge reopens after repairs", date="2024-02-03T10:00:00+01:00", outlet="Valley Post",
             url="https://post.example/a1", authors=["Kit Amberley"], section="local",
             text='The old bridge reopened on Saturday.\n\n"It is good to have it back," said Hana Oyelaran.')


def test_a_line_gives_its_article_with_the_metadata_it_states(tmp_path):
    (art,), problems = read_articles(export(tmp_path, STORY))
    assert problems == []
    assert (art.id, art.title, art.date, art.outlet, art.url, art.authors) == \
        ("a1", "Bridge reopens after repairs", "2024-02-03", "Valley Post", "https://post.example/a1", ["Kit Amberley"])
    assert art.paragraphs == ["The old bridge reopened on Saturday.", '"It is good to have it back," said Hana Oyelaran.']
    assert art.line == 1 and art.source.endswith("cms.jsonl:1")


def test_an_html_line_is_read_as_a_web_page_and_its_fields_win(tmp_path):
    page = (FIXTURES / "newsarticle.html").read_text(encoding="utf-8")
    (art,), _ = read_articles(export(tmp_path, dict(id=7, html=page, outlet="Ledger Archive")))
    assert art.id == "7"
    assert art.title == "Harbour ferry fares frozen for two years"  # from the page
    assert art.outlet == "Ledger Archive"  # the export's field wins
    assert art.authors == ["Marisol Quenby", "Tobias Wrenfield"]
    assert not any("cookies" in p for p in art.paragraphs)


@pytest.mark.parametrize("line, problem", [
    ("{not json", "invalid JSON (Expecting property name enclosed in double quotes at column 2)"),
    ('["a", "list"]', "not a JSON object but list"),
    ('{"title": "No id", "text": "Words."}', 'no "id"'),
    ('{"id": "x", "title": "No text"}', 'no article text: give "text" or "html"'),
    ('{"id": "x", "text": "Words here.", "date": "31/12/2024"}', "'date' must be YYYY-MM-DD"),
    ('{"id": "x", "text": "Words here.", "url": "javascript:alert(1)"}', "'url' must start with http"),
    ('{"id": "x", "text": "Words here.", "authors": [1, 2]}', "'authors' must be a list of names"),
    ('{"id": "x", "html": "<nav><a href=\\"/\\">Home</a></nav>"}', "no article text in this web page"),
    ('{"id": "x", "text": "' + "word " * (2 * 2**20) + '"}', "line too long (10.0 MB; the limit is 2 MB"),
])
def test_a_bad_line_is_one_problem_with_its_line_and_the_rest_is_read(tmp_path, line, problem):
    path = export(tmp_path, STORY, line, {**STORY, "id": "a3"})
    articles, problems = read_articles(path)
    assert [a.id for a in articles] == ["a1", "a3"]
    assert len(problems) == 1 and str(problems[0]).startswith(f"{path}:2: {problem}")
    assert "\n" not in str(problems[0])


def test_a_duplicate_id_in_one_file_is_a_problem_naming_the_first_line(tmp_path):
    path = export(tmp_path, STORY, {**STORY, "text": "Another story entirely."})
    articles, problems = read_articles(path)
    assert len(articles) == 1
    assert [str(p) for p in problems] == [f"{path}:2: id 'a1' again (first on line 1); ids must be unique"]


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"\n\n  \n", "empty file"),
    (b"PK\x03\x04" + bytes(range(256)) * 4, "binary file"),
])
def test_a_file_that_is_no_export_is_one_problem(tmp_path, content, problem):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=problem):
        read_articles(path)


def test_a_folder_mixing_text_pages_and_exports_builds_one_site(tmp_path):
    from conftest import build, copy_seeds
    from generator.publish import BuildError

    seeds = copy_seeds(tmp_path / "in")
    for name in ("newsarticle.html", "amp.html"):
        (seeds / name).write_bytes((FIXTURES / name).read_bytes())
    (seeds / "empty.htm").write_bytes(b"")
    export(seeds, STORY, "{broken", {**STORY, "id": "newsarticle", "text": "A story under a taken id."},
           name="wire.jsonl")  # after newsarticle.html by name: its id is taken
    result = build(seeds, tmp_path / "out")
    ids = {a.id for a in result.corpus.articles}
    assert {"a1", "newsarticle", "amp"} <= ids and len(ids) == len(list(seeds.glob("*.txt"))) + 3
    assert sorted(str(p) for p in result.problems) == sorted([
        f"{seeds / 'empty.htm'}: empty file",
        f"{seeds / 'wire.jsonl'}:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{seeds / 'wire.jsonl'}:3: same article id 'newsarticle' as {seeds / 'newsarticle.html'}; rename one"])
    site = tmp_path / "out" / "site"
    assert (site / "articles" / "a1.html").is_file() and (site / "articles" / "amp.html").is_file()
    with pytest.raises(BuildError, match="--strict"):
        build(seeds, tmp_path / "strict", strict=True)
