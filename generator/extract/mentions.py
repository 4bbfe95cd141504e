"""Mentions: the capitalised runs of each paragraph ("Freedonian Finance Minister Jane Roe"),
cut into name-like groups and each split into a role and a name (roles.py) as a person, a
single name word, or a place or body. Name forms are compared in names.py."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .document import PARTY_NOUNS, Mention
from .lexicon import (COMMON, COMMON_CAP, DESCRIPTORS, GIVEN_NAME_GENDER, HONORIFICS, ORG_NOUNS, ORG_WORDS, ORGISH,
                      NATIONALITIES, PLACES, SAINT_WORDS, TITLES, is_given_name)
from .names import is_abbrev, norm_tok
from .patterns import (
    NICKNAME_WORDS,
    OWNED_BEFORE_RE,
    LOCATIVE_TAIL_RE,
    CONNECTORS,
    fold,
    PLACE_MODIFIER_ENDINGS,
    LAST_WORD_RE,
    LEADING_PARTICLES_RE,
    PARTICLE_SET,
    PARTY_TAG_RE,
    RUN_RE,
    RUN_TOKEN_RE,
    SENT_END_RE,
    SPACE_CAP_RE,
    WEB_ADDRESS_RE,
    WHO_AFTER_RE,
    after_attribution_like,
)
from .roles import MONTH_NAMES, gerund, named_for_members, people_plural, portfolio_like, split_role_name



PLACE_PREPOSITION_RE = re.compile(r"\b(?:from|in|of|at|to|near|outside|for|by|across)\s+$", re.I)


DATELINE_RE = re.compile(r"\s*[A-Z][A-Z .,'’-]*\s*")


def find_mentions(doc) -> None:
    months_named = _months_named(doc.masked)
    _find_runs(doc, months_named)
    _couples_share_a_family_name(doc, months_named)
    _given_name_from_a_place(doc)
    _a_countrys_bodies(doc)


# A country's body in lower case after its possessive: "Bangladesh's foreign ministry",
# "China's embassy in Bangkok", "Japan's central bank".
COUNTRYS_BODY_RE = re.compile(rf"['\u2019]s((?:\s+[a-z][a-z-]+){{0,2}}?\s+(?:{ORG_NOUNS}|"
                              rf"government|military|army|navy|police|parliament|cabinet|presidency|central bank))\b")


def _a_countrys_bodies(doc) -> None:
    """"Bangladesh's foreign ministry said" is a body of its own, "Bangladesh Foreign
    Ministry", not the last body named before it (f49: a trade group spoke for it)."""
    for p, ms in enumerate(doc.mentions):
        changed = False
        for m in ms:
            if m.kind == "group" and m.possessive and len(m.name) <= 2 and not m.role \
                    and fold(" ".join(m.name)).lower() in PLACES \
                    and (b := COUNTRYS_BODY_RE.match(doc.masked[p], m.end - 2)):
                m.name = [*m.name, *(w.capitalize() for w in b.group(1).split())]
                m.end, m.possessive, m.ent, changed = b.end(), False, "ORG", True
        if changed:
            doc.by_end[p] = {m.end: m for m in ms}


def _given_name_from_a_place(doc) -> None:
    """"Jonas in Little Fork", "Hank from Dorset Hills": a reader or caller named by a given
    name and the place they live, which the capitals would make a person (f51: "Little Fork"
    spoke)."""
    for p, ms in enumerate(doc.mentions):
        for a, b in zip(ms, ms[1:]):
            if a.kind == "single" and not a.role and b.kind == "person" and not b.role \
                    and doc.masked[p][a.end:b.start] in (" in ", " from ") and is_given_name(a.name[0]) \
                    and not is_given_name(b.name[0]):
                b.kind = "group"


def _couples_share_a_family_name(doc, months_named: set[str]) -> None:
    """"Walt and June Pelletier", "Charles and David Koch": the given name before "and"
    shares the family name after (a speaker page "Walt" otherwise) when one of the two given
    names is known as one, unless the word is the family name of someone the article names
    ("Trump and Hillary Clinton") or a word it writes in lower case too ("Judgment and
    Decision Making")."""
    surnames = {fold(m.name[-1]) for ms in doc.mentions for m in ms if m.kind == "person"}
    for p, ms in enumerate(doc.mentions):
        for a, b in zip(ms, ms[1:]):
            # (a plural role before the pair is theirs: "Newlyweds Stacey and Dean Roe", f94)
            word = a.name[0] if a.kind == "single" and len(a.name) == 1 and not a.possessive \
                and (not a.role or a.role[-1].lower().endswith("s")) else ""
            if word and b.kind == "person" and len(b.name) == 2 and not b.role \
                    and doc.masked[p][a.end:b.start] == " and " and fold(word) not in surnames \
                    and word.isalpha() and word[0].isupper() and word[1:].islower() and not doc.in_vocab(word.lower()) \
                    and word.lower() not in COMMON and word.lower() not in TITLES and word.lower() not in ORG_WORDS \
                    and (fold(word) in GIVEN_NAME_GENDER or fold(b.name[0]) in GIVEN_NAME_GENDER or b.name[0] in months_named) \
                    and not PLACE_PREPOSITION_RE.search(doc.masked[p], max(0, a.start - 8), a.start):  # "of Uber and Brian Chesky"
                a.name, a.kind = [word, b.name[-1]], "person"


def _find_runs(doc, months_named: set[str]) -> None:
    for p, text in enumerate(doc.masked):
        starts = [0]
        for m in SENT_END_RE.finditer(text):
            w = LAST_WORD_RE.search(text, max(0, m.start(1) - 24), m.start(1))
            word = w.group(1) if w else ""
            if m.group(1) == "." and is_abbrev(word + "."):
                continue
            starts.append(m.end())
        # a quote ending with . ? ! followed by a capital ends the sentence, unless
        # an attribution follows ("“Why?” Roe asked.")
        for end, qi in doc.quote_at[p].items():
            q = doc.quotes[qi]
            qp, qs, qe = q.last
            inner = doc.paras[qp][qs:qe].rstrip()
            if inner[-1:] in ".?!" and not after_attribution_like(text, end, inner[-1]):
                m = SPACE_CAP_RE.match(text, end)
                if m:
                    starts.append(m.end())
        doc.sent_starts.append(sorted(set(starts)))
        doc.sent_start_set.append(set(doc.sent_starts[-1]))
        ms: list[Mention] = []
        sent_set = doc.sent_start_set[p]
        for start, end in _runs(text, doc.paras[p]):
            run = text[start:end]
            if "'" in run or "\u2018" in run:  # (the nickname is no part of the name: blanked, offsets kept)
                run = NICK_IN_RUN_RE.sub(lambda n: " " * len(n.group(0)), run)
            named_for_month = run.split()[0] in months_named
            if run in COMMON_CAP and not named_for_month or PARTY_TAG_RE.fullmatch(run):
                continue  # "The", "He", "In": the bulk of capitalised words; "R-Utah", "D-N.Y."
            if run in ("Days", "Weeks") and start in sent_set and TIME_AFTER_RE.match(text, end):
                continue  # "Weeks later he wrote:" (family names too, so not common words)
            if text[start - 1:start] == "(" and text[end:end + 1] == ")" and TICKER_RE.fullmatch(run) or (
                    (em := EXCHANGE_RE.search(text, max(0, start - 8), end + 12)) and em.start() < start and end <= em.end()):
                continue  # "Orrin Wexford Inc (OWX.N)", "(NYSE: OWX)": a stock's symbol (f62: a speaker "OWX.N")
            if text[start - 1:start] == "(" and text[end:end + 1] == ")" \
                    and (not text[end + 1:].strip(" .") or DATELINE_RE.fullmatch(text, 0, start - 1)):
                # "... on Tuesday. (Nordic Wire)", "OSLO (Nordic Wire) -": a credit or an
                # agency's dateline fills the brackets (a name in brackets mid-sentence,
                # "candidates like him (Senator Jane Roe)", is still a name)
                continue
            if run.startswith("Class ") and RANK_CLASS_BEFORE_RE.search(text, max(0, start - 8), start):
                run, start = run[6:], start + 6  # "Sgt. 1st Class Jo Roe": the rank's class (f107: "Class Jo Roe")
            lead = LEADING_PARTICLES_RE.search(text, max(0, start - 16), start)
            if lead and start not in sent_set:
                run, start = text[lead.start():end], lead.start()
            # "spokesperson He Yadong": the family name He, not the pronoun, inside a sentence (f49)
            family_he = run.startswith("He ") and start not in sent_set and text[start - 2:start] != ". "
            # "the Alzheimer's Foundation": after "the", a name's possessive is part of a body's name
            the_before = run.startswith("The ") or text[max(0, start - 4):start].lower() == "the "
            plan = _run_plan(run, keep_first=named_for_month or family_he, the_before=the_before)
            if plan:
                _split_run(doc, p, text, start, plan, result=ms, sent_set=sent_set)
                if named_for_month and ms and ms[-1].kind == "none" and ms[-1].name[0] == run.split()[0] \
                        and len(ms[-1].name) <= 3 and not ms[-1].role:
                    ms[-1].kind = "single" if len(ms[-1].name) == 1 else "person"  # "June added": her name
        for m in ms:
            if m.kind == "single" and WEB_ADDRESS_RE.fullmatch(m.name[0]):
                m.kind = "group"  # "ArmsHub.com": a website, a body (it was typed a person)
            elif m.kind in ("person", "single") and EXCHANGE_RE.match(text, m.end + 1):
                m.kind = "group"  # "Karoo Platinum (JSE: KRP)": a listed company (f117: typed a person)
        doc.mentions.append(ms)
        doc.mention_starts.append([m.start for m in ms])
        doc.by_end.append({m.end: m for m in ms})
        doc.by_start.append({m.start: m for m in ms})


def _runs(text: str, original: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised run of `text` (the paragraph with its quotations
    masked); two runs joined by "and" are one when they read as one body's name ("the Food
    and Drug Administration", "the Centers for Disease Control and Prevention"), not as two
    names ("Roe and Smith said"); so are a given name and a family name either side of a
    nickname in quotation marks ('Sen. Christopher "Bong" Go': the nickname is no part)."""
    found = [(m.start(), m.end()) for m in RUN_RE.finditer(text)]
    i = 0
    while i < len(found):
        start, end = found[i]
        while True:
            if i + 1 < len(found) and _one_name_across(text, original, (start, end), found[i + 1]):
                i += 1
            elif i + 1 < len(found) and found[i + 1][0] == end + 2 and (n := NICK_IN_RUN_RE.match(text, end + 1)) \
                    and found[i + 1][1] > n.end() + 1:
                i += 1  # "Harpreet 'Harry' Dhillon": the nickname in single marks runs into the family name (f128)
            else:
                break
            end = found[i][1]
        yield start, end
        i += 1


# A one-word nickname in single marks between a given name and a family name: "Harpreet
# 'Harry' Dhillon" (joined into one run, then blanked from it).
NICK_IN_RUN_RE = re.compile("(?<= )['\u2018][A-Z][\\w-]{1,20}['\u2019](?= [A-Z\u00c0-\u00de])")


def _one_name_across(text: str, original: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Are two runs, and what is between them, one name?"""
    gap, a, b = text[left[1]:right[0]], text[left[0]:left[1]], text[right[0]:right[1]]
    if gap == " & ":
        return not _a_person_named(a) and not _a_person_named(b)  # "Maple & Crumb": one body
    if gap == " and ":
        return _one_body(a, b)
    if gap == " on " and a.split()[-1].lower() in BODIES_ON:
        return True  # "Intergovernmental Panel on Earth Systems" (f60: a speaker "Earth Systems")
    return bool(NICKNAME_RE.fullmatch(original, left[1], right[0])) \
        and a.split()[-1].lower() not in COMMON and b.split()[0].lower() not in COMMON


def _a_person_named(run: str) -> bool:
    """A run that reads as a person's name or title ("Rudy Giuliani", "Sen. Jeff Sessions"),
    which an ampersand does not join into a firm's name."""
    words = run.split()
    low = words[0].lower() if words else ""
    return len(words) >= 2 and (low in TITLES or low in HONORIFICS or low in GIVEN_NAME_GENDER)


# A stock's symbol in brackets, with its exchange or after one: "(OWX.N)", "(NYSE: OWX)".
TIME_AFTER_RE = re.compile(r",?\s+(?:later|earlier|after|before|ago)\b")
TICKER_RE = re.compile(r"[A-Z]{1,6}\.[A-Z]{1,3}")
# "(NYSE)", "(NYSE: OWX)", "(JSE: KRP)", "(XETRA: FMO)": a stock exchange and its symbol
EXCHANGE_RE = re.compile(r"\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE|HKEX|SGX|AMEX|OTC)(?::\s*[A-Z][A-Z.]{0,8})?"
                         r"|[A-Z][A-Za-z]{1,7}:\s*[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,3})?)\)")
# Bodies named for what they work on: "Panel on Climate Change", "Committee on Foreign Relations".
BODIES_ON = {"panel", "committee", "subcommittee", "commission", "council", "conference", "convention", "board",
             "forum", "institute", "centre", "center", "court", "task", "group", "office", "coalition", "alliance"}
# A nickname in quotation marks between a given name and a family name: ' "Bong" ', ' alias
# "Bappa" ' (f124: the name split in two, the nickname its words).
NICKNAME_RE = re.compile(f"\\s(?:(?:alias|aka|a\\.k\\.a\\.)\\s+)?(?:[\"\u201c]{NICKNAME_WORDS}[\"\u201d]"
                         "|['\u2018][A-Z][\\w-]{1,20}(?: [A-Z][\\w-]{1,20})?['\u2019])\\s")  # "Darren 'Dazza' Roe" (f47)


# Countries whose names hold an "and".
AND_COUNTRIES = {"trinidad and tobago", "antigua and barbuda", "bosnia and herzegovina", "saint kitts and nevis",
                 "st kitts and nevis", "turks and caicos", "heard and mcdonald", "wallis and futuna",
                 "saint vincent and the", "st vincent and the", "são tomé and príncipe", "sao tome and principe"}


# Words that end a body's formal name, whatever words come before them: "X and Y Company".
FORMAL_BODY_ENDS = {"company", "corporation", "corp", "co", "inc", "ltd", "plc", "llc", "authority", "commission",
                    "board", "association", "society", "bank", "trust", "institute", "foundation", "agency",
                    "federation", "services", "academy", "council", "college", "union", "guild", "centre", "center",
                    "museum"}


def _one_body(left: str, right: str) -> bool:
    """Do two capitalised runs either side of "and" name one body or one office? Fields of
    work and a body's word after ("Food" and "Drug Administration", "Finance" and "Public
    Administration Committee"), or a body's formal name or a title's portfolio and its last
    field ("Centers for Disease Control" and "Prevention", "Department of Health" and "Human
    Services", "Minister of Information" and "National Orientation")."""
    lw = [w.lower().rstrip(".,") for w in left.split()]
    rw = [w.lower().rstrip(".,") for w in right.split()]
    if f"{lw[-1]} and {rw[0]}" in AND_COUNTRIES:
        return True  # "the Trinidad and Tobago Chamber of Commerce" (f97: a speaker "Chamber")
    if lw[0] in GIVEN_NAME_GENDER or lw[0] in HONORIFICS or lw[0] in TITLES or left.endswith(("’s", "'s")) \
            or any(w.isupper() and len(w) > 1 for w in right.split()):
        return False

    if rw[-1] in FORMAL_BODY_ENDS and len(lw) <= 3 and len(rw) <= 3:
        return True  # "the Kenya Power and Lighting Company" (f135: a speaker page "Company")

    def body(w: str) -> bool:
        return w in ORG_WORDS or w.rstrip("s") in ORG_WORDS

    def field(w: str, after: int) -> bool:
        return w in ORGISH or w in CONNECTORS or portfolio_like(w, after + 2)

    if body(rw[-1]) and all(field(w, 0) or body(w) for w in lw) \
            and all(field(w, 0) or body(w) for w in rw[:-1]):
        return True  # the body's word ends the name
    # a body's formal name, or a title's portfolio ("Minister of Information" and "National
    # Orientation"), and its last field
    if len(rw) <= 2 and any(body(w) for w in lw[:-1]) and any(w in ("of", "for", "on") for w in lw[1:-1]) \
            and rw[-1].endswith("s") and not rw[-1].endswith("ss") and rw[0] not in GIVEN_NAME_GENDER:
        return True  # "the European Council on Refugees" and "Exiles", a body's field in the plural (f138)
    return len(rw) <= 3 and any(body(w) or w in TITLES for w in lw[:-1]) and any(w in ("of", "for") for w in lw) \
        and all(field(w, 0) for w in rw)


def surnames_are_people(doc) -> None:
    """A single word the lists take for a place, a people or a direction ("Cuban", "West",
    "Jordan") is the family name of a person the article named before it: "Mark Cuban ...
    Cuban said" (issue 27: a speaker page "Cuban", typed organisation, beside Mark Cuban's).
    After the recogniser has said which runs are people's names ("the investor Mark Cuban"
    is one). So is a given name of one, not after "in" or "from" ("Jordan Pike ... Jordan,
    meanwhile, appeared unbothered", f71: "he" then went to the country)."""
    seen: set[str] = set()
    given: set[str] = set()
    for p, ms in enumerate(doc.mentions):
        for m in ms:
            if m.kind == "person":
                seen.add(norm_tok(m.name[-1]))
                given.add(norm_tok(m.name[0]))
            elif m.kind in ("group", "none") and len(m.name) == 1 and not m.role and (
                    norm_tok(m.name[0]) in seen or norm_tok(m.name[0]) in given
                    and not LOCATIVE_TAIL_RE.search(doc.masked[p], max(0, m.start - 8), m.start)):
                m.kind = "single"


def _split_run(doc, p: int, text: str, base: int, plan: tuple, *, result: list,
               sent_set: set[int]) -> None:
    for rel, end, toks, lw, name_offs in plan:
        # leading sentence words ("But", "Meanwhile", "Officials") already skipped
        start = base + rel
        if lw is not None and start in sent_set and (doc.in_vocab(lw) or people_plural(lw)):
            continue  # "Analysts said", "Aides say": a common word with a capital
        if len(toks) == 1 and toks[0].lower().rstrip(".") in TITLES and INDEFINITE_BEFORE_RE.search(text, max(0, start - 9), start):
            continue  # "Another MP, from a regional seat, said": someone not named (f54: a speaker page "MP")
        if toks[0] == "Best" and len(toks) >= 2:
            # "Best Original Song:", "Best Actress": an award's category (f48: a speaker page);
            # the name after its "for" is the winner's ("Best Director for Anand Roe", f99)
            f = max((i for i, t in enumerate(toks) if t == "for"), default=-1)
            if not 0 < f < len(toks) - 2:
                continue
            start, toks, name_offs = base + name_offs[f + 1], toks[f + 1:], name_offs[f + 1:]
        if lw is not None and start in sent_set and gerund(lw) and PARTICIPLE_OBJECT_RE.match(text, base + end):
            continue  # "Recording her conclusion, the coroner said": a participle (f47: a speaker "Recording")
        portfolio = ""
        if len(toks) >= 3 and (pm := PORTFOLIO_AND_BEFORE_RE.search(text, max(0, start - 120), start)):
            # "Minister of Water and Irrigation Raed Roe": the portfolio's last field is no part
            # of the name after it, but of the role (f81, f85, f86: "Irrigation Raed Roe", a speaker)
            d = 0
            while len(toks) - d > 2 and (portfolio_like(fold(toks[d]).lower(), len(toks) - d - 1)
                                         or fold(toks[d]).lower() in ORGISH or not is_given_name(toks[d])):
                d += 1
            if d:
                portfolio = text[pm.start():base + name_offs[d]].strip()
                start, toks, name_offs = base + name_offs[d], toks[d:], name_offs[d:]
        before4 = text[start - 4:start] if start >= 4 else text[:start]
        got = split_role_name(toks, before4.lower() == "the ")
        if got is None:
            continue
        role, name, j, kind, possessive = got
        if portfolio and not role:
            role = (portfolio,)
        if kind in ("person", "single") and not role and OWNED_BEFORE_RE.search(text, max(0, start - 7), start):
            kind = "none"  # "she posted on her Instagram Story", "his Facebook page": a thing of theirs (f52)
        if kind in ("person", "single") and not role and before4 == " at ":
            kind = "group"  # "an analyst at Capital Economics": a place of work
        elif kind in ("person", "single") and role and text[base + end:base + end + 1] == "," \
                and SEAT_BEFORE_RE.search(text, start, base + name_offs[j]) \
                and not any(w.lower() in GIVEN_NAME_GENDER for w in name):
            # "Wan Azman Wan Ismail, MP for Bukit Gading, said", "Independent TD for Kerry
            # South, Donncha Roe, said": a role with its seat, of the name beside it
            role, name, j, kind = toks, toks, 0, "none"
        elif kind == "group" and len(name) == 1 and not possessive and WHO_AFTER_RE.match(text, base + end) \
                and not PLACE_PREPOSITION_RE.search(text, max(0, start - 12), start):
            kind = "single"  # '"...," Paris, who used to work on Capitol Hill, said': a person
            # (not "a voter from Manchester, who said": the "who" is the voter)
        if " & " in text[start:base + end] and kind in ("person", "single", "group"):
            # "Maple & Crumb", "Lord & Taylor": a firm's name, the ampersand kept (and in "Stiles
            # & Marrow Government Affairs", f76: the name was "Stiles Marrow Government Affairs");
            # after its kind ("Owner Thistle & Crown Brewery", f94) from its name's first word
            first = base + name_offs[j] if kind == "group" and role else start
            role, name, kind = (role if first != start else ()), tuple(text[first:base + end].split()), "group"
            name_offs, j = (first - base,), 0
        result.append(Mention(p, start, base + end, list(role), list(name), kind,
                               possessive, base + name_offs[j]))


# A portfolio's fields joined by "and" after an office: "Minister of Water and ", "Minister for
# Climate, Energy and ", "Minister for Agriculture, Food and the ".
PORTFOLIO_AND_BEFORE_RE = re.compile(r"\b(?:Minister|Ministry|Secretary|Department|Commissioner)\s+(?:of|for)\s+"
                                     r"[A-Z][^.;:\x01]{0,80}?\s+and\s+(?:the\s+)?$")
INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Oo]ther)\s+$")
# What follows a participle opening a sentence, and never a name's verb: "Recording her
# conclusion,", "Addressing the crowd," (not "Manning said").
PARTICIPLE_OBJECT_RE = re.compile(r"\s+(?:her|his|their|its|the|a|an|this|that|these|those|our|my)\s")


# A seat or see right before the words a run would take for a name: "MP for ", "Bishop of ".
SEAT_BEFORE_RE = re.compile(r"\b(?:for|of)\s+$")


def known_surname(doc, p: int, m: Mention) -> bool:
    """A single name word that is the family name of a person named before it."""
    w = norm_tok(m.name[0])
    for pp in range(p + 1):
        for o in doc.mentions[pp]:
            if pp == p and o.start >= m.start:
                break
            if o.kind == "person" and norm_tok(o.name[-1]) == w:
                return True
    return False


@functools.lru_cache(maxsize=65536)
def _run_groups(run: str, the_before: bool = False) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """Split a capitalised run into name-like groups (offsets relative to the run).
    the_before: the run follows "the" (or opens with "The"), so a possessive opening it
    before a body's word is that body's name ("the Alzheimer's Foundation"): no article
    comes before a person's possessive ("Biden's White House")."""
    if " " not in run:
        w = run[:-1] if run.endswith(".") and not is_abbrev(run) else run
        return () if w.lower() in COMMON else (_group_entry([(0, len(w), w)]),)
    toks = [(t.start(), t.end(), t.group()) for t in RUN_TOKEN_RE.finditer(run)]
    # break the run after sentence-final periods and possessives
    groups: list[list[tuple[int, int, str]]] = [[]]
    # whether a body's word comes later in the run, for each word (one pass from the end)
    body_after, seen = [False] * len(toks), False
    for i in range(len(toks) - 1, -1, -1):
        body_after[i], seen = seen, seen or toks[i][2].lower().rstrip(".,") in ORG_WORDS
    for i, (s, e, w) in enumerate(toks):
        groups[-1].append((s, e, w))
        if w.endswith(".") and not is_abbrev(w):
            groups[-1][-1] = (s, e - 1, w[:-1])
            groups.append([])
        elif ((w.endswith(("’s", "'s")) and len(w) > 2) or (w.endswith(("’", "'")) and len(w) > 2)) \
                and not (body_after[i] and (_common_possessive(w) or i > 0 and toks[i - 1][2].lower() in SAINT_WORDS
                                            or the_before and i == (1 if toks[0][2] == "The" else 0))):
            # (nor a saint's: "St. Bride's Hospital" is one body, not "St. Bride" and "Hospital")
            # "Jones’ lawyer", "Working Class’ Support": a plural possessive or a
            # closing quotation mark ends the name (issue 27: "Smith’" was a name)
            groups.append([])
    out = []
    for g in groups:
        # connectors only inside titles/organisations ("Secretary of State"); a name
        # followed by "to the Pentagon" is two runs
        cur: list[tuple[int, int, str]] = []
        for tok in g:
            lw = tok[2].lower()
            if (lw in CONNECTORS or lw in PARTICLE_SET) and not (not cur and tok[2][:1].isupper()
                                                               and lw in PARTICLE_SET and len(g) > 1):
                # (a capitalised particle opening a name is a given name: "Al Cardenas", "El Roe")
                prev = cur[-1][2].lower() if cur else ""
                if lw in PARTICLE_SET and (cur or tok[0] == 0) and lw not in CONNECTORS:
                    # (at offset 0, a lowercase particle the run was extended back to)
                    cur.append(tok)
                elif cur and (prev in TITLES or prev in ORG_WORDS or prev in ORGISH or lw == "on" and prev in BODIES_ON
                              or lw == "the" and prev in CONNECTORS
                              or _of_compound(prev, lw, g, tok)):
                    cur.append(tok)
                else:
                    if cur:
                        out.append(cur)
                    cur = []
                continue
            cur.append(tok)
        if cur:
            out.append(cur)
    result = []
    for g in out:
        while g and g[-1][2].lower() in CONNECTORS | PARTICLE_SET:
            g = g[:-1]
        if g:
            result.append(_group_entry(g))
    return tuple(result)




def _common_possessive(word: str) -> bool:
    """The possessive of a common noun or a title, which a body's name may hold before its
    body's word ("the Foreign Correspondents' Club", "the Prime Minister's Office", "the
    Central People's Government"); a name's possessive ends the name ("Biden's White
    House"), and so does a closing quotation mark (no "s" before it)."""
    base = word.rstrip("’'")
    plural = word[-1] in "’'" and base[-1:] == "s"
    if base[-2:] in ("’s", "'s"):
        base = base[:-2]
    lw = base.lower()
    return plural and lw not in GIVEN_NAME_GENDER or lw in COMMON or lw in TITLES or lw in ("children", "women", "men")


# Compounds with "of" that are one role word: "Hall of Famer Jane Roe" is no "Famer" (issue 27).
OF_COMPOUNDS = {("hall", "fame"), ("hall", "famer"), ("hall", "famers")}


def _of_compound(prev: str, lw: str, g: list, tok: tuple) -> bool:
    if lw != "of":
        return False
    i = g.index(tok)
    nxt = g[i + 1][2].lower().rstrip(".,") if i + 1 < len(g) else ""
    return (prev, nxt) in OF_COMPOUNDS


def _months_named(paragraphs: list[str]) -> set[str]:
    """Months that are someone's given name in this article: "Walt and June Pelletier",
    "June Roe said" (not "in June Roe said", "May Day", "June 5"). Then "June added" and
    "June, wiping down the counter," are her too."""
    named = set()
    joined = "\n".join(paragraphs)
    for m in MONTH_NAME_RE.finditer(joined):
        before = joined[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lower() in DATE_LEADS or m.group(2).lower() in COMMON:
            continue
        if before and (before[-1].lower().split("-")[-1] in DESCRIPTORS or before[-1].lower() in TITLES):
            named.add(m.group(1))  # "singer-songwriter June Holloway", whoever else the article calls Holloway (f59)
            continue
        if any(w != m.group(1) and w.lower() not in TITLES
               for w in re.findall(rf"\b([A-Z][a-z]+) {m.group(2)}\b", joined)):
            continue  # "a June Trump event" where the article names Donald Trump
        named.add(m.group(1))
    named |= set(RELATIVE_MONTH_RE.findall(joined))  # "His wife, June, says"
    return named


# A rank's class in figures before its capitalised "Class": "Sgt. 1st Class".
RANK_CLASS_BEFORE_RE = re.compile(r"\b(?:1st|2nd|3rd)\s+$")
# A month or a day, then a capitalised word that is no number: a name ("June Pelletier") or
# a date's part ("May Day"), told apart by the word before and the word after.
MONTH_NAME_RE = re.compile(r"\b(April|May|June|August|Sunday|Monday|Friday)\s+([A-Z][a-z]+)\b(?!\s*\d)")
# (days too, given names in Nigeria and elsewhere: "Former captain Sunday Okafor", f113: his
# given name dropped, "Okafor" was the other Okafor and got his words at 0.999)
DATE_LEADS = {"in", "on", "by", "since", "until", "till", "last", "next", "of", "early", "late", "mid", "from",
              "through", "before", "after", "during", "this", "that", "each", "every", "between", "to",
              "around", "throughout", "for", "a", "an", "the"}
# A month that is a relative's given name: "His wife, June, says".
RELATIVE_MONTH_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:wife|husband|daughter|son|sister|brother|mother|"
                               r"father|partner|granddaughter|grandmother|aunt|niece|friend),\s+(April|May|June|August),")


@functools.lru_cache(maxsize=65536)
def _run_plan(run: str, keep_first: bool = False, the_before: bool = False) -> tuple:
    """The groups of a run that may hold a name, as (start of the first non-sentence
    word, end, those words, the lowercase word when it stands alone and is no title
    (else None), start of each of those words), offsets relative to the run. keep_first:
    the run's first word is a name, however common ("June" of "June Roe"). the_before: the
    run follows "the" (or opens with "The")."""
    plan = []
    groups = _run_groups(run, the_before)
    if keep_first and not groups:  # "June said": the name alone
        offs, words, _ = _group_entry([(0, len(run), run)])
        groups = ((offs, words, 0),)
    elif keep_first and groups[0][0][0][0] == 0:
        groups = ((groups[0][0], groups[0][1], 0), *groups[1:])
    for offs, words, k in groups:
        # k leading words are sentence words ("But", "Meanwhile", "Officials")
        if k >= len(words):
            continue
        lw = None
        if k == len(words) - 1:
            lw = words[k].lower()
            if lw in TITLES:
                lw = None
        plan.append((offs[k][0], offs[-1][1], tuple(words[k:]), lw, tuple(o[0] for o in offs[k:])))
    return tuple(plan)


# The last word of a street's name, which a body may be known by ("Downing Street said").
STREET_WORDS = {"street", "square", "road", "avenue", "lane", "place"}
ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"}


def _group_entry(g: list[tuple[int, int, str]]) -> tuple:
    """(offsets, words, number of leading sentence words to skip)."""
    words = tuple(w for _, _, w in g)
    k = 0
    while k < len(words):
        lw = words[k].lower().rstrip(",")
        if lw in HONORIFICS and k + 1 < len(words) and words[k + 1].lower() in MONTH_NAMES:
            break  # "Mrs May": a family name, no month
        if k == 0 and lw == "all" and len(words) >= 3 and any(w.lower().rstrip(".,") in ORG_WORDS for w in words[2:]):
            break  # "All India Motor Transport Congress", "All Progressives Congress": the body's own word (f91)
        if k == 0 and lw in ("opposition", "ruling") and len(words) >= 3 \
                and any(w.lower().rstrip(".,") in ORG_WORDS for w in words[2:]):
            k += 1  # "The Opposition Praja Vikas Congress": what the party is, no word of its name (f91)
            continue
        if k == 0 and lw in ORDINAL_WORDS and len(words) >= 2 and words[-1].lower() in ORG_WORDS:
            break  # "the army's Second Division", "Third Fleet" (f121: a speaker "Division")
        if k == 0 and len(words) == 2 and gerund(lw) and fold(words[1]).lower() in PLACES:
            break  # "Surfing Australia", "Rowing Canada": a sport's national body (f120: a speaker "Australia")
        if k == 0 and len(words) >= 2 and gerund(lw) and (words[-1].lower() in STREET_WORDS or len(words) >= 3 and (
                words[-1].lower().rstrip(".,") in ORG_WORDS or fold(words[-1]).lower() in PLACES)):
            break  # "Downing Street said", "Advertising Standards Canada said" (f149, f150: "Street", "Standards Canada")
        if k <= 1 and lw == "all" and len(words) == k + 2 and words[-1].endswith("s") \
                and words[-1].lower()[:-1] not in NATIONALITIES | PARTY_NOUNS and not people_plural(words[-1].lower()):
            break  # "The All Blacks posted": a team whose name opens with "All" (f140: a speaker "Blacks")
        if k == 0 and named_for_members([w.lower() for w in words]):
            break  # "Engineers Australia", "Doctors Without Borders" (f140: speaker pages "Borders", "Australia")
        if (lw in COMMON and lw not in HONORIFICS) or (lw in HONORIFICS and k == len(words) - 1) \
                or (k == 0 and len(words) > 1 and (gerund(lw) or _adverb(lw))) \
                or (len(words) > k + 1 and lw.endswith(PLACE_MODIFIER_ENDINGS)):  # "Limassol-based Acme"
            k += 1
            continue
        break
    return tuple((s, e) for s, e, _ in g), words, k


# Endings of adverbs ("Interestingly", "Reportedly", "Ultimately"), not of names.
ADVERB_ENDINGS = ("ingly", "edly", "ously", "ively", "ately", "ently", "antly", "fully", "lessly", "ically")


def _adverb(lw: str) -> bool:
    """An adverb opening a run ("Interestingly Blocher said"): no part of the name."""
    return lw.endswith(ADVERB_ENDINGS) and lw not in GIVEN_NAME_GENDER


