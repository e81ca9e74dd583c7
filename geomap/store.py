"""Small files geomap keeps for itself, written whole or not at all: the records of its caches
(JSON with a version) and the atomic write every output and record goes through.

A cache is an optimisation, never evidence: a record that is missing, of another version, too
large, nested too deep or not JSON at all is read as empty, and the work it would have saved is
done again.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from pathlib import Path

from geomap.errors import OutputError

# Temporary files in an output folder: .geomap-tmp-PID-TOKEN-NAME.xxxx, removed by the next
# build once their process is gone.
TMP_PREFIX = ".geomap-tmp-"
TOKEN = secrets.token_hex(4)
# A record larger than this is not read (a cache is never worth a memory blow-up).
MAX_RECORD_BYTES = 256 * 1024 * 1024


def tmp_prefix(name: str) -> str:
    return f"{TMP_PREFIX}{os.getpid()}-{TOKEN}-{name}."


def write_atomic(path: Path, text: str) -> None:
    """Write one file whole or not at all (a temporary file beside it, then a rename)."""
    write_all({Path(path): text})


def write_all(files: dict[Path, str] | dict[Path, bytes] | dict[Path, str | bytes]) -> None:
    """Write several files all or none: each is staged beside its target first, and only when
    every one is staged are they renamed into place (a folder that cannot be written stops it
    before any target is touched)."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            folder = path.parent if str(path.parent) else Path(".")
            try:
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=tmp_prefix(path.name))
            except OSError as exc:
                raise OutputError(
                    f"cannot write here ({exc.strerror})", where=str(path),
                    hint="choose another file or fix the folder's permissions",
                ) from exc  # fmt: skip
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8") if isinstance(text, str) else text)
            os.chmod(tmp, 0o644)
        for tmp, path in staged:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise OutputError(f"cannot write ({exc.strerror})", where=str(path)) from exc
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise


def read_record(path: Path | None, version: int) -> dict:
    """The record at ``path`` (without its version), or ``{}`` when it cannot be used."""
    if path is None:
        return {}
    try:
        if not Path(path).is_file() or Path(path).stat().st_size > MAX_RECORD_BYTES:
            return {}
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(raw, dict) or raw.get("version") != version:
        return {}
    return {k: v for k, v in raw.items() if k != "version"}


def write_record(path: Path, version: int, record: dict, *, indent: int | None = None) -> None:
    """Keep ``record`` at ``path`` with its version, atomically."""
    write_atomic(path, json.dumps({"version": version, **record}, indent=indent) + "\n")
