"""Updating figures and rebuilding: snapshots, changes, staleness, atomic outputs, watch."""

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from geomap.by_date import carry_forward
from geomap.figures import Figure
from geomap.reports import changes_markdown

from .conftest import run_cli as run
from .conftest import snapshot_files

FEB, MAR = dt.date(2025, 2, 18), dt.date(2025, 3, 20)
UPDATE = (
    "Russian forces now occupy roughly 80% of the Kherson region, according to the "
    "Institute for the Study of War.\n"
)


def add_update(project: Path) -> None:
    (project / "seeds" / "2025-03-20-update.txt").write_text(UPDATE, encoding="utf-8")


def test_carry_forward_keeps_shares_and_claims():
    history = {
        FEB: [
            Figure(
                region_code="UA-65",
                region="Kherson",
                as_of=FEB,
                controlled_pct=75.0,
                qualifier="roughly",
                claimed=True,
            ),
            Figure(
                region_code="UA-09",
                region="Luhansk",
                as_of=FEB,
                controlled_pct=99.0,
                qualifier="about",
                claimed=True,
            ),
        ],
        MAR: [
            Figure(
                region_code="UA-65",
                region="Kherson",
                as_of=MAR,
                controlled_pct=80.0,
                qualifier="roughly",
                claimed=None,
            ),
            Figure(
                region_code="UA-09",
                region="Luhansk",
                as_of=MAR,
                controlled_pct=None,
                qualifier="",
                claimed=True,
            ),
        ],
    }
    state = {f.region_code: f for f in carry_forward(history)[MAR]}
    assert (state["UA-65"].controlled_pct, state["UA-65"].claimed, state["UA-65"].as_of) == (
        80.0,
        True,
        MAR,
    )
    # A claim-only report keeps the last share, with its own date.
    assert (state["UA-09"].controlled_pct, state["UA-09"].as_of) == (99.0, FEB)
    # A source saying the region is no longer claimed ends the claim.
    history[MAR][0] = Figure(
        region_code="UA-65", region="Kherson", as_of=MAR, controlled_pct=80.0, claimed=False
    )
    assert {f.region_code: f.claimed for f in carry_forward(history)[MAR]}["UA-65"] is False


def test_changes_markdown():
    history = carry_forward(
        {
            FEB: [
                Figure(
                    region_code="UA-65",
                    region="Kherson",
                    as_of=FEB,
                    controlled_pct=75.0,
                    qualifier="roughly",
                    claimed=True,
                )
            ],
            MAR: [
                Figure(
                    region_code="UA-65",
                    region="Kherson",
                    as_of=MAR,
                    controlled_pct=80.0,
                    qualifier="roughly",
                    source="ISW | x",
                    quote="Q.",
                )
            ],
        }
    )
    text = changes_markdown(history)
    assert text.splitlines()[0] == "# Changes from 2025-02-18 to 2025-03-20"
    assert "| Kherson (UA-65) | ≈75%, claimed | ≈80%, claimed | ISW \\| x: “Q.” |" in text
    assert "only one snapshot" in changes_markdown({FEB: history[FEB]}).casefold()


def test_a_new_dated_text_makes_a_new_snapshot(project):
    assert run("build").exit_code == 0
    add_update(project)
    result = run("build")
    assert result.exit_code == 0, result.output
    out = project / "outputs"
    assert "outputs/ukraine_control_history.png" in result.stdout.split()

    stats = (out / "ukraine_control.csv").read_text(encoding="utf-8").splitlines()
    assert len(stats) == 1 + 2 * 28
    assert [line.split(",")[0] for line in stats[1:]] == ["2025-02-18"] * 28 + ["2025-03-20"] * 28
    assert "2025-03-20,UA-65,Kherson,80,roughly,true,reported," in "\n".join(stats)

    changes = (out / "CHANGES.md").read_text(encoding="utf-8")
    assert (
        "| Kherson (UA-65) | ≈75%, claimed | ≈80%, claimed | Institute for the Study of War"
        in changes
    )
    assert "Luhansk" not in changes

    html = (out / "ukraine_control.html").read_text(encoding="utf-8")
    assert '"order":["2025-02-18","2025-03-20"]' in html
    assert "(+5 pp)" in html
    assert "(±pp): change since the region&#x27;s previous figure, of 18 February 2025" in html
    assert "figures as of 20 March 2025" in html


def test_labels_show_the_change_since_the_previous_snapshot(project):
    from geomap.boundaries import load_regions
    from geomap.build import BuildOptions, collect_figures
    from geomap.render import static
    from geomap.snapshot import snapshot

    add_update(project)
    history = carry_forward(collect_figures(BuildOptions())[0])
    fig = static.draw(
        snapshot(history[MAR], load_regions(), as_of=MAR, previous=(FEB, history[FEB]))
    )
    labels = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert labels["label-UA-65"] == "Kherson\n≈80%\n(+5 pp)"
    assert labels["label-UA-09"] == "Luhansk\n≈99%"
    footer = next(t.get_text() for t in fig.texts if t.get_gid() == "footer")
    assert (
        "Not in the latest report, shown with their last reported figure: Luhansk (2025-02-18)"
        in footer
    )


def test_editing_the_figures_file_updates_the_maps(project):
    assert run("build").exit_code == 0
    before = snapshot_files(project / "outputs")
    figures = project / "seeds" / "figures.csv"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace("UA-65,Kherson,75,", "UA-65,Kherson,78,"),
        encoding="utf-8",
    )
    assert run("build").exit_code == 0
    after = snapshot_files(project / "outputs")
    assert after["ukraine_control.png"] != before["ukraine_control.png"]
    assert "2025-02-18,UA-65,Kherson,78," in after["ukraine_control.csv"].decode()


def test_nothing_changed_means_nothing_done(project):
    assert run("build").exit_code == 0
    before = {p.name: p.stat().st_mtime_ns for p in (project / "outputs").iterdir()}
    result = run("build")
    assert result.exit_code == 0
    assert "Nothing changed since the last build" in result.stderr
    assert "outputs/ukraine_control.png" in result.stdout.split()
    assert {p.name: p.stat().st_mtime_ns for p in (project / "outputs").iterdir()} == before
    forced = run("build", "--force")
    assert forced.exit_code == 0 and "Nothing changed" not in forced.stderr
    assert (project / "outputs" / "ukraine_control.png").stat().st_mtime_ns != before[
        "ukraine_control.png"
    ]


@pytest.mark.parametrize(
    "change",
    ["option", "tampered output", "deleted output", "boundaries"],
)
def test_what_makes_outputs_stale(project, change):
    shapes = project / "boundaries" / "ukraine_regions.geojson"
    args = ["build", "--boundaries", str(shapes)]
    assert run(*args).exit_code == 0
    if change == "option":
        args += ["--dpi", "150"]
    elif change == "tampered output":
        (project / "outputs" / "ukraine_control.csv").write_text("edited", encoding="utf-8")
    elif change == "deleted output":
        (project / "outputs" / "ukraine_control.html").unlink()
    elif change == "boundaries":
        shapes.write_text(shapes.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = run(*args)
    assert "Nothing changed" not in result.stderr
    if change == "tampered output":  # stale, and kept: the edit is named, not overwritten
        assert result.exit_code == 1 and "ukraine_control.csv: was changed since" in result.stderr
        return
    assert result.exit_code == 0
    assert (project / "outputs" / "ukraine_control.html").exists()


def test_no_op_build_imports_nothing_heavy(project):
    assert run("build").exit_code == 0
    code = (
        "import sys\n"
        "from geomap.cli import main\n"
        "try:\n"
        "    main(['-q', 'build'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "heavy = [m for m in ('matplotlib', 'folium', 'geopandas', 'shapely', 'pyproj',\n"
        "                     'geomap.extract') if m in sys.modules]\n"
        "print(','.join(heavy) or 'none')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "none"


def test_the_parent_of_a_cold_build_never_imports_matplotlib(project):
    # The static maps are drawn by a forked worker: the parent only reads shapes and makes the
    # HTML. In a fresh interpreter: a test process may hold threads, and then nothing is forked.
    code = (
        "import sys\n"
        "from geomap.cli import main\n"
        "try:\n"
        "    main(['-q', 'build', '--force'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "False"
    assert (project / "outputs" / "ukraine_control.svg").exists()


def test_outputs_no_longer_made_are_removed(project):
    add_update(project)
    assert run("build").exit_code == 0
    assert (project / "outputs" / "ukraine_control_history.png").exists()
    (project / "seeds" / "2025-03-20-update.txt").unlink()
    assert run("build").exit_code == 0
    assert not (project / "outputs" / "ukraine_control_history.png").exists()


def test_no_progress_bar_in_pipes(project):
    for day in ("2025-03-01", "2025-03-10", "2025-03-20", "2025-04-01"):
        (project / "seeds" / f"{day}-u.txt").write_text(UPDATE, encoding="utf-8")
    result = run("build", "--format", "png")
    assert result.exit_code == 0, result.output
    assert "Rendering" not in result.stderr


@pytest.mark.slow
@pytest.mark.timing
def test_a_killed_build_leaves_the_last_outputs_intact(project):
    assert run("build").exit_code == 0
    before = snapshot_files(project / "outputs")
    add_update(project)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "geomap", "-q", "build", "--format", "png,svg,pdf,html", "--dpi", "300"],
        cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, to find any child it forked
    )  # fmt: skip
    deadline = time.monotonic() + 60
    # Kill it while it is writing its outputs: files are staged in outputs/ and the static
    # maps are being rendered by the child it forked.
    while time.monotonic() < deadline:
        staged = any(p.name.startswith(".geomap-tmp-") for p in (project / "outputs").iterdir())
        if staged and len(_alive_in_group(proc.pid)) >= 2:
            break
        if proc.poll() is not None:
            pytest.fail("the build ended before it could be killed")
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # No renderer it forked may outlive it and write into outputs/ later.
    # Signal delivery, not time to finish rendering: a renderer that outlived its parent would
    # write on long after this (each map takes seconds at 300 dpi).
    deadline = time.monotonic() + 10
    while _alive_in_group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive_in_group(proc.pid)
    after = snapshot_files(project / "outputs")
    assert {k: v for k, v in after.items() if not k.startswith(".geomap-tmp-")} == before
    # The next build cleans up what the killed one left behind.
    assert run("build").exit_code == 0
    assert not [p for p in (project / "outputs").iterdir() if p.name.startswith(".geomap-tmp-")]
    assert (project / "outputs" / "ukraine_control_history.png").exists()


@pytest.mark.slow
def test_watch_rebuilds_and_survives_bad_edits(project):
    assert run("build").exit_code == 0
    stats = project / "outputs" / "ukraine_control.csv"
    figures = project / "seeds" / "figures.csv"
    good = figures.read_text(encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "geomap", "build", "--watch", "--format", "csv"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    said: list[str] = []  # what the watch says on stderr, read as it comes
    reader = threading.Thread(target=lambda: said.extend(iter(proc.stderr.readline, "")))
    reader.start()

    def saying(text: str):
        return lambda: any(text in line for line in said)

    try:
        _wait_for(saying("Watching"), proc)
        # Each edit is written again until the watch has answered it: no fixed sleeps, and a
        # watcher that missed the first event (or is slow) can neither hang nor pass the test.
        bad = good.replace("UA-65,Kherson,75,", "UA-65,Kherson,175,")
        _edit_until(
            figures, bad, saying("figures.csv:7: controlled_pct: 175 is outside 0–100"), proc
        )
        assert b"2025-02-18,UA-65,Kherson,75," in stats.read_bytes()  # the last good output stays
        fixed = good.replace("UA-65,Kherson,75,", "UA-65,Kherson,77,")
        _edit_until(
            figures, fixed, lambda: b"2025-02-18,UA-65,Kherson,77," in stats.read_bytes(), proc
        )
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(timeout=10)
        proc.stderr.close()
    assert not any("Traceback" in line for line in said)


def _edit_until(path: Path, text: str, done, proc, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        path.write_text(text, encoding="utf-8")
        try:
            _wait_for(done, proc, timeout=3.0)
            return
        except AssertionError as exc:
            if "timed out" not in str(exc):
                raise
    raise AssertionError(f"the watch never answered the edit of {path.name}")


def _alive_in_group(pgid: int) -> list[int]:
    """Processes (not zombies) in the process group ``pgid``, from /proc."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            alive.append(int(stat.parent.name))
    return alive


def _wait_for(condition, proc, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if proc.poll() is not None:
            raise AssertionError(f"the watch ended with exit code {proc.returncode}")
        time.sleep(0.1)
    raise AssertionError("timed out")


@pytest.mark.slow
def test_progress_is_shown_on_a_terminal(project):
    import pty

    for i, day in enumerate(("2025-03-01", "2025-03-10", "2025-03-20", "2025-04-01")):
        text = f"Russia occupies about {76 + i}% of the Kherson region.\n"
        (project / "seeds" / f"{day}-u.txt").write_text(text, encoding="utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "geomap", "build", "--format", "png"],
        cwd=project, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower,
    )  # fmt: skip
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the build is over
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert proc.wait() == 0
    assert b"Rendering maps" in output
