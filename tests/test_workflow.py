"""The GitHub Pages workflow: linted by actionlint, and it builds the way the README does."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, require

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def actionlint() -> str:
    beside = Path(sys.executable).parent / "actionlint"  # the venv's, when it is not on PATH
    found = str(beside) if beside.is_file() else shutil.which("actionlint")
    if not found:
        require("actionlint not installed (pip install -e '.[test]')")
    return found


def lint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([actionlint(), "-no-color", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_pages_workflow_passes_actionlint():
    run = lint(WORKFLOW)
    assert run.returncode == 0, run.stdout + run.stderr


def test_actionlint_catches_a_mistake(tmp_path):
    """The linter really checks: a step output that does not exist is an error."""
    broken = tmp_path / ".github" / "workflows" / "pages.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text().replace("steps.pages.outputs.base_url", "steps.nope.outputs.base_url"))
    run = lint(broken)
    assert run.returncode != 0 and "nope" in run.stdout


def test_pages_workflow_builds_as_the_readme_says_and_deploys():
    wf = yaml.safe_load(WORKFLOW.read_text())
    on = wf[True]  # YAML 1.1 reads the key `on` as true
    assert on["push"]["branches"] == ["main"]
    assert wf["permissions"]["pages"] == "write" and wf["permissions"]["id-token"] == "write"
    assert wf["concurrency"]["group"]
    steps = wf["jobs"]["build"]["steps"]
    build = next(s for s in steps if "dev.py build" in s.get("run", ""))
    assert build["run"] == "python3 dev.py build"
    assert "python3 dev.py build" in (ROOT / "README.md").read_text()
    # The address comes from the repository's Pages settings, so a fork deploys under its own.
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    assert build["env"]["SITE_URL"] == "${{ steps.%s.outputs.base_url }}" % pages["id"]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])


# --- the deploy path, simulated: a bare repository as GitHub, fresh clones as CI runners ---

STATE_INPUTS = ["generator/**", "overrides/**", "mkdocs.yml", "mkdocs.offline.yml", "pyproject.toml"]


def build_steps() -> list[dict]:
    return yaml.safe_load(WORKFLOW.read_text())["jobs"]["build"]["steps"]


def cache_step() -> dict:
    return next(s for s in build_steps() if s.get("uses", "").startswith("actions/cache@"))


def test_the_build_state_is_restored_and_keyed_by_code_and_config(tmp_path):
    """The cache holds every file the build keeps under its out folder except the
    committed registry, and its key changes with everything a full build depends on."""
    steps = build_steps()
    cache = cache_step()
    build_at = next(i for i, s in enumerate(steps) if "dev.py build" in s.get("run", ""))
    assert steps.index(cache) < build_at
    paths = set(cache["with"]["path"].split())
    from conftest import SEEDS, build
    build(SEEDS, tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == paths | {"permalinks.json"}
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"].strip()
    inputs = ", ".join(f"'{p}'" for p in STATE_INPUTS)
    assert f"hashFiles({inputs})" in key and key.endswith("-${{ github.run_id }}")
    assert restore == key.removesuffix("${{ github.run_id }}"), "a state built by other code would be restored"
    for pattern in STATE_INPUTS:
        assert list(ROOT.glob(pattern)), pattern


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
           "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def ci_checkout(origin: Path, dest: Path, restore_from: Path | None = None) -> Path:
    """A runner's checkout of main, with the cache's paths restored from an earlier run."""
    git(origin.parent, "clone", "-q", "--branch", "main", str(origin), str(dest))
    if restore_from is not None:
        for path in cache_step()["with"]["path"].split():
            shutil.copytree(restore_from / path, dest / path, symlinks=True)
    return dest


def run_commit_back(checkout: Path) -> None:
    step = next(s for s in build_steps() if "permalinks.json" in s.get("run", "") and "git push" in s["run"])
    env = {**os.environ, "GITHUB_SHA": git(checkout, "rev-parse", "HEAD").strip(), "GITHUB_REF_NAME": "main"}
    subprocess.run(["bash", "-e", "-c", step["run"]], cwd=checkout, env=env, check=True, capture_output=True)


def registry_at(origin: Path) -> dict:
    return json.loads(git(origin, "show", "main:permalinks.json"))["pages"]


@pytest.fixture
def github(tmp_path):
    """A bare repository holding one article and the registry of a local build of it;
    then the web editor adds a second article (no local build, so no registry entry)."""
    from conftest import build
    from test_permalinks import STORY_A, STORY_B
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", "--initial-branch", "main", str(origin))
    dev = tmp_path / "dev"
    git(tmp_path, "clone", "-q", str(origin), str(dev))
    (dev / "seeds").mkdir()
    (dev / "seeds" / "a.txt").write_text(STORY_A, encoding="utf-8")
    build(dev / "seeds", dev)
    (dev / ".gitignore").write_text("/.cache/\n/site/\n/site_src/\n")
    git(dev, "add", ".gitignore", "seeds", "permalinks.json")
    git(dev, "commit", "-q", "-m", "one article")
    git(dev, "push", "-q", "origin", "HEAD:main")
    (dev / "seeds" / "b.txt").write_text(STORY_B, encoding="utf-8")
    git(dev, "add", "seeds/b.txt")
    git(dev, "commit", "-q", "-m", "an article added in the web editor")
    git(dev, "push", "-q", "origin", "HEAD:main")
    return origin, dev


def test_a_page_first_published_by_ci_gets_its_gone_page(github, tmp_path):
    from conftest import build, parse_html
    origin, dev = github
    first = ci_checkout(origin, tmp_path / "run1")
    published = build(first / "seeds", first)
    b_pages = {q.page for q in published.corpus.quotes if q.article == "b"} | {"articles/b.md"}
    assert b_pages - set(registry_at(origin)) == b_pages  # the gap: only the CI build knows them
    run_commit_back(first)
    assert b_pages <= set(registry_at(origin))

    git(dev, "pull", "-q", "--rebase", "origin", "main")  # the commit-back reached the editors' clones
    git(dev, "rm", "-q", "seeds/b.txt")
    git(dev, "commit", "-q", "-m", "article b withdrawn")
    git(dev, "push", "-q", "origin", "HEAD:main")

    second = ci_checkout(origin, tmp_path / "run2", restore_from=first)
    result = build(second / "seeds", second)
    assert b_pages <= {g.path for g in result.gone}
    quote_page = next(p for p in sorted(b_pages) if p.startswith("quotes/"))
    assert "no longer in the corpus" in parse_html(second / "site" / quote_page.replace(".md", ".html")).text
    run_commit_back(second)  # nothing new to register: no commit
    assert git(origin, "log", "-1", "--format=%s", "main").strip() == "article b withdrawn"


def test_a_restored_state_rebuilds_only_what_the_push_changed(github, tmp_path):
    from conftest import build
    from test_incremental import tree
    origin, dev = github
    first = ci_checkout(origin, tmp_path / "run1")
    build(first / "seeds", first)
    run_commit_back(first)
    git(dev, "pull", "-q", "--rebase", "origin", "main")
    (dev / "seeds" / "c.txt").write_text("Ferry Fares Rise\n\nThe ferry operator raised fares.\n\n"
                                        "\u201cFuel costs left us no choice,\u201d operator chief Dana Roe said.\n",
                                        encoding="utf-8")
    git(dev, "add", "seeds/c.txt")
    git(dev, "commit", "-q", "-m", "a third article")
    git(dev, "push", "-q", "origin", "HEAD:main")

    second = ci_checkout(origin, tmp_path / "run2", restore_from=first)
    registry = (second / "permalinks.json").read_bytes()
    result = build(second / "seeds", second)
    assert not result.full and result.extracted == 1
    assert 0 < result.rendered < len(list((second / "site").rglob("*.html")))
    # the restored state.db knew what every page was made from: the pages of the
    # articles already published were not made again (their inputs did not change)
    before = {q.page for q in result.corpus.quotes if q.article != "c"} | {"articles/a.md", "articles/b.md"}
    assert before <= result.kept
    assert not result.kept & ({q.page for q in result.corpus.quotes if q.article == "c"} | {"articles/c.md"})
    cold = tmp_path / "cold"
    cold.mkdir()
    (cold / "permalinks.json").write_bytes(registry)
    build(second / "seeds", cold, full=True)
    for name in ("site", "site_src"):
        assert tree(second / name) == tree(cold / name), name
