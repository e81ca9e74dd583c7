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
