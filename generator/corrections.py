"""The corrections file: an editor's fixes to attribution, read and checked (no I/O).

`corrections.yaml` keys every fix by an id the site's URLs already carry:

    quotes:
      fe23cec2d4: {speaker: Lloyd Austin, role: ..., article: ..., note: ...}
      9f87605d78: {not_a_quote: true}
    speakers:
      volodymyr-zelenskiy: {same_as: volodymyr-zelensky}
      john-smith: {split: {john-smith-footballer: [article ids]}}
      lloyd-austin: {name: ..., description: ..., wikidata: Q123456}

`parse` turns the text into plain data and reports, with the line, every problem it can
see in the file alone (unknown keys, wrong types, a merge cycle, two fixes of one quote
that disagree). Whether the ids exist is checked against the corpus in correct.py.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import yaml

QUOTE_ID = re.compile(r"[0-9a-f]{10}")
SPEAKER_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
QUOTE_KEYS = ("speaker", "role", "article", "note", "not_a_quote", "date")
SPEAKER_KEYS = ("same_as", "split", "name", "description", "wikidata", "note", "date", "reviewed")


@dataclass
class Problem:
    """One line for the editor: `corrections.yaml:LINE: what is wrong`."""

    source: str
    line: int
    message: str
    stale: bool = False  # the fix is fine but matches nothing any more: a warning, not an error

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


class CorrectionsError(Exception):
    """The file cannot be used at all (not YAML, not a mapping); str() is the one line."""


@dataclass
class QuoteFix:
    quote: str  # the quote id
    line: int
    article: str | None = None  # only the occurrence in this article
    sets_speaker: bool = False  # `speaker:` was given (its value may be None: no speaker)
    speaker: str | None = None  # a speaker id or name, or a new name
    role: str | None = None
    note: str = ""
    not_a_quote: bool = False
    date: str | None = None

    def content(self) -> tuple:
        """What the fix says (not where it is written): equal contents never disagree."""
        return (self.sets_speaker, self.speaker, self.role, self.note, self.not_a_quote, self.date)


@dataclass
class SpeakerFix:
    speaker: str  # the speaker id
    line: int
    same_as: str | None = None
    split: dict[str, list[str]] = field(default_factory=dict)  # new speaker id -> its article ids
    name: str | None = None
    description: str | None = None
    wikidata: str | None = None
    note: str = ""
    date: str | None = None
    reviewed: bool = False  # checked by an editor: `generator review` no longer lists it

    def content(self) -> tuple:
        return (self.same_as, sorted((k, sorted(v)) for k, v in self.split.items()), self.name,
                self.description, self.wikidata, self.note, self.date, self.reviewed)


@dataclass
class Corrections:
    source: str  # the file name used in messages
    quotes: list[QuoteFix] = field(default_factory=list)
    speakers: list[SpeakerFix] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # entries left out, and why


def parse(text: str, source: str = "corrections.yaml") -> Corrections:
    """The fixes of a corrections file, with a Problem for each entry left out."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise CorrectionsError(f"{source}:{line}: not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise CorrectionsError(f"{source}:1: not valid YAML: {exc}") from None
    out = Corrections(source)
    if root is None or _is_null(root):
        return out
    if not isinstance(root, yaml.MappingNode):
        raise CorrectionsError(f"{source}:{_line(root)}: expected the sections 'quotes:' and 'speakers:'")
    reader = _Reader(source, out.problems)
    for key, value in reader.pairs(root, "the file"):
        if key.value == "quotes":
            for qkey, entry in reader.section(value, "quotes"):
                out.quotes.extend(reader.quote_fixes(qkey, entry))
        elif key.value == "speakers":
            for skey, entry in reader.section(value, "speakers"):
                fix = reader.speaker_fix(skey, entry)
                if fix:
                    out.speakers.append(fix)
        else:
            reader.problem(key, f"unknown section '{key.value}' (expected quotes or speakers)")
    out.quotes = _drop_disagreeing_quotes(out.quotes, reader)
    out.speakers = _drop_disagreeing_speakers(out.speakers, reader)
    out.speakers = _drop_merge_cycles(out.speakers, reader)
    return out


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


class _Reader:
    """Walks the composed YAML nodes, so that every problem knows its line."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source, self.problems = source, problems

    def problem(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.source, line, message))

    def pairs(self, node: yaml.MappingNode, what: str):
        """(key node, value node) of a mapping whose keys are plain text."""
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or not key.value:
                self.problem(key, f"{what}: a key must be plain text")
                continue
            yield key, value

    def section(self, node: yaml.Node, name: str):
        if _is_null(node):  # 'quotes:' with every entry commented out
            return
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{name}: expected ids, each followed by its corrections")
            return
        yield from self.pairs(node, name)

    def text(self, node: yaml.Node, what: str) -> str | None:
        """A scalar's text as written (so 'no' stays 'no' and 2024-01-05 a string)."""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what}: expected text")
            return None
        if _is_null(node):
            self.problem(node, f"{what}: empty; give a value or delete the line")
            return None
        return " ".join(node.value.split())

    def true(self, node: yaml.Node, what: str) -> bool:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool" \
                and node.value.lower() in ("true", "yes", "on"):
            return True
        self.problem(node, f"{what}: only 'true' means something here; delete the line otherwise")
        return False

    def date(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what)
        try:
            return datetime.date.fromisoformat(value).isoformat() if value else None
        except ValueError:
            self.problem(node, f"{what}: '{value}' is not a date (YYYY-MM-DD)")
            return None

    def keys(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode) or not node.value:
            self.problem(node, f"{what}: expected its corrections ({', '.join(allowed)})")
            return None
        found: dict[str, yaml.Node] = {}
        ok = True
        for key, value in self.pairs(node, what):
            if key.value not in allowed:
                self.problem(key, f"{what}: unknown key '{key.value}' (expected one of: {', '.join(allowed)})")
                ok = False
            elif key.value in found:
                self.problem(key, f"{what}: '{key.value}' given twice")
                ok = False
            else:
                found[key.value] = value
        return found if ok else None

    def quote_fixes(self, key: yaml.ScalarNode, entry: yaml.Node) -> list[QuoteFix]:
        """A quote id's fixes: one mapping, or a list of them (one per article)."""
        qid = key.value
        what = f"quote {qid}"
        if not QUOTE_ID.fullmatch(qid):
            self.problem(key, f"'{qid}' is not a quote id (10 characters 0-9a-f, as in quotes/fe23cec2d4.html)")
            return []
        if isinstance(entry, yaml.SequenceNode):  # one fix per article: each at its own line
            fixes = [self.quote_fix(qid, e, what, _line(e)) for e in entry.value]
        else:
            fixes = [self.quote_fix(qid, entry, what, _line(key))]
        return [f for f in fixes if f]

    def quote_fix(self, qid: str, node: yaml.Node, what: str, line: int) -> QuoteFix | None:
        found = self.keys(node, what, QUOTE_KEYS)
        if found is None:
            return None
        fix = QuoteFix(qid, line)
        if not self.fill(fix, found, what):
            return None
        if fix.not_a_quote and (fix.sets_speaker or fix.role):
            self.problem(line, f"{what}: not_a_quote cannot go with speaker or role (a quotation that is "
                               "not one has no speaker)")
            return None
        if fix.role and fix.sets_speaker and fix.speaker is None:
            self.problem(found["role"], f"{what}: role: a quote with no speaker has no role to show")
            return None
        if not (fix.sets_speaker or fix.not_a_quote or fix.role or fix.note):
            self.problem(line, f"{what}: nothing to correct (give speaker, role, not_a_quote or note)")
            return None
        return fix

    def speaker_fix(self, key: yaml.ScalarNode, node: yaml.Node) -> SpeakerFix | None:
        sid = key.value
        what = f"speaker {sid}"
        if not SPEAKER_ID.fullmatch(sid):
            self.problem(key, f"'{sid}' is not a speaker id (as in speakers/lloyd-austin.html)")
            return None
        found = self.keys(node, what, SPEAKER_KEYS)
        if found is None:
            return None
        fix = SpeakerFix(sid, _line(key))
        if not self.fill(fix, found, what):
            return None
        if fix.same_as and (fix.split or fix.name or fix.description or fix.wikidata):
            self.problem(key, f"{what}: same_as makes it part of {fix.same_as}: give name, description, "
                              f"wikidata or split under {fix.same_as} instead")
            return None
        if not (fix.same_as or fix.split or fix.name or fix.description or fix.wikidata or fix.note or fix.reviewed):
            self.problem(key, f"{what}: nothing to correct (give same_as, split, name, description, wikidata, note "
                              "or reviewed)")
            return None
        if fix.same_as == sid:
            self.problem(found["same_as"], f"{what}: same_as: a merge cycle ({sid} -> {sid})")
            return None
        return fix

    def fill(self, fix: QuoteFix | SpeakerFix, found: dict[str, yaml.Node], what: str) -> bool:
        """Set each key's value on the fix; False when any is wrong (each is reported)."""
        ok = True
        for k, v in found.items():
            if k == "speaker":  # the one key where null means something: no speaker can be named
                fix.sets_speaker = True  # type: ignore[union-attr]
                if _is_null(v) and v.value in ("null", "Null", "NULL", "~"):
                    continue
                if _is_null(v):
                    self.problem(v, f"{what}: speaker: empty; write a name or id, or null when no speaker "
                                    "can be named")
                    ok = False
                    continue
            readers = {"not_a_quote": self.true, "reviewed": self.true, "date": self.date,
                       "same_as": self.speaker_id, "split": self.split, "wikidata": self.wikidata}
            value = readers.get(k, self.text)(v, f"{what}: {k}")
            if value:
                setattr(fix, k, value)
            else:
                ok = False
        return ok

    def wikidata(self, node: yaml.Node, what: str) -> str | None:
        return self._matching(node, what, WIKIDATA_ID, "a Wikidata item id (like Q123456)")

    def speaker_id(self, node: yaml.Node, what: str) -> str | None:
        return self._matching(node, what, SPEAKER_ID, "a speaker id (as in speakers/lloyd-austin.html)")

    def _matching(self, node: yaml.Node, what: str, pattern: re.Pattern, kind: str) -> str | None:
        value = self.text(node, what)
        if value and not pattern.fullmatch(value):
            self.problem(node, f"{what}: '{value}' is not {kind}")
            return None
        return value

    def split(self, node: yaml.Node, what: str) -> dict[str, list[str]]:
        if not isinstance(node, yaml.MappingNode) or not node.value:
            self.problem(node, f"{what}: expected {{new-speaker-id: [article ids]}}")
            return {}
        out: dict[str, list[str]] = {}
        for key, value in self.pairs(node, what):
            new_id = self.speaker_id(key, what)
            items = value.value if isinstance(value, yaml.SequenceNode) else None
            if not new_id:
                return {}
            if not items or not all(isinstance(i, yaml.ScalarNode) and i.value for i in items):
                self.problem(value, f"{what}: {new_id}: expected a list of article ids, like [000_98e21d13d47d04b2]")
                return {}
            if new_id in out:
                self.problem(key, f"{what}: {new_id} given twice")
                return {}
            out[new_id] = [i.value for i in items]
        return out


def _drop_disagreeing_quotes(fixes: list[QuoteFix], reader: _Reader) -> list[QuoteFix]:
    """Two fixes of one quote that overlap (the same article, or one for every article)
    must say the same; the same fix written twice counts once."""
    kept: list[QuoteFix] = []
    dropped: set[int] = set()
    for fix in fixes:
        twin = next((k for k in kept if k.quote == fix.quote and
                     (k.article is None or fix.article is None or k.article == fix.article)), None)
        if twin is None:
            kept.append(fix)
        elif twin.content() != fix.content():
            reader.problem(fix.line, f"quote {fix.quote}: two corrections disagree (this one and line {twin.line}); "
                                     "keep one, or give each its own article:")
            dropped.add(id(twin))
        elif twin.article is not None and fix.article is None:  # the same fix, for every article
            kept[kept.index(twin)] = fix
    return [k for k in kept if id(k) not in dropped]


def _drop_disagreeing_speakers(fixes: list[SpeakerFix], reader: _Reader) -> list[SpeakerFix]:
    kept: dict[str, SpeakerFix] = {}
    dropped: set[str] = set()
    for fix in fixes:
        twin = kept.get(fix.speaker)
        if twin is None:
            kept[fix.speaker] = fix
        elif twin.content() != fix.content():
            reader.problem(fix.line, f"speaker {fix.speaker}: corrected twice, and the two disagree "
                                     f"(this one and line {twin.line}); keep one")
            dropped.add(fix.speaker)
    return [f for sid, f in kept.items() if sid not in dropped]


def _drop_merge_cycles(fixes: list[SpeakerFix], reader: _Reader) -> list[SpeakerFix]:
    """a same_as b, b same_as a: no speaker would be left to merge into."""
    target = {f.speaker: f.same_as for f in fixes if f.same_as}
    in_cycle: set[str] = set()
    for fix in fixes:
        path, sid = [], fix.speaker
        while sid in target and sid not in path:
            path.append(sid)
            sid = target[sid]
        if path and sid == fix.speaker and fix.speaker not in in_cycle:
            in_cycle.update(path)
            reader.problem(fix.line, f"speaker {fix.speaker}: same_as: a merge cycle ({' -> '.join(path + [sid])})")
    return [f for f in fixes if f.speaker not in in_cycle]
