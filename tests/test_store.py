"""The records geomap keeps for itself: written whole, and read as empty whenever they cannot be
trusted to be what geomap wrote."""

import pytest

from geomap import store


def test_a_record_is_read_back_as_written(tmp_path):
    path = tmp_path / "r.json"
    store.write_record(path, 3, {"entries": {"a": [1, 2]}})
    assert store.read_record(path, 3) == {"entries": {"a": [1, 2]}}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(store.TMP_PREFIX)]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[1, 2]",
        b'{"version": 2, "entries": {}}',  # another version
        b"\xff\xfe",  # not UTF-8
        b"[" * 100_000 + b"]" * 100_000,  # nested past the parser's depth
    ],
)
def test_a_record_that_cannot_be_trusted_is_empty(tmp_path, content):
    path = tmp_path / "r.json"
    path.write_bytes(content)
    assert store.read_record(path, 3) == {}


def test_no_record_is_empty(tmp_path, monkeypatch):
    assert store.read_record(None, 1) == {}
    assert store.read_record(tmp_path / "missing.json", 1) == {}
    assert store.read_record(tmp_path, 1) == {}  # a folder
    big = tmp_path / "big.json"
    store.write_record(big, 1, {"x": "y"})
    monkeypatch.setattr(store, "MAX_RECORD_BYTES", 4)
    assert store.read_record(big, 1) == {}


def test_several_files_are_written_all_or_none(tmp_path, monkeypatch):
    import os
    import tempfile

    (tmp_path / "seeds").mkdir()
    files = {tmp_path / "geomap.toml": "a", tmp_path / "seeds" / "figures.csv": "b"}
    real = tempfile.mkstemp

    def refuse_in_seeds(*args, **kwargs):
        if os.path.basename(str(kwargs.get("dir"))) == "seeds":
            raise PermissionError(13, "Permission denied")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse_in_seeds)
    with pytest.raises(store.OutputError, match=r"figures\.csv: cannot write here"):
        store.write_all(files)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["seeds"]
    monkeypatch.setattr(tempfile, "mkstemp", real)
    store.write_all(files)
    assert [p.read_text() for p in files] == ["a", "b"]
