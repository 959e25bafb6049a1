"""One outlet's later text over its own earlier one (`duplicates.find_original`): a copy only when one of the two
openings lies nearly word for word inside the other.

A feed re-posts its own item (another headline, the same text), cuts its first paragraph for a later item, or posts
it again with a number corrected and a line added: the shorter opening then lies whole in the other (dev's, blind6's:
1.0; a correction of one number: 0.96); a later text that adds paragraphs of news to its earlier one is its update. An outlet that edits its own text as it posts it again is telling something
new: a video item whose first sentences re-word the article's (0.50), the next column under its series intro with
other names (0.88). Those are its updates and new items of the story, not copies; so is a later item that opens inside
the earlier text, not where it opens (blind25's NOS video caption: the article's second sentence alone). Texts published at one time (a print
edition's date) are editions, which other rules tell. The same text posted again with small edits is a copy (the
convention of stop 37: a reader is shown the same text once): a text of the earlier's size (neither more than
`rewrite_ratio` times the other's shingles: no paragraph of news added) with `opened_long` of the smaller opening
inside the other, no shorter, a fact added to its first sentence ("een 64-jarige Nederlandse man" over "een man", blind20: 0.73),
"Vandaag" for "Dinsdag" the next morning (blind25: 0.79), a liveblog's intro re-worded under a new headline (blind27:
0.84); the next column under a series intro, a name dropped from it (blind20: 0.88), is cut, not re-posted. A text
posted again within minutes is a copy too (`posted_again_soon`) with a line added (blind46's 06:45:35 item, the
06:45:00 one and a sentence more), however short the earlier, or cut and edited (blind43's AD "Verkeer op A50 loopt in
beide richtingen vast" a minute later, a clause shorter: 0.75): a paragraph of news makes an update; a line added
hours later is news too (blind27's NOS "Daar was de meerderheid niet voor" two hours on). `grown_update` tells the
copy check (`duplicates`) when such a later text, of either size, is the outlet's update rather than its copy or cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pipeline.stories.copy_align import AtOnce, Realigned, grown_at_once, re_worded
from pipeline.stories.copy_leads import Containment, leads_agree
from pipeline.stories.openings import ends_inside, inside_share, opening_of, opening_share
from pipeline.stories.shingles import NUM_PERM
from pipeline.stories.store import Signature
from pipeline.stories.together import grown_together, of_a_size, posted_together

LINE_SHARE = 2  # a line lifted from inside a text is at most 1/LINE_SHARE of its shingles


class OwnCut(Realigned, AtOnce, Protocol):
    own_cut: float  # the share of the smaller opening inside the other's that makes the later text a copy
    opened_long: float  # ... or this share, the two texts of a size (`rewrite_ratio`): the same text re-posted
    rewrite_ratio: float
    line_shingles: int  # ... or, posted within `line_minutes`, this many shingles added at most (`posted_again_soon`)
    line_minutes: float
    together_line: int  # one of two posts at one moment grown by at most this many shingles: the same item


class Grown(OwnCut, Containment, Protocol):
    pass  # `grown_update` reads the leads too


def own_update(article: Signature, other: Signature, settings: OwnCut) -> bool:
    """Is `article` its outlet's later text over its own `other` grown by paragraphs of news (over `rewrite_ratio`
    times its shingles), or with its opening edited (under `own_cut` of the smaller opening inside the other, unless
    `_re_posted`), or opening without the other's first words (a line lifted from inside it)? No when either
    signature was kept without its opening."""
    if article.outlet != other.outlet or article.published <= other.published:
        return False
    if len(article.values) <= 2 * NUM_PERM or len(other.values) <= 2 * NUM_PERM:
        return False
    if article.shingles > settings.rewrite_ratio * other.shingles:
        # its text with paragraphs of news added: an update of its story, however whole the earlier inside, unless
        # posted at its moment below it (rule 6a: one text)
        return not (posted_again_soon(article, other, settings) or grown_at_once(article, other, settings))
    share = opening_share(article.values, other.values, 1)
    if share < settings.own_cut:
        if re_worded(article, other, settings):
            return False  # posted again soon, a word or two edited (`copy_align`): its copy
        again = _re_posted(article, other, settings) or posted_again_soon(article, other, settings)
        return share < settings.opened_long or not again
    # ... or a line lifted from inside the earlier text (a video caption of its second sentence): a re-post or a cut
    # of its own item opens where the item opens; one of most of its text (`LINE_SHARE`) that drops its first
    # sentence is the same text posted again
    lifted = LINE_SHARE * article.shingles <= other.shingles
    return lifted and other.values[2 * NUM_PERM] not in opening_of(article.values)


def posted_again_soon(later: Signature, earlier: Signature, settings: OwnCut) -> bool:
    """Is the outlet's `later` text its `earlier` one posted again within `line_minutes` (not at its moment: a flash
    and its update go out together, `together`): a line added (at most `line_shingles` shingles more, the earlier's
    opening `own_cut` inside the later's), or cut or edited (no longer, `opened_long` of its opening inside the
    earlier's)?"""
    seconds = (later.published - earlier.published).total_seconds()
    if later.outlet != earlier.outlet or not 0 < seconds <= 60 * settings.line_minutes:
        return False
    if later.shingles <= earlier.shingles:
        return inside_share(later.values, earlier.values) >= settings.opened_long
    if later.shingles - earlier.shingles > settings.line_shingles:
        return False
    return inside_share(earlier.values, later.values) >= settings.own_cut


def _re_posted(later: Signature, earlier: Signature, settings: OwnCut) -> bool:
    """Is the later text the earlier posted again, edited by a word or a fact: no shorter (a text cut as it is posted
    again keeps `own_cut` of its opening: the next column under a series intro, one name dropped, keeps 0.88), and at
    most `rewrite_ratio` times its shingles (no paragraph of news added)?"""
    return earlier.shingles <= later.shingles <= settings.rewrite_ratio * earlier.shingles


def own_texts(article: Signature, candidates: Sequence[Signature], settings: OwnCut) -> set[str]:
    """The candidates (ids) the `article` is no copy of as its outlet's later text: its outlet's own earlier texts it
    updates or tells anew in (`own_update`), and another outlet's cut of one of those, published after it, its opening
    nearly whole inside that text's (`own_cut`): a feed's first paragraph of an outlet's report lies whole inside the
    outlet's update too, and the update is no copy of it either; and its outlet's post at its moment that is its flash
    or its update (`together.grown_together`)."""
    updated = [other for other in candidates if own_update(article, other, settings)]
    cuts = [
        other.article_id
        for other in candidates
        if len(other.values) > 2 * NUM_PERM
        and any(
            other.outlet != text.outlet
            and other.published >= text.published
            and inside_share(other.values, text.values) >= settings.own_cut
            for text in updated
        )
    ]
    # ... and its flash or its update, posted with it at one moment (`together`: which came first is not known)
    return (
        {text.article_id for text in updated}
        | set(cuts)
        | {
            c.article_id
            for c in candidates
            if c.article_id in grown_together(article, [c], settings.rewrite_ratio, settings.together_line)
            and not grown_at_once(article, c, settings)  # ... unless the one adds only below the other (rule 6a)
        }
    )


def grown_update(a: Signature, b: Signature, settings: Grown) -> bool:
    """The outlet's later text is the longer and opens otherwise: its follow-up, a new opening over its own
    earlier report (blind8's "Nieuw onderzoek naar vermiste" over the day before's text), not a cut of it; or it
    opens alike and its opening, longer or shorter, goes on otherwise (under `opened_long` of it inside the
    earlier's: its first paragraph or series intro of the day before over new facts), not the same text grown or
    cut by a line, nor posted again of its size with a word or a fact edited; of two posts at one moment of a size,
    ending alike, neither is the later (`together`: one item re-worded as it was posted twice)."""
    later, earlier = (a, b) if a.published >= b.published else (b, a)
    if a.outlet != b.outlet or grown_at_once(a, b, settings):
        return False  # ... nor a short post and its longer post of one moment (rule 6a)
    if posted_together(a, b) and of_a_size(a, b, settings.rewrite_ratio) and ends_inside(a.values, b.values):
        # one item posted twice at one moment, edited in one, its end kept (`together`): neither is the later (blind47's
        # AD A27 item re-worded in the present tense); a demand and its verdict at one moment end apart (blind41)
        return False
    if later.shingles <= earlier.shingles and not leads_agree(a, b, settings):
        return False  # a shorter text opening otherwise: its own cut of the earlier under an edited first sentence
    # ... nor is its text posted again, a word or a fact edited: of its size, no shorter, `opened_long` of the smaller
    # opening inside the other (as `own_update` reads a re-post; blind43's NU.nl 'commandant' for 'leidinggevende')
    re_posted = earlier.shingles <= later.shingles and of_a_size(a, b, settings.rewrite_ratio)
    if re_posted and opening_share(a.values, b.values, 1) >= settings.opened_long:
        return False
    if re_worded(later, earlier, settings):
        return False  # ... nor posted again soon of its size, a word or two edited (`copy_align`)
    if posted_again_soon(later, earlier, settings):
        return False  # ... nor is it posted again within minutes, a line added or cut
    if not leads_agree(a, b, settings):
        return True
    # opening alike, it goes on otherwise: its own first paragraph (or series intro) over new facts, longer or
    # not (blind9's "verwacht 5.500 mensen" under the intro of the day before: 0.61 of it inside); not kept before
    # openings were
    kept = len(later.values) > 2 * NUM_PERM and len(earlier.values) > 2 * NUM_PERM
    # a shorter later text is the outlet's excerpt of its own article only when nearly all of its opening is in it
    cut = later.shingles < earlier.shingles
    return kept and inside_share(later.values, earlier.values) < (settings.own_cut if cut else settings.opened_long)
