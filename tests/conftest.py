import atexit
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

# The compiled patterns' cache (geomap.patterns) of this session's processes, in a scratch folder
# rather than the user's: set before any test module imports the reading.
_PATTERN_CACHE = tempfile.mkdtemp(prefix="geomap-patterns-")
os.environ["GEOMAP_CACHE_DIR"] = _PATTERN_CACHE
atexit.register(shutil.rmtree, _PATTERN_CACHE, True)

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


def control_map(regions, figures, *, as_of=dt.date(2025, 2, 18), previous=None):
    """The figures joined to the ``regions`` fixture's shapes (geomap.control.join)."""
    from geomap.control import join

    return join(figures, regions, as_of=as_of, previous=previous)


def run_cli(*args):
    """geomap's command line, run in-process: click's result (exit_code, stdout, stderr)."""
    from click.testing import CliRunner

    from geomap.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def run():
    """:func:`run_cli`, as a fixture."""
    return run_cli


@pytest.fixture(scope="session")
def regions():
    """The shipped regions' shapes, read once for the whole run (tests never change them)."""
    from geomap.boundaries import load_regions

    return load_regions(SHAPES / "ukraine_regions.geojson")


@pytest.fixture(scope="session")
def context():
    """The shipped neighbouring countries, read once for the whole run."""
    from geomap.boundaries import load_context

    return load_context(SHAPES / "neighbours.geojson")


@pytest.fixture
def testland_path(tmp_path: Path) -> Path:
    """A copy of the made-up test country (tests/data/testland): its profile's path. Every
    change is checked against a country whose words are not Ukraine's."""
    folder = tmp_path / "testland"
    shutil.copytree(DATA / "testland", folder)
    return folder / "testland.json"


@pytest.fixture
def sudan():
    """The shipped Sudan profile, as the profile in use for the test."""
    from geomap.profile import DATA, load, using

    with using(load(DATA / "sudan.json")) as profile:
        yield profile


@pytest.fixture
def testland(testland_path: Path):
    """The made-up test country, as the profile in use for the test."""
    from geomap.profile import load, using

    with using(load(testland_path)) as profile:
        yield profile


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
        if self.absolute() in refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return lambda path: refused.add(Path(path).absolute())
