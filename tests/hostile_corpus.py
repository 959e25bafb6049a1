"""A corpus of bad and odd inputs, written into a folder by `build_corpus` (large ones generated).

Each entry says what must happen: "brief" (a correct brief, every sentence accounted for) or
"error" (a one-line error, exit 2, nothing written).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DUTCH = (
    "Het kabinet heeft dinsdag besloten de steun voor Oekraïne met een jaar te verlengen. "
    "Volgens minister De Vries is dat nodig omdat de oorlog nog lang kan duren. "
    "De oppositie steunt het besluit, maar wil meer duidelijkheid over de kosten."
)
DUTCH_MORE = (  # a second paragraph: an intro printed twice in a row is a page's copy (site41)
    "De Tweede Kamer debatteert volgende week over het besluit. "
    "Een meerderheid lijkt het kabinet te steunen. "
    "Over de precieze bedragen volgt in het voorjaar een brief."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


@dataclass(frozen=True)
class Case:
    name: str  # file name in the corpus folder
    expect: str  # "brief" or "error"
    reason: str = ""  # for "error": a fragment of the one-line message


def _write(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def build_corpus(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, data: bytes | None, expect: str, reason: str = "") -> None:
        if data is not None:
            _write(folder, name, data)
        cases.append(Case(name, expect, reason))

    add("empty.txt", b"", "error", "no text")
    add("whitespace.txt", b" \n\t\n\r\n   \n", "error", "no text")
    add("image.png.txt", PNG, "error", "binary")
    add("nul-bytes.txt", DUTCH.encode()[:80] + b"\x00\x00" + DUTCH.encode()[80:], "error", "binary")
    add("only-date-marker.txt", b" date 2022-02 \n", "error", "no text")
    big = (DUTCH + "\n\n").encode() * (20_000_000 // (len(DUTCH) + 2) + 1)
    add("twenty-megabytes.txt", big[:20_000_000], "error", "limit")
    add("latin-1.txt", ("Café België: " + DUTCH).encode("latin-1"), "brief")
    add(
        "cp1252.txt",
        ("“Het is één grote puinhoop”, zei de wethouder. Kosten: €12 miljoen. " + DUTCH).encode("cp1252"),
        "brief",
    )
    add("utf-16-bom.txt", ("Kop\n\n" + DUTCH).encode("utf-16"), "brief")
    add("utf-8-bom-crlf.txt", b"\xef\xbb\xbf" + ("Kop\r\n\r\n" + DUTCH + "\r\n").encode(), "brief")
    add(
        "mixed-line-endings.txt", ("Eerste kop\r\n\r\n" + DUTCH + "\n\n" + DUTCH_MORE + "\r\rSlot.\n").encode(), "brief"
    )
    long_sentence = " ".join(
        f"en de {w} van het kabinet" for w in ("minister", "premier", "woordvoerder", "staatssecretaris") * 100
    )
    add(
        "single-2000-word-sentence.txt",
        ("Het kabinet zei " + long_sentence + " dat alles goed komt.").encode(),
        "brief",
    )
    add("only-numbers.txt", (DUTCH + "\n\n" + " ".join(str(n * 137) for n in range(200)) + "\n").encode(), "brief")
    add(
        "only-urls.txt",
        (DUTCH + "\n\n" + " ".join(f"https://nos.nl/artikel/{n}" for n in range(40)) + "\n").encode(),
        "brief",
    )
    add("ten-thousand-chars-no-space.txt", (DUTCH + "\n\n" + "abcdefghij" * 1000 + "\n").encode(), "brief")
    add("emoji.txt", ("🇳🇱 " + DUTCH + " 😀👍🏽 Tot slot een 🧵 over de 🚜-protesten.").encode(), "brief")
    add(
        "zero-width.txt",
        DUTCH.replace("kabinet", "kabi\u200bnet").replace("steunt", "ste\u200dunt\ufeff").encode(),
        "brief",
    )
    add(
        "right-to-left.txt",
        (DUTCH + " Op het bord stond: ‏مرحبا بكم في أمستردام‎ en daaronder de Nederlandse vertaling.").encode(),
        "brief",
    )
    add(
        "markdown-in-source.txt",
        (
            "# Geen kop\n\n- geen lijst\n\n1. ook geen lijst\n\n> geen citaat\n\n"
            + DUTCH
            + " *geen nadruk* en `geen code`."
        ).encode(),
        "brief",
    )
    add(
        "html-script.txt",
        ("<script>alert('x')</script>\n\n" + DUTCH + " <b>vet</b> <img src=x onerror=alert(1)>").encode(),
        "brief",
    )
    add("javascript-link.txt", (DUTCH + " Klik [hier](javascript:alert(1)) of ![x](http://x/y.png).").encode(), "brief")
    add("front-matter-in-source.txt", ("---\ntitle: gekaapt\n---\n\n" + DUTCH).encode(), "brief")
    add("tables-and-pipes.txt", ("| a | b |\n|---|---|\n| 1 | 2 |\n\n" + DUTCH).encode(), "brief")
    add("naam met spaties en ümlaut — ok.txt", DUTCH.encode(), "brief")
    add("many-tiny-paragraphs.txt", ("Ja.\n\n" * 300 + DUTCH).encode(), "brief")
    add(
        "english.txt",
        b"The government decided on Tuesday to extend its support for Ukraine by another year. "
        b"According to the minister this is necessary because the war may last a long time.",
        "error",
        "English",
    )
    add(
        "german.txt",
        "Die Regierung hat am Dienstag beschlossen, die Unterstützung für die Ukraine um ein Jahr zu verlängern. "
        "Laut dem Minister ist das nötig, weil der Krieg noch lange dauern kann.".encode(),
        "error",
        "German",
    )
    add(
        "afrikaans.txt",
        "Die regering het Dinsdag besluit om die steun vir Oekraïne met nog 'n jaar te verleng. "
        "Volgens die minister is dit nodig omdat die oorlog nog lank kan duur.".encode(),
        "error",
        "Afrikaans",
    )
    add(
        "flemish.txt",
        b"Het schepencollege van Gent heeft gisteren beslist om de fietsstraten uit te breiden. "
        b"Volgens de schepen van Mobiliteit is dat nodig omdat het verkeer in de binnenstad blijft toenemen, allee.",
        "brief",
    )
    add(
        "dutch-quoting-english-tweet.txt",
        (
            DUTCH
            + "\n\nDe minister twitterde: I'm traveling to Kyiv today. — Minister (@minister) 12 februari 2022\n\n"
            + DUTCH
        ).encode(),
        "brief",
    )
    os.mkfifo(folder / "named-pipe.txt")
    cases.append(Case("named-pipe.txt", "error", "not a regular file"))
    (folder / "a-directory.txt").mkdir()
    cases.append(Case("a-directory.txt", "error", "is a directory"))
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    cases.append(Case("loop-a.txt", "error", "symbolic link"))
    (folder / "dangling.txt").symlink_to(folder / "nergens.txt")
    cases.append(Case("dangling.txt", "error", "symbolic link"))
    cases.append(Case("missing.txt", "error", "no such file"))
    name = os.fsdecode(b"caf\xe9-latin1-naam.txt")
    _write(folder, name, DUTCH.encode())
    cases.append(Case(name, "brief"))
    return cases
