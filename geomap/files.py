"""Reading the text files users hand to geomap: figures CSVs and news texts.

Both need the same care: a clear error for a missing path, a folder, a binary file or text
that is not UTF-8. What differs is the last: a pasted news text may come from an older Windows
tool and is read as Windows-1252 with a warning; a curated file must be UTF-8.
"""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from geomap.errors import InputError
from geomap.limits import Limit
from geomap.limits import hint as hint_of

log = logging.getLogger(__name__)


def read_user_bytes(path: str | Path, *, kind: str, hint: str, limit: Limit | None = None) -> bytes:
    """The bytes of a file the user gave: a missing path, a folder or a file that cannot be
    read is an error naming it (``kind`` says what it should be: "is a folder, not a {kind}").
    A pipe or a device is refused before it is read (it could block, or never end), and so is
    a file larger than ``limit`` (megabytes)."""
    path = Path(path)
    try:
        status = path.stat()
    except OSError:
        status = None  # said below, by the read
    if status is not None:
        if not (stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode)):
            raise InputError(
                "is not a regular file (a pipe, a socket or a device)", where=str(path),
                hint=f"give a {kind} saved as a file",
            )  # fmt: skip
        if limit is not None and status.st_size > limit.value * 1_000_000:
            raise InputError(
                f"is {status.st_size / 1e6:,.0f} MB", where=str(path), hint=hint_of(limit)
            )
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file", where=str(path), hint="check the path") from exc
    except IsADirectoryError as exc:
        raise InputError(f"is a folder, not a {kind}", where=str(path), hint=hint) from exc
    except PermissionError as exc:
        raise InputError(
            "cannot be read (permission denied)", where=str(path),
            hint="check the file's permissions",
        ) from exc  # fmt: skip
    except OSError as exc:
        raise InputError(
            f"cannot be read ({exc.strerror or type(exc).__name__})", where=str(path),
            hint="check the file",
        ) from exc  # fmt: skip


def read_user_text(
    path: str | Path,
    *,
    kind: str,
    content: str,
    hint: str,
    error: type[InputError] = InputError,
    windows_1252: bool = False,
    limit: Limit | None = None,
) -> str:
    """Read ``path`` as UTF-8 text.

    Parameters
    ----------
    kind, content
        What the file should be, for messages: "is a folder, not a {kind}", "is a binary
        file, not {content}".
    hint
        What to give instead, after a folder or a binary file.
    error
        The error type for a file that exists but is not the expected text.
    windows_1252
        Read text that is not UTF-8 as Windows-1252, with a warning, instead of failing.
    """
    path = Path(path)
    data = read_user_bytes(path, kind=kind, hint=hint, limit=limit)
    if b"\x00" in data:
        raise error(f"is a binary file, not {content}", where=str(path), hint=hint)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if not windows_1252:
            raise error(
                f"not UTF-8 text (byte {exc.start})", where=str(path), hint="save the file as UTF-8"
            ) from exc
    log.warning("%s: not UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)", path)
    return data.decode("cp1252", errors="replace")
