"""Site text and bylines of a web page's edges by shape (issue 21, round 5; the expressions are data:
pipeline.text.edge_rules):

byline    an author's box at the top: a person's name on its line and the role under it in lower case
          ("Anna de Vries" / "redacteur Binnenland"), however often the page repeats the box; and anywhere,
          the author's role alone on the line under a byline ("Door Anna de Vries" / "Redacteur")
embed     an embedded post's account name and "@handle" above its text, and its time and date lines below
          it ("17:03" / "3 november 2023"); the post's text stays, as a quote
prompt    at the tail, a short question and exclamation on one line ("Vragen? Mail ons!")
people    at the tail, a heading naming a staff box ("Presentatoren", "Redactie", "Medewerkers aan dit artikel")
          and two or more lines of only a person's name each, to the text's end; or an author card: its photo's
          alt text "Foto van <name>" right above the line <name> (and a staff heading right above them)
dossier   at the tail, a topic box: a short title and the count of its articles ("Verkiezingen" / "112 artikelen")
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import edge_rules as rules
from pipeline.text import patterns, scrape_rules
from pipeline.text.page_edges import running_text
from pipeline.text.segment import split_sentences

ROLE_LINE = re.compile(rules.ROLE_LINE)
HANDLE_LINE = re.compile(rules.HANDLE_LINE)
AUTHOR_MORE_LINK = re.compile(scrape_rules.AUTHOR_MORE_LINK, re.IGNORECASE)
AUTHOR_BIO_LINK = re.compile(scrape_rules.AUTHOR_BIO_LINK)
EMBED_TIME = re.compile(rules.EMBED_TIME)
EMBED_DATE = re.compile(rules.EMBED_DATE)
PROMPT_LINE = re.compile(rules.PROMPT_LINE)
DOSSIER_COUNT = re.compile(rules.DOSSIER_COUNT, re.IGNORECASE)
AVATAR_LINE = re.compile(rules.AVATAR_LINE, re.IGNORECASE)
BIO_VERB = re.compile(scrape_rules.BIO_VERB)
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.SITE_TEXT)


def _sentence(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and patterns.ends_sentence(block.text)


def author_boxes(blocks: Sequence[Block]) -> list[Block]:
    """At the top (after the first line, above any paragraph ending a sentence), a person's name on its line
    right above a short lower-case role line of two words or more: both are the byline."""
    out = list(blocks)
    end = next((i for i, b in enumerate(out) if _sentence(b)), len(out))
    for i in range(1, end - 1):
        name, role = out[i], out[i + 1]
        if (
            name.kind in _LINE_KINDS
            and role.kind in _LINE_KINDS
            and patterns.is_person_name(name.text.strip())
            and ROLE_LINE.match(role.text.strip())
        ):
            out[i], out[i + 1] = Block(BlockKind.BYLINE, name.text), Block(BlockKind.BYLINE, role.text)
    for i in range(1, len(out)):
        if out[i - 1].kind is BlockKind.BYLINE and out[i].kind in _LINE_KINDS and _role_alone(out[i].text):
            out[i] = Block(BlockKind.BYLINE, out[i].text)
    return out


def _role_alone(text: str) -> bool:
    """The author's role alone on its line under a byline ("Redacteur", "Politiek verslaggever")."""
    words = text.split()
    if not 1 <= len(words) <= rules.ROLE_UNDER_BYLINE_MAX_WORDS or not all(w.isalpha() for w in words):
        return False
    return words[-1].casefold().endswith(rules.AUTHOR_ROLE_NOUNS)


def embedded_posts(blocks: Sequence[Block]) -> list[Block]:
    """A "@handle" line (under a short name line) whose post's text ends, a few lines on, in a time line and a
    date line: the name, the handle, the time and the date are the embed's; the text between is a quote."""
    out = list(blocks)
    for h, block in enumerate(out):
        if block.kind not in _LINE_KINDS or not HANDLE_LINE.match(block.text.strip()):
            continue
        end = _post_end(out, h)
        if end is None:
            continue
        name = h - 1
        if name >= 0 and out[name].kind in _LINE_KINDS and _name_line(out[name].text):
            out[name] = Block(BlockKind.SITE_TEXT, out[name].text, reason="embed")
        for i in (h, end, end + 1):
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="embed")
        for i in range(h + 1, end):
            if out[i].kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING):
                out[i] = Block(BlockKind.QUOTE, out[i].text)
    return out


def _post_end(blocks: Sequence[Block], handle: int) -> int | None:
    """The index of the post's time line (its date line right after it), if the post has text before it."""
    last = min(len(blocks) - 1, handle + 1 + rules.EMBED_MAX_LINES)
    for i in range(handle + 2, last):
        if EMBED_TIME.match(blocks[i].text.strip()) and EMBED_DATE.match(blocks[i + 1].text.strip()):
            return i
    return None


def _name_line(text: str) -> bool:
    return patterns.word_count(text) <= rules.EMBED_NAME_MAX_WORDS and not patterns.ends_sentence(text)


def tail_boxes(blocks: Sequence[Block]) -> list[Block]:
    """After the last paragraph of running text: a prompt line, a heading over a list of names, a topic box."""
    out = list(blocks)
    last = max((i for i, b in enumerate(out) if running_text(b)), default=None)
    if last is None:
        return out
    names_from = _names_from(out)  # found once: the tail's closing run of name lines
    for i in range(last + 1, len(out)):
        block = out[i]
        if block.kind not in _LINE_KINDS or block.kind is BlockKind.SITE_TEXT:
            continue
        text = block.text.strip()
        if PROMPT_LINE.match(text) and patterns.word_count(text) <= rules.PROMPT_MAX_WORDS:
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="prompt")
        elif card := _author_card(out, i):
            for j in card:
                out[j] = Block(BlockKind.SITE_TEXT, out[j].text, reason="people")
        elif i + 1 == names_from and len(out) - names_from >= rules.PEOPLE_MIN_NAMES and _staff_heading(text):
            for j in range(i, len(out)):
                out[j] = Block(BlockKind.SITE_TEXT, out[j].text, reason="people")
            break
        elif not _box_heading(text):
            continue
        elif i + 1 < len(out) and DOSSIER_COUNT.match(out[i + 1].text.strip()):
            for j in (i, i + 1):
                out[j] = Block(BlockKind.SITE_TEXT, out[j].text, reason="dossier")
    return out


def _author_card(blocks: Sequence[Block], i: int) -> list[int]:
    """The indexes of an author card at `i`: the photo's alt text "Foto van <name>" and the next line <name>
    itself, with the staff heading right above them ("Auteur"); [] when the lines are not such a card."""
    avatar = AVATAR_LINE.match(blocks[i].text.strip())
    if not avatar or i + 1 >= len(blocks) or blocks[i + 1].kind not in (*_LINE_KINDS, BlockKind.BYLINE):
        return []
    if " ".join(blocks[i + 1].text.split()) != " ".join(avatar.group("name").split()):
        return []
    heading = i >= 1 and blocks[i - 1].kind in _LINE_KINDS and _staff_heading(blocks[i - 1].text)
    return [i - 1, i, i + 1] if heading else [i, i + 1]


def _staff_heading(text: str) -> bool:
    """A heading naming a site's staff box ("Presentatoren", "Medewerkers aan dit artikel"): only such a heading
    sets names aside — over names at a news text's end a heading is as often the story's own list (the victims,
    a line-up, a jury), which has the same shape."""
    return " ".join(text.casefold().rstrip(":").split()) in rules.STAFF_BOX_HEADINGS


def _box_heading(text: str) -> bool:
    return (
        patterns.word_count(text) <= rules.BOX_HEADING_MAX_WORDS
        and not patterns.ends_sentence(text)
        and not text.endswith(":")
    )


def _names_from(blocks: Sequence[Block]) -> int:
    """Where the closing run of lines that are each only a person's name begins (len(blocks): none)."""
    start = len(blocks)
    while (
        start > 0
        and blocks[start - 1].kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
        and patterns.is_person_name(blocks[start - 1].text.strip())
    ):
        start -= 1
    return start


def author_bios(blocks: Sequence[Block]) -> list[Block]:
    """The text's closing author box: after running text, a person's name on its line, at most a few lines of bio
    and last a link to the author's page ("Meer..."): the name is the byline, the bio and the link the site's."""
    out = list(blocks)
    if not out or not AUTHOR_MORE_LINK.search(out[-1].text.strip()):
        return out
    first = max(0, len(out) - 2 - scrape_rules.AUTHOR_BIO_MAX_LINES)
    for n in range(len(out) - 2, first - 1, -1):
        name = out[n]
        if name.kind not in _LINE_KINDS or not patterns.is_person_name(name.text.strip()):
            continue
        bio = out[n + 1 :]
        words = sum(patterns.word_count(b.text) for b in bio)
        if (
            words <= scrape_rules.AUTHOR_BIO_MAX_WORDS
            and any(_bio(b.text) for b in bio)
            and any(_article_text(b) for b in out[:n])
        ):
            out[n] = Block(BlockKind.BYLINE, name.text)
            out[n + 1 :] = [Block(BlockKind.SITE_TEXT, b.text, reason="author") for b in bio]
        break
    return out


def _article_text(block: Block) -> bool:
    """A paragraph long enough to be the article's (it may end in a quoted line rather than a full stop)."""
    words = patterns.word_count(block.text)
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and words >= scrape_rules.AUTHOR_BOX_AFTER_WORDS


def _bio(text: str) -> bool:
    """A line of an author's bio: a link to the author's page or handle, or a writer's role ("is journalist")."""
    words = (w.strip(".,;:()").casefold() for w in text.split())
    return bool(AUTHOR_BIO_LINK.search(text)) or any(w.endswith(rules.AUTHOR_ROLE_NOUNS) for w in words)


def verb_bios(blocks: Sequence[Block]) -> list[Block]:
    """The author's bio without its subject at the text's end (helper site27): after the article's running text, a
    person's name on its line, then one paragraph of at most BIO_MAX_WORDS words whose every sentence opens with a
    verb, two sentences or more ("Fietst door de provincie op zoek naar bruggen. Schrijft over erfgoed."), then only
    site text (a newsletter's signup) or nothing: the name is the byline, the bio the site's. Not when the text
    named that person before (a box about the interviewee: "Anna de Vries / Woont in Zwolle. Werkt als …"), nor when
    an earlier name has such a paragraph too (the last of the article's own series of short portraits)."""
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    if len(kept) < 3:
        return out
    name, bio = kept[-2], kept[-1]
    if (
        bio != name + 1
        or out[name].kind not in _LINE_KINDS
        or not patterns.is_person_name(out[name].text.strip())
        or out[bio].kind is not BlockKind.PARAGRAPH
        or patterns.word_count(out[bio].text) > scrape_rules.BIO_MAX_WORDS
        or not any(running_text(out[i]) for i in kept[:-2])
        or _named_before(out[name].text, out[:name])  # a portrait's box about someone the text is about
        or any(_name_and_bio(out[k], out[k + 1]) for k in kept[:-3])  # the last of the text's series of portraits
    ):
        return out
    if _name_and_bio(out[name], out[bio]):
        out[name] = Block(BlockKind.BYLINE, out[name].text)
        out[bio] = Block(BlockKind.SITE_TEXT, out[bio].text, reason="author")
    return out


def _name_and_bio(name: Block, bio: Block) -> bool:
    """A person's name on its line, then a paragraph of sentences that each open with a third-person verb."""
    if (
        name.kind not in _LINE_KINDS
        or bio.kind is not BlockKind.PARAGRAPH
        or not patterns.is_person_name(name.text.strip())
    ):
        return False
    sentences = bio.sentences if bio.sentences is not None else split_sentences(bio.text)
    return len(sentences) >= scrape_rules.BIO_MIN_SENTENCES and all(_verb_first(s) for s in sentences)


def _verb_first(sentence: str) -> bool:
    words = sentence.split()
    return (
        len(words) >= 3
        and not sentence.rstrip("\"'’” ").endswith("?")  # a question to the reader, not a bio
        and bool(BIO_VERB.match(sentence))
        and words[0].casefold() not in scrape_rules.BIO_NOT_VERBS
        and words[1].strip(",").casefold() not in scrape_rules.BIO_SUBJECTS
    )


def _named_before(name: str, blocks: Sequence[Block]) -> bool:
    """The surname, or the first name a portrait calls its subject by ("Anna begon …"), appears earlier."""
    parts = name.split()
    names = {parts[-1]} | ({parts[0]} if len(parts) > 1 and len(parts[0]) >= 3 else set())
    return any(re.search(rf"\b{re.escape(n)}\b", b.text) for n in names for b in blocks)
