"""Mentions: capitalised runs ("Freedonian Finance Minister Jane Roe") split into a role
("Freedonian Finance Minister") and a name ("Jane Roe"), classified as a person, a single
name word, or a place or body; and the name normalisation that compares them."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .document import PARTY_NOUNS, Mention
from .lexicon import (
    GIVEN_NAME_GENDER,
    ABBREV,
    COMMON,
    COMMON_CAP,
    DESCRIPTORS,
    DIRECTIONS,
    HONORIFICS,
    LEAD_WORDS,
    MULTIWORD_ORGS,
    NAMELIKE_DESCRIPTORS,
    NATIONALITIES,
    ORG_WORDS,
    ORGISH,
    PLACES,
    SUFFIXES,
    TITLES,
    WEAK_ORG_WORDS,
    WEATHER_SYSTEMS,
)
from .patterns import (
    PARTY_TAG_RE,
    CONNECTORS,
    HYPHEN_PARTICLES,
    LAST_WORD_RE,
    PARTICLE_SET,
    LEADING_PARTICLES_RE,
    RUN_RE,
    RUN_TOKEN_RE,
    SENT_END_RE,
    SPACE_CAP_RE,
    after_attribution_like,
    fold,
)


# A relative "who" right after a name: a person's ("Paris, who ...").
WHO_AFTER_RE = re.compile(r",\s+who\s")
PLACE_PREPOSITION_RE = re.compile(r"\b(?:from|in|of|at|to|near|outside|for|by|across)\s+$", re.I)
DATELINE_RE = re.compile(r"\s*[A-Z][A-Z .,'’-]*\s*")


def find_mentions(doc) -> None:
    for p, text in enumerate(doc.masked):
        starts = [0]
        for m in SENT_END_RE.finditer(text):
            w = LAST_WORD_RE.search(text, max(0, m.start(1) - 24), m.start(1))
            word = w.group(1) if w else ""
            if m.group(1) == "." and _is_abbrev(word + "."):
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
        for start, end in _runs(text):
            run = text[start:end]
            if run in COMMON_CAP or PARTY_TAG_RE.fullmatch(run):
                continue  # "The", "He", "In": the bulk of capitalised words; "R-Utah", "D-N.Y."
            if text[start - 1:start] == "(" and text[end:end + 1] == ")" \
                    and (not text[end + 1:].strip(" .") or DATELINE_RE.fullmatch(text, 0, start - 1)):
                # "... on Tuesday. (Nordic Wire)", "OSLO (Nordic Wire) -": a credit or an
                # agency's dateline fills the brackets (a name in brackets mid-sentence,
                # "candidates like him (Senator Jane Roe)", is still a name)
                continue
            lead = LEADING_PARTICLES_RE.search(text, max(0, start - 16), start)
            if lead and start not in sent_set:
                run, start = text[lead.start():end], lead.start()
            plan = _run_plan(run)
            if plan:
                _split_run(doc, p, text, start, plan, result=ms, sent_set=sent_set)
        doc.mentions.append(ms)
        doc.mention_starts.append([m.start for m in ms])
        doc.by_end.append({m.end: m for m in ms})
        doc.by_start.append({m.start: m for m in ms})


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised run of `text`; two runs joined by "and" are one
    when they read as one body's name ("the Food and Drug Administration", "the Centers
    for Disease Control and Prevention"), not as two names ("Roe and Smith said")."""
    found = [(m.start(), m.end()) for m in RUN_RE.finditer(text)]
    i = 0
    while i < len(found):
        start, end = found[i]
        while i + 1 < len(found) and text[end:found[i + 1][0]] == " and " \
                and _one_body(text[start:end], text[found[i + 1][0]:found[i + 1][1]]):
            i += 1
            end = found[i][1]
        yield start, end
        i += 1


def _one_body(left: str, right: str) -> bool:
    """Do two capitalised runs either side of "and" name one body or one office? Fields of
    work and a body's word after ("Food" and "Drug Administration", "Finance" and "Public
    Administration Committee"), or a body's formal name or a title's portfolio and its last
    field ("Centers for Disease Control" and "Prevention", "Department of Health" and "Human
    Services", "Minister of Information" and "National Orientation")."""
    lw = [w.lower().rstrip(".,") for w in left.split()]
    rw = [w.lower().rstrip(".,") for w in right.split()]
    if lw[0] in GIVEN_NAME_GENDER or lw[0] in HONORIFICS or lw[0] in TITLES or left.endswith(("’s", "'s")) \
            or any(w.isupper() and len(w) > 1 for w in right.split()):
        return False

    def body(w: str) -> bool:
        return w in ORG_WORDS or w.rstrip("s") in ORG_WORDS

    def field(w: str, after: int) -> bool:
        return w in ORGISH or w in CONNECTORS or _portfolio_like(w, after + 2)

    if body(rw[-1]) and all(field(w, 0) or body(w) for w in lw) \
            and all(field(w, 0) or body(w) for w in rw[:-1]):
        return True  # the body's word ends the name
    # a body's formal name, or a title's portfolio ("Minister of Information" and "National
    # Orientation"), and its last field
    return len(rw) <= 3 and any(body(w) or w in TITLES for w in lw[:-1]) and any(w in ("of", "for") for w in lw) \
        and all(field(w, 0) for w in rw)


def surnames_are_people(doc) -> None:
    """A single word the lists take for a place, a people or a direction ("Cuban", "West",
    "Jordan") is the family name of a person the article named before it: "Mark Cuban ...
    Cuban said" (issue 27: a speaker page "Cuban", typed organisation, beside Mark Cuban's).
    After the recogniser has said which runs are people's names ("the investor Mark Cuban"
    is one)."""
    seen: set[str] = set()
    for ms in doc.mentions:
        for m in ms:
            if m.kind == "person":
                seen.add(norm_tok(m.name[-1]))
            elif m.kind in ("group", "none") and len(m.name) == 1 and not m.role and norm_tok(m.name[0]) in seen:
                m.kind = "single"


def _split_run(doc, p: int, text: str, base: int, plan: tuple, *, result: list,
               sent_set: set[int]) -> None:
    for rel, end, toks, lw, name_offs in plan:
        # leading sentence words ("But", "Meanwhile", "Officials") already skipped
        start = base + rel
        if lw is not None and start in sent_set and (doc.in_vocab(lw) or _people_plural(lw)):
            continue  # "Analysts said", "Aides say": a common word with a capital
        before4 = text[start - 4:start] if start >= 4 else text[:start]
        got = _split_role_name(toks, before4.lower() == "the ")
        if got is None:
            continue
        role, name, j, kind, possessive = got
        if kind in ("person", "single") and not role and before4 == " at ":
            kind = "group"  # "an analyst at Capital Economics": a place of work
        elif kind == "group" and len(name) == 1 and not possessive and WHO_AFTER_RE.match(text, base + end) \
                and not PLACE_PREPOSITION_RE.search(text, max(0, start - 12), start):
            kind = "single"  # '"...," Paris, who used to work on Capitol Hill, said': a person
            # (not "a voter from Manchester, who said": the "who" is the voter)
        result.append(Mention(p, start, base + end, list(role), list(name), kind,
                               possessive, base + name_offs[j]))


# Endings of nouns for people ("comedian", "billionaire", "novelist", "celebrities"): before a
# given name ("Comedian Sarah Roe") such a word is a description, not the first word of a name.
PEOPLE_NOUN_ENDINGS = ("ian", "ist", "aire", "ess", "er", "or", "ant", "ies", "ers", "ors", "ists", "ians")


def _people_noun_like(lw: str) -> bool:
    return lw.endswith(PEOPLE_NOUN_ENDINGS) and lw not in GIVEN_NAME_GENDER


def _plural_of(lw: str, nouns: set[str] | frozenset[str]) -> bool:
    """Is `lw` the plural of one of `nouns` ("aides", "deputies", "senators")? Plurals
    only: a singular may be a family name (Baker, Porter, Carter)."""
    return bool(_singular(lw, nouns))


def _singular(lw: str, nouns: set[str] | frozenset[str]) -> str:
    """The one of `nouns` whose plural `lw` is ("deputies" -> "deputy"), or ""."""
    if not lw.endswith("s") or lw.endswith("ss"):
        return ""
    for stem in (lw[:-3] + "y" if lw.endswith("ies") else "", lw[:-2] if lw.endswith("es") else "", lw[:-1]):
        if stem and stem in nouns:
            return stem
    return ""


@functools.lru_cache(maxsize=4096)
def _people_plural(lw: str) -> bool:
    """The plural of a noun for people ("aides", "advisers"): opening a sentence it is a
    description, not a name, even when the article never writes it in lowercase."""
    return _plural_of(lw, DESCRIPTORS)


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


# --- capitalised runs: groups, role and name, name forms

@functools.lru_cache(maxsize=65536)
def _run_groups(run: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """Split a capitalised run into name-like groups (offsets relative to the run)."""
    if " " not in run:
        w = run[:-1] if run.endswith(".") and not _is_abbrev(run) else run
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
        if w.endswith(".") and not _is_abbrev(w):
            groups[-1][-1] = (s, e - 1, w[:-1])
            groups.append([])
        elif ((w.endswith(("’s", "'s")) and len(w) > 2) or (w.endswith(("’", "'")) and len(w) > 1)) \
                and not (body_after[i] and _common_possessive(w)):
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
                elif cur and (prev in TITLES or prev in ORG_WORDS or prev in ORGISH
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


@functools.lru_cache(maxsize=65536)
def _run_plan(run: str) -> tuple:
    """The groups of a run that may hold a name, as (start of the first non-sentence
    word, end, those words, the lowercase word when it stands alone and is no title
    (else None), start of each of those words), offsets relative to the run."""
    plan = []
    for offs, words, k in _run_groups(run):
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


def _group_entry(g: list[tuple[int, int, str]]) -> tuple:
    """(offsets, words, number of leading sentence words to skip)."""
    words = tuple(w for _, _, w in g)
    k = 0
    while k < len(words):
        lw = words[k].lower().rstrip(",")
        if lw in HONORIFICS and k + 1 < len(words) and words[k + 1].lower() in MONTH_NAMES:
            break  # "Mrs May": a family name, no month
        if lw in COMMON or (lw in HONORIFICS and k == len(words) - 1) \
                or (k == 0 and len(words) > 1 and (_gerund(lw) or _adverb(lw))):
            k += 1
            continue
        break
    return tuple((s, e) for s, e, _ in g), words, k


_ROLE_NOUNS = frozenset(TITLES | PARTY_NOUNS | DESCRIPTORS)


def _role_plural(lw: str) -> bool:
    """The plural of a title, a party's word or a noun for people ("Senators",
    "Republicans", "Lawmakers"): opening a run, it is no part of the name."""
    return _plural_of(lw, _ROLE_NOUNS)


# Endings of adverbs ("Interestingly", "Reportedly", "Ultimately"), not of names.
ADVERB_ENDINGS = ("ingly", "edly", "ously", "ively", "ately", "ently", "antly", "fully", "lessly", "ically")


def _adverb(lw: str) -> bool:
    """An adverb opening a run ("Interestingly Blocher said"): no part of the name."""
    return lw.endswith(ADVERB_ENDINGS) and lw not in GIVEN_NAME_GENDER


def _party_or_plural(lw: str) -> bool:
    """A party's word or a plural noun for people ("Democrat", "Celebrities"): never a
    given name, so a role before one."""
    return lw in PARTY_NOUNS or _role_plural(lw) or _people_plural(lw) or (lw.endswith("ies") and len(lw) > 5)


def _gerund(lw: str) -> bool:
    """A verb in -ing opening a run ("Asserting Clinton", "Celebrating Roe"): a headline's
    or a list's verb, not a given name (those the lists know stay: "Channing", "Sterling")."""
    return lw.endswith("ing") and len(lw) > 5 and lw not in GIVEN_NAME_GENDER and lw not in ROLE_QUALIFIERS


@functools.lru_cache(maxsize=65536)
def _is_name_word(word: str, low: str) -> bool:
    """A word that can be part of a person's name: capitalised or an initial, and no
    title, honorific, connector, place or body word."""
    return (word[:1].isupper() and low not in TITLES and low not in HONORIFICS and low not in CONNECTORS
            and low not in ORGISH and low not in PLACES and low not in ORG_WORDS
            and (_is_initial(low) or not _is_acronym(word)))


def _title_without_name(low: list[str], after_the: bool) -> bool:
    """A capitalised run that is a role and no name:
    - a title alone, written in capitals as much copy outside the US writes it: "the
      President", "the Prime Minister", "the Deputy Foreign Minister" (without "the", one
      word may be a surname: "King said");
    - a title after its constituency ("Lakeshore Centre MP") or after words of a body,
      party, place or office ("Liberal National Committeeman"), with no given name or
      honorific before it ("Billie Jean King", "Mr. King" are names). (A party label,
      "the Kentucky Republican", is left as it was: made a role the same way, it cost a
      wrong speaker on the real dev set.)"""
    last, before = low[-1], low[:-1]
    if last in TITLES and (after_the or before) \
            and all(w in TITLES or w in ROLE_QUALIFIERS or w in ORGISH or w == "prime" for w in low):
        return True
    of_a_body = any(w in ORGISH or w in ORG_WORDS or w in PLACES or w in NATIONALITIES or w in PARTY_NOUNS
                    or w in TITLES for w in before)
    return bool(before) and (last.rstrip(".") in MEMBER_TITLES or last in TITLES and of_a_body) \
        and not any(w in GIVEN_NAME_GENDER or w in HONORIFICS for w in before)


def _split_role_name(tokens: tuple[str, ...], after_the: bool):
    """Split a capitalised run into (role, name, index of the first name token, kind,
    possessive). kind: "person" (given + family name), "single" (one name word),
    "group" (a place or body), "none" (not a name at all)."""
    words = list(_after_credit(tokens))
    if not words:
        return None
    possessive = words[-1].endswith(("’s", "'s"))
    if possessive:
        words[-1] = words[-1][:-2]
    elif words[-1].endswith(("’", "'")) and len(words[-1]) > 1:
        # "Jones’ lawyer": a plural possessive; "Failure’": a closing quote mark. Either
        # way the mark is no part of the name.
        possessive = words[-1][-2:-1].lower() == "s"
        words[-1] = words[-1][:-1]
    low = [w.lower() for w in words]
    if len(low) >= 3 and _post_nominal(low, after_the):
        # "Jane Roe MSP", "Sir Ada Stone MP", "Simon Kealy KC": a member's or an honour's
        # letters after the name are no part of it
        words, low = words[:-1], low[:-1]
    if low[-1] in CREDIT_WORDS:
        return None  # "Getty Images", "Pool Photo": a picture credit
    if 2 <= len(low) <= 3 and low[-2] in WEATHER_SYSTEMS:
        return tuple(words), tuple(words), 0, "none", possessive  # "Storm Ciarán", "Tropical Storm Debby"
    if _title_without_name(low, after_the):
        # The holder is a person named elsewhere (or not). It stays a mention (the
        # reporting patterns read "said <mention>"), of no one.
        return tuple(words), tuple(words), 0, "none", possessive
    h = max((i for i, w in enumerate(low[1:-1], 1) if w in HONORIFICS), default=0)
    if h and not any(w in TITLES for w in low[:h]):
        # "Manhattan-made Mr. Trump": what comes before "Mr." is no name and no role
        words, low = words[h:], low[h:]
    # the role ends at the last title noun that still leaves a name after it
    t = -1
    for i, w in enumerate(low):
        if (w in TITLES or w.split("-")[-1] in TITLES) and i < len(low) - 1:
            t = i
    if len(low) >= 4 and low[0] in ("tan", "puan", "toh") and low[1] in ("sri", "puan"):
        t = max(t, 1)  # "Tan Sri Jane Roe", Malaysian honours ("Tan" alone is a surname)
    while 0 <= t < len(low) - 2 and low[t + 1] == "sri":
        t += 1  # "Dato' Sri Jane Roe" ("Sri" alone may be a given name)
    if t == 0 and len(low) == 2 and low[0] in GIVEN_NAME_GENDER and not after_the:
        t = -1  # "Dean Okoro", "Earl Spencer": a given name that is also a title, then the surname
    if t < 0 and len(low) >= 2 and _role_plural(low[0]):
        t = 0  # "Senators Rubio", "Republicans Jolly": a role, then the name
    if t >= 1 and low[t + 1] in ("of", "to", "for") and _is_name_word(words[t - 1], low[t - 1]) \
            and not _is_acronym(words[t]) and low[t - 1] not in PARTY_NOUNS:  # not "Conservative MP for X"
        # "Peter T. King of New York", "Jane Bishop of Acme": a title word right after a
        # name word is a surname, and the "of ..." after it says where they are from
        words, low = words[:t + 1], low[:t + 1]
        t = max((i for i in range(t - 1) if low[i] in TITLES or low[i].split("-")[-1] in TITLES), default=-1)
    if t < 0 and len(low) >= 3 and low[0].split("-")[-1] in DESCRIPTORS and low[0] not in NAMELIKE_DESCRIPTORS:
        t = 0  # "Striker Jane Roe", "Co-anchor Jane Roe": a description, then the name
    if t < 0 and len(low) >= 3:
        # "Senate Minority Whip Jane Roe": words of a body or office, then a given name
        g = next((i for i in range(1, len(low) - 1) if low[i] in GIVEN_NAME_GENDER), -1)
        # ("Republican Bob Dole": a party's word is a role too, not the name's first word;
        # so is a noun for people, "Comedian Sarah Roe", "Celebrities Julia Roe")
        if g > 0 and any(w in ORGISH or w in ORG_WORDS or w in PLACES or w in NATIONALITIES
                         or w in PARTY_NOUNS or w.split("-")[-1] in DESCRIPTORS
                         or (_is_acronym(words[i]) and not _is_initial(w))  # "Joseph R. Murray II"
                         or _people_noun_like(w)
                         for i, w in enumerate(low[:g])):
            t = g - 1
    if t < 0 and len(low) == 3 and _party_or_plural(low[0]) and all(_is_name_word(w, lw) for w, lw in
                                                                    zip(words[1:], low[1:])):
        t = 0  # "Democrat Zephyr Teachout", "Celebrities Julianne Moore": a given name the lists lack
    role_end = t + 1
    if t >= 0 and role_end < len(low) and low[role_end] in ("of", "to", "for"):
        j = role_end + 1
        while j < len(low) and (low[j] in ORGISH or low[j] in PLACES or _is_acronym(words[j])
                                or low[j] in CONNECTORS or low[j] == "and"
                                or _portfolio_like(low[j], len(low) - j - 1)):
            j += 1
        rest = low[j:]
        if rest and len(rest) <= 2 and all(w in ORGISH or w.endswith(PORTFOLIO_ENDINGS) for w in rest) \
                and not any(w in GIVEN_NAME_GENDER for w in rest):
            # "Minister of Information and National Orientation": the portfolio ends the run
            return tuple(words), tuple(words), 0, "none", possessive
        if j == role_end + 1 == len(low) - 1 and low[j] not in GIVEN_NAME_GENDER:
            # "the Labour MP for Lakeshore", "Archbishop of Canterbury": one word after
            # "for" ends the run: the seat or see of the role, no name
            return tuple(words), tuple(words), 0, "none", possessive
        role_end = j
    role = tuple(w for w in words[:role_end] if w.lower() not in HONORIFICS)  # Mr. is no role
    while role and role[0].lower().rstrip(".,") in AGENCY_WORDS:
        role = role[1:]  # "Reuters Prime Minister": a caption's agency glued to the role (issue 27)
    role = _role_words(role)
    k = role_end
    while k < len(words) and low[k] in HONORIFICS:
        k += 1
    name, name_low = words[k:], low[k:]
    if not name:
        return None
    after_the = after_the and not role
    if len(name_low) >= 2 and name_low[0] in GIVEN_NAME_GENDER:
        # a given name, then names that are also a people, a direction or a place, is a
        # person's ("Mark Cuban", "Marty West", "Jeremy Paris"), unless its last word
        # makes it a place or a body ("Virginia Beach", "Jordan Valley Authority")
        placey = name_low[-1] in ORG_WORDS or name_low[-1] in PLACE_TYPE_WORDS
    else:
        placey = any(w in ORG_WORDS or w in PLACES or w in NATIONALITIES or w in DIRECTIONS for w in name_low)
    weak = after_the and any(w in WEAK_ORG_WORDS for w in name_low)
    if (placey or weak or " ".join(name_low) in MULTIWORD_ORGS
            or (len(name) == 1 and _is_acronym(name[0]) and name_low[0] not in SUFFIXES)):
        # a title before it ("Minister Park Ji-won") makes a person of it unless a
        # place or body word is in the name itself
        if role and not placey:
            kind = "person" if len(name) >= 2 else "single"
        else:
            kind = "group" if not role else "none"
    elif after_the and len(name) >= 2:
        kind = "group"  # "the Coastal Research Institute": people are not "the X Y"
    elif len(name) == 1 and name_low[0] in MONTH_NAMES and (role or k > role_end):
        kind = "single"  # "Mrs Justice May", "Mrs May": a family name after a title, no month
    elif len(name) > 5 or any(w in COMMON and not n.islower() for w, n in zip(name_low, name)):
        # (a particle in lower case is no common word: "Rhun ap Iorwerth")
        kind = "none"
    elif any(_is_acronym(w) and w.lower() not in SUFFIXES and len(w) > 2 for w in name):
        kind = "none"
    elif len([w for w in name_low if w not in SUFFIXES and not _is_initial(w)]) >= 2:
        kind = "person"
    else:
        kind = "single"
    return role, tuple(name), k, kind, possessive


# Endings of the nouns and adjectives that name a ministry's field ("Cooperative Governance",
# "Public Enterprises"), which the portfolio list cannot all hold (not "-al" or "-ies": given
# names end so, "Amal", "Davies").
PORTFOLIO_ENDINGS = ("ity", "ion", "ions", "ment", "ments", "ance", "ence", "ics", "ism", "ure", "ive", "ises")


def _portfolio_like(lw: str, words_after: int) -> bool:
    """After "Minister of": a word of the portfolio, when a name of two words can still follow."""
    return words_after >= 2 and lw.endswith(PORTFOLIO_ENDINGS) and lw not in GIVEN_NAME_GENDER


# Words that qualify a role rather than end a headline before it ("Former Secretary",
# "Acting Director", "Ranking Member").
ROLE_QUALIFIERS = {"former", "acting", "then", "interim", "outgoing", "incoming", "late", "first", "new",
                   "vice", "deputy", "assistant", "chief", "senior", "general", "ruling", "governing",
                   "presiding", "managing", "leading", "founding", "ranking", "sitting", "visiting",
                   "serving", "reigning", "retiring", "commanding", "consulting", "contributing",
                   "supervising", "presumptive", "remaining", "surviving", "striking", "opposing"}
_GLUED_RE = re.compile(r"[a-z][A-Z]{2}|[A-Z]{2}[A-Z][a-z]")  # "BushASSOCIATED", "PRESSOhio"


def _role_words(role: tuple[str, ...]) -> tuple[str, ...]:
    """The role without what a title-case headline or glued page text put before it
    ("Refugees Fleeing President" -> "President", "PRESSOhio Gov." -> "Gov."): it starts
    after the last common word, "-ing" word or words run together; no connector ends it."""
    start = 0
    for i, w in enumerate(role[:-1]):
        low = w.lower().rstrip(".,")
        if (low in COMMON and low not in CONNECTORS and low not in ROLE_QUALIFIERS) or _GLUED_RE.search(w) \
                or (low.endswith("ing") and len(low) > 5 and low not in ROLE_QUALIFIERS):
            start = i + 1
    start = max(start, _after_kicker(role))
    role = role[start:]
    if role and _GLUED_RE.search(role[0]):
        role = role[1:]
    while role and role[-1].lower() in CONNECTORS:
        role = role[:-1]
    if role and role[-1].lower() in COMMON and role[-1].lower() not in TITLES:
        return ()  # "... Crowd Does Not Like": no role word at all
    return role


def role_of_one(role: str) -> str:
    """The role as one person's, or "" when the words do not read as a role: a plural
    is made singular ("Senators Rubio and Cruz": "Senator"); no name's first words
    ("Marcel", "Joseph R."), no phrase cut at a preposition ("a new article in"), no
    lowercase words without a noun for a role ("reports", "the results"), no unknown
    capitalised word alone ("Iron" Mike, "Telling")."""
    words = role.split()
    low = [w.lower().strip(",") for w in words]
    if not words or low[-1] in CONNECTORS or low[-1] in ROLE_END_PREPOSITIONS:
        return ""
    if len(words) == 1:
        one = _singular(low[0], LEAD_WORDS | PARTY_NOUNS)
        if one:
            return words[0][0] + one[1:]
    if any(w in LEAD_WORDS or w.rstrip(".") in LEAD_WORDS or w in PARTY_NOUNS for w in low):
        return role
    if all(w in GIVEN_NAME_GENDER or len(w.rstrip(".")) == 1 for w in low) or not words[0][:1].isupper():
        return ""
    w = low[0].rstrip(".")
    if len(words) > 1 or w in NATIONALITIES or w in PLACES or w in ORGISH or w in ORG_WORDS \
            or _is_acronym(words[0]) or (_people_noun_like(w) and not _gerund(w)):
        return role
    return ""


ROLE_END_PREPOSITIONS = {"in", "at", "on", "by", "from", "with", "about", "as"}


def _after_kicker(role: tuple[str, ...]) -> int:
    """Where the role starts after a headline's kicker in capitals ("DEADLY ISTANBUL
    EXPLOSION Turkish President", "GOP DEBATE STAGE"): a run of two capitalised words
    or more with one of five letters or more. Acronyms ("NRA CEO") are shorter."""
    start, run, long_word = 0, 0, False
    for i, w in enumerate(role):
        bare = w.strip(".,:;")
        if len(bare) >= 2 and bare.isalpha() and bare.isupper():
            run, long_word = run + 1, long_word or len(bare) >= 5
            if run >= 2 and long_word:
                start = i + 1
        else:
            run, long_word = 0, False
    return start


# Last words of a place's name that starts like a given name ("Virginia Beach", "Victoria Falls").
PLACE_TYPE_WORDS = {"beach", "falls", "springs", "island", "islands", "heights", "park", "valley", "city",
                    "county", "river", "lake", "bay", "hills", "harbor", "harbour", "creek", "mountain",
                    "mountains", "point", "port", "ridge", "village", "township", "borough", "coast", "canyon",
                    "forest", "desert", "square", "street", "avenue", "road", "airport", "station", "bridge"}


# Words that end a picture credit ("Getty Images", "Pool Photo") and the agencies'
# words a credit ends with after its slash ("Jane Roe/The Canadian Press").
CREDIT_WORDS = {"images", "photo", "photos", "photograph", "pictures", "photography", "handout"}
CREDIT_TAIL = CREDIT_WORDS | {"press", "wire", "news", "agency", "service", "pool", "file", "getty",
                              "reuters", "afp", "ap", "epa", "xinhua", "tass", "photographer"}
# Months that are family names too.
MONTH_NAMES = {"april", "may", "june", "august"}
# Titles written after a constituency: "Lakeshore Centre MP" is a role, not a name.
MEMBER_TITLES = {"mp", "mpp", "mla", "mha", "mna", "mep", "msp", "ms", "td", "mk"}
# Letters of an honour or a rank at the bar, written after a name only.
HONOUR_LETTERS = {"kc", "qc", "sc", "obe", "mbe", "cbe", "dbe", "kbe", "frs"}


def _post_nominal(low: list[str], after_the: bool) -> bool:
    """A run ending in letters written after a person's name: an honour's or silk's after
    any name ("Simon Kealy KC"); a member's after a name that opens with a given name, an
    honorific or a title ("Jane Roe MSP", "Sir Ada Stone MP"), or after words none of which
    is a place's or a body's and no "the" before ("Anas Sarwar MSP said"), for after a
    constituency they are a role with no name ("the Lakeshore Centre MP", "Burnaby South MP")."""
    last = low[-1].rstrip(".")
    if last in HONOUR_LETTERS:
        return True
    if last not in MEMBER_TITLES:
        return False
    return low[0] in GIVEN_NAME_GENDER or low[0] in HONORIFICS or low[0] in TITLES or not after_the and not any(
        w in PLACES or w in DIRECTIONS or w in PLACE_TYPE_WORDS or w in ORG_WORDS or w in ORGISH
        or w in NATIONALITIES or w in PARTY_NOUNS for w in low[:-1])
# Picture and news agencies that end a caption's credit ("... Reuters", "Getty Images").
AGENCY_WORDS = {"reuters", "afp", "ap", "epa", "xinhua", "tass", "getty", "images", "photo", "photos",
                "pool", "handout", "file"}
_CREDIT_RE = re.compile(r"[^/\s]+/[^/\s]+")


def _after_credit(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens after a photo credit ("Jane Roe/Nordic Wire Foreign Minister Ann Lee"
    -> "Foreign Minister Ann Lee"): a word with a slash between two words is a
    credit's "photographer/agency" (issue 27: credits became people and roles). The
    agency runs to its last agency word within three words of the slash, else to the
    first word of a role (a title, portfolio, place or description) or a given name."""
    c = max((i for i, w in enumerate(tokens) if _CREDIT_RE.fullmatch(w)), default=-1)
    if c < 0:
        return tokens
    rest = tokens[c + 1:]
    low = [w.lower().rstrip(".,") for w in rest]
    tail = max((i for i, w in enumerate(low[:3]) if w in CREDIT_TAIL), default=-1)
    if tail >= 0:
        return rest[tail + 1:]
    k = 0
    while k < len(low) and not (low[k] in TITLES or low[k] in ORGISH or low[k] in PLACES
                                or low[k] in NATIONALITIES or low[k] in DESCRIPTORS
                                or low[k] in GIVEN_NAME_GENDER):
        k += 1
    return rest[k:] if k < len(low) else ()


_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_INITIAL_RE = re.compile(r"[a-z]\.?")


def _is_abbrev(word: str) -> bool:
    w = word.rstrip(".").lower()
    if len(w) == 1 and w.isalpha():
        return True  # an initial: "Jane Q. Roe"
    if "." in w and _DOTTED_RE.fullmatch(w):
        return True  # U.S.
    return w in ABBREV


def _is_initial(w: str) -> bool:
    return len(w) <= 2 and bool(_INITIAL_RE.fullmatch(w))


def _is_acronym(w: str) -> bool:
    return len(w) >= 2 and w.replace(".", "").replace("&", "").replace("/", "").isupper()


@functools.lru_cache(maxsize=65536)
def norm_tok(w: str) -> str:
    return fold(w).replace(".", "").rstrip("’'")


_HYPHEN_PARTICLE_RE = re.compile(rf"^(?:{HYPHEN_PARTICLES})-(?=\w{{2}})")


def family_key(w: str) -> str:
    """A normalised family name without a particle joined by a hyphen: "al-masri" and
    "masri" are one family name (issue 27: a person split in two by the particle)."""
    return _HYPHEN_PARTICLE_RE.sub("", w)


def norm_name(name: list[str]) -> list[str]:
    """Folded name tokens without initials and suffixes: Jane Q. Roe III -> jane roe."""
    return list(norm_name_t(tuple(name)))


@functools.lru_cache(maxsize=65536)
def norm_name_t(name: tuple[str, ...]) -> tuple[str, ...]:
    toks = [norm_tok(w) for w in name]
    keep = [t for t in toks if t not in SUFFIXES and not _is_initial(t) and t]
    return tuple(keep or toks)


def same_full(a: list[str], b: list[str]) -> bool:
    if "".join(a).replace("-", "") == "".join(b).replace("-", ""):
        return True  # Park Ji-won == Park Ji Won
    if len(a) < len(b) and all(w in PARTICLE_SET for w in a[:-1]) and list(b[-len(a):]) == list(a):
        return True  # "von der Leyen" is Ursula von der Leyen: a family name with its particles
    if len(a) == 2 < len(b) and list(b[-2:]) == list(a) and a[0] not in GIVEN_NAME_GENDER:
        return True  # "Eskelsen García" is Lily Eskelsen García: a family name of two words
    if a[-1].replace("-", "") != b[-1].replace("-", "") and family_key(a[-1]) != family_key(b[-1]):
        return False
    return a[0] == b[0]
