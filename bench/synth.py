"""A deterministic synthetic corpus: N plain-text news articles with a known answer.

    python bench/synth.py N OUT_DIR [--seed 1]

Writes OUT_DIR/<id>.txt (wire copy as the generator meets it: headlines, datelines,
bylines, credit lines, captions, SEE ALSO lines, `date` prefixes or front matter) and
OUT_DIR/truth.json, the ground truth: every synthesised quotation with its article and
the names its speaker may go by (null for scare quotes). Same N and seed, same bytes.

Articles are grouped into stories; each story has a cast drawn from a pool of recurring
invented speakers (roles, transliteration and hyphenation variants) and a set of
statements that several outlets quote, sometimes with small wording differences.
Every quote uses one of the attribution patterns the extractor handles (said-after,
said Name, Name said:, told, according to, dash, colon, appositive, pronoun, role
noun, surname only, over several paragraphs, partial, scare quote). All names and
places are invented.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.resolve import _tokens, same_person  # noqa: E402  (only to keep the cast unambiguous)

# --- invented vocabulary -----------------------------------------------------------------

GIVEN_F = ["Brigida", "Dagny", "Faustina", "Halina", "Jorunn", "Liesel", "Marisol", "Oriane", "Saskia",
           "Thessaly", "Valka", "Wilhelmina", "Ysolde", "Agathe", "Cosima", "Elsabet", "Ilsa", "Nerys"]
GIVEN_M = ["Ansel", "Corvin", "Elio", "Gideon", "Ivo", "Kasimir", "Matthias", "Osric", "Quillon", "Rainer",
           "Teodor", "Ulrich", "Wendell", "Bastien", "Dorian", "Florin", "Hallvard", "Lorcan"]
FAMILY_HEAD = ["Vard", "Orsk", "Tamb", "Kest", "Brun", "Delv", "Hask", "Ivel", "Jost", "Lorn", "Nesb",
               "Quar", "Rusk", "Sand", "Tirr", "Wex", "Yarb", "Zell", "Abern", "Cald", "Eskel", "Grom",
               "Holt", "Mir", "Plov"]
FAMILY_TAIL = ["ani", "ovic", "enko", "strom", "ardt", "ley", "ez", "ola", "inger", "wick", "mont", "ashi"]
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
APPOSITIVES = ["an economist at Brightwater Analytics", "the chamber of commerce president",
               "a spokeswoman for the port authority", "a fisheries researcher", "the union's regional organiser",
               "a former harbour pilot", "a member of the river council", "the owner of a ferry company"]
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
    given: list[str]  # spellings of the given name
    family: list[str]  # spellings of the family name
    pronoun: str
    title: tuple[str, str] | None  # ("Finance Minister", "finance minister") or None
    appositive: str | None
    family_first: bool = False

    def name(self, style: int) -> str:
        g, f = self.given[style % len(self.given)], self.family[style % len(self.family)]
        return f"{f} {g}" if self.family_first else f"{g} {f}"

    def surname(self, style: int) -> str:
        return self.family[style % len(self.family)]

    def forms(self) -> list[str]:
        return sorted({self.name(s) for s in range(4)})


@dataclass
class Statement:
    speaker: int  # index into the cast pool
    full: str  # one or two sentences
    partial: str  # a phrase for partial-quote patterns


@dataclass
class Story:
    topic: str
    country: str
    cast: list[int]
    statements: list[Statement] = field(default_factory=list)


def make_pool(rng: random.Random, size: int) -> list[Person]:
    pool: list[Person] = []
    titles = list(TITLES)
    rng.shuffle(titles)
    for given, family, pron in TRANSLIT:
        pool.append(Person(given, family, pron, None, None))
    for family, given, pron in HYPHENATED:
        pool.append(Person(given, [family], pron, None, None, family_first=True))
    while len(pool) < size:
        she = rng.random() < 0.5
        given = rng.choice(GIVEN_F if she else GIVEN_M)
        family = rng.choice(FAMILY_HEAD) + rng.choice(FAMILY_TAIL)
        cand = Person([given], [family], "she" if she else "he", None, None)
        # no two people the resolver could take for one, and unique surnames
        if any(same_person(_tokens(cand.name(0)), _tokens(p.name(s))) or family in p.family
               for p in pool for s in range(2)):
            continue
        pool.append(cand)
    for i, p in enumerate(pool):  # every title held by one person; the rest get an appositive
        if i < len(titles):
            p.title = titles[i]
        else:
            p.appositive = APPOSITIVES[i % len(APPOSITIVES)]
    rng.shuffle(pool)
    return pool


def sentence(rng: random.Random, topic: str) -> str:
    action = rng.choice(ACTIONS).format(t=topic)
    time = rng.choice(TIMES)
    return f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {action}{' ' + time if time else ''}."


def make_story(rng: random.Random, pool: list[Person], used: set[str], weights: list[float]) -> Story:
    topic = rng.choice(TOPICS)
    cast: list[int] = []
    while len(cast) < rng.randint(3, 5):  # a few people recur across many stories
        i = rng.choices(range(len(pool)), weights)[0]
        if i not in cast:
            cast.append(i)
    story = Story(topic, rng.choice(COUNTRIES), cast)
    story.statements = [new_statement(rng, story, used) for _ in range(rng.randint(8, 14))]
    return story


def new_statement(rng: random.Random, story: Story, used: set[str]) -> Statement:
    for _attempt in range(20):
        full = sentence(rng, story.topic)
        if rng.random() < 0.4:
            full += " " + rng.choice(TAILS)
        partial = f"{rng.choice(ADJ)} {rng.choice(NOUN)}" + (f" for the {story.topic}" if rng.random() < 0.6 else "")
        if full not in used and partial not in used:
            break
    used.update((full, partial))
    return Statement(rng.choice(story.cast), full, partial)


# --- one article ---------------------------------------------------------------------------

class Writer:
    """Builds one article's paragraphs and its ground truth."""

    def __init__(self, rng: random.Random, pool: list[Person], outlet: tuple, story: Story):
        self.rng, self.pool, self.story = rng, pool, story
        self.outlet, self.curly, self.style = outlet
        self.paras: list[str] = []
        self.truth: list[dict] = []
        self.introduced: set[int] = set()
        self.titled: set[int] = set()  # introduced with their title before the name
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

    def quote(self, st: Statement) -> None:
        r, p, who = self.rng, self.pool[st.speaker], st.speaker
        nm, sur = p.name(self.style), p.surname(self.style)
        text = self.wording(st)
        said = text[:-1] + ","  # "... spring." -> "... spring," before an attribution
        if who not in self.introduced:
            self.introduced.add(who)
            intro = f"{p.title[0]} {nm}" if p.title else nm
            apos = f", {p.appositive}," if p.appositive else ""
            pattern = r.choice(["said_colon", "told", "appositive", "partial", "said_after_name", "colon",
                                "according", "multi"])
            if p.title and pattern in ("said_colon", "told", "colon"):
                self.titled.add(who)  # "the finance minister said" can refer back to them
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
            else:  # one quotation over two paragraphs, the first left open
                first = sentence(r, self.story.topic)
                self.paras.append(f"{intro}{apos} spoke at length about the {self.story.topic}.")
                self.add(self.open_only(first), [])
                self.add(f"{self.q(said)} {p.pronoun} said.", [(first + "\n\n" + said, who)])
        else:
            options = ["said_after", "surname", "dash"]
            if self.last_subject == who:
                options += ["pronoun", "pronoun"]
            if who in self.titled:
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

    def scare(self) -> None:
        term = self.rng.choice(SCARE)
        self.add(f"The so-called {self.q(term)} has been in place since the {self.rng.choice(['spring', 'autumn'])}.",
                 [(term, None)])
        self.last_subject = None


def write_article(rng: random.Random, pool: list[Person], story: Story, art_id: str, date: str,
                  used: set[str]) -> tuple[str, list]:
    outlet = rng.choice(OUTLETS)
    w = Writer(rng, pool, outlet, story)
    # statements several outlets carry, and some only this article has
    statements = rng.sample(story.statements, min(len(story.statements), rng.randint(2, 5)))
    statements += [new_statement(rng, story, used) for _ in range(rng.randint(1, 4))]
    rng.shuffle(statements)
    # the people quoted, each introduced once; pronouns only right after their own quote
    for i, st in enumerate(statements):
        for _ in range(rng.choice([0, 1, 2, 2, 3, 4])):
            w.filler()
        w.quote(st)
        if i == 1 and rng.random() < 0.3:
            w.scare()
        if i == 2 and rng.random() < 0.5:
            w.paras.append(f"SEE ALSO: {story.country} {rng.choice(TOPICS).title()} Row Deepens")
    w.filler()

    name = outlet[0]
    city = rng.choice(CITIES)
    y, m, d = date.split("-")
    dateline = rng.choice([f"{city} ({name}) - ", f"{city}, {MONTHS[int(m) - 1]} {int(d)} ({name}): ", f"{city} \u2014 "])
    lead_person = pool[statements[0].speaker]
    headline = (f"{story.country} {story.topic.title()} Dispute: {lead_person.surname(outlet[2])} "
                f"Says {rng.choice(['No Deal Yet', 'Talks Continue', 'Plan Stands', 'Vote Delayed'])}")
    authors = rng.sample(JOURNALISTS, rng.randint(1, 2))
    caption = f"{lead_person.name(outlet[2])} (left) at a news conference in {city.title()} on {rng.choice(WEEKDAYS)}."
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
    pool = make_pool(rng, min(200, 30 + n // 8))
    weights = [1.0 / (1 + i) ** 0.7 for i in range(len(pool))]  # some people are quoted far more
    used: set[str] = set()
    stories = [make_story(rng, pool, used, weights) for _ in range(max(1, n // 12))]
    folder.mkdir(parents=True, exist_ok=True)
    truth: list[dict] = []
    for i in range(n):
        story = stories[rng.randrange(len(stories))]
        art_id = f"a{i:05d}-{story.topic.replace(' ', '-')}"
        date = f"2031-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text, quotes = write_article(rng, pool, story, art_id, date, used)
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
