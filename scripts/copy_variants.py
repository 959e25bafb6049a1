"""How sites edit a wire text (ANP, Belga): the synthetic variants `copy_bench` makes of a real article.

Each edit takes the body's paragraphs and a seeded `random.Random` and returns new paragraphs; nothing here
reads or writes a file. The edits are the ones seen on the sets: a first paragraph reworded, a local intro
sentence or paragraph, a paragraph dropped, a cut to the first paragraphs, another quote and dash style.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Paragraphs = list[str]
Edit = Callable[[Paragraphs, random.Random], Paragraphs]

# a rewording: the function words an editor swaps, each for one of the same sense
SWAPS = {
    "heeft": "had",
    "is": "werd",
    "zijn": "waren",
    "maar": "echter",
    "ook": "eveneens",
    "niet": "niet langer",
    "volgens": "naar zeggen van",
    "dat": "dat er",
    "een": "één",
    "werd": "is",
    "gisteren": "dinsdag",
    "vandaag": "woensdag",
    "met": "samen met",
    "door": "vanwege",
    "na": "nadat",
    "bij": "nabij",
    "in": "binnen",
}
PLACES = ("Deventer", "Katwijk", "Zwolle", "Hoorn", "Tiel", "Assen", "Goes", "Venlo")
LOCAL_INTROS = (
    "Ook in {place} wordt het nieuws met belangstelling gevolgd.",
    "{place} - Het bericht kwam woensdagochtend binnen bij de redactie.",
    "Inwoners van {place} reageren verdeeld op het nieuws.",
)
LOCAL_PARAGRAPHS = (
    "Een woordvoerder van de gemeente {place} laat weten dat de gemeente de situatie nauwlettend volgt. "
    "Inwoners met vragen kunnen terecht bij het informatienummer van de gemeente.",
    "Wethouder Jansen van {place} noemt het nieuws in een reactie 'belangrijk voor onze regio'. "
    "De gemeenteraad bespreekt het onderwerp volgende maand.",
)
# paragraphs sites print under many articles (a tip line, a subscription plea, a liveblog pointer)
BOILERPLATE = (
    "Heb je een tip of zie je iets bijzonders in de regio? Mail of app onze redactie, we zijn dag en nacht "
    "bereikbaar en lezen alle berichten die binnenkomen.",
    "Wil je op de hoogte blijven van het laatste nieuws? Download dan onze app en zet de meldingen aan, "
    "dan mis je nooit meer een belangrijk bericht uit jouw buurt.",
    "Volg al het laatste nieuws over dit onderwerp in ons liveblog, dat de hele dag wordt bijgewerkt met "
    "nieuwe berichten, foto's en video's van onze verslaggevers.",
)
QUOTES = str.maketrans({"„": '"', "”": '"', "“": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def reword(text: str, rng: random.Random) -> str:
    """A sentence reworded as an editor would: function words swapped, every few words one dropped, two
    neighbours sometimes in the other order (most of its 4-word runs change, its names and numbers stay)."""
    words = text.split()
    out: list[str] = []
    for i, word in enumerate(words):
        bare = word.lower().strip(",.")
        if bare in SWAPS and rng.random() < 0.8:
            out.append(SWAPS[bare] + word[len(word.rstrip(",.")) :])
        elif i % 5 == 3 and not word[:1].isupper() and not word[:1].isdigit():
            continue
        else:
            out.append(word)
    for i in range(1, len(out) - 1, 6):
        if rng.random() < 0.5:
            out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def rewrite_first(paras: Paragraphs, rng: random.Random) -> Paragraphs:
    paras = substantial(paras)
    return [reword(paras[0], rng)] + paras[1:]


def drop_paragraph(paras: Paragraphs, rng: random.Random) -> Paragraphs:
    if len(paras) < 3:
        return paras
    i = rng.randrange(1, len(paras))
    return paras[:i] + paras[i + 1 :]


def add_local_paragraph(paras: Paragraphs, rng: random.Random) -> Paragraphs:
    i = rng.randrange(1, len(paras) + 1)
    return paras[:i] + [rng.choice(LOCAL_PARAGRAPHS).format(place=rng.choice(PLACES))] + paras[i:]


def local_intro(paras: Paragraphs, rng: random.Random) -> Paragraphs:
    paras = substantial(paras)
    return [rng.choice(LOCAL_INTROS).format(place=rng.choice(PLACES)) + " " + paras[0]] + paras[1:]


SUBSTANTIAL = 8  # words: a shorter paragraph is a rubric, byline or dateline line (print archives have many)


def substantial(paras: Paragraphs) -> Paragraphs:
    """The paragraphs of at least `SUBSTANTIAL` words (a cut of "the first paragraph" is of the first of these)."""
    return [p for p in paras if len(p.split()) >= SUBSTANTIAL]


def cut(n: int) -> Edit:
    def edit(paras: Paragraphs, rng: random.Random) -> Paragraphs:
        return substantial(paras)[:n]

    return edit


def restyle(paras: Paragraphs, rng: random.Random) -> Paragraphs:
    """Another site's quotes and dashes ("„…”" as '"…"', "–" as "-", "e-mail" as "e–mail"), doubled and
    non-breaking spaces."""
    out = [re.sub(r"(\w)-(\w)", "\\1–\\2", p.translate(QUOTES)) for p in paras]
    return [re.sub(r" ", "\u00a0 ", p, count=3) for p in out]


def chain(*edits: Edit) -> Edit:
    def edit(paras: Paragraphs, rng: random.Random) -> Paragraphs:
        for one in edits:
            paras = one(paras, rng)
        return paras

    return edit


# the variants of one original: name -> (edit, hours after the original, the variant first)
VARIANTS: dict[str, tuple[Edit, float, bool]] = {
    "headline": (chain(), 2.0, False),
    "rewrite_first": (rewrite_first, 2.0, False),
    "drop_paragraph": (drop_paragraph, 2.0, False),
    "add_local_paragraph": (add_local_paragraph, 2.0, False),
    "cut3": (cut(3), 2.0, False),
    "cut1": (cut(1), 1.0, False),
    "cut1_first": (cut(1), 1.0, True),  # the feed's excerpt comes before the full text
    "restyle": (restyle, 2.0, False),
    "local_intro": (local_intro, 2.0, False),
    "intro_cut1": (chain(local_intro, cut(1)), 1.0, False),  # blind7's regional cut naming the town anew
    "intro_cut2": (chain(local_intro, cut(2)), 1.0, False),
    "rewrite_cut3": (chain(rewrite_first, cut(3)), 2.0, False),
    "rewrite_cut1": (chain(cut(1), rewrite_first), 2.0, False),
    "intro_drop_restyle": (chain(local_intro, drop_paragraph, restyle), 3.0, False),
    "late_cut3": (cut(3), 30.0, False),  # a site runs the copy the next day
    "late_cut1": (cut(1), 30.0, False),
    "late_rewrite": (chain(rewrite_first, add_local_paragraph), 30.0, False),
}


OTHER_NAMES = ("Van Dijk", "Bakker", "Hoogeveen", "Emmen", "Roermond", "Visser", "Oss", "Meppel")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def refill(paras: Paragraphs, rng: random.Random) -> Paragraphs:
    """The agency's template filled in again for another event: the first paragraph with its names (a capital
    not opening a sentence), days and numbers replaced, the rest of its words kept (a negative: no copy)."""
    words = substantial(paras)[0].split()
    out = []
    for i, word in enumerate(words):
        bare = word.strip(",.:;")
        tail = word[len(bare) :] if word.startswith(bare) else ""
        after_stop = i == 0 or words[i - 1].endswith((".", "?", "!"))
        if bare[:1].isupper() and not after_stop:
            out.append(rng.choice(OTHER_NAMES) + tail)
        elif re.fullmatch(f"({'|'.join(DAYS)})(ochtend|middag|avond|nacht)?", bare.lower()):
            out.append(rng.choice(DAYS) + tail)
        elif bare[:1].isdigit():
            out.append(str(rng.randrange(2, 99)) + tail)
        else:
            out.append(word)
    return [" ".join(out)]


def new_headline(title: str, rng: random.Random) -> str:
    words = title.split()
    rng.shuffle(words)
    return "Nieuw: " + " ".join(words[: max(3, len(words) - 2)])
