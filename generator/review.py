"""The review queue: what an editor should look at first, and a corrections.yaml skeleton.

Quotations first: unattributed ones, then attributions by how doubtful they are. That is
1 - confidence where the extractor gives one; where it does not (confidence 0 and no
candidates), the cue that decided stands in for it, weakest first (a speaker carried
over from an earlier paragraph is likelier wrong than '"Q," Roe said'). Then speakers
that may be one person under two ids, or two people under one. Plain data in and out.
"""
from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Corpus, QuoteRecord
from .model import Speaker, fold

# How doubtful an attribution is, by the rule that made it, when the extractor gives no
# confidence. Only the order matters; unattributed quotations come before all of these.
CUE_DOUBT = {
    "next-paragraph": 0.6, "colon-paragraph": 0.55, "continuation": 0.5, "said-later": 0.45,
    "according-to": 0.4, "said-before": 0.35, "said-colon": 0.25, "colon-name": 0.2, "dash": 0.2,
    "said-after": 0.1,
}
UNKNOWN_CUE_DOUBT = 0.5
# Among unattributed quotations: none found at all, then "someone unnamed said", then titles.
UNATTRIBUTED_ORDER = {"none": 0, "said-after-unknown": 1, "title": 2}
ROLE_STOPWORDS = {"the", "of", "to", "for", "a", "an", "and", "in", "on", "at", "s", "u", "former", "then", "new"}
SAME_NAME_RATIO = 0.85  # names this alike (letters, after folding) may be one person's


@dataclass
class QuoteItem:
    quote: QuoteRecord
    doubt: float  # 0-1, higher first
    reason: str
    sentence: str  # the sentence(s) around the quotation
    candidates: list[tuple[Speaker, float | None]]  # probability None: only "mentioned in the article"


@dataclass
class SpeakerItem:
    kind: str  # "one person?" (two ids) or "two people?" (one id)
    speakers: list[Speaker]
    why: str
    split: dict[str, list[str]] = field(default_factory=dict)  # a suggested split, for "two people?"
    score: float = 0.0


def doubt(q: QuoteRecord) -> float:
    if q.speaker is None:
        return 1.0
    if q.candidates or q.confidence > 0:
        return 1.0 - q.confidence
    return CUE_DOUBT.get(q.cue, UNKNOWN_CUE_DOUBT)


def quote_queue(corpus: Corpus) -> list[QuoteItem]:
    """Every quotation an editor has not corrected yet, most doubtful first."""
    mentioned: dict[str, list[Speaker]] = defaultdict(list)
    for sp in [*corpus.speakers, *corpus.mentioned]:  # those without a page are candidates too
        for art in sp.articles:
            mentioned[art].append(sp)
    todo = [q for q in corpus.quotes if q.correction is None]
    todo.sort(key=lambda q: (-doubt(q), -q.confidence, UNATTRIBUTED_ORDER.get(q.cue, 3) if q.speaker is None else 0,
                             q.article, q.paragraph, q.start))
    items = []
    for q in todo:
        art = corpus.article(q.article)
        items.append(QuoteItem(q, doubt(q), _reason(q), sentence_around(art.paragraphs[q.paragraph], q.start, q.end),
                               _candidates(q, mentioned[q.article])))
    return items


def _reason(q: QuoteRecord) -> str:
    how = f"cue: {q.cue}" if q.cue else "no cue"
    if q.speaker is None:
        guess = (f"; described as {q.described_as}" if q.described_as else
                 f"; likeliest {q.guess.name}, {q.confidence:.0%}" if q.guess else "")
        return f"no speaker named ({how}{guess})"
    if q.candidates or q.confidence > 0:
        return f"attributed to {q.speaker.name} with confidence {q.confidence:.0%} ({how})"
    return f"attributed to {q.speaker.name} ({how}; no confidence given)"


def _candidates(q: QuoteRecord, mentioned: list[Speaker]) -> list[tuple[Speaker, float | None]]:
    if q.candidates:
        return list(q.candidates)
    by_id = {s.id: s for s in [q.speaker, q.guess, *sorted(mentioned, key=lambda s: s.name)] if s is not None}
    return [(s, None) for s in by_id.values()][:6]


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
# A full stop after these is no sentence end: "U.N. Security Council", "Mr. Roe", "Gen. Doe".
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|No|Inc|"
                           r"Co|Corp|Ltd|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec))$")


def sentence_around(paragraph: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence(s) of a paragraph that hold [start, end), cut to about `limit` characters."""
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph)
            if not (paragraph[m.start()] == "." and _ABBREVIATION.search(paragraph, 0, m.start()))]
    begin = max([0, *(e for e in ends if e <= start)])
    stop = min([len(paragraph), *(e for e in ends if e >= end)])
    text = paragraph[begin:stop].strip()
    if len(text) > limit:  # a run-on paragraph: keep the quotation and a little around it
        left = max(begin, start - limit // 4)
        text = ("\u2026" if left > begin else "") + paragraph[left:min(stop, end + limit // 4)].strip() + "\u2026"
    return " ".join(text.split())


# --- speakers ---------------------------------------------------------------------------

def _tokens(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(name)) if len(w) > 1]


def _one_person(a: Speaker, b: Speaker) -> float:
    """How likely two speakers' names are one person's (0 when not at all)."""
    if a.kind != b.kind:
        return 0.0
    ta, tb = _tokens(a.name), _tokens(b.name)
    if not ta or not tb:
        return 0.0
    if (len(ta) == 1 and ta[0] in (tb[0], tb[-1])) or (len(tb) == 1 and tb[0] in (ta[0], ta[-1])):
        return 0.9  # a surname on its own ("Roe"; "Kim" of "Kim Yong-hyun"), and a full name with it
    ratio = difflib.SequenceMatcher(None, "".join(ta), "".join(tb), autojunk=False).ratio()
    if ta[-1] == tb[-1] and ta[0][0] == tb[0][0]:
        ratio = max(ratio, 0.86)  # the same surname and initial
    return ratio if ratio >= SAME_NAME_RATIO else 0.0


def _role_groups(sp: Speaker) -> list[list[str]]:
    """The speaker's articles, grouped by roles sharing a word: more than one group may
    mean two people of one name ("footballer" here, "Senator" there)."""
    words: dict[str, set[str]] = defaultdict(set)
    for role, art in sp.roles:
        words[art] |= set(re.findall(r"[a-z]+", fold(role))) - ROLE_STOPWORDS
    groups: list[tuple[set[str], list[str]]] = []
    for art in sorted(words):
        joined = [g for g in groups if g[0] & words[art]]
        merged = (set(words[art]), [art])
        for g in joined:
            merged[0].update(g[0])
            merged[1].extend(g[1])
            groups.remove(g)
        groups.append(merged)
    return sorted((sorted(arts) for _, arts in groups), key=lambda arts: (-len(arts), arts))


def speaker_queue(corpus: Corpus, skip: set[str] = frozenset()) -> list[SpeakerItem]:
    """Pairs of speakers that may be one person, then speakers that may be two, likeliest
    first. skip: speaker ids an editor has dealt with (corrected or marked reviewed)."""
    speakers = [s for s in [*corpus.speakers, *corpus.mentioned] if s.id not in skip]  # page or not: one person
    blocks: dict[str, list[Speaker]] = defaultdict(list)
    for sp in speakers:  # compare only names that share the start of a first or last name
        t = _tokens(sp.name)
        if t:
            blocks["L" + t[-1][:3]].append(sp)
            blocks["F" + t[0][:3]].append(sp)
    pairs: dict[tuple[str, str], SpeakerItem] = {}
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                key = tuple(sorted((a.id, b.id)))
                if key in pairs:
                    continue
                score = _one_person(a, b)
                if score:  # the more quoted one last: the one to merge into
                    pair = sorted((a, b), key=lambda s: (len(corpus.quotes_by_speaker.get(s.id, [])),
                                                         len(s.articles), s.id))
                    pairs[key] = SpeakerItem("one person?", pair, f"similar names: {pair[0].name} / {pair[1].name}",
                                             score=score)
    items = sorted(pairs.values(), key=lambda it: (-it.score, [s.id for s in it.speakers]))
    for sp in speakers:
        groups = _role_groups(sp)
        if len(groups) > 1:
            roles = "; ".join(", ".join(sorted({r for r, a in sp.roles if a in g})) for g in groups)
            items.append(SpeakerItem("two people?", [sp], f"roles with nothing in common: {roles}",
                                     split={f"{sp.id}-2": [a for g in groups[1:] for a in g]}, score=0.5))
    return items


# --- output ---------------------------------------------------------------------------

def as_json(quotes: list[QuoteItem], speakers: list[SpeakerItem]) -> dict:
    def ref(sp: Speaker | None) -> dict | None:
        return None if sp is None else {"id": sp.id, "name": sp.name}

    return {
        "quotes": [{
            "id": it.quote.id, "article": it.quote.article, "paragraph": it.quote.paragraph,
            "text": it.quote.text, "sentence": it.sentence, "speaker": ref(it.quote.speaker),
            "confidence": round(it.quote.confidence, 3), "cue": it.quote.cue, "doubt": round(it.doubt, 3),
            "reason": it.reason,
            "candidates": [{**ref(s), "probability": None if p is None else round(p, 3)} for s, p in it.candidates],
        } for it in quotes],
        "speakers": [{
            "kind": it.kind, "speakers": [ref(s) for s in it.speakers], "why": it.why,
            "suggested_split": it.split or None,
        } for it in speakers],
    }


def as_text(quotes: list[QuoteItem], speakers: list[SpeakerItem]) -> str:
    lines = ["Quotations to check, most doubtful first:" if quotes else "No quotations to check."]
    for n, it in enumerate(quotes, 1):
        q = it.quote
        cands = ", ".join(f"{s.id} ({s.name}{'' if p is None else f', {p:.0%}'})" for s, p in it.candidates)
        lines += ["", f"{n:>3}. quote {q.id} in article {q.article} - {it.reason}",
                  f"     \u201c{_short(q.text, 200)}\u201d",
                  f"     sentence: {it.sentence}",
                  f"     candidates: {cands or 'none'}"]
    lines += ["", "Speakers to check:" if speakers else "No speakers to check."]
    for n, it in enumerate(speakers, 1):
        ids = " and ".join(f"{s.id} ({s.name})" for s in it.speakers)
        lines += ["", f"{n:>3}. {it.kind} {ids}: {it.why}"]
    return "\n".join(lines) + "\n"


def skeleton(quotes: list[QuoteItem], speakers: list[SpeakerItem], today: str) -> str:
    """A corrections.yaml with every queued item commented out: uncomment one, fill it in."""
    out = [f"# Corrections skeleton written by `generator review` on {today}.",
           "# Uncomment the lines of an entry and fill them in; leave the rest commented out.",
           "# What each key does: the README's Corrections section.", "", "quotes:"]
    seen: set[str] = set()
    for it in quotes:
        q = it.quote
        if q.id in seen:
            continue
        seen.add(q.id)
        cands = ", ".join(s.id for s, _ in it.candidates) or "none found"
        out += [f"  # {q.id}:    # \u201c{_short(q.text, 70)}\u201d ({q.article}; {it.reason})",
                f"  #   speaker: {q.speaker.id if q.speaker else ''}    # a name or id (candidates: {cands}), "
                "or null for none",
                "  #   not_a_quote: true    # a title, a term or a scare quote",
                "  #   article: " + q.article + "    # only in this article",
                "  #   note:    # shown with the correction"]
    out += ["", "speakers:"]
    for it in speakers:
        if it.kind == "one person?":
            a, b = it.speakers
            out += [f"  # {a.id}:    # {it.why}", f"  #   same_as: {b.id}"]
        else:
            sp = it.speakers[0]
            split = ", ".join(f"{k}: [{', '.join(v)}]" for k, v in it.split.items())
            out += [f"  # {sp.id}:    # {it.why}", f"  #   split: {{{split}}}",
                    "  #   reviewed: true    # or: checked, one person"]
    return "\n".join(out) + "\n"


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "\u2026"
