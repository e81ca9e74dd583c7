"""A build never deletes what is not its own, and builds that share a folder take turns."""

import hashlib
import json
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.build import BuildOptions, build
from geomap.cli import main
from geomap.errors import OutputError
from geomap.outputs import LOCK_NAME, MANIFEST, OutputSet, locked

TEXT = "Russia now occupies 70% of the Donetsk region. Moscow annexed the Kherson region."


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "2025-02-18-a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def quick(seeds: Path, out: Path, **kwargs) -> BuildOptions:
    return BuildOptions(**{"seeds": seeds, "out": out, "formats": ("csv",), **kwargs})


def test_a_tampered_manifest_deletes_nothing_that_is_not_ours(seeds, tmp_path, caplog):
    out = tmp_path / "out"
    out.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("mine", encoding="utf-8")
    (out / "sub").mkdir()
    keep = {
        "notes.txt": "not a kind geomap writes",
        ".hidden.png": "hidden",
        "ukraine_control.png": "edited since the build that recorded it",
        "sub/x.png": "in a subfolder",
    }
    for name, text in keep.items():
        (out / name).write_text(text, encoding="utf-8")
    (out / "ukraine_control.html").write_text("made by geomap", encoding="utf-8")
    # A forged manifest names the user's notes with their very hash: still not geomap's name.
    (out / "my-notes.md").write_text("the user's notes", encoding="utf-8")
    digest = hashlib.sha256(b"made by geomap").hexdigest()
    outputs = {name: "0" * 64 for name in keep} | {
        "../precious.txt": "0" * 64, str(precious): "0" * 64, "ukraine_control.html": digest,
        "my-notes.md": hashlib.sha256(b"the user's notes").hexdigest(),
    }  # fmt: skip
    (out / MANIFEST).write_text(json.dumps({"fingerprint": {}, "outputs": outputs}), "utf-8")
    with caplog.at_level(logging.WARNING):
        build(quick(seeds, out), parallel=False)
    assert precious.read_text(encoding="utf-8") == "mine"
    for name, text in keep.items():
        assert (out / name).read_text(encoding="utf-8") == text, name
    assert (out / "my-notes.md").read_text(encoding="utf-8") == "the user's notes"
    assert not (out / "ukraine_control.html").exists()  # ours, unchanged: no longer made
    assert f"{out}: '../precious.txt' is named in the last manifest" in caplog.text
    assert f"{out}: 'my-notes.md' is named in the last manifest" in caplog.text
    assert f"{out / 'ukraine_control.png'}: no longer made, but edited since the last build" in (
        caplog.text
    )


@pytest.mark.parametrize("manifest", ['{"fingerprint": 5, "outputs": [1, 2]}', "[1, 2]", "{"])
def test_a_manifest_of_the_wrong_shape_counts_as_none(seeds, tmp_path, manifest):
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text(manifest, encoding="utf-8")
    result = build(quick(seeds, out), parallel=False)
    assert not result.skipped
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["outputs"]


def test_another_tools_manifest_is_never_overwritten(seeds, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    theirs = '{"name": "site", "outputs": {"index.html": "x"}}'
    (out / MANIFEST).write_text(theirs, encoding="utf-8")
    (out / "index.html").write_text("their page", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        build(quick(seeds, out), parallel=False)
    assert str(info.value) == (
        f"{out / MANIFEST}: is another tool's manifest; geomap does not overwrite it; "
        "choose another folder with --out"
    )
    assert (out / MANIFEST).read_text(encoding="utf-8") == theirs
    assert sorted(p.name for p in out.iterdir()) == ["index.html", MANIFEST]


def test_extract_to_a_file_touches_nothing_else(seeds, tmp_path):
    out = tmp_path / "out"
    build(quick(seeds, out), parallel=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    result = CliRunner().invoke(
        main, ["extract", str(seeds / "2025-02-18-a.txt"), "-o", str(out / "figures.csv")]
    )
    assert result.exit_code == 0, result.output
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after.pop("figures.csv").startswith(b"as_of,region_code,")
    assert after == before


def test_only_temporary_files_of_dead_builds_are_cleaned(seeds, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    stale = out / f".geomap-tmp-{int(dead.stdout)}-0123abcd-x.png.q1w2e3"
    users = out / ".geomap-tmp-my-notes.txt"
    running = out / f".geomap-tmp-{1}-0123abcd-x.png.q1w2e3"  # pid 1 is alive
    for path in (stale, users, running):
        path.write_text("x", encoding="utf-8")
    build(quick(seeds, out), parallel=False)
    assert not stale.exists()
    assert users.exists() and running.exists()


def test_an_output_in_the_way_stops_the_build_before_any_move(seeds, tmp_path):
    out = tmp_path / "out"
    build(quick(seeds, out), parallel=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (out / "ukraine_control.html").mkdir()
    with pytest.raises(OutputError) as info:
        build(quick(seeds, out, formats=("html",)), force=True, parallel=False)
    assert str(info.value) == (
        f"{out / 'ukraine_control.html'}: is in the way of an output (not a regular file); "
        "move it away or choose another folder with --out"
    )
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".geomap-tmp-")]


def test_a_second_build_waits_for_the_first_or_fails_when_asked(seeds, tmp_path, caplog):
    out = tmp_path / "out"
    out.mkdir()
    held, release = threading.Event(), threading.Event()

    def first():
        with locked(out):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    held.wait(10)
    try:
        with pytest.raises(OutputError) as info:
            build(quick(seeds, out, wait=False), parallel=False)
        assert str(info.value) == (
            f"{out}: another build is writing here; wait for it to finish, or drop --no-wait"
        )
        threading.Timer(0.3, release.set).start()
        with caplog.at_level(logging.WARNING):
            result = build(quick(seeds, out), parallel=False)
    finally:
        release.set()
        thread.join()
    assert not result.skipped
    assert f"waiting for another build of {out}/ to finish" in caplog.messages
    assert (out / LOCK_NAME).exists()


def test_three_builds_into_one_folder_all_succeed(seeds, tmp_path):
    out = tmp_path / "out"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "geomap", "build", "--seeds", str(seeds), "--out", str(out),
             "--format", "csv,html"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent,
        )
        for _ in range(3)
    ]  # fmt: skip
    results = [(*run.communicate(timeout=300), run.returncode) for run in runs]
    assert [code for _, _, code in results] == [0, 0, 0], [err for _, err, _ in results]
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    for name, digest in manifest["outputs"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    assert not [p for p in out.iterdir() if p.name.startswith(".geomap-tmp-")]
    # One of them built; the others waited and found the outputs current, or rebuilt them.
    assert sum("Nothing changed" in err for _, err, _ in results) <= 2


def test_staged_files_live_in_the_output_folder(tmp_path):
    with OutputSet(tmp_path) as outputs:
        staged = outputs.path("a.csv")
        assert staged.parent == tmp_path and staged.name.startswith(".geomap-tmp-")
        staged.write_text("x", encoding="utf-8")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "x"


def test_the_watch_outlives_any_failure_and_sees_an_edit_made_during_its_first_build(
    seeds, tmp_path, monkeypatch, capsys
):
    from geomap.cli import build as cli

    calls = []

    def fake_build(options, *, force, parallel=True):
        calls.append(force)
        if len(calls) == 1:
            # An edit while the first build runs, then a failure that is not geomap's own.
            (seeds / "2025-02-19-b.txt").write_text(TEXT, encoding="utf-8")
            raise RuntimeError("boom")
        raise KeyboardInterrupt  # the second build: the edit was seen; stop watching

    monkeypatch.setattr(cli, "_build_once", fake_build)
    options = BuildOptions(seeds=seeds, out=tmp_path / "out")
    thread = threading.Thread(target=cli._watch, args=(options,), kwargs={"force": True},
                              daemon=True)  # fmt: skip
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive(), "the edit made during the first build was never seen"
    assert calls == [True, False]
    assert "Error: unexpected failure: RuntimeError('boom') (the watch goes on)" in (
        capsys.readouterr().err
    )


def test_the_manifest_is_written_the_same_way_every_time(seeds, tmp_path):
    out = tmp_path / "out"
    build(quick(seeds, out), parallel=False)
    text = (out / MANIFEST).read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n"


def test_a_figures_file_named_for_the_build_is_not_called_unread(seeds, tmp_path, caplog):
    from geomap.figures import COLUMNS

    (seeds / "mine.csv").write_text(
        ",".join(COLUMNS) + "\n2025-02-18,UA-09,Luhansk,99,,,manual,me,\n", encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        build(quick(seeds, tmp_path / "out", figures=seeds / "mine.csv",
                    tiles="OpenStreetMap.Mapnik"), parallel=False)  # fmt: skip
    assert "not read" not in caplog.text


def test_one_file_is_written_whole_readable_by_all(tmp_path):
    from geomap.outputs import write_atomic

    path = tmp_path / "figures.csv"
    write_atomic(path, "a,b\n1,2 é\n")
    assert path.read_bytes() == "a,b\n1,2 é\n".encode()
    assert path.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.csv"]


def test_one_file_that_cannot_be_written_says_where(tmp_path):
    from geomap.outputs import write_atomic

    missing = tmp_path / "nope" / "x.csv"
    with pytest.raises(OutputError) as info:
        write_atomic(missing, "x")
    assert str(info.value) == (
        f"{missing}: cannot write here (No such file or directory); "
        "choose another file or fix the folder's permissions"
    )
    folder = tmp_path / "x.csv"
    folder.mkdir()
    with pytest.raises(OutputError) as info:
        write_atomic(folder, "x")
    assert str(info.value) == f"{folder}: cannot write (Is a directory)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]  # no temporary file left


@pytest.mark.parametrize(
    ("name", "ours"),
    [
        ("ukraine_control.png", True), ("CHANGES.md", True), ("a.SVG", True), ("m.pdf", True),
        ("m.html", True), ("s.csv", True), ("notes.txt", False), ("manifest.json", False),
        ("ukraine_control_alt.txt", True), ("notes_alt.txt", False),
        (".hidden.png", False), ("sub/x.png", False), ("..\\\\x.png", False),
        ("../x.png", False), ("/etc/x.png", False), ("", False), ("png", False),
    ],
)  # fmt: skip
def test_which_names_a_build_may_remove(name, ours):
    from geomap.outputs import _own_name

    assert _own_name(name) is ours


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ('{"fingerprint": {}, "outputs": {"a.csv": "00"}}', True),
        ('{"fingerprint": {}}', True),
        ('{"fingerprint": 5, "outputs": {}}', False),
        ('{"fingerprint": {}, "outputs": [1, 2]}', False),
        ('{"fingerprint": {}, "outputs": {"a.csv": 5}}', False),
        ('{"fingerprint": {}, "outputs": {"5": "a"}}', True),
        ("[1, 2]", False),
        ("not json", False),
    ],
)
def test_a_manifest_of_geomaps_shape(tmp_path, text, valid):
    from geomap.outputs import foreign_manifest, read_manifest

    (tmp_path / MANIFEST).write_text(text, encoding="utf-8")
    assert (read_manifest(tmp_path) is not None) is valid
    assert foreign_manifest(tmp_path) is False
    (tmp_path / MANIFEST).write_text('{"name": "x"}', encoding="utf-8")
    assert read_manifest(tmp_path) is None and foreign_manifest(tmp_path) is True


def test_asking_whether_a_build_is_alive_leaves_it_running():
    import subprocess
    import sys

    from geomap.outputs import _alive

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert _alive(child.pid)
        assert child.poll() is None  # asked with signal 0: nothing was sent to it
    finally:
        child.kill()
        child.wait()
    assert not _alive(child.pid)
