"""A deterministic synthetic corpus: N plain-text news articles with a known answer.

    python bench/synth.py N OUT_DIR [--seed 1]

Writes OUT_DIR/<id>.txt (wire copy as the generator meets it: headlines, datelines,
bylines, credit lines, captions, SEE ALSO lines, `date` prefixes or front matter) and
OUT_DIR/truth.json, the ground truth: every synthesised quotation with its article and
the names its speaker may go by (null for scare quotes). Same N and seed, same bytes.

Articles are grouped into stories; each story has a cast of recurring speakers and
organisations and a set of statements that several outlets quote, sometimes with small
wording differences. The cast grows with the archive as a real one does (class Cast): a
few people recur in many stories and are quoted thousands of times in 10,000 articles,
most articles quote a voice or two heard nowhere else and names a few people it does not
quote, most of them new. Names are real given names and surnames of many countries
(Faker's lists, combined at random), some with a middle initial, "Jr.", "Dr." or a title;
some share a surname; a few have transliteration and hyphenation variants. Every quote
uses one of the attribution patterns the extractor handles (said-after, said Name, Name
said:, told, according to, dash, colon, appositive, pronoun, role noun, surname only,
"Mr./Ms./Dr. Surname" in some outlets, over several paragraphs, partial, scare quote,
an organisation "said in a statement"). Places and outlets are invented.
"""
from __future__ import annotations

import argparse
import importlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# --- invented vocabulary -----------------------------------------------------------------

# Real given names and surnames (Faker's lists) of these locales, weighted roughly as an
# English-language archive of world news quotes people from there; a name joins a given name
# and a surname at random, so nobody real is meant. Only one-word names (no "van", no spaces).
NAME_LOCALES = {"en_US": 24, "en_GB": 10, "en_IE": 3, "en_IN": 5, "en_KE": 3, "yo_NG": 2, "de_DE": 6,
                "fr_FR": 6, "es_ES": 4, "es_MX": 4, "it_IT": 4, "pt_BR": 4, "nl_NL": 3, "sv_SE": 3,
                "tr_TR": 3, "id_ID": 2, "hr_HR": 2, "cs_CZ": 2, "fi_FI": 2, "hu_HU": 2}
NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Transliterated speakers: (given spellings, family spellings, pronoun); each outlet has a house style.
TRANSLIT = [
    (["Yevgeniy", "Yevgeny"], ["Dorokhovskiy", "Dorokhovsky"], "he"),
    (["Anastasiya", "Anastasia"], ["Belozerova"], "she"),
    (["Aleksey", "Alexei"], ["Tverdokhlebov"], "he"),
    (["Natalya", "Natalia"], ["Zhuravskaya", "Zhuravskaia"], "she"),
    (["Oleksiy", "Oleksii"], ["Marchenkov"], "he"),
    (["Vasiliy", "Vasily"], ["Kropotkinskiy", "Kropotkinsky"], "he"),
]
# Family name first, hyphenated given name: (family, given spellings, pronoun).
HYPHENATED = [("Seo", ["Min-jun", "Minjun"], "he"), ("Ryu", ["Ha-eun", "Haeun"], "she"),
              ("Baek", ["Do-hyun", "Dohyun"], "he"), ("Tak", ["Seo-yeon", "Seoyeon"], "she")]
# (title before a name, role noun for "the ... said")
TITLES = [("Finance Minister", "finance minister"), ("Interior Minister", "interior minister"),
          ("Harbour Commissioner", "harbour commissioner"), ("Mayor", "mayor"), ("Governor", "governor"),
          ("Senator", "senator"), ("Health Secretary", "health secretary"), ("Ambassador", "ambassador"),
          ("Defence Minister", "defence minister"), ("Trade Minister", "trade minister"),
          ("Energy Secretary", "energy secretary"), ("Labour Minister", "labour minister")]
MENTION_TITLES = [("Councillor", "councillor"), ("Judge", "judge"), ("Bishop", "bishop"),
                  ("Police Chief", "police chief"), ("Professor", "professor"), ("Alderman", "alderman")]
APPOSITIVES = ["an economist at Brightwater Analytics", "the chamber of commerce president",
               "a spokeswoman for the port authority", "a fisheries researcher", "the union's regional organiser",
               "a former harbour pilot", "a member of the river council", "the owner of a ferry company",
               "a lawyer for the residents", "a professor of engineering at Velmont University",
               "a lobbyist for the shipping industry", "the head of the dockworkers' union",
               "a spokesman for the opposition", "a local historian"]
# People quoted once: the voices of a story
VOICES = ["a nurse in {city}", "a shop owner in {city}", "a retired teacher from {city}", "a commuter from {city}",
          "a parent of two in {city}", "a fisherman in {city}", "a student at Velmont University",
          "a taxi driver in {city}", "a pensioner in {city}", "a farmer near {city}", "a volunteer at a food bank"]
# Organisations quoted as speakers
ORGS = ["{surname} Group", "{surname} Bank", "{surname} Foundation", "{surname} Institute", "{city} Port Authority",
        "{city} City Council", "{country} Farmers Union", "{country} Medical Association",
        "{country} Shipping Association", "{surname} Holdings Group"]
# Paragraphs that name someone who is not quoted (the extractor still lists them)
MENTIONS = ["The proposal was first put forward by {who} in {month}.",
            "{who} is expected to attend the next meeting on {day}.",
            "{who} did not respond to a request for comment on {day}.",
            "The report on the {t} was commissioned by {who} last year.",
            "{who} has called for an independent review of the {t}.",
            "Critics, including {who}, have questioned the cost of the {t}."]
# Outlets that refer back to people as "Mr. Roe" / "Ms. Roe" / "Dr. Roe"
HONORIFIC_OUTLETS = {"Northgate Times", "The Lantern", "Tidewater Post"}
COUNTRIES = ["Veloria", "Pellandor", "Ardessa", "Marovia", "Kestrania", "Ostravel"]
CITIES = ["PORT ANSEL", "VELMONT", "CASTERHOLM", "DUNMERE", "ORSKAYA", "LINNFORD", "BRAEVIK", "SALT HOLLOW"]
OUTLETS = [  # (name, curly quote marks?, spelling variant index)
    ("Meridian Wire", True, 0), ("Harbour Courier", True, 1), ("Velorian Press Agency", False, 0),
    ("The Lantern", True, 1), ("Coastline Daily", False, 1), ("Northgate Times", True, 0),
    ("Ardessa Today", True, 1), ("Basin Report", False, 0), ("Tidewater Post", True, 0),
    ("The Evening Beacon", True, 1), ("Riverside Bulletin", False, 1), ("Channel Eight News", True, 0),
]
JOURNALISTS = ["Petra Olmsted", "Garrick Fenn", "Juno Abernathy", "Silas Marchbank", "Odette Cray",
               "Tobias Wrenfield", "Maren Esterhuys", "Caius Delacorte", "Linnea Hartwell", "Ruben Ashdown"]
TOPICS = ["northern bridge", "fuel levy", "harbour dredging", "water ration", "school closures",
          "border crossing", "fishing quota", "rail tunnel", "flood barrier", "grain convoy",
          "power grid", "ferry subsidy", "river treaty", "port strike"]
SUBJECTS = ["We", "The ministry", "Our delegation", "The port", "The government",
            "Our engineers", "The council", "This agreement", "The new terminal", "My office", "The inspectors"]
MODALS = ["will", "cannot", "must", "should", "will not", "may"]
ACTIONS = ["reopen the {t}", "pay for the {t}", "accept these conditions on the {t}", "wait for another report on the {t}",
           "close the {t} to traffic", "raise the money for the {t}", "sign the text on the {t} as written",
           "protect the families near the {t}", "rebuild the {t} from scratch", "delay the {t} again",
           "publish every document about the {t}", "hand the {t} to a private operator"]
TIMES = ["before the winter storms", "this year", "by the end of the month", "without a vote in parliament",
         "under any circumstances", "while the inquiry continues", "next spring", "as long as I hold this office",
         "after the election", "on the terms we were offered", ""]
TAILS = ["That is our position.", "We have said this from the start.", "Nobody should be surprised.",
         "The figures speak for themselves.", "I have told the minister the same thing.",
         "People are tired of promises.", "The families deserve an answer.", "There is no other way.",
         "We will not be rushed.", "Every week of delay costs money."]
ADJ = ["a reckless", "an avoidable", "a costly", "a deliberate", "a shameful", "a long overdue",
       "an unworkable", "a welcome", "a dangerous", "a sensible"]
NOUN = ["provocation", "mistake", "compromise", "gamble", "failure of planning", "step backwards",
        "waste of public money", "act of good faith"]
SCARE = ["green corridor", "grain truce", "harbour reset", "red line", "shadow fleet", "water pact"]
# small edits outlets make to the same statement: (from, to)
EDITS = [(" will not ", " won't "), (" cannot ", " can't "), (" the ", " this "), (" We ", " we "),
         (" every ", " each "), (" again", ""), (" from scratch", "")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FILLER = ["The {body} met on {day} in {city} to discuss the {t}.",
          "About {n} people have been affected by the dispute over the {t}, officials estimate.",
          "The {t} has divided the {body} for months, and no vote is scheduled.",
          "Talks on the {t} resumed on {day} after a two-week pause.",
          "The {body} is expected to publish its findings on the {t} next month.",
          "Shipping through the area fell by {n} percent in the first quarter.",
          "Residents of {city2} have held weekly protests near the {t} since the spring.",
          "Engineers inspected the {t} twice last year and found cracks in two of its supports. "
          "The repairs were postponed because the contract was disputed in court.",
          "The {body} approved an emergency budget of {n} million for the {t} in the autumn, "
          "but most of the money has not yet been spent, according to figures published on {day}.",
          "Traders in {city} say the uncertainty over the {t} has already raised prices. "
          "Several shops near the waterfront have closed since the start of the year, and others "
          "have cut their opening hours."]
BODIES = ["river council", "regional assembly", "harbour board", "cabinet", "audit office", "transport committee"]


@dataclass
class Person:
    given: list[str]  # spellings of the given name (an organisation: its name)
    family: list[str]  # spellings of the family name
    pronoun: str
    title: tuple[str, str] | None = None  # ("Finance Minister", "finance minister") or None
    appositive: str | None = None
    family_first: bool = False
    middle: str = ""  # a middle initial ("F."), printed by outlets of house style 0
    suffix: str = ""  # "Jr.", "III"
    honorific: str = ""  # "Dr.": printed before the name, and "Dr. Roe" for "Roe"
    kind: str = "person"  # or "organisation"

    def name(self, style: int, middle: bool = True) -> str:
        if self.kind == "organisation":
            return self.given[0]
        g, f = self.given[style % len(self.given)], self.family[style % len(self.family)]
        if self.family_first:
            return f"{f} {g}"
        return " ".join(w for w in (g, self.middle if middle and style == 0 else "", f, self.suffix) if w)

    def surname(self, style: int) -> str:
        return self.name(style) if self.kind == "organisation" else self.family[style % len(self.family)]

    def forms(self) -> list[str]:
        return sorted({self.name(s, m) for s in range(4) for m in (True, False)})


class NameList:
    """Name words with their weights (Faker's frequencies where it has them), to draw from."""

    def __init__(self, words):
        pairs = words.items() if isinstance(words, dict) else ((w, 1.0) for w in words)
        kept = {w: float(f) for w, f in pairs if NAME_WORD.fullmatch(w) and w[0].isupper()}
        self.words = list(kept)
        self.cum = list(itertools.accumulate(kept.values()))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.cum)[0]


@dataclass
class Names:
    """The names of one locale, from Faker's lists."""
    female: NameList
    male: NameList
    surnames: NameList

    @classmethod
    def of(cls, locale: str) -> Names:
        p = importlib.import_module(f"faker.providers.person.{locale}").Provider
        return cls(NameList(getattr(p, "first_names_female", None) or p.first_names),
                   NameList(getattr(p, "first_names_male", None) or p.first_names), NameList(p.last_names))


class Cast:
    """Everyone the archive quotes or names, growing as it is written.

    A person or organisation recurs in proportion to how often it appeared so far, and a
    new one comes in with a fixed chance (a Yule-Simon process): new names keep appearing
    at a steady rate, most appear once, and a few appear in a large share of the stories."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.names = [Names.of(locale) for locale in NAME_LOCALES]
        self.name_weights = list(NAME_LOCALES.values())
        self.people: list[Person] = []
        self.taken: set[str] = set()  # no two people with the same name: the truth tells people by name
        self.tickets: dict[str, list[int]] = {"person": [], "organisation": []}  # one per appearance
        for given, family, pron in TRANSLIT:
            self.appear(self.add(Person(given, family, pron)))
        for family, given, pron in HYPHENATED:
            self.appear(self.add(Person(given, [family], pron, family_first=True)))

    def add(self, p: Person, titles: list = TITLES, appositive: str | None = None) -> int:
        """Take p into the cast; a person gets a title before the name or an appositive after it."""
        if p.kind == "organisation":
            pass
        elif appositive:
            p.appositive = appositive
        elif titles and self.rng.random() < 0.3:
            p.title = self.rng.choice(titles)
        else:
            p.appositive = self.rng.choice(APPOSITIVES)
        self.taken.add(p.name(1).casefold())
        self.people.append(p)
        return len(self.people) - 1

    def appear(self, i: int) -> int:
        self.tickets[self.people[i].kind].append(i)
        return i

    def draw(self, kind: str, new: float, titles: list = TITLES) -> int:
        """Someone of that kind for one more appearance: new with chance `new`."""
        if self.tickets[kind] and self.rng.random() >= new:
            return self.appear(self.rng.choice(self.tickets[kind]))
        return self.appear(self.new_person(titles) if kind == "person" else self.new_organisation())

    def new_person(self, titles: list = TITLES, appositive: str | None = None) -> int:
        r = self.rng
        while True:
            names = r.choices(self.names, self.name_weights)[0]
            she = r.random() < 0.5
            p = Person([(names.female if she else names.male).draw(r)], [names.surnames.draw(r)], "she" if she else "he")
            if p.name(1).casefold() not in self.taken:
                break
        roll = r.random()
        p.middle = f"{r.choice('ABCDEFGHJKLMNPRSTW')}." if roll < 0.1 else ""
        p.suffix = r.choice(["Jr.", "III"]) if 0.1 <= roll < 0.12 else ""
        p.honorific = "Dr." if r.random() < 0.06 else ""
        return self.add(p, titles, appositive)

    def new_organisation(self) -> int:
        r = self.rng
        while True:
            surname = r.choices(self.names, self.name_weights)[0].surnames.draw(r)
            name = r.choice(ORGS).format(surname=surname, city=r.choice(CITIES).title(), country=r.choice(COUNTRIES))
            if name.casefold() not in self.taken:
                return self.add(Person([name], [name], "it", kind="organisation"))


@dataclass
class Statement:
    speaker: int  # index into Cast.people
    full: str  # one or two sentences
    partial: str  # a phrase for partial-quote patterns


@dataclass
class Story:
    topic: str
    country: str
    cast: list[int]
    statements: list[Statement] = field(default_factory=list)


def sentence(rng: random.Random, topic: str) -> str:
    action = rng.choice(ACTIONS).format(t=topic)
    time = rng.choice(TIMES)
    return f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {action}{' ' + time if time else ''}."


def make_story(rng: random.Random, cast: Cast, used: set[str]) -> Story:
    topic = rng.choice(TOPICS)
    members: list[int] = []
    for _ in range(rng.randint(3, 5)):  # a few people recur across many stories
        i = cast.draw("person", new=0.3)
        if i not in members:
            members.append(i)
    if rng.random() < 0.6:
        members.append(cast.draw("organisation", new=0.3))
    story = Story(topic, rng.choice(COUNTRIES), members)
    story.statements = [new_statement(rng, story, used) for _ in range(rng.randint(8, 14))]
    return story


def new_statement(rng: random.Random, story: Story, used: set[str], speaker: int | None = None) -> Statement:
    for _attempt in range(20):
        full = sentence(rng, story.topic)
        if rng.random() < 0.4:
            full += " " + rng.choice(TAILS)
        partial = f"{rng.choice(ADJ)} {rng.choice(NOUN)}" + (f" for the {story.topic}" if rng.random() < 0.6 else "")
        if full not in used and partial not in used:
            break
    used.update((full, partial))
    return Statement(rng.choice(story.cast) if speaker is None else speaker, full, partial)


# --- one article ---------------------------------------------------------------------------

class Writer:
    """Builds one article's paragraphs and its ground truth."""

    def __init__(self, rng: random.Random, pool: list[Person], outlet: tuple, story: Story):
        self.rng, self.pool, self.story = rng, pool, story
        self.outlet, self.curly, self.style = outlet
        self.honorifics = self.outlet in HONORIFIC_OUTLETS  # "Mr. Roe said"
        self.paras: list[str] = []
        self.truth: list[dict] = []
        self.introduced: set[int] = set()
        self.titled: set[int] = set()  # introduced with their title before the name
        self.titles: Counter = Counter()  # titles printed before a name: "the mayor" must be one person
        self.last_subject: int | None = None  # who a pronoun would mean now

    def q(self, text: str) -> str:
        return f"\u201c{text}\u201d" if self.curly else f'"{text}"'

    def open_only(self, text: str) -> str:
        return f"\u201c{text}" if self.curly else f'"{text}'

    def add(self, para: str, quotes: list[tuple[str, int | None]]) -> None:
        self.paras.append(para)
        for text, who in quotes:
            self.truth.append({"text": text, "speaker": None if who is None else self.pool[who].name(0),
                               "forms": None if who is None else self.pool[who].forms()})

    def wording(self, st: Statement) -> str:
        text = st.full
        if self.style and self.rng.random() < 0.5:  # house style: a small edit
            frm, to = self.rng.choice(EDITS)
            text = (" " + text).replace(frm, to, 1).strip()
        return text

    def filler(self) -> None:
        r = self.rng
        self.paras.append(r.choice(FILLER).format(
            body=r.choice(BODIES), day=r.choice(WEEKDAYS), city=r.choice(CITIES).title(),
            city2=r.choice(CITIES).title(), t=self.story.topic, n=r.randint(3, 90)))
        self.last_subject = None

    def mention(self, who: int) -> None:
        """A paragraph naming someone who is not quoted in it."""
        r, p = self.rng, self.pool[who]
        if p.title:
            self.titles[p.title] += 1
        self.paras.append(r.choice(MENTIONS).format(
            who=f"{p.title[0]} {p.name(self.style)}" if p.title else p.name(self.style), month=r.choice(MONTH_NAMES),
            day=r.choice(WEEKDAYS), t=self.story.topic))
        self.last_subject = None

    def quote(self, st: Statement) -> None:
        if self.pool[st.speaker].kind == "organisation":
            return self.organisation_quote(st)
        r, p, who = self.rng, self.pool[st.speaker], st.speaker
        nm, sur = p.name(self.style), p.surname(self.style)
        if self.honorifics and p.pronoun in ("he", "she"):
            sur = f"{p.honorific or {'he': 'Mr.', 'she': 'Ms.'}[p.pronoun]} {sur}"
        text = self.wording(st)
        said = text[:-1] + ","  # "... spring." -> "... spring," before an attribution
        if who not in self.introduced:
            self.introduced.add(who)
            intro = f"{p.title[0]} {nm}" if p.title else f"{p.honorific} {nm}" if p.honorific else nm
            apos = f", {p.appositive}," if p.appositive else ""
            pattern = r.choice(["said_colon", "told", "appositive", "partial", "said_after_name", "colon",
                                "according", "multi"])
            if p.title and pattern in ("said_colon", "told", "colon"):
                self.titled.add(who)  # "the finance minister said" can refer back to them
            if p.title:
                self.titles[p.title] += 1
            if pattern == "said_colon":
                self.add(f"{intro} said: {self.q(text)}", [(text, who)])
            elif pattern == "told":
                self.add(f"{intro} told reporters on {r.choice(WEEKDAYS)}, {self.q(text)}", [(text, who)])
            elif pattern == "appositive":
                role = f", {p.appositive}," if p.appositive else f", the {p.title[1]},"
                self.add(f"{nm}{role} said the plan for the {self.story.topic} was {self.q(st.partial + '.')}",
                         [(st.partial + ".", who)])
            elif pattern == "partial":
                self.add(f"{intro}{apos} called the decision {self.q(st.partial)} on {r.choice(WEEKDAYS)}.",
                         [(st.partial, who)])
            elif pattern == "said_after_name":
                role = f", {p.appositive}" if p.appositive else f", the {p.title[1]} of {self.story.country}"
                self.add(f"{self.q(said)} said {nm}{role}.", [(said, who)])
            elif pattern == "colon":
                self.add(f"{intro}: {self.q(text)}", [(text, who)])
            elif pattern == "according":
                lead = p.title[1] + " " if p.title else ""
                self.add(f"The {self.story.topic} plan is {self.q(st.partial + ',')} according to {lead}{nm}.",
                         [(st.partial + ",", who)])
            else:  # one quotation over two paragraphs, the first left open: a quotation per paragraph
                first = sentence(r, self.story.topic)
                self.paras.append(f"{intro}{apos} spoke at length about the {self.story.topic}.")
                self.add(self.open_only(first), [(first, who)])
                self.add(f"{self.q(said)} {p.pronoun} said.", [(said, who)])
        else:
            options = ["said_after", "surname", "dash"]
            if self.last_subject == who:
                options += ["pronoun", "pronoun"]
            if who in self.titled and self.titles[p.title] == 1:
                options.append("role_noun")
            pattern = r.choice(options)
            if pattern == "said_after":
                self.add(f"{self.q(said)} {nm} said.", [(said, who)])
            elif pattern == "surname":
                self.add(f"{self.q(said)} {sur} {r.choice(['said', 'added', 'warned', 'insisted'])}.", [(said, who)])
            elif pattern == "dash":
                self.add(f"{self.q(text)} \u2014 {nm}", [(text, who)])
            elif pattern == "pronoun":
                self.add(f"{self.q(said)} {p.pronoun} added.", [(said, who)])
            else:
                self.add(f"{self.q(said)} the {p.title[1]} said.", [(said, who)])
        self.last_subject = who

    def organisation_quote(self, st: Statement) -> None:
        r, who, name = self.rng, st.speaker, self.pool[st.speaker].name(0)
        text = self.wording(st)
        said = text[:-1] + ","
        if who not in self.introduced and r.random() < 0.6:
            self.add(f"{name} said{r.choice(['', ' in a statement'])}: {self.q(text)}", [(text, who)])
        else:
            self.add(f"{self.q(said)} {name} said{r.choice(['', ' in a statement'])}.", [(said, who)])
        self.introduced.add(who)
        self.last_subject = None

    def scare(self) -> None:
        term = self.rng.choice(SCARE)
        self.add(f"The so-called {self.q(term)} has been in place since the {self.rng.choice(['spring', 'autumn'])}.",
                 [(term, None)])
        self.last_subject = None


def write_article(rng: random.Random, cast: Cast, story: Story, art_id: str, date: str,
                  used: set[str]) -> tuple[str, list]:
    outlet = rng.choice(OUTLETS)
    pool = cast.people
    w = Writer(rng, pool, outlet, story)
    # statements several outlets carry, some only this article has, and the voices of
    # people quoted once (never again: the long tail)
    statements = rng.sample(story.statements, min(len(story.statements), rng.randint(2, 5)))
    statements += [new_statement(rng, story, used) for _ in range(rng.randint(1, 4))]
    for _ in range(rng.choice([0, 1, 1, 2])):
        voice = cast.new_person(appositive=rng.choice(VOICES).format(city=rng.choice(CITIES).title()))
        statements += [new_statement(rng, story, used, speaker=voice) for _ in range(rng.randint(1, 2))]
    rng.shuffle(statements)
    # people and bodies named but not quoted: most of them new to the archive
    mentioned = list(dict.fromkeys(
        cast.draw("organisation", new=0.5) if rng.random() < 0.15 else
        cast.draw("person", new=0.75, titles=MENTION_TITLES) for _ in range(rng.randint(1, 5))))
    # the people quoted, each introduced once; pronouns only right after their own quote
    for i, st in enumerate(statements):
        for _ in range(rng.choice([0, 1, 2, 2, 3, 4])):
            if mentioned and rng.random() < 0.4:
                w.mention(mentioned.pop())
            else:
                w.filler()
        w.quote(st)
        if i == 1 and rng.random() < 0.3:
            w.scare()
        if i == 2 and rng.random() < 0.5:
            w.paras.append(f"SEE ALSO: {story.country} {rng.choice(TOPICS).title()} Row Deepens")
    for who in mentioned:
        w.mention(who)
    w.filler()

    name = outlet[0]
    city = rng.choice(CITIES)
    y, m, d = date.split("-")
    dateline = rng.choice([f"{city} ({name}) - ", f"{city}, {MONTHS[int(m) - 1]} {int(d)} ({name}): ", f"{city} \u2014 "])
    lead_person = pool[statements[0].speaker]
    headline = (f"{story.country} {story.topic.title()} Dispute: {lead_person.surname(outlet[2])} "
                f"Says {rng.choice(['No Deal Yet', 'Talks Continue', 'Plan Stands', 'Vote Delayed'])}")
    authors = rng.sample(JOURNALISTS, rng.randint(1, 2))
    pictured = next((pool[st.speaker] for st in statements if pool[st.speaker].kind == "person"), lead_person)
    caption = f"{pictured.name(outlet[2])} (left) at a news conference in {city.title()} on {rng.choice(WEEKDAYS)}."
    credit = rng.choice([f"(Reporting by {authors[0]}; Editing by {rng.choice(JOURNALISTS)})",
                         f"{rng.choice(JOURNALISTS)} contributed to this report.",
                         f"With reporting by {name}"])
    body = list(w.paras)
    body.insert(min(2, len(body)), caption)
    body.append(credit)
    layout = rng.random()
    if layout < 0.25:  # front matter
        head = (f"---\ntitle: {json.dumps(headline)}\ndate: {date}\noutlet: {json.dumps(name)}\n"
                f"authors: {json.dumps(authors)}\n---\n\n")
        text = head + "\n\n".join(body)
    elif layout < 0.45:  # `date` prefix, no headline: the title comes from the lede
        text = f" date {date} " + body[0] + "\n\n" + "\n\n".join(body[1:])
    else:  # headline, byline, dateline
        body[0] = dateline + body[0]
        lines = [headline, *([f"date {date}"] if layout < 0.85 else []), "By " + " and ".join(authors), *body]
        sep = "\n" if layout > 0.9 else "\n\n"  # some wire copy has one paragraph per line
        text = sep.join(lines)
    return text + "\n", [dict(t, article=art_id) for t in w.truth]


def write_corpus(folder: Path, n: int, seed: int = 1) -> dict:
    """Write n articles and truth.json into folder; returns the truth."""
    rng = random.Random(seed)
    cast = Cast(rng)
    used: set[str] = set()
    stories = [make_story(rng, cast, used) for _ in range(max(1, n // 12))]
    folder.mkdir(parents=True, exist_ok=True)
    truth: list[dict] = []
    for i in range(n):
        story = stories[rng.randrange(len(stories))]
        art_id = f"a{i:05d}-{story.topic.replace(' ', '-')}"
        date = f"2031-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text, quotes = write_article(rng, cast, story, art_id, date, used)
        (folder / f"{art_id}.txt").write_text(text, encoding="utf-8")
        truth.extend(quotes)
    data = {"seed": seed, "articles": n, "quotes": truth}
    (folder / "truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description="Write a synthetic corpus of N articles.")
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    data = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {args.n} articles, {len(data['quotes'])} quotes to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def score(truth: dict, export: dict) -> dict:
    """How much of the truth an export recovers: quotes found (same article, same words)
    and, of those, attributed to the right person (any of their spellings) or to nobody."""
    from generator.model import fold, quote_id

    got: dict[tuple[str, str], list[dict]] = {}
    for q in export["quotes"]:
        got.setdefault((q["article"], q["id"]), []).append(q)
    found = right = 0
    misses: list[dict] = []
    for t in truth["quotes"]:
        cands = got.get((t["article"], quote_id(t["text"])), [])
        if not cands:
            misses.append(dict(t, problem="not found"))
            continue
        found += 1
        forms = {fold(f) for f in t["forms"] or []}
        ok = any((t["forms"] is None and c["speaker"] is None) or
                 (c["speaker"] and forms & {fold(n) for n in [c["speaker"]["name"], *c["speaker"]["aliases"]]})
                 for c in cands)
        right += ok
        if not ok:
            misses.append(dict(t, problem="speaker", got=[c["speaker"] and c["speaker"]["name"] for c in cands]))
    total = len(truth["quotes"]) or 1
    return {"truth": len(truth["quotes"]), "found": found / total, "right": right / total, "misses": misses}
