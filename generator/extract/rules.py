"""Attribution rules: each looks at one quotation and the reporting clauses around it
and names a speaker (or "no speaker"), or passes."""
from __future__ import annotations

import bisect

from .document import Doc
from .lexicon import PARTICIPLE, SPEECH_ONLY
from .patterns import (
    CLAUSE_END_RE,
    COLON_TAIL_RE,
    DASH_GAP_RE,
    DESCRIPTOR_GAP_RE,
    GAP_RE,
    TITLE_CUE_RE,
    VERB_RIGHT_AFTER_RE,
)
from .quotes import QuoteSpan


def attribute(doc) -> list[tuple[int | None, str]]:
    out: list[tuple[int | None, str]] = []
    for qi, q in enumerate(doc.quotes):
        got = (None, "none")
        for rule in QUOTE_RULES:
            r = rule(doc, qi, q, out)
            if r is not None:
                got = r
                break
        out.append(got)
    return out





# --------------------------------------------------------------------------- quote rules
# Each rule takes (ctx, quote index, quote, answers so far) and returns
# (speaker or None, cue) when it decides, or None to let the next rule try.




def _rule_after(ctx: Doc, qi: int, q: QuoteSpan, done) -> tuple | None:
    """'"Q," Roe said.' / '"Q," said Roe.' / '"Q?" he asked.' / '"Q," the minister told
    reporters.': an attribution clause right after the closing mark."""
    p, _, _ = q.last
    if q.closes < 0:
        return None
    text = ctx.masked[p]
    inner = ctx.paras[p][q.last[1]:q.last[2]].rstrip()
    events = ctx.events[p]
    # An event whose verb precedes the closing mark has clause_start < closes: skip those
    # by bisection, so a long paragraph of many quotes stays linear.
    for i in range(bisect.bisect_left(ctx.verb_starts[p], q.closes), len(events)):
        ev = events[i]
        if ev.clause_start < q.closes or ev.verb == "according to":
            continue
        gap = text[q.closes:ev.clause_start]
        if not GAP_RE.fullmatch(gap) and not (ev.subj[0] == "mention" and DESCRIPTOR_GAP_RE.fullmatch(gap)):
            return None
        if inner[-1:] == "." and not CLAUSE_END_RE.match(text, ev.clause_end):
            return None  # '"Q." Roe announced on Monday that ...' starts a new sentence
        if ev.verb in PARTICIPLE:
            return None
        return ev.speaker, "said-after"
    m = VERB_RIGHT_AFTER_RE.match(text, q.closes)
    starts = ctx.verb_starts[p]
    at = bisect.bisect_left(starts, m.start(1)) if m else 0
    if m and inner[-1:] in ",?!" and not (at < len(starts) and starts[at] == m.start(1)):
        # '"Q," said one trader who ...': the quote has a clause of its own whose
        # subject is no one we know; it does not continue the previous speaker
        return None, "said-after-unknown"
    return None


def _rule_dash(ctx: Doc, qi: int, q: QuoteSpan, done) -> tuple | None:
    """'"Q" - Jane Roe': a dash and a name right after the quote."""
    p = q.last[0]
    if q.closes < 0:
        return None
    m = DASH_GAP_RE.match(ctx.masked[p], q.closes)
    if not m:
        return None
    men = ctx.by_start[p].get(m.end())
    if men is not None and men.person is not None:
        return men.person, "dash"
    return None


def _rule_colon_name(ctx: Doc, qi: int, q: QuoteSpan, done) -> tuple | None:
    """'Roe: "Q"': a name and a colon right before the opening mark."""
    p, s, _ = q.first
    m = COLON_TAIL_RE.search(ctx.masked[p][max(0, s - 4):s - 1])
    if not m:
        return None
    e = len(ctx.masked[p][:s - 1].rstrip()) - 1
    men = ctx.by_end[p].get(e)
    if men is not None and men.person is not None:
        return men.person, "colon-name"
    return None


def _is_title(ctx: Doc, q: QuoteSpan) -> bool:
    p, s, e = q.first
    return bool(TITLE_CUE_RE.search(ctx.masked[p][max(0, s - 30):s - 1]))


def _rule_title(ctx: Doc, qi: int, q: QuoteSpan, done) -> tuple | None:
    """'the so-called "peace plan"', 'the film "Dune"': a name or a scare quote."""
    if _is_title(ctx, q):
        return None, "title"
    return None


def _rule_later(ctx: Doc, qi: int, q: QuoteSpan, done) -> tuple | None:
    """'There is a "high possibility" that ..., Roe said.': a plain speech clause later
    in the same sentence (not a characterising verb, which needs its quote after it)."""
    p = q.last[0]
    if q.closes < 0:
        return None
    s = ctx.sentence_of(p, q.closes - 1)
    for ev in ctx.events[p]:
        if ev.verb_start < q.closes or ev.sentence != s:
            continue
        if "\x01" in ctx.masked[p][q.closes:ev.verb_start]:
            return None  # another quote in between takes that clause
        if ev.verb in SPEECH_ONLY and ev.subj[0] not in ("inherit", "sentsubj"):
            return ev.speaker, "said-later"
        return None
    return None


def _rule_before(ctx: Doc, qi: int, q: QuoteSpan, done) -> tuple | None:
    """'Roe said (that) ... "Q"', 'Roe told the council: "Q"', 'Roe called it a "Q"',
    '..., stating, "Q"', 'according to Roe, "Q"': the closest reporting clause earlier
    in the same sentence."""
    p, s, _ = q.first
    open_at = s - 1
    sent = ctx.sentence_of(p, open_at)
    best = None
    for ev in ctx.events[p]:
        if ev.sentence == sent and ev.verb_end <= open_at:
            best = ev
    if best is None:
        # 'according to Roe' after the quote in the same sentence
        for ev in ctx.events[p]:
            if ev.sentence == sent and ev.verb == "according to" and ev.verb_start > open_at:
                return ev.speaker, "according-to"
        return None
    between = ctx.masked[p][best.clause_end:open_at]
    if best.verb == "according to":
        return best.speaker, "according-to"
    cue = "said-colon" if between.rstrip().endswith(":") else "said-before"
    return best.speaker, cue


def _rule_continuation(ctx: Doc, qi: int, q: QuoteSpan, done) -> tuple | None:
    """'"A," Roe said. "B."': a quote with no clause of its own continues the previous
    quote's speaker when no other reporting clause comes between them; so does a
    paragraph that is only a quote after a paragraph ending in 'Roe said:'."""
    p, s, _ = q.first
    if qi > 0:
        pq = ctx.quotes[qi - 1]
        pp = pq.last[0]
        prev_sp, prev_cue = done[qi - 1]
        if pp == p and prev_sp is not None:
            between = [ev for ev in ctx.events[p] if pq.closes <= ev.clause_start < s]
            if all(ev.speaker == prev_sp for ev in between):
                return prev_sp, "continuation"
    lead = ctx.masked[p][:s - 1]
    if p > 0 and not lead.strip():
        prev = ctx.paras[p - 1].rstrip()
        if prev.endswith(":") and ctx.events[p - 1]:
            return ctx.events[p - 1][-1].speaker, "colon-paragraph"
        # the whole paragraph is this quote, right after a paragraph whose last
        # sentence was an attributed quote: the same voice goes on
        whole = not ctx.masked[p][q.closes:].strip(" .,") if q.closes >= 0 and q.last[0] == p else False
        if whole and qi > 0 and ctx.quotes[qi - 1].last[0] == p - 1:
            prev_sp, _ = done[qi - 1]
            pq = ctx.quotes[qi - 1]
            st, _ = ctx.sentence_span(p - 1, len(ctx.sent_starts[p - 1]) - 1)
            if prev_sp is not None and pq.closes >= st:
                return prev_sp, "next-paragraph"
    return None


# Tried in order; the first that answers decides (a None speaker included).
QUOTE_RULES = [
    _rule_after,  # '"Q," Roe said.' - the strongest cue in news copy
    _rule_dash,  # '"Q" - Roe'
    _rule_colon_name,  # 'Roe: "Q"'
    _rule_title,  # titles and scare quotes: no speaker rather than a guess
    _rule_later,  # '"Q" in their talks, Roe said.'
    _rule_before,  # 'Roe said that "Q"', 'Roe called it "Q"', ', stating, "Q"'
    _rule_continuation,  # '"A," Roe said. "B."'
]
