"""Review44 (stop 44): a brief saved by a Windows editor with a byte-order mark (Notepad's "UTF-8 with BOM") in
`brief catalog rebuild` — after the CRLF fix (2abbd2be) it was still neither listed nor named: silently left out."""

from __future__ import annotations

from pathlib import Path


def test_a_rebuild_lists_a_brief_saved_with_a_byte_order_mark_and_names_a_damaged_one(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from brief_cli.main import app
    from tests.pipeline.catalog.test_catalog import brief_file

    whole = brief_file(tmp_path, "a", "2026-02-12T10:00:00Z")  # whole, BOM and CRLF: read as a brief
    whole.write_bytes(b"\xef\xbb\xbf" + whole.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    damaged = brief_file(tmp_path, "b", "2026-02-13T10:00:00Z")  # BOM and damaged: named
    text = damaged.read_text(encoding="utf-8").replace("format: ", "format:")
    damaged.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    rebuilt = CliRunner().invoke(app, ["catalog", "rebuild", "--out", str(tmp_path)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "1 brief listed in the catalog" in rebuilt.stderr
    [line] = [line for line in rebuilt.stderr.splitlines() if "not read as one" in line]
    assert damaged.name in line and whole.name not in line
