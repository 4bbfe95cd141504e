"""Who holds a role the text names without a name: "the minister said" is the person the
article gave that title ("Minister of Finance Jane Roe"), or one whose title implies it (a
Justice is "the judge", an Oba "the monarch", "PM" the prime minister); "the SP" the one
person whose role those capitals abbreviate."""
from __future__ import annotations

import re

from .document import Mention
from .lexicon import (GENDERED, MEMBER_TITLES, NATIONALITIES, PLACES, ROLE_NOUN_SET, TITLE_ABBREVIATIONS, TITLES,
                      US_STATE_OF)
from .patterns import ROLE_WORD_RE, fold


def match_role(doc, role_text: str, pos: tuple[int, int], strict_place: bool = False) -> int | None:
    """The one person named before pos who holds the role, or None (no one, or several)."""
    cands = role_holders(doc, role_text, pos, strict_place)
    return cands[0] if len(cands) == 1 else None


def role_holders(doc, role_text: str, pos: tuple[int, int], strict_place: bool = False) -> list[int]:
    """The people named before pos who hold the role as the article words it, or else as
    their titles imply it. A place in the role ("the Ohio governor") rules out a holder of
    the title for another place ("Florida Gov. Jeb Bush"), and with strict_place one whose
    role names no place ("Sen. Joni Ernst" for "the Florida senator")."""
    words = [w for w in ROLE_WORD_RE.findall(fold(role_text))
             if w not in ("the", "a", "an", "his", "her", "their", "its", "our", "of", "to", "for", "at", "s")]
    head = None
    for w in words:
        if w in TITLES or w in ROLE_NOUN_SET:
            head = w
    if head is None:
        return []
    places = _places_in(role_text)
    mods = [w for w in words if w != head and w not in PLACES and w not in NATIONALITIES and w not in places]
    named, implied = [], []  # holders of the role as the article words it, and as it implies it
    for i, per in enumerate(doc.people):
        if per.kind != "person" or per.first_pos > pos:
            continue
        rw = set(ROLE_WORD_RE.findall(fold(" ".join(per.roles))))
        if places and _elsewhere(places, rw, strict_place):
            continue  # "the Ohio governor" is not "Florida Gov. Jeb Bush" nor "Sen. Joni Ernst, R-Iowa"
        for cands, words_of in ((named, rw), (implied, implied_role_words(set(rw)))):
            if head in words_of and all(w in words_of for w in mods):
                cands.append(i)
    # ("the premier" is Premier Doug Ford beside a Prime Minister, and the prime minister
    # where the article names no premier)
    holders = named or implied
    if len(holders) > 1:
        # "the chief" is Police Chief Roe, not Deputy Chief Doe: a second or former holder
        # of the office only when the words say so
        first = [i for i in holders if not (SECONDARY & set(ROLE_WORD_RE.findall(fold(" ".join(doc.people[i].roles))))) - set(mods)]
        holders = first or holders
    return holders


# Words that make a title another office than the one it qualifies ("Deputy Chief").
SECONDARY = {"deputy", "assistant", "associate", "vice", "former", "acting", "interim", "retired", "ex"}


def epithet_holder(doc, role_text: str, last_person: int | None, pos: tuple[int, int]) -> int | None:
    """The person "the Florida senator said" stands for when no one in the article holds
    that title: the subject the text has just named (as the annotators' coreference
    does: the nearest preceding subject), when the title is an office a named person is
    called by ("senator", "governor", "president"; not "the coach" or "the judge", often
    someone else beside a named player or defendant), qualified only by a place, a party
    or a time ("the Vermont senator", "the former governor": a bare "the president" is as
    often the country's, someone else), the person was named in this paragraph or the one
    before, and nothing the text says of them contradicts it (a governor is no senator; a
    woman no "chairman")."""
    words = ROLE_WORD_RE.findall(fold(role_text))
    if last_person is None or len(words) < 3 or words[0] != "the" or words[-1] not in EPITHET_OFFICES:
        return None
    if any(fold(w).lower() not in EPITHET_MODIFIERS and fold(w).lower() not in PLACES
           and fold(w).lower() not in NATIONALITIES and not w[:1].isupper()
           for w in ROLE_WORD_RE.findall(role_text)[1:-1]):
        return None  # "the opposition leader", "the foreign minister": someone else as often as not
    per = doc.people[last_person]
    if per.kind != "person" or GENDERED.get(words[-1], doc.gender.get(last_person, "?")) \
            not in (doc.gender.get(last_person, "?"), "?"):
        return None
    if any(words[-1] not in rw and rw & EPITHET_OFFICES for rw in (_role_words([r]) for r in per.roles)):
        return None  # "Gov. Jane Roe": "the senator" is not her
    if not any(m.person == last_person and (pp, m.start) < pos
               for pp in range(max(0, pos[0] - 1), pos[0] + 1) for m in doc.mentions[pp]):
        return None
    places = _places_in(role_text)
    if role_holders(doc, role_text, pos) or any(
            words[-1] in rw and not (places and _elsewhere(places, rw)) for rw in (
                _role_words(o.roles) for i, o in enumerate(doc.people) if i != last_person and o.kind == "person")):
        return None  # someone else is called that (and not for another place): not an epithet
    return last_person


# Offices that copy calls a person it has just named by ("Marco Rubio ... the Florida
# senator told a magazine"), and the words that may qualify them in such an epithet.
EPITHET_OFFICES = {"senator", "governor", "president", "congressman", "congresswoman", "lawmaker",
                   "mayor", "premier", "chancellor", "diplomat", "ambassador", "taoiseach", "king",
                   "queen", "prince", "princess", "emir", "sultan", "sheikh", "monarch"} \
    | MEMBER_TITLES - {"ms"}  # a member's letters after a seat: "the Kildonan Bluffs MLA said" (f79)
EPITHET_MODIFIERS = {"former", "longtime", "veteran", "outgoing", "incoming", "new", "then", "ex",
                     "republican", "democratic", "democrat", "gop", "conservative", "liberal", "labour",
                     "s", "state", "u", "us", "junior", "senior", "first", "second", "two", "three", "term",
                     "year", "old", "presumptive", "embattled", "retired", "popular", "freshman"}


def _elsewhere(places: set[str], role_words: set[str], strict: bool = False) -> bool:
    """Do a holder's role words ("florida gov", "sen r-iowa") name another place than
    `places`, or (strict) no such place at all?"""
    parts = {p for w in role_words for p in w.split("-")}
    return not places <= parts and (strict or bool(parts & (PLACES | NATIONALITIES)))


def _places_in(role_text: str) -> set[str]:
    """The place words of a role ("the Ohio governor", "the Lakeshore senator"): known
    places and peoples, and any capitalised word after the first that is no title."""
    words = ROLE_WORD_RE.findall(role_text)
    return {fold(w).lower() for k, w in enumerate(words)
            if fold(w).lower() in PLACES or fold(w).lower() in NATIONALITIES
            or k > 0 and w[:1].isupper() and fold(w).lower() not in TITLES and fold(w).lower() not in ROLE_NOUN_SET}


def initials_holder(doc, m: Mention, pos: tuple[int, int]) -> int | None:
    """The one person named before whose role the mention's capitals abbreviate: "the SP"
    is "Superintendent of Police Rafiq Hasan", "the OC" the "Officer-in-Charge"."""
    word = m.name[0] if len(m.name) == 1 else ""
    if not (2 <= len(word) <= 4 and word.isupper() and word.isalpha()) \
            or not doc.masked[m.para][max(0, m.start - 4):m.start].lower().endswith("the "):
        return None
    found = {i for i, per in enumerate(doc.people) if per.kind == "person" and per.first_pos <= pos
             and any(_initials(r).endswith(word) or r.split()[-1:] == [word] for r in per.roles)}
    # ("Treasury Cabinet Secretary": the CS; "Treasury CS Jo Roe": the CS too, f118: a speaker "CS")
    return found.pop() if len(found) == 1 else None


def _initials(role: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", role) if w and w[0].isupper())


def shares_role_head(roles: list[str], role: str) -> bool:
    """Does one of these roles hold the head word of `role` (or a word it implies)?"""
    words = ROLE_WORD_RE.findall(fold(role))
    for k, w in enumerate(words):
        if w in ("of", "to", "for", "at") and k > 0:
            words = words[:k]  # "the president of Ferrania": its head is "president"
            break
    return bool(words) and words[-1] in _role_words(roles)


def _role_words(roles: list[str]) -> set[str]:
    """The words of these roles, with the words they imply."""
    return implied_role_words(set(ROLE_WORD_RE.findall(fold(" ".join(roles)))))


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
    if "captain" in rw:
        rw.add("skipper")  # "Pakistan captain Imran Roe ... said the skipper" (f128: no one)
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
            "monarch", "emperor", "empress", "maharaja", "raja", "rajah", "tunku", "yang", "omanhene"}


SHORT_TITLES = {"pm": {"prime", "minister"}, "dpm": {"deputy", "prime", "minister"}, "cm": {"chief", "minister"}}


# A party's word, by the letter of its tags ("R-Okla.").
PARTY_LETTER = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D", "independent": "I"}
PARTY_TAG_RE = re.compile(r"([RDI])-(.+)")


def party_label(doc, m: Mention) -> tuple[str, str] | None:
    """(state, party letter) of "the Oklahoma Republican", "the New York Democrat": a
    member of a party from a state, which copy calls a person it has just named by; no
    body (invented copy: a speaker "Oklahoma Republican", typed organisation)."""
    words = [fold(w).lower() for w in m.name]
    if len(words) < 2 or words[-1] not in PARTY_LETTER or doc.masked[m.para][max(0, m.start - 4):m.start].lower() != "the ":
        return None
    state = US_STATE_OF.get(" ".join(words[:-1]))
    return (state, PARTY_LETTER[words[-1]]) if state == " ".join(words[:-1]) else None


def party_epithet_holder(doc, label: tuple[str, str], last_person: int | None, pos: tuple[int, int],
                         subject_before: bool = False) -> int | None:
    """The person "the Oklahoma Republican" stands for: the one just named (in this
    paragraph or the one before) when their tag or roles give that state or that party
    and neither another state nor another party ("Sen. Jane Roe (R-Okla.)", "Oklahoma Sen.
    Jane Roe"); else the one person of the article given that state and no other party
    (the other side of an exchange); else the lawmaker the sentence before was about
    (`subject_before`) when nothing gives their state or party; else no one."""
    state, party = label
    just_named = last_person is not None and doc.people[last_person].kind == "person" and any(
        x.person == last_person and (pp, x.start) < pos
        for pp in range(max(0, pos[0] - 1), pos[0] + 1) for x in doc.mentions[pp])
    if just_named:
        states, parties = _state_and_party(doc.people[last_person].roles)
        if (state in states or party in parties) and not _conflicts((states, parties), state, party):
            return last_person
    of_state = [i for i, per in enumerate(doc.people) if per.kind == "person" and per.first_pos < pos
                and (sp := _state_and_party(per.roles))[0] == {state} and sp[1] <= {party}]
    if len(of_state) == 1:
        return of_state[0]
    unplaced = [i for i, per in enumerate(doc.people) if per.kind == "person" and per.first_pos < pos
                and _role_words(per.roles) & LAWMAKERS and not _conflicts(_state_and_party(per.roles), state, party)]
    if subject_before and just_named and unplaced == [last_person] \
            and _state_and_party(doc.people[last_person].roles) == (set(), set()):
        # "Sen. Jane Roe, the committee's ranking member, questioned ... 'Q,' the Alabama
        # Republican said": a lawmaker the text gives no state or party (f75)
        return last_person
    return None


# The offices of those copy calls "the Alabama Republican".
LAWMAKERS = {"senator", "representative", "congressman", "congresswoman", "lawmaker", "speaker", "governor",
             "legislator", "assemblyman", "assemblywoman", "delegate", "whip", "leader"}


def _conflicts(state_and_party: tuple[set[str], set[str]], state: str, party: str) -> bool:
    """Do these states and parties rule out "the <state> <party>"?"""
    states, parties = state_and_party
    return not states <= {state} or not parties <= {party}


def _state_and_party(roles: list[str]) -> tuple[set[str], set[str]]:
    """The US states and the parties (by letter) a person's tags and roles give."""
    states, parties = set(), set()
    for role in roles:
        tag = PARTY_TAG_RE.fullmatch(role.rstrip("."))
        if tag:
            parties.add(tag.group(1))
            states.add(US_STATE_OF.get(fold(tag.group(2)).lower().rstrip("."), tag.group(2)))
            continue
        low = fold(role).lower()
        parties |= {PARTY_LETTER[w] for w in low.split() if w in PARTY_LETTER}
        states |= {name for name in set(US_STATE_OF.values()) if re.search(rf"\b{name}\b", low)}
    return states, parties
