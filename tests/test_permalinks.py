"""Permalinks: a registered URL never breaks, and a quote id changes only with its words."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import broken_links, build, copy_seeds, parse_html

from generator.publish import analyse, load_articles
from generator.model import quote_id

STORY_A = ("Harbour Plan Wins Approval\n\n"
           "The council approved the harbour plan on Monday.\n\n"
           "\u201cThis is the best day for the harbour in a generation,\u201d Mayor Ann Smith said.\n\n"
           "\u201cWe will start building in the spring and finish within two years,\u201d she added.\n")
STORY_B = ("Opposition Vows To Fight Harbour Plan\n\n"
           "Opposition leader Carl Brandt criticised the plan.\n\n"
           "\u201cThe council has ignored the fishermen who depend on this harbour,\u201d Brandt said.\n")


def registered(out: Path) -> dict[str, dict]:
    return json.loads((out / "permalinks.json").read_text(encoding="utf-8"))["pages"]


def assert_registry_served(out: Path) -> None:
    site = out / "site"
    for path in registered(out):
        assert (site / path.replace(".md", ".html")).is_file(), f"registered URL broke: {path}"
    assert broken_links(site) == []


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_quote_id_depends_only_on_the_words():
    base = quote_id("We will start building in the spring.")
    assert quote_id("we will start building in the spring") == base
    assert quote_id("We will  start building\u2014in the spring\u2026") == base
    assert quote_id("We will start building in the summer.") != base


def test_ids_do_not_depend_on_file_order(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    articles = load_articles(seeds).articles
    forward = analyse(articles)
    backward = analyse(list(reversed(articles)))
    key = lambda c: sorted((q.id, q.article, q.anchor, q.speaker.id if q.speaker else None) for q in c.quotes)
    assert key(forward) == key(backward)
    assert sorted(s.id for s in forward.speakers) == sorted(s.id for s in backward.speakers)


def test_adding_an_article_keeps_every_url_and_id(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    out = tmp_path / "out"
    first = build(seeds, out)
    before = registered(out)
    write(seeds, "zz_new.txt", STORY_A)
    second = build(seeds, out)
    assert set(before) <= set(registered(out))
    assert second.gone == []
    assert {(q.id, q.article) for q in first.corpus.quotes} <= {(q.id, q.article) for q in second.corpus.quotes}
    assert_registry_served(out)


def test_removing_an_article_leaves_pages_that_say_what_was_there(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, "a.txt", STORY_A)
    write(seeds, "b.txt", STORY_B)
    out = tmp_path / "out"
    first = build(seeds, out)
    removed = [q for q in first.corpus.quotes if q.article == "b"]
    assert removed
    (seeds / "b.txt").unlink()
    second = build(seeds, out)
    assert {g.path for g in second.gone} >= {q.page for q in removed} | {"articles/b.md"}
    assert_registry_served(out)
    gone_page = parse_html(out / "site" / removed[0].page.replace(".md", ".html"))
    assert "no longer in the corpus" in gone_page.text
    assert " ".join(removed[0].text.split()) in " ".join(gone_page.text.split())


def test_renamed_article_file_redirects_keeping_the_fragment(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, "old-name.txt", STORY_A)
    out = tmp_path / "out"
    build(seeds, out)
    (seeds / "old-name.txt").rename(seeds / "new-name.txt")
    result = build(seeds, out)
    moved = [g for g in result.gone if g.path == "articles/old-name.md"]
    assert moved and moved[0].redirect and moved[0].successor == "articles/new-name.md"
    page = parse_html(out / "site" / "articles" / "old-name.html")
    refresh = [m for m in page.find("meta") if m.attrs.get("http-equiv") == "refresh"]
    target = refresh[0].attrs["content"].split("url=", 1)[1]
    assert (out / "site" / "articles" / target).resolve() == (out / "site" / "articles" / "new-name.html").resolve()
    assert any("location.hash" in s.text for s in page.find("script"))
    assert_registry_served(out)


def test_fixing_a_speaker_keeps_the_quote_url(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, "a.txt", STORY_A)
    out = tmp_path / "out"
    first = build(seeds, out)
    quote = next(q for q in first.corpus.quotes if "best day" in q.text)
    assert quote.speaker and quote.speaker.name == "Ann Smith"
    write(seeds, "a.txt", STORY_A.replace("Mayor Ann Smith said", "Deputy Mayor Bea Jones said")
          .replace("she added", "Jones added"))
    second = build(seeds, out)
    fixed = next(q for q in second.corpus.quotes if "best day" in q.text)
    assert fixed.id == quote.id and fixed.speaker.name == "Bea Jones"
    assert_registry_served(out)
    old_speaker = out / "site" / "speakers" / f"{quote.speaker.id}.html"
    assert old_speaker.is_file()


def test_unchanged_rebuild_leaves_the_registry_byte_for_byte(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, "a.txt", STORY_A)
    out = tmp_path / "out"
    build(seeds, out)
    first = (out / "permalinks.json").read_bytes()
    shutil.rmtree(out / "site")
    build(seeds, out)
    assert (out / "permalinks.json").read_bytes() == first


def test_registry_has_one_line_per_page():
    """A change to one page is a change to one line of the committed file."""
    from generator.site.permalinks import registry_text
    pages = {"quotes/b.md": {"kind": "quote", "text": "Zwei \u201cW\u00f6rter\u201d\nhier", "articles": ["x", "y"]},
             "quotes/a.md": {"kind": "quote", "text": "one", "speaker": None, "articles": []}}
    text = registry_text(pages, {"speaker:a1": {"date": "2026-01-02"}})
    assert json.loads(text) == {"version": 1, "pages": pages, "corrections": {"speaker:a1": {"date": "2026-01-02"}}}
    lines = text.splitlines()
    assert [i for i, line in enumerate(lines) if line.startswith('  "quotes/')] == [5, 6]  # sorted, one each
    assert lines[5].startswith('  "quotes/a.md": {"articles": []') and "W\u00f6rter" in lines[6]
    assert registry_text({}) == '{\n "pages": {},\n "version": 1\n}\n'
    changed = registry_text({**pages, "quotes/a.md": {**pages["quotes/a.md"], "speaker": "Ann Smith"}},
                            {"speaker:a1": {"date": "2026-01-02"}})
    assert sum(a != b for a, b in zip(text.splitlines(), changed.splitlines())) == 1


def test_committed_registry_covers_the_seeds_site(tmp_path, seeds_site):
    """permalinks.json in the repository must list every page the seeds site publishes,
    or a deploy could publish URLs that a later build would silently drop.
    Fix: `python3 dev.py build`, then commit permalinks.json."""
    from generator.site.permalinks import live_entries, load_registry
    from conftest import ROOT
    result, _ = seeds_site
    committed = load_registry(ROOT / "permalinks.json")
    missing = sorted(set(live_entries(result.corpus)) - set(committed))
    assert not missing, f"not in the committed permalinks.json: {missing[:10]}"


def test_gone_quotations_find_the_successor_a_comparison_with_every_quotation_finds():
    """gone_pages compares a gone quotation only with the quotations that share its rarer
    words: on random archives of reworded quotations (a word dropped, added or changed,
    the same article or not, ties, words in no quotation), the successor and whether it
    redirects are those of the comparison with every quotation (quote_successor alone)."""
    import random
    from generator.model import Article, Corpus, QuoteRecord
    from generator.site.permalinks import gone_pages, live_entries, quote_successor
    rng = random.Random(5)
    vocabulary = [f"w{i}" for i in range(60)] + ["the", "a", "of"] * 10
    for _ in range(20):
        articles = [Article(id=f"a{i}", source="", title=f"T{i}") for i in range(6)]
        quotes = []
        for i in range(rng.randrange(1, 40)):
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 12)))
            art = rng.choice(articles).id
            quotes.append(QuoteRecord(quote_id(text), text, art, 0, 0, 1, None, "said", f"q{i}"))
        corpus = Corpus(articles, [], quotes, article_pages={a.id: f"articles/{a.id}.md" for a in articles},
                        quotes_by_id={})
        for q in quotes:
            corpus.quotes_by_id.setdefault(q.id, []).append(q)
        registry = {}
        for i in range(15):
            words = rng.choice(quotes).text.split() if rng.random() < 0.8 else ["nowhere", "else"]
            for _ in range(rng.randrange(4)):  # reworded
                how = rng.randrange(3)
                if how == 0 and len(words) > 1:
                    del words[rng.randrange(len(words))]
                elif how == 1:
                    words.insert(rng.randrange(len(words) + 1), rng.choice(vocabulary))
                else:
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
            text = " ".join(words) + f" gone{i}"
            registry[f"quotes/{quote_id(text)}.md"] = {
                "kind": "quote", "text": text, "speaker": None,
                "articles": sorted(rng.sample([a.id for a in articles] + ["removed"], rng.randrange(3)))}
        found = {g.path: g for g in gone_pages(registry, corpus, live_entries(corpus))}
        assert len(found) == len(registry)
        for path, entry in registry.items():
            alone = quote_successor(path, entry, corpus)
            assert (found[path].successor, found[path].redirect) == (alone.successor, alone.redirect), entry
