"""End to end: seeds -> site_src/ -> site/, the JSON export, escaping in built HTML."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import CONFIG, ROOT, SEEDS, SHARED_EVAL, broken_links, build, copy_seeds, load_scorer, parse_html

QUOTE_KEYS = {"id", "text", "article", "paragraph", "start", "end", "speaker", "url", "context_url"}


def test_seeds_build_writes_every_page(seeds_site):
    result, out = seeds_site
    site = out / "site"
    c = result.corpus
    assert len(c.articles) == len(list(SEEDS.glob("*.txt")))
    for page in ["index.html", "articles/index.html", "speakers/index.html", "quotes/index.html", "404.html",
                 "search/search_index.json", "data/quotes.json"]:
        assert (site / page).is_file(), page
    for art in c.articles:
        assert (site / c.article_pages[art.id].replace(".md", ".html")).is_file()
    for sp in c.speakers:
        assert (site / f"speakers/{sp.id}.html").is_file()
    assert not list(out.glob(".build-*")), "scratch folder left behind"


def test_export_schema_and_offsets(seeds_site):
    result, out = seeds_site
    data = json.loads((out / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert set(data) >= {"quotes", "speakers", "articles"}
    articles = {a.id: a for a in result.corpus.articles}
    speaker_ids = {s["id"] for s in data["speakers"]}
    assert data["quotes"], "the seeds hold quotes"
    for q in data["quotes"]:
        assert QUOTE_KEYS <= set(q)
        para = articles[q["article"]].paragraphs[q["paragraph"]]
        if not q.get("parts"):
            assert para[q["start"]:q["end"]] == q["text"]
        assert re.fullmatch(r"[0-9a-f]{10}", q["id"])
        assert q["url"] == f"quotes/{q['id']}.html"
        if q["speaker"] is not None:
            assert set(q["speaker"]) == {"id", "name", "aliases"}
            assert q["speaker"]["id"] in speaker_ids
    for a in data["articles"]:
        assert a["id"] in articles and a["title"]


def test_extract_command_writes_the_same_quotes_as_the_site(seeds_site, tmp_path):
    _, out = seeds_site
    target = tmp_path / "q.json"
    proc = subprocess.run([sys.executable, "-m", "generator", "extract", str(SEEDS), "-o", str(target)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    site_data = json.loads((out / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert json.loads(target.read_text(encoding="utf-8"))["quotes"] == site_data["quotes"]


def test_every_internal_link_and_anchor_resolves(seeds_site):
    _, out = seeds_site
    assert broken_links(out / "site") == []


def test_quotes_are_anchored_in_their_article(seeds_site):
    result, out = seeds_site
    c = result.corpus
    for art in c.articles:
        page = parse_html(out / "site" / c.article_pages[art.id].replace(".md", ".html"))
        marks = {e.attrs.get("id"): e.text for e in page.find("mark") if e.attrs.get("id")}
        for q in c.quotes_by_article.get(art.id, []):
            assert q.anchor in marks
            assert " ".join(marks[q.anchor].split()) == " ".join(q.text.split("\n\n")[0].split())


def test_quality_on_seeds_gold(seeds_site):
    scorer = load_scorer()
    _, out = seeds_site
    gold = yaml.safe_load((SHARED_EVAL / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    preds = scorer.load_pred(out / "site" / "data" / "quotes.json")
    r = scorer.score(gold, preds)
    figures = (r["quotes"]["f1"], r["attribution"]["accuracy"], r["e2e"]["f1"], r["clusters"]["f1"])
    print("quote F1 %.3f, attribution %.3f, e2e F1 %.3f, cluster F1 %.3f" % figures)
    assert r["quotes"]["f1"] >= 0.97
    assert r["attribution"]["accuracy"] >= 0.95
    assert r["e2e"]["f1"] >= 0.95
    assert r["clusters"]["f1"] >= 0.95


PAYLOADS = [
    "<script>alert('x1')</script>",
    '<img src=x onerror="alert(2)">',
    "[click me](javascript:alert(3))",
    "![pic](data:text/html;base64,PHNjcmlwdD4=)",
    "{: onclick=\"alert(4)\" }",
    "<div onmouseover='alert(5)'>raw html block</div>",
    "{{ config.site_name }} {% if true %}jinja{% endif %}",
    "--8<-- \"mkdocs.yml\"",
    "<!-- comment -->",
    "<a href='javascript:alert(6)'>link</a>",
    "</title><script>alert(7)</script>",
]


def _hostile_article(payloads: list[str]) -> str:
    title = payloads[10]
    body = [f"Paragraph {i} has {p} inside it." for i, p in enumerate(payloads)]
    quotes = [f"\u201c{p} is what I said,\u201d Jo Tester said." for p in payloads]
    return (f"---\ntitle: {json.dumps('Title ' + title)}\noutlet: {json.dumps(payloads[1])}\n"
            f"authors: [{json.dumps(payloads[0])}]\n---\n" + "\n\n".join(body + quotes + ["---", payloads[5]]) + "\n")


def _tag_attr_shapes(site: Path) -> set[tuple[str, str]]:
    shapes = set()
    for page in site.rglob("*.html"):
        for el in parse_html(page).elements:
            shapes.add((el.tag, ""))
            shapes.update((el.tag, name) for name in el.attrs)
    return shapes


def test_hostile_article_adds_no_element_or_attribute(tmp_path):
    plain = [f"harmless words {i}" for i in range(len(PAYLOADS))]
    (tmp_path / "control").mkdir()
    (tmp_path / "control" / "story.txt").write_text(_hostile_article(plain), encoding="utf-8")
    (tmp_path / "hostile").mkdir()
    (tmp_path / "hostile" / "story.txt").write_text(_hostile_article(PAYLOADS), encoding="utf-8")
    control = build(tmp_path / "control", tmp_path / "out-control")
    hostile = build(tmp_path / "hostile", tmp_path / "out-hostile")
    site = hostile.site_dir
    extra = _tag_attr_shapes(site) - _tag_attr_shapes(control.site_dir)
    assert not extra, f"article text added elements/attributes: {extra}"
    for page in site.rglob("*.html"):
        for el in parse_html(page).elements:
            assert not any(name.startswith("on") for name in el.attrs), (page, el)
            for name in ("href", "src", "action"):
                assert not el.attrs.get(name, "").strip().lower().startswith(("javascript:", "data:")), (page, el)
            if el.tag == "script":
                assert "alert" not in el.text
    article = parse_html(site / hostile.corpus.article_pages["story"].replace(".md", ".html"))
    shown = " ".join(article.text.replace("\u00b6", "").split())  # minus the quote-page markers
    for p in PAYLOADS:
        assert " ".join(p.split()) in shown, f"payload not shown as text: {p}"


def test_failed_build_leaves_the_previous_site(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    out = tmp_path / "out"
    build(seeds, out)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    stamp = (out / "site" / "index.html").read_bytes()
    bad_config = tmp_path / "mkdocs.yml"
    bad_config.write_text(CONFIG.read_text(encoding="utf-8") + "\nnot_a_mkdocs_option: 1\n", encoding="utf-8")
    (seeds / "extra.txt").write_text("New Headline Words\n\n\u201cNew words,\u201d Ann Other said.\n", encoding="utf-8")
    from generator.build import BuildError, build_site
    with pytest.raises(BuildError):
        build_site(seeds, out, bad_config)
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert (out / "site" / "index.html").read_bytes() == stamp


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("verb", ["build", "extract", "serve"])
def test_every_verb_has_help(verb):
    proc = run_cli(verb, "--help")
    assert proc.returncode == 0 and "usage:" in proc.stdout


def test_cli_errors_are_one_line_and_coded(tmp_path):
    proc = run_cli("extract", str(tmp_path / "nope"), "-o", str(tmp_path / "q.json"))
    assert proc.returncode == 1 and proc.stderr.strip().startswith("error:") and "Traceback" not in proc.stderr
    proc = run_cli("frobnicate")
    assert proc.returncode == 2


def test_cli_build_skips_a_bad_file_and_says_so(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    (seeds / "broken.txt").write_bytes(b"\xff\xd8\xff\xe0 not text \x00\x00")
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--config", str(CONFIG))
    assert proc.returncode == 3, proc.stderr
    assert "broken.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert (tmp_path / "out" / "site" / "index.html").is_file()
    proc = run_cli("build", "--strict", "--seeds", str(seeds), "--out", str(tmp_path / "out2"), "--config", str(CONFIG))
    assert proc.returncode == 1 and "broken.txt" in proc.stderr
    assert not (tmp_path / "out2" / "site").exists()
