"""The SHA-256 of every input, hashed once per version of the file, and remembered across builds
in the output folder under the user's own signature."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Iterable
from pathlib import Path

from geomap import cache
from geomap.errors import InputError
from geomap.files import read_user_bytes
from geomap.store import read_record, write_record

DIGESTS = ".geomap-digests.json"


# A file's digest is remembered across builds only once the file has been left alone this long
# before it was hashed: a change made in the same tick of the file system's clock as the hash
# could otherwise leave the file's times as they were.
_SETTLED_NS = 2_000_000_000


# Digests by absolute path: (size, mtime_ns, ctime_ns, inode, sha256) as last seen.
_known: dict[str, list] = {}


def file_digest(path: Path) -> str:
    """The SHA-256 of a file, hashed once per version of it.

    A version is the file's size, times of modification and of change, and inode: any write,
    rename or copy over it changes its change time, which no program can set back. A version
    that has settled (unchanged for :data:`_SETTLED_NS` before it is hashed) is hashed once in
    a process (a build's fingerprint and its measurement cache both ask) and, remembered in
    the output folder (:func:`remember_digests`), not again by later builds: an archive of
    hundreds of control layers is not read again to see that nothing changed. A file changed
    just now is read each time.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(
            f"cannot be read ({exc.strerror})", where=str(path), hint="check the path"
        ) from exc
    resolved = os.path.abspath(path)  # no look-ups: a name's symlinks count as another name
    version = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
    known = _known.get(resolved)
    if known is not None and known[:4] == version:
        return known[4]
    digest = sha256_of(str(path))
    if max(stat.st_mtime_ns, stat.st_ctime_ns) < time.time_ns() - _SETTLED_NS:
        _known[resolved] = [*version, digest]
    return digest


def sha256_of(path: str) -> str:
    """The SHA-256 of a file; one that cannot be read is a one-line error naming it."""
    return hashlib.sha256(read_user_bytes(path, kind="file", hint="give a file")).hexdigest()


def _digest_key() -> bytes | None:
    """The key that signs the digests this user's builds remember, kept outside any output
    folder (:func:`geomap.cache.folder`); made on first use. None where it cannot be kept: then
    nothing is remembered."""
    path = cache.folder() / "digest-key"
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = b""
    except OSError:
        return None
    if len(key) == 32:
        return key
    key = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
    except OSError:
        return None
    return key


def _signature(files: dict, key: bytes) -> str:
    text = json.dumps(files, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, text, hashlib.sha256).hexdigest()


def recall_digests(folder: Path) -> None:
    """Take up the digests a build into ``folder`` remembered. The output folder is often shared
    or synced, so the record is signed with this user's key: a record that is unreadable,
    unsigned or edited is none (the files are hashed again)."""
    record = read_record(Path(folder) / DIGESTS, 2)
    files, mac, key = record.get("files"), record.get("mac"), _digest_key()
    if not isinstance(files, dict) or not isinstance(mac, str) or key is None:
        return
    if not hmac.compare_digest(mac, _signature(files, key)):
        return
    for name, entry in files.items():
        if (
            isinstance(name, str) and isinstance(entry, list) and len(entry) == 5
            and all(isinstance(v, int) for v in entry[:4]) and isinstance(entry[4], str)
        ):  # fmt: skip
            _known.setdefault(name, entry)


def remember_digests(folder: Path, paths: Iterable[Path]) -> None:
    """Keep in ``folder`` the digests of ``paths`` that are settled (see :func:`file_digest`)."""
    files = {}
    for path in map(os.path.abspath, paths):
        if path in _known:
            files[path] = _known[path]
    key = _digest_key()
    if key is not None:
        write_record(Path(folder) / DIGESTS, 2, {"files": files, "mac": _signature(files, key)})
