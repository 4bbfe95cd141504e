"""The build's file writing: every write atomic, unchanged files reused by hard link,
the new site switched in at once, one build at a time per out folder."""
from __future__ import annotations

import contextlib
import ctypes
import os
import posixpath
import shutil
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import BuildError
from ..site.render import Kept


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """A scratch path beside `path`, moved over it when the block succeeds: a reader (or a
    killed build) sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_atomic(path: Path, data: str | bytes) -> None:
    with replaced_atomically(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def reuse(old: Path, dest: Path, data: bytes | None = None) -> bool:
    """Hard-link `old` to `dest` (replacing it, if any) when it holds exactly `data` (or,
    without data, exactly what `dest` holds). An unchanged file so keeps its inode and
    mtime: watchers and deploy tools see only what changed. False when it differs."""
    try:
        old_stat = old.stat()
        if data is None:
            new_stat = dest.stat()
            if (old_stat.st_ino, old_stat.st_dev) == (new_stat.st_ino, new_stat.st_dev):
                return True  # linked already
            if old_stat.st_size != new_stat.st_size or old.read_bytes() != dest.read_bytes():
                return False
        elif old_stat.st_size != len(data) or old.read_bytes() != data:
            return False
        tmp = dest.with_name(f".{dest.name}.keep")
        os.link(old, tmp)
        os.replace(tmp, dest)
        return True
    except OSError:  # missing, or a file system without hard links: written instead
        return False


def reuse_unchanged(new_root: Path, old_root: Path, linked: Iterable[str] = ()) -> int:
    """Replace every file of new_root byte-identical to its old_root counterpart by a hard
    link to it. linked: paths (relative, "/"-separated) already linked from old_root,
    not looked at again. Returns how many were kept."""
    if not old_root.is_dir():
        return 0
    skip = set(linked)
    kept = 0
    for dirpath, _, names in os.walk(new_root):
        rel_dir = os.path.relpath(dirpath, new_root)
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        for name in names:
            rel = prefix + name
            if rel not in skip:
                kept += reuse(old_root / rel, Path(dirpath) / name)
    return kept


def link_or_copy(old: Path | str, dest: Path | str, make_parent: bool = True) -> None:
    if make_parent:
        os.makedirs(os.path.dirname(dest), exist_ok=True)
    try:
        os.link(old, dest)
    except OSError:  # a file system without hard links
        with open(old, "rb") as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out)


def link_all(old_root: Path, new_root: Path, paths: Iterable[str]) -> None:
    """link_or_copy each path (relative, "/"-separated) from old_root to new_root: tens of
    thousands at a time, so each folder is made once and paths are plain strings."""
    old, new = os.fspath(old_root), os.fspath(new_root)
    made: set[str] = set()
    for rel in paths:
        folder = posixpath.dirname(rel)
        if folder not in made:
            os.makedirs(os.path.join(new, folder), exist_ok=True)
            made.add(folder)
        link_or_copy(os.path.join(old, rel), os.path.join(new, rel), make_parent=False)


def write_tree(files: Iterable[tuple[str, str | bytes]], root: Path, previous: Path | None = None,
               kept: set[str] | None = None) -> set[str]:
    """Write files (path, content) under root; a file identical in `previous` is hard-linked
    from there, and so is one whose content is given as site.render.KEPT (known to be unchanged:
    not even read; their paths are added to `kept`). Returns the paths written: those new
    or different since `previous`."""
    written = set()
    # plain strings, not Path objects: tens of thousands of files per build, most of them kept
    into, before = os.fspath(root), None if previous is None else os.fspath(previous)
    made: set[str] = set()
    seen: set[str] = set()
    for rel, content in files:
        if posixpath.isabs(rel) or "\\" in rel or {"", ".", ".."} & set(rel.split("/")):  # never outside the tree
            raise BuildError(f"refusing to write outside {root}: {rel}")
        if rel in seen:
            raise BuildError(f"two files for one path: {rel} (a bug: please report it)")
        seen.add(rel)
        dest = os.path.join(into, rel)
        folder = posixpath.dirname(rel)
        if folder not in made:
            os.makedirs(os.path.join(into, folder), exist_ok=True)
            made.add(folder)
        if isinstance(content, Kept):
            if before is None:
                raise BuildError(f"{rel}: kept from no previous build (a bug: please report it)")
            link_or_copy(os.path.join(before, rel), dest, make_parent=False)  # (made above)
            if kept is not None:
                kept.add(rel)
            continue
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        if before is not None and reuse(Path(before, rel), Path(dest), data):
            continue
        with open(dest, "wb") as f:
            f.write(data)
        written.add(rel)
    return written


def write_zip(site_dir: Path, zip_file: Path, folder: str) -> None:
    """The site as one zip, under `folder/`, written beside and then moved into place."""
    with replaced_atomically(zip_file) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")


# --- switching a whole tree ------------------------------------------------------------------

_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux's renameat2 RENAME_EXCHANGE); False where the
    system or file system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def replace_dir(new: Path, target: Path) -> None:
    """Put the tree `new` in place of `target` in one step where the system can (a reader
    or server finds the old tree or the new one, never none), else by two renames. The
    old tree is removed once the new one is in."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists() and _exchange(new, target):
        shutil.rmtree(new)  # now the old tree
        return
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)
