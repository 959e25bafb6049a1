#!/usr/bin/env python3
"""Rebuild structure blind set 12 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (bare mirrors MIRROR_ROOT/<owner>+<name>/repo, or clones with a .git dir) at
pinned commits and turned into text by the field rules below (ours). Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; start/end may be marker strings). Python 3 standard library only.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (repository, commit, path)
NEWSAPI = (
    "axyorah/nl-news-translator",
    "fc5fe75d4a928cbf9cba7362006bf60fa40f3cbe",
    "backend/api/utils/news.json",
)
TLE = (
    "marijnvdw/TLE1Groep2",
    "7493302fb6d9888a2164c7888010705c49a11aac",
    "services/webservice/includes/actions.php",
)
GSNB = (
    "UtrechtUniversity/news-scraping",
    "5fd9e2583eadbeb467afdaab0463fdc0d843094f",
    "test/geenstijl_test.ipynb",
)

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


_cache: dict[tuple, object] = {}


def _php_items(src: str) -> list[dict]:
    """The article arrays of the PHP file: each `"key" => "string"` pair inside one `[ ... ]` item."""
    items: list[dict] = []
    cur: dict = {}
    for m in re.finditer(r'"(\w+)"\s*=>\s*(?:"((?:[^"\\]|\\.)*)"|(\w+))', src, re.S):
        key, sval, bare = m.group(1), m.group(2), m.group(3)
        if key == "id" and cur:
            items.append(cur)
            cur = {}
        cur[key] = sval if sval is not None else bare
    if cur:
        items.append(cur)
    return items


def _php_unescape(s: str) -> str:
    # PHP double-quoted string escapes used in the file: \" and \\ (none other occur in the used items)
    return re.sub(r"\\(.)", r"\1", s)


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields as the README says)."""
    if spec["src"] == "newsapi":
        if NEWSAPI not in _cache:
            _cache[NEWSAPI] = json.loads(git_show_bytes(root, *NEWSAPI).decode("utf-8"))["articles"]
        found = [a for a in _cache[NEWSAPI] if a.get("url") == spec["url"]]  # type: ignore[union-attr]
        if len(found) != 1:
            sys.exit(f"NewsAPI item {spec['url']} not found")
        a = found[0]
        # field rule (ours): title, description, content -- each \r\n -> \n and stripped, the
        # missing (null) ones left out, joined by a blank line; HTML in `content` kept as stored
        parts = [a.get("title"), a.get("description"), a.get("content")]
        return "\n\n".join(p.replace("\r\n", "\n").strip() for p in parts if p) + "\n"
    if spec["src"] == "tle":
        if TLE not in _cache:
            _cache[TLE] = _php_items(git_show_bytes(root, *TLE).decode("utf-8"))
        found = [it for it in _cache[TLE] if it.get("link") == spec["link"]]  # type: ignore[union-attr]
        if len(found) != 1:
            sys.exit(f"TLE item {spec['link']} not found")
        it = found[0]
        # field rule (ours): `name`, blank line, `text` (HTML <p> markup kept as stored, PHP escapes
        # resolved, the file's indentation at the start of each continuation line removed)
        body = "\n".join(ln.strip() for ln in _php_unescape(it["text"]).splitlines())
        return _php_unescape(it["name"]).strip() + "\n\n" + body.strip() + "\n"
    if spec["src"] == "gsnb":
        if GSNB not in _cache:
            _cache[GSNB] = json.loads(git_show_bytes(root, *GSNB).decode("utf-8"))["cells"]
        cells = _cache[GSNB]
        row = "".join(cells[spec["row_cell"]]["outputs"][0]["data"]["text/plain"])  # type: ignore[index]
        body_repr = "".join(cells[spec["body_cell"]]["outputs"][0]["data"]["text/plain"])  # type: ignore[index]
        m = re.search(r"^title\s+(.*\S)\s*$", row, re.M)
        if not m or not body_repr.startswith("'"):
            sys.exit("GeenStijl notebook: cells moved")
        # field rule (ours): the `title` value of the printed DataFrame row (cell 6), blank line,
        # the `article_body` string printed in cell 7 (its Python repr read back), trailing
        # whitespace-only lines of the scrape stripped, its own newlines kept
        body = ast.literal_eval(body_repr)
        return m.group(1).strip() + "\n\n" + body.strip() + "\n"
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
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}

TG = "https://www.telegraaf.nl/"
NOSL = "https://nos.nl/index.php/l/"
SRC = {
    "tgf_olympisch": {
        "src": "newsapi",
        "url": TG
        + "sport/1248469961/olympisch-nieuw-tandrevold-verliest-op-dramatische-wijze-brons-en-komt-uitgeput-over-finish",
    },
    "tgf_enschede": {
        "src": "newsapi",
        "url": TG + "nieuws/1777850376/slachtoffer-fatale-steekpartij-enschede-is-bewoonster",
    },
    "tgf_eredivisie": {
        "src": "newsapi",
        "url": TG + "sport/812867726/live-eredivisie-go-ahead-eagles-az-ligt-even-stil-vanwege-vuurwerk",
    },
    "nos_aboutaleb": {"src": "newsapi", "url": NOSL + "2417124"},
    "rtl_kodak": {
        "src": "newsapi",
        "url": "https://www.rtlnieuws.nl/nieuws/buitenland/artikel/5287898/rapper-kodack-black-neergeschoten-justin-bieber-feest",
    },
    "nrc_nacht": {
        "src": "newsapi",
        "url": "https://www.nrc.nl/nieuws/2022/02/13/een-nacht-ontsnappen-aan-de-sleur-en-het-alledaagse-a4088483",
    },
    "nos_straatje": {
        "src": "tle",
        "link": "https://nos.nl/artikel/2538323-straatje-erbij-levert-minder-huizen-op-dan-gedacht",
    },
    "nos_baksteen": {
        "src": "tle",
        "link": "https://nos.nl/artikel/2538209-eerste-staking-in-baksteenindustrie-ooit-begonnen",
    },
    "nu_overheid": {
        "src": "tle",
        "link": "https://www.nu.nl/economie/6329177/nederlandse-overheid-krijgt-meer-binnen-dan-er-wordt-uitgegeven.html",
    },
    "nu_leerdammer": {
        "src": "tle",
        "link": "https://www.nu.nl/economie/6329204/maker-van-leerdammer-gatenkaas-mag-melkprijs-niet-zomaar-zelf-bepalen.html",
    },
    "nos_bokito": {
        "src": "tle",
        "link": "https://nos.nl/artikel/2470274-gorilla-bokito-27-tijdens-narcose-doodgegaan-in-diergaarde-blijdorp",
    },
    "nos_jaarwisseling": {
        "src": "tle",
        "link": "https://nos.nl/collectie/13885/artikel/2411338-zacht-weer-vuurwerkverbod-en-corona-hoe-gaat-politie-de-jaarwisseling-in",
    },
    "gs_littlerichard": {"src": "gsnb", "row_cell": 6, "body_cell": 7},
}
TRUNC = "aggregator truncation: ellipsis + English '[+N chars]' count added by the NewsAPI response (interface text, not the article's)"
SUFFIX = "title suffix ' - <site name>' added to the page title (site text; left out of the gold headline)"
DESC = "NewsAPI `description` (the page's og:description / intro); article text"
CUT = "article text cut off by the aggregator after a few letters; the cut-off stub is article text, the truncation marker is the tail"


def L(name: str, headline, blocks: list) -> None:
    LABELS[name] = {"source": SRC[name], "headline": headline, "blocks": blocks}


# ---- NewsAPI (axyorah/nl-news-translator) --------------------------------------------------
L(
    "tgf_olympisch",
    (0, 0, "- Telegraaf.nl"),
    [
        (
            "headline",
            "Olympisch nieuw: Tandrevold",
            {
                "tail": "- Telegraaf.nl",
                "note": "title of Telesport's running Olympics rubric: rubric label 'Olympisch nieuw:' + the latest entry's headline; the label is part of the published title and kept in the gold headline (doubtful: a stricter reading makes 'Olympisch nieuw:' a kicker). "
                + SUFFIX,
            },
        ),
        (
            "site_text",
            "De Olympische Spelen van",
            {
                "note": "standing intro of the rubric/liveblog ('In the rubric ... Telesport covers the latest news from China. This rubric is refreshed continuously during the day'): liveblog furniture, identical on every day of the rubric; doubtful for its first sentence ('the Olympic Games in Beijing are in full swing'), which is trivial fact"
            },
        ),
        (
            "site_text",
            "Schrijf je in voor de",
            {"note": "newsletter sign-up prompt ('Sign up for the Telesport newsletter ...')"},
        ),
        ("subheading", "Shorttracker Shaoang Liu", {"note": "heading of the latest liveblog entry"}),
        (
            "paragraph",
            "13.50 uur: De Hongaarse",
            {
                "tail": "… [+2626",
                "note": "liveblog entry text with its time '13.50 uur:' glued to the front (kept in the paragraph; there is no time kind in the block format used here); "
                + CUT
                + "; "
                + TRUNC,
            },
        ),
    ],
)

L(
    "tgf_enschede",
    (0, 0, "| Binnenland"),
    [
        (
            "headline",
            "Slachtoffer fatale",
            {
                "tail": "| Binnenland",
                "note": "page title with the section name and the site name appended twice ('| Binnenland | Telegraaf.nl - Telegraaf.nl'): all site text, left out of the gold headline",
            },
        ),
        ("lede", "Het slachtoffer van de", {"note": DESC}),
        ("paragraph", "De politie werd zaterdag", {"tail": "… [+190", "note": TRUNC}),
    ],
)

L(
    "tgf_eredivisie",
    (0, 0, "- Telegraaf.nl"),
    [
        (
            "headline",
            "Live Eredivisie: Go Ahead",
            {
                "tail": "- Telegraaf.nl",
                "note": "liveblog title: 'Live Eredivisie:' label + latest headline, kept whole in the gold headline (doubtful, as tgf_olympisch). "
                + SUFFIX,
            },
        ),
        (
            "lede",
            "PSV heeft na twee",
            {"note": DESC + "; it ends in the aggregator's bare '…' (one character, left in the lede)"},
        ),
        (
            "site_text",
            "Volg alle wedstrijden live",
            {
                "note": "liveblog furniture: pointer to the site's match center ('Follow all matches live via the Eredivisie match center')"
            },
        ),
        (
            "site_text",
            "<ul><li>12.15 uur: Go Ahead",
            {
                "note": "liveblog furniture: the day's fixture list (kick-off time + match) as an HTML list, glued to the next paragraph without a newline; doubtful - it also states when the match starts, but it is the liveblog's fixtures box, not an entry"
            },
        ),
        ("paragraph", "De wedstrijd in de", {"tail": "… [+3949", "note": TRUNC}),
    ],
)

L(
    "nos_aboutaleb",
    (0, 0, "- NOS op 3"),
    [
        (
            "headline",
            "Aboutaleb wil alle",
            {"tail": "- NOS op 3", "note": SUFFIX + " (NOS op 3 is the NOS youth brand/section)"},
        ),
        ("lede", "Nederland is de grootste", {"note": DESC + " (NOS subtitle)"}),
        ("paragraph", "Burgemeester Aboutaleb van"),
        ("paragraph", "A… [+1622", {"tail": "… [+1622", "note": CUT + "; " + TRUNC}),
    ],
)

L(
    "rtl_kodak",
    (0, 0, "- RTL Nieuws"),
    [
        ("headline", "Rapper Kodak Black", {"tail": "- RTL Nieuws", "note": SUFFIX}),
        ("lede", "Bij de schietpartij die", {"note": DESC}),
        ("paragraph", "Black, echte naam Bill", {"note": "'schijven' (for 'schrijven') as stored"}),
        ("paragraph", "De … [+405", {"tail": "… [+405", "note": CUT + "; " + TRUNC}),
    ],
)

L(
    "nrc_nacht",
    (0, 0, "- NRC"),
    [
        ("headline", "Een nacht ontsnappen aan", {"tail": "- NRC", "note": SUFFIX}),
        (
            "lede",
            "De Nacht staat op: Harde",
            {"note": DESC + "; it opens with the event's name 'De Nacht staat op:' as a label (kept in the lede)"},
        ),
        (
            "subheading",
            "20.50 uur, Patronaat in",
            {
                "note": "time-and-place heading of a section of the reportage (the article's own structure, not liveblog furniture)"
            },
        ),
        ("paragraph", "Als ik het podium op kom", {"tail": "… [+10189", "note": TRUNC}),
    ],
)

# ---- hand-copied article texts (marijnvdw/TLE1Groep2) --------------------------------------
CLEAN = "clean article: the project copied the article's text into its PHP data as <p> paragraphs; no site text"


def tle(name: str, first: str, paras: list[str]) -> None:
    blocks = [("headline", first, {"note": CLEAN})]
    blocks.append(("lede", paras[0]))
    blocks += [("paragraph", m) for m in paras[1:]]
    L(name, (0, 0, None), blocks)


tle(
    "nos_straatje",
    "Straatje erbij levert",
    [
        "<p>Het plan om bij steden",
        "<p>Bouwers noemden het",
        '<p>"Wij gaan uit van een',
        '<p>"De potentie is een stuk',
        "<p>Het Economisch Instituut",
        '<p>"We hebben gekeken naar',
        "<p>Voor het kabinet is het",
    ],
)
tle(
    "nos_baksteen",
    "Eerste staking in",
    ["<p>Werknemers van een", "<p>De stakers eisen een cao", "<p>De vakbond zegt dat er"],
)
tle(
    "nu_overheid",
    "Nederlandse overheid krijgt",
    [
        "<p>De Nederlandse overheid",
        "<p>In de eerste zes maanden",
        "<p>De inkomsten van de",
        "<p>De overheid gaf wel een",
        "<p>De schuldquote, de",
        "<p>In die dertig jaar had",
    ],
)
tle(
    "nu_leerdammer",
    "Maker van Leerdammer",
    [
        "<p>Royal Lactalis Leerdammer,",
        "<p>De toezichthouder is in",
        "<p>Dat is in strijd met de",
        "<p>Leerdammer mag volgens de",
        "<p>Leerdammer laat weten met",
        "<p>Bovendien twijfelt",
    ],
)
tle(
    "nos_bokito",
    "Gorilla Bokito (27)",
    ["<p>Gorilla Bokito uit", "<p>Blijdorp onderzocht", "<p>Volgens Blijdorp is de"],
)
tle(
    "nos_jaarwisseling",
    "Zacht weer, vuurwerkverbod",
    ["<p>De komende jaarwisseling", "<p>Met onder meer de recente", "<p>Voor de politie is"],
)

# ---- GeenStijl scrape in a notebook (UtrechtUniversity/news-scraping) ----------------------
L(
    "gs_littlerichard",
    (0, 0, None),
    [
        (
            "headline",
            "Little Richard gestopt",
            {"note": "`title` field of the scrape ('Coronacafe' is a GeenStijl series name, kept)"},
        ),
        (
            "lede",
            "Nu is echt alleen Jerry",
            {
                "note": "first paragraph of the post (obituary-style commentary); the author's '(Hier Kleine Rik Radio op Spotify.)' link pointer sits mid-paragraph and is kept as article text"
            },
        ),
        (
            "site_text",
            "Want daar zijn we nu.",
            {
                "note": "promo for the outlet's own t-shirt shop ('... nu reclame maakt voor onze t-shirtshop (klik maar op de pica)' ... 'Never waste a good virus!'), written in the editorial voice and glued to the previous paragraph without a space ('corona.Want'); doubtful: a reader could take it as part of the post"
            },
        ),
        (
            "site_text",
            "Na de breek, Rock",
            {"note": "'Na de breek' (after the break): the site's fold/read-more pointer to the video below"},
        ),
        (
            "paragraph",
            "Zin om Back to the Future",
            {"note": "the author's aside on the video after the fold; kept as article text (doubtful)"},
        ),
        (
            "site_text",
            "“Hallo heren,",
            {
                "note": "reader mail praising the shop's t-shirt (quoted to illustrate the shop promo), glued to the previous sentence ('nu.“Hallo'); part of the promo, not news; doubtful (could be read as a quote of the post)"
            },
        ),
    ],
)

if __name__ == "__main__":
    main()
