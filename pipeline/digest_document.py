"""The data of the day's digest (split from pipeline.document): its entries, failures and stories — frozen
dataclasses, nothing else."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DigestEntry:
    title: str
    summary: str
    brief: str  # the brief's file name, relative to the digest
    source_name: str
    key: str


@dataclass(frozen=True)
class DigestFailure:
    source_name: str
    message: str


@dataclass(frozen=True)
class DigestStoryArticle:
    entry: DigestEntry  # its brief (title, summary, file, key)
    outlet: str
    also: tuple[str, ...] = ()  # outlets that ran a copy of it ("also published by")
    changed: bool = False  # its page changed and was briefed again: `entry` is the newest brief


@dataclass(frozen=True)
class DigestStory:
    """One story of the day's digest (pipeline.storydesk.day), best first."""

    title: str
    summary: str
    outlets: tuple[str, ...]
    key_names: tuple[str, ...]
    day: int  # the story's day number: 1 on its first day, N when it continues ("developing — day N")
    articles: tuple[DigestStoryArticle, ...]  # the originals, by time; copies are named in `also`
    top: bool  # one of the day's top stories
    notes: tuple[str, ...] = ()  # numbers its summary prints that its articles do not
    copies: tuple[str, ...] = ()  # cache keys of its wire copies (shown once, as "also published by")
