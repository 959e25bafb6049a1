"""What a title line carries glued to it, by shape (issue 21, headline38; used by pipeline.text.title_line on the
text's first heading):

glued_label   a rubric's label glued before the title across a bar ("Live F1 | Reacties na …"): it stays in the
              headline (tests/data/STRUCTURE_CONVENTIONS.md: a kicker glued into the headline's line is the
              headline's)
"""

from __future__ import annotations

from pipeline.document import Block, BlockKind


def glued_label(label: str, rest: list[Block]) -> list[Block]:
    """The label (with its bar) put back before the title's piece; before a piece set aside, a label above the
    headline, as it was read before."""
    if rest and rest[0].kind is not BlockKind.SITE_TEXT:
        return [Block(rest[0].kind, label + rest[0].text), *rest[1:]]
    return [Block(BlockKind.SUBHEADING, label.rstrip(" |")), *rest]
