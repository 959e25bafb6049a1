"""The expressions of pipeline.text.inline_chrome (issue 21, round site29b): data, no logic — a page's
interface words that a scraper glued between the article's sentences on one line."""

from __future__ import annotations

# a slideshow's buttons: "Vorige slide Volgende slide", "Previous slide", "Volgende dia" (capitalised, as a
# button is; the nouns only a slideshow's: "de volgende foto" in a sentence is not this)
SLIDE_WORD = r"(?:slide|slides|dia|dia's)"
SLIDE_CONTROLS = (
    rf"(?<!\S)(?:(?:Vorige|Volgende|Previous|Next|Prev)\s+{SLIDE_WORD})(?:\s+(?:Vorige|Volgende|Previous|Next|Prev)\s+"
    rf"{SLIDE_WORD})?(?=\s|$)"
)
