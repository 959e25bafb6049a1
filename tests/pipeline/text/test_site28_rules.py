"""Site text and headlines of small sites' pages, by shape (issue 21, round site28): each rule on an example written
here, and next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, headline, kinds
from tests.pipeline.text.site_helpers import joined as _text


def test_a_letters_salutation_closed_by_a_comma_is_no_headline() -> None:
    for salutation in ("Beste buurtbewoners,", "Geachte leden van de vereniging,"):
        text = _text(salutation, BODY, MORE)
        assert headline(text) is None
        assert any(salutation in t for _, t in kinds(text))
    # a title above it stays the headline
    assert headline(_text(TITLE, "Beste buurtbewoners,", BODY, MORE)) == TITLE
