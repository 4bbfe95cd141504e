"""The analysis stages, as the build runs them: ingest and extract (each file on its
own, on `jobs` processes, from the extraction cache where unchanged), then resolve and
link the whole archive into one `Corpus`."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BuildError
from ..extract import BATCH_ARTICLES, extract_articles, nlp
from ..ingest import IngestError, drop_duplicates, find_articles, parse_file, read_articles
from ..link import find_variants, link, live_variants, quote_texts
from ..model import Article, ArticleExtraction, Corpus
from ..resolve import resolve_speakers
from . import parallel, state


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)


def load_articles(folder: Path) -> Loaded:
    """Read every article of a folder; a bad file is a problem, not a crash. Duplicates
    (same text, or same id as a.md and a.txt) are problems too: see drop_duplicates."""
    if not folder.is_dir():
        raise BuildError(f"{folder}: no such folder")
    loaded = Loaded()
    for path in find_articles(folder):
        try:
            articles, problems = read_articles(path, folder)
        except IngestError as exc:
            loaded.problems.append(exc)
            continue
        loaded.articles += articles
        loaded.problems += problems
    loaded.articles = drop_duplicates(loaded.articles, loaded.problems)
    return loaded


def analyse(articles: list[Article], jobs: int = 1, extractions: list | None = None,
            problems: list[IngestError] | None = None, variant_pairs: dict | None = None) -> Corpus:
    """Extract (per article, on `jobs` processes, unless `extractions` are given), resolve
    and link. With `problems`, an article whose extraction failed is skipped and reported
    there instead of failing the whole build. variant_pairs: see link.find_variants."""
    if extractions is None:
        extractions = extract_all(articles, jobs)
    kept, done = [], []
    for art, ex in zip(articles, extractions):
        if isinstance(ex, str):  # a bug met on unusual text: lose one article, not the site
            if problems is None:
                raise BuildError(f"{art.source}: quote extraction failed ({ex})")
            problems.append(IngestError(art.source, f"quote extraction failed ({ex}); "
                                                    "skipped (a bug: please report it with this file)"))
            continue
        kept.append(art)
        done.append(ex)
    # Which quotes are renderings of one statement depends on their words alone: another
    # process finds them while this one resolves and links (together, as long again).
    with parallel.aside(find_variants_with_answers, quote_texts(done), variant_pairs, jobs=jobs) as found:
        speakers, speaker_of = resolve_speakers(done)
        corpus = link(kept, done, speakers, speaker_of, variants={})  # filled in next
        variants, answers = found()
        corpus.variants = live_variants(variants, corpus.quotes_by_id)  # phrases (link.is_phrase) have no page
    if variant_pairs is not None:
        variant_pairs.update(answers)
    return corpus


def find_variants_with_answers(texts: dict[str, str], decided: dict | None) -> tuple[dict, dict]:
    """find_variants, and its answers by pair (it adds to `decided`, which another process
    does not share)."""
    decided = dict(decided or {})
    return find_variants(texts, decided), decided


def load_and_extract(inputs: state.Inputs, cache: state.ExtractCache, jobs: int = 1
                     ) -> tuple[list[Article], list[ArticleExtraction], list[IngestError]]:
    """Articles and their extractions, from the cache where the file is unchanged; the
    other files are parsed and extracted on `jobs` processes (parsing there too: on one
    process it took a third as long as extracting on two). A file may hold many articles
    (a CMS export) and problems with some of its lines; those are cached with it."""
    keys = [f"{path.name}\0{sha}" for path, _, sha in inputs.files]
    fresh = [(data, path) for (path, data, _), key in zip(inputs.files, keys)
             if not isinstance(data, IngestError) and key not in cache.old]
    if fresh:
        nlp.load()  # here, before forking: the processes inherit it; a missing model fails once
    made = iter(parallel.map_batches(parse_and_extract, fresh, jobs, BATCH_ARTICLES))
    rows: list[tuple[Article, ArticleExtraction | str, str]] = []
    problems: list[IngestError] = []
    files: dict[str, state.FileEntry] = {}
    for (path, data, _), key in zip(inputs.files, keys):
        if isinstance(data, IngestError):
            problems.append(data)
            continue
        entry = cache.old[key] if key in cache.old else next(made)
        if isinstance(entry, IngestError):
            problems.append(entry)
            continue
        files[key] = entry
        for art, _ in entry.articles:
            art.source = f"{path}:{art.line}" if art.line else str(path)  # the folder may have moved
        rows += [(art, ex, key) for art, ex in entry.articles]
        problems += [IngestError(str(path), p.problem, p.line) for p in entry.problems]
    kept = {id(a) for a in drop_duplicates([r[0] for r in rows], problems)}
    rows = [r for r in rows if id(r[0]) in kept]
    cache.extracted = sum(1 for _, _, key in rows if key not in cache.old)
    # A file with a failed extraction (a message, not a result) is not cached: it is tried again next time.
    cache.new = {key: entry for key, entry in files.items()
                 if not any(isinstance(ex, str) for _, ex in entry.articles)}
    return [r[0] for r in rows], [r[1] for r in rows], problems  # type: ignore[misc]


def parse_and_extract(items: list[tuple[bytes, Path]]) -> list[state.FileEntry | IngestError]:
    """Each file's articles and their extractions (see extract_or_error), or why it is no
    article. The articles of all the files are extracted together (extract_articles: the
    trained pipeline reads their sentences in one pass)."""
    parsed: list[tuple[list[Article], list] | IngestError] = []
    for data, path in items:
        try:
            parsed.append(parse_file(data, path))
        except IngestError as exc:
            parsed.append(exc)
    done = iter(extract_or_error([art for p in parsed if not isinstance(p, IngestError) for art in p[0]]))
    return [p if isinstance(p, IngestError) else state.FileEntry([(art, next(done)) for art in p[0]], p[1])
            for p in parsed]


def extract_all(articles: list[Article], jobs: int = 1) -> list[ArticleExtraction | str]:
    """extract_article over articles, on `jobs` processes; same results, same order.
    An article whose extraction raises gives the error as a message instead."""
    if articles:
        nlp.load()  # here, before forking: the processes inherit it; a missing model fails once
    return parallel.map_batches(extract_or_error, articles, jobs, BATCH_ARTICLES)


def extract_or_error(articles: list[Article]) -> list[ArticleExtraction | str]:
    """extract_articles; an article whose extraction raises gives the error as a message
    (a missing model stops the build with its message: no article can be read without it)."""
    return [f"{type(x).__name__}: {x}" if isinstance(x, Exception) else x
            for x in extract_articles(articles, errors=True)]
