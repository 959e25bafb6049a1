"""Flow messages name the setting or parameter to change, never a CLI flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.messages import for_flow, without_file_name
from pipeline.engines.hub import _unavailable_message
from pipeline.settings import DEFAULT_TRANSLATOR
from pipeline.store.files import write_atomic
from pipeline.text.language import require_dutch


def raised(call) -> str:
    with pytest.raises(Exception) as info:
        call()
    return str(info.value)


def test_cli_flags_in_pipeline_messages_become_settings_and_parameters(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    missing = for_flow(_unavailable_message("translator", DEFAULT_TRANSLATOR, True, OSError("nope")))
    assert "set the translator setting (BRIEF_TRANSLATOR) to DIR" in missing
    english = "The government announced on Tuesday that the new bridge will open next week for all traffic."
    language = for_flow(raised(lambda: require_dutch(english, name="x.txt")))
    assert "set the require_dutch setting to false" in language
    (tmp_path / "a-file").write_text("x")  # a folder that cannot be made, even by root
    unwritable = raised(lambda: write_atomic(tmp_path / "a-file" / "b.md", "x"))
    assert "out_dir" in for_flow(unwritable)
    messages = [missing, language, for_flow(unwritable), for_flow("--device cuda was asked for — use --device cpu")]
    assert all("--" not in message for message in messages), messages
    assert for_flow("--device cuda was asked for — use --device cpu") == (
        "device=cuda was asked for — set the device setting (BRIEF_DEVICE) to cpu"
    )


def test_the_file_is_named_once() -> None:
    path = Path("/inbox/leeg.txt")
    assert without_file_name("/inbox/leeg.txt: the file has no text", path, "/inbox/leeg.txt") == "the file has no text"
    assert without_file_name("leeg.txt: the file has no text", path, "/inbox/leeg.txt") == "the file has no text"
    assert without_file_name("no text", path, "/inbox/leeg.txt") == "no text"
