"""Attribution rules: each looks at one quotation and the reporting clauses around it
and names a speaker (or "no speaker"), or passes.

Every rule is asked about every quotation; what they say is evidence for the
candidate scoring (candidates.py, scoring.py), not the decision. The first rule that
answers, in the order of QUOTE_RULES, gives the "cascade" answer: the strongest
single piece of evidence, and the decision when no scoring model is loaded.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .document import Doc, Event
from .lexicon import COMMON, PARTICIPLE, SPEECH, SPEECH_ONLY
from .patterns import (NICKNAME_WORDS, 
    HABITUAL_KIN_RE, RELAYED_DESCRIPTION_RE, RELAYED_GAP_RE, RELAYED_VERBS, RELAYING_VERBS,
    CLAUSE_END_RE,
    COLON_TAIL_RE,
    DASH_GAP_RE,
    DESCRIPTOR_GAP_RE,
    ANONYMOUS_NP_RE,
    GAP_RE,
    PERSON_NP_RE,
    PASSIVE_SPEECH_RE,
    SAID_OF_SUBJECT_RE,
    CALLED_WORK_RE,
    TITLE_CUE_RE,
    WORK_NOUN_RE,
    VERB_RIGHT_AFTER_RE,
    MAKER_OF_RE,
    POSSESSED_WORDS_RE,
    WORK_BEFORE_RE,
    CRAFT_BEFORE_RE,
    NAMING_VERB_RE,
    ASKED_BEFORE_RE,
    THAT_CLAUSE_BEFORE_QUOTE_RE,
)
from .quotes import QuoteSpan


class Vote(NamedTuple):
    speaker: int | None  # index into doc.people, or None: "no speaker"
    cue: str  # the frame the rule recognised ("said-after", "title", ...)
    event: Event | None = None  # the reporting clause it relied on, if any


@dataclass
class Votes:
    """What the rules say about one quotation."""

    cascade: int | None  # the speaker the first answering rule names
    cue: str  # that rule's cue; "none" when no rule answered
    by_rule: dict[str, int] = field(default_factory=dict)  # rule -> the person it names
    declined: list[str] = field(default_factory=list)  # rules that answered "no speaker"
    previous: int | None = None  # the cascade speaker of the last quotation that had one
    previous_where: str = "none"  # where that was: same-paragraph, previous-paragraph, earlier
    pronoun: str | None = None  # he / she / they: the subject of the deciding clause
    subject: str = ""  # what the deciding clause's subject is: name, single, body, pron, role, ...
    outer_source: bool = False  # an 'according to' in the sentence besides another clause
    event: Event | None = None  # the deciding reporting clause, if any
    nobody: bool = False  # the deciding rule says no one in particular: a title, a pair of
    # speakers, a clause whose subject is no one of the article, a passive "was asked"


# Frames in which the rule that recognised them rules out every speaker.
NOBODY_CUES = {"title", "said-after-anonymous", "passive", "scare-quote", "crowd", "colon-unnamed", "first-person",
               "relayed", "others-call"}
# Of those, the frames no parse overrules: the words are a title, spoken to someone, a crowd's,
# the writer's own.
FIRM_NOBODY_CUES = {"title", "passive", "crowd", "first-person"}


def vote(doc: Doc) -> list[Votes]:
    """Ask every rule about every quotation, in text order."""
    done: list[tuple[int | None, str]] = []
    out: list[Votes] = []
    previous, previous_para = None, -1
    for qi, q in enumerate(doc.quotes):
        first: Vote | None = None
        votes = Votes(cascade=None, cue="none")
        for name, rule in QUOTE_RULES:
            r = rule(doc, qi, q, done)
            if r is None:
                continue
            if first is None:
                first = r
            if r.speaker is None:
                votes.declined.append(name)
            else:
                votes.by_rule.setdefault(name, r.speaker)
        if first is not None:
            votes.cascade, votes.cue, votes.event = first.speaker, first.cue, first.event
            subj = first.event.subj[0] if first.event is not None else None
            if subj == "pron":
                votes.pronoun = first.event.subj[1]
            votes.subject = _subject_kind(first.event)
            votes.outer_source = first.cue != "according-to" and _according_to_in_sentence(doc, q)
            votes.nobody = first.speaker is None and (first.cue in NOBODY_CUES or subj in ("none", "orgref")
                                                      or first.event is not None and first.event.unnamed) \
                and not (first.cue not in FIRM_NOBODY_CUES and "parse" in votes.by_rule)
            # (unless the parser names a person of the article as the reporting verb's
            # subject: '"Q," said another user, Jane Roe'; "Roe, the president of the
            # association, stated ...")
        p = q.first[0]
        votes.previous = previous
        if previous is not None:
            votes.previous_where = ("same-paragraph" if previous_para == p else
                                    "previous-paragraph" if previous_para == p - 1 else "earlier")
        if votes.cascade is not None:
            previous, previous_para = votes.cascade, q.last[0]
        done.append((votes.cascade, votes.cue))
        out.append(votes)
    return out


def _subject_kind(ev: Event | None) -> str:
    if ev is None:
        return "no-clause"
    if ev.subj[0] == "mention":
        return {"person": "name", "single": "single-name", "group": "body"}.get(ev.subj[1].kind, "other")
    return ev.subj[0]


def _according_to_in_sentence(doc: Doc, q: QuoteSpan) -> bool:
    """'Roe said "Q," according to the Gazette': the words come through a second source."""
    p, s, _ = q.first
    sent = doc.sentence_of(p, max(0, s - 1))
    k = bisect.bisect_left(doc.verb_starts[p], doc.sentence_span(p, sent)[0])
    for ev in doc.events[p][k:k + 12]:
        if ev.sentence != sent:
            break
        if ev.verb == "according to":
            return True
    return False


# --------------------------------------------------------------------------- quote rules
# Each rule takes (doc, quote index, quote, cascade answers so far) and returns a Vote
# when it recognises its frame, or None.


# Another's speaking, right after a verb of saying or remembering: " Doe telling him", " Doe
# saying".
HEARD_SAYING_RE = re.compile(r"\s+(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})\s+"
                             r"(?:telling|saying|asking|shouting|warning|yelling|urging|screaming)\b")


# A statement's author after the closing mark: '," read a statement from ', '," said a
# statement issued by '.
STATEMENT_FROM_RE = re.compile(r"\W{0,3}\s*(?:read|reads|said|says)\s+(?:a|the)\s+(?:joint\s+|brief\s+)?statement\s+"
                               r"(?:from|by|issued\s+by|released\s+by|on\s+behalf\s+of)\s+(?:the\s+)?")


# After a quotation: a medium quoting someone ('"Q," Tianhe quoted Gao as saying', ', state
# TV quoted the minister, Jo Roe, as saying').
QUOTED_AS_AFTER_RE = re.compile(r"[\s,\x01]*(?:[\w'\u2019.-]+\s+){1,4}?quoted\s+(?:the\s+[a-z]+\s+)?([A-Z][^\x01]{0,80}?)"
                                r"\s+as\s+(?:saying|telling|adding|writing)\b")


def _rule_after(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'"Q," Roe said.' / '"Q," said Roe.' / '"Q?" he asked.' / '"Q," the minister told
    reporters.': an attribution clause right after the closing mark."""
    p, _, _ = q.last
    if q.closes < 0:
        return None
    text = doc.masked[p]
    inner = doc.paras[p][q.last[1]:q.last[2]].rstrip()
    if (st := STATEMENT_FROM_RE.match(text, q.closes)) is not None \
            and (men := doc.by_start[p].get(st.end())) is not None and men.person is not None:
        # '"Q," read a statement from Roe': Roe's; 'from Roe's lawyers': theirs, no one named
        # (f113: Roe's, 0.98)
        return Vote(None, "said-after-anonymous") if men.possessive else Vote(men.person, "said-after")
    if (qa := QUOTED_AS_AFTER_RE.match(text, q.closes)) is not None \
            and (men := doc.by_start[p].get(qa.start(1))) is not None and men.person is not None and not men.possessive:
        return Vote(men.person, "said-after")  # '"Q," Tianhe quoted Gao as saying' (f121: no one)
    events = doc.events[p]
    # An event whose verb precedes the closing mark has clause_start < closes: skip those
    # by bisection, so a long paragraph of many quotes stays linear.
    for i in range(bisect.bisect_left(doc.verb_starts[p], q.closes), len(events)):
        ev = events[i]
        if ev.clause_start < q.closes or ev.verb == "according to":
            continue
        gap = text[q.closes:ev.clause_start]
        if not GAP_RE.fullmatch(gap) and not (ev.subj[0] == "mention" and DESCRIPTOR_GAP_RE.fullmatch(gap)):
            return None
        if inner[-1:] == "." and not CLAUSE_END_RE.match(text, ev.clause_end):
            return None  # '"Q." Roe announced on Monday that ...' starts a new sentence
        if inner[-1:] == "." and q.first[0] == p and _opens_mid_sentence(doc, p, q.first[1]):
            return None  # 'Lee shot back that Roe was "a creature of Columbus." Roe laughed.': Lee's (f147)
        if ev.verb in PARTICIPLE and not HEARD_TAIL_RE.search(text, max(0, ev.verb_start - 30), ev.verb_start):
            return None  # (but '"Q," the referee was heard telling the captain': his, f128)
        told = HEARD_SAYING_RE.match(text, ev.clause_end)
        men = doc.by_start[p].get(told.start("who")) if told else None
        if men is not None and men.person is not None and men.person != ev.speaker and not men.possessive:
            # '"Q," Roe recalled Doe telling him': Doe's words, as Roe remembers them (f113: Roe's, 0.995)
            return Vote(men.person, "said-after")
        return Vote(ev.speaker, "said-after", ev)
    m = VERB_RIGHT_AFTER_RE.match(text, q.closes)
    starts = doc.verb_starts[p]
    at = bisect.bisect_left(starts, m.start(1)) if m else 0
    if m and inner[-1:] in ",?!" and not (at < len(starts) and starts[at] == m.start(1)):
        # '"Q," said one trader who ...': the quote has a clause of its own whose
        # subject is no one we know; it does not continue the previous speaker
        who = doc.masked[p][m.end():m.end() + 80]
        k = bisect.bisect_left(doc.mention_starts[p], m.end())
        while k + 1 < len(doc.mentions[p]) and doc.mentions[p][k].person is None \
                and ACRONYM_RE.fullmatch(" ".join(doc.mentions[p][k].name)):
            k += 1  # (an acronym in the role: "said state GOP chair Jane Roe", f76)
        named = doc.mentions[p][k] if k < len(doc.mentions[p]) else None
        if named is not None and named.person is not None and named.kind == "person" \
                and (LOWER_ROLE_GAP_RE.fullmatch(doc.masked[p], m.end(), named.start)
                     or THE_GAP_RE.fullmatch(doc.masked[p], m.end(), named.start) and named.role
                     and named.role[0].rstrip(".").lower() in STYLES_AFTER_THE
                     or not named.possessive and ROLE_APPOSITION_GAP_RE.fullmatch(doc.masked[p], m.end(), named.start)):
            # '"Q," said product lead Jane Roe' (f53); '"Q," replied the nominee, Judge Jo Roe' (f75)
            return Vote(named.person, "said-after")
        if ANONYMOUS_NP_RE.match(who) or who.lstrip()[:1].islower() and not PERSON_NP_RE.match(who):
            # "said one trader", "said Roe's agent", "said the sign": no one of the article
            return Vote(None, "said-after-anonymous")
        # "said the Florida senator", "said the 46-year-old": someone named before, perhaps
        return Vote(None, "said-after-unknown")
    return None


def _opens_mid_sentence(doc: Doc, p: int, s: int) -> bool:
    """Does a reporting clause of its sentence come before the quotation opening at s?"""
    sent = doc.sentence_of(p, max(0, s - 1))
    return any(ev.sentence == sent and ev.verb_end < s for ev in doc.events[p])


def _rule_relayed(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'When deputies arrived, the boy told them it was "just a joke," Roe said.': a
    reporting clause close before the quotation in its own sentence is the speaker's; the
    clause after it only relays what was said (f63: the sheriff's words, 0.99). Someone
    the text does not name there ("the boy") is no one, not the one who relays it."""
    if len(q.parts) > 1:
        return None
    after = _rule_after(doc, qi, q, done)
    if after is None or after.event is None or after.event.verb not in RELAYING_VERBS:
        return None  # (not 'Although he says he "loves it," he also accuses it of ...')
    p, s, _ = q.first
    inner = _rule_before(doc, qi, q, done)
    if inner is not None and inner.cue == "said-before" and inner.event is not None \
            and inner.event is not after.event and inner.event.verb in RELAYED_VERBS:
        if not RELAYED_GAP_RE.fullmatch(doc.masked[p], inner.event.verb_end, s - 1):
            return None  # (not 'Nothing the president said "Q," the senator said': a relative clause)
        if inner.speaker is None and inner.event.subj[0] != "role":
            return None  # (a pronoun the rules could not resolve: the model weighs it)
        return inner if inner.speaker is not None else Vote(None, "relayed", inner.event)
    lo, _ = doc.sentence_span(p, doc.sentence_of(p, s - 1))
    m = RELAYED_DESCRIPTION_RE.search(doc.masked[p], lo, s - 1)
    if m is None or any(m.group(2) in r.lower().split() for per in doc.people for r in per.roles):
        return None  # (a title someone named holds: "the sheriff told them ...")
    return _unnamed_voice(doc, p, m.start(1), m.end(3), m.group(1))


def _rule_others_call(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'because of what builders call the "northern premium"': a name others use for
    something, whoever reports it (f79: the minister's, 0.998)."""
    p, s, _ = q.first
    if q.closes >= 0 and (a := AS_CALLED_AFTER_RE.match(doc.masked[q.last[0]], q.closes)) is not None:
        # '"The Iron Lady," as a newspaper headline once called her': a name
        # the caller gave her, not her words (f123: hers, 0.96)
        caller = [m for m in doc.mentions[q.last[0]] if a.start(1) <= m.start < a.end(1)
                  and m.person is not None and m.kind in ("person", "single") and not m.possessive]
        if caller:
            return Vote(caller[0].person, "said-after")
        return Vote(None, "others-call", _unnamed_voice(doc, q.last[0], a.start(1), a.end(1), a.group(1)).event)
    m = OTHERS_CALL_RE.search(doc.masked[p], max(0, s - 60), s - 1)
    return Vote(None, "others-call", _unnamed_voice(doc, p, m.start(1), m.end(1), m.group(1)).event) if m else None


# After a quotation, who called someone so: ', as a newspaper headline once called her'.
AS_CALLED_AFTER_RE = re.compile(r"[\s,\x01]*as\s+([^,.;\x01]{1,60}?)\s+(?:once\s+|famously\s+|later\s+|has\s+|had\s+|have\s+)?"
                                r"(?:called|dubbed|nicknamed|christened|branded|labelled|labeled)\s+(?:her|him|them|it)\b")


# "what builders call", "what some have called", "what critics describe as" right before a quotation.
OTHERS_CALL_RE = re.compile(r"\bwhat\s+((?:some|many|most|others|people|(?:some\s+|many\s+|local\s+)?[a-z]{3,}s))"
                            r"\s+(?:have\s+|had\s+)?(?:call|called|dub|dubbed|term|termed|describe\s+as|described\s+as"
                            r"|refer\s+to\s+as|referred\s+to\s+as|nickname|nicknamed)\s+(?:the\s+|a\s+|an\s+|it\s+)?$")


def _rule_body_which_said(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'advice from the International Council for the Sea, which last month described the
    stock as "Q"': the body the relative clause is about said it, not the sentence's subject
    (f81: the commissioner's, 0.92). Bodies are no people of the article here: no one."""
    p, s, _ = q.first
    lo, _ = doc.sentence_span(p, doc.sentence_of(p, s - 1))
    return Vote(None, "relayed") if BODY_WHICH_SAID_RE.search(doc.masked[p], max(lo, s - 160), s - 1) else None


# A body's name after a preposition (not the sentence's subject: "Acme, which has said ..."),
# then ", which" and a verb of saying before the quotation, in one clause.
BODY_WHICH_SAID_RE = re.compile(r"\b(?:from|by|of|with|to|at|for)\s+(?:the\s+)?[A-Z][^,;]{0,80}?[A-Z][\w'\u2019-]*,\s+which\s+(?:[\w-]+\s+){0,3}?(?:said|says|described|called|warned"
                                r"|stated|noted|found|concluded|termed|dubbed|labelled|labeled)\b[^.!?\"\u201c\u201d]{0,100}$")


def _unnamed_voice(doc: Doc, p: int, start: int, end: int, words: str) -> Vote:
    """No one named: the words are the voice these words describe ("the boy", "Abdi's
    mother"), shown so, and no model guess over them."""
    ev = Event(p, end, end, "said", start, end, doc.sentence_of(p, start), ("role", words), unnamed=True)
    return Vote(None, "relayed", ev)


def _rule_recalled(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'Abdi's mother, he said, used to tell him when he was small, "Q"': a relative's
    saying, recalled, is the relative's: the one the article names with that relation,
    else no one named (see HABITUAL_KIN_RE)."""
    p, s, _ = q.first
    lo, _ = doc.sentence_span(p, doc.sentence_of(p, s - 1))
    m = HABITUAL_KIN_RE.search(doc.masked[p], lo, s - 1)
    if m is None:
        return None
    np = "np" if m.group("np") else "np2"
    kin = m.group("kin" if np == "np" else "kin2").lower()
    named = [i for i, per in enumerate(doc.people) if per.kin == kin and per.first_pos < (p, s)]
    if len(named) == 1:
        return Vote(named[0], "said-before")
    return _unnamed_voice(doc, p, m.start(np), m.end(np), m.group(np))


# Words of a role in lower case before a name: "said product lead Jane Roe", "Acme's chief
# executive Jane Roe" (not "said a spokesman for Jane Roe": no article or preposition in it).
LOWER_ROLE_GAP_RE = re.compile(r"(?:['\u2019]s)?\s+(?:(?!(?:a|an|the|one|for|of|to|with|at|from|by|on|in|and|who)\b)"
                               r"(?:[a-z][\w-]*|[A-Z]{2,5})\s+){1,3}")  # ("state GOP chair": f76)
ACRONYM_RE = re.compile(r"[A-Z]{2,5}")
# Before a participle of saying, what makes it a finite report: "was heard telling".
HEARD_TAIL_RE = re.compile(r"\b(?:was|were|is|are)\s+(?:heard|seen|caught\s+on\s+camera)\s+$")
# Styles written with "the" before a name, which opens the mention: "said the Rev. Jane Roe",
# "the Most Rev. Dr. Jo Roe" (f129: no one, as "said the sign").
THE_GAP_RE = re.compile(r"\s+the\s+(?:(?:Most|Right|Very|Rt\.?)\s+)?")
STYLES_AFTER_THE = {"rev", "reverend", "most", "right", "very", "rt", "hon", "honourable", "honorable"}
# A role, then the name in apposition: " the nominee, ".
ROLE_APPOSITION_GAP_RE = re.compile(r"\s+the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")
# A preposition right before a quoted name: 'Later on "This Week," Roe questioned ...'.
SHOW_PREPOSITION_RE = re.compile(r"\b(?:on|in)\s*$")


def _rule_named_work(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'Later on "This Week," Senator Roe questioned ...': a name in Title Case right after
    "on" or "in", or one the article quotes as a title elsewhere ('ABC's "This Week"'), is
    a show or a work, whatever clause follows it."""
    return Vote(None, "title") if _is_named_work(doc, q) else None


def _is_named_work(doc: Doc, q: QuoteSpan) -> bool:
    if len(q.parts) > 1:
        return False
    p, s, e = q.first
    inner = doc.paras[p][s:e].rstrip(" ,;:.")
    if OWNED_SHOW_BEFORE_RE.search(doc.masked[p], max(0, s - 40), max(0, s - 1)) and _title_case(inner, min_words=1):
        return True  # "Speaking on ITV's 'Lorraine', Holly Roe said": a show, one word (f130: her words, 0.994)
    return _title_case(inner, max_words=8) and (
        SHOW_PREPOSITION_RE.search(doc.masked[p][max(0, s - 12):s - 1]) is not None or inner in _titles_of(doc))


# "on" or "in" and a broadcaster's or a paper's possessive: "on ITV's ", "in the Herald's ".
OWNED_SHOW_BEFORE_RE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['\u2019]s?\s*$")


def _titles_of(doc: Doc) -> set[str]:
    """The quoted spans the article marks as titles somewhere (once per article)."""
    got = getattr(doc, "_quoted_titles", None)
    if got is None:
        got = doc._quoted_titles = {doc.paras[q.first[0]][q.first[1]:q.first[2]].rstrip(" ,;:.")
                                    for q in doc.quotes if len(q.parts) == 1 and _is_title(doc, q)}
    return got


def _rule_dash(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'"Q" - Jane Roe': a dash and a name right after the quote."""
    p = q.last[0]
    if q.closes < 0:
        return None
    m = DASH_GAP_RE.match(doc.masked[p], q.closes)
    if not m:
        return None
    men = doc.by_start[p].get(m.end())
    if men is not None and (men.kind == "group" or men.ent in ("ORG", "LOC", "GPE", "FAC")):
        # '"Q" - Riverside Wildlife Park director Owen Roe': the person the body's role names
        k = bisect.bisect_left(doc.mention_starts[p], men.start)  # (by bisection: a paragraph of many stays linear)
        after = doc.mentions[p][k + 1] if k + 1 < len(doc.mentions[p]) else None
        if after is not None and after.kind in ("person", "single") \
                and LOWER_ROLE_GAP_RE.fullmatch(doc.masked[p], men.end, after.start):
            men = after
    if men is not None and men.person is not None:
        return Vote(men.person, "dash")
    return None



def _rule_colon_name(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'Roe: "Q"': a name and a colon right before the opening mark."""
    p, s, _ = q.first
    m = COLON_TAIL_RE.search(doc.masked[p][max(0, s - 4):s - 1])
    if not m:
        return None
    lo = max(0, s - 41)
    e = lo + len(doc.masked[p][lo:s - 1].rstrip()) - 1
    men = doc.by_end[p].get(e)
    if men is not None and men.kind == "group" and (owner := _placed_owner(doc, p, men)) is not None:
        men = owner  # "from Jonas in Little Fork: 'Q'": the reader, not the town (f51)
    colon = doc.masked[p].rfind(":", 0, s)
    if (men is None or men.kind not in ("person", "single")) and LABEL_HEAD_RE.fullmatch(doc.masked[p], 0, colon):
        # 'Attorney General Jo Roe, on X: "Q"', 'Justice Ray Cho, dissenting: "Q"': the
        # name that opens a roundup's label, before its comma (f52)
        men = doc.by_end[p].get(doc.masked[p].index(","))
    if men is not None and ADDRESSEE_TAIL_RE.search(doc.masked[p], max(0, men.start - 30), men.start):
        return None  # 'a fundraiser can be heard telling Roe: "Q"': the one spoken to (f76)
    if men is not None and men.person is not None:
        return Vote(men.person, "colon-name")
    if (men is None or men.person is None) and UNNAMED_LABEL_RE.fullmatch(doc.masked[p], 0, colon):
        return Vote(None, "colon-unnamed")  # 'Journalist: "Is that a yes?"' at a press conference (f80)
    if men is None and colon == 1 and doc.masked[p][0] == "A":
        return Vote(_interviewee(doc), "colon-name")  # an interview's answers ("Q: ... A: ...", f106)
    return None


def _interviewee(doc: Doc) -> int | None:
    """Who answers an interview printed as "Q: ... A: ...": the first person its headline or
    introduction names, before the first question ("Actress Jane Roe has become ... Q: ...")."""
    for p, text in enumerate(doc.paras):
        if QUESTION_LABEL_RE.match(text):
            return None
        for m in doc.mentions[p]:
            if m.person is not None and doc.people[m.person].kind == "person" and not m.possessive:
                return m.person
    return None


QUESTION_LABEL_RE = re.compile(r"Q\s*:")


# A paragraph's label for a questioner it does not name: 'Journalist: "Q"', 'Question: "Q"'.
UNNAMED_LABEL_RE = re.compile(r"\s*(?:A\s+|The\s+)?(?:[Jj]ournalist|[Rr]eporter|Q|Question|[Qq]uestioner|[Ii]nterviewer"
                              r"|[Cc]aller|[Aa]udience\s+member)\s*")


# A verb of speaking to someone right before the name: that name is the one addressed.
ADDRESSEE_TAIL_RE = re.compile(r"\b(?:tell(?:s|ing)?|told|ask(?:s|ed|ing)|warn(?:s|ed|ing)|urg(?:es|ed|ing)"
                               r"|remind(?:s|ed|ing)|text(?:s|ed|ing)|email(?:s|ed|ing))\s+$")


# A relative clause of speaking (", who told him to ") between a reporting clause and
# the quotation.
RELATIVE_SPEECH_RE = re.compile(r",\s+who\s+(?:\w+ly\s+|later\s+|then\s+)?(?:told|said|says|tells|asked|warned"
                                r"|urged|added|wrote|called|described)\b")
# "Justice Ray Cho, dissenting" (not "Asked about Walter Roe, she said": a pronoun speaks, f108)
LABEL_HEAD_RE = re.compile(r"[A-Z][^,:\x01\n]{2,80}, (?!(?:he|she|they|we|it)\b)[a-z][^,:\x01\n]{0,40}")


def _placed_owner(doc: Doc, p: int, place) -> object | None:
    """The person right before "in", "from" or "of" a place ("Jonas in Little Fork")."""
    k = bisect.bisect_left(doc.mention_starts[p], place.start)
    if k == 0:
        return None
    before = doc.mentions[p][k - 1]
    gap = doc.masked[p][before.end:place.start]
    if before.kind in ("person", "single") and PLACE_GAP_RE.fullmatch(gap):
        return before
    return None


PLACE_GAP_RE = re.compile(r",?\s+(?:in|from|of)\s+(?:the\s+)?")


# A nickname between the names it belongs to: 'Sen. Paolo Andres "Pao" Lizardo'.
NAME_BEFORE_RE = re.compile(r"[A-Z][\w'\u2019.-]+\s(?:(?:alias|aka|a\.k\.a\.)\s)?$")
NAME_AFTER_RE = re.compile(r"\s[A-Z][\w'\u2019-]+")
NICKNAME_INNER_RE = re.compile(NICKNAME_WORDS)


def _is_title(doc: Doc, q: QuoteSpan) -> bool:
    p, s, e = q.first
    text = doc.paras[p]
    if len(q.parts) == 1 and NICKNAME_INNER_RE.fullmatch(text, s, e):
        before = NAME_BEFORE_RE.search(text, max(0, s - 30), s - 1)
        after = NAME_AFTER_RE.match(text, e + 1)
        if before and after and not {before.group(0).strip().rstrip(".").lower(),
                                     after.group(0).strip().lower()} & COMMON:
            return True  # a nickname, no one's words (not 'called Jane "Crooked" Monday')
    before = doc.masked[p][max(0, s - 40):s - 1]
    if (cue := TITLE_CUE_RE.search(before)) and not (
            WORK_NOUN_RE.fullmatch(cue.group(0).strip()) and CALLED_WORK_RE.search(before)
            and doc.paras[p][s:s + 1].islower()):
        return True  # (not 'critic Jo Roe called the series "beige comfort food": her words of it, f80)
    if len(q.parts) > 1:
        return False
    inner = doc.paras[p][s:e]
    # 'NBC's "Today"', 'his patented "Braynard Precision Method,"': a name someone owns is
    # a title even where a verb of saying is near ('told NBC's "Today" on Monday')
    if (POSSESSIVE_BEFORE_RE.search(before) or WORK_BEFORE_RE.search(before) or NAMING_VERB_RE.search(before)
            or CRAFT_BEFORE_RE.search(before)) \
            and _title_case(inner.rstrip(" ,;:"), min_words=1, max_words=12):
        return True  # (and a report's long title: 'Roe's new report, "Bricks Without Straw: Planning in an
        # Age of Scarcity", argues', f139: her words, 0.96)
    if (AUTHOR_AFTER_RE.match(doc.paras[p], e) or MAKER_OF_RE.search(before)) and _title_case(inner.rstrip(" ,;:"), max_words=12):
        return True  # 'According to "The Harbour: Three Generations of Trade," by Ann Roe', 'the author of "X,"'
    if before.rstrip().endswith(":") and inner.rstrip()[-1:] in ".!?":
        return False  # 'posted on Instagram: "Focused on Sunday."': a sentence said, not a title
    return _title_case(inner)


# A work's author right after the closing mark: '," by Ann Roe', '" (by Ann Roe'.
AUTHOR_AFTER_RE = re.compile(r"\W{0,3}\s*\(?by\s+[A-Z]")


# Words a title leaves in lowercase ("Meet the Press", "Ban on Face Coverings").
_TITLE_SMALL = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "with", "or", "from", "vs"}
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")


# A possessive right before a quotation's opening mark, with perhaps one adjective
# between: "NBC’s", "Fox News’", "his patented".
POSSESSIVE_BEFORE_RE = re.compile(r"(?:\w[’']s|\ws[’']|\b(?:his|her|their|its|our|my|your))(?:\s+[a-z][\w-]*)?\s*$")


def _title_case(inner: str, min_words: int = 2, max_words: int = 6) -> bool:
    """A short quoted span in Title Case ("Access Hollywood", "Ban on Face Coverings") is
    the name of a show, a work or a campaign, not someone's words (no verb of saying
    frames it: the rules before this one answer '"Make Us Great," Roe said.')."""
    words = _TITLE_WORD_RE.findall(inner)
    if not min_words <= len(words) <= max_words or inner.rstrip()[-1:] in ",;:":
        return False
    caps = [w for k, w in enumerate(words) if w.lower() not in _TITLE_SMALL or k == 0]  # "The Weir": two
    return len(caps) >= min_words and all(w[0].isupper() for w in caps)


def _rule_title(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'the so-called "peace plan"', 'the film "Dune"': a name or a scare quote; and a word
    whose meaning the sentence gives ('said that "resolved" meant ...'), a term, not words said."""
    if _is_title(doc, q) or _listed_after_title(doc, qi):
        return Vote(None, "title")
    fp, fs, _ = q.first
    if LYRIC_BEFORE_RE.search(doc.masked[fp], max(0, fs - 80), max(0, fs - 1)) \
            or SCRIPTURE_BEFORE_RE.search(doc.masked[fp], max(0, fs - 100), max(0, fs - 1)):
        # 'guests sang along to "Q"': a song's words (f126: a speaker "Starts Tonight"); 'read
        # from Psalm 133: "Q"': scripture, not the reader's words (f129: the bishop's, 0.99)
        return Vote(None, "title")
    p, s, e = q.last
    if len(q.parts) == 1 and len(doc.paras[p][s:e].split()) <= 2 and q.closes >= 0 \
            and MEANING_AFTER_RE.match(doc.masked[p], q.closes):
        return Vote(None, "scare-quote")  # (f113: the council's "resolved", 0.98)
    if len(q.parts) == 1 and len(doc.paras[p][s:e].split()) <= 6 and q.closes >= 0 \
            and doc.paras[p][s:e].rstrip()[-1:] not in ".!?" \
            and DETERMINER_BEFORE_RE.search(doc.masked[p], max(0, s - 8), max(0, s - 1)) \
            and NAMED_THING_AFTER_RE.match(doc.masked[p], q.closes):
        return Vote(None, "title")  # 'a "shop local first" campaign': a slogan's name (f122: its founder's, 0.99)
    if len(q.parts) == 1 and MODEL_NAME_RE.fullmatch(doc.paras[p][s:e].rstrip(" ,;:")) \
            and DETERMINER_BEFORE_RE.search(doc.masked[p], max(0, s - 8), max(0, s - 1)):
        return Vote(None, "title")  # 'the "PayFlow 7", runs on ...': a product's name (f135: 0.999)
    return None


# A product's name and number: "PayFlow 7", "LG-Home 5", "X200 Pro".
MODEL_NAME_RE = re.compile(r"(?=[^\d]*\d)[A-Z][\w-]*(?:\s+[A-Z\d][\w-]*){0,2}")


# Before and after a quoted name of a campaign, a scheme or a policy: 'a "Q" campaign'.
DETERMINER_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s*$")
NAMED_THING_AFTER_RE = re.compile(r"\s+(?:campaign|slogan|initiative|programme|program|scheme|policy|strategy|movement|"
                                  r"hashtag|motto|tagline|project|drive|agenda|doctrine|brand|label|tour|festival|"
                                  # a product's or a grade's name: 'the "LG-Home 5" battery', 'her
                                  # "overweight" rating' (f135: the analyst's words, 1.0)
                                  r"rating|grade|battery|phone|handset|model|device|app|product|range|vehicle|drug|"
                                  r"dish|recipe|menu|cocktail|category|award|prize|designation|status|warning)s?\b")


# Right before a song's words: "sang along to", "belting out the chorus of Neon Hearts,".
LYRIC_BEFORE_RE = re.compile(r"(?:\brendition\s+of|\b(?:sang|sing|sings|singing|sung|belt(?:ed|ing)?\s+out|hummed|humming|crooned)"
                             r"(?:\s+along)?(?:\s+to)?|\b(?:chorus|lyrics?|refrain|hook)\b[^.;:\x01]{0,60},)\s*$")
# Right before words of scripture read or quoted: "read from Psalm 133:", "quoted the Book of
# Isaiah:", "took as his text the second letter to Timothy:".
SCRIPTURE_BEFORE_RE = re.compile(
    r"\b(?:quot(?:ed|ing)|read(?:ing)?(?:\s+aloud)?(?:\s+from)?|recit(?:ed|ing)|cit(?:ed|ing)|took\s+as\s+(?:his|her|their)\s+text)"
    r"\s+(?:from\s+)?(?:the\s+)?(?:(?:first|second|third)\s+)?(?:Book\s+of\s+[A-Z]\w+|Psalms?|Proverbs|Genesis|Exodus|Isaiah"
    r"|Ecclesiastes|Gospel\s+of\s+[A-Z]\w+|Bible|[Ss]criptures?|Koran|Quran|Qur'an|Torah|Sura[h]?|(?:letter|epistle)\s+to\s+(?:the\s+)?[A-Z]\w+)"
    r"[^.;\x01]{0,40}?[:,]?\s*$")
# What follows a word whose meaning is given: '"resolved" meant', '"net zero" refers to'.
MEANING_AFTER_RE = re.compile(r"\s+(?:meant|means|refers\s+to|referred\s+to|stands\s+for|stood\s+for|is\s+defined\s+as)\b")


# What separates the items of a list of quoted names: '," "', '," and "', '" or "'.
LIST_GAP_RE = re.compile(r"[\"\u201d\u2019']?,?\s+(?:and\s+|or\s+)?")


def _listed_after_title(doc: Doc, qi: int) -> bool:
    """'roles in "Winter Harbor," "Blue Ridge 2," and "Night Shift: The Return,"': a name
    in Title Case listed right after a title is one too (only the first follows the
    words that say so; the others were given to the actor)."""
    q = doc.quotes[qi]
    if qi == 0 or len(q.parts) > 1:
        return False
    p, s, e = q.first
    prev = doc.quotes[qi - 1]
    pp, _, pe = prev.last
    if pp != p or not LIST_GAP_RE.fullmatch(doc.paras[p], pe, s - 1) \
            or not _title_case(doc.paras[p][s:e].rstrip(" ,;:"), min_words=1, max_words=12):
        return False
    return _is_title(doc, prev) or _is_named_work(doc, prev) or _listed_after_title(doc, qi - 1)


# A crowd's words: chants, a heckler, or a crowd, audience or protesters crying out.
CROWD_RE = re.compile(
    r"\b(?:chants?|chanted|hecklers?)\b|\bbegan\s+to\s+chant\b|\b(?:shouts|cries|jeers|yells|calls)\s+of\b"
    r"|\b(?:crowd|audience|protesters|supporters|spectators)\s+(?:\w+\s+)?"
    r"(?:chanting|chanted|cried|shouted|yelled|roared|screamed|booed|cheered|erupted|responded|replied)\b", re.I)
CROWD_QUOTE_WORDS = 6
CHANTED_BEFORE_RE = re.compile(r"\b(?:chanted|chanting|chants)\s*:?\s*\W?$")


def _rule_crowd(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'the crowd chanted "Lock her up!"', 'as the heckler yelled: "You suck!"': a short
    cry (an exclamation, or in capitals) of a crowd or a heckler is no one's of the
    article (issue 27: such chants were credited to the speaker on stage)."""
    p, s, e = q.first
    words = doc.paras[p][s:e].rstrip(" ,.")
    if len(q.parts) > 1 or len(words.split()) > CROWD_QUOTE_WORDS:
        return None
    if not (words.endswith("!") or words.isupper()) and not CHANTED_BEFORE_RE.search(doc.masked[p], max(0, s - 30), s):
        return None  # a cry: an exclamation, in capitals, or right after "chanted" ('Residents
        # chanted "No more garage" as Councilmember Roe arrived', f132: hers, 0.93)
    st, _ = doc.sentence_span(p, doc.sentence_of(p, s))
    _, en = doc.sentence_span(p, doc.sentence_of(p, min(e + 3, len(doc.masked[p]) - 1)))
    if CROWD_RE.search(doc.masked[p], st, en):  # its sentence, and the one it ends, if not the same
        return Vote(None, "crowd")
    return None


def _rule_passive(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'Roe was asked about the "missing millions" by the committee': the subject of a
    passive speech verb is spoken to, not speaking, and no one else is named as speaker."""
    p, s, _ = q.first
    st, _ = doc.sentence_span(p, doc.sentence_of(p, max(0, s - 1)))
    if by := CLAIM_BY_RE.search(doc.masked[p], max(st, s - 200), max(st, s - 1)):
        # 'rejected claims by the housing spokesperson that the Government has "Q"': the
        # claimant's words, not the subject's (f118: the Taoiseach's, 0.97)
        named = [m for m in doc.mentions[p] if by.start(1) <= m.start < by.end(1)
                 and m.person is not None and doc.people[m.person].kind == "person"]
        return Vote(named[-1].person, "said-before") if named else Vote(None, "passive")
    if PASSIVE_SPEECH_RE.search(doc.masked[p], st, max(st, s - 1)) \
            or SAID_OF_SUBJECT_RE.search(doc.masked[p], st, max(st, s - 1)):
        return Vote(None, "passive")  # (or 'Roe was accused of "Q"': others' words of Roe)
    if PASSIVE_AS_RE.search(doc.masked[p], st, max(st, s - 1)) and not BY_AFTER_RE.match(doc.masked[p], q.last[2] + 1):
        # '... the festival, where it was introduced as "Q"': words of no one the sentence
        # names (f116: the director whose film it was, 0.96), unless "by Roe" follows
        return Vote(None, "passive")
    return None


# A thing called something by no one named, right before the quotation: "it was introduced as".
PASSIVE_AS_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:introduced|described|billed|hailed|"
                           r"touted|marketed|pitched|promoted|advertised|presented|characteri[sz]ed|portrayed|"
                           r"dubbed|branded|labell?ed|known|praised|celebrated)\s+as\s*$")
BY_AFTER_RE = re.compile(r"[\x01\s]*,?\s*by\s+(?:[A-Z]|the\s|an?\s|its\s|his\s|her\s)")


def _rule_first_person(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'I wrote as much last spring, when I called him "the best hire in a generation"': the
    writer's own words, no one of the article's (f51: they went to the man called so)."""
    p, s, _ = q.first
    st, _ = doc.sentence_span(p, doc.sentence_of(p, max(0, s - 1)))
    if FIRST_PERSON_SAID_RE.search(doc.masked[p], st, max(st, s - 1)):
        return Vote(None, "first-person")
    return None


# "I" and a verb of saying right before the quotation, in its sentence.
FIRST_PERSON_SAID_RE = re.compile(r"\bI\s+(?:\w+ly\s+)?(?:said|called|wrote|told|asked|replied|answered|added|texted|"
                                  r"tweeted|posted|described|dubbed)\b[^.!?\x01]{0,40}$")


# What opens a reply to the words before: "..., to which he replied:", "whereupon she said:".
REPLY_LEAD_RE = re.compile(r"\b(?:to which|at which|whereupon|prompting)\b")


# A clause of someone else's opening right after a quotation: ', while', ', whereas', ', but'.
CONTRAST_LEAD_RE = re.compile(r"[\s,;]*(?:while|whereas|but|although|though)\b")


def _rule_later(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'There is a "high possibility" that ..., Roe said.': a plain speech clause later
    in the same sentence (not a characterising verb, which needs its quote after it)."""
    p = q.last[0]
    if q.closes < 0:
        return None
    s = doc.sentence_of(p, q.closes - 1)
    events = doc.events[p]
    # events are in text order: the first after the quote is the only one that can answer
    at = bisect.bisect_left(doc.verb_starts[p], q.closes)
    for ev in events[at:at + 1]:
        if ev.sentence != s:
            return None
        if "\x01" in doc.masked[p][q.closes:ev.verb_start]:
            return None  # another quote in between takes that clause
        if CONTRAST_LEAD_RE.match(doc.masked[p], q.closes):
            return None  # 'X called it "Q," while Y said ...': Y's clause is another's (f75)
        if doc.masked[p][ev.verb_end:ev.verb_end + 2].lstrip().startswith(":") \
                and REPLY_LEAD_RE.search(doc.masked[p], q.closes, ev.verb_start):
            return None  # "branded him 'a snake', to which he replied: 'Q'": the words after the colon
        if ev.verb in ("reported", "reports") and NEWS_AGENCY_TAIL_RE.search(doc.masked[p], max(0, ev.clause_start - 40),
                                                                            ev.clause_end):
            # 'North Korea warned of a "decisive response", the state news agency KCNA reported':
            # the agency passes on another's words (f138: a page "KCNA", 0.949)
            return Vote(None, "relayed", ev)
        if ev.verb in SPEECH_ONLY and ev.subj[0] not in ("inherit", "sentsubj") and not _inside_that_clause(doc, q, at):
            return Vote(ev.speaker, "said-later", ev)
        return None
    return None


# A news agency or state media as the one who "reported" it.
NEWS_AGENCY_TAIL_RE = re.compile(r"\b(?:news\s+agency|state\s+(?:media|television|broadcaster|radio)|wire\s+service)\b")


def _inside_that_clause(doc: Doc, q: QuoteSpan, at: int) -> bool:
    """Is the quotation inside what a clause of saying before it in its sentence reports
    ("Roe said on Thursday that the company had 'Q', as the group reported its results"):
    that clause's, not the later one's (f103: the company's, 0.96)?"""
    p, s, _ = q.first
    if at == 0 or s - 1 < 0:
        return False
    prev = doc.events[p][at - 1]
    return prev.sentence == doc.sentence_of(p, s - 1) and prev.verb_end <= s - 1 and prev.verb in SPEECH_ONLY \
        and THAT_CLAUSE_BEFORE_QUOTE_RE.fullmatch(doc.masked[p], prev.verb_end, s - 1) is not None


def _rule_before(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'Roe said (that) ... "Q"', 'Roe told the council: "Q"', 'Roe called it a "Q"',
    '..., stating, "Q"', 'according to Roe, "Q"': the closest reporting clause earlier
    in the same sentence."""
    p, s, _ = q.first
    open_at = s - 1
    sent = doc.sentence_of(p, open_at)
    events, at = doc.events[p], bisect.bisect_left(doc.verb_starts[p], open_at)
    best = None
    for k in range(at - 1, -1, -1):  # the last clause of the sentence ending before the quote
        ev = events[k]
        if ev.sentence != sent:
            break
        if ev.verb_end <= open_at:
            best = ev
            break
    if best is None:
        # 'according to Roe' after the quote in the same sentence
        for k in range(at, len(events)):
            ev = events[k]
            if ev.sentence != sent:
                break
            if ev.verb == "according to" and ev.verb_start > open_at:
                return Vote(ev.speaker, "according-to", ev)
        return None
    between = doc.masked[p][best.clause_end:open_at]
    rel = RELATIVE_SPEECH_RE.search(between)
    if rel is not None:
        owner = doc.by_end[p].get(best.clause_end + rel.start() - 1)
        if owner is None or owner.person != best.speaker:
            # 'Roe raised his concerns with the deputy manager, who told him to "Q"': the
            # one the relative clause is of, not the clause's subject (f76: 0.99 to Roe)
            return Vote(None, "relayed", best)
    if best.verb == "according to":
        return Vote(best.speaker, "according-to", best)
    # (a verb that took its subject from an earlier clause, "and replied", from that clause on)
    tail_from = best.subj[1].clause_end if best.subj[0] == "inherit" and best.subj[1].para == p else best.clause_end
    own = colon_clause_speaker(doc, p, tail_from, open_at)
    if own is not None and own != best.speaker:
        # '"A," Roe said, before Doe interrupted: "B."': the one whose words the colon
        # opens, whatever verb he has (f113: Roe's at 0.995)
        return Vote(own, "said-colon")
    cue = "said-colon" if between.rstrip().endswith(":") else "said-before"
    return Vote(best.speaker, cue, best)


def colon_clause_speaker(doc: Doc, p: int, lo: int, open_at: int) -> int | None:
    """The person named as the subject of a clause of its own ending in the colon that
    opens a quotation at open_at (', before Doe interrupted: "'), between lo and it. Such
    a clause is short: only the last COLON_CLAUSE_CHARS before the mark are read, so a long
    sentence of many quotations stays linear."""
    text = doc.masked[p]
    if not text[max(lo, open_at - 4):open_at].rstrip().endswith(":"):
        return None
    own = COLON_SUBJECT_TAIL_RE.search(text, max(lo, open_at - COLON_CLAUSE_CHARS), open_at)
    men = doc.by_end[p].get(own.end("who")) if own is not None else None
    if men is None or men.person is None or men.kind not in ("person", "single") or men.possessive:
        return None
    return men.person


COLON_CLAUSE_CHARS = 120
# A clause of its own before the colon that opens the quotation: ", before Doe interrupted:",
# "as Doe laughed and replied:".
COLON_SUBJECT_TAIL_RE = re.compile(
    r"(?:,|\b(?:before|as|while|when|then|until|and|but))\s+(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})"
    r"\s+(?:[a-z]+\s+){0,3}[a-z]+\s*:\s*$")


# A claim and its claimant, then what it claims, up to the quotation: "claims by the
# spokesperson that the Government has".
CLAIM_BY_RE = re.compile(r"\b(?:claims?|allegations?|accusations?|suggestions?|assertions?|charges?)\s+(?:made\s+)?"
                         r"by\s+([^\x01.;:]{1,80}?)\s+that\s[^\x01.;:]{0,100}$")


def _rule_possessed(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'... making an issue of Roe's claim that Doe "founded the gang," saying ...',
    'Lind called Roe's assertion of a "claim of right" disturbing': the words are the
    possessor's, whoever the sentence's subject is."""
    p, s, _ = q.first
    open_at = s - 1
    mentions = doc.mentions[p]
    for k in range(bisect.bisect_left(doc.mention_starts[p], open_at) - 1, -1, -1):  # linear: no scan
        m = mentions[k]
        if m.end > open_at:
            continue
        if m.end < open_at - 120:
            break
        if not m.possessive:
            continue
        if m.person is not None and doc.people[m.person].kind == "person" \
                and POSSESSED_WORDS_RE.fullmatch(doc.masked[p], m.end, open_at):
            return Vote(m.person, "said-before")
        return None
    return None


def _rule_continuation(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'"A," Roe said. "B."': a quote with no clause of its own continues the previous
    quote's speaker when no other reporting clause comes between them; so does a
    paragraph that is only a quote after a paragraph ending in 'Roe said:'."""
    p, s, _ = q.first
    if qi > 0:
        prev_sp, _ = done[qi - 1]
        if prev_sp is not None and follows_with_no_clause(doc, qi, prev_sp):
            return Vote(prev_sp, "continuation")
    if p > 0 and doc.opens_paragraph(p, s - 1):
        prev = doc.paras[p - 1].rstrip()
        if prev.endswith(":") and doc.events[p - 1]:
            return Vote(doc.events[p - 1][-1].speaker, "colon-paragraph", doc.events[p - 1][-1])
        if prev.endswith(":") and not _names_someone(doc, p - 1):
            # 'as the foundation's website notes:' - the words that follow are a source's
            # the article does not name as a person, not those of whoever spoke last
            return Vote(None, "colon-unnamed")
        # the whole paragraph is this quote, right after a paragraph whose last
        # sentence was an attributed quote: the same voice goes on
        whole = q.closes >= 0 and q.last[0] == p and doc.closes_paragraph(p, q.closes)
        if whole and (named := _named_next(doc, p + 1)) is not None:
            return Vote(named, "said-later")  # '"Q." / That was the message from Jo Roe, ...' (f145)
        st, _ = doc.sentence_span(p - 1, len(doc.sent_starts[p - 1]) - 1)
        if whole and qi > 0 and doc.quotes[qi - 1].last[0] == p - 1:
            prev_sp, _ = done[qi - 1]
            pq = doc.quotes[qi - 1]
            if prev_sp is not None and pq.closes >= st:
                if _asked(doc, pq):  # '"Did you know?" Roe asked.' then a paragraph of words: the answer
                    answerer = _one_asked(doc, p - 1, prev_sp)
                    if answerer is None:
                        # (the one who answered the asker before: '"Not now," Roe said.' / '"Then
                        # when?" Lee asked.' / '"Before the election."', f149: the host's, 0.89)
                        answerer = next((sp for sp, _ in reversed(done[max(0, qi - 4):qi - 1])
                                         if sp is not None and sp != prev_sp), None)
                    return Vote(answerer, "next-paragraph") if answerer is not None else None
                return Vote(prev_sp, "next-paragraph")
        announced = [ev for ev in doc.events[p - 1] if ev.verb in STATEMENT_VERBS and ev.clause_start >= st]
        if whole and announced and announced[-1].speaker is not None \
                and not (qi > 0 and doc.quotes[qi - 1].last[0] == p - 1):
            # 'The committee issued a statement apologizing for the emails.' then a
            # paragraph that is the statement: the words announced
            return Vote(announced[-1].speaker, "colon-paragraph", announced[-1])
    return None


# A paragraph that names whose the words before it were: "That was the message from",
# "Those were the words of", "So says".
WORDS_OF_NEXT_RE = re.compile(r"(?:(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
                              r"(?:message|words|view|verdict|warning|plea|reaction|response|assessment|sentiment"
                              r"|take|argument|point|thinking)\s+(?:from|of)|So\s+(?:says|said))\s+")


def _named_next(doc: Doc, p: int) -> int | None:
    """The person paragraph p opens by saying the words before it were theirs."""
    if p >= len(doc.paras) or not (m := WORDS_OF_NEXT_RE.match(doc.masked[p])):
        return None
    men = doc.by_start[p].get(m.end())
    if men is None or men.person is None or men.possessive or doc.people[men.person].kind != "person" \
            and men.kind != "group":
        return None
    return men.person


def _asked(doc: Doc, q: QuoteSpan) -> bool:
    """Is the quotation a question its clause says someone asked ('"Q?" Roe asked.')?"""
    p, _, e = q.last
    return doc.paras[p][:e].rstrip()[-1:] == "?" and ASKED_RE.search(doc.masked[p], q.closes, q.closes + 40) is not None


def _one_asked(doc: Doc, p: int, asker: int) -> int | None:
    """The person someone asked in this paragraph or the two before ("Host Ann Roe asked
    Rep. Bo Lind about his trades."), not the asker."""
    for pp in range(p, max(-1, p - 3), -1):
        for m in reversed(doc.mentions[pp]):
            if m.person is not None and m.person != asker \
                    and ASKED_BEFORE_RE.search(doc.masked[pp], max(0, m.start - 24), m.start):
                return m.person
    return None


ASKED_RE = re.compile(r"\basked\b")


# Verbs that announce a written statement, whose words may follow in the next paragraph
# (the verbs of saying with "statement" in them: "issued a statement", ...).
STATEMENT_VERBS = frozenset(v for v in SPEECH if "statement" in v)


def follows_with_no_clause(doc: Doc, qi: int, speaker: int | None) -> bool:
    """Does quotation qi follow the one before in its paragraph with no reporting clause
    between them but `speaker`'s (None: none at all)?"""
    pq, (p, s, _) = doc.quotes[qi - 1], doc.quotes[qi].first
    if pq.last[0] != p:
        return False
    # a clause starts at or before its verb, and at most a few hundred characters before
    lo, hi = (bisect.bisect_left(doc.verb_starts[p], x) for x in (pq.closes, s + 400))
    if pq.closes >= 0 and colon_clause_speaker(doc, p, pq.closes, s - 1) not in (None, speaker):
        return False  # '"A," Roe said, before Doe interrupted: "B."': Doe's clause, whatever its verb
    return all(ev.speaker == speaker for ev in doc.events[p][lo:hi] if pq.closes <= ev.clause_start < s)


def _names_someone(doc: Doc, p: int) -> bool:
    """Does paragraph p's last sentence name a person or say he, she or they?"""
    start, _ = doc.sentence_span(p, len(doc.sent_starts[p]) - 1)
    if any(m.person is not None and m.start >= start and doc.people[m.person].kind == "person"
           for m in doc.mentions[p]):
        return True
    return bool(_PERSONAL_PRONOUN_RE.search(doc.paras[p], start))


_PERSONAL_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b")


def _rule_parse(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """What the trained parser makes the subject of the reporting verb the quotation
    hangs on, when it is a name of the article: the frames the patterns above do not
    know ('"Q," said former secretary of state Jane Roe', 'Roe, who chairs the
    panel said ...')."""
    ps = doc.parsed[qi] if doc.parsed else None
    if ps is None or not ps.reporting or ps.mention is None or ps.mention.person is None:
        return None
    return Vote(ps.mention.person, "parse-subject")


def _rule_scare_quote(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'a second "temporary" levee': one or two quoted words that no reporting clause
    claims are a scare quote or a term, not a quotation of anyone."""
    p, s, e = q.first
    inner = doc.paras[p][s:e].strip()
    if qi > 0 and doc.quotes[qi - 1].last[0] == p and done[qi - 1][1] == "said-after" and len(inner.split()) == 2 \
            and inner[:1].isupper() and inner[-1:] in (".", "!", "?"):
        return None  # '"I will say nothing," she said. "I learned."': a sentence going on (f69)
    if len(q.parts) == 1 and len(inner.split()) <= 2:
        return Vote(None, "scare-quote")
    return None


def _rule_in_words(doc: Doc, qi: int, q: QuoteSpan, done) -> Vote | None:
    """'... treated the rules as "Q," in Roe's words.': the one whose words they are (f76: no
    cue when the sentence named another person too); 'in the words of one critic, "Q"':
    someone not named (f126: the man described, 0.96)."""
    fp, fs, _ = q.first
    if w := WORDS_OF_SOMEONE_RE.search(doc.masked[fp], max(0, fs - 80), max(0, fs - 1)):
        return _unnamed_voice(doc, fp, w.start(1), w.end(1), w.group(1))
    p, _, _ = q.last
    if q.closes < 0:
        return None
    m = IN_WORDS_AFTER_RE.match(doc.masked[p], q.closes)
    men = doc.by_start[p].get(m.end()) if m else None
    if men is None or men.person is None or not men.possessive or men.kind not in ("person", "single") \
            or not WORDS_AFTER_RE.match(doc.masked[p], men.end):
        return None
    return Vote(men.person, "said-after")


# Someone not named whose words follow: "in the words of one critic,".
WORDS_OF_SOMEONE_RE = re.compile(r"\bin\s+the\s+words\s+of\s+((?:one|an?|another|some)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),?\s*$")
# "in Roe's words" right after a quotation.
IN_WORDS_AFTER_RE = re.compile(r"[,\s]*in\s+")
WORDS_AFTER_RE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])?\s+(?:own\s+)?words\b")


# Tried in order; the first that answers decides (a None speaker included).
QUOTE_RULES = [
    ("named-work", _rule_named_work),  # 'Later on "This Week," Roe questioned': a show's name
    ("relayed", _rule_relayed),  # 'the boy told them it was "Q," Roe said': the boy's
    ("others-call", _rule_others_call),  # 'what builders call the "Q"': theirs, not the reporter's
    ("body-which", _rule_body_which_said),  # 'the Council, which described it as "Q"': the body's
    ("after", _rule_after),  # '"Q," Roe said.' - the strongest cue in news copy
    ("in-words", _rule_in_words),  # '"Q," in Roe's words'
    ("dash", _rule_dash),  # '"Q" - Roe'
    ("colon-name", _rule_colon_name),  # 'Roe: "Q"'
    ("crowd", _rule_crowd),  # 'the crowd chanted "Lock her up!"': no one of the article
    ("title", _rule_title),  # titles and scare quotes: no speaker rather than a guess
    ("passive", _rule_passive),  # 'Roe was asked about the "Q"': spoken to, not speaking
    ("first-person", _rule_first_person),  # 'when I called him "Q"': the writer's own words
    ("later", _rule_later),  # '"Q" in their talks, Roe said.'
    ("possessed", _rule_possessed),  # 'Roe's claim that "Q"': the possessor's words
    ("recalled", _rule_recalled),  # 'His mother used to tell him, "Q"': the mother's
    ("before", _rule_before),  # 'Roe said that "Q"', 'Roe called it "Q"', ', stating, "Q"'
    ("continuation", _rule_continuation),  # '"A," Roe said. "B."'
    ("parse", _rule_parse),  # the parser's subject of the reporting verb, when no pattern answered
    ("scare-quote", _rule_scare_quote),  # 'a "temporary" levee': last, when nothing else claims it
]
