"""What a title line carries glued to it, by shape (issue 21, headline38; used by pipeline.text.title_line on the
text's first heading):

label_before  a label glued before the title — a rubric's label and its bar ("Live F1 | Reacties na …"), a kicker
              in capitals and its dash ("IN KAART - …"), a region's name and its dash ("Nederland – …"): it stays in
              the headline (tests/data/STRUCTURE_CONVENTIONS.md: a kicker glued into the headline's line is the
              headline's)
"""

from __future__ import annotations

from pipeline.document import Block, BlockKind


def label_before(label: str, rest: list[Block], *, aside: bool = False) -> list[Block]:
    """The label (with its bar or dash) put back before the title's piece, the first of `rest`; before a piece set
    aside, the label read as it was before headline38: a heading above the headline, or with `aside` (an
    aggregator's region label) site text, a "rubric"."""
    if rest and rest[0].kind is not BlockKind.SITE_TEXT:
        return [Block(rest[0].kind, label + rest[0].text), *rest[1:]]
    label = label.rstrip(" |")
    return [Block(BlockKind.SITE_TEXT, label, reason="rubric") if aside else Block(BlockKind.SUBHEADING, label), *rest]
