"""Lines of the page's furniture by their shape, helper structgen38 (issue 21; data, no logic): rules kept only where
they also set aside gold site text of structure sets their author never read. pipeline.text.patterns reads SITE_LINES
(a whole line, or a short block) after every other rule of a line. Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a line that is one phrase printed two or more times over, glued or spaced ("OPENING JUBILEUMJAAROPENING
    # JUBILEUMJAAR", "header foto header foto header foto"): an image's alt text and title, a heading's screen-reader
    # copy. The phrase at least 7 characters, no sentence's mark or comma closing it (a chant repeated is a
    # sentence's: "Hup Holland hup! Hup Holland hup!"; a list of places said again is a list's: "Kampen, Zwolle,
    # Kampen, Zwolle,"); bounded, so the backreference stays linear enough
    ("repeated", r"^(?=.{14,400}$)(?P<phrase>\S.{6,199}?)(?<![.!?,;:])(?:\s*(?P=phrase)){1,9}$"),
)
