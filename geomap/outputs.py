"""Writing outputs safely: all or nothing, never a half-written file.

Each output is first written to a temporary file in the output folder; only when every output
of a build is complete are they moved into place, each with an atomic ``os.replace``. A build
that fails or is killed before that leaves the previous outputs byte-for-byte as they were.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from geomap.errors import OutputError


class OutputSet:
    """A set of outputs staged in ``folder`` and published together.

    >>> with OutputSet(Path("outputs")) as outputs:        # doctest: +SKIP
    ...     outputs.path("ukraine_control.csv").write_text("...")
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._staged: dict[str, Path] = {}

    def __enter__(self) -> OutputSet:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = tempfile.NamedTemporaryFile(dir=self.folder, prefix=".geomap-", delete=True)
            probe.close()
        except OSError as exc:
            raise OutputError(
                f"{self.folder}: cannot write outputs here ({exc.strerror}); "
                "choose another folder with --out or fix its permissions"
            ) from None
        return self

    def path(self, name: str) -> Path:
        """A temporary path to write the output ``name`` to."""
        suffix = "".join(Path(name).suffixes)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{Path(name).stem}-", suffix=suffix)
        os.close(fd)
        self._staged[name] = Path(tmp)
        return Path(tmp)

    def write_text(self, name: str, text: str) -> None:
        self.path(name).write_text(text, encoding="utf-8")

    def publish(self) -> list[Path]:
        """Move every staged output into place; return the final paths."""
        published = []
        for name, tmp in self._staged.items():
            final = self.folder / name
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
            published.append(final)
        self._staged.clear()
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
