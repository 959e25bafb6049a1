"""How much of the shorter opening's words the other opening holds in order (`duplicates`, issue 19).

The shingle shares of the copy check fall fast under word edits: every edited word breaks the `SHINGLE_WORDS`
shingles that hold it, and a short text has few (NU.nl's "de orkaan" cut to "orkaan" in a 27-shingle repost: 0.88
of its opening inside). Aligned in reading order the two openings tell it by words instead: a word is matched when a
shingle holding it is in a run of shingles the two share in order (`difflib.SequenceMatcher` over the kept opening
hashes, `openings.opening_hashes`), so one edited word costs one word; a changed first line, a cut end, a moved
byline cost what they replace. Read from the signatures' openings only (at most `openings.MAX_HASHES` hashes each:
the cost is bounded), on the candidates the shingle index already proposes. It tells one outlet's re-post with a word
edited or re-worded in several places (`re_worded`: within hours, `realigned` of the words; two versions posted at one
moment, their leads apart, `realigned_together`: a demand and its verdict align as much as a liveblog intro put in
the past tense, which keeps its first words); a
short cut from another outlet at 0.85 of its words aligned (blind51's edited police item:
0.88; TUNE's same-story non-copies of that kind: 0.75 at most) was measured and left out (stop 48: no copy more on
CHECK, one false more). Stop 50 (`scripts/copy_sentence_stats.py`) read the texts of that zone (TUNE, across
outlets, the shorter short, at least 0.4 aligned): the share of the shorter's sentences found in the other, its names
and numbers carried, names and numbers the longer's opening adds, hours apart and which came first lie alike for the
missed copies (10) and the same-story non-copies (92); no bar was set. One outlet's short post and its longer post
of one moment (`grown_at_once`, STORIES_CONVENTIONS rule 6a, stop 51) are one text: the short one's words aligned
at the start of the longer, which adds only below it. Its two longer posts of one moment under the same first words
are one text only when their openings align nearly whole (`updated_together`, stop 53): else the item was updated as
it was posted again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time, timedelta
from difflib import SequenceMatcher
from typing import Protocol

from pipeline.stories.copy_leads import Containment, leads_agree
from pipeline.stories.shingles import NUM_PERM, SHINGLE_WORDS
from pipeline.stories.store import Signature
from pipeline.stories.together import of_a_size, posted_together


def aligned_words(a: Sequence[int], b: Sequence[int], minimum: int = 1) -> float:
    """The share of the shorter opening's words (of signature values `a`, `b`) in runs of shingles the other opening
    holds in the same order: 0 when either has fewer than `minimum` shingles (a sentence says too little: blind25's
    NOS caption of 11 over the Telegraaf's crash report, 7 hours on, is no copy) or was kept without an opening."""
    ha, hb = tuple(a[2 * NUM_PERM :]), tuple(b[2 * NUM_PERM :])
    if min(len(ha), len(hb)) < max(1, minimum):
        return 0.0
    small, other = (ha, hb) if len(ha) <= len(hb) else (hb, ha)
    covered: set[int] = set()
    for block in SequenceMatcher(None, small, other, autojunk=False).get_matching_blocks():
        covered.update(range(block.a, block.a + block.size + SHINGLE_WORDS - 1) if block.size else ())
    words = len(small) + SHINGLE_WORDS - 1  # a run of n shingles holds n + 3 words
    return len(covered) / words  # covered indices lie within the shorter text's words


class Realigned(Containment, Protocol):
    containment_min: int  # shingles the shorter opening needs (`aligned_words`)
    rewrite_ratio: float  # of a size: neither more than this many times the other's shingles
    realigned: float  # ... and this share of the shorter opening's words aligned in the other (`aligned_words`)
    realigned_hours: float  # ... posted again within this time
    realigned_together: float  # ... or this share, the two posted at one moment (`together`), their leads apart


def re_worded(later: Signature, earlier: Signature, settings: Realigned) -> bool:
    """Is the outlet's `later` text its `earlier` one posted again with a word or two edited (`own_update`): one
    outlet, of a size, within `realigned_hours`, `realigned` of the shorter opening's words in order in the other
    (blind57's NU.nl Dorian item, "de orkaan" cut to "orkaan" half an hour on: 1.0; two of one outlet's short items
    of one day in a stock wording, or a text of the day before posted again, stay its new items; an update of its size
    telling its second sentence anew aligns 0.63)? Two posts at one moment (`together`) whose leads do not agree need
    `realigned_together`: blind41's demand and its verdict, one item's two versions ("Taakstraf geëist" over "Taakstraf
    voor"), align 0.81; under the same first words `realigned` will do (stop 53: blind59's AD Wilders intro put in the
    past tense, 0.80; TUNE 2 copies more, in blind55 and blind59, CHECK 1, no false one)."""
    if later.outlet != earlier.outlet or not of_a_size(later, earlier, settings.rewrite_ratio):
        return False
    if abs(later.published - earlier.published) > timedelta(hours=settings.realigned_hours):
        return False
    apart = posted_together(later, earlier) and not leads_agree(later, earlier, settings)
    bar = settings.realigned_together if apart else settings.realigned
    return aligned_words(later.values, earlier.values, settings.containment_min) >= bar


class AtOnce(Containment, Protocol):
    containment_min: int  # shingles the shorter opening needs (`aligned_words`)
    excerpt_max: int  # a short post: at most this many shingles
    rewrite_ratio: float  # ... the longer grown below it: more than this many times its shingles
    moment_minutes: float  # one moment: posted at most this far apart
    at_once: float  # ... the shorter opening's words aligned at least this much in the other's first words
    at_once_led: float  # ... or this much, the two leads agreeing (`copy_leads.leads_agree`: its first words kept)
    at_once_led_growth: float  # ... the longer then grown to at least this many times the shorter's shingles


def grown_at_once(a: Signature, b: Signature, settings: AtOnce) -> bool:
    """Are `a` and `b` one outlet's short post (at most `excerpt_max` shingles) and its longer post of one moment (rule
    6a): posted within `moment_minutes` (neither at a date's midnight), the shorter's opening `at_once` of its words
    aligned in order in the longer's first words (as many as the shorter has and half again: the longer adds below it,
    to more than `rewrite_ratio` times its size; a sentence or a word edited on the way), in either order? With the
    two leads agreeing (the first sentence kept) `at_once_led` will do: a clause re-told below it (blind63's AD
    cement truck, 0.85), the longer grown to `at_once_led_growth` times (review52: a flash's last sentence replaced
    by news, the item a third longer, would be shown as the flash — brief.shown_copies). A flash and
    its article (blind49's NOS IVF item, 13 minutes before the article that opens with it: 1.0), one item posted twice
    as it grew (blind41's Janie H., 1.0); a demand and its verdict, a template filled in for another player, a claim
    reversed open otherwise. A longer text, read by its opening alone (its last paragraph set aside), is not told from
    the same article re-told below its opening (blind57's NOS Ladies Tour posts, the crash moved into new paragraphs:
    0.93 aligned), so the shorter must be a short post. Two of a size are re-posts (`own_update`): a series' clips
    under one stock description (blind37's NOS Studio Voetbal items, 17 and 18 shingles, 0.90) are not."""
    short_post = min(a.shingles, b.shingles) <= settings.excerpt_max
    moments = (a.published.time(), b.published.time())
    if a.outlet != b.outlet or of_a_size(a, b, settings.rewrite_ratio) or not short_post or time(0) in moments:
        return False
    if abs(a.published - b.published) > timedelta(minutes=settings.moment_minutes):
        return False
    short, long = (a, b) if a.shingles < b.shingles else (b, a)
    opening = len(short.values) - 2 * NUM_PERM
    head = long.values[: 2 * NUM_PERM + opening + opening // 2 + SHINGLE_WORDS]
    grown = long.shingles >= settings.at_once_led_growth * short.shingles  # the text its copy group shows
    bar = settings.at_once_led if grown and leads_agree(a, b, settings) else settings.at_once
    return aligned_words(short.values, head, settings.containment_min) >= bar


class Together(Containment, Protocol):
    excerpt_max: int  # longer posts: both over this many shingles
    together_long: float  # ... one the other re-posted: at least this share of the shorter opening's words aligned


def updated_together(a: Signature, b: Signature, settings: Together) -> bool:
    """Are `a` and `b` one outlet's two longer posts at one moment (`together`, both over `excerpt_max` shingles),
    their leads agreeing (`copy_leads.leads_agree`: the same first words), whose openings align under `together_long`:
    the item updated as it was posted again, its news moved on in the sentences below its first words (blind67's NOS
    Mugabe body "onderweg" then "aangekomen", 0.70 aligned, its Jaccard 0.60; blind51's NOS verdict, 0.64, Jaccard
    0.80; blind55's NOS Haga report, 0.33), no copy whatever its Jaccard? TUNE's re-posts of that kind (a headline
    or a word edited) align 0.92 and more; blind55's Telegraaf Momoa item, a word of its headline and sentences below
    edited (0.63, Jaccard 0.55), was missed before and stays so. Two such posts opening otherwise (a first paragraph
    of its own over the text) are left to the other rules: TUNE's one (blind63's Vatican graves, 0.79) is an update,
    but the bar over them, leads agreeing or not, lost a CHECK copy (stop 53)."""
    if not posted_together(a, b) or min(a.shingles, b.shingles) <= settings.excerpt_max:
        return False
    return leads_agree(a, b, settings) and aligned_words(a.values, b.values, settings.containment_min) < (
        settings.together_long
    )
