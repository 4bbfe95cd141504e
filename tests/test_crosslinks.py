"""Cross-links, checked on the built HTML (parsed, not string-matched against templates)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urldefrag

from conftest import parse_html


def links(page: Path, site: Path) -> list[tuple[Path, str]]:
    """(target file, fragment) of every relative link on a page."""
    out = []
    for el in parse_html(page).find("a"):
        href = el.attrs.get("href", "")
        if not href or ":" in href.split("/")[0] or href.startswith(("/", "#")):
            continue
        target, frag = urldefrag(href)
        out.append(((page.parent / target).resolve(), frag))
    return out


def under(path: Path, site: Path, folder: str) -> bool:
    """A page of one item (not an index) in that folder: quotes/<10 hex>.html, articles/<slug>.html."""
    if path.parent != (site / folder).resolve() or path.name in ("index.html", "outlets.html", "by-date.html"):
        return False
    return folder != "quotes" or re.fullmatch(r"[0-9a-f]{10}\.html", path.name) is not None


def test_speaker_quotes_link_to_quote_pages_that_link_back(seeds_site):
    _, out = seeds_site
    site = out / "site"
    checked = 0
    for speaker_page in (site / "speakers").glob("*.html"):
        if speaker_page.name == "index.html":
            continue
        for target, _ in links(speaker_page, site):
            if under(target, site, "quotes"):
                back = {t for t, _ in links(target, site)}
                assert speaker_page.resolve() in back, f"{target.name} does not link back to {speaker_page.name}"
                checked += 1
    assert checked >= 20


def test_every_listed_occurrence_is_real(seeds_site):
    """Each article a quote page points to holds that quote at that anchor, word for word."""
    _, out = seeds_site
    site = out / "site"
    data = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    text_at = {q["context_url"]: " ".join(q["text"].split()) for q in data["quotes"]}
    for qid in {q["id"] for q in data["quotes"] if q["url"]}:  # a phrase has no page
        listed = set()
        for target, frag in links(site / "quotes" / f"{qid}.html", site):
            if under(target, site, "articles") and frag.startswith(f"q-{qid}"):
                url = f"articles/{target.name}#{frag}"
                marks = {m.attrs["id"]: " ".join(m.text.split()) for m in parse_html(target).find("mark")
                         if m.attrs.get("id")}
                assert frag in marks, f"{qid}: {url} has no such mark"
                assert url in text_at and text_at[url].startswith(marks[frag]), f"{qid}: {url} is not this quote"
                listed.add(url)
        assert listed == {q["context_url"] for q in data["quotes"] if q["id"] == qid}


def test_article_marks_link_to_quote_pages_that_list_the_article(seeds_site):
    result, out = seeds_site
    site = out / "site"
    c = result.corpus
    for art in c.articles:
        page = (site / c.article_pages[art.id].replace(".md", ".html")).resolve()
        quote_pages = {t for t, _ in links(page, site) if under(t, site, "quotes")}
        assert len(quote_pages) == len({q.id for q in c.quotes_by_article.get(art.id, [])})
        for qp in quote_pages:
            assert page in {t for t, _ in links(qp, site)}, f"{qp.name} does not list {page.name}"


def test_variants_link_both_ways(seeds_site):
    result, out = seeds_site
    site = out / "site"
    pairs = [(a, b) for a, vs in result.corpus.variants.items() for b in vs]
    assert pairs, "the seeds carry the same statement in two outlets"
    for a, b in pairs:
        targets = {t for t, _ in links(site / "quotes" / f"{a}.html", site)}
        assert (site / "quotes" / f"{b}.html").resolve() in targets


def test_related_articles_are_the_first_of_a_full_ranking():
    """link._related finds an article's related articles without counting every article of
    every speaker (quadratic when one speaker is in a third of the archive): on random
    archives, the same as ranking every article that shares a speaker, by how many it
    shares, then by id."""
    import random
    from collections import Counter
    from generator.link import RELATED, _related
    rng = random.Random(5)
    for _ in range(300):
        n_speakers = rng.randint(1, 12)
        speakers_of = {f"a{i:03d}": {f"s{rng.randrange(n_speakers)}" for _ in range(rng.randint(1, 4))}
                       for i in range(rng.randint(1, 60))}
        articles_of: dict[str, set[str]] = {}
        for art, sids in speakers_of.items():
            for sid in sids:
                articles_of.setdefault(sid, set()).add(art)
        for art, sids in speakers_of.items():
            shared = Counter(other for sid in sids for other in articles_of[sid] if other != art)
            ranking = [other for other, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))]
            assert _related(art, [articles_of[s] for s in sids], [sorted(articles_of[s]) for s in sids]) == \
                ranking[:RELATED]


def test_near_duplicates_are_the_candidate_pairs_that_is_variant_accepts():
    """find_variants skips most candidate pairs on cheap bounds (lengths, letter counts,
    taken for many pairs at once): it finds exactly the pairs that share a word trigram
    and that is_variant accepts, shorter cuts and small edits among them."""
    import itertools
    import random

    from generator.link import VARIANT_MIN_WORDS, find_variants, is_variant
    from generator.model import quote_words

    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(40)] + ["front", "line", "frontline", "tax", "taxes", "2024"]
    texts: dict[str, str] = {}
    for n in range(120):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(3, 30))]
        texts[f"q{n}"] = " ".join(words)
        if rng.random() < 0.5:  # a rendering of it: cut, a word changed, a word dropped or doubled
            edit = list(words)
            how = rng.choice(["cut", "change", "drop", "double"])
            i = rng.randrange(len(edit))
            if how == "cut":
                edit = edit[rng.randrange(0, 2):len(edit) - rng.randrange(0, 3)] or edit
            elif how == "change":
                edit[i] = rng.choice(vocabulary)
            elif how == "drop" and len(edit) > 1:
                del edit[i]
            else:
                edit.insert(i, edit[i])
            texts[f"q{n}v"] = " ".join(edit)
    words = {qid: quote_words(t) for qid, t in texts.items()}
    grams = {qid: {tuple(w[i:i + 3]) for i in range(len(w) - 2)} if len(w) >= VARIANT_MIN_WORDS else set()
             for qid, w in words.items()}
    expected: dict[str, list[str]] = {}
    for a, b in itertools.combinations(texts, 2):
        if grams[a] & grams[b] and is_variant(words[a], words[b]):
            expected.setdefault(a, []).append(b)
            expected.setdefault(b, []).append(a)
    found = find_variants(texts)
    assert found == {qid: sorted(ids) for qid, ids in sorted(expected.items())}
    assert len(found) > 40  # variants of each kind, not only the trivial
