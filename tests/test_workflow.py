"""The GitHub Pages workflow: linted by actionlint, and it builds the way the README does."""
from __future__ import annotations

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
