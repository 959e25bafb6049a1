"""How much of one text lies inside another, from the MinHash signatures the wire-copy check keeps (`duplicates`):
the shorter shingle set inside the longer (`contained`, from the estimated Jaccard and the two sizes) and the two
leads (an article's first `lead_words` words: `leads_agree`)."""

from __future__ import annotations

from typing import Protocol

from pipeline.stories.shingles import NUM_PERM, SHINGLE_WORDS, estimated_jaccard, smaller_inside
from pipeline.stories.store import Signature


class Containment(Protocol):
    containment: float  # the share of the smaller set inside the larger that counts (unless a share is given)
    containment_min: int  # shingles the smaller needs for any share to count
    lead_words: int  # an article's lead: its first words


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
