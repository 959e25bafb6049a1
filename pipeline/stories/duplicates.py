"""Wire copy: is this article a near-copy of one already seen in the window?

The same ANP or Belga copy on several sites has small edits and another headline, so the headline is left out and the
body compared: MinHash over word shingles (datasketch LSH for candidates, then the estimated Jaccard against a
threshold). A feed often carries only the first paragraph of the copy: then the two texts open alike (the MinHash of
each text's first `lead_words` words, its lead, is kept beside the body's) and the shorter body is its lead or mostly
inside the longer one; a cut edited as it was made (a word changed, a clause dropped) keeps half of its body and of its
lead, and comes within a day (a template the agency fills in again days later keeps as much), naming nothing its
original's story never names (`DuplicateMatch.edited`: `cluster` asks; the template filled in that day for another road
names another place). The MinHash share of a short text inside a long one is rough, so each text's opening (its first
`opening_words` words, its last paragraph set aside) is kept exactly (`openings`): a short body whose opening lies half
inside the other's, sharing a sentence's worth of shingles, is a copy whose first sentence was edited or added (within a
day, asked as an edited cut unless it keeps the other's first words whole under a sentence of its own: then the name it
adds is in a local intro); a longer one with `opened_long` inside (of an opening of `opened_long_min` shingles) is a cut
of the first paragraphs under a local intro or with an ending of its own. Two short texts that only start alike (a stock
first sentence, the rest of the shorter's opening apart: `opened_rest`) are a copy only when that start is most of the
shorter; an outlet's later, longer text whose opening goes on otherwise is its follow-up, even over its own first
paragraph. This works in either order: a full text that comes after its excerpt points to the excerpt. A regional
edition rewrites the copy (byline and dateline moved, sentences re-worded, "vijf" for "5" — numbers are normalised in
the shingles — an intro added): of two longer bodies, the shorter's shingles are then still a good share inside the
longer (`rewrite`, 42%; another reporter's article on the same event shares names, numbers and a quote, well under 20%;
two reports built on one press release share its paragraphs, ~40%), which counts when the two are of a size (from two
outlets) or open alike — a longer text that reprints part of an article under an opening of its own is not a copy of it,
nor is an outlet's own follow-up that ends with the background paragraphs of its first article (blind6: 0.43 of it
shared, leads apart). A short text edited in every sentence keeps its end and two sentences (`edited_opened`).
Boilerplate is set aside first: a paragraph the same outlet has already printed under another article (a liveblog
pointer, a tip line, a subscription plea) is not part of the article's own text. A shared paragraph elsewhere does not
make a copy: the Jaccard is over the whole body, a short text inside a longer one counts only when the two open with the
same words, and an opening leaves out the last paragraph (where a site appends one); two short texts of a size that
open alike keep most of the body (`rewrite_close`), or they are two desks' reports of one lead (blind39); a text many
times the other's size that does not open as it does is a digest listing it among items of its own (`digest_ratio`;
a later one, a few times a short text's size, under a lead of its own: `digest_later`; a full text opens with it).
An outlet's text posted again, of its size with a word or a fact edited, is its copy, not its follow-up; so is one of
its two posts at one moment re-worded, ending alike; two longer posts of one moment under the same first words whose
openings align apart are the item updated as it was posted (`copy_align.updated_together`). A flash of a sentence or
two is read by its whole opening (`flash_min`), a column of one item by its item (`column_item`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.stories.column_item import column_item
from pipeline.stories.copy_align import grown_at_once, updated_together
from pipeline.stories.copy_leads import body_inside as _body_inside
from pipeline.stories.copy_leads import lead_jaccard as _lead_jaccard
from pipeline.stories.copy_leads import lead_size as _lead_size
from pipeline.stories.copy_leads import leads_agree as _leads_agree
from pipeline.stories.excerpt_check import excerpt_of
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.openings import (
    first_words,
    opening_hashes,
    starts_inside,
)
from pipeline.stories.own_update import own_texts
from pipeline.stories.shingles import NUM_PERM, estimated_jaccard, minhash_values, shingles
from pipeline.stories.shingles import smaller_inside as _share
from pipeline.stories.store import Signature, StoryStore
from pipeline.stories.together import posted_together


@dataclass(frozen=True)
class DuplicateSettings:
    threshold: float = 0.6  # estimated Jaccard of the bodies' shingles
    same_text: float = 0.9  # ... this high: the same text posted again (never a template filled in twice)
    # ... or this share of the shorter body's shingles found in the longer (a feed's excerpt of the copy)
    containment: float = 0.7
    containment_min: int = 12  # shingles the shorter lead needs for containment to count (a lead's count is
    # estimated from its body's: at most lead_words - 3, never more than the body has)
    lead_words: int = 25  # an article's lead: its first words (of its own paragraphs)
    excerpt_max: int = 80  # a body of at most this many shingles that opens like another is an excerpt of it
    # a longer body (both above `excerpt_max`) with this share of its shingles inside the other is a rewrite of it
    # (another edition's wording, moved byline, "vijf" for "5") when the two are of a size (the longer at most
    # `rewrite_ratio` times the shorter, from two outlets) or open alike (leads `containment` inside each other) (0.42:
    # the dev5 editions' rewrites share 0.44–0.98 of the shorter text; two reports that each reuse two paragraphs of one
    # press release under openings and endings of their own share ~0.39 and are not copies)
    rewrite: float = 0.42
    rewrite_ratio: float = 1.3
    # a short body (at most `excerpt_max`) edited as it was cut (a word changed, a clause dropped: each edit costs up to
    # four shingles of a one-sentence excerpt) is a copy when this share of it is inside the other and as much of its
    # lead is inside the other's (blind3's edited excerpts: bodies 0.54–0.62 inside, leads 0.50–0.68; two reports of one
    # event, or an agency's two wordings of it, share under 0.4 of the leads)
    edited: float = 0.5
    edited_lead: float = 0.5
    edited_hours: float = 24.0  # ... published within this time of the other: a feed cuts the copy as it runs it
    # (an agency's report of another accident at one spot, filled in again days later, shares as much)
    # ... or, edited in every sentence, `edited_opened` of its opening inside the other's, `edited_shared` shingles (two
    # sentences), its last among them (`ends_inside`; blind16: 0.39, 22; blind19: 0.43, 23; one sentence shared under a
    # lead and an end of its own: 12-15), at most `edited_gap` of its own just before that end (a stock last line under
    # its own sentences is no end kept); a longer body `rewrite_close` inside (MinHash: blind29's print cut, 0.73
    # exact, reads 0.64), its lead `edited_lead` inside (a second sentence re-worded), from another outlet
    edited_opened: float = 0.35
    edited_gap: int = 15
    edited_shared: int = 20
    rewrite_close: float = 0.6
    # an article's opening: the exact shingles of its first words (see `openings`). A short body (at most `excerpt_max`)
    # whose opening has `opened` of its shingles inside the other's opening, within `edited_hours`, is a copy whose
    # first sentence was edited or added (blind8's "In heel Nederland komen vandaag fikse buien" over the agency's "Door
    # blikseminslagen braken ...": 0.50; blind7's regional cut naming the AED's anew: 0.69); a longer body whose opening
    # has `opened_long` inside the other's is a cut of it under a local intro or with an ending of its own (an own
    # rewrite sharing a quote: blind6's NOS, 0.60; an outlet's follow-up over its own background paragraphs: blind8,
    # 0.67; an outlet's later, longer text opening otherwise is never one: `own_update.grown_update`)
    opening_words: int = 120
    opened: float = 0.5
    opened_long: float = 0.7
    # ... the two sharing at least this many shingles: two police items of two events share a stock sentence or two
    # ("Zij is lichtgewond naar het ziekenhuis gebracht. De politie zoekt getuigen.": 8; blind8's "OVV:" cut: 12 of 20)
    opened_min: int = 12
    # ... and, when the shorter opening's start is all the two share (under this share of the rest inside: a council's
    # stock first sentence over another decision, 0.0; a warning's first sentence over other news, 0.0; blind3's NU.nl
    # cut re-wording its second sentence, 0.21), `opened_long` of it inside (a feed's first paragraph under an ending of
    # its own)
    opened_rest: float = 0.15
    # ... or the two leads agreeing, its first `opened_run` shingles whole in order inside the other's opening: more
    # than its lead (`lead_words`), a sentence and more, whatever it says after them: a cut of the other's first
    # sentences under a sentence of its own (blind55's AD cut of the Telegraaf's police warning, 27 shared from its
    # first word, 0.68 of its opening). A stock first sentence, however long, is at most about a lead: a council's
    # "Het college van burgemeester en wethouders ..." (22), a weather warning over other news (19; review32d's
    # probes); TUNE's same-story non-copies whose leads agree share at most 10 from the start across outlets
    opened_run: int = 24
    # ... within this many hours: a cut is made as the copy runs (blind55's AD cut 37 minutes after the Telegraaf's);
    # a later report opening with those sentences and going on with its news is an update (review52: "the victim died")
    opened_run_hours: float = 2.0
    # a longer body's opening counts for `opened_long` only with this many shingles (two reports each opening with one
    # police statement of 37 words, going on in one long paragraph of their own: the opening is the statement alone)
    opened_long_min: int = 60
    # one outlet's later, shorter text opening like its earlier one is its excerpt (a feed's first paragraph of it,
    # hours later: blind6's, dev's, 1.0 inside) only with this share of its opening inside the earlier's; one adding a
    # sentence of its own (blind14's NOS video "Omwonenden schrokken wakker" under the morning's lead: 0.76) is its
    # follow-up
    own_cut: float = 0.9
    # ... and one posted again within `line_minutes`, a line added (at most `line_shingles` more, the earlier's opening
    # `own_cut` inside the later's) or cut and edited (`opened_long` inside), is its copy (blind46's 06:45:35 item a
    # sentence longer than the 06:45:00 one; blind43's AD A50 item a minute later, a clause shorter)
    line_shingles: int = 30
    line_minutes: float = 10.0
    # a text more than this many times the other's shingles, not opening as the other does, is a digest listing it among
    # items of its own (blind41's Telegraaf "Sport Kort", 17x an AD lead, under its standing intro); a feed lead cut
    # from a full text under an edited first sentence is at most 9.3x (TUNE copies), a longer one opens with it
    digest_ratio: float = 12.0
    # ... and a later text over `digest_later` times an earlier short one, its lead under `digest_lead` of the short
    # one's (`copy_leads.later_digest`: blind47's "Sport Kort", 4.5x, 0.0; TUNE's full texts over a feed lead: 0.36-1)
    digest_later: float = 3.0
    digest_lead: float = 0.2
    # one outlet's two posts at one moment, one grown by at most this many shingles (a short sentence: blind47's AD
    # "SEC in Soest", 9), are one item; grown by more, a flash and its update (`together`), one text only when the
    # flash is short and the update adds below it (`at_once`: blind41's Janie H., 24 more)
    together_line: int = 12
    # one outlet's text of a size posted again within `realigned_hours`, `realigned` of its words aligned: its copy
    # (`copy_align.re_worded`: blind57's NU.nl re-post, a word cut: 1.0; an update telling its second sentence anew:
    # 0.63; 0.95 until stop 49: 0.7 found 8 more CHECK copies, none false, TUNE alike)
    realigned: float = 0.7
    realigned_hours: float = 6.0
    # ... at one moment (`together`), their leads apart: blind41's demand, its verdict 0.81 (under the same first words
    # `realigned`: blind59's AD intro in the past tense, 0.80; stop 53)
    realigned_together: float = 0.95
    # one outlet's short post and its longer post within `moment_minutes`, `at_once` of the short one's words aligned at
    # the longer's start: one text, a copy in either order (`copy_align.grown_at_once`, rule 6a of stop 51; TUNE's such
    # copies 0.97-1.0; 0.9 also finds blind61's AD re-post at 0.94, "halfjaar" respelled, and 1 CHECK false copy more)
    moment_minutes: float = 15.0
    at_once: float = 0.95
    # ... or `at_once_led`, their leads agreeing (the first sentence kept, a word or a clause edited further on: blind63's
    # AD "Hulpdiensten zijn ter plaatse" re-told below the same first sentence, 0.85; blind59's AD liveblog intro put in
    # the past tense, 0.81; TUNE's one-moment non-copies of an outlet that open alike: a demand and its verdict, 0.81,
    # leads apart; two quote items of one match, of a size)
    at_once_led: float = 0.8
    # ... the longer grown to at least this many times the shorter's shingles: the group then shows it (brief.FULLER,
    # 1.5 times the words); less grown, a sentence replaced may be the news changed (review52: "the victim died")
    at_once_led_growth: float = 1.6
    # one outlet's two longer posts at one moment (both over `excerpt_max`) whose leads agree are one text only with
    # this share of the shorter opening's words aligned in the other (`copy_align.updated_together`: TUNE's re-posts
    # 0.92-1.0; its updates that move the news on below the first words, 0.33-0.70, were copies, Jaccard 0.38-0.80)
    together_long: float = 0.8
    min_shingles: int = 6  # a body this short (a headline and a fragment) is never called a copy
    # a body under `containment_min` shingles whose whole opening, of at least `flash_min` (two short sentences), lies
    # in the other's first shingles, `flash_shift` more than it has (a dateline put before it), is a flash of the
    # other's opening (blind49's Omroep West "Tuincentrum ... is donderdagmorgen overvallen. Dat bevestigt de politie.")
    flash_min: int = 8
    flash_shift: int = 4
    column_paragraphs: int = 2  # a column of short news this long (its intro, one item) is read as its item
    boilerplate_after: int = 2  # a paragraph its outlet printed under this many earlier articles is boilerplate


@dataclass(frozen=True)
class DuplicateMatch:
    original: str
    similarity: float
    edited: bool = (
        False  # the article is the shorter, short, its lead not agreeing: a cut edited as made (`excerpt_of`)
    )
    at_once: bool = False  # its outlet's short post or its longer post of one moment (`copy_align.grown_at_once`)


def own_paragraphs(features: ArticleFeatures, store: StoryStore, settings: DuplicateSettings) -> list[tuple[str, ...]]:
    """The article's paragraphs without the ones its outlet has printed before (boilerplate), unless
    that leaves nothing: then the outlet posts the same text again (under another headline)."""
    keys = [f"{features.outlet}:{k}" for k in features.paragraph_keys()]
    own = [
        words for words, key in zip(features.paragraphs, keys) if store.paragraph_seen(key) < settings.boilerplate_after
    ]
    return own if own else list(features.paragraphs)


def signature_of(
    features: ArticleFeatures,
    store: StoryStore,
    settings: DuplicateSettings,
    own: Sequence[tuple[str, ...]] | None = None,
) -> Signature:
    """The article's copy signature over its `own` paragraphs (`own_paragraphs`, read here when not given)."""
    own = own_paragraphs(features, store, settings) if own is None else list(own)
    own = column_item(features.marks, own, settings.column_paragraphs)  # a column of one item: the item
    items = shingles(own)
    return Signature(
        article_id=features.article_id,
        outlet=features.outlet,
        published=features.published,
        values=minhash_values(items)
        + minhash_values(shingles(first_words(own, settings.lead_words)))
        + opening_hashes(own, settings.opening_words),
        shingles=len(items),
    )


def find_original(
    signature: Signature, store: StoryStore, settings: DuplicateSettings, members: Sequence[str] = ()
) -> DuplicateMatch | None:
    """The article this one copies: the most similar above the threshold, else the one it lies most
    inside of (`_rank`; ties: the higher Jaccard, the earliest, then the lowest id), or None.
    Candidates are the signatures the store's LSH finds and those of `members`
    (the latest articles of the story this one fits best: a rewrite's Jaccard can be low enough for
    the LSH to miss it)."""
    if signature.shingles < settings.min_shingles:
        return None
    best: tuple[tuple[tuple[int, float], float, object, str], Signature] | None = None
    found = store.similar_signatures(signature)
    seen = {other.article_id for other in found} | {signature.article_id}
    candidates = found + store.signatures([m for m in members if m not in seen])
    own = own_texts(signature, candidates, settings)  # its outlet's texts it updates, others' cuts of them
    for other in candidates:
        if other.shingles < settings.min_shingles or other.published > signature.published:
            continue
        sim = estimated_jaccard(signature.values[:NUM_PERM], other.values[:NUM_PERM])
        if sim < settings.threshold and not excerpt_of(sim, signature, other, settings):
            continue
        if sim < settings.same_text and other.article_id in own:
            continue  # the outlet's own text edited: its update or new item (`own_update`), or another's cut of it
        if updated_together(signature, other, settings):
            continue  # its outlet's longer post updated as it was posted again at one moment
        key = (_rank(sim, signature, other, settings), -sim, other.published, other.article_id)
        if best is None or key < best[0]:
            best = (key, other)
    if best is None:
        return None
    (_, neg_sim, _, original), other = best
    edited = -neg_sim < settings.threshold and signature.shingles <= min(other.shingles, settings.excerpt_max)
    edited = edited and not _leads_agree(signature, other, settings) and not posted_together(signature, other)
    # a cut keeping the other's first words whole under a sentence of its own adds a local intro ("Ook in Harlingen
    # ..."), whatever name: a template filled in again changes its first sentence; one outlet's posts at one moment too
    edited = edited and not starts_inside(signature.values, other.values, settings.containment_min)
    return DuplicateMatch(original, -neg_sim, edited, grown_at_once(signature, other, settings))


def _rank(body_jaccard: float, a: Signature, b: Signature, settings: DuplicateSettings) -> tuple[int, float]:
    """Which candidate is the original (lowest first): a copy of the whole text by its Jaccard; else the
    text the shorter lies most inside of, body and lead (the MinHash share of a short text inside a long
    one is rough: a sibling excerpt of a size, with another edit, can beat the whole copy on it alone)."""
    if body_jaccard >= settings.threshold:
        return (0, -body_jaccard)
    lead = _share(_lead_jaccard(a, b), _lead_size(a.shingles, settings), _lead_size(b.shingles, settings))
    return (1, -(max(body_jaccard, _body_inside(body_jaccard, a, b, settings)) + lead))


def remember(features: ArticleFeatures, signature: Signature, store: StoryStore, settings: DuplicateSettings) -> None:
    """Keep the article's signature and count its paragraphs (for later boilerplate)."""
    store.add_paragraphs((f"{features.outlet}:{k}" for k in features.paragraph_keys()), features.day)
    if signature.shingles >= settings.min_shingles:
        store.add_signature(signature)
