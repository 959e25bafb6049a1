"""A column of short news holding one item (the copy check's view, `duplicates.signature_of`).

An outlet's column of short news opens with its standing intro ("In de rubriek Sport Kort hebben we aandacht voor de
overige sportgebeurtenissen ..."; `events.COLUMN`) and lists items under it. Posted with one item (the intro and one
paragraph: blind53's Telegraaf "Sport kort - Frankrijk mist geblesseerde Kanté" over the AD's text), the item is the
text a reader gets: its copy signature is the item's, so the agency's text it repeats is its original. A column of
several items is a round-up listing them (`copy_checks`, `duplicates.digest_ratio`), its intro kept."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stories.events import COLUMN


def column_item(marks: frozenset[str], paragraphs: Sequence[tuple[str, ...]], size: int) -> list[tuple[str, ...]]:
    """The paragraphs the copy check reads: a column (`COLUMN` in `marks`) of `size` paragraphs, its intro and one
    item, without its intro; any other text as it is."""
    if COLUMN in marks and len(paragraphs) == size:
        return list(paragraphs[1:])
    return list(paragraphs)
