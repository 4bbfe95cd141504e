"""Apply an editor's corrections to a linked corpus: a corrected corpus out (no I/O).

Runs after extraction, resolution and linking, on every build, so a fix survives
whatever the extractor does next: it is keyed by quote id (a hash of the words alone)
and by the speaker ids the site published. Speaker fixes go first (split, then rename,
then merge), so a quote fix may name a speaker by any id it ever had.

A fix whose quote or speaker the site once published (the permalink registry lists it)
but no longer has is *stale*: reported, never dropped in silence, and a quote whose
words were re-extracted a little differently (its page redirects) takes the fix along.
An id the site never had is an error.
"""
from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from dataclasses import dataclass

from .corrections import SPEAKER_ID, Corrections, Problem, QuoteFix, SpeakerFix
from .link import assemble
from .model import Corpus, QuoteRecord
from .model import Correction, Speaker, fold, slugify
from .site.permalinks import quote_successor


@dataclass
class Outcome:
    corpus: Corpus
    problems: list[Problem]  # errors (the fix was left out) and stale fixes (warnings)
    dates: dict[str, dict]  # for the registry: key -> {"date", "digest"} of every fix applied


def apply(corpus: Corpus, fixes: Corrections, registry: dict[str, dict] | None = None,
          dates: dict[str, dict] | None = None, today: str = "1970-01-01") -> Outcome:
    """The corpus with `fixes` applied. registry: the permalink registry's pages (tells a
    gone id from a typo); dates: what the registry remembers of fixes already published;
    today: the date of a fix published for the first time."""
    run = _Run(corpus, fixes.source, registry or {}, dates or {}, today)
    for fix in fixes.speakers:
        if fix.split:
            run.split(fix)
    for fix in fixes.speakers:
        if fix.name or fix.description or fix.wikidata or (fix.note and not fix.same_as and not fix.split):
            run.describe(fix)
    for fix in fixes.speakers:
        if fix.same_as:
            run.merge(fix)
        elif fix.reviewed and not (fix.split or fix.name or fix.description or fix.wikidata or fix.note):
            run.speaker(fix.speaker, fix.line, f"speaker {fix.speaker}")  # only checked: is the id known?
    taken = {f.quote for f in fixes.quotes}
    for fix in fixes.quotes:
        run.quote(fix, taken)
    return run.outcome()


@dataclass
class _Pending:
    """A correction to publish once every id is final."""

    line: int
    key: str  # what identifies the fix in the registry: "quotes/<id>", "quotes/<id>@<article>", "speakers/<id>"
    digest: str
    date: str | None  # the editor's date, if given
    change: str
    note: str
    quote: str | None = None  # the quote id, for a quote's page
    article: str | None = None  # the article of the one occurrence it corrects, if only one
    speaker: str | None = None  # a speaker id (any it had), for a speaker's page


def _digest(fix: QuoteFix | SpeakerFix) -> str:
    return hashlib.sha256(repr(fix.content()).encode()).hexdigest()[:12]


class _Run:
    def __init__(self, corpus: Corpus, source: str, registry: dict[str, dict], dates: dict[str, dict], today: str):
        self.corpus, self.source, self.registry, self.dates, self.today = corpus, source, registry, dates, today
        # Copies: the corpus given stays as it was.
        self.speakers = {s.id: dataclasses.replace(s, aliases=list(s.aliases), roles=list(s.roles),
                                                   articles=list(s.articles))
                         for s in [*corpus.speakers, *corpus.mentioned]}  # a fix may give a page to either
        self.ids = {sid: sid for sid in self.speakers}  # every id a speaker had -> its id now
        self.quotes = [dataclasses.replace(q, speaker=self._now(q.speaker), guess=self._now(q.guess),
                                           candidates=[(self._now(s), p) for s, p in q.candidates])
                       for q in _with_phrases(corpus)]
        self.by_id: dict[str, list[QuoteRecord]] = {}
        self.touching: dict[int, list[QuoteRecord]] = {}  # id() of a speaker -> quotes it speaks or may speak
        for q in self.quotes:
            self.by_id.setdefault(q.id, []).append(q)
            for sp in {id(x): x for x in [q.speaker, q.guess, *(s for s, _ in q.candidates)] if x}:
                self.touching.setdefault(sp, []).append(q)
        self.removed: dict[str, list[QuoteRecord]] = {}  # not quotations: quote id -> occurrences
        self.problems: list[Problem] = []
        self.pending: list[_Pending] = []
        self.new_speakers: dict[str, Speaker] = {}  # folded name -> speaker a fix created
        self.names: dict[tuple[str, ...], list[Speaker]] | None = None  # name key -> speakers, once speakers are final
        self.registered_articles = {e.get("id"): e for e in registry.values() if e.get("kind") == "article"}

    def _now(self, sp: Speaker | None) -> Speaker | None:
        return self.speakers[sp.id] if sp is not None else None

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, message))

    def stale(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, message, stale=True))

    def publish(self, fix: QuoteFix | SpeakerFix, key: str, change: str, **where: str) -> None:
        self.pending.append(_Pending(fix.line, key, _digest(fix), fix.date, change, fix.note, **where))

    def article(self, article_id: str, line: int, what: str) -> str | None:
        """The id an article has now: a renamed file's article is found by its content."""
        if article_id in self.corpus.article_pages:
            return article_id
        entry = self.registered_articles.get(article_id)
        if entry is None:
            self.error(line, f"{what}: no article has the id '{article_id}' (the file name without .txt)")
            return None
        now = next((a.id for a in self.corpus.articles if a.content_hash == entry.get("content_hash")), None)
        if now:
            self.stale(line, f"{what}: article {article_id} is now {now} (renamed): applied there; change the id")
        else:
            self.stale(line, f"{what}: article {article_id} is no longer on the site; this correction does nothing now")
        return now

    # --- speakers ------------------------------------------------------------------------

    def speaker(self, sid: str, line: int, what: str) -> Speaker | None:
        """The speaker an id names now (an id it had before a rename or merge works too)."""
        if sid in self.ids:
            return self.speakers[self.ids[sid]]
        if f"speakers/{sid}.md" in self.registry:
            self.stale(line, f"{what}: {sid} is no longer a speaker on the site (the extractor or another "
                             "correction changed it); this correction does nothing now")
        else:
            self.error(line, f"{what}: no speaker has the id '{sid}' (copy it from the speaker page's address, "
                             "speakers/<id>.html)")
        return None

    def _rename_id(self, old: str, new: str) -> None:
        for k, v in self.ids.items():
            if v == old:
                self.ids[k] = new
        self.ids[new] = new

    def _move_quotes(self, old: Speaker, new: Speaker, articles: set[str] | None = None) -> None:
        """Quotes (and guesses) of `old` go to `new`; only in `articles` when given."""
        stay = []
        for q in self.touching.pop(id(old), []):
            if articles is not None and q.article not in articles:
                stay.append(q)
                continue
            q.speaker = new if q.speaker is old else q.speaker
            q.guess = new if q.guess is old else q.guess
            best: dict[str, tuple[Speaker, float]] = {}
            for sp, p in q.candidates:
                sp = new if sp is old else sp
                if sp.id not in best or best[sp.id][1] < p:
                    best[sp.id] = (sp, p)
            q.candidates = sorted(best.values(), key=lambda c: -c[1])
            self.touching.setdefault(id(new), []).append(q)
        if stay:
            self.touching[id(old)] = stay

    def split(self, fix: SpeakerFix) -> None:
        what = f"speaker {fix.speaker}: split"
        sp = self.speaker(fix.speaker, fix.line, what)
        if sp is None:
            return
        present = set(sp.articles) | {q.article for q in self.touching.get(id(sp), []) if q.speaker is sp}
        claimed: set[str] = set()
        parts: dict[str, set[str]] = {}  # new id -> its articles, as they are called now
        for new_id, arts in fix.split.items():
            if new_id in self.ids:
                return self.error(fix.line, f"{what}: {new_id} is already a speaker's id; choose another")
            parts[new_id] = set()
            for art in arts:
                art = self.article(art, fix.line, what)
                if art is None:
                    return
                if art not in present:
                    return self.error(fix.line, f"{what}: {sp.id} is not in article {art} (it is in: "
                                                f"{', '.join(sorted(present))})")
                if art in claimed:
                    return self.error(fix.line, f"{what}: article {art} is given to two speakers")
                claimed.add(art)
                parts[new_id].add(art)
        if claimed >= present:
            return self.error(fix.line, f"{what}: that moves every article of {sp.id}; to rename it, use name:")
        for new_id, moved in parts.items():
            new = Speaker(id=new_id, name=sp.name, aliases=list(sp.aliases), kind=sp.kind,
                          roles=[r for r in sp.roles if r[1] in moved], articles=sorted(moved))
            self.speakers[new_id] = new
            self.ids[new_id] = new_id
            self._move_quotes(sp, new, moved)
            self.publish(fix, f"speakers/{fix.speaker}>{new_id}",
                         f"{sp.name} in {_count(len(moved), 'article')} is a different person of the same name, "
                         "now on a page of their own.", speaker=new_id)
        sp.roles = [r for r in sp.roles if r[1] not in claimed]
        sp.articles = [a for a in sp.articles if a not in claimed]

    def describe(self, fix: SpeakerFix) -> None:
        sp = self.speaker(fix.speaker, fix.line, f"speaker {fix.speaker}")
        if sp is None:
            return
        change = ""
        if fix.name and fix.name != sp.name:
            key = _name_key(fix.name)
            other = next((s for s in self.speakers.values() if s is not sp
                          and key in {_name_key(n) for n in [s.name, *s.aliases]}), None)
            if other is not None:
                return self.error(fix.line, f"speaker {fix.speaker}: name: '{fix.name}' is a name of speaker "
                                            f"{other.id}; to make them one, use same_as: {other.id}")
            new_id = slugify(fix.name)
            if new_id != sp.id:
                base, n = new_id, 2
                while new_id in self.ids and self.ids[new_id] != sp.id:
                    new_id, n = f"{base}-{n}", n + 1
                del self.speakers[sp.id]
                self._rename_id(sp.id, new_id)
                sp.id = new_id
                self.speakers[new_id] = sp
            change = f"Name corrected to {fix.name} (was {sp.name})."
            sp.aliases = sorted({*sp.aliases, sp.name} - {fix.name})
            sp.name = fix.name
        sp.description = fix.description or sp.description
        sp.wikidata = fix.wikidata or sp.wikidata
        if change or fix.note:
            self.publish(fix, f"speakers/{fix.speaker}", change or "Editor's note.", speaker=sp.id)

    def merge(self, fix: SpeakerFix) -> None:
        what = f"speaker {fix.speaker}: same_as"
        source = self.speaker(fix.speaker, fix.line, f"speaker {fix.speaker}")
        target = self.speaker(fix.same_as, fix.line, what) if source else None
        if source is None or target is None or source is target:
            return
        target.aliases = sorted({*target.aliases, source.name, *source.aliases} - {target.name})
        target.roles = sorted({*target.roles, *source.roles})
        target.articles = sorted({*target.articles, *source.articles})
        target.description = target.description or source.description
        target.wikidata = target.wikidata or source.wikidata
        self._move_quotes(source, target)
        del self.speakers[source.id]
        self._rename_id(source.id, target.id)
        self.publish(fix, f"speakers/{fix.speaker}",
                     f"{source.name} ({fix.speaker}) and {target.name} are one person: their quotations are "
                     "now on this page.", speaker=target.id)

    # --- quotes --------------------------------------------------------------------------

    def quote(self, fix: QuoteFix, taken: set[str]) -> None:
        what = f"quote {fix.quote}"
        qid = fix.quote
        if not self.by_id.get(qid):
            qid = self._successor(fix, taken)
            if qid is None:
                return
        occurrences = self.by_id[qid]
        article = fix.article and self.article(fix.article, fix.line, f"{what}: article")
        if fix.article is not None:
            if article is None:
                return
            occurrences = [q for q in occurrences if q.article == article]
            if not occurrences:
                return self.error(fix.line, f"{what}: article: the quote is not in {article} (it is in: "
                                            f"{', '.join(sorted({q.article for q in self.by_id[qid]}))})")
        where = f"In \u201c{self.corpus.article(article).title}\u201d: " if article else ""
        key = f"quotes/{fix.quote}" + (f"@{fix.article}" if fix.article else "")
        if fix.not_a_quote:
            self.removed.setdefault(qid, []).extend(occurrences)
            self.by_id[qid] = [q for q in self.by_id[qid] if all(q is not o for o in occurrences)]
            return self.publish(fix, key, f"{where}These words are not a quotation (a title, a term or a scare "
                                          "quote): they are no longer listed as one.", quote=qid, article=article)
        new = self._named(fix) if fix.speaker is not None else None
        if fix.speaker is not None and new is None:
            return
        if fix.role and not fix.sets_speaker and any(q.speaker is None for q in occurrences):
            return self.error(fix.line, f"{what}: role: the quote has no speaker; give speaker: too")
        changes = []
        if fix.sets_speaker:
            changes.append(_attribution_change(new, {q.speaker.name if q.speaker else None for q in occurrences}))
            for q in occurrences:
                q.speaker, q.guess, q.attribution = new, None, "editor"
                q.confidence, q.candidates = (1.0, [(new, 1.0)]) if new else (0.0, [])
                if new and q.article not in new.articles:
                    new.articles = sorted({*new.articles, q.article})
        if fix.role:
            for q in occurrences:
                q.role = fix.role
            changes.append(f"Role shown: {fix.role}.")
        self.publish(fix, key, where + (" ".join(changes) or "Editor's note."), quote=qid, article=article)

    def _successor(self, fix: QuoteFix, taken: set[str]) -> str | None:
        """The quote a fix of a gone quote now belongs to, or None (reported)."""
        what = f"quote {fix.quote}"
        entry = self.registry.get(f"quotes/{fix.quote}.md")
        if entry is None:
            self.error(fix.line, f"{what}: no quote on the site has this id (copy it from the quote page's address, "
                                 "quotes/<id>.html)")
            return None
        gone = quote_successor(f"quotes/{fix.quote}.md", entry, self.corpus)
        successor = gone.successor.removeprefix("quotes/").removesuffix(".md") if gone.redirect else None
        if successor and successor not in taken:
            self.stale(fix.line, f"{what}: its words now read slightly differently, as quote {successor}: "
                                 f"applied there; change the id to {successor}")
            return successor
        self.stale(fix.line, f"{what}: this quotation is no longer on the site (its article was removed or "
                             "re-extracted); this correction does nothing now")
        return None

    def _named(self, fix: QuoteFix) -> Speaker | None:
        """The speaker `speaker:` names: an id, a name or other spelling of one, or a new person."""
        value, what = fix.speaker or "", f"quote {fix.quote}: speaker"
        if value in self.ids:
            return self.speakers[self.ids[value]]
        if SPEAKER_ID.fullmatch(value):  # lowercase-with-hyphens: meant as an id, and none has it
            self.speaker(value, fix.line, what)
            return None
        key = _name_key(value)
        names = self._names()
        # a lone surname could be anyone's of that name
        matches = list({id(s): s for s in [*names.get(key, []), *names.get(("surname", *key), [])]}.values())
        if len(matches) > 1:
            ids = ", ".join(sorted(s.id for s in matches))
            self.error(fix.line, f"{what}: '{value}' could be any of {ids}; give the id")
            return None
        if matches:
            return matches[0]
        if key not in self.new_speakers:
            base, n = slugify(value, "speaker"), 2
            sid = base
            while sid in self.ids:
                sid, n = f"{base}-{n}", n + 1
            self.new_speakers[key] = self.speakers[sid] = Speaker(id=sid, name=value)
            self.ids[sid] = sid
            self._index(self.new_speakers[key])
        return self.new_speakers[key]

    def _names(self) -> dict[tuple[str, ...], list[Speaker]]:
        """Every speaker by the words of each name it goes by, and by its surname (built once
        the speaker fixes are done: quote fixes only add new speakers)."""
        if self.names is None:
            self.names = {}
            for sp in self.speakers.values():
                self._index(sp)
        return self.names

    def _index(self, sp: Speaker) -> None:
        keys = {_name_key(n) for n in [sp.name, *sp.aliases]} | {("surname", *_name_key(sp.name)[-1:])}
        for key in keys:
            self.names.setdefault(key, []).append(sp)  # type: ignore[union-attr]

    # --- the result ----------------------------------------------------------------------

    def outcome(self) -> Outcome:
        gone = {id(q) for occ in self.removed.values() for q in occ}
        corpus = assemble(self.corpus.articles, list(self.speakers.values()),
                          [q for q in self.quotes if id(q) not in gone], self.corpus.variants,
                          keep={p.quote for p in self.pending if p.quote is not None},  # their pages show the fix
                          keep_speakers={self.ids[p.speaker] for p in self.pending if p.speaker is not None})
        withdrawn = {qid: [dataclasses.replace(q, speaker=None, guess=None, candidates=[]) for q in occ]
                     for qid, occ in self.removed.items() if qid not in corpus.quotes_by_id}
        corpus.withdrawn = withdrawn
        dates: dict[str, dict] = {}
        published: list[tuple[int, Correction]] = []
        for p in self.pending:
            known = self.dates.get(p.key, {})
            date = p.date or (known["date"] if known.get("digest") == p.digest and "date" in known else self.today)
            dates[p.key] = {"date": date, "digest": p.digest}
            if p.quote is not None:
                occ = corpus.quotes_by_id.get(p.quote) or withdrawn[p.quote]
                correction = Correction(f"quotes/{p.quote}.md", occ[0].text, date, p.change, p.note, "quote")
                for q in occ:
                    if p.article is None or q.article == p.article:
                        q.correction = correction
            else:
                sp = self.speakers[self.ids[p.speaker]]
                correction = Correction(f"speakers/{sp.id}.md", sp.name, date, p.change, p.note, "speaker")
            published.append((p.line, correction))
        published.sort(key=lambda lc: lc[0])
        corpus.corrections = sorted((c for _, c in published), key=lambda c: c.date, reverse=True)
        return Outcome(corpus, self.problems, dates)


def _with_phrases(corpus: Corpus) -> list[QuoteRecord]:
    """Every quote record, the phrases (link.is_phrase) too, each in its article's order: a fix
    can make a phrase a quotation again (an editor names its speaker)."""
    if not corpus.phrases:
        return list(corpus.quotes)
    out: list[QuoteRecord] = []
    placed: set[str] = set()
    for art, group in itertools.groupby(corpus.quotes, key=lambda q: q.article):
        out += sorted([*group, *corpus.phrases.get(art, [])], key=lambda q: (q.paragraph, q.start))
        placed.add(art)
    for art in sorted(set(corpus.phrases) - placed):
        out += corpus.phrases[art]
    return out


def _attribution_change(new: Speaker | None, old: set[str | None]) -> str:
    was = " / ".join(sorted(n or "no speaker" for n in old))
    if new is None:
        return f"No speaker can be named for these words (they were attributed to {was})." if old != {None} \
            else "An editor confirmed that no speaker can be named."
    if old == {new.name}:
        return f"An editor confirmed the attribution to {new.name}."
    return f"Attributed to {new.name} (was: {was})."


def _name_key(name: str) -> tuple[str, ...]:
    """A name compared by its words: case, accents, dots and initials do not count."""
    return tuple(w for w in re.findall(r"[a-z0-9]+", fold(name)) if len(w) > 1)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
