#!/usr/bin/env python3
"""Rebuild structure blind set 6 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]        (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (mirrors MIRROR_ROOT/<owner>+<name>/repo, bare or with a .git dir) at pinned
commits. Only the labels (ours) live here, in LABELS below, and they hold no article text: each
block is a kind plus a START MARKER (the first 12-40 characters of the block, with an occurrence
skip count where the marker repeats). A block runs from its marker to the next block's marker;
its gold text is that span, stripped of surrounding whitespace. The headline is given as
(block index, start, end) into the first block's text. Python 3 standard library only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

VRT = (
    "DavyJans/ThomasMore-React-Project2",
    "938d9264ed8d518d0570c715eda86b7bd8f686d2",
    "src/features/articles/ArticlesSlice.js",
)
POL1 = ("simongussenhoven/politie-berichten-vue", "9ba49510a4043fad3f1cebd4335e3b3fa10f9ef9", "src/common/mockdata.ts")
POL2 = ("simongussenhoven/politie-info", "334f932486c97c2a43128f5bb46aa917af3c0fa5", "json.json")
TT = (
    "LoranKloeze/teletekstbot-net",
    "88e76e91f0ffbf1a1b37ddbfd435544b9c0f331b",
    "TeletekstBot.Tests/MockFiles/page110.html",
)

KINDS = {"headline", "lede", "paragraph", "subheading", "quote", "caption", "byline", "list_item", "site_text"}


def git_show(root: Path, repo: str, commit: str, path: str) -> bytes:
    base = root / repo.replace("/", "+") / "repo"
    gitdir = base / ".git" if (base / ".git").is_dir() else base
    if not gitdir.is_dir():
        sys.exit(f"no mirror for {repo} at {base}: fetch github:{repo} first")
    try:
        return subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"cannot read {repo}@{commit[:10]}:{path}: {e.stderr.decode(errors='replace').strip()}")


_cache: dict[str, object] = {}


def _bracketed(text: str, start: int) -> str:
    """The JSON array or object that opens at text[start], by bracket matching outside strings."""
    opener = text[start]
    closer = "]" if opener == "[" else "}"
    depth, in_str, esc = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    sys.exit("unbalanced JSON in source file")


def vrt_items(root: Path) -> dict[str, dict]:
    if "vrt" not in _cache:
        js = git_show(root, *VRT).decode("utf-8")
        at = js.index("const initialState = [") + len("const initialState = ")
        _cache["vrt"] = {it["id"]: it for it in json.loads(_bracketed(js, at))}
    return _cache["vrt"]  # type: ignore[return-value]


def pol1_items(root: Path) -> dict[str, dict]:
    if "pol1" not in _cache:
        ts = git_show(root, *POL1).decode("utf-8")
        obj = json.loads(_bracketed(ts, ts.index("{")))
        _cache["pol1"] = {it["uid"]: it for it in obj["nieuwsberichten"]}
    return _cache["pol1"]  # type: ignore[return-value]


def pol2_items(root: Path) -> dict[str, dict]:
    if "pol2" not in _cache:
        obj = json.loads(git_show(root, *POL2).decode("utf-8"))
        _cache["pol2"] = {it["uid"]: it for it in obj["news"]}
    return _cache["pol2"]  # type: ignore[return-value]


def politie_text(it: dict) -> str:
    # field joining (ours): titel, introductie, then each text alinea's opgemaaktetekst, blank-line separated
    parts = [it["titel"], it["introductie"]] + [a["opgemaaktetekst"] for a in it["alineas"] if "opgemaaktetekst" in a]
    return "\n\n".join(parts)


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields joined as the README says)."""
    src = spec["src"]
    if src == "vrt":
        it = vrt_items(root)[spec["id"]]
        # field joining (ours): title, subtitle, content, blank-line separated
        return "\n\n".join([it["title"], it["subtitle"], it["content"]])
    if src == "pol1":
        return politie_text(pol1_items(root)[spec["uid"]])
    if src == "pol2":
        return politie_text(pol2_items(root)[spec["uid"]])
    if src == "teletekst":
        return git_show(root, *TT).decode("utf-8")
    sys.exit(f"unknown source {src}")


def locate(text: str, marker: str, skip: int, pos: int, name: str) -> int:
    at = pos
    for _ in range(skip + 1):
        at = text.find(marker, at)
        if at < 0:
            sys.exit(f"{name}: marker {marker!r} (skip {skip}) not found after offset {pos}")
        at += 1
    return at - 1


def gold_blocks(text: str, blocks: list, name: str) -> list[dict]:
    """Cut the text at the start markers, in order; check the blocks cover all non-space text."""
    starts = []
    pos = 0
    for b in blocks:
        kind, marker = b[0], b[1]
        extra = b[2] if len(b) > 2 else {}
        if kind not in KINDS:
            sys.exit(f"{name}: bad kind {kind}")
        at = locate(text, marker, extra.get("skip", 0), pos, name)
        if not starts and text[:at].strip():
            sys.exit(f"{name}: unlabelled text before the first block: {text[:at].strip()[:80]!r}")
        starts.append(at)
        pos = at + 1
    out = []
    for i, b in enumerate(blocks):
        end = starts[i + 1] if i + 1 < len(blocks) else len(text)
        btext = text[starts[i] : end].strip()
        if not btext:
            sys.exit(f"{name}: empty block {i} ({b[1]!r})")
        extra = b[2] if len(b) > 2 else {}
        blk = {"kind": b[0], "text": btext}
        if "tail" in extra:
            # the tail marker is the start of the glued site text; the tail runs to the block's end
            tail_at = btext.rfind(extra["tail"])
            if tail_at <= 0 or b[0] == "site_text":
                sys.exit(f"{name}: tail marker {extra['tail']!r} not inside block {b[1]!r}")
            blk["site_text_tail"] = btext[tail_at:]
        if "note" in extra:
            blk["note"] = extra["note"]
        out.append(blk)
    return out


def main() -> None:
    args = sys.argv[1:]
    dump = None
    if "--dump" in args:
        i = args.index("--dump")
        dump = Path(args[i + 1])
        del args[i : i + 2]
    root = Path(args[0]) if args else Path("/work/.mirror")
    for name, item in LABELS.items():
        spec = item["source"]
        text = source_text(root, spec)
        ext = ".md" if spec.get("markdown") else ".txt"
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{name}{ext}").write_text(text, encoding="utf-8")
            continue
        blocks = gold_blocks(text, item["blocks"], name)
        headline = None
        if item.get("headline") is not None:
            bi, s, e = item["headline"]  # e None: to the end of the block
            headline = blocks[bi]["text"][s:e].strip()
            if blocks[bi]["kind"] != "headline" or not headline.strip():
                sys.exit(f"{name}: headline span does not fall in a headline block")
        gold = {"headline": headline, "blocks": blocks}
        (HERE / f"{name}{ext}").write_text(text, encoding="utf-8")
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(LABELS)} {'source texts to ' + str(dump) if dump else 'texts and gold files to ' + str(HERE)}")


# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": ..., "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}

TEASER = "related-article card of the VRT page (source/credit, section label, title, time), glued into the scraped text"

LABELS["vrt_boortmeerbeek"] = {
    "source": {"src": "vrt", "id": "1650380546538"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Waarom inwoners vaak huiveren"),
        ("lede", "Wetsstraatjournalist Ivan De Vadder"),
        ("paragraph", '"Wij zijn er radicaal tegen'),
        (
            "caption",
            "BEKIJK - De burgemeesters",
            {"note": "title of the article's own embedded video (kept as caption)"},
        ),
        ("site_text", "Videospeler inladen...", {"note": "video player placeholder"}),
        (
            "site_text",
            "Een aantal inwoners verzamelt",
            {
                "note": "image caption of the related-article card that follows (card = caption, credit, section, title, time); doubtful - could be read as a caption of the article's own photo"
            },
        ),
        ("site_text", "Radio 2 Nieuwe fusiegemeenten", {"note": TEASER}),
        ("paragraph", "Ze staan in schril contrast"),
        ("subheading", "Emotie versus ratio"),
        ("paragraph", '"Dat is de emotie versus'),
        ("quote", "Je voelt dat er vanuit de ratio", {"note": "pull quote with its attribution"}),
        ("paragraph", '"Minder schuld betekent'),
        ("subheading", "Districtwerking"),
        ("paragraph", "Een ander argument dat de politiek"),
        (
            "site_text",
            "Mechelen wordt mogelijk een stuk groter",
            {"note": "image caption of the related-article card that follows; doubtful"},
        ),
        ("site_text", "hilde de windt Nieuwe fusiegemeenten", {"note": "photo credit + " + TEASER}),
        ("paragraph", "De burgemeesters maakten op hun"),
        (
            "caption",
            "Beluister hier het gesprek",
            {
                "note": "intro and title of the article's own embedded audio clip (kept as caption); doubtful - 'Beluister hier' is a call to action"
            },
        ),
        ("subheading", "Interne staatshervorming"),
        ("paragraph", "Dat de inwoners zo emotioneel"),
        ("quote", "Er is wat aan het bewegen in het fusie", {"note": "pull quote with its attribution"}),
        ("paragraph", '"In de eerste golf gingen'),
        ("subheading", "Ideologische keuze"),
        ("paragraph", "Maar dat is niet de enige reden"),
        ("site_text", "Nieuwe fusiegemeenten IN KAART", {"note": TEASER}),
        ("subheading", "Toekomst De Vadder"),
        ("paragraph", "De Vadder verwacht dan ook"),
    ],
}

LABELS["vrt_fusiekaart"] = {
    "source": {"src": "vrt", "id": "1649160588620"},
    "headline": (0, 0, None),
    "blocks": [
        (
            "headline",
            "IN KAART - Deze steden",
            {
                "note": "'IN KAART - ' is a format label glued to the front of the headline; it stays in the gold headline "
                "(relabelled stop 38 to STRUCTURE_CONVENTIONS.md; the gold headline left it out)"
            },
        ),
        ("lede", "In Vlaanderen zijn er momenteel"),
        ("subheading", "Het verhaal achter deze fusies", {"note": "heading after the (not scraped) map"}),
        ("subheading", "Oost-Vlaanderen Lochristi"),
        ("subheading", "Lochristi en Wachtebeke Lochristi"),
        ("paragraph", "Lochristi en Wachtebeke kondigden"),
        ("site_text", "Meer weten over de fusie tussen", {"note": "link sentence to a related article"}),
        ("subheading", "Moerbeke en Lokeren In maart"),
        ("paragraph", "In maart 2022 kondigde"),
        ("site_text", "Benieuwd hoe de inwoners reageerden?", {"note": "link sentence to a related article"}),
        ("subheading", "Beveren en Kruibeke Het nieuwste"),
        ("paragraph", "Het nieuwste fusieproject"),
        ("site_text", "Meer weten over deze nieuwe fusie?", {"note": "link sentence to a related article"}),
        ("subheading", "Antwerpen (en Vlaams-Brabant)"),
        ("subheading", "Borsbeek sluit aan bij Antwerpen"),
        ("paragraph", "Eind januari 2022 kondigde"),
        ("site_text", "Lees meer over het nieuwe district", {"note": "link sentence to a related article"}),
        ("subheading", "Mechelen en Boortmeerbeek Mechelen"),
        ("paragraph", "Mechelen en Boortmeerbeek willen tegen"),
        ("site_text", "Lees meer over de nieuwe fusiegemeente", {"note": "link sentence to a related article"}),
        ("subheading", "Limburg Ham en Tessenderlo"),
        ("subheading", "Ham en Tessenderlo In oktober"),
        ("paragraph", "In oktober 2021 lieten"),
        ("site_text", "Meer over de fusie en over de spannende", {"note": "link sentence to a related article"}),
        ("subheading", "Bilzen en Hoeselt Eind"),
        ("paragraph", "Eind 2020 startten"),
        ("site_text", "Als je meer wil weten over deze fusie", {"note": "link sentence to a related article"}),
        ("subheading", "Borgloon en Tongeren In augustus"),
        ("paragraph", "In augustus 2021 kondigden"),
        ("site_text", "Meer over deze fusie kan je in dit", {"note": "link sentence to a related article"}),
        ("paragraph", "Mogelijk houdt het niet op"),
        ("subheading", "Schulden Een belangrijk"),
        ("paragraph", "Een belangrijk voordeel voor gemeenten"),
        ("list_item", "200 euro per inwoner"),
        ("list_item", "300 euro per inwoner"),
        ("list_item", "400 euro per inwoner"),
        ("list_item", "500 euro per inwoner"),
        ("subheading", "Domino Opvallend"),
        ("paragraph", "Opvallend: in West-Vlaanderen"),
        ("subheading", "Verplicht? Een andere"),
        ("paragraph", "Een andere grote vraag"),
    ],
}

LABELS["vrt_lammetjes"] = {
    "source": {"src": "vrt", "id": "1650287954532"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "1.000 lammetjes knuffelen"),
        ("lede", "Kinderen kunnen er meer dan"),
        ("paragraph", '"Op het einde van het lammerseizoen'),
        ("quote", "We willen mensen kennis laten maken", {"note": "pull quote with its attribution"}),
        ("paragraph", "Mensen kunnen vandaag een quizwandeling"),
        ("site_text", "Foto: Radio 2", {"note": "photo credit alone at the end"}),
    ],
}

LABELS["vrt_sobercoins"] = {
    "source": {"src": "vrt", "id": "1650188034835"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Gratis drankbonnen voor jongeren"),
        ("lede", "Met het intiatief"),
        ("paragraph", 'Noem het "voordrinken"'),
        (
            "site_text",
            "Antwerpen Niet gedronken voor een fuif?",
            {"note": "related-article card (section label, title, day and time) glued into the text"},
        ),
        ("paragraph", "De gemeente Balen wilde jongeren"),
        ("subheading", "Dure alchohol Jonas"),
        ("paragraph", "Jonas Willems van de lokale"),
    ],
}

LABELS["vrt_kennedytunnel"] = {
    "source": {"src": "vrt", "id": "1649933455601"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Kennedytunnel in Antwerpen is het hele"),
        ("lede", "Het Vlaams Verkeerscentrum waarschuwt"),
        ("paragraph", '"Het is hoogst uitzonderlijk'),
        ("quote", "Als automobilisten er niet wegblijven", {"note": "pull quote with its attribution"}),
        ("paragraph", '"Bij de laatste afsluiting'),
        ("subheading", "Nederland Hier in ons land"),
        ("paragraph", "Hier in ons land werden de werken"),
        ("quote", "We weten dat in Nederland de boodschap", {"note": "pull quote with its attribution"}),
        ("paragraph", '"Het Vlaams Verkeercentrum heeft ook'),
        ("subheading", "10 Miles Tijdens"),
        ("paragraph", "Tijdens het weekend na de paasvakantie"),
        (
            "caption",
            "Bekijk de uitleg door Peter",
            {"note": "intro of the article's own embedded video (kept as caption)"},
        ),
        ("site_text", "Videospeler inladen...", {"note": "video player placeholder"}),
        ("caption", "Door dringende werken gaat Kennedytunnel", {"note": "title of the embedded video"}),
    ],
}

LABELS["politie_veen"] = {
    "source": {"src": "pol1", "uid": "ca5169b6-490c-466e-accd-e2ac51fde282"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Opnieuw aanhoudingen voor"),
        ("lede", "In het onderzoek naar de brandstichting"),
        ("paragraph", "<p>Het gaat om drie verdachten"),
        ("subheading", "<p><b>Onderzoek</b>"),
        ("paragraph", "Het rechercheonderzoek richt"),
        ("subheading", "<p><b>Gevaarlijke situatie"),
        ("paragraph", "<p>Het in brand steken"),
        (
            "site_text",
            "<p>Lees ook: <a",
            {
                "note": "'Lees ook' link to an earlier police news item (the empty &nbsp; paragraphs around it are markup only)"
            },
        ),
    ],
}

LABELS["politie_zuidplein"] = {
    "source": {"src": "pol1", "uid": "15c155a0-4519-4a8d-a2f2-8a1f5a0f96e0"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Vuurwapen aangetroffen Zuidplein"),
        ("lede", "Zondagmiddag 20 maart zijn"),
        ("site_text", "<p><em>Foto: stockfoto politie", {"note": "photo credit alone on a line (stock photo)"}),
        ("paragraph", "Rond 13.45 uur zagen"),
        (
            "site_text",
            "Heeft u meer informatie?",
            {
                "note": "standard call for tips pointing at the contact options shown below the item on politie.nl (not in the text); doubtful - a police witness call could be read as article content"
            },
        ),
    ],
}

LABELS["politie_blaak"] = {
    "source": {"src": "pol1", "uid": "b580a45e-226b-4841-8a61-7a8401352158"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Verdachte aangehouden voor steekpartij"),
        ("lede", "- Een 20-jarige Rotterdammer", {"note": "the leading '- ' is as stored"}),
        ("paragraph", "<p>De ruzie tussen de drie"),
        ("paragraph", "Omstanders belden het alarmnummer"),
        ("paragraph", "De politie stelde direct"),
        (
            "paragraph",
            "Heeft u informatie die dit onderzoek",
            {
                "tail": "of laat uw informatie achter",
                "note": "witness call kept as article text (phone number); its end points at the tip form on the page (site text, doubtful)",
            },
        ),
    ],
}

LABELS["politie_kempisstraat"] = {
    "source": {"src": "pol2", "uid": "dd1f80ab-0ef8-4e89-b9b5-031c46b0c20a"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Nieuwe aanhoudingen na aantreffen"),
        ("lede", "Op dinsdagochtend 28 september"),
        (
            "site_text",
            "<p><em>Foto: Killian Lindenburg",
            {"note": "photo credit alone on a line (the photo itself is not in the text)"},
        ),
        ("subheading", "<i>Update<br />", {"note": "update label; the update text follows"}),
        ("paragraph", "Op dinsdag 5 oktober is een"),
        ("subheading", "<strong>De melding"),
        ("paragraph", "Even voor 08.30 uur"),
        ("subheading", "<b>Aanhoudingen</b>"),
        ("paragraph", "Na het aantreffen van het lichaam"),
        ("paragraph", "Op basis van het onderzoek konden"),
        ("subheading", "<b>Informatie?</b>"),
        (
            "paragraph",
            "Het onderzoek naar de toedracht is in",
            {
                "tail": "Dan komen wij heel graag",
                "note": "witness call kept as article text; the last sentence points at the contact options below the item on the page (site text, doubtful)",
            },
        ),
    ],
}

LABELS["politie_drugsafval"] = {
    "source": {"src": "pol2", "uid": "662b450c-dfac-4dc9-8b2d-dac01fea65d5"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Verdachten aangehouden voor dumpen"),
        ("lede", "De politie heeft deze week drie"),
        ("subheading", "<p><b>Een jaar later"),
        ("paragraph", "<p>Het dumpen van dit drugsafval"),
        ("paragraph", "<p>Ruim een jaar na deze"),
        ("subheading", "<p><b>Bodemsanering"),
        ("paragraph", "<p>Dumpingen van drugsafval zijn"),
        ("site_text", "<p>Kijk voor meer informatie over", {"note": "pointer to the site's topic page (bare link)"}),
        ("subheading", "<p><b>Ondermijning"),
        ("paragraph", "<p>Drugshandel is een vorm"),
        ("subheading", "<p><b>Bent u getuige"),
        ("paragraph", "<p>Illegale dumpingen vinden"),
        ("paragraph", "<p>Als u getuige bent van een illegale", {"note": "advice to witnesses kept as article text"}),
    ],
}

SEP = '<span class="yellow ">&#xF020;'
LABELS["teletekst_110"] = {
    "source": {"src": "teletekst"},
    "headline": (2, 0, len("NS verliest alleenrecht buitenland")),
    "blocks": [
        (
            "site_text",
            '\ufeff<span class="green "> NOS Teletekst',
            {"note": "page header: service name and page number (file starts with a BOM)"},
        ),
        ("site_text", SEP, {"note": "row of teletext mosaic graphics (private-use characters) before the title"}),
        ("headline", "NS verliest alleenrecht buitenland"),
        ("site_text", SEP, {"note": "mosaic separator row and bullet glyph"}),
        ("lede", '<span class="cyan "> Het demissionaire'),
        ("paragraph", '<span class="cyan "> NS verliest hier'),
        ("paragraph", '<span class="cyan "> Het kabinet wil ook'),
        ("site_text", SEP, {"note": "mosaic separator row"}),
        (
            "site_text",
            '<span class="red "><a id="fastText1Red"',
            {"note": "fastext navigation: volgende / nieuws / weer&verkeer / sport"},
        ),
    ],
}

if __name__ == "__main__":
    main()
