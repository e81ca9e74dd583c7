import os
import shutil
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-02-18-riyadh-talks.txt"
# The shipped shapes: package data, rebuilt by boundaries/build.py.
SHAPES = ROOT / "geomap" / "data" / "boundaries"
DATA = Path(__file__).resolve().parent / "data"


def pytest_collection_modifyitems(items):
    # Tests that build a whole project are marked, so that mutation testing can judge each
    # mutant by the quick in-process tests alone (`-m "not build"`, see pyproject.toml).
    for item in items:
        if "project" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.build)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's seeds and boundaries in a temporary folder, as the cwd."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(SHAPES, tmp_path / "boundaries")
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def snapshot_files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes, to check that nothing changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def unreadable(monkeypatch):
    """``unreadable(path)``: reading ``path`` is refused with a permission error. Root reads any
    file whatever its mode, so the refusal is simulated."""
    real = Path.read_bytes
    refused: set[Path] = set()

    def read_bytes(self):
        if self in refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return refused.add
