"""Writing outputs safely and knowing when they are stale.

Each output is first written to a temporary file in the output folder; only when every output
of a build is complete are they moved into place, each with an atomic ``os.replace``. A build
that fails or is killed before that leaves the previous outputs byte-for-byte as they were.

``manifest.json`` records a hash of every input, the options, geomap's version, a hash of its
code and data files, and a hash of every output, so a build can tell without importing anything
heavy that nothing changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from geomap.digests import file_digest, sha256_of
from geomap.errors import InputError, OutputError
from geomap.store import TMP_PREFIX, tmp_prefix, write_atomic

MANIFEST = "manifest.json"
LOCK_NAME = ".geomap.lock"

log = logging.getLogger(__name__)


def fingerprint(inputs: list[Path], options: dict) -> dict:
    """What a build's outputs depend on: input hashes, options, and geomap's version, code and
    data files (an edited gazetteer, palette or renderer makes the outputs stale)."""
    from geomap import version

    return {
        "geomap": version.__version__,
        "code": code_digest(),
        "inputs": {_input_name(p): file_digest(p) for p in inputs},
        "options": options,
    }


def _input_name(path: Path) -> str:
    """An input as the manifest names it: data shipped in the package by its place in the
    package ("geomap/data/boundaries/..."), wherever it is installed; any other file as given."""
    from geomap.profile import DATA

    if path.is_relative_to(DATA):
        return "geomap/data/" + path.relative_to(DATA).as_posix()
    return str(path)


_CODE_SUFFIXES = frozenset({".py", ".json", ".js", ".css"})


def code_digest(package: Path = Path(__file__).parent) -> str:
    """One hash of every code and data file of the ``package`` folder, by relative path."""
    digest = hashlib.sha256()
    files = sorted(p for p in package.rglob("*") if p.suffix in _CODE_SUFFIXES and p.is_file())
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict | None:
    """The build manifest in ``folder``, or None if there is none of geomap's shape.

    A manifest of geomap's shape has a ``fingerprint`` (a dict) and ``outputs`` (file name →
    SHA-256); anything else (not JSON, a list, ``{"fingerprint": 5}``) is treated as no manifest.
    """
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("fingerprint"), dict):
        return None
    outputs = data.get("outputs", {})
    if not isinstance(outputs, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in outputs.items()
    ):
        return None
    return data


def foreign_manifest(folder: Path) -> bool:
    """Whether ``folder`` holds a ``manifest.json`` that is some other tool's: a JSON object
    with no ``fingerprint``. geomap never overwrites it."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "fingerprint" not in data


def up_to_date(folder: Path, expected: dict) -> list[Path] | None:
    """The outputs in ``folder`` if they were built from ``expected`` and are untouched."""
    manifest = read_manifest(folder)
    if not manifest or manifest.get("fingerprint") != expected:
        return None
    paths = []
    for name, digest in manifest.get("outputs", {}).items():
        if not _own_name(name):
            return None
        path = Path(folder) / name
        try:
            if not path.is_file() or file_digest(path) != digest:
                return None
        except InputError:  # an output that cannot be read is rebuilt
            return None
        paths.append(path)
    return paths


# The kinds of file a build writes; a manifest naming anything else was not written by geomap.
_OUTPUT_SUFFIXES = frozenset({".png", ".svg", ".pdf", ".html", ".csv", ".md", ".gpkg"})


def _own_name(name: str) -> bool:
    """Whether ``name`` is a plain file name of a kind geomap writes (not a path, not hidden)."""
    return (
        bool(name)
        and name == Path(name).name
        and "/" not in name
        and "\\" not in name
        and not name.startswith(".")
        and name != MANIFEST
        # The map's description is the one text file geomap writes: "<stem>_control_alt.txt".
        and (Path(name).suffix.lower() in _OUTPUT_SUFFIXES or name.endswith("_control_alt.txt"))
    )


def ensure_writable(folder: Path) -> None:
    """Create ``folder`` if needed and check that files can be written in it."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=tmp_prefix("check")):
            pass
    except OSError as exc:
        raise OutputError(
            f"cannot write outputs here ({exc.strerror})",
            where=str(folder),
            hint="choose another folder with --out or fix its permissions",
        ) from exc
    if foreign_manifest(folder):
        raise OutputError(
            "is another tool's manifest; geomap does not overwrite it",
            where=str(Path(folder) / MANIFEST),
            hint="choose another folder with --out",
        )


# Temporary files carry the build's identity (its process id and a random token), so that a
# build only ever removes its own, or those of a build that is no longer running.
_TMP_RE = re.compile(re.escape(TMP_PREFIX) + r"(\d+)-[0-9a-f]{8}-")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_dead_temporaries(folder: Path) -> None:
    """Delete the temporary files of builds that are no longer running (call under the lock)."""
    for path in Path(folder).glob(f"{TMP_PREFIX}*"):
        match = _TMP_RE.match(path.name)
        if match and not _alive(int(match.group(1))):
            path.unlink(missing_ok=True)


@contextlib.contextmanager
def locked(folder: Path, *, wait: bool = True, on_wait=None) -> Iterator[None]:
    """Hold the output folder's lock: one build at a time writes into a folder.

    Another build holding it makes this one wait (``on_wait`` is told once), or with
    ``wait=False`` fail with a one-line :class:`OutputError`.
    """
    from filelock import FileLock, Timeout

    folder = Path(folder)
    ensure_writable(folder)
    path = folder / LOCK_NAME
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise OutputError(
            "is in the way of the output folder's lock (not a regular file)", where=str(path),
            hint="remove it: geomap makes it again",
        )  # fmt: skip
    lock = FileLock(path)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if not wait:
            raise OutputError(
                "another build is writing here", where=str(folder),
                hint="wait for it to finish, or drop --no-wait",
            ) from None  # fmt: skip
        if on_wait is not None:
            on_wait(f"waiting for another build of {folder}/ to finish")
        lock.acquire()
    except OSError as exc:
        raise OutputError(
            f"cannot take the output folder's lock ({exc.strerror})", where=str(path),
            hint="remove it: geomap makes it again",
        ) from exc  # fmt: skip
    try:
        yield
    finally:
        lock.release()


def check_targets(folder: Path, names: Iterable[str], *, owned_only: bool = True) -> None:
    """Raise a one-line :class:`OutputError` for the first output of ``names`` (or the manifest)
    that cannot be published in ``folder``: something not a regular file in its way or, with
    ``owned_only``, a file there that geomap did not write (its manifest does not name it)."""
    written = (read_manifest(Path(folder)) or {}).get("outputs", {})
    for name in [*names, MANIFEST]:
        final = Path(folder) / name
        if final.is_symlink() or (final.exists() and not final.is_file()):
            raise OutputError(
                "is in the way of an output (not a regular file)", where=str(final),
                hint="move it away or choose another folder with --out",
            )  # fmt: skip
        if not owned_only or not final.exists() or name == MANIFEST:
            continue
        # A build never replaces a file it did not write: the manifest says which it did, and
        # the file must still hold what it wrote (hashed now: a manifest is no evidence alone).
        if name not in written:
            raise OutputError(
                "exists and was not written by geomap (its manifest here does not name it)",
                where=str(final), hint="move it away, or build into another folder with --out",
            )  # fmt: skip
        if sha256_of(str(final)) != written[name]:
            raise OutputError(
                "was changed since geomap wrote it", where=str(final),
                hint="move it away (or delete it) to build it again",
            )  # fmt: skip


def busy(folder: Path) -> bool:
    """Whether another build holds the lock of the output ``folder`` at this moment."""
    from filelock import FileLock, Timeout

    path = Path(folder) / LOCK_NAME
    if not path.is_file():
        return False
    lock = FileLock(path)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:
        return False  # a lock that cannot be taken here is not a build in flight
    lock.release()
    return False


def dropped(folder: Path, names: Iterable[str]) -> list[str]:
    """The outputs of the last build in ``folder`` that a build making ``names`` removes."""
    previous = (read_manifest(Path(folder)) or {}).get("outputs", {})
    names = set(names)
    return sorted(n for n in previous if n not in names and _own_name(n))


class OutputSet:
    """A set of outputs staged in ``folder`` and published together.

    Use it under :func:`locked`. Publishing removes the outputs of the last build that this one
    no longer makes, but only files geomap made: plain names in the folder, of the kinds it
    writes, whose content still has the hash the manifest recorded; anything else is left
    alone, with a warning.

    >>> with OutputSet(Path("outputs"), fingerprint=fp) as outputs:     # doctest: +SKIP
    ...     outputs.write_text("ukraine_control.csv", "...")
    """

    def __init__(
        self, folder: Path, *, fingerprint: dict | None = None, owned: Iterable[str] = ()
    ) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        # The names geomap may write here (of every output it knows); empty: any of its kinds.
        self.owned = frozenset(owned)
        self._staged: dict[str, Path] = {}

    def __enter__(self) -> OutputSet:
        ensure_writable(self.folder)
        remove_dead_temporaries(self.folder)
        return self

    def path(self, name: str) -> Path:
        """A temporary path to write the output ``name`` to."""
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=tmp_prefix(name))
        os.close(fd)
        self._staged[name] = Path(tmp)
        return Path(tmp)

    def write_text(self, name: str, text: str) -> None:
        self.path(name).write_text(text, encoding="utf-8")

    @property
    def names(self) -> list[str]:
        return list(self._staged)

    def publish(self) -> list[Path]:
        """Move every staged output into place, then record them in the manifest."""
        previous = read_manifest(self.folder) or {}
        # Every target is checked before the first move: a half-published set is worse than none.
        check_targets(self.folder, self._staged, owned_only=self.fingerprint is not None)
        digests = {name: file_digest(tmp) for name, tmp in self._staged.items()}
        published = []
        for name, tmp in self._staged.items():
            final = self.folder / name
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
            published.append(final)
        self._staged.clear()
        # Outputs of the last build that this one no longer makes (a history map after a
        # snapshot was removed, a PDF no longer asked for) would be stale: remove them.
        for name, digest in previous.get("outputs", {}).items():
            if name not in digests:
                self._remove_old(name, digest)
        if self.fingerprint is not None:
            manifest = {"fingerprint": self.fingerprint, "outputs": digests}
            write_atomic(
                self.folder / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n"
            )
        return published

    def _remove_old(self, name: str, digest: str) -> None:
        path = self.folder / name
        if not _own_name(name) or (self.owned and name not in self.owned):
            log.warning(
                "%s: %r is named in the last manifest but is not an output of geomap; left alone",
                self.folder, name,
            )  # fmt: skip
        elif path.is_file() and not path.is_symlink():
            # Hashed now, not taken from the digest cache: a cache is never evidence.
            if sha256_of(str(path)) == digest:
                path.unlink()
            else:
                log.warning("%s: no longer made, but edited since the last build; left alone", path)

    def discard(self) -> None:
        for tmp in self._staged.values():
            tmp.unlink(missing_ok=True)
        self._staged.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self.publish()
            except BaseException:
                self.discard()
                raise
        else:
            self.discard()
