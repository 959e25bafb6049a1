"""Lines of the page's furniture by their shape, helper structgen38 (issue 21; data, no logic): rules kept only where
they also set aside gold site text of structure sets their author never read. pipeline.text.patterns reads SITE_LINES
(a whole line, or a short block) after every other rule of a line. Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a line that is one phrase printed over again, letter for letter: its copy glued to it ("OPENING
    # JUBILEUMJAAROPENING JUBILEUMJAAR") or four copies or more spaced ("header foto header foto header foto header
    # foto"): an image's alt text and title, a heading's screen-reader copy. The phrase at least 7 characters, no
    # sentence's mark or comma closing it (a chant repeated is a sentence's: "Hup Holland hup! Hup Holland hup!"; a
    # list of places said again is a list's: "Kampen, Zwolle, Kampen, Zwolle,"). A phrase said twice or three times
    # with a space, or again in another case, is the article's: a chant, a refrain, a headline ("Leve de koning leve
    # de koning", "Oefenen oefenen oefenen", review38). Bounded, so the backreference stays linear enough
    (
        "repeated",
        r"(?-i:^(?=.{14,400}$)(?P<phrase>\S.{5,198}?[^\s.!?,;:])"
        r"(?:(?P=phrase)(?:\s*(?P=phrase)){0,8}|(?:\s+(?P=phrase)){3,8})$)",
    ),
)
