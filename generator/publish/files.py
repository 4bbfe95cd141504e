"""The build's file writing: every write atomic, unchanged files reused by hard link,
the new site switched in at once, one build at a time per out folder."""
from __future__ import annotations

import contextlib
import ctypes
import marshal
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


def reuse_unchanged(new_root: Path, old_root: Path, linked: Iterable[str] = (),
                    written: set[str] | None = None) -> int:
    """Replace every file of new_root byte-identical to its old_root counterpart by a hard
    link to it. linked: paths (relative, "/"-separated) already linked from old_root,
    not looked at again. Returns how many were kept; `written` gets the paths of the others."""
    skip = set(linked)
    kept = 0
    there = old_root.is_dir()
    for dirpath, _, names in os.walk(new_root):
        rel_dir = os.path.relpath(dirpath, new_root)
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        for name in names:
            rel = prefix + name
            if rel not in skip:
                same = there and reuse(old_root / rel, Path(dirpath) / name)
                kept += same
                if not same and written is not None:
                    written.add(rel)
    return kept


def link_or_copy(old: Path | str, dest: Path | str, make_parent: bool = True) -> None:
    if make_parent:
        os.makedirs(os.path.dirname(dest), exist_ok=True)
    try:
        os.link(old, dest)
    except OSError:  # a file system without hard links
        with open(old, "rb") as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out)


def _folder_made(root: str, rel: str, made: set[str]) -> str:
    """The folder of `rel` under root, made unless `made` (the folders made so far, tens of
    thousands of files at a time) has it; its relative path."""
    folder = posixpath.dirname(rel)
    if folder not in made:
        os.makedirs(os.path.join(root, folder), exist_ok=True)
        made.add(folder)
    return folder


def link_all(old_root: Path, new_root: Path, paths: Iterable[str]) -> None:
    """link_or_copy each path (relative, "/"-separated) from old_root to new_root: tens of
    thousands at a time, so each folder is made once and paths are plain strings."""
    old, new = os.fspath(old_root), os.fspath(new_root)
    made: set[str] = set()
    for rel in paths:
        _folder_made(new, rel, made)
        link_or_copy(os.path.join(old, rel), os.path.join(new, rel), make_parent=False)


def write_tree(files: Iterable[tuple[str, str | bytes]], root: Path, previous: Path | None = None,
               kept: set[str] | None = None, link_kept: bool = True) -> set[str]:
    """Write files (path, content) under root; a file identical in `previous` is hard-linked
    from there, and so is one whose content is given as site.render.KEPT (known to be unchanged:
    not even read; their paths are added to `kept`), unless link_kept is False (the caller
    puts them in place: see Spare). Returns the paths written: those new or different since
    `previous`."""
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
        _folder_made(into, rel, made)
        if isinstance(content, Kept):
            if before is None:
                raise BuildError(f"{rel}: kept from no previous build (a bug: please report it)")
            if link_kept:
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


def replace_dir(new: Path, target: Path, keep_old: bool = False) -> bool:
    """Put the tree `new` in place of `target` in one step where the system can (a reader
    or server finds the old tree or the new one, never none), else by two renames. The
    old tree is removed once the new one is in; with keep_old, where the one step was
    made, it is left where `new` was, and True returned (see Spare)."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists() and _exchange(new, target):
        if keep_old:
            return True
        shutil.rmtree(new)  # now the old tree
        return False
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)
    return False


# --- the trees before the last, the next build's scratch ------------------------------------------

SPARE_FORMAT = 1


class Spare:
    """The two trees the last build swapped out (the site before it), kept in the state
    folder instead of removed, to be the next build's scratch trees: brought up to date by
    the files that differ from the site in place and by what this build changes, they are
    the new site without a link made for each unchanged file, and without the old trees'
    removal (both grew with the archive: 0.44 s at 2,000 articles).

    `spare/marker` (written last) holds a token, each tree's paths, the spare trees' paths,
    and the paths where a spare tree differs from the tree in place (not the same content).
    Every other path of a spare tree has the content the tree in place has (the same file,
    a hard link). The spare trees go with the site in place only while the build state
    holds the same token (state.save_record writes it with the record of that site, and
    forget_record clears it before another site is swapped in). A build takes the spare
    folder (one rename into its scratch folder) before anything else touches the trees, so
    a killed build leaves it in its scratch folder, removed by the next. Nothing is ever
    written into a spare tree's files (they are the site's own, hard-linked): files are only
    linked, renamed over or unlinked there."""

    def __init__(self, folder: Path, marker: dict) -> None:
        self.folder, self.marker = folder, marker

    @classmethod
    def take(cls, spare: Path, scratch: Path, token: str, names: Iterable[str]) -> Spare | None:
        """Move the spare folder into `scratch`; the Spare when it has the trees `names` and
        the token the build state gives the site in place (none: ""), else None (it is then
        removed with the scratch folder)."""
        if not spare.exists():
            return None
        folder = scratch / "spare"
        try:
            os.rename(spare, folder)
        except OSError:  # (it stays; it cannot go with the trees this build puts in place)
            return None
        if not token:
            return None
        try:
            marker = marshal.loads((folder / "marker").read_bytes())
            if marker["format"] != SPARE_FORMAT or marker["token"] != token:
                return None
            if not all((folder / name).is_dir() for name in names):
                return None
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            return None
        return cls(folder, marker)

    def tree(self, name: str) -> Path:
        return self.folder / name

    def bring_up_to_date(self, name: str, current: Path, fresh: Path, fresh_paths: Iterable[str],
                         same: Iterable[str], paths: set[str]) -> None:
        """Make the spare tree `name` the new tree: the files of `fresh` (fresh_paths) moved in,
        `same` (paths whose file is the one `current` has) linked from current where the spare
        tree differs from it, and the paths no longer in the tree (not in `paths`) removed."""
        root, old, new = os.fspath(self.tree(name)), os.fspath(current), os.fspath(fresh)
        differ = set(self.marker["differ"][name])
        made: set[str] = set()
        for rel in fresh_paths:
            _folder_made(root, rel, made)
            os.replace(os.path.join(new, rel), os.path.join(root, rel))
        for rel in same:
            if rel in differ:
                dest = os.path.join(root, rel)
                folder = _folder_made(root, rel, made)
                tmp = os.path.join(root, folder, f".{posixpath.basename(rel)}.keep")
                link_or_copy(os.path.join(old, rel), tmp, make_parent=False)
                os.replace(tmp, dest)
        gone = sorted(set(self.marker["spare_paths"][name]) - paths)
        for rel in gone:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(root, rel))
        for folder in sorted({posixpath.dirname(rel) for rel in gone}, key=lambda f: -f.count("/")):
            while folder:  # a folder left empty goes, as a full build would not make it
                try:
                    os.rmdir(os.path.join(root, folder))
                except OSError:
                    break
                folder = posixpath.dirname(folder)


def keep_spare(spare: Path, trees: dict[str, tuple[Path, list[str], set[str], list[str]]]) -> str:
    """After the swap: the trees swapped out, kept as the next build's spare (see Spare); its
    token. trees: name -> (the tree swapped out, the paths of the tree in place, those written
    (not the same file as the other tree's), the paths of the tree swapped out)."""
    if spare.exists():
        shutil.rmtree(spare)
    spare.mkdir(parents=True)
    token = os.urandom(16).hex()
    marker: dict = {"format": SPARE_FORMAT, "token": token, "paths": {}, "spare_paths": {}, "differ": {}}
    for name, (old, paths, written, old_paths) in trees.items():
        os.rename(old, spare / name)
        marker["paths"][name] = paths
        marker["spare_paths"][name] = old_paths
        marker["differ"][name] = sorted(written | (set(old_paths) - set(paths)))
    write_atomic(spare / "marker", marshal.dumps(marker))
    return token
