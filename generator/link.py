"""Link: join articles, extractions and speakers into one corpus with its cross-references.

Plain data in (what ingest, extract and resolve return), plain data out (a `Corpus`
the renderer and the exporter read). Nothing here reads or writes files.
"""
from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from operator import itemgetter

from .model import (Article, ArticleExtraction, Corpus, QuoteRecord, Speaker, capitalised_long_words, quote_words,
                    slugify)
from .site.paginate import site_listings

# Near-identical renderings of one statement (another outlet's punctuation, brackets,
# ellipses, "front line"/"frontline", a shorter cut of the same words) are shown
# together; these bounds keep different statements apart.
VARIANT_MIN_WORDS = 4  # shorter quotes match only word for word (same id)
VARIANT_RATIO = 0.9  # similarity of the two texts with spaces removed
VARIANT_MAX_POSTINGS = 50  # a word trigram in more quotes than this is too common to block on
RELATED = 10  # the articles quoting the same people that an article's page lists (Corpus.related_articles)


def article_pages(articles: list[Article]) -> dict[str, str]:
    """Article id -> page path; slugs that collide get a short, stable suffix."""
    taken: dict[str, str] = {}
    pages = {}
    for art in sorted(articles, key=lambda a: a.id):
        slug = slugify(art.id, "article")
        if slug in taken:
            slug = f"{slug}-{art.content_hash[:8] or len(taken)}"
            while slug in taken:
                slug += "x"
        taken[slug] = art.id
        pages[art.id] = f"articles/{slug}.md"
    return pages


def link(articles: list[Article], extractions: list[ArticleExtraction],
         speakers: list[Speaker], speaker_of: dict[tuple[str, int], str], *,
         variant_pairs: dict[tuple[str, str], bool] | None = None,
         variants: dict[str, list[str]] | None = None) -> Corpus:
    """variant_pairs: see find_variants (the last build's answers, kept across builds);
    variants: see assemble."""
    by_speaker_id = {s.id: s for s in speakers}
    quotes: list[QuoteRecord] = []
    for ex in extractions:
        def speaker(person: int | None, article: str = ex.article) -> Speaker | None:
            sid = speaker_of.get((article, person)) if person is not None else None
            return by_speaker_id.get(sid) if sid else None

        used_anchors: set[str] = set()
        for q in ex.quotes:
            anchor = f"q-{q.id}"
            n = 2
            while anchor in used_anchors:  # the same words twice in one article
                anchor = f"q-{q.id}-{n}"
                n += 1
            used_anchors.add(anchor)
            quotes.append(QuoteRecord(
                id=q.id, text=q.text, article=ex.article, paragraph=q.paragraph,
                start=q.start, end=q.end,
                speaker=speaker(q.speaker), cue=q.cue, anchor=anchor,
                confidence=q.confidence, guess=speaker(q.guess),
                candidates=[(s, p) for s, p in ((speaker(i), p) for i, p in q.candidates) if s],
                described_as=q.described_as))
    return assemble(articles, speakers, quotes, variants=variants, variant_pairs=variant_pairs)


# A quoted phrase this short with no speaker is a scare quote, a term or a fragment
# ('a "temporary" levee'), not a quotation: it stays marked in its article, without a page.
PHRASE_MAX_WORDS = 3
# The cues that mean no verb of saying frames the words (extract.rules): a title, a scare
# quote, a name others give ('what supporters call the "harbour miracle"'), or no rule
# answered at all.
NO_SPEECH_CUES = frozenset({"", "none", "title", "scare-quote", "others-call"})


def is_phrase(q: QuoteRecord) -> bool:
    """A phrase rather than a quotation: three words or fewer (as a reader counts them, by
    spaces), nobody named as its speaker (a guess does not count: the site does not assert
    it, and "Speaker uncertain" over two words tells a reader nothing), no description of
    a speaker that a verb of saying ties to the words (with no verb of saying, "many" or
    "her team" near the words did not say them), and not something an editor has ruled on
    (corrections.yaml). Or, of any length, the title of a work or a name in Title Case
    that nobody is named saying: cued as a title, or with no verb of saying at all and no
    sentence's end ('The film beat "Killers of the Flower Moon," the director's epic')."""
    if q.speaker is not None or q.attribution == "editor":  # (most quotations: the rest is not asked)
        return False
    title = _title_case(q.text) and (q.cue == "title" or q.cue == "none" and q.text.rstrip()[-1:] not in ".?!")
    return title or (q.cue in NO_SPEECH_CUES or not q.described_as) and len(q.text.split()) <= PHRASE_MAX_WORDS


def _title_case(text: str) -> bool:
    """Written as the title of a work ("Who’s Who in the CIA", "The Late Show With Jane
    Roe."): its long words capitalised, not all in capitals (a shouted tweet)."""
    long, capitalised = capitalised_long_words(text)
    return long > 0 and capitalised >= 0.85 * long and not text.isupper()


def assemble(articles: list[Article], speakers: list[Speaker], quotes: list[QuoteRecord],
             variants: dict[str, list[str]] | None = None,
             variant_pairs: dict[tuple[str, str], bool] | None = None,
             keep: set[str] | frozenset[str] = frozenset(),
             keep_speakers: set[str] | frozenset[str] = frozenset()) -> Corpus:
    """The corpus of these quote records, with every index and cross-reference built.
    variants: those of a corpus with the same quotes or more (variants depend on the words
    alone), kept for the quotes still here instead of found again; variant_pairs: see
    find_variants. keep: quote ids that stay quotations even if they read as a phrase
    (an editor's note is published on their page); keep_speakers: speaker ids that keep
    their page without a quotation (an editor's correction of the speaker is published there).

    Only quotations count: a short phrase (is_phrase) goes to corpus.phrases, and a
    speaker goes to corpus.speakers (a page, an index entry, a feed) only when at least
    one quotation is attributed to them; the others, only mentioned or only guessed,
    go to corpus.mentioned."""
    phrases: dict[str, list[QuoteRecord]] = defaultdict(list)
    quotations = []
    for q in quotes:
        if q.id not in keep and is_phrase(q):
            phrases[q.article].append(q)
        else:
            quotations.append(q)
    quotes = quotations
    quoted = {q.speaker.id for q in quotes if q.speaker} | set(keep_speakers)
    corpus = Corpus(articles=sorted(articles, key=lambda a: a.id),
                    speakers=sorted((s for s in speakers if s.id in quoted), key=lambda s: s.id), quotes=quotes,
                    article_pages=article_pages(articles),
                    mentioned=sorted((s for s in speakers if s.id not in quoted), key=lambda s: s.id),
                    phrases=dict(phrases))
    groups: dict[str, dict[str, list[QuoteRecord]]] = {"id": defaultdict(list), "article": defaultdict(list),
                                                        "speaker": defaultdict(list)}
    for q in quotes:
        groups["id"][q.id].append(q)
        groups["article"][q.article].append(q)
        if q.speaker:
            groups["speaker"][q.speaker.id].append(q)
    corpus.quotes_by_id = dict(groups["id"])
    corpus.quotes_by_article = dict(groups["article"])
    corpus.quotes_by_speaker = dict(groups["speaker"])
    if variants is None:
        corpus.variants = find_variants({qid: occ[0].text for qid, occ in corpus.quotes_by_id.items()},
                                        variant_pairs)
    else:
        corpus.variants = live_variants(variants, corpus.quotes_by_id)
    corpus.related_articles, corpus.quoted_alongside = _shared_speakers(corpus)
    corpus.listings = site_listings(corpus)
    return corpus


def live_variants(variants: dict[str, list[str]], live: dict) -> dict[str, list[str]]:
    """The variants among quotations that have a page (`live`: quote ids), e.g. not a phrase's."""
    return {qid: kept for qid, vs in variants.items() if qid in live for kept in [[v for v in vs if v in live]] if kept}


_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"  # all that quote_words() are made of


def _spaceless(words: list[str]) -> str:
    return "".join(words)


def is_variant(a: list[str], b: list[str]) -> bool:
    """Two renderings of one statement? Compared on their words with spaces removed, so
    'front line'/'frontline' and '(X)'/'[X]' do not count as differences."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < VARIANT_MIN_WORDS:
        return False
    s, l = _spaceless(short), _spaceless(long_)
    if s in l:  # a shorter cut of the same words
        return True
    if len(s) < VARIANT_RATIO * len(l):
        return False
    return difflib.SequenceMatcher(None, s, l, autojunk=False).ratio() >= VARIANT_RATIO


def quote_texts(extractions: list[ArticleExtraction]) -> dict[str, str]:
    """Quote id -> its text where first met: what find_variants compares (as assemble)."""
    texts: dict[str, str] = {}
    for ex in extractions:
        for q in ex.quotes:
            texts.setdefault(q.id, q.text)
    return texts


def find_variants(texts: dict[str, str], decided: dict[tuple[str, str], bool] | None = None
                  ) -> dict[str, list[str]]:
    """Quote id -> ids of its near-identical renderings (direct neighbours only, so two
    different statements that each contain one shared sentence are not chained together).
    decided: is_variant's answers by pair of ids, read and added to (an id stands for
    its words, so an answer never changes: a rebuild keeps them and compares only new
    pairs). A pair is (the id met first in texts, the other), as the answers are kept."""
    ids = list(texts)
    words = [quote_words(texts[qid]) for qid in ids]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)  # by place in ids: each list ascending
    for i, w in enumerate(words):
        if len(w) >= VARIANT_MIN_WORDS:
            for gram in set(zip(w, w[1:], w[2:])):
                postings[gram].append(i)
    joined = [_spaceless(w) for w in words]
    variants: dict[str, list[str]] = defaultdict(list)
    for i, j in _within_bounds(_candidates(postings.values(), len(ids)), joined):  # each pair's answer is its own
        a, b = ids[i], ids[j]
        if decided is None:
            same = is_variant(words[i], words[j])
        elif (a, b) in decided:
            same = decided[a, b]
        else:
            same = decided[a, b] = is_variant(words[i], words[j])
        if same:
            variants[a].append(b)
            variants[b].append(a)
    return {qid: sorted(variants[qid]) for qid in sorted(variants)}


def _candidates(postings: Iterable[list[int]], n: int):
    """The pairs (i < j) of places sharing a posting list of 2 to VARIANT_MAX_POSTINGS, once
    each, as one array of i * n + j: made with NumPy, lists of one length at a time (as
    Python tuples in a set, they were a third of the near-duplicate search at 2,000 articles)."""
    import numpy as np
    by_length: dict[int, list[list[int]]] = defaultdict(list)
    for places in postings:
        if 1 < len(places) <= VARIANT_MAX_POSTINGS:
            by_length[len(places)].append(places)
    parts = [np.zeros(0, dtype=np.int64)]
    for k, lists in by_length.items():
        rows = np.array(lists, dtype=np.int64)
        first, second = np.triu_indices(k, 1)
        parts.append((rows[:, first] * n + rows[:, second]).ravel())
    return np.unique(np.concatenate(parts))


_BOUNDS_CHUNK = 32768  # candidate pairs bounded at once (their letter counts: a few MB)


def _within_bounds(pairs, joined: list[str]) -> Iterator[tuple[int, int]]:
    """The pairs (as _candidates gives them, of places in `joined`) whose ratio() can reach
    VARIANT_RATIO. ratio() is at most what the lengths allow and at most the overlap of
    the two letter multisets; both bounds are cheap, and most candidate pairs (quotes
    sharing a few words) fail them and skip the quadratic SequenceMatcher. Same result,
    faster; the bounds are taken for many pairs at once with NumPy, and the letters
    counted for every quote at once (the texts are quote_words: ASCII letters and digits)."""
    import numpy as np  # (here: the model's dependency, not needed by the rest of linking)
    n = len(joined)
    lengths = np.array([len(j) for j in joined], dtype=np.int64)
    table = np.full(256, len(_LETTERS), dtype=np.int64)  # (any other byte: a column of its own, not compared)
    table[np.frombuffer(_LETTERS.encode(), dtype=np.uint8)] = np.arange(len(_LETTERS))
    chars = table[np.frombuffer("".join(joined).encode("ascii"), dtype=np.uint8)]
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    letters = np.bincount(owner * (len(_LETTERS) + 1) + chars, minlength=n * (len(_LETTERS) + 1)
                          ).reshape(n, len(_LETTERS) + 1)[:, :len(_LETTERS)]
    for start in range(0, len(pairs), _BOUNDS_CHUNK):
        chunk = pairs[start:start + _BOUNDS_CHUNK]
        a, b = chunk // n, chunk % n
        least = VARIANT_RATIO * (lengths[a] + lengths[b])
        cut = 2 * np.minimum(lengths[a], lengths[b]) < least  # a variant now only as a shorter cut
        # (a shorter cut passes the letters' bound as it passed the lengths')
        overlap = 2 * np.minimum(letters[a], letters[b]).sum(axis=1) >= least
        for k in np.flatnonzero(cut | overlap).tolist():
            x, y = int(a[k]), int(b[k])
            if cut[k]:
                jx, jy = joined[x], joined[y]
                if not (jx in jy if len(jx) <= len(jy) else jy in jx):
                    continue
            yield x, y


def _shared_speakers(corpus: Corpus) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    speakers_of: dict[str, set[str]] = {
        art: {q.speaker.id for q in qs if q.speaker} for art, qs in corpus.quotes_by_article.items()}
    articles_of: dict[str, set[str]] = defaultdict(set)
    for art, sids in speakers_of.items():
        for sid in sids:
            articles_of[sid].add(art)
    in_order = {sid: sorted(arts) for sid, arts in articles_of.items()}
    related: dict[str, list[str]] = {}
    for art, sids in speakers_of.items():
        related[art] = _related(art, [articles_of[sid] for sid in sids], [in_order[sid] for sid in sids])
    alongside: dict[str, list[str]] = {}
    for sid, arts in articles_of.items():
        alongside[sid] = _most_shared(sid, [speakers_of[art] for art in arts])
    return related, alongside


def _related(art: str, groups: list[set[str]], in_order: list[list[str]]) -> list[str]:
    """The RELATED first of _most_shared(art, groups), found without counting every article
    of every group: a speaker quoted in a third of the articles made that quadratic in the
    archive. Those in two groups or more are few, and counted; the others are in one group
    each, and rank by id alone: the first ids of each group (in_order: each group sorted)."""
    several: set[str] = set()
    for i, group in enumerate(groups):
        for other in groups[i + 1:]:
            several |= group & other
    several.discard(art)
    # by how many groups hold them (most first), then by id: counted and sorted in C (a sort
    # keeps the order of equals, reversed too), not a key summed in Python for each
    counts: Counter[str] = Counter()
    for group in groups:
        counts.update(several & group)
    ranked = sorted(sorted(several), key=counts.__getitem__, reverse=True)[:RELATED]
    need = RELATED - len(ranked)
    firsts: set[str] = set()
    for ids in in_order if need else []:
        taken = 0
        for a in ids:
            if taken == need:
                break
            if a != art and a not in several:
                firsts.add(a)
                taken += 1
    return ranked + sorted(firsts)[:need]


def _most_shared(own: str, groups: list[set[str]]) -> list[str]:
    """The ids in `groups` but `own`, by how many groups hold them (most first), then by id.
    Counted and sorted in C (Counter.update, itemgetter keys; a sort keeps the order of
    equals, reversed too): a speaker quoted in thousands of articles made this quadratic in Python."""
    shared: Counter[str] = Counter()
    for group in groups:
        shared.update(group)
    shared.pop(own, None)
    return [key for key, _ in sorted(sorted(shared.items(), key=itemgetter(0)), key=itemgetter(1), reverse=True)]
