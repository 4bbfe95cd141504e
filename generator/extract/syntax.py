"""Syntax: what the trained pipeline (nlp.py) says about the sentences that attribute
quotations, tied to the mentions of the article.

- which sentences are read: the sentence each quotation opens in, the one it closes in,
  and the sentence before it (where the person a pronoun points to is named);
- the entity type of every mention it read (PERSON, ORG, GPE, NORP, ...);
- for every quotation, the grammatical subject of the reporting verb the quotation
  hangs on ('"Q," Roe said', 'Roe, the finance minister, told reporters: "Q"',
  'according to Roe, "Q"'), and the subject of each sentence read.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import nlp
from .document import TIMESTAMP_LEAD_RE, Doc, Mention
from .lexicon import (CHARACTERISE, COMMON, DESCRIPTORS, GIVEN_NAME_GENDER, LEAD_WORDS, NATIONALITIES, ORG_NOUNS, ORG_WORDS,
                      PARTICIPLE, PLACE_TYPE_WORDS, PLACES, ROLE_NOUNS, SPEECH, SURNAME_PARTICLES, TITLES, WEAK_ORG_WORDS,
                      WEATHER_SYSTEMS, is_given_name)
from .patterns import OWNED_BEFORE_RE, POSSESSED_WORDS_RE, WORDS_NOUNS, fold, title_before

# Dependency labels of a subject, and of the noun a preposition governs.
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Tags of a verb.
VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
PRONOUN_WORDS = {"he", "she", "they", "it", "we", "i"}
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}
REPORTING = {w for w in [*SPEECH, *CHARACTERISE, *PARTICIPLE] if " " not in w} | {
    "say", "tell", "add", "write", "ask", "speak", "spoke", "spoken", "quoted", "quoting"}


@dataclass
class ParseSubject:
    """The subject the parse gives a quotation's reporting verb."""

    mention: Mention | None = None  # the mention the subject is (or is the head of)
    pronoun: str | None = None  # "he", "she", "they", "it", ... when the subject is a pronoun
    words: str = ""  # the subject's words when it is neither ("a spokesperson for the agency")
    head: str = ""  # the head word of those words ("spokesperson") and its tag
    head_tag: str = ""
    verb: str = ""  # the verb it is the subject of
    reporting: bool = False  # that verb reports speech ("said", "told", "according to", "called")
    pair: bool = False  # the subject is two or more conjoined ("Roe and Doe said"): no one in particular
    at: int = -1  # where the subject's head word starts in its paragraph


# Words opening a description of no one in particular: "a spokesperson", "officials",
# "one viewer", "two aides", "several people familiar with the talks".
INDEFINITE = {"a", "an", "one", "some", "another", "two", "three", "four", "several", "many", "most",
              "other", "others", "few", "no", "any"}
MAX_DESCRIPTION_WORDS = 12
# The longest stretch of sentences the parser reads as one text. Its work per text grows
# faster than the text's length (x2.4 for twice a paragraph of 94 KB): a transcript
# pasted as one paragraph is read in pieces. Twice the longest paragraph of the real dev
# set (2.6 KB), so that news copy is read as before.
MAX_RUN_CHARS = 5000


# Head nouns of a description of a person or body, besides the word lists' titles,
# role nouns, descriptions and bodies (issue 27: "the arrest", "that" were descriptions).
# (singular agent nouns are listed: "-ers" covers their plurals, and "-er" alone is too
# wide: paper, letter, order)
PEOPLE_NOUNS = set("""
source person people man men woman women child children boy girl kid teen teenager crowd audience
campaign office staff government administration family team user commenter insider confidant
narrator voice committee commission board panel court police military army navy authority
authorities official leadership opposition public majority minority pair couple member figure
nominee frontrunner front-runner mogul tycoon developer neurosurgeon surgeon designer impostor
playwright star media community spymaster hand heavyweight look-alike impersonator agent officer
citizen guard chairmen salespersons persons executive someone somebody
viewer reader listener caller voter worker resident supporter protester protestor organizer organiser
owner driver passenger player fan lawmaker speaker manager leader teacher researcher witness neighbour
neighbor customer donor buyer seller worker
""".split()) | DESCRIPTORS | TITLES | set(ROLE_NOUNS.split("|")) | set(ORG_NOUNS.split("|")) | COMMON
PEOPLE_SUFFIXES = ("ist", "ian", "man", "woman", "men", "person", "eer", "ers", "ors", "-year-old")
# Quantifiers that head a phrase of people: "one of the advisers", "some of the delegates".
QUANTIFIERS = {"one", "some", "many", "most", "several", "two", "three", "few", "all", "each"}


def names_someone(head: str, tag: str) -> bool:
    """Is the head of a subject's noun phrase a person or a body? A noun that the word
    lists know for people or bodies, or that ends like one ("-ist", "-ian", "-man",
    "-ers"); never a pronoun, a determiner or a number ("that", "those", "22")."""
    w = fold(head).lower().strip("’'")
    if tag not in ("NN", "NNS", "NNP", "NNPS") and not w.endswith("-year-old"):
        return False
    stems = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
             w[:-3] + "y" if w.endswith("ies") else w}
    return bool(stems & PEOPLE_NOUNS) or w.endswith(PEOPLE_SUFFIXES)


# A phrase of people that goes on to name one of them.
NAMED_AMONG_RE = re.compile(r"\b(?:including|such as|among them|notably)\s+(?:[A-Z][\w.]*\s+)*[A-Z]")


def unnamed_source(ps: ParseSubject | None) -> tuple[str, bool]:
    """(description, indefinite) when the quotation's reporting verb has a subject that
    describes its speaker without naming anyone ("a spokesperson for the agency",
    "officials", "the father"); ("", False) otherwise. An indefinite one ("a", "one",
    "officials") is nobody of the article; a definite one may be someone named before."""
    if ps is None or not ps.reporting or ps.mention is not None or ps.pronoun or not ps.words:
        return "", False
    if not names_someone(ps.head, ps.head_tag) and not ps.words.endswith("year-old") and not (
            fold(ps.head).lower() in QUANTIFIERS and " of " in ps.words
            and any(names_someone(w.strip(",.’'"), "NNS") for w in ps.words.split(" of ", 1)[1].split())):
        return "", False  # "the arrest", "that", "water bottles": no description of a speaker
    said = ps.words[lead.end():] if (lead := TIMESTAMP_LEAD_RE.match(ps.words)) else ps.words  # (not "14:20 IST
    # - A senior official": a live blog's time label)
    words = said.split()
    if len(words) > MAX_DESCRIPTION_WORDS or not any(w[:1].islower() for w in words):
        return "", False
    if NAMED_AMONG_RE.search(said):
        return "", False  # "several others, including Sen. Jane Roe, who said": she is named
    head = fold(words[0]).lower()
    bare_plural = head not in ("the", "this", "that", "his", "her", "their", "its", "our", "my") \
        and words[-1].lower().endswith("s") and words[0][:1].islower()
    # the possessor of a noun of saying ("the mayor's claim that ..."): "the mayor"; and
    # no words left hanging where a quoted title was cut out ('the authors of the "Plan"')
    tidy = DANGLING_END_RE.sub("", UNCLOSED_QUOTE_RE.sub("", POSSESSIVE_END_RE.sub("", said)))
    return tidy, head in INDEFINITE or bare_plural


POSSESSIVE_END_RE = re.compile(r"(?<=\w)['\u2019]s?$")
UNCLOSED_QUOTE_RE = re.compile(r"\s*[\"\u201c][^\"\u201d]*$")
DANGLING_END_RE = re.compile(r"(?:\s+(?:the|a|an|of|for|to|in|on|at|by|with|from|and|or))+$")


def read_sentences(doc: Doc) -> None:
    """Run the pipeline over the sentences that attribute the quotations, and give each
    mention in them its entity type. Sets doc.chunks (per paragraph, by start) and
    Mention.ent ("" when read and no entity; None when not read)."""
    take_reading(doc, nlp.read(sentence_requests(doc)))


def sentence_requests(doc: Doc) -> list[nlp.Request]:
    """What read_sentences asks the pipeline to read (nlp.read's requests)."""
    wanted: list[set[int]] = [set() for _ in doc.paras]
    for q in doc.quotes:
        p, s, _ = q.first
        si = doc.sentence_of(p, max(0, s - 1))
        wanted[p].add(si)
        if si > 0:
            wanted[p].add(si - 1)
        elif p > 0 and doc.sent_starts[p - 1]:
            wanted[p - 1].add(len(doc.sent_starts[p - 1]) - 1)
        if q.closes >= 0:
            p1 = q.last[0]
            wanted[p1].add(doc.sentence_of(p1, q.closes - 1))
    seen: set[str] = set()
    for p, ms in enumerate(doc.mentions):
        for m in ms:
            if _place_or_person(m) and (key := " ".join(m.name)) not in seen:
                seen.add(key)  # the first sentence naming it: the recogniser says which it is
                wanted[p].add(doc.sentence_of(p, m.start))
    requests = []
    for p, sents in enumerate(wanted):
        if not sents:
            continue
        spans = sorted((s, e, qi) for qi in doc.quotes_in[p] for pp, s, e in doc.quotes[qi].parts if pp == p)
        by_name = sorted(doc.mentions[p], key=lambda m: m.name_start)
        name_starts = [m.name_start for m in by_name]
        for lo, hi in _runs(doc, p, sorted(sents)):
            names = [(m.start, m.end) for m in
                     by_name[bisect.bisect_left(name_starts, lo):bisect.bisect_left(name_starts, hi)]]
            requests.append((p, doc.paras[p], spans, lo, hi, names))
    return requests


def _place_or_person(m: Mention) -> bool:
    """"Jordan Pike", "Georgia Hale": a given name that is also a place, then a family name,
    which the lists took for a place ("Jordan Valley", "Georgia Power" are, too)."""
    return m.kind == "group" and len(m.name) == 2 and not m.role and fold(m.name[0]).lower() in PLACES \
        and fold(m.name[1]).lower() not in ORG_WORDS and fold(m.name[1]).lower() not in PLACE_TYPE_WORDS \
        and is_given_name(m.name[0])


def take_reading(doc: Doc, read: list[nlp.Chunk]) -> None:
    """read_sentences with the pipeline's reading of sentence_requests(doc) in hand."""
    doc.chunks = [[] for _ in doc.paras]
    for chunk in read:
        doc.chunks[chunk.para].append(chunk)
    votes: dict[str, dict[str, int]] = {}
    for p, chunks in enumerate(doc.chunks):
        for m in doc.mentions[p]:
            c = _chunk_at(chunks, m.name_start)
            if c is not None:
                _person_within(doc.paras[p], c, m)
                m.ent = _entity_of(c, m)
                _no_adjective_or_adverb(doc, p, c, m)
                _no_demonym(doc.paras[p], m, doc)
                v = votes.setdefault(m.name_text, {})
                v[m.ent] = v.get(m.ent, 0) + 1
    # a name is the same kind of thing all through the article: the mentions the
    # pipeline did not read take the label most of the read ones got
    label = {name: max(v, key=lambda k: (v[k], k == "PERSON")) for name, v in votes.items()}
    for ms in doc.mentions:
        for m in ms:
            if m.ent is None and m.name_text in label:
                m.ent = label[m.name_text]


def _wordy(word: str) -> bool:
    """A word of a role or a body rather than of a name ("Political Affairs", "Deputy")."""
    w = fold(word).lower().rstrip(".")
    return w in LEAD_WORDS or w in COMMON or w in ORG_WORDS or w in NATIONALITIES


LOWER_WORD_AFTER_RE = re.compile(r" [a-z]")


def _person_within(text: str, chunk: nlp.Chunk, m: Mention) -> None:
    """Where the recogniser finds a person's name inside a capitalised run, the run's
    other words are not the name: a role or a demonym before it ("New York City Public
    Advocate Jane Roe", "Vermonter Jane Roe"), a headline verb after it ("Jane Roe
    Praises"); and a name the capitalisation rules took for a place, a body or an
    acronym ("Kerry Washington", "J.J. Roe") is a person's."""
    if any(fold(w) in WEATHER_SYSTEMS for w in m.name[:2]):
        return  # "Storm Ciarán", which the recogniser takes for a person
    if not m.role and OWNED_BEFORE_RE.search(text, max(0, m.start - 7), m.start):
        return  # "on her Instagram Story": a thing of hers, which the recogniser took for a person (f52)
    over = chunk.ents_over(m.name_start, m.end)
    people = [(s, e) for s, e, lab in over if lab == "PERSON"]
    bodies = [(s, e) for s, e, lab in over if lab != "PERSON"]
    if len(people) != 1 or bodies:
        return
    s, e = people[0]
    if m.kind == "none" and re.search(r"\b(?:for|of)\s+$", text[m.start:s]):
        return  # "TD for Kerry South,": a seat the recogniser took for a person
    offs = _word_offsets(text, m)
    inside = [i for i, (ws, we) in enumerate(offs) if ws >= s and we <= e]
    if not inside or inside != list(range(inside[0], inside[-1] + 1)):
        return
    first, last = inside[0], inside[-1]
    if last - first < 1 or any(fold(w) in GIVEN_NAME_GENDER for w in m.name[:first]) \
            or first == 1 and m.kind == "person" and is_given_name(m.name[0]) and not _wordy(m.name[0]) \
            or first > 0 and fold(m.name[first]).rstrip(".") in SURNAME_PARTICLES \
            or first == 1 and not _wordy(m.name[0]) and (m.role or title_before(text, m.name_start)):
        return  # the recogniser found only part of a name ("Odile Roe" as "Roe", "Máire Nic Giolla
        # Easpaig" as her family name, "Deputy Minister Beatriz Elena Quintero Vélez" without
        # "Beatriz", after a title already taken out or an honour, "Alhaja Morenike Adunni
        # Roe" without "Morenike", f65): keep it whole
    if m.possessive and last == len(m.name) - 2:
        return  # "Yoon Suk Yeol's office": the recogniser left out the word with the "'s"
    if any(re.search(r"\w['\u2019]\w", w) and not re.search(r"['\u2019]s$", w) for w in m.name[last + 1:]):
        return  # "Alice Njeri Ndung'u": a family name the recogniser left out, no headline's verb
    if last < len(m.name) - 1 and LOWER_WORD_AFTER_RE.match(text, m.end) and not m.possessive:
        last = len(m.name) - 1  # "K. Sreedharan Pillai said": a headline's verb has no verb after it (f47)
    if last < len(m.name) - 1 and re.match(r"\s*[,()]", text[m.end:m.end + 3]) \
            and not any(w.lower().endswith(("s", "ed")) and fold(w).lower() not in PLACES for w in m.name[last + 1:]):
        last = len(m.name) - 1  # "Director Kabir Anand Mehrotra, who ...", "Troels Lund Roe (V) said": no
        # headline's verb ends it (f82, f85), nor a city's name ("Matías Echeverría Lagos,", f84)
    if first > 0 or last < len(m.name) - 1:
        m.role = m.role + m.name[:first]
        m.name = m.name[first:last + 1]
        m.name_start = offs[first][0]
        m.possessive = m.possessive and last == len(offs) - 1
    if len(m.name) >= 2 and m.kind in ("group", "none", "single") \
            and not (m.kind == "group" and any(fold(m.name[i]).lower() in ORG_WORDS - WEAK_ORG_WORDS for i in (0, -1))):
        m.kind = "person"  # (not "Ashworth Rovers", "Coastal Policy Institute": a body's word ends it;
        # not "Team Larkin", a campaign: one begins it)
    elif len(m.name) == 1 and m.kind == "person":
        m.kind = "single"


def _no_demonym(text: str, m: Mention, doc: Doc) -> None:
    """One word the recogniser reads as a people, or the lists know as one, right after
    "the" is a description of someone, no name: '"Q," the Texan said', "the Welshman said"
    (issue 27: speaker pages "Texan", "Scot"); so is one for someone of a place the lists
    or the article name: "the Dubliner", "the Corkman" (f113: speaker pages of those). A
    family name the lists take for a people ("Cuban") never follows "the"."""
    if len(m.name) == 1 and not m.role and (m.ent == "NORP" or fold(m.name[0]) in NATIONALITIES
                                            or _of_a_place(m.name[0], doc)) \
            and text[max(0, m.name_start - 4):m.name_start].lower() == "the ":
        m.kind = "none"


def _of_a_place(word: str, doc: Doc) -> bool:
    """"Dubliner", "Queenslander", "Yorkshireman": a place and an ending for its people
    (for "-er", a place the lists know or the article names)."""
    low = fold(word).lower()
    if low in TITLES or low in GIVEN_NAME_GENDER:
        return False
    if low.endswith(("woman", "man", "lander")) and len(low) >= 7:
        return True  # ("the Kerryman", "the Queenslander": what else "the" and such a word are)
    stem = low[:-2]  # (not "the Observer", a paper: its stem is no place)
    return low.endswith("er") and len(stem) >= 3 and (
        stem in PLACES or re.search(rf"\b{re.escape(word[:-2])}\b", doc.joined_text()) is not None)


# Parse tags of a capitalised word opening a sentence that is no name: adjectives, adverbs.
NOT_NAME_TAGS = {"JJ", "JJR", "JJS", "RB", "RBR", "RBS"}


def _no_adjective_or_adverb(doc: Doc, p: int, chunk: nlp.Chunk, m: Mention) -> None:
    """One word the parse reads as an adjective or adverb opening a sentence is no name
    ("Harsh comments followed": issue 27, a speaker page "Harsh"). Not when the
    recogniser reads a person there, the lists know a given name, or the article writes
    the word with a capital inside a sentence too (a name the parser mistook)."""
    if len(m.name) > 1 or m.ent == "PERSON" or m.role or m.name_start not in doc.sent_start_set[p] \
            or fold(m.name[0]) in GIVEN_NAME_GENDER:
        return
    first = chunk.tokens_from(m.name_start, m.name_start + 1)
    if first and chunk.tokens[first[0]].tag in NOT_NAME_TAGS \
            and not re.search(r"[a-z,;] " + re.escape(m.name[0]) + r"\b", doc.joined_text()):
        m.kind = "none"


def _word_offsets(text: str, m: Mention) -> list[tuple[int, int]]:
    """Paragraph offsets of each word of the mention's name."""
    out, pos = [], m.name_start
    for w in m.name:
        at = text.find(w, pos, m.end + 1)
        if at < 0:
            return []
        out.append((at, at + len(w)))
        pos = at + len(w)
    return out


def _runs(doc: Doc, p: int, sents: list[int]) -> list[tuple[int, int]]:
    """Consecutive sentences as one stretch each: the parser sees them together; but
    not more than MAX_RUN_CHARS (a sentence longer is a stretch of its own)."""
    out: list[tuple[int, int]] = []
    prev = None
    for si in sents:
        lo, hi = doc.sentence_span(p, si)
        if prev is not None and prev == si - 1 and hi - out[-1][0] <= MAX_RUN_CHARS:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        prev = si
    return out


def _chunk_at(chunks: list[nlp.Chunk], pos: int) -> nlp.Chunk | None:
    """The chunk (of a paragraph's, in order) that holds offset pos."""
    k = bisect.bisect_right(chunks, pos, key=lambda c: c.start) - 1
    return chunks[k] if k >= 0 and pos < chunks[k].end else None


def _entity_of(chunk: nlp.Chunk, m: Mention) -> str:
    """The label of the entity that covers most of the mention's name, or ""."""
    best, label = 0, ""
    for s, e, lab in chunk.ents_over(m.name_start, m.end):
        overlap = min(e, m.end) - max(s, m.name_start)
        if overlap > best:
            best, label = overlap, lab
    return label


def sentence_subjects(doc: Doc) -> list[list[tuple[int, Mention | None]]]:
    """Per paragraph, (offset, mention) of the subject of each sentence read: who the
    sentence is about, and whom a "he" after it means; None for a subject that names no
    one ("Few expected Roe to resign"); sentences with a pronoun subject are left out."""
    out: list[list[tuple[int, Mention]]] = [[] for _ in doc.paras]
    for p, chunks in enumerate(doc.chunks):
        for c in (whole.window(first, first)[0] for whole in chunks for first in whole.sents):
            for k, t in enumerate(c.tokens):
                if t.head != k or t.quote >= 0:
                    continue  # not the root of its sentence
                subj = _subject_of(c.tokens, k)
                if subj is None:
                    continue
                m = _mention_over(doc, p, c.tokens[subj].start)
                if m is None:
                    for i, a in enumerate(c.tokens):
                        if a.head == subj and i != subj and a.dep == "appos":
                            m = _mention_over(doc, p, a.start)
                            break
                if m is not None or c.tokens[subj].tag != "PRP":
                    out[p].append((c.tokens[subj].start, m))  # None: a subject that names no one
        out[p].sort(key=lambda x: x[0])
    return out


def quote_subjects(doc: Doc) -> list[ParseSubject | None]:
    """For every quotation, the subject the parse gives the verb it hangs on, or None."""
    return [_quote_subject(doc, qi, q) for qi, q in enumerate(doc.quotes)]


def _quote_subject(doc: Doc, qi: int, q) -> ParseSubject | None:
    for p in dict.fromkeys([q.first[0], q.last[0]]):
        chunks, parts = doc.chunks[p], [(s, e) for pp, s, e in q.parts if pp == p]
        if not parts:
            continue
        lo, hi = min(s for s, _ in parts), max(e for _, e in parts)
        # only the chunks that reach into the quotation (a paragraph may have many)
        first = max(0, bisect.bisect_right(chunks, lo, key=lambda c: c.start) - 1)
        for whole in _chunks_between(chunks, first, hi):
            inside = sorted({i for s, e in parts for i in whole.tokens_from(s, e)})
            if not inside:
                continue
            # the quotation's sentences and one either side: where its verb can be
            c, at = whole.window(inside[0], inside[-1], around=1)
            toks, inside = c.tokens, [i - at for i in inside]
            owner = _possessor_of_words(toks, inside, doc.paras[p])
            if owner is not None:
                k, noun = owner
                return _describe(doc, p, c, k, doc.paras[p][toks[noun].start:toks[noun].end], reporting=True)
            verb = _governing_verb(toks, inside, doc.paras[p])
            if verb is None:
                verb = _verb_beside(toks, inside, doc.paras[p])
            subj = _subject_of(toks, verb, quote=(inside[0], inside[-1])) if verb is not None else None
            if subj is not None:
                return _describe(doc, p, c, subj, doc.paras[p][toks[verb].start:toks[verb].end])
            source = _according_to(toks, inside, doc.paras[p])
            if source is not None:
                return _describe(doc, p, c, source, "according to")
    return None


def _chunks_between(chunks: list[nlp.Chunk], first: int, hi: int):
    """chunks[first], chunks[first + 1], ... while they start before hi."""
    for k in range(first, len(chunks)):
        if chunks[k].start >= hi:
            return
        yield chunks[k]


def _governing_verb(toks: list[nlp.Token], inside: list[int], text: str) -> int | None:
    """The reporting verb outside the quotation on the way up from its words to the root
    ('"Q," Roe said', 'Roe told reporters: "Q"', 'Roe insisted the plan was "Q"'), else
    the first verb outside it ('Roe called it "a disgrace"')."""
    first = None
    for path in _paths_up(toks, inside):
        for _, h in path:
            if toks[h].tag in VERB_TAGS:
                if text[toks[h].start:toks[h].end].lower() in REPORTING:
                    return h
                if first is None:
                    first = h
    return first


def _paths_up(toks: list[nlp.Token], inside: list[int]):
    """For each token of the quotation, its way up to the root: (child, head) for each head
    outside the quotation, lazily."""
    inside_set = set(inside)

    def up(i):
        j, seen = i, set()
        while j not in seen:
            seen.add(j)
            h = toks[j].head
            if h == j:
                return
            if h not in inside_set:
                yield j, h
            j = h
    return (up(i) for i in inside)


def _possessor_of_words(toks: list[nlp.Token], inside: list[int], text: str) -> tuple[int, int] | None:
    """'Roe's claim that Doe "founded the gang,"', 'Roe's assertion of a "claim of right"':
    on the way up from the quotation, before any verb, a noun of saying with a possessor;
    (the possessor, the noun)."""
    for path in _paths_up(toks, inside):
        for j, h in path:
            if toks[h].tag in VERB_TAGS and toks[j].dep not in ("ccomp", "acl"):
                break  # a verb outside governs it ("said", "called"), but not the claim's own clause
            if text[toks[h].start:toks[h].end].lower() in WORDS_NOUNS and toks[h].tag.startswith("NN"):
                between = text[toks[h].start:toks[min(inside)].start].rstrip("\"\u201c\u2018' ")
                if not POSSESSED_WORDS_RE.fullmatch(" " + between):
                    return None  # 'called Roe's remarks "racist"': an assessment of them
                for k, t in enumerate(toks):
                    if t.head == h and t.dep == "poss" and k != h:
                        return k, h
                return None
    return None


def _verb_beside(toks: list[nlp.Token], inside: list[int], text: str) -> int | None:
    """The reporting verb of the sentence the parser split off a quotation that ends in
    "?" or "!" ('"Q?" Roe asked.'), or of the clause ending in a colon just before it."""
    last, first = max(inside), min(inside)
    j = last + 1
    while j < len(toks) and toks[j].quote < 0 and toks[j].dep == "punct":
        j += 1
    i = first - 1
    while i >= 0 and toks[i].quote < 0 and toks[i].dep == "punct" and text[toks[i].start:toks[i].end] != ":":
        i -= 1
    for k in (j, i):
        if not 0 <= k < len(toks) or toks[k].quote >= 0:
            continue
        if k == i and text[toks[k].start:toks[k].end] != ":":
            continue
        root = _root_of(toks, k)
        if toks[root].tag in VERB_TAGS and text[toks[root].start:toks[root].end].lower() in REPORTING:
            return root
    return None


def _root_of(toks: list[nlp.Token], k: int) -> int:
    seen = set()
    while toks[k].head != k and k not in seen:
        seen.add(k)
        k = toks[k].head
    return k


def _according_to(toks: list[nlp.Token], inside: list[int], text: str) -> int | None:
    """'According to Roe, "Q"': the object of the "to" of an "according" that hangs on
    the quotation's words (or on the verb they hang on)."""
    for k, t in enumerate(toks):
        if text[t.start:t.end].lower() != "according" or k in inside:
            continue
        for j, u in enumerate(toks):
            if u.head == k and text[u.start:u.end].lower() == "to":
                for i, w in enumerate(toks):
                    if w.head == j and w.dep == "pobj":
                        return i
    return None


def _subject_of(toks: list[nlp.Token], verb: int, quote: tuple[int, int] | None = None) -> int | None:
    subjects = [k for k, t in enumerate(toks) if t.head == verb and k != verb and t.dep in SUBJECT_DEPS
                and t.quote < 0 and not _object_of_bare_preposition(toks, k)]
    if subjects:
        # two subjects are a parse error ("in Berea, Ohio, Gov. Jane Roe said"): the
        # nearer one before the verb is the real one; but when the verb follows the
        # quotation and is followed by a subject ('Roe "has a tough task," said Lee'),
        # the one before the quotation is the subject of its partial quote, and the
        # inverted one is who speaks
        before = [k for k in subjects if k < verb]
        after = [k for k in subjects if k > verb]
        if quote is not None and before and after and before[-1] < quote[0] and quote[1] < verb:
            return after[0]
        return before[-1] if before else subjects[0]
    # a conjoined verb shares the subject of the first ('Roe smiled and said, "Q"')
    if toks[verb].dep == "conj" and toks[verb].head != verb:
        return _subject_of(toks, toks[verb].head)
    return None


def _object_of_bare_preposition(toks: list[nlp.Token], k: int) -> bool:
    """'Like Roe, Doe said': a parse that left "Like" without its object and made its
    object the subject. The subject's phrase then follows a preposition with no children."""
    first = min(_subtree(toks, k))
    before = first - 1
    return before >= 0 and toks[before].dep == "prep" and not any(
        t.head == before and i != before for i, t in enumerate(toks))


def _subtree(toks: list[nlp.Token], k: int, skip: tuple[str, ...] = ()) -> set[int]:
    """Token k and the tokens below it, but not through a dependency labelled in skip."""
    keep, changed = {k}, True
    while changed:
        changed = False
        for i, t in enumerate(toks):
            if i not in keep and t.head in keep and t.dep not in skip:
                keep.add(i)
                changed = True
    return keep


def _describe(doc: Doc, p: int, c: nlp.Chunk, k: int, verb: str, reporting: bool = False) -> ParseSubject:
    toks, text = c.tokens, doc.paras[p]
    reporting = reporting or verb.lower() in REPORTING or verb == "according to"
    tok = toks[k]
    if tok.tag in ("WP", "WDT") and tok.dep in SUBJECT_DEPS and toks[tok.head].dep == "relcl":
        # 'Roe, who chairs the panel, said': the relative pronoun stands for its noun
        k = toks[tok.head].head
        tok = toks[k]
    word = text[tok.start:tok.end]
    if any(t.head == k and t.dep == "conj" for t in toks):
        return ParseSubject(verb=verb, reporting=reporting, pair=True)
    if tok.tag == "PRP" and word.lower() in PRONOUN_WORDS:
        return ParseSubject(pronoun=word.lower(), verb=verb, reporting=reporting)
    if tok.tag == "PRP$" and word.lower() in POSSESSIVE_PRONOUNS:  # "her claim that ..."
        return ParseSubject(pronoun=POSSESSIVE_PRONOUNS[word.lower()], verb=verb, reporting=reporting)
    m = _mention_over(doc, p, tok.start)
    if m is None or m.person is None:
        # 'A spokesman for the mayor, Jane Roe, said': the name in apposition (to the
        # subject, or to a noun of its phrase, as the parser often attaches it)
        below = _subtree(toks, k)
        for i, t in enumerate(toks):
            if t.head in below and i != k and t.dep == "appos":
                am = _mention_over(doc, p, t.start)
                if am is not None:
                    m = am
                    break
    words = ""
    if m is None:
        lo, hi = _subtree_span(toks, k)
        words = text[lo:hi]
        first = next(t for t in toks if t.start == lo)
        if first.tag not in ("NNP", "NNPS") and (first.sent_start or lo == 0):
            words = words[:1].lower() + words[1:]  # "Officials said": capitalised as a sentence's first word
    return ParseSubject(mention=m, words=words, verb=verb, reporting=reporting,
                        head=word if m is None else "", head_tag=tok.tag if m is None else "", at=tok.start)


def _subtree_span(toks: list[nlp.Token], k: int) -> tuple[int, int]:
    """The offsets of the subject's noun phrase without relative clauses or appositives."""
    keep = _subtree(toks, k, skip=("relcl", "appos", "punct", "acl", "cc", "conj"))
    return min(toks[i].start for i in keep), max(toks[i].end for i in keep)


def _mention_over(doc: Doc, p: int, at: int) -> Mention | None:
    """The mention (its role or its name) that holds offset `at`."""
    k = bisect.bisect_right(doc.mention_starts[p], at) - 1
    if k >= 0 and doc.mentions[p][k].start <= at < doc.mentions[p][k].end:
        return doc.mentions[p][k]
    return None
