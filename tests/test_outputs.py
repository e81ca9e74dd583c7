"""Publishing outputs (geomap.outputs): atomic renames, the manifest's fingerprint, remembered
digests, what a build removes."""

import hashlib
import json
import os
import stat
import time
from pathlib import Path

import pytest

from geomap.outputs import OutputSet, fingerprint, up_to_date


def test_outputs_are_renamed_into_place_and_readable_by_all(tmp_path: Path):
    with OutputSet(tmp_path) as outputs:
        staged = outputs.path("a.csv")
        staged.write_text("x", encoding="utf-8")
        inode = staged.stat().st_ino
    final = tmp_path / "a.csv"
    assert final.stat().st_ino == inode  # moved, not copied
    assert stat.S_IMODE(final.stat().st_mode) == 0o644
    assert not staged.exists()


def test_a_failed_build_publishes_nothing(tmp_path: Path):
    (tmp_path / "a.csv").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), OutputSet(tmp_path) as outputs:
        outputs.write_text("a.csv", "new")
        outputs.write_text("b.csv", "new")
        raise RuntimeError("the renderer crashed")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


def test_the_fingerprint_changes_with_version_options_and_every_input(tmp_path: Path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "neighbours.geojson"
    a.write_text("a", encoding="utf-8")
    b.write_text("b", encoding="utf-8")
    base = fingerprint([a, b], {"name_field": None})
    assert fingerprint([a, b], {"name_field": "name"}) != base
    b.write_text("b2", encoding="utf-8")
    assert fingerprint([a, b], {"name_field": None}) != base
    monkeypatch.setattr("geomap.version.__version__", "9.9.9")
    assert fingerprint([a, b], {"name_field": None})["geomap"] == "9.9.9"


def test_remembered_digests_spare_unchanged_files_and_never_hide_a_change(tmp_path, monkeypatch):
    from geomap import digests

    monkeypatch.setattr(digests, "_known", {})
    monkeypatch.setattr(digests, "_SETTLED_NS", -(10**12))  # every file counts as settled
    layer, out = tmp_path / "front.geojson", tmp_path / "out"
    layer.write_text("one", encoding="utf-8")
    out.mkdir()
    first = digests.file_digest(layer)
    digests.remember_digests(out, [layer])
    # A later build (another process: nothing in memory) takes the digest up without reading.
    monkeypatch.setattr(digests, "_known", {})
    read = []
    monkeypatch.setattr(digests, "sha256_of", lambda *a: read.append(a) or "fresh")
    digests.recall_digests(out)
    assert digests.file_digest(layer) == first and read == []
    # The same size, the same time of modification, other bytes: the change time tells.
    before = layer.stat()
    # Written until the change time moves on: past the file system clock's tick (what
    # _SETTLED_NS guards against), however coarse it is.
    while layer.stat().st_ctime_ns == before.st_ctime_ns:
        time.sleep(0.01)
        layer.write_text("two", encoding="utf-8")
    os.utime(layer, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert layer.stat().st_size == before.st_size
    assert layer.stat().st_mtime_ns == before.st_mtime_ns
    assert digests.file_digest(layer) == "fresh" and len(read) == 1


@pytest.mark.parametrize("text", ["", "[]", '{"version": 1, "files": {"x": [1, 2]}}', "{"])
def test_a_record_of_digests_that_cannot_be_read_is_none(tmp_path, monkeypatch, text):
    from geomap import digests

    monkeypatch.setattr(digests, "_known", {})
    (tmp_path / digests.DIGESTS).write_text(text, encoding="utf-8")
    digests.recall_digests(tmp_path)
    assert digests._known == {}


def test_a_file_changed_just_before_it_was_hashed_is_not_remembered(tmp_path, monkeypatch):
    from geomap import digests

    monkeypatch.setattr(digests, "_known", {})
    fresh = tmp_path / "front.geojson"
    fresh.write_text("one", encoding="utf-8")
    digests.file_digest(fresh)
    assert digests._known == {}  # it could change again within the same tick of the clock


def test_an_output_edited_by_hand_makes_the_build_stale(tmp_path: Path):
    fp = {"geomap": "1", "inputs": {}, "options": {}}
    with OutputSet(tmp_path, fingerprint=fp) as outputs:
        outputs.write_text("a.csv", "x")
    assert up_to_date(tmp_path, fp) == [tmp_path / "a.csv"]
    assert up_to_date(tmp_path, {**fp, "geomap": "2"}) is None
    (tmp_path / "a.csv").write_text("edited", encoding="utf-8")
    assert up_to_date(tmp_path, fp) is None
    os.remove(tmp_path / "a.csv")
    assert up_to_date(tmp_path, fp) is None


def test_publishing_removes_only_the_outputs_no_longer_made(tmp_path: Path):
    fp = {"geomap": "1", "inputs": {}, "options": {}}
    with OutputSet(tmp_path, fingerprint=fp) as outputs:
        outputs.write_text("a.csv", "a")
        outputs.write_text("old.pdf", "old")
    (tmp_path / "mine.txt").write_text("the user's", encoding="utf-8")
    with OutputSet(tmp_path, fingerprint=fp) as outputs:
        outputs.write_text("a.csv", "a2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "manifest.json", "mine.txt"]
    manifest = (tmp_path / "manifest.json").read_text(encoding="utf-8")
    assert json.loads(manifest) == {
        "fingerprint": fp,
        "outputs": {"a.csv": hashlib.sha256(b"a2").hexdigest()},
    }
    assert manifest.startswith('{\n  "fingerprint": {\n    "geomap": "1",')  # sorted, indented
    assert stat.S_IMODE((tmp_path / "manifest.json").stat().st_mode) == 0o644


def test_publish_returns_the_published_paths(tmp_path: Path):
    outputs = OutputSet(tmp_path)
    with outputs:
        outputs.write_text("b.csv", "b")
        outputs.write_text("a.csv", "a")
        assert outputs.names == ["b.csv", "a.csv"]
    assert not (tmp_path / "manifest.json").exists()  # no fingerprint, no manifest
    with OutputSet(tmp_path) as again:
        again.write_text("c.csv", "c")
        assert again.publish() == [tmp_path / "c.csv"]


def test_the_fingerprint_in_full(tmp_path: Path):
    from importlib.metadata import version

    import geomap
    from geomap.outputs import code_digest

    a = tmp_path / "a.txt"
    a.write_text("a", encoding="utf-8")
    assert fingerprint([a], {"dpi": 200}) == {
        "geomap": version("geomap"),
        "code": code_digest(Path(geomap.__file__).parent),
        "inputs": {str(a): hashlib.sha256(b"a").hexdigest()},
        "options": {"dpi": 200},
    }


def test_outputs_go_into_a_new_nested_folder_or_say_why_not(tmp_path: Path):
    from geomap.errors import OutputError
    from geomap.outputs import ensure_writable

    ensure_writable(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir() and not list((tmp_path / "a" / "b").iterdir())
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        ensure_writable(blocker / "out")
    assert str(caught.value).endswith(
        "cannot write outputs here (Not a directory); choose another folder with --out or fix "
        "its permissions"
    )
    assert str(caught.value).startswith(f"{blocker / 'out'}: ")
