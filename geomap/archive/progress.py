"""A progress bar on the terminal while an archive is read: MB, records, figures, rate."""

from __future__ import annotations

import sys

from tqdm import tqdm

from geomap.archive.parts import Part


class _Bar(tqdm):
    # No monitor thread: a bar is advanced often enough, and a thread left running would be
    # inherited, broken, by any process forked later.
    monitor_interval = 0


class Progress:
    """Advanced once per partition read; drawn on stderr when it is a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.records = self.figures = 0
        self.bar = _Bar(
            total=total, unit="B", unit_scale=True, unit_divisor=1000, file=sys.stderr,
            disable=not enabled or not sys.stderr.isatty(), desc="reading", dynamic_ncols=True,
        )  # fmt: skip

    def __enter__(self) -> Progress:
        return self

    def advance(self, size: int, part: Part) -> None:
        self.records += part.records
        self.figures += part.figures + part.claims
        self.bar.set_postfix(records=f"{self.records:,}", figures=f"{self.figures:,}")
        self.bar.update(size)

    def __exit__(self, *exc) -> None:
        self.bar.close()
