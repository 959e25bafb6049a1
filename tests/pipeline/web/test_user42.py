"""user42: `brief saved.html` of a JavaScript-only page told the user to "accept or close the dialog" — a
consent wall's advice; a script shell has no dialog: the advice is to wait until the article's text shows."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.web.extract import extract_page
from tests.conftest import SHARED


def test_a_saved_script_shell_is_told_to_wait_for_the_text_a_consent_wall_to_close_the_dialog() -> None:
    pages = SHARED / "web" / "html"
    shell = (pages / "rtlxl_spa-shell_js-only.html").read_text(encoding="utf-8", errors="replace")
    with pytest.raises(InputError, match="JavaScript-only") as refused:
        extract_page(shell, name="shell.html")
    assert "wait until its text shows and save it again" in str(refused.value) and "dialog" not in str(refused.value)
    wall = (pages / "hln_dpg-privacy-gate_consent-wall.html").read_text(encoding="utf-8", errors="replace")
    with pytest.raises(InputError, match=r"consent wall .* \(accept or close the dialog\) and save it again"):
        extract_page(wall, name="wall.html")
