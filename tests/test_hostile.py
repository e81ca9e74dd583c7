"""Inputs that are documented, odd or hostile: each one builds, or stops with one line naming
it (exit 2) with the last good outputs byte for byte as they were and no temporary file left."""

from __future__ import annotations

import re

import pytest

from .conftest import run_cli as run
from .conftest import snapshot_files

CLAIM_ONLY = (
    "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
    "2025-03-05,UA-63,Kharkiv,,,true,manual,,\n"
)


def _no_leftovers(folder) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".geomap-tmp-")]


@pytest.mark.parametrize(
    "add",
    [
        lambda seeds: (seeds / "2025-03-01-raion.txt").write_text(
            "Russian forces now control about 60% of the Pokrovsk district, officials said.",
            encoding="utf-8",
        ),
        lambda seeds: (seeds / "figures.csv").write_text(CLAIM_ONLY, encoding="utf-8"),
    ],
    ids=["a-raion-only-text", "a-claim-only-row"],
)
def test_a_snapshot_without_any_region_share_draws(project, add):
    add(project / "seeds")
    result = run("build", "--format", "png,svg,html")
    assert result.exit_code == 0, result.output
    out = project / "outputs"
    svg = (out / "ukraine_control_timeline.svg").read_text(encoding="utf-8")
    assert "1970" not in svg and "2025" in svg
    assert (out / "ukraine_control_timeline.png").stat().st_size > 0
    assert _no_leftovers(out)


def test_a_timeline_with_nothing_to_plot_says_so(tmp_path):
    from geomap.render import chart, static
    from geomap.render.timeline import draw_timeline

    path = tmp_path / "t.svg"
    static.save(draw_timeline(chart.Timeline((), "Title", ())), [("svg", path)], dpi=50)
    svg = path.read_text(encoding="utf-8")
    assert "No region has a reported or measured share to plot yet" in svg
    assert not re.search(r">19\\d\\d<|1970", svg)


# --- a user's files: never replaced, never deleted; caches are no evidence ----------------------


def test_a_file_of_the_user_s_in_the_output_folder_is_never_replaced(project):
    """With out = "." a project's own CHANGES.md is in the way: one line, nothing replaced."""
    (project / "CHANGES.md").write_text("# My own changelog\n", encoding="utf-8")
    before = snapshot_files(project)
    result = run("build", "--out", ".")
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line == (
        "Error: CHANGES.md: exists and was not written by geomap (its manifest here does not "
        "name it); move it away, or build into another folder with --out"
    )
    after = snapshot_files(project)
    after.pop(".geomap.lock", None)  # the lock of the output folder, geomap's own
    assert after == before
    assert _no_leftovers(project)


def test_an_output_the_user_edited_is_kept_and_named(project):
    assert run("build", "--format", "html").exit_code == 0
    page = project / "outputs" / "ukraine_control.html"
    page.write_text("edited by the desk", encoding="utf-8")
    result = run("build", "--format", "html")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: outputs/ukraine_control.html: was changed since geomap wrote it; move it away "
        "(or delete it) to build it again\n"
    )
    assert page.read_text(encoding="utf-8") == "edited by the desk"
    page.unlink()
    assert run("build", "--format", "html").exit_code == 0


def test_a_forged_digest_cache_never_hides_an_edit(project):
    import json

    from geomap import digests

    assert run("build", "--format", "html").exit_code == 0
    record = project / "outputs" / digests.DIGESTS
    figures = project / "seeds" / "2025-02-18-riyadh-talks.txt"
    old = digests.sha256_of(str(figures))
    figures.write_text(figures.read_text("utf-8").replace("99%", "98%"), encoding="utf-8")
    stat = figures.stat()
    forged = {str(figures.resolve()): [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns,
                                       stat.st_ino, old]}  # fmt: skip
    record.write_text(json.dumps({"version": 2, "files": forged, "mac": "0" * 64}), "utf-8")
    digests._known.clear()
    result = run("build", "--format", "html")
    assert result.exit_code == 0
    assert "Nothing changed" not in result.stderr


def test_a_signed_digest_record_is_taken_up_and_an_edited_one_is_not(tmp_path, monkeypatch):
    import json

    from geomap import digests

    monkeypatch.setattr(digests, "_SETTLED_NS", -(10**12))  # every file counts as settled
    monkeypatch.setattr(digests, "_known", {})
    layer = tmp_path / "layer.geojson"
    layer.write_text("one", encoding="utf-8")
    digest = digests.file_digest(layer)
    digests.remember_digests(tmp_path, [layer])
    monkeypatch.setattr(digests, "_known", {})
    digests.recall_digests(tmp_path)
    assert digests._known[str(layer)][4] == digest
    record = json.loads((tmp_path / digests.DIGESTS).read_text("utf-8"))
    record["files"][str(layer)][4] = "f" * 64
    (tmp_path / digests.DIGESTS).write_text(json.dumps(record), "utf-8")
    monkeypatch.setattr(digests, "_known", {})
    digests.recall_digests(tmp_path)
    assert digests._known == {}


def test_outputs_found_current_while_a_build_is_in_flight_are_checked_after_it(project):
    from filelock import FileLock

    from geomap import outputs

    assert run("build", "--format", "csv").exit_code == 0
    lock = FileLock(project / "outputs" / outputs.LOCK_NAME)
    with lock.acquire(timeout=5):
        assert outputs.busy(project / "outputs")
        result = run("build", "--format", "csv", "--no-wait")
    # Not "Nothing changed" on the word of outputs a build in flight is about to replace.
    assert result.exit_code == 1 and "another build is writing here" in result.stderr
    assert not outputs.busy(project / "outputs")
    assert "Nothing changed" in run("build", "--format", "csv").stderr


# --- inputs that cannot be read: named, through the real hashing path ----------------------------


def _testland_control(project) -> str:
    import shapely

    from .test_control_layers import write_layer

    path = write_layer(project / "seeds" / "control" / "2025-02-18.geojson",
                       [shapely.box(37.0, 47.0, 38.0, 48.0)])  # fmt: skip
    return str(path.relative_to(project))


@pytest.mark.parametrize(
    "target",
    [
        lambda project: "seeds/2025-02-18-riyadh-talks.txt",
        lambda project: "seeds/figures.csv",
        lambda project: _testland_control(project),
        lambda project: "boundaries/ukraine_regions.geojson",
    ],
    ids=["text", "figures", "control-layer", "boundaries"],
)
def test_an_input_that_cannot_be_read_is_named_in_one_line(project, unreadable, target):
    (project / "seeds" / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
    )
    name = target(project)
    unreadable(project / name)
    result = run("build", "--format", "csv", "--boundaries", "boundaries/ukraine_regions.geojson")
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"Error: {name}: cannot be read (permission denied); check the file's permissions\n"
    )
    assert not (project / "outputs").exists()


# --- control layers: bad coordinates, damaged files, dates in the future, bounded work ----------


def _layer_error(path) -> str:
    from geomap.errors import InputError
    from geomap.layers import read_layer

    with pytest.raises(InputError) as info:
        read_layer(path)
    assert "\n" not in str(info.value)
    return str(info.value)


def _frame(path, geometries, crs=4326):
    import geopandas as gpd

    path.parent.mkdir(parents=True, exist_ok=True)
    gpd.GeoDataFrame(geometry=geometries, crs=crs).to_file(path)
    return path


def test_a_layer_with_a_vertex_that_is_no_number_is_one_line(testland, tmp_path):
    import warnings

    import shapely

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        nan = shapely.Polygon([(10, 50), (11, float("nan")), (11, 51), (10, 50)])
    path = _frame(tmp_path / "nan_20250501.fgb", [nan])
    assert _layer_error(path) == (
        f"{path}: has a vertex that is not a finite number (NaN or infinite); repair or remove "
        "that vertex in a GIS"
    )


@pytest.mark.parametrize(
    ("crs", "vertex", "message"),
    [
        (3857, (1e300, 6621293), "has a vertex at -180 E, 51 N once taken from EPSG:3857, far from Testland"),
        (4326, (1e308, 51), "has a vertex at 1e+308 E, 51 N, far from Testland"),
    ],
)  # fmt: skip
def test_a_layer_with_a_vertex_far_away_is_refused_not_measured(
    testland, tmp_path, crs, vertex, message
):
    import shapely

    corners = [(1113194, 6446275), (1224514, 6446275)] if crs == 3857 else [(10, 50), (11, 50)]
    shape = shapely.Polygon([*corners, vertex, corners[0]])
    path = _frame(tmp_path / "far_20250501.geojson", [shape], crs=crs)
    assert _layer_error(path) == (
        f"{path}: {message}; repair or remove that vertex, or check the file's CRS"
    )


def test_a_damaged_flatgeobuf_is_one_line(testland, tmp_path):
    import shapely

    path = _frame(tmp_path / "c_20250501.fgb", [shapely.box(10, 50, 11, 51)])
    data = bytearray(path.read_bytes())
    data[12:40] = b"\xff" * 28
    path.write_bytes(bytes(data))
    assert _layer_error(path).startswith(f"{path}: cannot read the control layer (")


def test_a_layer_dated_in_the_future_is_refused(testland, tmp_path):
    import shapely

    path = _frame(tmp_path / "x_20990101.geojson", [shapely.box(10, 50, 11, 51)])
    assert _layer_error(path) == (
        f"{path}: is dated 2099-01-01, in the future; check the date in its name (or "
        "--control-date)"
    )


@pytest.mark.parametrize(
    ("variable", "message"),
    [("GEOMAP_MAX_LAYER_FEATURES", "has 3 features"), ("GEOMAP_MAX_LAYER_VERTICES", "has 15 vertices")],
)  # fmt: skip
def test_a_layer_past_its_limits_is_refused(testland, tmp_path, monkeypatch, variable, message):
    import shapely

    boxes = [shapely.box(10 + i / 4, 50, 10.2 + i / 4, 50.2) for i in range(3)]
    path = _frame(tmp_path / "many_20250501.geojson", boxes)
    monkeypatch.setenv(variable, "2")
    assert _layer_error(path).startswith(f"{path}: {message}; geomap reads at most 2 ")


def test_a_tampered_measurement_cache_is_measured_again(testland, tmp_path):
    import base64
    import json

    import numpy as np
    import shapely

    from geomap.boundaries import load_regions
    from geomap.layers import dated_files
    from geomap.measure import CACHE_NAME, MeasurementCache, Units, measure_files
    from geomap.store import read_record

    _frame(tmp_path / "control" / "x_20250501.geojson", [shapely.box(10, 50, 11, 51)])
    files = dated_files(tmp_path / "control")
    units = Units.of(load_regions(), None)
    cache_path = tmp_path / CACHE_NAME
    [first] = measure_files(files, units, MeasurementCache(cache_path))
    record = read_record(cache_path, MeasurementCache.VERSION)
    for spoilt in (float("nan"), 1e308, -5.0):
        for entry in record["entries"].values():
            km2 = np.frombuffer(base64.b64decode(entry["km2"]), dtype="<f8").copy()
            km2[0] = spoilt
            entry["km2"] = base64.b64encode(km2.astype("<f8").tobytes()).decode("ascii")
        cache_path.write_text(json.dumps({"version": MeasurementCache.VERSION, **record}), "utf-8")
        cache = MeasurementCache(cache_path)
        assert all(cache.get(key, units) is None for key in record["entries"])
        [again] = measure_files(files, units, cache)
        assert again.pct == first.pct


# --- figures and options Python would take and no person writes --------------------------------

ROW = "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2025-02-18,UA-14,,7_5,,,manual,,", "controlled_pct: '7_5' is not a number"),
        ("2025-02-18,UA-14,,1e2,,,manual,,", "controlled_pct: '1e2' is not a number"),
        ("2025-02-18,UA-14,,nan,,,manual,,", "controlled_pct: 'nan' is not a number"),
        ("2025-02-18,UA-14,,7_0-8_0,,,manual,,", "controlled_pct: '7_0-8_0' is not a number"),
        ("0001-01-01,UA-14,,70,,,manual,,", "as_of: 0001-01-01 is before 1900"),
    ],
)
def test_a_figure_no_person_writes_is_refused(project, row, message):
    (project / "seeds" / "figures.csv").write_text(ROW + row + "\n", encoding="utf-8")
    result = run("build")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: seeds/figures.csv:2: {message}"), result.stderr
    assert not (project / "outputs").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--breaks", "0,nan,100"], "Error: --breaks: '0,nan,100' is not a list of numbers"),
        (["--breaks", "0,5_0,100"], "Error: --breaks: '0,5_0,100' is not a list of numbers"),
        (["--title", "x" * 1_000_000], "Error: --title: is 1,000,000 characters; geomap reads at most 500 characters of a text option"),
    ],
)  # fmt: skip
def test_an_option_no_map_can_take_is_one_line(project, args, message):
    result = run("build", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr[:300]
    assert len(result.stderr.splitlines()) == 1


# --- names that hold line breaks or escapes: shown as what they are, on one line -----------------


def test_a_seed_named_with_a_line_break_and_an_escape_is_named_on_one_line(project):
    name = "2025-03-01-a\nb\x1bc.odt"
    (project / "seeds" / name).write_text("x", encoding="utf-8")
    odd_text = project / "seeds" / "2025-03-02-x\ty\x07.txt"
    odd_text.write_text("Russia occupies about 70% of the Donetsk region.", encoding="utf-8")
    result = run("build", "--format", "png,svg")  # matplotlib would warn (an error here)
    assert result.exit_code == 0, result.output
    [warning] = [line for line in result.stderr.splitlines() if ".odt" in line]
    assert "2025-03-01-a\\nb\\x1bc.odt: not read" in warning
    svg = (project / "outputs" / "ukraine_control.svg").read_text(encoding="utf-8")
    assert "2025-03-02-x\\ty\\x07.txt" in svg


def test_a_unit_given_by_several_features_is_named(tmp_path, caplog):
    import logging

    import geopandas as gpd

    from geomap.boundaries import load_regions

    from .conftest import SHAPES

    frame = gpd.read_file(SHAPES / "ukraine_regions.geojson")
    kherson = frame[frame.code == "UA-65"].explode(index_parts=False)
    assert len(kherson) > 1  # its islands and mainland, as a GIS exports them feature by feature
    split = gpd.GeoDataFrame(
        gpd.pd.concat([frame[frame.code != "UA-65"], kherson], ignore_index=True), crs=frame.crs
    )
    path = tmp_path / "split.geojson"
    split.to_file(path)
    with caplog.at_level(logging.WARNING):
        regions = load_regions(path)
    assert len(regions) == 27
    assert "Kherson (UA-65) given by several features each; their shapes are joined into one" in (
        caplog.text
    )


@pytest.mark.parametrize("kind", ["folder", "dangling-link"])
def test_a_lock_file_that_is_no_file_is_named(project, kind):
    out = project / "outputs"
    out.mkdir()
    if kind == "folder":
        (out / ".geomap.lock").mkdir()
    else:
        (out / ".geomap.lock").symlink_to(project / "nowhere")
    result = run("build", "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: outputs/.geomap.lock: is in the way of the output folder's lock (not a regular "
        "file); remove it: geomap makes it again\n"
    )


def test_a_profile_whose_raions_file_is_a_pipe_is_refused(testland_path):
    import json
    import os

    raw = json.loads(testland_path.read_text(encoding="utf-8"))
    raw["raions"] = "raions.json"
    testland_path.write_text(json.dumps(raw), encoding="utf-8")
    os.mkfifo(testland_path.parent / "raions.json")
    result = run("--profile", testland_path, "regions")
    assert result.exit_code == 2
    assert "raions.json: is not a regular file (a pipe, a socket or a device)" in result.stderr


def test_a_layer_too_jagged_to_measure_in_bounded_time_is_refused(testland, tmp_path, monkeypatch):
    import numpy as np
    import shapely

    from geomap.boundaries import load_regions
    from geomap.errors import InputError
    from geomap.layers import read_layer
    from geomap.measure import Units, measure

    rng = np.random.default_rng(1)
    angles = np.linspace(0, 2 * np.pi, 400, endpoint=False)
    radius = 0.6 + rng.uniform(-0.2, 0.2, 400)  # a saw-toothed outline of long edges
    ring = np.column_stack([10.6 + radius * np.cos(angles), 50.5 + 0.5 * radius * np.sin(angles)])
    path = _frame(tmp_path / "saw_20250501.geojson", [shapely.Polygon(ring).buffer(0)])
    layer = read_layer(path)
    monkeypatch.setenv("GEOMAP_MAX_MEASURED_VERTICES", "2000")
    with pytest.raises(InputError) as info:
        measure(layer, Units.of(load_regions(), None))
    assert re.fullmatch(
        rf"{re.escape(str(path))}: is too jagged to measure: [\d,]+ vertices once its edges are "
        r"followed every 0\.01°; simplify it in a GIS; geomap reads at most 2,000 vertices of a "
        r"control layer being measured; set GEOMAP_MAX_MEASURED_VERTICES to allow more",
        str(info.value),
    )


def test_a_text_dated_in_year_one_by_its_date_line_is_refused(project):
    (project / "seeds" / "undated.txt").write_text(
        "Date: 0001-01-01\nRussia occupies about 70% of the Donetsk region.\n", encoding="utf-8"
    )
    result = run("build")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: seeds/undated.txt: is dated 0001-01-01 by its date line, before 1900; check the "
        "year of its date line\n"
    )
