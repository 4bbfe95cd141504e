"""What the sentence before a pronoun says it stands for (coref.resolve asks, clause by
clause): someone described and not named ("A waiter who worked the room remembered the
party. He said ..."), a role ("the former general laughed"), a relative ("her brother was
quiet"), a gender ("At his arraignment, Delacroix told the judge"). Plain lookups over the
Doc, by bisection: a long paragraph of many quotations stays linear."""
from __future__ import annotations

import bisect
import functools
import re

from .document import Event, Mention
from .lexicon import DESCRIPTORS, GENDERED, KIN_WORDS, LEAD_WORDS, ROLE_NOUN_SET, TITLES
from .patterns import (ANONYMOUS_SPEAKER_RE, ANONYMOUS_WHO_RE, INDEFINITE_INTERLOCUTOR_RE, INDEFINITE_SUBJECT_RE,
                       ONLY_AS_LEAD_RE, KIN, KIN_BEFORE, KIN_OWNER,
                       ROLE_HIMSELF_RE, ROLE_SUBJECT_RE, SAME_SENTENCE_DESCRIPTION_RE, SAYS_RE, THE_ONE_OF_RE, THE_ONE_WHO_RE,
                       VERB_RIGHT_AFTER_RE, WHO_THEN_VERB_RE, fold)

# A relative opening the sentence as its subject: "His daughter said she had considered
# quitting.", "Asked about the visit, her brother was quiet.", and the writer's: "My mother
# still lives there." (f51: her "she said" went to the last woman named)
# (also "Yusuf's mother, who came to collect him, said", "Her mother, overhearing, shook her
# head": f69, her "she said" went to the daughter or to the official before, 0.95)
KIN_SUBJECT_RE = re.compile(rf"\s*(?:[^,.;:\x01\n]{{1,100}},\s+)?(?P<np>{KIN_OWNER}"
                            rf"\s+{KIN_BEFORE}(?P<kin>{KIN}))(?:,\s+[a-z][^,.;:\x01\nA-Z]{{0,60}},)?\s+[a-z]")  # (no name in the aside)
# "his" or "her" and the noun after it: "At his arraignment", "His lawyer"
POSSESSIVE_RE = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?([a-z-]+)")
GENDERED_POSSESSIVE = {"his": "he", "His": "he", "her": "she", "Her": "she"}


# The words a description opens with that lose their capital inside a sentence.
OPENING_DETERMINERS = {"a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my", "some"}


def as_in_sentence(words: str) -> str:
    """A description as it reads inside a sentence: "the victim", "a spokesman for X", but
    "Abdi's mother" (a name keeps its capital)."""
    return words[:1].lower() + words[1:] if words.split()[0].lower() in OPENING_DETERMINERS else words


def mentions_within(doc, p: int, lo: int, hi: int) -> list[Mention]:
    """The mentions of paragraph p that start in [lo, hi), found by bisection (a long
    paragraph of many quotations stays linear)."""
    starts = doc.mention_starts[p]
    return doc.mentions[p][bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


@functools.lru_cache(maxsize=65536)
def gender_of_words(words: str) -> str | None:
    low = words.lower().split()
    got = {GENDERED[w] for w, after in zip(low, [*low[1:], ""]) if w in GENDERED
           and not (w == "lord" and after in LORD_OFFICES)}
    return got.pop() if len(got) == 1 else None


# Offices called "Lord ..." whoever holds them: "Lord Mayor Harriet Roe" is a woman (f80).
LORD_OFFICES = {"mayor", "provost", "chancellor", "lieutenant", "advocate", "president"}


def sentence_before(doc, p: int, sent: int) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the sentence before sentence `sent` of paragraph p (the
    last of the paragraph before, when it is p's first)."""
    if sent > 0:
        return p, *doc.sentence_span(p, sent - 1)
    if p > 0 and doc.sent_starts[p - 1]:
        return p - 1, *doc.sentence_span(p - 1, len(doc.sent_starts[p - 1]) - 1)
    return None


def description_before(doc, p: int, pos: int, pronoun: str | None) -> str:
    """The someone not named ("a spokesman for Northern Water") who is the subject of the
    sentence before position pos of paragraph p, with a verb of saying or described by a
    relative clause ("A waiter who worked the room remembered ..."), when `pronoun` may
    stand for them: a "he said" after it is theirs, not the last person named (issue 27)."""
    if pronoun not in ("he", "she"):
        return ""
    if own := description_in_sentence(doc, p, pos, pronoun):
        return own
    st, _ = doc.sentence_span(p, doc.sentence_of(p, pos))
    if any(x.kind in ("person", "single") and x.person is not None and doc.gender.get(x.person) in (None, pronoun)
           for x in mentions_within(doc, p, st, pos)):
        return ""  # 'Roe has described it as "Q," a phrase she repeated': her own sentence names her (f125)
    span = sentence_before(doc, p, doc.sentence_of(p, pos))
    if span is None:
        return ""
    pp, lo, hi = span
    text = doc.masked[pp][lo:hi]
    m = ANONYMOUS_SPEAKER_RE.match(text)
    if m is None and not any(x.kind in ("person", "single") and doc.masked[pp][max(0, x.start - 2):x.start] == ", "
                             and (VERB_RIGHT_AFTER_RE.match(doc.masked[pp], x.end) or WHO_THEN_VERB_RE.match(doc.masked[pp], x.end))
                                                   for x in mentions_within(doc, pp, lo, hi)):
        # (not "A resettlement worker who helped them, Jonah Roe, said": named after all; nor
        # "A resident of the Peresyp district, Jo Roe, who is not related to him, said", f121)
        m = ANONYMOUS_WHO_RE.match(text) or INDEFINITE_SUBJECT_RE.match(text) or INDEFINITE_INTERLOCUTOR_RE.match(text)
        if m is not None and ONLY_AS_LEAD_RE.match(text):
            m = None  # "a crane operator who gave his name only as Mandla said": named after all
    if m is None and (the := THE_ONE_WHO_RE.match(text) or THE_ONE_OF_RE.match(text)) and the.group(2) not in (ROLE_NOUN_SET | TITLES) - set(KIN_WORDS) and not any(
            the.group(2) in fold(r).lower().split() for per in doc.people for r in per.roles):
        # (not a title someone holds, "The Florida senator, who ...": a named senator)
        m = the
    if m is None and (kin := KIN_SUBJECT_RE.match(text)) and gender_of_words(kin.group("kin")) in (None, pronoun) \
            and not any(per.kin == kin.group("kin").lower() or kin.group("kin").lower() in fold(" ".join(per.roles)).lower().split()
                        for per in doc.people):
        # "Yusuf's mother, who came to collect him, said ...", "Her mother, overhearing, shook
        # her head": a relative the article does not name (f69: her words went to the
        # official or the daughter quoted before, 0.95)
        return as_in_sentence(kin.group("np"))
    if m is None or gender_of_words(m.group(1)) not in (None, pronoun):
        return ""
    return as_in_sentence(m.group(1))


def description_in_sentence(doc, p: int, pos: int, pronoun: str) -> str:
    """The someone not named of the pronoun's own sentence, before position pos: "the
    victim obtained an order after she told a judge" (see SAME_SENTENCE_DESCRIPTION_RE),
    when no one the pronoun may stand for is named between them and no named person
    holds that role."""
    lo, _ = doc.sentence_span(p, doc.sentence_of(p, pos))
    text = doc.masked[p]
    got = None
    for m in SAME_SENTENCE_DESCRIPTION_RE.finditer(text, lo, pos):
        got = m
    if got is None or got.group(3) != pronoun or gender_of_words(got.group(1)) not in (None, pronoun):
        return ""
    head, other = got.group(2), "she" if pronoun == "he" else "he"
    # (someone named between may be the pronoun's, unless known to be of the other sex:
    # "the victim obtained an order against Roe after she told")
    if any(x.kind in ("person", "single") and (x.person is None or doc.gender.get(x.person) != other)
           for x in mentions_within(doc, p, got.start(), got.end())) \
            or any(head in fold(r).lower().split() for per in doc.people for r in per.roles):
        return ""
    return as_in_sentence(got.group(1))


def role_subject_before(doc, ev: Event) -> str:
    """The role ("the former general", "the prime minister") that is the subject of the
    sentence before the clause's, or that its own sentence makes emphatic before the
    clause ("the mayor himself"), or "" (see ROLE_SUBJECT_RE, ROLE_HIMSELF_RE)."""
    lo, _ = doc.sentence_span(ev.para, ev.sentence)
    own = ROLE_HIMSELF_RE.search(doc.masked[ev.para], lo, ev.clause_start)
    if own and GENDERED_REFLEXIVE[own.group(2)] == ev.subj[1]:
        return "the " + own.group(1)
    span = sentence_before(doc, ev.para, ev.sentence)
    m = ROLE_SUBJECT_RE.match(doc.masked[span[0]][span[1]:span[2]]) if span else None
    return "the " + m.group(1) if m else ""


GENDERED_REFLEXIVE = {"himself": "he", "herself": "she"}


def kin_subject_before(doc, ev: Event, back: int = 3) -> str:
    """The kin word of the relative that is the subject of a sentence before the clause's
    in its paragraph (up to `back` sentences, none naming a person between: "My daughter
    bikes to school. Before the lane, I drove her. Now she rides. When I asked her, she
    said"), or ""."""
    p, sent = ev.para, ev.sentence
    for k in range(back):
        span = sentence_before(doc, p, sent)
        if span is None or (k and span[0] != ev.para):
            return ""
        m = KIN_SUBJECT_RE.match(doc.masked[span[0]][span[1]:span[2]])
        if m:
            return m.group("kin").lower()
        if any(x.kind in ("person", "single") for x in mentions_within(doc, span[0], span[1], span[2])):
            return ""
        p, sent = span[0], doc.sentence_of(span[0], span[1])
    return ""


def has_office(roles: list[str]) -> bool:
    """Does the article give the person a title or a role noun ("student", "minister")?"""
    return any(w in TITLES or w in ROLE_NOUN_SET or w in DESCRIPTORS for w in fold(" ".join(roles)).lower().split())


def gender_ahead(doc, p: int, m: Mention) -> str | None:
    """he / she from "his" or "her" in the phrase opening the name's sentence, when no
    other name comes before it there: "At his arraignment, Delacroix told the judge" is the
    son, not his mother named after him (invented court copy)."""
    st, _ = doc.sentence_span(p, doc.sentence_of(p, m.start))
    k = bisect.bisect_left(doc.mention_starts[p], m.start)
    if k > 0 and doc.mentions[p][k - 1].end > st or doc.masked[p][m.start - 2:m.start] != ", ":
        return None  # (only an opening phrase before the subject: not "His meeting with Clinton")
    got = set()
    for pm in POSSESSIVE_RE.finditer(doc.masked[p], st, m.start):
        if pm.group(2).lower() in LEAD_WORDS:
            return None  # "His lawyer, Roe,", "Her husband, Holm,": the name is someone else
        got.add(GENDERED_POSSESSIVE[pm.group(1)])
    return got.pop() if len(got) == 1 else None


REPLY_VERBS = {"replied", "responded", "countered", "retorted", "answered", "shot back", "fired back", "hit back"}
# A sentence that opens with someone's saying something: "Lee pointed out that".
SAYS_OPENING_RE = re.compile(rf"\s+(?:also\s+|then\s+)?{SAYS_RE.pattern}")


def answered(doc, ev: Event, last_person: int) -> int | None:
    """'"A," Fraser said. Lee pointed out that the paper had reported otherwise. "B," he
    replied.': the one who answers is not the one whose point the sentence before made,
    but who spoke before him, when that one is of the pronoun's gender (f144: the host's,
    0.96); nor, in the paragraph after a question of theirs ('Roe pressed her. "Who pays?"'
    then '"The company," she shot back.'), the one who asked it (f149: the host's, 0.996)."""
    if ev.sentence > 0:
        lo, hi = doc.sentence_span(ev.para, ev.sentence - 1)
        text = doc.masked[ev.para]
        opening = [m for m in mentions_within(doc, ev.para, lo, hi) if m.person is not None][:1]
        if not opening or opening[0].person != last_person or text[lo:opening[0].start].strip() \
                or not SAYS_OPENING_RE.match(text, opening[0].end):
            return None
        before = [e for e in doc.events[ev.para] if e.verb_start < lo]
    elif ev.para > 0 and QUESTION_END_RE.search(doc.paras[ev.para - 1]) \
            and any(m.person == last_person for m in doc.mentions[ev.para - 1]):
        before = [e for pp in range(max(0, ev.para - 4), ev.para - 1) for e in doc.events[pp]]
    else:
        return None
    for e in reversed([e for e in before if e.resolved]):
        if e.speaker is not None and e.speaker != last_person:
            return e.speaker if doc.gender.get(e.speaker, ev.subj[1]) == ev.subj[1] else None
    return None


# A paragraph that ends with a question in quotation marks.
QUESTION_END_RE = re.compile("\\?[\"\u201d]\\s*$")


# A document and the one it is from: "a 2019 email from", "the letter, from".
DOCUMENT_FROM_RE = re.compile(r"\b(?:e-?mail|letter|memo|message|note|text|texts|post|card)s?,?\s+(?:[\w-]+\s+){0,3}?from\s+")


def author_named_before(doc, ev: Event) -> int | None:
    """The person the sentence before a "she wrote" says a document is from ("The book
    reproduces an email from the fund's partner, Tan Wei Ling, to Roe. 'Q,' she wrote."),
    the first person named within a few words after "from"."""
    if ev.verb not in ("wrote", "writes", "write") or ev.sentence == 0:
        return None
    lo, hi = doc.sentence_span(ev.para, ev.sentence - 1)
    text = doc.masked[ev.para]
    for d in DOCUMENT_FROM_RE.finditer(text, lo, hi):
        named = [m for m in mentions_within(doc, ev.para, d.end(), min(hi, d.end() + 60))
                 if m.person is not None and not m.possessive and doc.people[m.person].kind == "person"]
        if named:
            return named[0].person
    return None
