"""Extract: direct quotations and who said them, from one article's body paragraphs.

Rules over the text (regexes and word lists of general English news writing) find
the quotations and the evidence for their speakers; a small fitted model weighs the
evidence. The steps, one module each, over a `Doc` (document.py):

1. quotes      pair the quotation marks of every paragraph into quote spans;
2. document    mask each quote span (marks included) by \\x01 characters of the same
               length, so that the rules below never look inside quoted words and all
               offsets stay valid; find sentence starts;
3. mentions    capitalised runs split into a role and a name, classified;
4. cues        every reporting verb with its grammatical subject;
5. coref       mentions of one person merged; subjects of reporting clauses resolved
               to people (pronouns, role nouns, pending roles);
6. rules       every attribution rule's answer for every quotation;
7. candidates  the people who may have said each quotation, with features;
8. scoring     a probability for each candidate and for "no speaker"; the best is
               asserted when it is likely enough, else offered as a guess.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..model import Article, ArticleExtraction, Person, Quote, capitalised_long_words
from .candidates import Candidates, gather
from .antecedents import as_in_sentence, description_before
from .coref import link, resolve
from .holders import party_label
from .cues import find_events
from .document import PARTY_NOUNS, Doc, is_organisation, is_organisation_alone
from .lexicon import (COMMON, DESCRIPTORS, GIVEN_NAME_GENDER, NATIONALITIES, ORG_WORDS, ORGISH, PEER_TITLES, PLACES,
                      ROLE_NOUN_SET, TITLES, TITLES_ALSO_NAMES, US_STATE_OF, is_given_name)
from .patterns import fold
from .mentions import find_mentions, surnames_are_people
from .roles import distinct_roles
from .quotes import find_quotes
from .rules import Votes, colon_clause_speaker, follows_with_no_clause, vote
from .scoring import Model, load_model, probabilities
from . import nlp
from .syntax import ParseSubject, quote_subjects, read_sentences, sentence_requests, take_reading, unnamed_source

__all__ = ["BATCH_ARTICLES", "STEPS", "analyse", "extract_article", "extract_articles", "find_quotes"]

# Words that are no part of a person's name (see _looks_like_a_person).
LEXICON_WORDS = COMMON | DESCRIPTORS | NATIONALITIES | ORG_WORDS | ORGISH | PLACES | TITLES
HEADLINE_WORDS = COMMON | DESCRIPTORS | ORGISH | TITLES  # (not a place or a body: "George Washington")
# A word that is page text run together ("CravenFlagShareLikeReply", "PAC.Contributing"; not
# "RealClearPolitics") or a pronoun's contraction ("I've"): no word of a name.
GLUED_OR_CONTRACTED_RE = re.compile(
    r"[a-z][A-Z][a-z]+[A-Z][a-z]+[A-Z]|[A-Z]\.[A-Z][a-z]|^(?:I|[Ww]e|[Yy]ou|[Tt]hey)['\u2019]")
SHOWN_CANDIDATES = 3  # candidates kept per quotation for editors (with their probability)
# Below this confidence the best candidate is offered to no reader as a guess ("possibly
# X"): on outlets the model never saw, guesses under one in two were right about one time
# in three (fit_attribution.py --by-outlet), which reads as a lean on the wrong mouth.
# Editors still see every ranked candidate with its probability (review).
MIN_GUESS = 0.5


@dataclass
class Analysis:
    """Everything the steps found in one article, before the decision."""

    doc: Doc
    votes: list[Votes]
    candidates: list[Candidates]
    parsed: list[ParseSubject | None]


@dataclass(frozen=True)
class Step:
    """One step over a `Doc`, as markdown-it-py's core rules: what of the Doc it reads
    and what it fills. A name is a field of Doc; "x.y" is the attribute y of the items
    of field x (what a step adds to what an earlier one made). tests/test_extract_steps.py
    checks that every step's needs are filled before it runs, and that it fills what it says."""

    name: str
    run: Callable[[Doc], None]
    needs: tuple[str, ...]
    fills: tuple[str, ...]


def _parse_subjects(doc: Doc) -> None:
    doc.parsed = quote_subjects(doc)
    for qi, q in enumerate(doc.quotes):
        ps, (p, s, _) = doc.parsed[qi], q.first
        if ps is not None and ps.mention is not None and s > 0:
            lo = doc.sentence_span(p, doc.sentence_of(p, s - 1))[0]
            if colon_clause_speaker(doc, p, lo, s - 1) not in (None, ps.mention.person):
                # '"A," Roe said, before Doe interrupted: "B."': the parse hangs B on "said"
                doc.parsed[qi] = None


# What Doc(article) fills itself: the quotations paired and masked (steps 1 and 2 above).
DOC_FILLS = ("article", "paras", "quotes", "quotes_in", "masked", "quote_at", "quote_open_at", "excluded",
             "excluded_tokens")
# In order; the votes of the rules and the candidates (rules.py, candidates.py) read them all.
STEPS: tuple[Step, ...] = (
    Step("mentions", find_mentions, needs=("paras", "masked", "quotes", "quote_at"),
         fills=("mentions", "mention_starts", "by_start", "by_end", "sent_starts", "sent_start_set")),
    Step("sentences", read_sentences, needs=("paras", "quotes", "quotes_in", "mentions", "sent_starts"),
         fills=("chunks", "mentions.ent", "mentions.kind")),  # the parse and the recogniser: what each name is
    Step("surnames", surnames_are_people, needs=("mentions", "mentions.kind"), fills=("mentions.kind",)),
    Step("cues", find_events, needs=("masked", "mentions", "mention_starts", "by_start", "by_end", "sent_starts"),
         fills=("events", "verb_starts")),
    Step("coref", link, needs=("mentions", "mentions.ent", "excluded", "excluded_tokens"),
         fills=("people", "gender", "mentions.person", "group_heads")),
    Step("resolve", resolve, needs=("people", "mentions.person", "events", "gender", "group_heads"),
         fills=("events.speaker", "groups")),
    Step("parse subjects", _parse_subjects, needs=("chunks", "quotes", "mentions.person", "people", "masked",
                                                   "by_end", "sent_starts"),
         fills=("parsed",)),
)


def analyse(article: Article) -> Analysis:
    doc = Doc(as_read(article))
    for step in STEPS:
        step.run(doc)
    return _decided(doc)


def _decided(doc: Doc) -> Analysis:
    votes = vote(doc)
    return Analysis(doc, votes, gather(doc, votes, doc.parsed), doc.parsed)


# Quotation marks taken out of the headline read as context: its words are no quotation.
HEADLINE_QUOTE_MARKS = re.compile(r"[\u201c\u201d\u201e\u201f\"\u00ab\u00bb]|''|(?<!\w)[\u2018\u2019']|[\u2018\u2019'](?!\w)")


# A plural's possessive mark in a headline with no single quotation mark opened before it
# ("Stallions' Jamal Roe fires back"), and a nickname between a given and a family name
# ('Jamal "Boom" Roe'): without their marks, "Stallions Jamal Boom Roe" was one name (f48).
PLURAL_POSSESSIVE_RE = re.compile(r"(?<=s)['\u2019](?= \w)")
OPENING_SINGLE_RE = re.compile(r"(?<!\w)[\u2018']")
HEADLINE_NICKNAME_RE = re.compile(r"\b([A-Z][a-z]+) [\"\u201c\u2018'][A-Z][\w'\u2019-]{1,20}[\"\u201d\u2019'](?= [A-Z])")


def _unquoted(text: str) -> str:
    """A headline without its quotation marks (and the nickname they hold in a name)."""
    text = HEADLINE_NICKNAME_RE.sub(r"\1", text)
    kept = set() if OPENING_SINGLE_RE.search(text) else {m.start() for m in PLURAL_POSSESSIVE_RE.finditer(text)}
    return HEADLINE_QUOTE_MARKS.sub(lambda m: m.group() if m.start() in kept else "", text)


def as_read(article: Article) -> Article:
    """The article as the extractor reads it: its headline before the body (with_title), an
    interview's labelled answers in quotation marks (with_answers_quoted)."""
    return with_answers_quoted(with_title(article))


# An interview's answer: a speaker's label, a colon, the words ("BARROW: My father had it",
# "Fenwick-Oduya: It was"), no quotation mark opening them.
ANSWER_RE = re.compile(r"(?P<label>[A-Z][A-Za-z'\u2019-]*(?: [A-Z][A-Za-z'\u2019-]+)?):(?P<gap> )(?=[^\s\"\u201c\u2018'])")
# Labels that open paragraphs and name no one.
NOT_SPEAKER_LABELS = {"q", "a", "update", "updated", "note", "editor", "editors", "photo", "caption", "credit", "watch",
                      "read", "listen", "video", "related", "source", "sources", "correction", "warning", "exclusive",
                      "breaking", "live", "analysis", "opinion", "comment", "question", "answer", "transcript"}


def with_answers_quoted(article: Article) -> Article:
    """An interview printed as a transcript ("BARROW: My father had it before me."), its
    answers in no quotation marks: each answer of a label that opens two paragraphs or more
    and is the family name (or full name) of someone the article names is read as that
    person's quotation, by a quotation mark in place of the space after the label and one
    closing the paragraph (lengths and offsets before the end unchanged; a label in capitals
    is read in Title Case, as long). Paragraphs holding double quotation marks are left as
    they are (f106: 37 answers of seven interviews were no quotations)."""
    paras = article.paragraphs
    # (words, not a figure: "Clinton: 1,547." is a tally)
    labelled = [(i, m) for i, t in enumerate(paras) if (m := ANSWER_RE.match(t)) and not DOUBLE_MARK_RE.search(t)
                and WORD_RE.search(t, m.end())]
    counts = Counter(m.group("label").lower() for _, m in labelled)
    text = " ".join(paras)
    names = {w.lower() for w in NAME_WORD_RE.findall(text)}
    said = {label for label, n in counts.items()
            if n >= 2 and label not in NOT_SPEAKER_LABELS and label.split()[-1] in names}
    if counts["q"] >= 2 and counts["a"] >= 2:
        said.add("a")  # "Q: ... A: ...": the interviewee's answers (who, the colon rule says)
    if not said:
        return article
    out = list(paras)
    for i, m in labelled:
        label = m.group("label")
        if label.lower() in said:
            shown = label.title() if label.isupper() else label
            t = out[i]
            out[i] = shown + t[len(label):m.start("gap")] + "\u201c" + t[m.end("gap"):] + "\u201d"
    return dataclasses.replace(article, paragraphs=out)


DOUBLE_MARK_RE = re.compile("[\"\u201c\u201d]")
WORD_RE = re.compile("[A-Za-z]{2}")
# A capitalised word inside a sentence (after a lower-case word or a comma): a name's.
NAME_WORD_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?")


def with_title(article: Article) -> Article:
    """The article with its headline before the body, as the extractor reads it: a name
    the headline gives ("Roe Says ...") is context for "she said" below, as it is for a
    reader. Not a title made from the lede (the body already holds it); its quotation
    marks are taken out, so nothing in it is a quotation. extraction_of drops it again."""
    title = _unquoted(article.title or "").strip()
    lede = _unquoted(article.paragraphs[0] if article.paragraphs else "")
    if title and _title_case(title) and (named := NAME_COLON_RE.match(title)) and is_given_name(named.group(1).split()[0]):
        # 'Cecile Roe: "I'm Sick Of ..."' in Title Case: the name before the colon is still
        # who the story's "Roe said" is (a speaker page "Roe" on the real-set site)
        return dataclasses.replace(article, paragraphs=[named.group(1) + ".", *article.paragraphs])
    if not title or lede.startswith(title.rstrip(".…")[:60]) or _title_case(title):
        return article
    return dataclasses.replace(article, paragraphs=[title.rstrip(".") + ".", *article.paragraphs])


# A headline opening with a person's name and a colon: "Cecile Roe: ...".
NAME_COLON_RE = re.compile(r"([A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,2}):\s")


def _title_case(text: str) -> bool:
    """A headline in Title Case ("Lynch Closes Probe"): its capitals do not tell names
    from verbs, so it would give people and roles that are not ("Lynch Closes"). Half
    the words of four letters or more capitalised is enough to leave it out."""
    long, capitalised = capitalised_long_words(text)
    return capitalised >= 0.5 * long


# How many articles' sentences the trained pipeline reads in one pass (extract_articles).
BATCH_ARTICLES = 64
_READ = next(k for k, step in enumerate(STEPS) if step.run is read_sentences)


def analyse_many(articles: list[Article], errors: bool = False) -> Iterator[Analysis | Exception]:
    """analyse() of each article, in order, the steps before and after the pipeline's
    reading run article by article and the reading itself once for all of them
    (nlp.read_many); each analysis is finished as it is taken. With `errors`, an article
    whose analysis raises gives the exception in its place."""
    def begin(article: Article) -> tuple[Doc, list]:
        doc = Doc(as_read(article))
        for step in STEPS[:_READ]:
            step.run(doc)
        return doc, sentence_requests(doc)

    def finish(doc: Doc, requests: list) -> Analysis:
        take_reading(doc, next(read) if read is not None else nlp.read(requests))
        for step in STEPS[_READ + 1:]:
            step.run(doc)
        return _decided(doc)

    begun = [_attempt(begin, errors, article) for article in articles]
    try:
        read = nlp.read_many([b[1] for b in begun if not isinstance(b, Exception)])
    except nlp.ModelError:
        raise
    except Exception:
        if not errors:
            raise
        read = None  # one text failed the batch: read article by article, so that only its article fails
    for k, b in enumerate(begun):
        begun[k] = None  # what is done is let go
        yield b if isinstance(b, Exception) else _attempt(finish, errors, *b)


def _attempt(work: Callable, errors: bool, *args):
    """work(*args), or with `errors` the exception it raises (a missing model always raises)."""
    try:
        return work(*args)
    except nlp.ModelError:
        raise
    except Exception as exc:
        if not errors:
            raise
        return exc


@dataclass
class Decision:
    speaker: int | None
    guess: int | None
    confidence: float
    cue: str
    ranked: list[tuple[int, float]]


def decide(votes: Votes, cands: Candidates, model: Model | None) -> Decision:
    if model is None:  # no fitted weights: the cascade decides, with full confidence
        return Decision(votes.cascade, None, 1.0 if votes.cascade is not None else 0.0, votes.cue,
                        [(votes.cascade, 1.0)] if votes.cascade is not None else [])
    probs, _ = probabilities(cands, model)
    ranked = [(i, model.calibrated(p, best=not k))
              for k, (i, p) in enumerate(sorted(zip(cands.people, probs), key=lambda x: -x[1]))]
    if not ranked or votes.nobody:
        return Decision(None, None, 0.0, votes.cue, ranked)
    best, p = ranked[0]
    if p >= model.threshold:
        return Decision(best, None, p, votes.cue, ranked)
    if p >= MIN_GUESS:
        return Decision(None, best, p, votes.cue, ranked)
    return Decision(None, None, p, votes.cue, ranked)


def extract_article(article: Article, model: Model | None = None) -> ArticleExtraction:
    return extraction_of(article, analyse(article), model or load_model())


def extract_articles(articles: list[Article], model: Model | None = None, errors: bool = False
                     ) -> list[ArticleExtraction | Exception]:
    """extract_article of each article, the same results; the trained pipeline reads the
    sentences of BATCH_ARTICLES articles at a time (analyse_many). With `errors`, an
    article whose extraction raises gives the exception in its place."""
    model = model or load_model()
    out: list[ArticleExtraction | Exception] = []
    for i in range(0, len(articles), BATCH_ARTICLES):
        batch = articles[i:i + BATCH_ARTICLES]
        for article, analysis in zip(batch, analyse_many(batch, errors)):
            out.append(analysis if isinstance(analysis, Exception)
                       else _attempt(extraction_of, errors, article, analysis, model))
    return out


def extraction_of(article: Article, analysis: Analysis, model: Model | None) -> ArticleExtraction:
    """The quotations and people of an analysed article, as `model` decides them (with
    no model, as the first answering rule does)."""
    doc = analysis.doc
    decisions = [decide(v, c, model) for v, c in zip(analysis.votes, analysis.candidates)]
    for d, v in zip(decisions, analysis.votes):
        if d.speaker is not None and _speaks_for_no_one(doc.people[d.speaker]):
            d.speaker = None
        if d.guess is not None and _speaks_for_no_one(doc.people[d.guess]):
            d.guess = None
        if v.event is not None and v.event.speaker is not None and doc.people[v.event.speaker].fictional:
            d.speaker = d.guess = None  # a character's lines ('"Q," Idris tells his apprentice'): no
            # one's, and no guess of the novel's author (f143)
    _same_voice_unnamed(doc, analysis.votes, decisions)
    _one_utterance(doc, analysis.votes, decisions)
    described = [_unnamed_speaker(doc, qi, d, ps, v)
                 for qi, (d, ps, v) in enumerate(zip(decisions, analysis.parsed, analysis.votes))]
    _described_by_pronoun(doc, analysis.votes, decisions, described)
    for d, words in zip(decisions, described):
        if words:  # the text describes its speaker: no name is asserted or offered
            d.speaker = d.guess = None

    # keep persons, and bodies (and what the recogniser knows is no person: a party, a
    # place, a work) only when they are a speaker or a guess
    used = {i for d in decisions for i in (d.speaker, d.guess) if i is not None}
    keep = [i for i, per in enumerate(doc.people)
            if (per.kind == "person" and not per.not_a_person and _looks_like_a_person(doc, per)) or i in used]
    new_index = {old: new for new, old in enumerate(keep)}
    people = []
    for i in keep:
        per = doc.people[i]
        name = _shown_name(per)
        forms = list(dict.fromkeys([*per.forms, " ".join(per.name), name]))
        people.append(Person(name=name, forms=forms, roles=distinct_roles(per.roles),
                             kind="organisation" if is_organisation(per, doc.gender.get(i)) else "person",
                             org_like=is_organisation_alone(per, doc.gender.get(i))))

    quotes = []
    head = len(doc.paras) - len(article.paragraphs)  # the headline read as context (with_title)
    for q, d, described_as in zip(doc.quotes, decisions, described):
        if q.first[0] < head:
            continue
        spans = [_trim_span(article.paragraphs[pp - head], pp - head, ss, ee) for pp, ss, ee in q.parts]
        ranked = [(new_index[i], round(pr, 4)) for i, pr in d.ranked if i in new_index][:SHOWN_CANDIDATES]
        for p, s, e in spans:  # a quotation over several paragraphs: one per paragraph, same speaker
            quotes.append(Quote(article=article.id, paragraph=p, start=s, end=e, text=article.paragraphs[p][s:e],
                                speaker=new_index.get(d.speaker) if d.speaker is not None else None,
                                cue=d.cue, confidence=round(d.confidence, 4),
                                guess=new_index.get(d.guess) if d.guess is not None else None,
                                candidates=ranked, described_as=described_as))
    return ArticleExtraction(article=article.id, people=people, quotes=quotes)


def _shown_name(per) -> str:
    """A person's name as it is shown: a peer or a royal known by one name keeps the title
    ("Lord Pennick", "Baroness Roe", "Princess Tamsin"; f88: speaker pages "Pennick"), the
    first the article gives."""
    name = " ".join(per.name)
    if len(per.name) == 1 and per.kind in ("person", "single"):
        title = next((r for r in per.roles if r.lower() in PEER_TITLES), None)
        if title:
            return f"{title} {name}"
    return name


def _speaks_for_no_one(per) -> bool:
    """A place (issue 27 item 2; f81: "Brussels says it is 'open'") or a title's word alone
    ("Minister", not "King", a family name too; f97: a headline's "Minister promises ...
    'breadbasket'" made a speaker "Minister"): never a speaker or a guess."""
    word = fold(per.name[0]).lower().rstrip(".") if len(per.name) == 1 else ""
    return _a_place(per) or word in TITLES and word not in TITLES_ALSO_NAMES


def _a_place(per) -> bool:
    """A name no person's that the recogniser read as a place more often than as anything
    else, and that the lists know as a place or it read as a land or sea ("Brussels",
    "Kenya"; not "the Kremlin", "Washington" read as a body, nor a network "Northlight" it
    took for a town, f59)."""
    words = [fold(w).lower() for w in " ".join(per.name).split()]
    if per.kind == "person" or any(w in ORG_WORDS or w in ORGISH for w in words):
        return False  # ("China Foreign Ministry", whatever the recogniser read)
    votes = {**per.single_ents}
    for ent, n in per.ents.items():
        votes[ent] = votes.get(ent, 0) + n
    place = votes.get("GPE", 0) + votes.get("LOC", 0)
    name = " ".join(words)
    known = name in PLACES or name in US_STATE_OF or votes.get("LOC", 0) > votes.get("GPE", 0)
    return known and place > sum(votes.values()) - place


def _looks_like_a_person(doc: Doc, per) -> bool:
    """Is a name only mentioned (no quotation is its) listed as a person? Not when
    nothing says it is one (the recogniser, a role, a given name, being the subject of a
    reporting verb) and something says it is not: one of its words is written in lower
    case elsewhere in the article or is a word of the lexicon (a place, a body, a title,
    a common word), or the recogniser read it as something else. Issue 27: headline words
    in title case ("Report Reveals Plan", "Seismic Shift"), events and places were listed
    as people. (Unfamiliar names of people have none of these marks and stay.) Never a
    title, a noun for people or a letter alone, page text run together, nor a name of three
    words or more that nothing recognised ending in a common word ("Donald Trump Leads")."""
    low = [fold(w).lower().strip("’'.") for w in per.name]
    if len(per.name) == 1 and (len(low[0]) < 2 or not per.roles and (
            low[0] in TITLES or low[0] in DESCRIPTORS or low[0] in COMMON or low[0] in ROLE_NOUN_SET)):
        return False  # "Treasurer", "Survivor" opening a headline; "B" of "Series B"
    if any(GLUED_OR_CONTRACTED_RE.search(w) for w in per.name):
        return False  # "Jane RoeFlagShareLikeReply", "Ready PAC.Contributing", "Jim Roe I've": page text run together
    recognised = "PERSON" in per.ents or "PERSON" in per.single_ents or per.roles or per.last_subject >= (0, 0)
    if len(per.name) > 2 and not recognised and (low[-1] in HEADLINE_WORDS or doc.in_vocab(low[-1])):
        return False  # "Donald Trump Leads", "Hillary Clinton White House": a headline's words, read by no one
    if recognised or fold(per.name[0]) in GIVEN_NAME_GENDER:
        return True
    against = (per.ent not in ("?", "") or len(low) > 3
               or any(w in LEXICON_WORDS or w in PARTY_NOUNS or doc.in_vocab(w) for w in low))
    return not against


def _unnamed_speaker(doc: Doc, qi: int, d: Decision, parsed: ParseSubject | None, votes: Votes) -> str:
    """The text's description of a speaker it does not name ("a spokesperson for the
    agency"), when it stands: an indefinite one ("officials", "a spokesperson") is no
    one of the article, so it stands even against a speaker; a definite one ("the
    senator") may be someone named before, so only when no speaker is asserted (and
    not when the rules and the model both take it for the same person, the one the
    article gave that title: "the minority leader" after "Minority Leader Ann Roe" is
    shown as her, uncertain, rather than "not named"), or when no rule took it for
    anyone and the asserted speaker holds no such role."""
    words, indefinite = unnamed_source(parsed)
    m = parsed.mention if parsed is not None and parsed.reporting else None
    if m is not None and m.person is None and m.role and list(m.role) == list(m.name):
        words = " ".join(m.role)  # a title alone whose holder the article does not name ("the Prime Minister")
    ev = votes.event
    if words and ev is not None and ev.unnamed and ev.subj[0] == "role" and words.lower() == ev.subj[1].lower():
        words = as_in_sentence(ev.subj[1])  # "Kilbride residents", as written (the parse lowercases a
        # sentence's first word it does not know for a name)
    if ev is not None and ev.speaker is None and ev.unnamed and ev.subj[0] == "role" and not words:
        return as_in_sentence(ev.subj[1])  # "a spokesperson for Castellano", whom no one names
    if ev is not None and ev.speaker is None and ev.subj[0] == "mention" and party_label(doc, ev.subj[1]):
        return "the " + ev.subj[1].name_text  # "the Utah Republican", not the person just named (coref
        # tells): as sure a description as an indefinite one
    if indefinite and d.speaker is not None and _named_nearer(doc, qi, votes, parsed):
        return ""
    if not words or indefinite:
        return words
    if d.speaker is None:
        return words if d.guess is None or d.guess != votes.cascade else ""
    # "the staffer said" that no rule took for anyone, while the model names someone
    # who holds no such role: the unnamed staffer of the sentence before, not the
    # candidate the staffers talk about. Not "Roe's office" for Roe, nor "the office" for
    # the Office of Emergency Management.
    def bare(w: str) -> str:
        return fold(w).lower().removesuffix("’s").removesuffix("'s")
    per = doc.people[d.speaker]
    held = {bare(w) for r in [*per.roles, *per.forms] for w in r.split()}
    return words if votes.cascade is None and not held & {bare(parsed.head), bare(words.split()[0])} else ""


def _named_nearer(doc: Doc, qi: int, votes: Votes, parsed: ParseSubject) -> bool:
    """The rules found the quotation's speaker as the named subject of a clause nearer to
    it than the subject the parse gave it: 'While Mayor Roe insisted that "Q," a few of
    the engineers said ...' (the parse hangs the quotation on the main verb, and its
    indefinite subject took Roe's words from her)."""
    ev, q = votes.event, doc.quotes[qi]
    if ev is None or ev.subj[0] != "mention" or ev.speaker != votes.cascade or ev.para != q.first[0] or parsed.at < 0:
        return False
    opens = q.first[1]
    return min(abs(ev.clause_start - opens), abs(ev.clause_end - opens)) < abs(parsed.at - opens)


def _same_voice_unnamed(doc: Doc, votes: list[Votes], decisions: list[Decision]) -> None:
    """'"A," she told a paper. "B."' when the rules could not say who "she" is: B, which
    no rule claims, is the same voice as A, so it is decided as A was (uncertain, or no
    one), not given to whoever the paragraph named (issue 27: a son was given his
    mother's words)."""
    for qi in range(1, len(votes)):
        v, pv = votes[qi], votes[qi - 1]
        if v.cue == "none" and pv.cascade is None and pv.cue.startswith("said-") \
                and follows_with_no_clause(doc, qi, None):
            prev, d = decisions[qi - 1], decisions[qi]
            d.speaker, d.guess, d.confidence = prev.speaker, prev.guess, prev.confidence


def _one_utterance(doc: Doc, votes: list[Votes], decisions: list[Decision]) -> None:
    """'"I love Oreos," he said, "I will never eat them again."': the two parts of one
    utterance around its reporting clause, named the same speaker by the rules, are
    decided alike, as surely as the surer of the two (issue 27: the first part was left
    unattributed at 0.83 while the second was given at 0.95); so are '"A," said Roe. "B."'
    (f52: B left at 0.67 for a body named in the paragraph before)."""
    for qi in range(1, len(votes)):
        v, pv = votes[qi], votes[qi - 1]
        if v.cascade is None or v.cascade != pv.cascade or doc.quotes[qi].first[0] != doc.quotes[qi - 1].last[0]:
            continue
        ev, a_q, b_q = pv.event, doc.quotes[qi - 1], doc.quotes[qi]
        around = ev is not None and ev is v.event and (pv.cue, v.cue) == ("said-after", "said-before") \
            and doc.paras[ev.para][a_q.last[1]:a_q.last[2]].rstrip()[-1:] not in (".", "!", "?")
        goes_on = ev is not None and (pv.cue, v.cue) == ("said-after", "continuation")
        if not ((around or goes_on) and a_q.last[0] == ev.para == b_q.first[0]
                and not doc.masked[ev.para][a_q.closes:ev.clause_start].strip(" ,\x01")
                and not doc.masked[ev.para][ev.clause_end:b_q.first[1]].strip(" ,.:;\x01")):  # (\x01: a masked mark)
            continue  # only '"A," Roe said, "B"' (not 'Roe called it "A" and said "B"')
        a, b = decisions[qi - 1], decisions[qi]
        best = max((a, b), key=lambda d: d.confidence)
        if (best.speaker if best.speaker is not None else best.guess) != v.cascade:
            continue
        for d in (a, b):
            d.speaker, d.guess, d.confidence = best.speaker, best.guess, best.confidence


def _described_by_pronoun(doc: Doc, votes: list[Votes], decisions: list[Decision], described: list[str]) -> None:
    """'A spokesman for Northern Water said ... "Q," he said. "R."': the pronoun (and
    the quotation that goes on without a clause of its own) stands for the description
    of the sentence before, not for anyone named: shown as "a spokesman for Northern
    Water", with no name guessed (issue 27: "Unattributed", and a guess of a named
    person for the second quotation). So does a quotation that goes on after one whose
    own clause describes its speaker ('"A," the City boss said. "B."')."""
    carried, carried_para, goes_on_next = "", -1, False  # (goes_on_next: the next words with no clause
    # of their own are the same voice)
    for qi, (q, v, d) in enumerate(zip(doc.quotes, votes, decisions)):
        p, s, _ = q.first
        if v.pronoun and v.cascade is None and (got := description_before(doc, p, s, v.pronoun)):
            # (description_before checks the pronoun; its descriptions are indefinite, "a
            # waiter who ...", so they stand even against a speaker the model would name)
            described[qi] = carried = got
            carried_para, goes_on_next = p, True
            d.guess = None
            continue
        goes_on = goes_on_next and p == carried_para and v.cue in ("none", "continuation") \
            and follows_with_no_clause(doc, qi, None)
        goes_on_next = False
        if goes_on:
            d.speaker = None
        if described[qi]:  # '"A," the club's manager said. "B."': B is the manager's too,
            # whoever the model names ('"A," one senior aide told the paper. "B."', f144: B
            # went to the paper, 0.98)
            carried, carried_para = described[qi], q.last[0]
            goes_on_next = v.cue == "said-after"  # (not 'Staff say she will "A". In her post: "B"')
            continue
        if d.speaker is not None and not goes_on:  # ('"Q," she said. "R."' after "Her mother,
            carried = ""  # overhearing, shook her head": R is hers too, whoever the model names, f69)
            continue
        if carried and p == carried_para and v.cue in ("none", "continuation"):
            described[qi] = carried
        else:
            carried = ""
        if described[qi]:
            d.guess = None


def _trim_span(text: str, p: int, s: int, e: int) -> tuple[int, int, int]:
    """Drop the comma and spaces that end a quote before its attribution ('"Q," she
    said'): punctuation of the reporting sentence, not of the words quoted."""
    while e > s + 1 and text[e - 1] in ", \t":
        e -= 1
    while s < e - 1 and text[s] in " \t":
        s += 1
    return p, s, e
