"""The words the extractor knows: general English news vocabulary, no names.

The long lists live in words/*.txt (one entry per line, # comments), so that they can be
read and extended without reading code; the short ones that only make sense next to the
rule using them stay here.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ..model import fold

WORDS = Path(__file__).parent / "words"


def _load(name: str) -> list[str]:
    lines = (WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


# Upper-case letters of the Latin scripts, for regex classes.
UP = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    c for c in map(chr, range(0x100, 0x250)) if c.isupper()
)

SPEECH = _load("speech_verbs")
CHARACTERISE = _load("characterising_verbs")
PARTICIPLE = _load("participles")
SPEECH_ONLY = set(SPEECH)
# Verbs of a manner of speaking ("laughed", "sighed"): they report only the words right
# before them ('"Q," he laughed'), never words after ('Roe laughed at the idea of a "Q"'),
# so they are no SPEECH verbs (cues.MANNER_RE).
MANNER_VERBS = {"laughed", "chuckled", "sighed", "smiled", "grinned", "sobbed"}
TITLES = set(_load("titles"))
ROLE_NOUNS = "|".join(_load("role_nouns"))  # a regex alternation
ROLE_NOUN_SET = set(_load("role_nouns"))
DESCRIPTORS = set(_load("descriptors"))
ORG_NOUNS = "|".join(_load("org_nouns"))  # a regex alternation
ORGISH = set(_load("portfolio_words"))
ORG_WORDS = set(_load("org_words"))
PLACES = set(_load("places"))
# "oklahoma", "ok" and "okla" -> "oklahoma"; "new york", "ny", "n.y" -> "new york"
US_STATE_OF = {w.replace("_", " "): ln.split()[0].replace("_", " ") for ln in _load("us_states") for w in ln.split()}
NATIONALITIES = set(_load("nationalities"))
COMMON = set(_load("common_words"))
GIVEN_NAME_GENDER = {**{n: "he" for ln in _load("given_names_male") for n in ln.split()},
                     **{n: "she" for ln in _load("given_names_female") for n in ln.split()}}



@functools.cache
def _name_genders():
    import gender_guesser.detector  # loaded once, and only when a given name is not in our lists
    return gender_guesser.detector.Detector(case_sensitive=False)


_GUESSER_GENDER = {"male": "he", "female": "she"}


# Honours opening a name that a name dictionary takes for a woman's given name: "Nana Kwaku
# Boateng II", a chief of either sex (f49: his "he said" went to no one).
EITHER_GENDER_HONOURS = {"nana"}
# Given names that men and women both bear in English-speaking countries, whatever a name
# dictionary says ("Lindsay Roe, the industry's chief executive ... 'Q,' he said": f80, the
# words went to a man two paragraphs before).
EITHER_GENDER_NAMES = {"lindsay", "lindsey", "ashley", "tracy", "tracey", "jackie", "marion", "leslie", "lesley",
                       "kelly", "shannon", "robin", "jamie", "jordan", "courtney", "kerry", "dana", "jody",
                       "aly"}  # ("Supply Minister Aly Roe ... he told": an Egyptian Ali, f86)


@functools.lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """"he" or "she" for a given name almost always a man's or a woman's, else None. Our
    lists first; then gender-guesser's dictionary of about 40,000 given names of many
    countries (Jörg Michael's, with how common each is where), which knows "Corinne" and
    "Rupert" (issue 27: "he said" went to a Corinne). Its answer counts only when it is
    firm over all countries and the United States' own figures do not say the name is
    mostly the other's ("Jean" is a man's in France, mostly a woman's in the US)."""
    w = fold(word).lower()
    if w in EITHER_GENDER_NAMES:
        return None
    if w in GIVEN_NAME_GENDER:
        return GIVEN_NAME_GENDER[w]
    if not w.isalpha() or w in EITHER_GENDER_HONOURS:
        return None
    said = _name_genders().get_gender(w.capitalize())
    if said not in _GUESSER_GENDER:
        return None
    other = "female" if said == "male" else "male"
    in_us = _name_genders().get_gender(w.capitalize(), "usa")  # ("andy" also when it has no US figures)
    return None if in_us in (other, f"mostly_{other}") else _GUESSER_GENDER[said]


# Last words of a place's name that starts like a given name ("Virginia Beach", "Victoria Falls").
PLACE_TYPE_WORDS = {"beach", "falls", "springs", "island", "islands", "heights", "park", "valley", "city",
                    "county", "river", "lake", "bay", "hills", "harbor", "harbour", "creek", "mountain",
                    "mountains", "point", "port", "ridge", "village", "township", "borough", "coast", "canyon",
                    "forest", "desert", "square", "street", "avenue", "road", "airport", "station", "bridge"}


@functools.lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A given name in our lists or in gender-guesser's dictionary, of either gender."""
    w = fold(word).lower()
    if "-" in w and w not in GIVEN_NAME_GENDER:
        return all(part and is_given_name(part) for part in w.split("-"))  # "Ann-Marie", "Jean-Pierre" (f52)
    return w in GIVEN_NAME_GENDER or (w.isalpha() and _name_genders().get_gender(w.capitalize()) != "unknown")


# How a firm's kind ends before its name in a headline: "Carmaker Ridgefield", "Chipmaker X".
FIRM_KIND_ENDINGS = ("maker", "builder", "producer")
# What a firm is, opening its name at a sentence's start: "Carmaker Veltrow Motors",
# "Retailer Dunmore Stores" (never a person's job: not "filmmaker", "producer").
FIRM_KINDS = {"carmaker", "automaker", "chipmaker", "drugmaker", "retailer", "insurer", "lender", "airline",
              "homebuilder", "shipbuilder", "supermarket", "grocer", "broadcaster", "conglomerate",
              "utility", "miner", "telco"}
# Relatives by blood or marriage ("her late husband", "Marchetti's younger brother").
KIN_WORDS = ("husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "grandson",
             "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece",
             "stepson", "stepdaughter", "stepmother", "stepfather", "mum", "mom", "dad")
# Titles' abbreviations and the words they stand for ("Sen." is "senator").
TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
                       "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
                       "capt": "captain", "adm": "admiral", "atty": "attorney", "sec": "secretary",
                       "supt": "superintendent", "prof": "professor", "amb": "ambassador", "rev": "reverend",
                       "insp": "inspector", "cmdr": "commander", "maj": "major", "engr": "engineer",
                       "fr": "father", "brig": "brigadier", "det": "detective", "cpl": "corporal",
                       "msgr": "monsignor", "const": "constable", "dir": "director", "cllr": "councillor", "cr": "councillor", "ald": "alderman",
                       "cdr": "commander", "pcol": "colonel", "pmaj": "major", "pgen": "general"}
# Letters of a member of a legislature, written after a seat or before a name: "Lakeshore
# Centre MP", "Likud MK Jane Roe" ("ms": a Welsh member, written so too).
MEMBER_TITLES = {"mp", "mpp", "mla", "mlc", "mha", "mna", "mca", "mep", "msp", "ms", "td", "mk"}
# A peer's title, which with a family name alone is how the peer is named ("Lord Pennick",
# "Baroness Roe"): part of the name shown where no other name follows it.
PEER_TITLES = {"lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess",
               "marchioness",
               # and the royal and religious titles a single name goes by ("Princess Tamsin", f94;
               # "Pope Francis", "King Charles")
               "king", "queen", "prince", "princess", "pope", "sheikh", "sheikha", "emir", "sultan"}
# A saint's word, which opens a place's or a body's name with the word after it ("St James
# Central", "St. Bride's Hospital").
SAINT_WORDS = {"st", "st.", "saint", "ste", "ste."}
# Titles that are family names as well, or one person's name ("King", "Bishop", "the Pope").
TITLES_ALSO_NAMES = {"king", "bishop", "judge", "major", "marshal", "dean", "chancellor", "knight", "pope", "sheriff",
                     "prince", "earl", "duke", "lord", "lady", "master", "queen", "baron", "count", "abbott", "abbot",
                     "deacon", "parson", "provost", "chamberlain", "steward", "squire", "page", "sergeant", "mayor",
                     "judd", "consul", "regent", "cardinal", "rector", "vicar", "elder", "warden", "sage"}
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss", "mx."}
# descriptions that are also given names or surnames: never split off a name
NAMELIKE_DESCRIPTORS = set("rider driver keeper forward host partner friend son chef".split())
LEAD_WORDS = DESCRIPTORS | TITLES | ROLE_NOUN_SET
# 'Roe, a lawyer for the developer, Acme Holdings, said': the comma-delimited phrases
# between a name opening the sentence and the verb describe that name; each opens
# with one of these words, a digit (an age), or a capital (an appositive that names
# the noun before it). A phrase opening otherwise ("has denied ...") is a predicate.
CHAIN_OPENERS = set(
    "a an the his her their its our one who whose which where of from at with for in on by "
    "speaking now also then formerly once until herself himself".split()
) | LEAD_WORDS
# Words that open an introductory phrase of time or place before a subject ("Last week, Roe,
# the chief, said"): the subject is still the name after it.
TIME_LEADS = set("last this on in at earlier later just when while".split())
CHAIN_LEADS = set("but and yet so still meanwhile however now then also separately earlier later "
                   "today yesterday instead".split())  # not "Like Roe, ...", "Unlike Roe, ..."
# mark an organisation only after "the" or next to a place or another body word.
WEAK_ORG_WORDS = set("hall house park church post bay bridge tower day week guard field green".split())
# Well-known bodies whose words are not body words on their own.
MULTIWORD_ORGS = {"white house", "downing street", "capitol hill", "wall street", "blue house",
                   "red cross", "red crescent", "scotland yard", "lib dem", "lib dems", "sinn fein", "sinn féin",
                   "fine gael", "fianna fail", "fianna fáil", "plaid cymru"}
# A named storm is no one, whatever the recogniser says ("Storm Ciarán ... 'Q,' he said" went
# to the storm).
WEATHER_SYSTEMS = {"storm", "hurricane", "typhoon", "cyclone"}
DIRECTIONS = set("north south east west northern southern eastern western central new upper lower greater".split())
COMMON_CAP = {w.capitalize() for w in COMMON} | {w.upper() for w in COMMON if len(w) == 1}
SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "v"}


def generational_suffix(words: list[str]) -> str:
    """The generational suffix ending a name of three words or more ("jr", "iii"), or "":
    Jane Roe Jr. is not Jane Roe (issue 27: father and son were one speaker)."""
    last = fold(words[-1]).replace(".", "").rstrip("’'") if len(words) > 2 else ""
    return last if last in SUFFIXES else ""
ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "adm", "sen", "rep", "gov",
    "pres", "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "maj", "cmdr", "mt", "ft",
    # titles abbreviated in other countries' copy ("Atty. Ma. Cristina Roe", "Engr.", "Supt.")
    "atty", "engr", "hon", "fr", "brig", "asst", "cpl", "pvt", "msgr", "dir", "cllr", "cr", "ald", "cdr",
    "supt", "insp", "const", "det", "amb", "sec", "pcol", "plt", "pmaj", "pltcol", "pbgen", "pgen", "ma", "smt",
}
PARTICLES = "de|da|di|dela|delos|del|della|der|den|van|von|bin|bint|binti|ibn|al|el|le|la|du|dos|das|do|los|las|ter|ten|zu|y|ap"
# Words that open a family name of several words: "de la Cruz", "van der Berg", Irish "Nic
# Giolla Easpaig", "Ó Loingsigh", "Mac Lochlainn".
SURNAME_PARTICLES = set(PARTICLES.split("|")) - {"y"} | {"nic", "ni", "mac", "mc", "o", "ua", "ui", "abu"}

GENDERED = {
    **{w: "he" for w in "mr mr. sir lord king prince spokesman chairman congressman "
       "assemblyman councilman businessman husband father dad son brother widower "
       "grandfather uncle shri shree".split()},  # not "actor": much copy calls actresses actors too
    **{w: "she" for w in "mrs mrs. ms ms. miss dame lady queen princess spokeswoman "
       "chairwoman congresswoman assemblywoman councilwoman businesswoman wife mother mum mom "
       "daughter sister widow grandmother aunt actress shrimati smt smt. kumari".split()},
}

# Words that may sit between a subject and its verb: "Roe has also said", "Roe later told".
ADV = (
    r"also|later|then|further|again|previously|earlier|once|still|only|even|first|both|"
    r"has|have|had|would|will|could|did|does|do|not|never|just|already|often|repeatedly|"
    r"herself|himself|themselves|itself|too|however|meanwhile|separately|subsequently|"
    r"[a-z]+ly"
)
ADV_SET = set(ADV.split("|")) - {"[a-z]+ly"}


# What a body is, before its name ("Owner Thistle & Crown Brewery", "Operator Aldmoor Rail").
BODY_KIND_ROLES = {"owner", "operator", "developer", "landlord", "parent", "publisher", "insurer", "lender", "retailer",
                   "broadcaster", "regulator", "contractor", "supplier", "promoter", "organiser", "organizer"}

# "Umm" and "Abu" before a child's name: a parent's name by that child (a kunya).
KUNYA_WORDS = {"umm", "um", "abu", "abou"}
