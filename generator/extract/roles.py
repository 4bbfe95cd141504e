"""Roles: a capitalised run split into the role it opens with and the name it ends with
("Freedonian Finance Minister" and "Jane Roe"), and what kind of name that is: a person's,
one name word, a place or body's, or none (a title alone, a storm, a picture credit)."""
from __future__ import annotations

import functools
import re

from .document import PARTY_NOUNS
from .lexicon import (BODY_KIND_ROLES, COMMON, DESCRIPTORS, DIRECTIONS, FIRM_KIND_ENDINGS, FIRM_KINDS, GIVEN_NAME_GENDER,
                      HONORIFICS, KIN_WORDS,
                      LEAD_WORDS, MULTIWORD_ORGS, SAINT_WORDS,
                      MEMBER_TITLES, NAMELIKE_DESCRIPTORS, NATIONALITIES, ORG_WORDS, ORGISH, PLACE_TYPE_WORDS, PLACES,
                      SUFFIXES, ROLE_NOUN_SET, TITLE_ABBREVIATIONS, TITLES, WEAK_ORG_WORDS, WEATHER_SYSTEMS,
                      is_given_name)
from .names import is_acronym, is_initial
from .patterns import CONNECTORS, PARTICLE_SET, fold


# Endings of nouns for people ("comedian", "billionaire", "novelist", "celebrities"): before a
# given name ("Comedian Sarah Roe") such a word is a description, not the first word of a name.
PEOPLE_NOUN_ENDINGS = ("ian", "ist", "aire", "ess", "er", "or", "ant", "ies", "ers", "ors", "ists", "ians")


# Endings of nouns for what someone does ("showrunner", "skipper", "lobbyist").
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "man", "woman")


def _people_noun_like(lw: str) -> bool:
    return lw.endswith(PEOPLE_NOUN_ENDINGS) and lw not in GIVEN_NAME_GENDER


def plural_of(lw: str, nouns: set[str] | frozenset[str]) -> bool:
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


_ROLE_NOUNS = frozenset(TITLES | PARTY_NOUNS | DESCRIPTORS)


def _role_plural(lw: str) -> bool:
    """The plural of a title, a party's word or a noun for people ("Senators",
    "Republicans", "Lawmakers"): opening a run, it is no part of the name."""
    return plural_of(lw, _ROLE_NOUNS)


def _party_or_plural(lw: str) -> bool:
    """A party's word or a plural noun for people ("Democrat", "Celebrities"): never a
    given name, so a role before one."""
    return lw in PARTY_NOUNS or _role_plural(lw) or people_plural(lw) or (lw.endswith("ies") and len(lw) > 5)


# Capitalised particles of Irish and Scottish family names, which name dictionaries also
# list as given names ("Mac", "Ní"): "Máirtín Mac Donncha" has no given name "Mac".
GAELIC_PARTICLES = {"mac", "mc", "ó", "o", "ní", "nic", "ua", "uí", "ui"}


@functools.lru_cache(maxsize=65536)
def _is_name_word(word: str, low: str) -> bool:
    """A word that can be part of a person's name: capitalised or an initial, and no
    title, honorific, connector, place or body word."""
    return (word[:1].isupper() and low not in TITLES and low not in HONORIFICS and low not in CONNECTORS
            and low not in ORGISH and low not in PLACES and low not in ORG_WORDS
            and (is_initial(low) or not is_acronym(word)))


DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i")
# Roles of several words that read as a body's name: "Hall of Famer".
ROLE_COMPOUNDS = {"hall of famer", "hall of famers"}


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
    if " ".join(low) in ROLE_COMPOUNDS:
        return True  # "the Hall of Famer said" (f48: a speaker page "Hall of Famer")
    if after_the and len(low) == 2 and last in TITLES and low[0].endswith(DEMONYM_ENDINGS) and low[0] not in GIVEN_NAME_GENDER:
        return True  # "the Victorian Premier", "the Tasmanian Premier" (f54: a speaker page)
    if last in TITLES and (after_the or before) \
            and all(w in TITLES or w in ROLE_QUALIFIERS or w in ORGISH or w == "prime" for w in low):
        return True
    if after_the and "-" in last and any(part in TITLES for part in last.split("-")) \
            and all(part in TITLES or part in ("in", "at", "of", "elect", "designate") for part in last.split("-")):
        # ("the MLA-elect told reporters", f137: a speaker page "MLA-elect", 0.996)
        return True  # "the Commander-in-Chief said", "the Secretary-General" (f85: a speaker page)
    of_a_body = any(w in ORGISH or w in ORG_WORDS or w in PLACES or w in NATIONALITIES or w in PARTY_NOUNS
                    or w in TITLES for w in before)
    return bool(before) and (last.rstrip(".") in MEMBER_TITLES or last in TITLES and of_a_body) \
        and not any(w in GIVEN_NAME_GENDER or w in HONORIFICS for w in before)


# The honours that may stand before a name and are never part of it: Malaysian and
# Bruneian titles, "Haji", Indian "Shri" and "Smt" ("Smt Kamla Devi"), West African
# "Alhaji" ("Alhaji Yusuf Lanre").
NAME_HONOURS = {"datuk", "dato", "dato'", "dato\u2019", "datin", "tun", "haji", "hajah", "pehin",
                "shri", "shree", "smt", "smt.", "shrimati", "kumari", "thiru", "thiru.", "alhaji", "alhaja",
                # professions written as honours in Pakistani, Kenyan and Nigerian copy: "Barrister Dr
                # Saif Ullah", "Eng Rose Atieno", "Engr. Musa Bello", "Arc. Ada Obi", "Pharm. Ade Ojo" (f49)
                "barrister", "eng", "eng.", "engr", "engr.", "arc.", "pharm", "pharm.",
                # southern and eastern African honours: "Cde" (Comrade), "Gogo" (grandmother),
                # "Mzee" (elder), "Hajji" (f83: glued to names)
                "cde", "cde.", "gogo", "mzee", "hajji", "hajjah",
                "hojatoleslam",  # a Shia cleric's rank ("Hojatoleslam Mojtaba Roe", f86)
                "matua", "whaea",  # Māori for an elder man, woman ("Matua Hemi Roe", f93)
                "ratu"}  # a Fijian chief's ("Ratu Epeli Roe" and the headline's "Ratu Epeli", f97)
# Honours before a name that are no office: those, "Sir", "Dame", "Datuk Seri", "Tan Sri"
# ("Sri" and "Tan" alone may be names too).
HONOURS = NAME_HONOURS | {"sir", "dame", "honourable", "honorable", "hon", "hon.", "rt", "rt.", "right", "seri", "sri",
                          "tan", "puan", "toh", "comrade"}


# A stage name or handle written as one word of several capitals: "TessaTheBrave", "DrossGG".
STAGE_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+")
# The class of a rank: "Sgt. 1st Class", "Airman First Class".
RANK_CLASSES = {"1st", "2nd", "3rd", "first", "second", "third"}


def split_role_name(tokens: tuple[str, ...], after_the: bool):
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
    if low[-1] in CREDIT_WORDS and not (low[-1] == "pictures" and len(low) >= 2 and low[-2] not in CREDIT_TAIL):
        return None  # "Getty Images", "Pool Photo": a picture credit (a studio, "Kestrel Pictures", is a body: f116)
    if 2 <= len(low) <= 3 and low[-2] in WEATHER_SYSTEMS and low[-1] not in ORG_WORDS:  # (not "Hurricane Center")
        return tuple(words), tuple(words), 0, "none", possessive  # "Storm Ciarán", "Tropical Storm Debby"
    if named_for_members(low):
        return (), tuple(words), 0, "group", possessive  # "Nurses United", "Engineers Australia"
    if _title_without_name(low, after_the):
        # The holder is a person named elsewhere (or not). It stays a mention (the
        # reporting patterns read "said <mention>"), of no one.
        return tuple(words), tuple(words), 0, "none", possessive
    h = max((i for i, w in enumerate(low[1:-1], 1) if w in HONORIFICS), default=0)
    if h and not any(w in TITLES or w in ROLE_NOUN_SET for w in low[:h]):
        # "Manhattan-made Mr. Trump": what comes before "Mr." is no name and no role
        words, low = words[h:], low[h:]
    # the role ends at the last title noun that still leaves a name after it
    t = -1
    for i, w in enumerate(low):
        if (w in TITLES or w.split("-")[-1] in TITLES) and i < len(low) - 1 \
                and not (w in PARTICLE_SET and not words[i].isupper()):
            t = i  # (not "Lorenzo Di Santangelo": a particle, where "DI Jane Roe" is an inspector, f81)
    if t >= 0 and low[-1] in ORG_WORDS:
        t = -1  # "Principal Financial Group": a body whose name opens with a title word
    if len(low) >= 4 and low[0] in ("tan", "puan", "toh") and low[1] in ("sri", "puan"):
        t = max(t, 1)  # "Tan Sri Jane Roe", Malaysian honours ("Tan" alone is a surname)
    while 0 <= t < len(low) - 2 and (low[t + 1] == "sri" or low[t + 1] in CAPITAL_TITLES):
        t += 1  # "Dato' Sri Jane Roe" ("Sri" alone may be a given name), "Rev. Elder Jo Roe" (f97)
    if 0 <= t < len(low) - 3 and low[t + 1] in RANK_CLASSES and low[t + 2] == "class":
        t += 2  # "Sgt. 1st Class Jo Roe", "Petty Officer Second Class" (f107: a name "Class Jo Roe")
    if t == 0 and len(low) == 2 and low[0] in GIVEN_NAME_GENDER and not after_the:
        t = -1  # "Dean Okoro", "Earl Spencer": a given name that is also a title, then the surname
    elif t >= 1 and t == len(low) - 2 and low[t] in GIVEN_NAME_GENDER \
            and (low[t - 1] in TITLES or low[t - 1].split("-")[-1] in DESCRIPTORS):
        t -= 1  # "Supervisor Dean Kowalczyk": after another role word, the given name
    if t < 0 and len(low) >= 2 and _role_plural(low[0]) and low[1] not in CONNECTORS \
            and not (after_the and low[-1] in ORG_WORDS):  # (not "the Farmers Defence Force", f127)
        t = 0  # "Senators Rubio", "Republicans Jolly": a role, then the name
    if t >= 1 and low[t + 1] in ("of", "to", "for") and _is_name_word(words[t - 1], low[t - 1]) \
            and not is_acronym(words[t]) and low[t - 1] not in PARTY_NOUNS | NATIONALITIES \
            and not (len(low) - t >= 5 and (is_given_name(words[-2]) or DOTTED_INITIALS_RE.fullmatch(words[-2]))):
        # (not "Carolane Secretary of State Jane Roe": a place the lists lack, the office, then
        # a name of two words; f78: a speaker "Carolane Secretary")
        # (not "Conservative MP for X", "the Catholic Bishop of X")
        # "Peter T. King of New York", "Jane Bishop of Acme": a title word right after a
        # name word is a surname, and the "of ..." after it says where they are from
        words, low = words[:t + 1], low[:t + 1]
        t = max((i for i in range(t - 1) if low[i] in TITLES or low[i].split("-")[-1] in TITLES), default=-1)
    if t < 0 and len(low) >= 3 and (low[0] in DESCRIPTORS or low[0].split("-")[-1] in DESCRIPTORS) and low[1] not in CONNECTORS \
            and (low[0] not in NAMELIKE_DESCRIPTORS or is_given_name(words[1]) and not is_given_name(words[0])):
        # (not "Center for Biological Diversity"; "Host Priya Raghunathan" as "Striker" is, though
        # "host" may be a family name: a given name follows it)
        t = 0  # "Striker Jane Roe", "Co-anchor Jane Roe": a description, then the name
    if t < 0 and len(low) >= 3:
        # "Senate Minority Whip Jane Roe": words of a body or office, then a given name
        # (a given name only the wider dictionary knows, "Kenji", opens a name with no body's
        # word after it: "United Gun Group" has no given name "Gun")
        # (not a particle a dictionary also knows as a given name: "Pieter van Dam", f58)
        # (not right after "of": "Office of Fair Trading" is a body, no "Fair Trading", f80)
        g = next((i for i in range(1, len(low) - 1) if low[i] not in PARTICLE_SET and low[i - 1] not in CONNECTORS
                  and (low[i] in GIVEN_NAME_GENDER
                  or low[i] not in GAELIC_PARTICLES and is_given_name(words[i]))
                  and not any(w in ORG_WORDS or w in ORGISH for w in low[i:])), -1)
        # ("Republican Bob Dole": a party's word is a role too, not the name's first word;
        # so is a noun for people, "Comedian Sarah Roe", "Celebrities Julia Roe")
        # (not a place that is also a given name opening the run: "Francisco Javier Roe", f84)
        if g > 0 and any(w in ORGISH or w in ORG_WORDS or w in NATIONALITIES
                         or w in PLACES and not (i == 0 and w in GIVEN_NAME_GENDER)
                         or w in PARTY_NOUNS or w.split("-")[-1] in DESCRIPTORS
                         or (is_acronym(words[i]) and not is_initial(w))  # "Joseph R. Murray II"
                         # (not a given name a dictionary knows that ends like a noun for
                         # people: "Nicanor Rangel Paredes", f84: a role "Nicanor")
                         or _people_noun_like(w) and not is_given_name(words[i])
                         for i, w in enumerate(low[:g])):
            t = g - 1
    if t < 0 and len(low) >= 3 and (low[0].endswith(AGENT_NOUN_ENDINGS) or low[0] in DESCRIPTORS) \
            and not is_given_name(words[0]) \
            and low[1] not in CONNECTORS and low[1] not in PARTICLE_SET \
            and all(_is_name_word(w, lw) and lw not in COMMON for w, lw in zip(words[1:], low[1:])
                    if lw not in PARTICLE_SET):
        # "Showrunner Kenji Abara", "Skipper Máirtín Mac Donncha", "Wallaby Greg Roe" (a
        # descriptor the lists know, f113): a noun for what someone
        # does, no given name, before a name of two words or more (f48, f47: the role was
        # the name's first word, a second speaker page beside "Kenji Abara")
        t = 0
    if t < 0 and len(low) in (3, 4) and low[0] in ROLE_NOUN_SET and not is_given_name(words[0]) \
            and is_given_name(words[1]) and low[1] not in PARTICLE_SET \
            and all(_is_name_word(w, lw) and lw not in COMMON for w, lw in zip(words[1:], low[1:])):
        t = 0  # "Referee Alun Roe penalised ..." opening a sentence: his job, then his name (f128: a speaker page)
    if t < 0 and len(low) == 3 and (_party_or_plural(low[0]) or is_acronym(words[0]) and not is_initial(low[0])) \
            and all(_is_name_word(w, lw) and lw not in COMMON for w, lw in zip(words[1:], low[1:])):
        # "Democrat Zephyr Teachout", "Celebrities Julianne Moore", "MNA Luc Desrosiers": a
        # given name the lists lack after a party, a plural or a body's or office's capitals
        t = 0
    if t < 0 and len(low) >= 4 and low[-3] in ROLE_NOUN_SET and low[-4] in ORG_WORDS \
            and all(_is_name_word(w, lw) and lw not in COMMON and lw not in ORG_WORDS for w, lw in zip(words[-2:], low[-2:])):
        t = len(low) - 3  # "Trade Union Alliance Convener Prasanna Roe": a body, its office, a name of two (f124: a body)
    if t < 0 and len(low) >= 4:
        # "Progress Singapore Party NCMP Hazeline Poa-Lim": a body's name, then letters for
        # its member's office, then a name of two words or more (f82: a body, the name lost)
        a = next((i for i in range(1, len(low) - 2) if is_acronym(words[i]) and not is_initial(low[i])
                  and (low[i - 1] in ORG_WORDS or len(low) - i == 3)  # ("Treasury CS Dalmas Roe", f118)
                  and not any(w in ORG_WORDS or w in ORGISH for w in low[i + 1:])), -1)
        t = a if a > 0 else t
    if t < 0 and len(low) == 2 and (low[0] in DESCRIPTORS or len(low[0]) > 4 and low[0].endswith(("er", "man"))
                                    or low[0] in PEOPLE_BY_PLACE) and "-" not in words[1] \
            and low[0] not in NAMELIKE_DESCRIPTORS and low[0] not in KIN_WORDS and not is_given_name(words[0]) \
            and (fold(low[1]) in GIVEN_NAME_GENDER
                 or low[0] in DESCRIPTORS and (is_given_name(words[1]) or STAGE_NAME_RE.fullmatch(words[1])
                                               or _is_name_word(words[1], low[1]) and low[1] not in COMMON)):
        # (a given name of our lists, not a family name first: "Ker Li-wen", f87; "Aldmoor Rail", f64;
        # after a noun for people, any dictionary's: "Voter Tamika", f108; or none's: "Resident
        # Mereana", f110: a speaker of that name)
        t = 0  # "Renter Jasmine, a nurse who asked that her surname not be used" (f93: a speaker "Renter Jasmine")
        # ("Tallyman Jimmy, 72", f108)
    if t < 0 and len(low) == 2 and low[0] in KIN_WORDS and low[0] != "son" and fold(low[1]) in GIVEN_NAME_GENDER:
        t = 0  # "Wife Sandra, 58, said" opening a sentence: a relative by her given name (f122: a speaker
        # "Wife Sandra"; not "Son", a family name)
    if t < 0 and len(low) >= 2 and low[0] in CAPITAL_TITLES and low[1] not in CONNECTORS and low[1] not in PARTICLE_SET:
        t = 0  # "Father Rego", "Coronel Edvaldo Roe"
    if t < 0 and len(low) >= 3 and low[0] in SERVICE_MEMBERS and low[1] not in PARTICLE_SET and is_given_name(words[1]):
        t = 0  # "Marine John Roe", a member of the service (not "Marine Le Pen", a given name)
    if t < 0 and len(low) >= 2 and low[0].endswith("-year-old"):
        t = 0  # "Eight-year-old Yusuf" (f69: a speaker page of that name)
    if t < 0 and len(low) == 2 and low[0].endswith(FIRM_KIND_ENDINGS) and not is_given_name(words[0]):
        t = 0  # "Carmaker Ridgefield", "Chipmaker Veltrane" opening a headline: what the firm is (f62: a person)
    if t < 0 and len(low) >= 3 and low[0] in FIRM_KINDS and not is_given_name(words[1]):
        t = 0  # "Carmaker Veltrow Motors", "Retailer Dunmore Stores": what the firm is, then its name
    role_end = t + 1
    if t >= 0 and role_end < len(low) and low[role_end] in ("of", "to", "for"):
        j = role_end + 1
        while j < len(low) and (low[j] in ORGISH or low[j] in PLACES
                                or is_acronym(words[j]) and not (DOTTED_INITIALS_RE.fullmatch(words[j]) and j + 1 < len(low)
                                                                 and all(_is_name_word(w, lw) for w, lw in
                                                                         zip(words[j + 1:], low[j + 1:])))
                                or low[j] in CONNECTORS or low[j] == "and"
                                # a seat's compass point: "MEP for Ireland South Jane Roe" (f81)
                                or low[j] in DIRECTIONS and j > role_end + 1 and len(low) - j > 2
                                # a saint's name opens a place: "Member of Parliament for St James
                                # Central" (f97: a speaker "James Central")
                                or low[j] in SAINT_WORDS or j > role_end + 1 and low[j - 1] in SAINT_WORDS
                                or portfolio_like(low[j], len(low) - j - 1)
                                # "Dean of Students Carol Roe" (f66), "Minister of State for External
                                # Affairs Anjali Roe" (f68): words before a given name that still
                                # leaves a name of two words
                                or j + 2 < len(low) and not is_given_name(words[j])
                                and any(is_given_name(words[x]) for x in range(j + 1, len(low) - 1))):
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
    role = role_words(role)
    honoured = bool(role) and role[-1].lower() in HONOURS
    while role and role[-1].lower() in HONOURS:
        role = role[:-1]  # "Menteri Besar Datuk Seri Ahmad Roe", "Sir Ahmad Roe": an honour is no role
    k = role_end
    while k < len(words) - 1:
        if low[k] in HONORIFICS or low[k] in NAME_HONOURS:
            k += 1  # "Mr.", "Datin Lim Mei Ling", "Dr Hashim Osman"
        elif low[k] in ("tan", "toh", "puan") and low[k + 1] in ("sri", "puan"):
            k += 2  # "Tan Sri Hashim Osman" ("Tan" alone is a family name)
        elif low[k] in ("sri", "seri", "wira", "paduka") and k > 0 and low[k - 1] in NAME_HONOURS | {"tan", "sri", "seri"}:
            k += 1  # "Datuk Seri", "Datuk Wira" ("Sri" alone may be a given name)
        else:
            break
    while k < len(words) and low[k] in HONORIFICS:
        k += 1
    name, name_low = words[k:], low[k:]
    if not name:
        return None
    if len(name) == 1 and re.fullmatch(r"[A-Z]\.?", name[0]) and k > 0 and (len(role) == 1 or low[k - 1] in HONORIFICS):
        # "Witness K", "Officer B", "Mr X": one letter is no name; the word before it makes
        # the name a court gives someone it will not name (f115: a speaker "K" at 0.99)
        return (), (words[k - 1], name[0]), k - 1, "person", possessive
    after_the = after_the and not role and not honoured  # "the Honourable Jane Roe": a person
    if len(name_low) >= 2 and (fold(name_low[0]) in GIVEN_NAME_GENDER or len(name) >= 3 and is_given_name(name[0])
                               and any(w in PARTICLE_SET for w in name_low[1:-1])):
        # ("Luís Albuquerque de Menezes", f81; "Marina Teixeira de Albuquerque", a given name of
        # either gender and a family name with its particle, f133: no person, her words to the
        # minister before)
        # a given name, then names that are also a people, a direction or a place, is a
        # person's ("Mark Cuban", "Marty West", "Jeremy Paris"), unless its last word
        # makes it a place or a body ("Virginia Beach", "Jordan Valley Authority")
        placey = name_low[-1] in ORG_WORDS or name_low[-1] in PLACE_TYPE_WORDS
    elif role and len(name) == 3 and is_given_name(name[0]) and not any(w in PARTICLE_SET for w in name_low[:-1]) \
            and sum(w in PLACES for w in name_low[1:]) <= 1 \
            and not any(is_acronym(w) or w.lower() in COMMON for w in name[1:]):  # (not "America Rising PAC")
        # after a title, a given name and two family names, one of them also a city: "Matías Echeverría
        # Lagos" (f84: the person cut to "Matías Echeverría"), "Filipa Albuquerque Mendes"
        # (f89: no person, her words to a namesake of another article)
        placey = name_low[-1] in ORG_WORDS or name_low[-1] in PLACE_TYPE_WORDS
    else:
        placey = any(w in ORG_WORDS or w in PLACES or w in NATIONALITIES or w in DIRECTIONS
                     # after a title, a given name that is also a city ("Trustee Sofia
                     # Reinholt", f66: no speaker) opens a person's name
                     for w in (name_low[1:] if role and len(name) >= 2 and is_given_name(name[0]) else name_low))
    weak = after_the and any(w in WEAK_ORG_WORDS for w in name_low)
    if (placey or weak or " ".join(name_low) in MULTIWORD_ORGS
            or (len(name) == 1 and is_acronym(name[0]) and name_low[0] not in SUFFIXES)):
        # a title before it ("Minister Park Ji-won") makes a person of it unless a
        # place or body word is in the name itself
        if role and not placey:
            kind = "person" if len(name) >= 2 else "single"
        else:
            # (a body's kind before its name is no title: "Owner Thistle & Crown Brewery", f94)
            kind = "group" if not role or len(role) == 1 and (role[0].lower() in BODY_KIND_ROLES
                                                              or role[0].lower().endswith(FIRM_KIND_ENDINGS)) else "none"
    elif after_the and len(name) >= 2:
        kind = "group"  # "the Coastal Research Institute": people are not "the X Y"
    elif len(name) == 1 and name_low[0] in MONTH_NAMES and (role or k > role_end):
        kind = "single"  # "Mrs Justice May", "Mrs May": a family name after a title, no month
    elif len(name) > 5 or any(w in COMMON and not n.islower() for w, n in zip(name_low, name)):
        # (a particle in lower case is no common word: "Rhun ap Iorwerth")
        kind = "none"
    elif any(is_acronym(w) and w.lower() not in SUFFIXES and len(w) > 2 and not DOTTED_INITIALS_RE.fullmatch(w)
             for w in name):
        kind = "none"
    elif len([w for w in name_low if w not in SUFFIXES and not is_initial(w)]) >= 2 \
            or len(name) >= 2 and is_initial(name_low[0]) and not is_initial(name_low[-1]):
        kind = "person"  # (and "F. X. Menezes": initials, then the family name, f64)
    else:
        kind = "single"
    if kind in ("person", "single") and len(role) == 1 and role[0].lower() in FIRM_KINDS and not is_given_name(name[0]):
        kind = "group"  # ("Retailer Dunmore Stores": no person's job)
    return role, tuple(name), k, kind, possessive


# Endings of the nouns and adjectives that name a ministry's field ("Cooperative Governance",
# "Public Enterprises"), which the portfolio list cannot all hold (not "-al" or "-ies": given
# names end so, "Amal", "Davies").
PORTFOLIO_ENDINGS = ("ity", "ion", "ions", "ment", "ments", "ance", "ence", "ics", "ism", "ure", "ive", "ises", "ology",
                     "ography")  # (a science: "Institute of Volcanology and Seismology", f110)


def portfolio_like(lw: str, words_after: int) -> bool:
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


# Common words that name the office a title heads: "Police Chief", "Fire Commissioner".
OFFICE_WORDS = {"police", "fire", "party", "city", "county", "state", "school", "army", "navy", "border", "health",
                "finance", "foreign", "interior", "justice", "trade", "home", "education", "transport", "energy",
                "environment", "agriculture", "team", "club", "union", "campaign", "press", "court", "election"}


# A name's initials written with full stops: "T.R.B.", "V.D." ("T.R.B. Roe": f82, they were
# read as the end of the role before them).
DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,4}")
# A member of a service named before a name: "Marine John Roe", "Ranger Jane Doe".
SERVICE_MEMBERS = {"marine", "ranger", "seal", "airman", "guardsman"}
# Nouns for people by where they are or what they use, no ending of an agent's: "Patient
# Rosa", "Tenant Marie" (a first name the article gives alone after them).
PEOPLE_BY_PLACE = {"patient", "tenant", "resident", "parent", "pupil", "student", "client", "customer"}
# Words that are a title only capitalised before a name (in lower case a relative or a
# word): a priest ("Father Rego", "Padre Roe", "Fray Roe") and other languages' ranks
# ("Coronel Edvaldo Roe", f89: the title glued to the name, "Father Rego" a second person).
CAPITAL_TITLES = {"father", "padre", "fray", "coronel", "capitão", "capitán", "comandante",
                  "elder"}  # a church's ("Elder Kerisiano Roe", f97)


def role_words(role: tuple[str, ...]) -> tuple[str, ...]:
    """The role without what a title-case headline or glued page text put before it
    ("Refugees Fleeing President" -> "President", "PRESSOhio Gov." -> "Gov."): it starts
    after the last common word, "-ing" word or words run together; no connector ends it."""
    start = 0
    for i, w in enumerate(role[:-1]):
        low = w.lower().rstrip(".,")
        if low in OFFICE_WORDS and role[i + 1].lower().rstrip(".,") in TITLES:
            continue  # "Fairbank Police Chief", "Party Leader": the office the title heads
        if (low in COMMON and low not in CONNECTORS and low not in ROLE_QUALIFIERS) or _GLUED_RE.search(w) \
                or (low.endswith("ing") and len(low) > 5 and low not in ROLE_QUALIFIERS):
            start = i + 1
    start = max(start, _after_kicker(role))
    role = role[start:]
    if role and _GLUED_RE.search(role[0]):
        role = role[1:]
    while role and role[-1].lower() in CONNECTORS:
        role = role[:-1]
    if role and role[-1].lower() in COMMON and not any(w.lower().rstrip(".,") in TITLES for w in role):
        return ()  # "... Crowd Does Not Like": no role word at all ("Superintendent of Police" has one)
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
            or is_acronym(words[0]) or (_people_noun_like(w) and not gerund(w)):
        return role
    return ""


ROLE_END_PREPOSITIONS = {"in", "at", "on", "by", "from", "with", "about", "as"}


def distinct_roles(roles: list[str]) -> list[str]:
    """The roles an article gives one person as a reader is shown them, each once: not
    "The chief; the campaign chief; the chief" (a sentence's capital, and a role a longer
    one holds, "campaign chief") nor "Adm.; Admiral" (the full word kept)."""
    def key(role: str) -> tuple[str, ...]:
        words = [w.strip(".,") for w in fold(role).lower().split()]
        words = words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
        return tuple(TITLE_ABBREVIATIONS.get(w, w) for w in words if w)

    def shown(role: str) -> str:  # a sentence's "The" is no part of the role
        return "the" + role[3:] if role.startswith("The ") else role

    keys = [key(r) for r in roles]
    best: dict[tuple[str, ...], str] = {}
    for role, k in zip(roles, keys):
        if k and (k not in best or "." in best[k] and "." not in role):
            best[k] = shown(role)
    def holds(longer: tuple[str, ...], k: tuple[str, ...]) -> bool:  # not "campaign for president"
        return len(longer) > len(k) and longer[-len(k):] == k and longer[-len(k) - 1] not in ROLE_LINKS

    return [best[k] for k in dict.fromkeys(keys) if k in best and not any(holds(o, k) for o in best)]


ROLE_LINKS = {"for", "of", "to", "in", "at", "on", "with", "by", "and", "or"}


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


# Words that end a picture credit ("Getty Images", "Pool Photo") and the agencies'
# words a credit ends with after its slash ("Jane Roe/The Canadian Press").
CREDIT_WORDS = {"images", "photo", "photos", "photograph", "pictures", "photography", "handout"}


CREDIT_TAIL = CREDIT_WORDS | {"press", "wire", "news", "agency", "service", "pool", "file", "getty",
                              "reuters", "afp", "ap", "epa", "xinhua", "tass", "photographer"}


# Months that are family names too.
MONTH_NAMES = {"april", "may", "june", "august"}




# Letters of an honour or a rank at the bar, written after a name only.
HONOUR_LETTERS = {"kc", "qc", "sc", "san", "obe", "mbe", "cbe", "dbe", "kbe", "frs", "phd",  # (san: a Senior Advocate of Nigeria, f155)
                  "ias", "ips", "ifs"}  # (and an Indian civil service's: "Jane Roe IAS", f124)


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
    return low[0] in GIVEN_NAME_GENDER or low[0] in HONORIFICS or low[0] in TITLES or low[0] in HONOURS \
        or not after_the and not any(
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


@functools.lru_cache(maxsize=4096)
def people_plural(lw: str) -> bool:
    """The plural of a noun for people ("aides", "advisers"): opening a sentence it is a
    description, not a name, even when the article never writes it in lowercase."""
    return plural_of(lw, DESCRIPTORS) or lw.endswith("men") and len(lw) > 6 and lw not in GIVEN_NAME_GENDER  # "Fishermen"


def named_for_members(low: list[str]) -> bool:
    """A body named for its members: their plural, then a place or a body's word
    ("Engineers Australia", "Nurses United", "Doctors Without Borders"), not a role before
    a name ("Senators Rubio and Cruz")."""
    return len(low) >= 2 and people_plural(low[0]) and (
        low[-1] in ORG_WORDS or all(fold(w) in PLACES for w in low[1:]) or low[1] in ("without", "against", "across"))


def gerund(lw: str) -> bool:
    """A verb in -ing opening a run ("Asserting Clinton", "Celebrating Roe"): a headline's
    or a list's verb, not a given name (those the lists know stay: "Channing", "Sterling")."""
    return lw.endswith("ing") and len(lw) > 5 and lw not in GIVEN_NAME_GENDER and lw not in ROLE_QUALIFIERS \
        and "-" not in lw  # (not "Mei-Ling", f53)
