"""Review of scripts/stories_trace.py (stop 45): a set named on the command line is traced only when it is a
development set — a held-out set ("blind5", or one holding a HELD_OUT file) or an unknown name is refused with a
one-line message before anything is read (its headlines and openings would be printed), never a traceback."""

from __future__ import annotations

import pytest

from scripts import stories_trace


class NoPool:
    def __init__(self, *args, **kwargs):
        raise AssertionError("a set was about to be read")


@pytest.mark.parametrize("name", ("blind5", "blind999", "nonsense"))
def test_a_held_out_or_unknown_set_is_refused_before_it_is_read(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(stories_trace, "ProcessPoolExecutor", NoPool)
    with pytest.raises(SystemExit) as exit_:
        stories_trace.main([name])
    assert exit_.value.code == 2
    assert name in capsys.readouterr().err
