"""Probes of the team's standards (standards42): what OUT holds is read back without a traceback,
whatever a file in it says (any *.md in OUT is read as a possible brief by `brief catalog rebuild`,
the feed and the web edition)."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import FORMAT
from pipeline.render.artifact import split_front_matter
from pipeline.store.brief_files import read_brief_file
from pipeline.store.digests import read_day_record

DEEP = "[" * 100_000


def test_front_matter_nested_thousands_deep_is_skipped_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(f'---\nformat: "{FORMAT}"\ntitle: "Kop"\nx: {DEEP}\n---\n\nbody\n', encoding="utf-8")
    brief = read_brief_file(path)  # was RecursionError (json.loads): `brief catalog rebuild` ended in a traceback
    assert brief is not None and brief.front["title"] == "Kop" and "x" not in brief.front
    fields, _ = split_front_matter(path.read_text(encoding="utf-8"))
    assert fields["title"] == "Kop" and fields["x"] == DEEP  # kept as text, as any value JSON cannot read


def test_a_digest_record_nested_thousands_deep_is_no_record() -> None:
    assert read_day_record(f'# Digest\n\n<!-- dutch-brief day: {{"briefs": {DEEP}}} -->\n') is None


def test_another_markdown_file_in_out_is_not_read_past_its_first_line(tmp_path: Path) -> None:
    import tracemalloc

    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\n" + "x" * 20_000_000, encoding="utf-8")
    tracemalloc.start()
    try:
        assert read_brief_file(notes) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # was read_text: all 20 MB read and decoded for a file that is no brief


def test_a_brief_with_windows_line_ends_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_bytes(f'---\r\nformat: "{FORMAT}"\r\ntitle: "Kop"\r\n---\r\n\r\nbody\r\n'.encode())
    brief = read_brief_file(path)
    assert brief is not None and brief.front["title"] == "Kop"
