"""How much of one text lies inside another, from the MinHash signatures the wire-copy check keeps (`duplicates`):
the shorter shingle set inside the longer (`contained`, from the estimated Jaccard and the two sizes; `body_inside`,
capped by the openings' exact share) and the two leads (an article's first `lead_words` words: `leads_agree`; a later
round-up many times a lead's size, opening otherwise: `later_digest`)."""

from __future__ import annotations

from typing import Protocol

from pipeline.stories.openings import opening_share
from pipeline.stories.shingles import NUM_PERM, SHINGLE_WORDS, estimated_jaccard, smaller_inside
from pipeline.stories.store import Signature


class Containment(Protocol):
    containment: float  # the share of the smaller set inside the larger that counts (unless a share is given)
    containment_min: int  # shingles the smaller needs for any share to count
    lead_words: int  # an article's lead: its first words


class Digest(Containment, Protocol):
    digest_later: float  # a later text over this many times an earlier short one's shingles ...
    digest_lead: float  # ... its lead under this share of the short one's: a round-up listing it (`later_digest`)


def leads_agree(a: Signature, b: Signature, settings: Containment, share: float | None = None) -> bool:
    """Do the two texts open alike (the shorter lead mostly inside the longer; `share` of it, if given)?"""
    if len(a.values) < 2 * NUM_PERM or len(b.values) < 2 * NUM_PERM:
        return False  # a signature without its lead (kept before leads were)
    lead_a, lead_b = lead_size(a.shingles, settings), lead_size(b.shingles, settings)
    return contained(lead_jaccard(a, b), lead_a, lead_b, settings, share)


def lead_jaccard(a: Signature, b: Signature) -> float:
    if len(a.values) < 2 * NUM_PERM or len(b.values) < 2 * NUM_PERM:
        return 0.0  # a signature without its lead
    return estimated_jaccard(a.values[NUM_PERM : 2 * NUM_PERM], b.values[NUM_PERM : 2 * NUM_PERM])


def lead_size(body_shingles: int, settings: Containment) -> int:
    """A lead's shingle count, estimated from its body's: at most `lead_words` - 3, never more than the body has."""
    return min(body_shingles, max(1, settings.lead_words - SHINGLE_WORDS + 1))


def contained(jaccard: float, a: int, b: int, settings: Containment, share: float | None = None) -> bool:
    """Is the smaller shingle set (mostly: `share`, else `containment`) inside the larger?
    |A∩B| = J(|A|+|B|)/(1+J), from the estimated Jaccard and the two sizes."""
    if min(a, b) < settings.containment_min:
        return False
    return smaller_inside(jaccard, a, b) >= (settings.containment if share is None else share)


def body_inside(body_jaccard: float, a: Signature, b: Signature, settings: Containment) -> float:
    """The share of the smaller body inside the larger, from the MinHash Jaccard, capped by the exact share of the
    smaller opening inside the other when both have one (`containment_min` shingles): the MinHash share overestimates
    a short text inside a long one (blind47's Volkskrant lead, 1.0 inside the Telegraaf's full text over the AD lead
    it was cut from, 0.77 inside that lead; exact, 0.77 both: of two alike, the nearer in size ranks first)."""
    inside = smaller_inside(body_jaccard, a.shingles, b.shingles)
    exact = opening_share(a.values, b.values, settings.containment_min)
    return min(inside, exact) if exact else inside


def later_digest(a: Signature, b: Signature, settings: Digest) -> bool:
    """Is the later `a` over `digest_later` times the earlier short `b`, its lead under `digest_lead` of `b`'s: a
    round-up listing `b` among items of its own under a standing intro (blind47's Telegraaf "Sport Kort" over AD's
    lead)? A full text over a feed's first paragraph, however much longer, opens with it."""
    if a.published <= b.published or a.shingles <= settings.digest_later * b.shingles:
        return False
    return not leads_agree(a, b, settings, settings.digest_lead)
