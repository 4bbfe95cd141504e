"""What a build is asked to do (`BuildOptions`, one frozen object, as MkDocs' config)
and what it reports (`BuildResult`)."""
from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field
from pathlib import Path

from ..corrections import Problem
from ..ingest import IngestError
from ..model import Corpus
from ..site.permalinks import Gone

CORRECTIONS_FILE = "corrections.yaml"  # beside the MkDocs config, unless another is given


@dataclass(frozen=True)
class BuildOptions:
    """Build site_src/ and site/ under `out` from the articles in `seeds`, with the MkDocs
    config `config_file`.

    strict: a bad article or correction fails the build instead of being skipped.
    registry_file: the permalink registry (default `out/permalinks.json`).
    offline: the config must be one for reading from disk (mkdocs.offline.yml); the
    site is also written as `out/site-offline.zip`.
    jobs: processes for extraction and writing (the command line gives the CPUs).
    corrections_file: the editor's corrections (default: corrections.yaml beside the
    config, when there is one).
    full: render every page even when only some changed.
    keep_corpus: return the analysed corpus in the result; without it (the command
    line), the corpus is let go once the Markdown is written, before MkDocs starts: at
    10,000 articles that is half a GB less at the peak.
    """

    seeds: Path
    out: Path
    config_file: Path
    _: KW_ONLY
    strict: bool = False
    registry_file: Path | None = None
    offline: bool = False
    jobs: int = 1
    corrections_file: Path | None = None
    full: bool = False
    keep_corpus: bool = True

    @property
    def registry(self) -> Path:
        return self.registry_file or self.out / "permalinks.json"

    @property
    def corrections(self) -> Path:
        return self.corrections_file or self.config_file.parent / CORRECTIONS_FILE


@dataclass(frozen=True)
class Summary:
    """What a build published, counted."""

    articles: int = 0
    quotes: int = 0  # quotations, one per occurrence in an article
    quote_pages: int = 0  # distinct quotations (one page each)
    speakers: int = 0
    corrections: int = 0

    @classmethod
    def of(cls, corpus: Corpus) -> Summary:
        return cls(len(corpus.articles), len(corpus.quotes), len(corpus.quotes_by_id), len(corpus.speakers),
                   len(corpus.corrections))




@dataclass
class BuildResult:
    corpus: Corpus | None  # None when the build was told not to keep it, or was up to date
    problems: list[IngestError]
    site_dir: Path
    src_dir: Path
    gone: list[Gone] = field(default_factory=list)
    corrections: list[Problem] = field(default_factory=list)  # the corrections file's errors and stale fixes
    up_to_date: bool = False  # nothing changed since the last build: nothing was written
    extracted: int = 0  # articles extracted (not taken from the cache)
    rendered: int = 0  # pages MkDocs rendered (the others were unchanged and copied)
    full: bool = True  # MkDocs built every page
    kept: set[str] = field(default_factory=set)  # Markdown pages not made again: their inputs had not changed
    summary: Summary = field(default_factory=Summary)
