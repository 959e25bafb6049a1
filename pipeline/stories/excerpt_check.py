"""Is one text an excerpt or a rewrite of the other? The wire-copy check's verdict on two signatures whose
bodies' estimated Jaccard is under the threshold (`duplicates.find_original` asks; the settings and their numbers:
`duplicates.DuplicateSettings`, read here through the `Excerpt` protocol)."""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol

from pipeline.stories.copy_leads import Digest
from pipeline.stories.copy_leads import contained as _contained
from pipeline.stories.copy_leads import later_digest as _later_digest
from pipeline.stories.copy_leads import leads_agree as _leads_agree
from pipeline.stories.openings import after_start_share, ends_inside, opening_share, opens_whole, shared_start
from pipeline.stories.own_update import Grown
from pipeline.stories.own_update import grown_update as _grown_update
from pipeline.stories.store import Signature
from pipeline.stories.together import of_a_size


class Excerpt(Grown, Digest, Protocol):
    """The settings `excerpt_of` reads (their meaning and numbers: `duplicates.DuplicateSettings`)."""

    rewrite: float
    rewrite_close: float
    edited: float
    edited_lead: float
    edited_hours: float
    edited_opened: float
    edited_gap: int
    edited_shared: int
    opened: float
    opened_min: int
    opened_rest: float
    opened_run: int
    opened_run_hours: float
    opened_long_min: int
    digest_ratio: float
    flash_min: int
    flash_shift: int


def excerpt_of(body_jaccard: float, a: Signature, b: Signature, settings: Excerpt) -> bool:
    """Is one text an excerpt (or a rewrite) of the other? A body longer than `excerpt_max` shingles mostly inside
    the other is (a paper's cut of the copy, whatever its opening: one shared paragraph is not most of such a body);
    one with a `rewrite` share inside is when the two are of a size or open alike (another edition's rewording; a
    cut that goes its own way after the opening); of a size only across outlets (one outlet's follow-up reuses its
    own background paragraphs). A short body is when their leads agree (the shorter lead mostly inside the longer),
    or when it was edited as it was cut (`edited` of its body and of its lead inside the other's, within
    `edited_hours`; the later `a` the shorter: one longer sharing a sentence of `b` is another desk's rewrite,
    blind32's NU.nl and Trouw leads): a short item is no copy of a text it shares one boilerplate paragraph with."""
    short = min(a.shingles, b.shingles)
    opened = opening_share(a.values, b.values, settings.containment_min, settings.opened_min)
    if short > settings.excerpt_max:
        # a long text's opening of a first paragraph only (its last set aside) says too little: a statement both quote
        whole = opening_share(a.values, b.values, settings.opened_long_min, settings.opened_min)
        if _contained(body_jaccard, a.shingles, b.shingles, settings) or whole >= settings.opened_long:
            return not _grown_update(a, b, settings)
        if not _contained(body_jaccard, a.shingles, b.shingles, settings, settings.rewrite):
            return False
        sized = of_a_size(a, b, settings.rewrite_ratio)
        close = _contained(body_jaccard, a.shingles, b.shingles, settings, settings.rewrite_close)
        # a cut, its lead edited, or its first paragraph re-worded over the other's next ones (openings half alike)
        reworded = opening_share(a.values, b.values, settings.containment_min, settings.edited_shared)
        close = close and (_leads_agree(a, b, settings, settings.edited_lead) or reworded >= settings.opened)
        return ((sized or close) and a.outlet != b.outlet) or _leads_agree(a, b, settings)
    if _grown_update(a, b, settings):
        return False
    if max(a.shingles, b.shingles) > settings.digest_ratio * short and not _leads_agree(a, b, settings):
        return False  # a digest listing the short text among items of its own (or the short one a line of it)
    if short < settings.containment_min and opens_whole(a.values, b.values, settings.flash_min, settings.flash_shift):
        return True  # a flash of a sentence or two, the other's opening whole (too short for its lead to tell)
    if _later_digest(a, b, settings):
        return False  # a later round-up listing the short text under a standing intro of its own
    # two texts that only start alike (the shorter's opening goes on apart after its first shingles) share a
    # stock sentence unless that start is most of the shorter
    goes_on = after_start_share(a.values, b.values, settings.containment_min) >= settings.opened_rest
    goes_on = goes_on or opening_share(a.values, b.values, settings.containment_min) >= settings.opened_long
    goes_on = goes_on or (opened >= settings.opened and ends_inside(a.values, b.values))  # its rest re-worded
    cut_as_run = abs(a.published - b.published) <= timedelta(hours=settings.opened_run_hours)
    goes_on = goes_on or (cut_as_run and shared_start(a.values, b.values) >= settings.opened_run)  # an end of its own
    if _leads_agree(a, b, settings):
        # two texts of a size that open alike are no excerpt of each other: a copy keeps most of the body
        kept = _contained(body_jaccard, a.shingles, b.shingles, settings, settings.rewrite_close)
        return goes_on and (kept or not of_a_size(a, b, settings.rewrite_ratio))
    if abs(a.published - b.published) > timedelta(hours=settings.edited_hours):
        return False
    if opened >= settings.opened:
        return goes_on
    if opening_share(a.values, b.values, settings.containment_min, settings.edited_shared) >= settings.edited_opened:
        return ends_inside(a.values, b.values, settings.edited_gap)  # edited in every sentence, its end kept
    edited = _contained(body_jaccard, a.shingles, b.shingles, settings, settings.edited) and a.shingles <= b.shingles
    return edited and _leads_agree(a, b, settings, settings.edited_lead)  # `a`, the later, cut from `b`
