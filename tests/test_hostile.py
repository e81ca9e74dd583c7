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
    from geomap.render import scene, static
    from geomap.render.timeline import draw_timeline

    path = tmp_path / "t.svg"
    static.save(draw_timeline(scene.Timeline((), "Title", ())), [("svg", path)], dpi=50)
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


def test_an_output_geomap_wrote_and_the_user_edited_is_rebuilt(project):
    assert run("build", "--format", "html").exit_code == 0
    page = project / "outputs" / "ukraine_control.html"
    page.write_text("edited", encoding="utf-8")
    assert run("build", "--format", "html").exit_code == 0
    assert page.read_text(encoding="utf-8") != "edited"


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
