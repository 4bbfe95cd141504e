"""Candidates: for each quotation, the people who may have said it, each described by
features of the evidence for them.

A candidate is a person (or body) of the article mentioned near the quotation: in
the paragraphs before it (a pronoun reaches two or three paragraphs back), in its own
paragraph, right after it, or named by one of the rules. The features say what ties
the candidate to the quotation: which rules name them (rules.py), how recently and how
often they were mentioned or were the subject of a sentence, whether they spoke the
quotation before, whether a pronoun or role noun of the attribution agrees with them.
Quotation-level features (the attribution clause, the layout) describe the "no
speaker" alternative. scoring.py weighs them.

Everything is found by bisection over position-sorted lists, and a quotation gets at
most MAX_CANDIDATES, so the step stays linear in the length of the article.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .document import Doc, next_sentences
from .bodies import PLACE_OR_PEOPLE
from .patterns import LOCATIVE_TAIL_RE
from .rules import Votes
from .syntax import ParseSubject, sentence_subjects

# How far back a candidate may have been last mentioned.
WINDOW_PARAGRAPHS = 4
WINDOW_CHARS = 2500
AFTER_CHARS = 300  # a name right after the quotation ('"Q," said Roe')
MAX_CANDIDATES = 12
# the subjects of the sentences before a quotation that its features look at (the latest first)
RECENT_SUBJECTS = 2
# Cues by how the clause is tied to the quotation: rare cues share the weight of their kind.
FRAMES = {"said-after": "attached", "dash": "attached", "colon-name": "attached", "said-colon": "attached",
          "according-to": "attached", "said-before": "same-sentence", "said-later": "same-sentence",
          "continuation": "carried", "next-paragraph": "carried", "colon-paragraph": "carried"}


@dataclass
class Candidates:
    """One quotation's candidates (person indices into doc.people) with their features,
    and the features of the "no speaker" alternative."""

    people: list[int] = field(default_factory=list)
    features: list[dict[str, float]] = field(default_factory=list)
    none_features: dict[str, float] = field(default_factory=dict)


@dataclass
class _Timeline:
    """Where each person is mentioned, and where they are the subject of a sentence or
    a reporting clause, as sorted global offsets (paragraph bases + offset)."""

    base: list[int]
    mention_pos: list[int] = field(default_factory=list)
    mention_who: list[int] = field(default_factory=list)
    by_person: dict[int, list[int]] = field(default_factory=dict)
    subject_by_person: dict[int, list[int]] = field(default_factory=dict)
    subject_pos: list[int] = field(default_factory=list)
    subject_who: list[int] = field(default_factory=list)
    after_preposition: dict[int, bool] = field(default_factory=dict)  # mention position -> "in X", "at X"

    def pos(self, p: int, offset: int) -> int:
        return self.base[p] + offset

    def para_of(self, gpos: int) -> int:
        return bisect.bisect_right(self.base, gpos) - 1


def _timeline(doc: Doc) -> _Timeline:
    base, total = [], 0
    for text in doc.paras:
        base.append(total)
        total += len(text) + 1
    tl = _Timeline(base)
    entries: list[tuple[int, int]] = []
    subjects: list[tuple[int, int]] = []
    for p, ms in enumerate(doc.mentions):
        for m in ms:
            if m.person is None:
                continue
            g = base[p] + m.start
            entries.append((g, m.person))
            if LOCATIVE_TAIL_RE.search(doc.masked[p], max(0, m.start - 6), m.start):
                tl.after_preposition[g] = True
            if m.subject or m.lead == "subject":
                subjects.append((g, m.person))
    for p, evs in enumerate(doc.events):
        for ev in evs:
            if ev.speaker is not None:
                g = base[p] + ev.clause_start
                entries.append((g, ev.speaker))
                subjects.append((g, ev.speaker))
    entries.sort()
    subjects.sort()
    tl.mention_pos = [g for g, _ in entries]
    tl.mention_who = [w for _, w in entries]
    for g, w in entries:
        tl.by_person.setdefault(w, []).append(g)
    tl.subject_pos = [g for g, _ in subjects]
    tl.subject_who = [w for _, w in subjects]
    for g, w in subjects:
        tl.subject_by_person.setdefault(w, []).append(g)
    return tl


def _bin(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def gather(doc: Doc, votes: list[Votes], parsed: list[ParseSubject | None]) -> list[Candidates]:
    """The candidates of every quotation of the article, in quotation order."""
    tl = _timeline(doc)
    subjects = sentence_subjects(doc)
    out: list[Candidates] = []
    for qi, q in enumerate(doc.quotes):
        out.append(_for_quote(doc, tl, qi, votes, parsed=parsed[qi], subjects=subjects))
    return out


@dataclass
class _Context:
    """What is known about one quotation before looking at any candidate."""

    paragraph: int  # where it opens
    start: int  # global offset of its first character
    before: list[int]  # people named before it, most recent first
    named: list[int]  # people some rule (or the previous quotation) names
    cue: str
    quote_features: dict[str, float]
    last_subject: int | None
    sentence_ties: dict[int, set[str]]
    quote_run: bool
    following: int | None
    following_where: str
    colon_before: bool
    parsed: ParseSubject | None  # the subject of the verb the quotation hangs on (syntax.py)
    parse_speaker: int | None  # the person that subject names
    parse_subjects: list[int] = field(default_factory=list)  # subjects of the sentences before, latest first (two)
    next_subjects: set[int] = field(default_factory=set)  # subjects of the sentence after it


def _for_quote(doc: Doc, tl: _Timeline, qi: int, votes: list[Votes], *, parsed: ParseSubject | None,
               subjects: list[list[tuple[int, object]]]) -> Candidates:
    ctx, people = _context(doc, tl, qi, votes, parsed)
    ctx.parse_subjects = _recent_subjects(doc, qi, subjects)
    ctx.next_subjects = _next_sentence_subjects(doc, qi)
    cands = Candidates(people=people, none_features={f"none:{k}": x for k, x in ctx.quote_features.items()})
    cands.none_features["none:bias"] = 1.0
    cands.features = [_features(doc, tl, votes[qi], ctx, c) for c in people]
    return cands


def _context(doc: Doc, tl: _Timeline, qi: int, votes: list[Votes],
             parsed: ParseSubject | None) -> tuple[_Context, list[int]]:
    """The quotation's context and its candidates: the people named before it (most
    recent first, within the window), then up to three named just after it in its
    paragraph, then those a rule names."""
    q, v = doc.quotes[qi], votes[qi]
    p0, s0, _ = q.first
    p1, _, e1 = q.last
    start = tl.pos(p0, s0)
    end = tl.pos(p1, q.closes if q.closes >= 0 else e1)
    lo = max(tl.base[max(0, p0 - WINDOW_PARAGRAPHS)], start - WINDOW_CHARS)
    hi = min(tl.pos(p1, len(doc.paras[p1])), end + AFTER_CHARS)

    before: list[int] = []
    seen: set[int] = set()
    k = bisect.bisect_left(tl.mention_pos, start) - 1
    while k >= 0 and tl.mention_pos[k] >= lo and len(before) < MAX_CANDIDATES:
        if tl.mention_who[k] not in seen:
            seen.add(tl.mention_who[k])
            before.append(tl.mention_who[k])
        k -= 1
    after: list[int] = []
    j = bisect.bisect_left(tl.mention_pos, end)
    while j < len(tl.mention_pos) and tl.mention_pos[j] <= hi:
        if tl.mention_who[j] not in seen and len(after) < 3:
            seen.add(tl.mention_who[j])
            after.append(tl.mention_who[j])
        j += 1
    parse_speaker = parsed.mention.person if parsed is not None and parsed.mention is not None else None
    named = [w for w in [v.cascade, *v.by_rule.values(), v.previous, parse_speaker] if w is not None]
    for w in named:
        if w not in seen:
            seen.add(w)
            after.append(w)
    # what the recogniser knows says nothing (a people, a place, a work) is no candidate
    before = [c for c in before if not doc.people[c].cannot_speak]
    after = [c for c in after if not doc.people[c].cannot_speak]
    if v.pronoun:
        # agreement: "he" and "she" are persons, "it" an organisation, "they" either;
        # never a place, a people, a party as a people, an event or a work
        before = [c for c in before if agrees(doc, c, v.pronoun)]
        after = [c for c in after if agrees(doc, c, v.pronoun)]

    ks = bisect.bisect_left(tl.subject_pos, start) - 1
    following, following_where = _following_speaker(doc, qi, votes)
    ctx = _Context(paragraph=p0, start=start, before=before, named=named, cue=v.cue,
                   quote_features=_quote_features(doc, qi, v, parsed),
                   parsed=parsed, parse_speaker=parse_speaker,
                   last_subject=tl.subject_who[ks] if ks >= 0 and tl.subject_pos[ks] >= lo else None,
                   sentence_ties=_sentence_ties(doc, qi), quote_run=_quote_run(doc, qi),
                   following=following, following_where=following_where,
                   colon_before=_colon_before(doc, p0, s0))
    return ctx, before + after


def agrees(doc: Doc, c: int, pronoun: str) -> bool:
    """Can `pronoun` stand for person or body `c` of the article? he/she only for a
    person not known (by a title, a given name or an earlier pronoun) to be the other
    gender; it for a body; never a place or a people."""
    per = doc.people[c]
    if pronoun in ("he", "she"):
        other = "she" if pronoun == "he" else "he"
        return per.kind == "person" and not per.not_a_person and doc.gender.get(c) != other
    if per.ent in PLACE_OR_PEOPLE:
        return False
    if pronoun == "it":  # a body, by its words or by what the recogniser says of the name
        return per.kind != "person" or per.ent == "ORG"
    return True


def _features(doc: Doc, tl: _Timeline, v: Votes, ctx: _Context, c: int) -> dict[str, float]:
    """What ties candidate `c` to the quotation."""
    f: dict[str, float] = {}
    per, cue, p0 = doc.people[c], ctx.cue, ctx.paragraph
    f[f"kind={per.kind}"] = 1.0
    ent = per.ent
    f[f"ent={ent}&kind={per.kind}"] = 1.0
    if per.kind == "person" and per.not_a_person:
        f["not-a-person"] = 1.0
    if per.kind == "person" and len(per.name) == 1:
        f["single-name"] = 1.0
    # what the rules say
    if c == v.cascade:
        f["cascade"] = 1.0
        f[f"cascade&cue={cue}"] = 1.0
        f[f"cascade&frame={FRAMES.get(cue, 'other')}"] = 1.0
        f[f"cascade&subject={v.subject}"] = 1.0
    for rule, w in v.by_rule.items():
        if w == c:
            f[f"rule={rule}"] = 1.0
    # what the parse says: the subject of the verb the quotation hangs on
    ps = ctx.parsed
    if ps is not None and ps.reporting:
        if c == ctx.parse_speaker:
            f["parse-subject"] = 1.0
            f[f"parse-subject&cue={cue}"] = 1.0
        elif ctx.parse_speaker is not None:
            f["parse-subject-other"] = 1.0
        if ps.pronoun and c == v.cascade:
            f["parse-pronoun&cascade"] = 1.0
    for rank, who in enumerate(ctx.parse_subjects[:RECENT_SUBJECTS]):
        if who == c:
            f[f"parse-sentence-subject={rank + 1}"] = 1.0
            if v.pronoun:
                f[f"parse-sentence-subject={rank + 1}&pronoun"] = 1.0
    # the quotations around it
    if c == ctx.following:
        f[f"next-speaker&{ctx.following_where}"] = 1.0
        f[f"next-speaker&{ctx.following_where}&cue={cue}"] = 1.0
    if c == v.previous:
        f[f"previous-speaker&{v.previous_where}"] = 1.0
        f[f"previous-speaker&cue={cue}"] = 1.0
        if ctx.quote_run:
            f["previous-speaker&quote-run"] = 1.0
    # how recently and how often named before it
    if c in ctx.before:
        rank = _bin(ctx.before.index(c) + 1, (1, 2, 3))
        f[f"recency-rank={rank}"] = 1.0
        f[f"recency-rank={rank}&cue={cue}"] = 1.0
        poss = tl.by_person[c]
        n_before = bisect.bisect_left(poss, ctx.start)
        last = poss[n_before - 1]
        f[f"mention-paragraphs-back={_bin(p0 - tl.para_of(last), (0, 1, 2))}"] = 1.0
        f[f"mentions-before={_bin(n_before, (1, 2, 4))}"] = 1.0
        if tl.after_preposition.get(last):
            f["last-mention-after-preposition"] = 1.0
    else:
        if c not in ctx.named:
            f["mentioned-after"] = 1.0
        f[f"after&cue={cue}"] = 1.0
    # as the subject of a sentence
    subj = tl.subject_by_person.get(c, [])
    ns = bisect.bisect_left(subj, ctx.start)
    if ns:
        back = _bin(p0 - tl.para_of(subj[ns - 1]), (0, 1, 2, 3))
        f[f"subject-paragraphs-back={back}"] = 1.0
        f[f"subject-paragraphs-back={back}&cue={cue}"] = 1.0
    if c == ctx.last_subject:
        f["last-subject"] = 1.0
        f[f"last-subject&cue={cue}"] = 1.0
    if c in ctx.next_subjects and ps is not None and ps.reporting and ps.words and ps.mention is None \
            and not ps.pronoun:
        # the quotation's verb has a description for subject ("the ambassador told ..."),
        # and the candidate is the subject of the sentence after ("Roe also denied ..."):
        # often the one described
        f["described-then-named-next"] = 1.0
    for tie in ctx.sentence_ties.get(c, ()):
        f[tie] = 1.0
        f[f"{tie}&cue={cue}"] = 1.0
        if ctx.colon_before:
            f[f"{tie}&colon-before"] = 1.0
    # agreement with the pronoun of the attribution
    g = doc.gender.get(c)
    if v.pronoun in ("he", "she"):
        f["pronoun-agrees" if g == v.pronoun else "pronoun-disagrees" if g in ("he", "she")
          else "pronoun-unknown-gender"] = 1.0
        if per.kind != "person":
            f["pronoun-body"] = 1.0
        elif per.not_a_person:
            f["pronoun&not-a-person"] = 1.0
    elif v.pronoun == "they" and per.kind != "person":
        f["they-body"] = 1.0
    rank = _bin(ctx.before.index(c) + 1, (1, 2)) if c in ctx.before else "after"
    for k, x in ctx.quote_features.items():
        if k.startswith("layout="):
            f[f"{k}&recency-rank={rank}"] = x
    return f


def _recent_subjects(doc: Doc, qi: int, subjects: list[list[tuple[int, object]]]) -> list[int]:
    """The people the parse makes the subjects of the sentences read before the
    quotation opens (its own sentence included), in its paragraph and the one before,
    the latest first, each once; -1 for a sentence whose subject is no one named. Only
    the first RECENT_SUBJECTS: the features look no further, and a paragraph of a
    transcript may hold thousands of sentences (each quotation then looks back a few)."""
    p0, s0, _ = doc.quotes[qi].first
    out: list[int] = []
    for p in (p0, p0 - 1):
        if p < 0:
            break
        # by offset: start at the last subject before the quotation opens
        k = bisect.bisect_left(subjects[p], s0, key=lambda x: x[0]) if p == p0 else len(subjects[p])
        for i in range(k - 1, -1, -1):
            m = subjects[p][i][1]
            who = m.person if m is not None else None
            if who is None:
                out.append(-1)  # a sentence about no one named still comes between
            elif who not in out:
                out.append(who)
            if len(out) >= RECENT_SUBJECTS:
                return out
    return out


def _colon_before(doc: Doc, p: int, s: int) -> bool:
    """A colon introduces the quotation: right before it, or ending the paragraph before
    one that opens with it ('He listed the qualities:' / '"Has the candidate ...')."""
    if doc.masked[p][max(0, s - 4):max(0, s - 1)].rstrip().endswith(":"):
        return True
    return p > 0 and doc.opens_paragraph(p, s - 1) and doc.paras[p - 1].rstrip().endswith(":")


def _following_speaker(doc: Doc, qi: int, votes: list[Votes]) -> tuple[int | None, str]:
    """The speaker the rules give the next quotation, when it is in the same paragraph
    or opens the next one: '"A." "B," Roe said.'"""
    if qi + 1 >= len(doc.quotes):
        return None, ""
    nxt = doc.quotes[qi + 1]
    p, p_next = doc.quotes[qi].last[0], nxt.first[0]
    if p_next == p:
        return votes[qi + 1].cascade, "same-paragraph"
    if p_next == p + 1 and doc.opens_paragraph(p_next, nxt.first[1] - 1):
        return votes[qi + 1].cascade, "next-paragraph"
    return None, ""


def _quote_run(doc: Doc, qi: int) -> bool:
    """The quotation opens its paragraph right after a paragraph that ended with the
    previous quotation: one voice going on through a run of quoted paragraphs."""
    if qi == 0:
        return False
    p0, s0, _ = doc.quotes[qi].first
    prev = doc.quotes[qi - 1]
    pp = prev.last[0]
    return (pp == p0 - 1 and prev.closes >= 0 and doc.opens_paragraph(p0, s0 - 1)
            and len(doc.masked[pp]) - prev.closes < 60 and len(doc.masked[pp][prev.closes:].strip()) < 40)


def _sentence_ties(doc: Doc, qi: int) -> dict[int, set[str]]:
    """How the people of the quotation's own sentence, and of the sentence before it,
    stand to it: the subject before it, named before or after it in its sentence, the
    subject of the sentence before."""
    q = doc.quotes[qi]
    p0, s0, _ = q.first
    p1 = q.last[0]
    ties: dict[int, set[str]] = {}

    def scan(p: int, lo: int, hi: int, subject_tie: str | None, tie: str | None) -> None:
        ms = doc.mentions[p]
        k = bisect.bisect_left(doc.mention_starts[p], lo)
        for m in ms[k:k + MAX_CANDIDATES]:
            if m.start >= hi:
                break
            if m.person is None:
                continue
            if subject_tie and (m.subject or m.lead == "subject"):
                ties.setdefault(m.person, set()).add(subject_tie)
            if tie:
                ties.setdefault(m.person, set()).add(tie)

    sent = doc.sentence_of(p0, max(0, s0 - 1))
    st, _ = doc.sentence_span(p0, sent)
    scan(p0, st, s0, "sentence-subject", "named-before-in-sentence")
    if q.closes >= 0:
        _, en = doc.sentence_span(p1, doc.sentence_of(p1, q.closes - 1))
        scan(p1, q.closes, en, None, "named-after-in-sentence")
    if sent > 0:
        scan(p0, *doc.sentence_span(p0, sent - 1), "previous-sentence-subject", None)
    elif p0 > 0 and doc.sent_starts[p0 - 1]:
        scan(p0 - 1, *doc.sentence_span(p0 - 1, len(doc.sent_starts[p0 - 1]) - 1), "previous-sentence-subject", None)
    return ties


def _next_sentence_subjects(doc: Doc, qi: int) -> set[int]:
    """The people who are the subject of the sentence after the one the quotation closes
    in (in its paragraph or opening the next)."""
    q = doc.quotes[qi]
    if q.closes < 0:
        return set()
    p1 = q.last[0]
    last = doc.sentence_of(p1, q.closes - 1)
    p, si = next_sentences(doc, p1, last, 1)
    if (p, si) == (p1, last):  # the article's last sentence
        return set()
    lo, hi = doc.sentence_span(p, si)
    k = bisect.bisect_left(doc.mention_starts[p], lo)
    return {m.person for m in doc.mentions[p][k:k + MAX_CANDIDATES]
            if m.start < hi and m.person is not None and (m.subject or m.lead == "subject")}


def _quote_features(doc: Doc, qi: int, v: Votes, parsed: ParseSubject | None) -> dict[str, float]:
    """What the quotation and its paragraph look like, whoever the speaker."""
    q = doc.quotes[qi]
    p0, s0, _ = q.first
    p1, _, e1 = q.last
    f: dict[str, float] = {f"cue={v.cue}": 1.0}
    opens = doc.opens_paragraph(p0, s0 - 1)
    if opens and q.closes >= 0 and doc.closes_paragraph(p1, q.closes):
        f["layout=whole-paragraph"] = 1.0
    elif opens:
        f["layout=opens-paragraph"] = 1.0
    else:
        f["layout=inside"] = 1.0
    words = len(doc.paras[p0][s0:e1].split()) if p0 == p1 else 60
    f[f"words={_bin(words, (2, 5, 12, 30))}"] = 1.0
    if not doc.events[p0] and not doc.events[p1]:
        f["no-reporting-clause-in-paragraph"] = 1.0
    if v.pronoun:
        f[f"pronoun={v.pronoun}"] = 1.0
    if v.previous is None:
        f["no-previous-speaker"] = 1.0
    if _colon_before(doc, p0, s0):
        f["colon-before"] = 1.0
    if v.outer_source:
        f["according-to-besides"] = 1.0
    f[f"subject={v.subject or 'none'}"] = 1.0
    f[f"parse={_parse_kind(doc, parsed)}"] = 1.0
    return f


def _parse_kind(doc: Doc, ps: ParseSubject | None) -> str:
    """What the parse makes the subject of the quotation's verb."""
    if ps is None:
        return "no-verb"
    if not ps.reporting:
        return "not-reporting"
    if ps.pronoun:
        return f"pronoun-{ps.pronoun}" if ps.pronoun in ("he", "she", "they", "it") else "pronoun-other"
    if ps.mention is None:
        return "description"
    if ps.mention.person is None:
        return f"mention-{ps.mention.kind}"
    return "name"
