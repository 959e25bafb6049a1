"""A Dutch past participle, as a word of a text tells it (issue 19, stop 45: a passive's agent read as a cause).

"Een 58-jarige Bredase is door de politie aangehouden": "door" opens the agent of a passive, and the word after its
noun is the participle, the verb of the item's own event, not a cause (`cause.causes` read "aangehouden" as the
cause of a Tilburg arrest story and joined a Breda item to it). `participle` tells "geslagen", "aangehouden",
"opgepakt", "doodgeschoten", "bekeurd", "ontvoerd" from a noun or an adjective ("grote" of "de grote staking"):
"ge" and a stem of three letters or more ending in -d, -t or -en, after a separable prefix or none; or an
inseparable prefix ("be", "ver", "ont", "her") and a stem ending in -d or -t.
"""

from __future__ import annotations

SEPARABLE = (
    "aan", "af", "binnen", "dood", "door", "in", "los", "mee", "na", "neer", "om", "onder", "op", "over", "terug",
    "toe", "uit", "vast", "voor", "weg",
)  # fmt: skip
INSEPARABLE = ("be", "ver", "ont", "her")
ENDINGS = ("d", "t", "en")
MIN_STEM = 3


def participle(word: str) -> bool:
    """`word` (lowercased) reads as a past participle (see the module)."""
    if not word.isalpha():
        return False
    for prefix in ("", *SEPARABLE):
        rest = word[len(prefix) :] if word.startswith(prefix) else None
        if rest and rest.startswith("ge") and len(rest) - 2 >= MIN_STEM and rest.endswith(ENDINGS):
            return True
    return any(word.startswith(p) and len(word) - len(p) >= MIN_STEM and word.endswith(("d", "t")) for p in INSEPARABLE)
