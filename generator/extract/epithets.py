"""Epithets: "the Spaniard", "the 51-year-old", "the veteran" standing for a person the
article has just named, as sports and feature copy call people more often than by name
(f70: forty quotations with no speaker in twenty sports articles, the right person often
named in the same paragraph)."""
from __future__ import annotations

import bisect
import re

from .antecedents import sentence_before
from .lexicon import DESCRIPTORS, NATIONALITIES, ROLE_NOUN_SET, TITLES, is_given_name
from .patterns import fold

# Nouns for a person of a country, with the adjective the text may give that person
# elsewhere ("Spanish coach Jane Roe"); an adjective used as a noun ("the Brazilian") is its
# own adjective.
DEMONYM_NOUNS = {
    "spaniard": "spanish", "swede": "swedish", "scot": "scottish", "scotsman": "scottish", "dane": "danish",
    "finn": "finnish", "pole": "polish", "frenchman": "french", "frenchwoman": "french", "dutchman": "dutch",
    "dutchwoman": "dutch", "englishman": "english", "englishwoman": "english", "irishman": "irish",
    "irishwoman": "irish", "welshman": "welsh", "welshwoman": "welsh", "briton": "british", "brit": "british",
    "turk": "turkish", "serb": "serbian", "croat": "croatian", "swiss": "swiss", "filipina": "filipino",
}
# Words for a player or a person of long or short standing that copy uses as a name.
STANDING_WORDS = {"veteran", "rookie", "youngster", "teenager", "debutant", "newcomer", "paceman", "spinner",
                  "all-rounder", "playmaker", "talisman"}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

# "the Spaniard", "the 51-year-old", "the former Brazilian", "the veteran" right before a
# reporting verb (the word is checked against the lists above).
EPITHET_TAIL_RE = re.compile(
    r"\b[Tt]he\s+(?:(?:former|young|veteran|new|in-form|experienced)\s+)?"
    r"(?:(?P<age>(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old)|(?P<word>[A-Z][a-z]+|[a-z]+(?:-[a-z]+)?))\s*$")


def age_in_words(text: str) -> int | None:
    """The number of an age written in figures or words ("51", "fifty-one", "eight")."""
    if text.isdigit():
        return int(text)
    parts = text.lower().split("-")
    if len(parts) == 1:
        return NUMBER_WORDS.get(parts[0], TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in TENS and parts[1] in NUMBER_WORDS:
        return TENS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def epithet_at(before: str) -> re.Match | None:
    """The epithet ending `before` (the text up to a reporting verb), if it is one."""
    m = EPITHET_TAIL_RE.search(before, max(0, len(before) - 50))
    if m is None:
        return None
    if m.group("age"):
        return m if age_in_words(m.group("age")[:-len("-year-old")]) is not None else None
    word = m.group("word")
    low = word.lower()
    if low in STANDING_WORDS or word[0].isupper() and (low in DEMONYM_NOUNS or low in NATIONALITIES):
        return m
    return None


def _nationality(word: str) -> str:
    low = word.lower()
    return DEMONYM_NOUNS.get(low, low)


NATIONALITY_WORDS = set(NATIONALITIES) | set(DEMONYM_NOUNS.values())
# How far back (characters) in the epithet's paragraph and the one before it looks for people.
WINDOW = 1500
# Words in lower case between a name that qualifies the next one and that name.
MODIFIER_GAP_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,3}")


def epithet_person(doc, ev, last_person: int | None = None) -> int | None:
    """The person an epithet event's subject stands for: of the people named in its
    paragraph (before it) or the one before, those it fits (the sex of "-man" and
    "-woman", an age the text gave, a nationality their roles give or an earlier epithet
    of another country: "the Brazilian" is not "the Spaniard"), the one whose role or age
    says so, else, in the latest sentence naming one that fits, the subject (a name, or the
    speaker of its reporting clause: "Ivo Roe praised his striker. The Spaniard added that
    Jon Doe would be assessed. 'Q,' the 53-year-old said" is Roe) or the first named ("Top
    seed Jane Roe cruised past Ann Doe. The Frenchwoman ..." is Roe); None when none fits."""
    m = ev.subj[2]
    word = (m.group("word") or "").lower()
    sex = "she" if word.endswith("woman") else "he" if word.endswith("man") else None
    age = age_in_words(m.group("age")[:-len("-year-old")]) if m.group("age") else None
    nation = _nationality(word) if m.group("word") and m.group("word")[0].isupper() else None
    sure: set[int] = set()

    def fits(i: int) -> bool:
        per = doc.people[i]
        if per.kind != "person" or per.not_a_person or not (
                doc.gender.get(i) in ("he", "she") or per.roles or per.age is not None
                or "PERSON" in per.ents or "PERSON" in per.single_ents or is_given_name(per.name[0])):
            return False  # (someone known as a person)
        if sex is not None and doc.gender.get(i) not in (None, sex):
            return False
        if age is not None and per.age is not None:
            if per.age != age:
                return False
            sure.add(i)
        if nation is not None:
            # (as demonyms: "fellow Spaniard Rubén Roe" is "the Spaniard", f95: not him, 0.87)
            words = {_nationality(w) for w in fold(" ".join(per.roles)).lower().split()}
            known = (words & NATIONALITY_WORDS) | doc.epithets.get(i, set())
            if known and nation not in known:
                return False
            if nation in words:
                sure.add(i)
        return True

    found: list[tuple[tuple[int, int, int], int, bool]] = []  # ((paragraph, sentence, offset), person, a subject?)
    for pp in (ev.para - 1, ev.para):
        if pp < 0:
            continue
        # (a window of the text before it, so a paragraph of many quotations stays linear)
        lo = (ev.clause_start if pp == ev.para else len(doc.masked[pp])) - WINDOW
        ms = doc.mentions[pp]
        for k in range(bisect.bisect_left(doc.mention_starts[pp], lo), len(ms)):
            x = ms[k]
            if pp == ev.para and x.start >= ev.clause_start:
                break
            if x.person is None or x.possessive or k + 1 < len(ms) and (
                    gap := MODIFIER_GAP_RE.fullmatch(doc.masked[pp], x.end, ms[k + 1].start)) \
                    and gap.group(0).split()[-1] in TITLES | ROLE_NOUN_SET | DESCRIPTORS:
                continue  # ("Tobiah's friend Caleb Roe", "Mariners head coach Jane Roe": the friend, the coach)
            found.append(((pp, doc.sentence_of(pp, x.start), x.start), x.person, x.subject or x.lead == "subject"))
        for e in doc.events[pp][bisect.bisect_left(doc.verb_starts[pp], lo):]:
            if pp == ev.para and e.clause_start >= ev.clause_start:
                break
            if e is not ev and e.resolved and e.speaker is not None:
                found.append(((pp, e.sentence, e.clause_start), e.speaker, True))
    found = sorted(f for f in found if fits(f[1]))
    if age is not None and not sure:
        # an age the text gave someone earlier ("Julien Roe, 19, ... the 19-year-old told detectives")
        sure = {i for i, per in enumerate(doc.people) if per.age == age and per.first_pos < (ev.para, ev.clause_start)}
        if not sure and _age_told_before(doc, ev, m.group("age")):
            return None  # "A 19-year-old man charged with ..." in the lede: him, not the clerk quoted since (f45)
    if len(sure) == 1:
        got = next(iter(sure))
    elif found:
        latest = [f for f in found if f[0][:2] == found[-1][0][:2]]
        got = next((i for _, i, subject in latest if subject), latest[0][1])
    else:
        return None
    if nation is not None:
        doc.epithets.setdefault(got, set()).add(nation)
    return got


def _age_told_before(doc, ev, phrase: str) -> bool:
    """Does the text use this "N-year-old" before the epithet (another description of
    someone, perhaps not named)?"""
    pat = re.compile(r"\b" + re.escape(phrase) + r"\b", re.I)
    return any(pat.search(doc.masked[pp], 0, ev.clause_start if pp == ev.para else len(doc.masked[pp]))
               for pp in range(ev.para + 1))


# An epithet opening a sentence, perhaps after an opening phrase and before an aside: "The
# Frenchman, who has not dropped a set, was asked if he was the favourite."
EPITHET_SUBJECT_RE = re.compile(
    r"\s*(?:[^,.;:\x01\n]{1,60},\s+)?(?P<np>[Tt]he\s+(?:[\w\-]+\s+)?[\w\-]+)(?:,[^.;:\x01\n]{1,80},)?\s+[a-z]")


def epithet_subject_before(doc, ev) -> re.Match | None:
    """The epithet that is the subject of the sentence before the clause's ("The Frenchman
    ... was asked if he was the favourite. 'Q,' he said"), or None."""
    span = sentence_before(doc, ev.para, ev.sentence)
    if span is None:
        return None
    m = EPITHET_SUBJECT_RE.match(doc.masked[span[0]], span[1], span[2])
    return epithet_at(m.group("np")) if m else None
