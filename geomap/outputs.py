"""Writing outputs safely and knowing when they are stale.

Each output is first written to a temporary file in the output folder; only when every output
of a build is complete are they moved into place, each with an atomic ``os.replace``. A build
that fails or is killed before that leaves the previous outputs byte-for-byte as they were.

``manifest.json`` records a hash of every input, the options, geomap's version, a hash of its
code and data files, and a hash of every output, so a build can tell without importing anything
heavy that nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from geomap.errors import OutputError

MANIFEST = "manifest.json"
_TMP_PREFIX = ".geomap-tmp-"


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fingerprint(inputs: list[Path], options: dict) -> dict:
    """What a build's outputs depend on: input hashes, options, and geomap's version, code and
    data files (an edited gazetteer, palette or renderer makes the outputs stale)."""
    from importlib.metadata import version

    return {
        "geomap": version("geomap"),
        "code": code_digest(),
        "inputs": {str(p): file_digest(p) for p in inputs},
        "options": options,
    }


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
    try:
        return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def up_to_date(folder: Path, expected: dict) -> list[Path] | None:
    """The outputs in ``folder`` if they were built from ``expected`` and are untouched."""
    manifest = read_manifest(folder)
    if not manifest or manifest.get("fingerprint") != expected:
        return None
    paths = []
    for name, digest in manifest.get("outputs", {}).items():
        path = Path(folder) / name
        if not path.is_file() or file_digest(path) != digest:
            return None
        paths.append(path)
    return paths


def ensure_writable(folder: Path) -> None:
    """Create ``folder`` if needed and check that files can be written in it."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=_TMP_PREFIX):
            pass
    except OSError as exc:
        raise OutputError(
            f"cannot write outputs here ({exc.strerror})",
            where=str(folder),
            hint="choose another folder with --out or fix its permissions",
        ) from exc


class OutputSet:
    """A set of outputs staged in ``folder`` and published together.

    >>> with OutputSet(Path("outputs"), fingerprint=fp) as outputs:     # doctest: +SKIP
    ...     outputs.write_text("ukraine_control.csv", "...")
    """

    def __init__(self, folder: Path, *, fingerprint: dict | None = None) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self._staged: dict[str, Path] = {}

    def __enter__(self) -> OutputSet:
        ensure_writable(self.folder)
        # Temporary files left by a build that was killed are of no use to anyone.
        for stale in self.folder.glob(f"{_TMP_PREFIX}*"):
            stale.unlink(missing_ok=True)
        return self

    def path(self, name: str) -> Path:
        """A temporary path to write the output ``name`` to."""
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f"{_TMP_PREFIX}{name}.")
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
        for name in previous.get("outputs", {}):
            if name not in digests and name != MANIFEST:
                (self.folder / name).unlink(missing_ok=True)
        if self.fingerprint is not None:
            manifest = {"fingerprint": self.fingerprint, "outputs": digests}
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f"{_TMP_PREFIX}{MANIFEST}.")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(manifest, handle, indent=2, sort_keys=True)
                handle.write("\n")
            os.chmod(tmp, 0o644)
            os.replace(tmp, self.folder / MANIFEST)
        return published

    def discard(self) -> None:
        for tmp in self._staged.values():
            tmp.unlink(missing_ok=True)
        self._staged.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.publish()
        else:
            self.discard()
