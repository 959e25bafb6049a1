"""One outlet's later text over its own earlier one (`duplicates.find_original`): a copy only when one of the two
openings lies nearly word for word inside the other.

A feed re-posts its own item (another headline, the same text), cuts its first paragraph for a later item, or posts
it again with a number corrected and a line added: the shorter opening then lies whole in the other (dev's, blind6's:
1.0; a correction of one number: 0.96). An outlet that edits its own text as it posts it again is telling something
new: a fact added to its first sentence hours later ("een 64-jarige Nederlandse man" over "een man", blind20: 0.73),
a video item whose first sentences re-word the article's (0.50), the next column under its series intro with other
names (0.88). Those are its updates and new items of the story, not copies; so is a later item that opens inside
the earlier text, not where it opens (blind25's NOS video caption: the article's second sentence alone). Texts published at one time (a print
edition's date) are editions, which other rules tell.
"""

from __future__ import annotations

from typing import Protocol

from pipeline.stories.openings import opening_of, opening_share
from pipeline.stories.shingles import NUM_PERM
from pipeline.stories.store import Signature

LINE_SHARE = 2  # a line lifted from inside a text is at most 1/LINE_SHARE of its shingles


class OwnCut(Protocol):
    own_cut: float  # the share of the smaller opening inside the other's that makes the later text a copy


def own_update(article: Signature, other: Signature, settings: OwnCut) -> bool:
    """Is `article` its outlet's later text over its own `other` with its opening edited (under `own_cut` of the
    smaller opening inside the other), or opening without the other's first words (a line lifted from inside it)?
    No when either signature was kept without its opening."""
    if article.outlet != other.outlet or article.published <= other.published:
        return False
    if len(article.values) <= 2 * NUM_PERM or len(other.values) <= 2 * NUM_PERM:
        return False
    if opening_share(article.values, other.values, 1) < settings.own_cut:
        return True
    # ... or a line lifted from inside the earlier text (a video caption of its second sentence): a re-post or a cut
    # of its own item opens where the item opens; one of most of its text (`LINE_SHARE`) that drops its first
    # sentence is the same text posted again
    lifted = LINE_SHARE * article.shingles <= other.shingles
    return lifted and other.values[2 * NUM_PERM] not in opening_of(article.values)
