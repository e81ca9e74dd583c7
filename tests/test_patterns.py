"""The reading's patterns compiled once per machine (geomap.patterns): a pattern built from the
kept code matches as :func:`re.compile`'s does; a cache file that does not read back, or a code
the engine refuses, falls back to compiling; a folder that cannot be written is passed over; and
the patterns the reading builds from the profile's words are the same text in every process, so
that the next one finds them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from geomap import patterns

SAMPLES = [
    (r"\b(?:Russia|Moscow)['’]s\s+(?P<what>share|control)\b", re.IGNORECASE),
    (r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent)", 0),
    (r"(?<![\w.])(?:about|around)\s+(?=\d)", re.IGNORECASE),
    (r"[^\W\d_a-z]|\u0131", re.IGNORECASE),
]
TEXTS = ["Russia's share is 70%", "moscow's control: about 99.5 per cent", "İstanbul", "nothing"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache in ``tmp_path``, as a new process finds it."""
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    new_process(monkeypatch)
    return tmp_path


def new_process(monkeypatch):
    """What a process that has not loaded the cache file yet holds."""
    monkeypatch.setattr(patterns, "_store", None)
    monkeypatch.setattr(patterns, "_built", {})
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_added", False)


def same(found: re.Pattern[str], text: str, flags: int) -> None:
    expected = re.compile(text, flags)
    assert (found.pattern, found.flags, found.groups, found.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex,
    )  # fmt: skip
    for sample in TEXTS:
        got = [(m.span(), m.groups()) for m in found.finditer(sample)]
        assert got == [(m.span(), m.groups()) for m in expected.finditer(sample)]


@pytest.mark.parametrize(("text", "flags"), SAMPLES)
def test_a_pattern_from_the_kept_code_matches_as_compiled(fresh, monkeypatch, text, flags):
    same(patterns.compiled(text, flags), text, flags)
    patterns.save()
    assert list(fresh.iterdir())
    new_process(monkeypatch)
    found = patterns.compiled(text, flags)
    assert ("code", text, int(flags)) in patterns._used  # built from the file, not compiled
    assert not patterns._added
    same(found, text, flags)


def test_plans_are_remembered_between_processes(fresh, monkeypatch):
    calls = []
    assert patterns.remembered("plan", ("x", 2), lambda: calls.append(1) or ("a", None)) == (
        "a", None,
    )  # fmt: skip
    patterns.save()
    new_process(monkeypatch)
    assert patterns.remembered("plan", ("x", 2), lambda: calls.append(1) or "other") == ("a", None)
    assert calls == [1]


def test_a_damaged_file_is_compiled_again(fresh, monkeypatch):
    text, flags = SAMPLES[0]
    patterns.compiled(text, flags)
    patterns.save()
    (path,) = fresh.iterdir()
    path.write_bytes(path.read_bytes()[:-10])  # cut short: its digest no longer fits
    new_process(monkeypatch)
    same(patterns.compiled(text, flags), text, flags)
    assert patterns._added  # compiled, and kept again at the next save
    patterns.save()
    new_process(monkeypatch)
    patterns.compiled(text, flags)
    assert not patterns._added


def test_a_code_the_engine_refuses_is_compiled_again(fresh, monkeypatch):
    text, flags = SAMPLES[1]
    patterns.compiled(text, flags)
    key = ("code", text, flags)
    all_flags, _, groups, groupindex, indexgroup = patterns._store[key]
    monkeypatch.setattr(patterns, "_built", {})
    patterns._store[key] = (all_flags, b"\x07\x00\x00\x00", groups, groupindex, indexgroup)
    same(patterns.compiled(text, flags), text, flags)


def test_a_folder_that_cannot_be_written_is_passed_over(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(blocker / "cache"))
    new_process(monkeypatch)
    text, flags = SAMPLES[2]
    same(patterns.compiled(text, flags), text, flags)
    patterns.save()  # no error
    assert blocker.read_text() == ""


def _keys_in_a_process(seed: str) -> str:
    """The patterns a new process builds to read a sentence, with the hash seed ``seed``."""
    code = (
        "import datetime as dt, hashlib\n"
        "from geomap import patterns\n"
        "from geomap.extract import read_document\n"
        "read_document('Russia holds 70% of the Donetsk region and claims it.',"
        " as_of=dt.date(2025, 1, 1), document='t.txt')\n"
        "print(hashlib.sha256(repr(sorted(patterns._built)).encode()).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_readings_patterns_are_the_same_text_in_every_process():
    assert _keys_in_a_process("1") == _keys_in_a_process("2")


def test_the_scans_plans_are_kept_under_its_codes_digest(fresh):
    from geomap.extract import anchors, scan

    pattern = patterns.compiled(r"\b(?:zebra|zulu)\s+crossings?\b", re.IGNORECASE)
    assert [m.group() for m in scan.finditer(pattern, "Zebra crossings, a ZULU crossing")] == [
        "Zebra crossings", "ZULU crossing",
    ]  # fmt: skip
    plans = [key for key in patterns._store if key[0] in {"plan", "folded"}]
    assert plans
    assert all(key[1] == scan._CODE for key in plans)  # another version's plans are not taken
    # ... nor where a pattern can start, which another version of the anchors worked out
    found = [key for key in patterns._store if key[0] in {"starts", "deep"}]
    assert found
    assert all(key[1] == anchors.CODE for key in found)


def test_a_command_that_reads_keeps_its_patterns_and_one_that_does_not_writes_nothing(tmp_path):
    text = tmp_path / "2025-01-01-note.txt"
    text.write_text("Russia holds 70% of the Donetsk region.", encoding="utf-8")
    for name, args in (("read", ["extract", str(text)]), ("none", ["--version"])):
        env = {**os.environ, "GEOMAP_CACHE_DIR": str(tmp_path / name)}
        command = [sys.executable, "-m", "geomap", *args]
        done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    assert [p.name.startswith("patterns-") for p in (tmp_path / "read").iterdir()] == [True]
    assert not (tmp_path / "none").exists()
