#!/usr/bin/env python3
"""Rebuild structure blind set 7 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (bare mirrors MIRROR_ROOT/<owner>+<name>/repo, or clones with a .git dir) at
pinned commits. Only the labels (ours) live here, in LABELS below, and they hold no article text:
each block is a kind plus a START MARKER (the first characters of the block, with an occurrence
skip count where the marker repeats). A block runs from its marker to the next block's marker; its
gold text is that span, stripped of surrounding whitespace. A `tail` marker starts the site text
glued to the end of a block (it runs to the block's end). The headline is (block index, start,
end) into that block's text (end None = to the block's end; start/end may also be marker strings). Python 3 standard library only.
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
NOS_RSS = ("lorenzkort/nieuwschecker", "fd51ac1c7c23b191ef89d7d1a1eba0a841d92887", "article.json")
TEASERS = ("lorenzkort/nieuwschecker", "b22f59279f3257bb8b155f8f0bae8ad5201be05b", "data/output/articles.json")
FUNDUS = (
    "flairNLP/fundus",
    "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8",
    "tests/resources/parser/test_data/be/Nieuwsblad.json",
)
TT = ("LoranKloeze/teletekstbot-mastodon", "243641608102396767e688d2b21d68cfb1929559", "teletekst/mastodon_test.go")
TT190 = ("jebt/teletekst-nieuws", "33fc1cc094759a445e14e7cd7dd20df041076d1f", "test_teletekst_nieuws_lib.py")
DASH = ("meijbaard/newsdashboard", "eb0d3080b52c4902ad178940959ef5c89b4ca1a8", "data/news.json")

KINDS = {"headline", "lede", "paragraph", "subheading", "quote", "caption", "byline", "list_item", "site_text"}


def git_show(root: Path, repo: str, commit: str, path: str) -> str:
    base = root / repo.replace("/", "+") / "repo"
    gitdir = base / ".git" if (base / ".git").is_dir() else base
    if not gitdir.is_dir():
        sys.exit(f"no mirror for {repo} at {base}: fetch github:{repo} first")
    try:
        out = subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"cannot read {repo}@{commit[:10]}:{path}: {e.stderr.decode(errors='replace').strip()}")
    return out.decode("utf-8")


_cache: dict[str, object] = {}


def nos_entries(root: Path) -> dict[str, dict]:
    """article.json at that commit is a Python repr of a feedparser result (not JSON)."""
    if "nos" not in _cache:
        src = git_show(root, *NOS_RSS)
        src = re.sub(r"time\.struct_time\([^)]*\)", "None", src)  # the only non-literal in the repr
        feed = ast.literal_eval(src)
        _cache["nos"] = {e["link"]: e for e in feed["entries"]}
    return _cache["nos"]  # type: ignore[return-value]


def teasers(root: Path) -> dict[str, dict]:
    if "teasers" not in _cache:
        _cache["teasers"] = {a["link"]: a for a in json.loads(git_show(root, *TEASERS))}
    return _cache["teasers"]  # type: ignore[return-value]


def go_string_literal(src: str, opener: str) -> str:
    """The interpreted Go string literal that starts right after `opener`, unescaped."""
    at = src.index(opener) + len(opener)
    out, i = [], at
    esc = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    while src[i] != '"':
        if src[i] == "\\":
            out.append(esc[src[i + 1]])
            i += 2
        else:
            out.append(src[i])
            i += 1
    return "".join(out)


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields joined as the README says)."""
    src = spec["src"]
    if src == "nos_rss":
        e = nos_entries(root)[spec["link"]]
        # field joining (ours): title, blank line, summary (HTML as stored)
        return e["title"] + "\n\n" + e["summary"]
    if src == "teaser":
        a = teasers(root)[spec["link"]]
        # field joining (ours): title, blank line, summary
        return a["title"] + "\n\n" + a["summary"]
    if src == "fundus":
        v = json.loads(git_show(root, *FUNDUS))["V1"]
        # field joining (ours): title, summary paragraphs, then per section its headline lines and
        # paragraphs, all blank-line separated
        parts = [v["title"], *v["body"]["summary"]]
        for sec in v["body"]["sections"]:
            parts += sec["headline"] + sec["paragraphs"]
        return "\n\n".join(parts)
    if src == "dashboard":
        rows = json.loads(git_show(root, *DASH))
        a = rows[spec["row"]]  # row index in the list at the pinned commit, checked against its link
        if a["link"] != spec["link"] or a["source_id"] != spec["source_id"]:
            sys.exit(f"dashboard row {spec['row']} is not the expected item")
        # field joining (ours): title, blank line, description (when not empty)
        return a["title"] + ("\n\n" + a["description"] if a["description"] else "")
    if src == "teletekst190":
        # a teletekst page kept as a commented-out test string: the text between
        # `short_story_page_text = """` and the closing `"""`, with the comment marker '#' that
        # starts every following line removed (nothing else changed)
        py = git_show(root, *TT190)
        opener = 'short_story_page_text = """'
        at = py.index(opener) + len(opener)
        lines = py[at : py.index('"""', at)].split("\n")
        return "\n".join([lines[0]] + [ln[1:] if ln.startswith("#") else ln for ln in lines[1:]])
    if src == "teletekst":
        # the page HTML given as test input (the Go string literal `input := "..."`), unescaped
        return go_string_literal(git_show(root, *TT), 'input := "')
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
    """Cut the text at the start markers, in order; the blocks cover all non-space text."""
    starts: list[int] = []
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
        (HERE / f"{name}{ext}").write_text(text, encoding="utf-8")
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    where = "source texts to " + str(dump) if dump else "texts and gold files to " + str(HERE)
    print(f"wrote {len(LABELS)} {where}")


# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": ..., "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}

PROMO = "promo line of the podcast feed's 'Onze podcasts' list (other NOS podcasts, with links) - not part of this episode's text"
AD_LIVEBLOG = "pointer to the outlet's liveblog glued to the end of the RSS summary"

LABELS["nos_dedag"] = {
    "source": {"src": "nos_rss", "link": "https://nos.nl/l/2595598"},
    "headline": (0, 0, None),
    "blocks": [
        (
            "headline",
            "Podcast De Dag: het jaar",
            {"note": "'Podcast De Dag:' is part of the NOS title (names the programme); kept in the headline"},
        ),
        ("lede", "<p>Presentatoren van podcast"),
        ("paragraph", "<p>Marleen volgde"),
        ("site_text", "<p>Reageren? Mail", {"note": "comment prompt / contact address of the programme"}),
        ("byline", "<p>Presentatie, montage, redactie:", {"note": "production credits (who made the episode)"}),
        ("site_text", "<p>Deze aflevering van", {"note": "'listen here' link and 'do not forget to subscribe' promo"}),
        ("site_text", "<h2>Onze pod", {"note": "heading of the promo list of other podcasts"}),
        ("site_text", '<p><strong><em><a href="https://www.nporadio1.nl/podcasts/de-dag"', {"note": PROMO}),
        ("site_text", '<p><strong><em><a href="https://plinkhq.com', {"note": PROMO}),
        ("site_text", '<p><strong><em><a href="https://www.nporadio1.nl/podcasts/nos-met', {"note": PROMO}),
        ("site_text", '<p><strong><a href="https://www.nporadio1.nl/podcasts/het-beste', {"note": PROMO}),
        ("site_text", '<p><strong><em><a href="https://www.nporadio1.nl/podcasts/de-stemming', {"note": PROMO}),
        ("site_text", '<p><strong><em><a href="https://www.zapp.nl', {"note": PROMO}),
    ],
}

LABELS["nos_vuurwerk"] = {
    "source": {"src": "nos_rss", "link": "https://nos.nl/l/2595579"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Meer amputaties bij kinderen"),
        ("lede", "<p>De feestdagen moeten"),
        ("paragraph", "<p>Chirurgen, oogartsen"),
        ("paragraph", '<p>"Vijf jaar geleden'),
        (
            "caption",
            "<p><em>In deze video zie je",
            {
                "note": "intro line of the article's own embedded video (the video itself is not in the feed); kept as caption"
            },
        ),
        ("paragraph", "<p>Volgens Smits is"),
        ("paragraph", "<p>Als vuurwerkslachtoffers"),
        ("subheading", "<h2>Geen"),
        ("paragraph", "<p>Achteraf is er spijt"),
        ("paragraph", "<p>Verschillende chirurgenverenigingen"),
        (
            "caption",
            "<p><em>Hoe krachtig een cobra",
            {
                "note": "intro line of the article's own embedded video at the end; kept as caption (doubtful: with the video missing it points at nothing)"
            },
        ),
    ],
}

LABELS["nos_chrisrea"] = {
    "source": {"src": "nos_rss", "link": "https://nos.nl/l/2595626"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Zanger Chris Rea"),
        ("lede", "<p>De Britse zanger"),
        ("paragraph", "<p>Met zijn kenmerkende"),
        ("subheading", "<h2>B-k"),
        ("paragraph", "<p>Rea werd in 1951"),
        ("paragraph", "<p><em>Driving home for Christmas </em>werd"),
        (
            "caption",
            "<p><em>In december 1986",
            {"note": "italic caption of the article's own embedded video (Toppop clip)"},
        ),
        ("paragraph", "<p>Het succes in het Verenigd"),
        ("paragraph", "<p>In interviews vertelde"),
        ("paragraph", '<p>"We stonden steeds'),
        ("subheading", "<h2>Alvlees"),
        ("paragraph", "<p>Rea kampte"),
        ("paragraph", "<p>In 2016 kreeg Rea"),
    ],
}

LABELS["nos_gramsbergen"] = {
    "source": {"src": "nos_rss", "link": "https://nos.nl/l/2595587"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Aanrijding tussen auto"),
        ("lede", "<p>Bij een bewaakte"),
        ("paragraph", "<p>Het is nog onbekend"),
        ("paragraph", "<p>De botsing vond plaats"),
        ("paragraph", "<p>De politie doet ter plekke"),
    ],
}

LABELS["ad_starlink"] = {
    "source": {
        "src": "teaser",
        "link": "https://www.ad.nl/buitenland/rusland-werkt-aan-nieuw-wapen-om-satellieten-van-elon-musk-uit-te-schakelen~ae6aec96/",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "'Rusland werkt aan nieuw wapen"),
        ("lede", "Rusland werkt aan een nieuw wapen", {"tail": "Volg alle ontwikkelingen", "note": AD_LIVEBLOG}),
    ],
}

LABELS["ad_formatie"] = {
    "source": {
        "src": "teaser",
        "link": "https://www.ad.nl/politiek/informateur-letschert-kijkt-terug-op-goede-week-jetten-wil-na-jaarwisseling-met-andere-partijen-praten~a77f23a6/",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Informateur Letschert kijkt"),
        ("lede", "Informateur Rianne Letschert", {"tail": "Volg alles over de kabinetsformatie", "note": AD_LIVEBLOG}),
    ],
}

LABELS["ad_showbytes"] = {
    "source": {
        "src": "teaser",
        "link": "https://www.ad.nl/show/bridget-gaat-met-bontstola-naar-kerstfeestje-stefania-maakt-selfie-op-bijzondere-locatie~a73da5fb/",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Bridget gaat met bontstola"),
        (
            "site_text",
            "Korte updates van de sterren",
            {
                "note": "the standing intro of the 'Showbytes' rubric (the same for every instalment) and the closing 'this article is updated during the day' notice: site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was lede with the notice its tail)",
            },
        ),
    ],
}

LABELS["ad_akyol"] = {
    "source": {
        "src": "teaser",
        "link": "https://www.ad.nl/binnenland/zwijgen-is-makkelijk-maar-het-lost-geen-probleem-op~a571aa22/",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Zwijgen is makkelijk"),
        (
            "byline",
            "Özcan Akyol schrijft",
            {
                "note": "standing columnist blurb given as the RSS summary; labelled byline (doubtful: could be read as site text, it says nothing about this column)"
            },
        ),
    ],
}

LABELS["nrc_haagsezaken"] = {
    "source": {
        "src": "teaser",
        "link": "https://www.nrc.nl/nieuws/2025/12/20/haagse-zaken-xxl-de-grote-terugblikshow-2025-a4915944",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Haagse Zaken XXL"),
        (
            "lede",
            "In deze eindejaarsaflevering",
            {"note": "summary cut off by the feed with an ellipsis; no site text"},
        ),
    ],
}

LABELS["nd_carrie"] = {
    "source": {
        "src": "teaser",
        "link": "https://www.nd.nl/varia/varia/1297491/omroep-max-stopt-met-carrie-op-vrijdag-vanwege-bezuinigingen",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Omroep MAX stopt met Carrie"),
        ("lede", "Omroep MAX stopt met de talkshow"),
    ],
}

LABELS["nieuwsblad_verlinden"] = {
    "source": {"src": "fundus"},
    "headline": (0, 0, None),
    "blocks": [
        (
            "headline",
            "BIO. Annelies Verlinden",
            {
                "note": "'BIO. ' is a format label glued to the front of the headline; it stays in the gold headline "
                "(relabelled stop 38 to STRUCTURE_CONVENTIONS.md; the gold headline left it out)"
            },
        ),
        ("lede", "Annelies Verlinden (46) maakt"),
        ("paragraph", "Annelies Verlinden wordt in 1978"),
        ("paragraph", "Na haar studies"),
        ("paragraph", "In oktober 2020 tovert"),
        ("subheading", "Coronapan"),
        ("paragraph", "Begin vorig jaar onthult"),
        ("paragraph", "Verlinden wordt de eerste jaren"),
        ("subheading", "Overstrom"),
        (
            "paragraph",
            "Ook naast de coronapandemie",
            {
                "tail": "(Tekst gaat verder onder de foto.)",
                "note": "'text continues below the photo' notice glued to the paragraph",
            },
        ),
        ("paragraph", "Vivaldi houdt er"),
        ("paragraph", "Samen met MR-vicepremier"),
        ("subheading", "Chatb"),
        ("paragraph", "Met de pers heeft"),
        ("paragraph", "Die houding levert"),
    ],
}

TT_SEP = '<span class="yellow ">&#xF020;&#xF02c;'
LABELS["teletekst_camera"] = {
    "source": {"src": "teletekst"},
    "headline": (2, "Boete voor politie", " </span>"),
    "blocks": [
        (
            "site_text",
            '<span class="green "> NOS Teletekst',
            {"note": "page header: service name and page number (the line starts with spaces)"},
        ),
        ("site_text", TT_SEP, {"note": "row of teletext mosaic graphics (private-use characters) before the title"}),
        ("headline", '<span class="blue bg-blue "> </span>'),
        ("site_text", TT_SEP, {"note": "mosaic separator row and the bullet glyph before the first line"}),
        ("lede", '<span class="cyan "> De Autoriteit'),
        ("paragraph", '<span class="cyan "> De twee auto'),
        ("paragraph", '<span class="cyan "> Ook werden er'),
        ("site_text", TT_SEP, {"note": "mosaic separator row"}),
        (
            "site_text",
            '<span class="red "><a id="fastText1Red"',
            {"note": "fastext navigation: volgende / nieuws / weer&verkeer / sport"},
        ),
    ],
}

GOOGLE_DESC = (
    "Google News RSS description: the title repeated with the source name after it (aggregator "
    "furniture, no article text of its own)"
)
LABELS["gooi_ziekenhuis"] = {
    "source": {
        "src": "dashboard",
        "row": 66,
        "source_id": "gooieneemlander.nl",
        "link": "https://news.google.com/rss/articles/CBMi9wFBVV95cUxQMjhwV0tOUUV5VlVabFBOWFg1YTlaTlJmaXhzT21JcFlPTEJJem1ydFZrRnRlUjhjbUpUbkctcGk2S2RjdTlGTjVlQ1ZnNk1jNlpfMzNZMl81THJDRVQ1M2ptUy1WbHZwZngtNnFPTm1IUUVncVh5akFjV25pQUZaSHc5OFNJRVVaa2sybTJmZml0S0N3WFBJNXdabEFaZ3VFbmlpNGFUX3BUTmZlNmY1Vk1Wa3laQ1MyY2VabldXcUp1bjg2MUxJMVdJSm5RMjNyZlVGMVc1bkdoX1Uyd2hJN3NGajBBaFUtUjdTS2c4RHNLVml1N2U0?oc=5",
    },
    "headline": (0, 0, " - De Gooi- en Eemlander"),
    "blocks": [
        (
            "headline",
            "Ziekenhuis Baarn verhuist",
            {"tail": "- De Gooi- en Eemlander", "note": "site name appended to the title by Google News"},
        ),
        ("site_text", "Ziekenhuis Baarn verhuist", {"note": GOOGLE_DESC}),
    ],
}

LABELS["gooi_asielopvang"] = {
    "source": {
        "src": "dashboard",
        "row": 138,
        "source_id": "gooieneemlander.nl",
        "link": "https://news.google.com/rss/articles/CBMi8gFBVV95cUxPbkd3QXprVGpIYWNCVlpPNHp4Z1V3RkcyTXZIZU45THhsNFBRMXlIekE3RDFZcGU1ZmZvN3RVQ3Zia1h2S3BDMWdZeW51Q2Y2ZkJveHZnNUktbzVfUkQ1Nk1DZlIwd2VsUS15UURXN0tTXzBINkxHU2Y2ZHhoSHFlSk9vNXJYRENNTDlRclpwaElaRXlvR3EtZTBnRGZfMnhrQTNIcFluNzZGWENsM0RUM29FejJYWGplMUMyNEs1QThvbU1ET2FhdERwRlVVcEVhaGU4SkkzZUZ5Njgzd0xNY1d5Q09ON0w3MFM3UVJFeHRSdw?oc=5",
    },
    "headline": (0, 0, " [update]"),
    "blocks": [
        (
            "headline",
            "Uitstel tijdelijke asielopvang",
            {
                "tail": "[update] - De Gooi-",
                "note": "the '[update]' label and the site name appended by Google News are site text (doubtful for '[update]': the outlet's own label, part of its title)",
            },
        ),
        ("site_text", "Uitstel tijdelijke asielopvang", {"note": GOOGLE_DESC}),
    ],
}

LABELS["eemland1_afscheid"] = {
    "source": {
        "src": "dashboard",
        "row": 12,
        "source_id": "eemland1.nl",
        "link": "https://www.eemland1.nl/nieuws/politiek/afscheidsrede-vertrekkende-wethouders-baarn/",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Afscheidsrede vertrekkende"),
        (
            "lede",
            "De periode van 4 jaar",
            {
                "tail": "[&#8230;]",
                "note": "WordPress excerpt cut-off marker '[…]' (read-more) is site text; 'Hieronder de audio …' points at the article's own audio and is kept",
            },
        ),
    ],
}

PUA_ROW = "\uf020\uf02c"
LABELS["teletekst_190"] = {
    "source": {"src": "teletekst190"},
    "headline": None,
    "blocks": [
        (
            "site_text",
            "NOS Teletekst",
            {"note": "page header: service name and page number (the line starts with spaces)"},
        ),
        ("site_text", PUA_ROW, {"note": "row of teletext mosaic graphics (private-use characters)"}),
        (
            "site_text",
            "Kort nieuws",
            {
                "note": "page/section title of a page of short news items (section label, not a headline of either item); doubtful"
            },
        ),
        ("site_text", PUA_ROW, {"note": "mosaic separator row and the bullet glyph before the first item"}),
        (
            "paragraph",
            "De voorzitter van de politievakbond",
            {"note": "first short news item (no headline of its own)"},
        ),
        ("site_text", "\uf020\uf02f", {"note": "bullet glyph (private-use characters) before the second item"}),
        ("paragraph", "Op Nederlandse scholen", {"note": "second short news item"}),
        ("site_text", PUA_ROW, {"note": "mosaic separator row"}),
        ("site_text", "nieuws   sport", {"note": "fastext navigation line"}),
    ],
}

if __name__ == "__main__":
    main()
