#!/usr/bin/env python3
"""Rebuild structure blind set 11 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (bare mirrors MIRROR_ROOT/<owner>+<name>/repo, or clones with a .git dir) at
pinned commits and turned into text by the field rules below (ours). Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. The headline is (block index, start, end) into that block's text (end None = to the
block's end). Python 3 standard library only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (repository, commit, path)
DDS = (
    "NZR/PublicDiscourseMiner-COVID",
    "0300d55a549ccbd0808602119477400d4b92bb5c",
    "analyse/data/websites/dagelijksestandaard_v2.json",
)
TGF = (
    "suzja/The-discovery-of-underlying-topics-within-Coronavirus-related-articles",
    "3e0f3ff6d6ca02305472c8a8bb22028109764870",
    "to_csv/testdata.csv",
)

NHD_REPO = "vandijks/rss-feeds"
NHD_PATH = "feeds/feed_noordhollandsdagblad_alkmaar.xml"  # the same file at several pinned commits
NHD_URL = "https://www.noordhollandsdagblad.nl/regio/alkmaar/"

KINDS = {"headline", "lede", "paragraph", "subheading", "quote", "caption", "byline", "list_item", "site_text"}


def git_show_bytes(root: Path, repo: str, commit: str, path: str) -> bytes:
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


_cache: dict[tuple[str, str, str], object] = {}


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields as the README says)."""
    if spec["src"] == "dds":
        if DDS not in _cache:
            _cache[DDS] = json.loads(git_show_bytes(root, *DDS).decode("utf-8"))
        found = [a for a in _cache[DDS] if a.get("link") == spec["link"]]  # type: ignore[union-attr]
        if len(found) != 1:
            sys.exit(f"DDS item {spec['link']} not found")
        # field rule (ours): `full_text` only (the scrape has no title field), \r\n -> \n, stripped;
        # the spider's own newlines and empty lines kept
        return found[0]["full_text"].replace("\r\n", "\n").strip() + "\n"
    if spec["src"] == "tgf":
        if TGF not in _cache:
            _cache[TGF] = git_show_bytes(root, *TGF).decode("utf-8").splitlines()
        rows = [ln.split("|", 3) for ln in _cache[TGF][1:]]  # type: ignore[index]
        found = [r for r in rows if len(r) == 4 and r[2] == spec["title"]]
        if len(found) != 1:
            sys.exit(f"Telegraaf row {spec['title']!r} not found")
        # field rule (ours): the `Text` column only (it already starts with the page's own headline
        # or overline), stripped; the scraper flattened all newlines to spaces
        return found[0][3].strip() + "\n"
    if spec["src"] == "nhd":
        tree = ET.fromstring(git_show_bytes(root, NHD_REPO, spec["commit"], NHD_PATH))
        found = [it for it in tree.iter("item") if it.findtext("link") == NHD_URL + spec["link"]]
        texts = {((it.findtext("title") or ""), (it.findtext("description") or "")) for it in found}
        if len(texts) != 1:  # one item (a feed version may repeat an item verbatim)
            sys.exit(f"NHD item {spec['link']} not found once at {spec['commit'][:10]}")
        title, desc = texts.pop()
        # field rule (ours): item `title`, blank line, item `description` (XML entities resolved),
        # both stripped; the feed's <category> (Nieuws / Premium / Liveblog) is not in the text
        return title.strip() + "\n\n" + desc.strip() + "\n"
    sys.exit(f"unknown source {spec['src']}")


def locate(text: str, marker: str, skip: int, pos: int, name: str) -> int:
    at = pos
    for _ in range(skip + 1):
        at = text.find(marker, at)
        if at < 0:
            sys.exit(f"{name}: marker {marker!r} (skip {skip}) not found after offset {pos}")
        at += 1
    return at - 1


def gold_blocks(text: str, blocks: list, name: str) -> list[dict]:
    """Cut the text at the start markers, in order; the blocks cover all non-space text."""
    starts: list[int] = []
    pos = 0
    for b in blocks:
        kind, marker = b[0], b[1]
        extra = b[2] if len(b) > 2 else {}
        if kind not in KINDS:
            sys.exit(f"{name}: bad kind {kind}")
        if len(marker) > 38:
            sys.exit(f"{name}: marker longer than 38 characters: {marker!r}")
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
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{name}.txt").write_text(text, encoding="utf-8")
            continue
        blocks = gold_blocks(text, item["blocks"], name)
        headline = None
        if item.get("headline") is not None:
            bi, s, e = item["headline"]
            btext = blocks[bi]["text"]
            if isinstance(s, str):  # start/end given as markers inside the block
                s = btext.index(s)
            if isinstance(e, str):
                e = btext.index(e, s)
            headline = btext[s:e].strip()
            if blocks[bi]["kind"] != "headline" or not headline:
                sys.exit(f"{name}: headline span does not fall in a headline block")
        gold = {"headline": headline, "blocks": blocks}
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    where = "source texts to " + str(dump) if dump else "texts and gold files to " + str(HERE)
    print(f"wrote {len(LABELS)} {where}")


# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": ..., "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}

DDSU = "https://www.dagelijksestandaard.nl/2020/"
WAARDEER = "follow prompt ('Do you value the articles on DagelijkseStandaard.nl? Then follow us on Twitter!')"
SHARE = "share buttons ('Delen Delen')"
TAGS = "'In dit artikel' + section and topic tags, run together by the scraper"
AUTHOR = "author name from the author box at the end of the page"
BIO = "author box: bio line(s), donation/follow link and 'Meer...' link; not news"
TWEET = "embedded tweet quoted by the article (text + '— name (@handle) date' attribution)"


def dds_tail(author: str | None, bio: str | None) -> list:
    out = [
        ("site_text", "Waardeer jij de artikelen", {"note": WAARDEER}),
        ("site_text", "Delen  ", {"note": SHARE}),
        ("site_text", "In dit artikel ", {"note": TAGS}),
    ]
    if author:
        out.append(("byline", author, {"note": AUTHOR}))
        out.append(("site_text", bio, {"note": BIO}))
    return out


LABELS["dds_aboutaleb"] = {
    "source": {
        "src": "dds",
        "link": DDSU + "10/burgemeester-aboutaleb-test-positief-voor-coronavirus-direct-in-thuisquarantaine-geplaatst/",
    },
    "headline": None,
    "blocks": [
        (
            "lede",
            "De burgemeester van Rotterdam",
            {"note": "the scrape has no title; the text starts with the first paragraph"},
        ),
        ("paragraph", "Aboutaleb is de eerste"),
        ("quote", "Nu krijgen zeker alle", {"note": TWEET}),
        ("paragraph", "De komende week zal"),
        ("paragraph", "Sinds juli maakt"),
        *dds_tail("Bart Reijmerink\n", "Kan geen dag zonder"),
    ],
}

LABELS["dds_ggd"] = {
    "source": {"src": "dds", "link": DDSU + "10/ggd-blundert-gaf-tientallen-mensen-verkeerde-uitslag-coronatest/"},
    "headline": None,
    "blocks": [
        ("lede", "Men blijft bij de GGD"),
        ("paragraph", "Er is op het Nederlandse"),
        ("paragraph", "Bij de GGD Kennemerland"),
        ("paragraph", "GGD Kennemerland betreurt"),
        ("quote", "“maar hoopt en vertrouwt", {"note": "quoted statement of the GGD, set apart as its own line"}),
        *dds_tail("Bart Reijmerink\n", "Kan geen dag zonder"),
    ],
}

LABELS["dds_binnenhof"] = {
    "source": {
        "src": "dds",
        "link": DDSU + "08/tweede-kamer-en-binnenhof-afgesloten-door-demonstratie-tegen-coronamaatregelen/",
    },
    "headline": None,
    "blocks": [
        ("lede", "De politie heeft zojuist"),
        ("paragraph", "De eerste filmpjes zijn"),
        ("quote", "Aanhouding Binnenhof", {"note": TWEET}),
        ("paragraph", "Er is een redelijke grote"),
        ("quote", "Vrijheid nu! Binnenhof", {"note": TWEET}),
        ("paragraph", "De ME staat klaar"),
        ("quote", "Tweede kamer en binnenhof dicht", {"note": TWEET + "; three lines of one tweet"}),
        ("paragraph", "Bij het zien van dit soort"),
        ("quote", "Ik leerde altijd dat", {"note": TWEET}),
        *dds_tail("Bart Reijmerink\n", "Kan geen dag zonder"),
    ],
}

LABELS["dds_coronamelder"] = {
    "source": {
        "src": "dds",
        "link": DDSU
        + "08/lol-hugo-de-jonge-claimt-dat-een-miljoen-mensen-coronamelder-heeft-gedownload-google-play-store-meldt-wat-anders/",
    },
    "headline": None,
    "blocks": [
        ("lede", "Oké, dit is wel een"),
        ("paragraph", "De Jonge merkt natuurlijk"),
        ("quote", "De #CoronaMelder-app is al", {"note": TWEET}),
        ("paragraph", "Een gouden tip voor"),
        ("quote", "Zou Hugosjenko weten", {"note": TWEET}),
        ("paragraph", "Dit is natuurlijk een pijnlijk"),
        ("paragraph", "Grote kans dat de cijfers"),
        ("paragraph", "In ieder geval kan men"),
        *dds_tail("Bart Reijmerink\n", "Kan geen dag zonder"),
    ],
}

LABELS["dds_coronasteun"] = {
    "source": {
        "src": "dds",
        "link": DDSU
        + "08/kabinet-rutte-iii-is-nagenoeg-klaar-met-coronasteun-%c2%a8we-kunnen-niet-alle-bedrijven-overeind-houden%c2%a8/",
    },
    "headline": None,
    "blocks": [
        ("lede", "Bedrijven en werknemers die"),
        ("paragraph", "Vandaag zal er een overleg"),
        ("paragraph", "Tot nu toe kregen alle"),
        ("paragraph", "Anonieme bronnen bevestigen"),
        (
            "quote",
            "Your world is coming",
            {
                "note": "five lines of (English) song lyrics the author put under the article; part of the author's text, kept as a quote (doubtful: not news)"
            },
        ),
        *dds_tail("Kenneth Steffers\n", "Kenneth Steffers ("),
    ],
}

LABELS["dds_vanderveer"] = {
    "source": {
        "src": "dds",
        "link": DDSU
        + "08/dds-exclusief-bert-van-der-veer-laat-corona-een-wake-up-call-zijn-voor-wat-ons-mogelijk-nog-te-wachten-staat/",
    },
    "headline": None,
    "blocks": [
        ("lede", "Bert van der Veer is TV-maker"),
        (
            "paragraph",
            "Hoe is De volgende crisis",
            {"note": "interviewer's question (interview in Q/A form); article text"},
        ),
        ("paragraph", "Ik was bezig met een ander"),
        ("paragraph", "En toen zag je het licht?", {"note": "interviewer's question"}),
        ("paragraph", "Ja, soort van."),
        ("paragraph", "En jij zag daar een", {"note": "interviewer's question"}),
        ("paragraph", "Ik had ook een essay"),
        ("paragraph", "Met natuurlijk ook de good", {"note": "interviewer's question"}),
        ("paragraph", "Dat werd een groepje"),
        ("paragraph", "Zoals?", {"note": "interviewer's question"}),
        ("paragraph", "Bedacht ik dat de"),
        ("paragraph", "Is het niet een beetje glad", {"note": "interviewer's question"}),
        ("paragraph", "Vast wel. Er wordt"),
        ("paragraph", "Denk je echt dat het mis", {"note": "interviewer's question"}),
        ("paragraph", "Zeker. Er zijn wetenschappers"),
        ("paragraph", "En daar gaat je boek", {"note": "interviewer's question"}),
        ("paragraph", "Als één omgezaagde boom"),
        (
            "paragraph",
            "Het boek ‘De Volgende Crisis’",
            {
                "note": "closing line: price and shops of the interviewee's book; kept as article text (doubtful: close to a promo, but it is the article's own information, not the site's)"
            },
        ),
        *dds_tail(None, None),
    ],
}

TGF_SPLIT = "the scraper flattened every newline to a space, so paragraph bounds inside this span are lost; one block"
CAPTION_AGAIN = "the lead photo's caption again, where the scraper met the figure a second time"

LABELS["telegraaf_paniek"] = {
    "source": {"src": "tgf", "title": "’We moeten over het coronavirus niet te paniekerig doen’"},
    "headline": (1, 0, None),
    "blocks": [
        (
            "paragraph",
            "Hoogleraar virologie acht",
            {"note": "overline / subtitle printed above the headline; article text"},
        ),
        ("headline", "’We moeten over het"),
        ("caption", "De markt waar een van", {"note": "caption of the lead photo"}),
        ("lede", "Een nieuw longklachten"),
        (
            "paragraph",
            "Vijf vragen aan hoogleraar",
            {"note": "announces five questions; the Q/A itself is not in the scrape"},
        ),
        ("caption", "De markt waar een van", {"note": CAPTION_AGAIN}),
    ],
}

LABELS["telegraaf_45"] = {
    "source": {"src": "tgf", "title": "Nu 45 besmettingen corona-virus"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Nu 45 besmettingen"),
        ("lede", "Wuhan - Bij nog eens", {"note": "dateline 'Wuhan -' glued to the lede, kept; " + TGF_SPLIT}),
    ],
}

LABELS["telegraaf_beheersbaar"] = {
    "source": {"src": "tgf", "title": "China noemt nieuw coronavirus ’beheersbaar’"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "China noemt nieuw"),
        ("caption", "Medische hulpverleners", {"note": "caption of the lead photo"}),
        ("lede", "De Nationale Gezondheidscommissie"),
        ("caption", "Medische hulpverleners", {"note": CAPTION_AGAIN}),
        ("paragraph", "Het Chinese Centrum voor", {"note": TGF_SPLIT}),
    ],
}

LABELS["telegraaf_zestig"] = {
    "source": {"src": "tgf", "title": "Aantal besmettingen coronavirus China boven de zestig"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Aantal besmettingen"),
        ("caption", "Het coronavirus is verwant", {"note": "caption of the lead photo"}),
        ("lede", "In het Chinese Wuhan zijn"),
        ("caption", "Het coronavirus is verwant", {"note": CAPTION_AGAIN}),
        ("paragraph", "Drie van de zeventien", {"note": TGF_SPLIT}),
    ],
}

LIVEBLOG = "liveblog furniture: welcome line / 'follow it in our liveblog' pointer, not news"

LABELS["nhd_liveblog112"] = {
    "source": {
        "src": "nhd",
        "commit": "922dd1ccf48788d9ffde6f7d034e57c6dc786001",
        "link": "112-nieuws-rookwolk-van-brand-lelystad-te-zien-in-noord-holland-steekpartij-in-heiloo-verdachte-op-de-vlucht/156823864.html",
    },
    "headline": (0, 0, None),
    "blocks": [
        (
            "headline",
            "-nieuws: Rookwolk",
            {
                "note": "title of the daily 112 liveblog (two latest entries joined by '|'); the feed generator lost the leading '112' (kept as stored)"
            },
        ),
        ("site_text", "Welkom bij het liveblog", {"note": LIVEBLOG}),
    ],
}

LABELS["nhd_verkiezingen"] = {
    "source": {
        "src": "nhd",
        "commit": "339ae2f3c74f45c3d85c3ea764d9ac3dc742911d",
        "link": "lees-hier-het-laatste-nieuws-over-de-gemeenteraadsverkiezingen/142581741.html",
    },
    "headline": (0, 0, None),
    "blocks": [
        (
            "headline",
            "Lees hier het laatste",
            {
                "note": "title of an election liveblog page (feed category 'Liveblog'); itself a 'read the latest here' pointer but it is the page's headline, kept as headline (doubtful)"
            },
        ),
        ("site_text", "Al het verkiezingsnieuws", {"note": LIVEBLOG}),
    ],
}

LABELS["nhd_overvalbende"] = {
    "source": {
        "src": "nhd",
        "commit": "7c63e3ea4048a468065d20b1c736c7143981a771",
        "link": "twee-keer-levenslang-geeist-in-hoger-beroep-overvalbende-noord-holland/153517069.html",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Twee keer levenslang"),
        (
            "lede",
            "Het zijn spannende dagen",
            {
                "tail": "Onze verslaggevers zijn erbij",
                "note": "last sentence ('our reporters are there and keep you posted in this liveblog') is liveblog furniture glued to the lede (doubtful: it also says reporters attend)",
            },
        ),
    ],
}

LABELS["nhd_kunstroof"] = {
    "source": {
        "src": "nhd",
        "commit": "41576245495a326f05a90e7f02bdab2dfdfaf984",
        "link": "chesley-w.-37-ik-ben-behandeld-als-een-dier.-zes-maanden-in-een-verrotte-cel-met-ratten/145722334.html",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Chesley W. (37)"),
        (
            "lede",
            "Dinsdag dient de strafzaak",
            {
                "tail": "Volg hier de laatste",
                "note": "'Volg hier de laatste ontwikkelingen.' (follow the latest here) is a liveblog pointer glued to the lede",
            },
        ),
    ],
}

LABELS["nhd_zittingsdag"] = {
    "source": {
        "src": "nhd",
        "commit": "a01a98e2b4f5d3496b34778054ab028d7204702a",
        "link": "een-beschimmelde-cel-bedreigde-advocaat-en-onbekende-roemeen-dit-was-de-tweede-zittingsdag-in-de-kunstroofzaak/146014662.html",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Een beschimmelde cel"),
        (
            "lede",
            "De tweede zittingsdag",
            {
                "tail": "Hieronder lees je ons",
                "note": "'Hieronder lees je ons liveblog terug.' (read our liveblog back below) is liveblog furniture glued to the lede",
            },
        ),
    ],
}

LABELS["nhd_goud"] = {
    "source": {
        "src": "nhd",
        "commit": "93275e47cd0c40e3f76b480e160645bef0b67fef",
        "link": "goud-was-nog-nooit-zoveel-waard-wat-krijg-je-in-alkmaar-voor-omas-gouden-ketting/122783335.html",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Goud was nog nooit"),
        (
            "lede",
            "Er heerst een ware",
            {
                "tail": "Waar komt de goudkoorts",
                "note": "tail: two teaser questions + 'Lees het in de goudspecial.' (read it in the gold special): a promo for another page, glued without a space; doubtful where it starts - the questions are counted with the pointer",
            },
        ),
    ],
}

if __name__ == "__main__":
    main()
