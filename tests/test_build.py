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
from generator.ingest.text import strip_leftover_tags

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
        assert para[q["start"]:q["end"]] == q["text"]
        assert re.fullmatch(r"[0-9a-f]{10}", q["id"])
        # a phrase (three words or fewer, no speaker named) is a row with no page
        assert q["url"] == (None if q["phrase"] else f"quotes/{q['id']}.html")
        assert not q["phrase"] or (q["speaker"] is None and len(q["text"].split()) <= 3)
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
    assert figures == (1.0, 1.0, 1.0, 1.0)


PAYLOADS = [
    "<script>alert('x1')</script>",
    '<img src=x onerror="alert(2)">',
    "[click me](javascript:alert(3))",
    "![pic](data:text/html;base64,PHNjcmlwdD4=)",
    "[data link](data:text/html,<script>alert(4)</script>)",
    "{: onclick=\"alert(5)\" }",
    "{#evil .cls onclick=alert(6)}",
    "<div onmouseover='alert(7)'>raw html block</div>",
    "{{ config.site_name }} {% if true %}jinja{% endif %}",
    "--8<-- \"mkdocs.yml\"",
    "<!-- comment -->",
    "<a href='javascript:alert(8)'>link</a>",
    "</title><script>alert(9)</script>",
    "<svg/onload=alert(10)>",
    "<iframe src=//evil.example/></iframe>",
    "<style>body{display:none}</style>",
    "<https://evil.example/autolink> and www.evil.example",
    "&lt;script&gt;alert(11)&lt;/script&gt; &#60;b&#62;",
    "\" onmouseover=\"alert(12)\" x=\"",
    "*emph* __strong__ `code` ~~del~~ ==mark== ^^ins^^",
    "| a | b |",
    "[ref]: https://evil.example \"title\"",
    "!!! danger \"an admonition\"",
    "<?php echo 1; ?> <![CDATA[ x ]]>",
]
# Speaker names the extractor takes in whole or in part: markup-ish characters it lets
# into a name ("&", "_", "/", "’", "-").
HOSTILE_SPEAKERS = ["<b>Evil</b> Person", "Jo&amp;Evil Smith", "Ann_Evil_ O\u2019Brien-<i>X</i>", "Mal&#60;script&#62;Ory",
                    "Ann&lt;b&gt;Bold Smith", "Governor <script>alert(13)</script> Jones"]
HOSTILE_URLS = ['https://example.org/"><script>alert(14)</script>', "https://example.org/)[x](javascript:alert(15))",
                "https://example.org/ onmouseover=alert(16)"]
# Outlets in a dateline: no parentheses, at most 40 characters.
HOSTILE_OUTLET = "<img src=x onerror=alert`17`>"


def _hostile_corpus(p: list[str], speakers: list[str], urls: list[str], outlet: str, folder: Path,
                    second_round: bool = False) -> None:
    """Articles carrying the strings of `p` in every place ingest knows: front matter,
    headline, dateline, byline, body, quotes, speaker names, SEE ALSO, captions, credits.

    The second round removes one article and renames another, so that the build also
    writes the "gone" pages (quote, speaker, article, redirect) from the registry."""
    folder.mkdir(exist_ok=True)
    for f in folder.glob("*.txt"):
        f.unlink()
    for k, url in enumerate(urls):
        body = [f"Paragraph {i} has {x} inside it." for i, x in enumerate(p)]
        quotes = [f"\u201c{x} is what I said in {k},\u201d Jo Tester said." for x in p[k::len(urls)]]
        multi = [f"\u201cThe first part of {p[k]} goes on,", f"\u201cand ends with {p[-1 - k]},\u201d Jo Tester said."]
        shared = "\u201cThe same words appear in every article we wrote,\u201d said Ada Stone, the governor."
        variant = f"\u201cThe same words appear in {'each' if k else 'every'} article we wrote,\u201d Ada Stone added."
        front = (f"---\ntitle: {json.dumps('Title ' + p[k])}\noutlet: {json.dumps(p[k + 1])}\n"
                 f"authors: [{json.dumps(p[k + 2])}]\nurl: {json.dumps(url)}\ndate: 2024-01-0{k + 1}\n---\n")
        name = f"front-{k}{'-renamed' if second_round and k == 1 else ''}.txt"
        (folder / name).write_text(front + "\n\n".join(body + quotes + multi + [shared, variant, "---", p[7]]) + "\n",
                                   encoding="utf-8")
    if second_round:
        return
    wire = [f"{p[0]} Headline Words Here", "date 2024-02-03",
            f"By Jane Roe and {speakers[0]}",
            f"PARIS ({outlet}) - The first paragraph says {p[1]} plainly.",
            f"SEE ALSO: {p[2]}", f"Photo: {p[3]} at the scene.", f"A minister (left) and {p[4]}.",
            f"(Reporting by {speakers[1]}; Editing by {p[5]})", f"{speakers[2]} contributed to this report.",
            "The plan was called \u201ca lasting disaster\u201d in the papers."]
    wire += [f"\u201cThe words number {i} are {p[i % len(p)]},\u201d said {who}." for i, who in enumerate(speakers)]
    wire += [f"\u201cWe stand by {p[i]},\u201d {who} told reporters." for i, who in enumerate(speakers)]
    (folder / "wire.txt").write_text("\n\n".join(wire) + "\n", encoding="utf-8")


def _tag_attr_shapes(site: Path) -> set[tuple[str, str]]:
    shapes = set()
    for page in site.rglob("*.html"):
        for el in parse_html(page).elements:
            shapes.add((el.tag, ""))
            shapes.update((el.tag, name) for name in el.attrs)
    return shapes


def _build_twice(p, speakers, urls, outlet, tmp_path: Path, name: str):
    """Both rounds into one out folder; returns each round's result, its (tag, attribute)
    shapes and the text shown on its article pages (read before the next round replaces them)."""
    seeds, out = tmp_path / f"{name}-seeds", tmp_path / f"{name}-out"
    rounds = []
    for second in (False, True):
        _hostile_corpus(p, speakers, urls, outlet, seeds, second_round=second)
        result = build(seeds, out)
        shown = {art_id: " ".join(parse_html(result.site_dir / page.replace(".md", ".html")).text.split())
                 for art_id, page in result.corpus.article_pages.items()}
        rounds.append((result, _tag_attr_shapes(result.site_dir), shown, _dangerous(result.site_dir)))
    return rounds


def _dangerous(site: Path) -> list:
    """Event handlers, script URLs and scripts or styles made of article text."""
    found = []
    for page in site.rglob("*.html"):
        for el in parse_html(page).elements:
            if any(name.startswith("on") for name in el.attrs):
                found.append((page, el))
            for name in ("href", "src", "action", "formaction", "content"):
                value = el.attrs.get(name, "").strip().lower()
                if value.startswith(("javascript:", "data:")) or "url=javascript" in value:
                    found.append((page, el))
            if el.tag in ("script", "style", "iframe", "svg") and ("alert" in el.text or "display:none" in el.text):
                found.append((page, el))
    return found


def test_hostile_articles_add_no_element_or_attribute(tmp_path):
    plain = [f"harmless words {i}" for i in range(len(PAYLOADS))]
    plain_speakers = [f"Plain Person{c}" for c in "ABCDEF"]
    plain_urls = [f"https://example.org/story-{k}" for k in range(len(HOSTILE_URLS))]
    control = _build_twice(plain, plain_speakers, plain_urls, "Plain Wire", tmp_path, "control")
    hostile = _build_twice(PAYLOADS, HOSTILE_SPEAKERS, HOSTILE_URLS, HOSTILE_OUTLET, tmp_path, "hostile")
    gone_kinds = {(g.kind, g.redirect) for g in hostile[1][0].gone}
    assert gone_kinds >= {("quote", False), ("speaker", False), ("article", False), ("article", True)}, gone_kinds
    assert {(g.kind, g.redirect) for g in control[1][0].gone} >= gone_kinds
    assert any("&" in s.name for s in hostile[0][0].corpus.speakers), "no hostile speaker name reached the site"
    for (_, control_shapes, _, _), (_, hostile_shapes, _, dangerous) in zip(control, hostile):
        extra = hostile_shapes - control_shapes
        assert not extra, f"article text added elements/attributes: {extra}"
        assert not dangerous
    shown = hostile[0][2]
    for art_id, payloads in (("front-0", PAYLOADS), ("wire", PAYLOADS[:6])):
        for x in payloads:
            x = strip_leftover_tags(x)  # markup with quoted attributes is dropped at ingest, its words kept
            assert " ".join(x.split()) in shown[art_id].replace("\u00b6", ""), f"not shown as text on {art_id}: {x}"


def test_failed_build_leaves_the_previous_site(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    out = tmp_path / "out"
    build(seeds, out)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    stamp = (out / "site" / "index.html").read_bytes()
    bad_config = tmp_path / "mkdocs.yml"
    bad_config.write_text(CONFIG.read_text(encoding="utf-8") + "\nnot_a_mkdocs_option: 1\n", encoding="utf-8")
    (seeds / "extra.txt").write_text("New Headline Words\n\n\u201cNew words,\u201d Ann Other said.\n", encoding="utf-8")
    from generator.publish import BuildError, BuildOptions, build_site
    with pytest.raises(BuildError):
        build_site(BuildOptions(seeds, out, bad_config))
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert (out / "site" / "index.html").read_bytes() == stamp


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("verb", ["build", "extract", "serve", "review"])
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
