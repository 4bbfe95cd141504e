"""Who holds a role the text names without a name: "the minister said" is the person the
article gave that title ("Minister of Finance Jane Roe"), or one whose title implies it (a
Justice is "the judge", an Oba "the monarch", "PM" the prime minister); "the SP" the one
person whose role those capitals abbreviate."""
from __future__ import annotations

import re

from .document import Mention
from .lexicon import NATIONALITIES, PLACES, ROLE_NOUN_SET, TITLES
from .patterns import ROLE_WORD_RE, fold


def match_role(doc, role_text: str, pos: tuple[int, int]) -> int | None:
    words = [w for w in ROLE_WORD_RE.findall(fold(role_text))
             if w not in ("the", "a", "an", "his", "her", "their", "its", "our", "of", "to", "for", "at", "s")]
    if not words:
        return None
    head = None
    for w in words:
        if w in TITLES or w in ROLE_NOUN_SET:
            head = w
    if head is None:
        return None
    mods = [w for w in words if w != head and w not in PLACES and w not in NATIONALITIES]
    named, implied = [], []  # holders of the role as the article words it, and as it implies it
    for i, per in enumerate(doc.people):
        if per.kind != "person" or per.first_pos > pos:
            continue
        rw = set(ROLE_WORD_RE.findall(fold(" ".join(per.roles))))
        for cands, words_of in ((named, rw), (implied, implied_role_words(set(rw)))):
            if head in words_of and all(w in words_of for w in mods):
                cands.append(i)
    # ("the premier" is Premier Doug Ford beside a Prime Minister, and the prime minister
    # where the article names no premier)
    cands = named or implied
    return cands[0] if len(cands) == 1 else None


def initials_holder(doc, m: Mention, pos: tuple[int, int]) -> int | None:
    """The one person named before whose role the mention's capitals abbreviate: "the SP"
    is "Superintendent of Police Rafiq Hasan", "the OC" the "Officer-in-Charge"."""
    word = m.name[0] if len(m.name) == 1 else ""
    if not (2 <= len(word) <= 4 and word.isupper() and word.isalpha()) \
            or not doc.masked[m.para][max(0, m.start - 4):m.start].lower().endswith("the "):
        return None
    found = {i for i, per in enumerate(doc.people) if per.kind == "person" and per.first_pos <= pos
             and any(_initials(r) == word for r in per.roles)}
    return found.pop() if len(found) == 1 else None


def _initials(role: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", role) if w and w[0].isupper())


def shares_role_head(roles: list[str], role: str) -> bool:
    """Does one of these roles hold the head word of `role` (or a word it implies)?"""
    words = ROLE_WORD_RE.findall(fold(role))
    mine = implied_role_words(set(ROLE_WORD_RE.findall(fold(" ".join(roles)))))
    return bool(words) and words[-1] in mine


def implied_role_words(rw: set[str]) -> set[str]:
    """Role words a later role-noun reference may use for the same title: an
    Assistant U.S. Attorney is "the prosecutor", a Justice "the judge", a CEO "the
    chief executive"."""
    if "attorney" in rw and rw & {"district", "assistant", "u", "us", "state", "county", "crown"}:
        rw.add("prosecutor")
    if rw & {"justice", "magistrate"}:
        rw.add("judge")
    if "ceo" in rw:
        rw |= {"chief", "executive"}
    rw |= {TITLE_ABBREVIATIONS[w] for w in rw if w in TITLE_ABBREVIATIONS}  # "Sen. Roe" is "the senator"
    # "PM", "DPM", "CM" and the titles they stand for, either way round
    for short, words in SHORT_TITLES.items():
        if short in rw:
            rw |= words
    for short, words in SHORT_TITLES.items():
        if words <= rw and not (short == "pm" and "deputy" in rw):
            rw.add(short)
    if "pm" in rw:
        rw.add("premier")  # a head of government, as Chinese, Pakistani and Israeli copy calls one
    if rw & MONARCHS:
        rw |= {"monarch", "ruler", "king"}  # "Oba Kolawole Adeyemo": "the monarch told journalists"
    return rw


# Titles of monarchs and traditional rulers, whom copy calls "the monarch" or "the ruler".
MONARCHS = {"king", "queen", "oba", "ooni", "alaafin", "emir", "sultan", "kabaka", "asantehene",
            "monarch", "emperor", "empress", "maharaja", "raja", "rajah", "tunku", "yang"}


SHORT_TITLES = {"pm": {"prime", "minister"}, "dpm": {"deputy", "prime", "minister"}, "cm": {"chief", "minister"}}


TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
                       "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
                       "capt": "captain", "adm": "admiral", "atty": "attorney", "sec": "secretary",
                       "supt": "superintendent", "prof": "professor", "amb": "ambassador", "rev": "reverend",
                       "insp": "inspector", "cmdr": "commander", "maj": "major", "engr": "engineer",
                       "fr": "father", "brig": "brigadier", "det": "detective", "cpl": "corporal",
                       "msgr": "monsignor", "dir": "director", "cllr": "councillor", "ald": "alderman",
                       "cdr": "commander", "pcol": "colonel", "pmaj": "major", "pgen": "general"}
