"""The build: from a folder of articles to a site, as the command line and the Pages
workflow run it.

    options.py   what a build is asked (BuildOptions) and what it reports (BuildResult)
    pipeline.py  the stages in order, top to bottom
    corpus.py    the corpus: ingest + extract on worker processes, then resolve + link
    state.py     the build state in OUT/.cache/: inputs digest, manifest, the SQLite state.db
    parallel.py  the one way worker processes are started
    files.py     atomic writes, hard-link reuse, the switch to the new site
    lock.py      one build at a time per out folder
"""
from ..errors import BuildError
from .corpus import Loaded, analyse, load_articles
from .options import CORRECTIONS_FILE, BuildOptions, BuildResult, Summary
from .pipeline import (OFFLINE_ZIP, apply_corrections, build_site, display_path, load_corrections, read_registry,
                       today)

__all__ = ["CORRECTIONS_FILE", "OFFLINE_ZIP", "BuildError", "BuildOptions", "BuildResult", "Loaded", "Summary",
           "analyse", "apply_corrections", "build_site", "display_path", "load_articles", "load_corrections",
           "read_registry", "today"]
