"""A transcript's speaker labels (helper site29a, issue 21): a report of a debate or a committee meeting puts each
speaker's name or role on its own line above what they said ("De voorzitter", "Minister Jo Brouns", "Els Peeters
(Groen)"). Short and unpunctuated, such a line looks like a page's label; followed by what was said (a line of
running text) it is the article's, and pipeline.text.page_dump keeps it between the title and the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, scrape_rules

# the role a transcript names a speaker by, with an article or a title before it and a name after it
SPEAKER_ROLES = r"(voorzitter|ondervoorzitter|minister|viceminister|premier|minister-president|staatssecretaris|burgemeester|schepen|wethouder|gedeputeerde|commissaris|rapporteur|spreker)"
# a word naming the person after it by their office or a form of address ("wethouder A. Jansen", "mevrouw G. Bos",
# "premier De Croo"): pipeline.text.flat_title (review46), pipeline.text.caption_titles (review44)
NAME_ROLE = re.compile(rf"((oud|ex|loco|vice)-?)?({SPEAKER_ROLES}|{scrape_rules.FLAT_NAME_TITLES})", re.IGNORECASE)
_NAME = r"( (?-i:[A-ZÀ-Ý][\w'’-]+)){0,3}"
SPEAKER_ROLE = re.compile(
    rf"^((de|het) )?(((heer|mevrouw) )?{SPEAKER_ROLES}( (van|voor) [\w -]{{1,40}})?{_NAME}|(heer|mevrouw){_NAME})$",
    re.IGNORECASE,
)
# a name with the speaker's party or group in brackets: "Els Peeters (Groen)", "De heer Jansen (CD&V)"
PARTY = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<party>[\w&.' -]{1,25})\)$")
_SAID = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def speaker_label(blocks: Sequence[Block], index: int) -> bool:
    """The block at `index` names a speaker (a role, a name, a name with its party in brackets) and a block of
    what they said (a paragraph ending a sentence) follows."""
    text = blocks[index].text.strip()
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or following.kind not in _SAID or not patterns.ends_sentence(following.text.strip()):
        return False
    party = PARTY.match(text)
    name = party.group("name") if party else text
    return bool(SPEAKER_ROLE.match(name) or patterns.is_person_name(name))
