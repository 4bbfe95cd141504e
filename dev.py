#!/usr/bin/env python3
"""Developer entry point that needs nothing but Python 3.11+.

    python3 dev.py build [generator build options]   # site/ from seeds/
    python3 dev.py test  [pytest options]            # every test
    python3 dev.py bench [options]                   # benchmarks (prints figures)

Creates .venv/ and installs the project into it (again whenever pyproject.toml
changes), then runs the command inside it.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_venv() -> None:
    stamp = VENV / ".installed"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == want and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("creating .venv/", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing the project and its dependencies into .venv/", file=sys.stderr)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-e", f"{ROOT}[test]"], check=True)
    stamp.write_text(want)


def main(argv: list[str]) -> int:
    commands = {
        "build": [str(PYTHON), "-m", "generator", "build"],
        "test": [str(PYTHON), "-m", "pytest"],
        "bench": [str(PYTHON), str(ROOT / "bench" / "run.py")],
    }
    if not argv or argv[0] not in commands:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if sys.version_info < (3, 11):
        print("error: Python 3.11 or newer is needed", file=sys.stderr)
        return 2
    try:
        ensure_venv()
    except subprocess.CalledProcessError:
        print("error: installing the dependencies failed (see pip's message above)", file=sys.stderr)
        return 1
    return subprocess.run(commands[argv[0]] + argv[1:], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
