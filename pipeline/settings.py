"""One settings object, the only place that reads the environment — and a leaf: it imports
nothing from the stages; the stages take their options (and the default models) from here.

Precedence: explicit values (CLI options) > BRIEF_* environment variables > a TOML file
(`--config FILE` or BRIEF_CONFIG) > defaults.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.document import ModelRef
from pipeline.errors import SettingsError

# Pinned hub revisions (commit hashes) of the default models: a pin makes a brief reproducible
# and the cache key meaningful. Sources for both hashes: scripts/research_notes.md.
DEFAULT_TRANSLATOR = ModelRef("Helsinki-NLP/opus-mt-nl-en", revision="48af999f2c59b10c05ca6e008dcedc07677a9b15")
DEFAULT_SUMMARIZER = ModelRef("sshleifer/distilbart-cnn-12-6", revision="a4f8f3ea906ed274767e9906dbaede7531d660ff")
DEFAULT_MAX_BYTES = 2_000_000  # a long news article is ~50 kB; anything near this is not an article


@dataclass(frozen=True)
class TranslationOptions:
    num_beams: int | None = None  # None: the model's generation config decides
    max_batch_sentences: int = 32
    max_batch_tokens: int = 4096  # padded input tokens per batch
    length_ratio: float = 2.0  # output bound: ratio * input tokens + margin
    length_margin: int = 10
    bound_step: int = 8  # bounds rounded up to a multiple: a piece's bound never depends on its batch
    piece_tokens: int = 128  # size of the parts a too-long sentence is cut into
    retry_no_repeat_ngram_size: int = 3  # retry of a degenerate piece without digits
    retry_repetition_penalty: float = 1.3  # retry of a degenerate piece with digits (an n-gram ban would alter them)

    def generate_options(self) -> dict[str, Any]:
        return {} if self.num_beams is None else {"num_beams": self.num_beams}

    def describe(self) -> dict[str, Any]:
        """The settings that change the output (they go into the cache key and the brief)."""
        return {
            "num_beams": self.num_beams,
            "length_ratio": self.length_ratio,
            "length_margin": self.length_margin,
            "bound_step": self.bound_step,
            "piece_tokens": self.piece_tokens,
            "retry_no_repeat_ngram_size": self.retry_no_repeat_ngram_size,
            "retry_repetition_penalty": self.retry_repetition_penalty,
        }


@dataclass(frozen=True)
class SummaryOptions:
    """Overrides of the summarizer's generation config (None: the model's own value)."""

    num_beams: int | None = None
    max_length: int | None = None
    min_length: int | None = None
    length_penalty: float | None = None
    no_repeat_ngram_size: int | None = None

    def describe(self) -> dict[str, Any]:
        return {
            "num_beams": self.num_beams,
            "max_length": self.max_length,
            "min_length": self.min_length,
            "length_penalty": self.length_penalty,
            "no_repeat_ngram_size": self.no_repeat_ngram_size,
        }


class FeedSource(BaseModel):
    """One configured feed (`[[brief.feeds]]` in the TOML file)."""

    model_config = {"extra": "forbid", "frozen": True}
    url: str = Field(description="RSS or Atom feed URL (http or https)")
    name: str | None = Field(None, description="a label for `brief feeds list`")


class WatchList(BaseModel):
    """One watchlist (`[[brief.watch]]`): a message when a story first matches any of its terms."""

    model_config = {"extra": "forbid", "frozen": True}
    name: str = Field(min_length=1, max_length=200)
    terms: list[str] = Field(min_length=1, description="words or phrases, Dutch or English (whole words, any case)")
    notify: list[str] = Field(min_length=1, description="e-mail addresses and/or Apprise URLs (slack://, ntfy://, …)")


ENV_PREFIX = "BRIEF_"
# Where the web edition is published and who gets what: operational, never part of a brief's cache
# key, the hit index or a known failure (pipeline.store.failures.OPERATIONAL).
DELIVERY_SETTINGS = frozenset(
    {
        "site_url", "smtp_host", "smtp_port", "smtp_starttls", "smtp_username", "smtp_password", "smtp_from",
        "smtp_timeout", "mail_to", "notify_urls", "watch", "watch_growth",
    }
)  # fmt: skip


class BriefSettings(BaseModel):
    """Every setting; a value not given is read from BRIEF_<NAME> (in any case), else its default. Lists and tables in a variable are JSON (`BRIEF_FEEDS='[{"url": …}]'`).
    A plain pydantic model with its own reader: pydantic-settings cost a cache hit 60 ms of imports."""

    model_config = ConfigDict(extra="forbid")

    translator: str = Field(DEFAULT_TRANSLATOR.name, description="hub id or local directory of the MarianMT model")
    translator_revision: str | None = Field(
        None, description="hub revision; default: the pinned one for the default model"
    )
    summarizer: str = Field(DEFAULT_SUMMARIZER.name, description="hub id or local directory of a seq2seq summarizer")
    summarizer_revision: str | None = None
    device: Literal["auto", "cpu", "cuda"] = "auto"
    backend: Literal["auto", "torch", "ct2"] = Field(
        "auto",
        description="auto: CTranslate2 when ctranslate2 is installed (a model is converted on first use), else torch",
    )
    models_dir: Path = Field(Path("models"), description="local model store (converted CTranslate2 models in ct2/)")
    quantization: str = Field(
        "int8", description="which conversion the ct2 backend uses (brief models convert --quantization)"
    )
    batch_sentences: int | None = Field(
        None, ge=1, le=256, description="sentences per translation batch; default: measured at conversion, else 32"
    )
    num_beams: int | None = Field(None, ge=1, le=16, description="translation beams; default: the model's config")
    summary_num_beams: int | None = Field(None, ge=1, le=16)
    summary_max_length: int | None = Field(None, ge=8, le=1024)
    summary_min_length: int | None = Field(None, ge=0, le=1024)
    summary_length_penalty: float | None = Field(
        None, ge=-10, le=10, description="beam length penalty of the summarizer"
    )
    summary_no_repeat_ngram_size: int | None = Field(
        None, ge=0, le=16, description="n-grams the summary may not repeat"
    )
    out_dir: Path = Path("outputs")
    cache_dir: Path | None = Field(
        None, description="sentence translation cache folder (local disk); default: $XDG_CACHE_HOME/dutch-brief"
    )
    sentence_cache: bool = Field(True, description="reuse translations of sentences seen before")
    require_dutch: bool = Field(True, description="refuse articles detected as another language")
    keep_all: bool = Field(False, description="set no site text aside: translate navigation, promos and notices too")
    lock_timeout: float = Field(3600, ge=0, description="seconds to wait for another process briefing the same article")
    template_min_articles: int = Field(
        3, ge=2, le=1000, description="a line of an outlet repeated in this many of its other articles is its template"
    )
    template_window_days: int = Field(
        30, ge=1, le=3650, description="days of an outlet's articles a repeated line is counted over"
    )
    max_input_bytes: int = Field(DEFAULT_MAX_BYTES, ge=1)
    # unattended runs (flows/)
    inbox: Path = Field(Path("inbox"), description="folder the daily briefing scans for new articles")
    inbox_pattern: str = "*.txt"
    max_concurrency: int = Field(2, ge=1, le=64, description="article groups the daily flow briefs at once")
    batch_articles: int = Field(
        20, ge=1, le=1000, description="articles per group: their sentences and summaries go to the models together"
    )
    dask_address: str | None = Field(None, description="scheduler address of an existing Dask cluster")
    # web input (pipeline/web/)
    feeds: list[FeedSource] = Field(
        default_factory=list, description="feeds `brief feeds poll` and the daily flow poll"
    )
    fetch_delay: float = Field(1.0, ge=0, description="seconds between two requests to the same host")
    fetch_timeout: float = Field(
        20.0, gt=0, description="seconds one request may take in all: connect, headers and the whole body"
    )
    fetch_private_hosts: list[str] = Field(
        default_factory=list,
        description="host or host:port entries that may be loopback/private/link-local (internal feeds); "
        "every other such address is refused",
    )
    fetch_retries: int = Field(2, ge=0, le=10, description="retries of a transient failure (timeout, 5xx, 429)")
    fetch_max_bytes: int = Field(5_000_000, ge=1024, description="largest page or feed fetched")
    fetch_max_wait: float = Field(120.0, ge=0, description="longest Retry-After honoured; longer: give up for now")
    feed_new_entries: int = Field(30, ge=1, le=1000, description="new entries briefed per feed and poll; more wait")
    feed_entries: int = Field(50, ge=1, le=1000, description="briefs in OUT/feed.xml (the newest)")
    # the catalog (pipeline/catalog/): every record about the briefs, feeds, failures and days
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the catalog, e.g. postgresql+psycopg://user@host/brief (several machines); "
        "default: SQLite at OUT/catalog.sqlite",
    )
    feed_retention_days: float = Field(
        30.0, ge=0, description="days a feed entry no longer in its feed is remembered (then pruned)"
    )
    notify_webhook: str | None = Field(
        None,
        description="webhook URL told when a daily briefing run fails (Slack, Teams, ntfy: JSON {text, subject, body})",
    )

    # the web edition and delivery (pipeline/site, pipeline/deliver)
    site_url: str | None = Field(
        None, pattern=r"^https?://\S+$", description="where OUT/site/ is published: e-mails link into it"
    )
    smtp_host: str | None = Field(None, description="SMTP server the briefing e-mail goes through")
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_starttls: bool = Field(True, description="upgrade the SMTP connection with STARTTLS (required when set)")
    smtp_username: str | None = None
    smtp_password: str | None = Field(None, description="better in BRIEF_SMTP_PASSWORD than in a file")
    smtp_from: str | None = Field(
        None, pattern=r"^[^\s<>@,;]+@[^\s<>@,;]+$", description="the From address of briefing e-mails"
    )
    smtp_timeout: float = Field(30.0, gt=0, le=600, description="seconds to connect and for each SMTP reply")
    mail_to: list[str] = Field(default_factory=list, description="who gets the day's briefing by e-mail")
    notify_urls: list[str] = Field(
        default_factory=list, description="Apprise URLs the day's briefing goes to (Slack, Teams, Matrix, ntfy, …)"
    )
    watch: list[WatchList] = Field(default_factory=list, description="watchlists ([[brief.watch]] name/terms/notify)")
    watch_growth: bool = Field(False, description="also notify when a matching story grows (new articles)")

    @model_validator(mode="before")
    @classmethod
    def _environment(cls, data: Any) -> Any:
        """Explicit values win; the settings not given come from BRIEF_* variables."""
        if not isinstance(data, dict):
            return data
        merged = dict(data)
        environment = environment_values()
        for name, field in cls.model_fields.items():
            if name in merged:
                continue
            raw = environment.get(name)
            if raw is not None:
                merged[name] = _parse_env(raw, field.annotation)
        return merged

    def translator_ref(self) -> ModelRef:
        return _ref(self.translator, self.translator_revision, DEFAULT_TRANSLATOR)

    def summarizer_ref(self) -> ModelRef:
        return _ref(self.summarizer, self.summarizer_revision, DEFAULT_SUMMARIZER)

    def sentence_cache_path(self) -> Path:
        return (self.cache_dir or default_cache_dir()) / "translations.sqlite"

    def translation_options(self) -> TranslationOptions:
        if self.batch_sentences is None:
            return TranslationOptions(num_beams=self.num_beams)
        return TranslationOptions(num_beams=self.num_beams, max_batch_sentences=self.batch_sentences)

    def summary_options(self) -> SummaryOptions:
        return SummaryOptions(
            num_beams=self.summary_num_beams,
            max_length=self.summary_max_length,
            min_length=self.summary_min_length,
            length_penalty=self.summary_length_penalty,
            no_repeat_ngram_size=self.summary_no_repeat_ngram_size,
        )


def environment_values() -> dict[str, str]:
    """The BRIEF_* variables by setting name; names are not case-sensitive (brief_device works)."""
    prefix = ENV_PREFIX.lower()
    return {key[len(prefix) :].lower(): value for key, value in os.environ.items() if key.lower().startswith(prefix)}


def _parse_env(raw: str, annotation: Any) -> Any:
    """A variable's text as the setting's value: JSON for lists and tables (pydantic validates
    and converts the rest: numbers, booleans, paths, choices)."""
    import json
    import types
    import typing

    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    kinds = {typing.get_origin(a) or a for a in (typing.get_args(annotation) if union else (annotation,))}
    if kinds & {list, dict}:
        try:
            return json.loads(raw)
        except ValueError:
            return raw  # pydantic names the setting and what it expected
    return raw


def default_cache_dir() -> Path:
    """Per-user, on local disk (SQLite's WAL mode must not live on a network file system)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dutch-brief"


def _ref(name: str, revision: str | None, default: ModelRef) -> ModelRef:
    if revision is None and name == default.name:
        revision = default.revision
    return ModelRef(name=name, revision=revision)


def load_settings(config_file: Path | None = None, **overrides: Any) -> BriefSettings:
    """Build settings from a TOML file, BRIEF_* variables and explicit overrides (None = not given)."""
    file_values: dict[str, Any] = {}
    path = config_file or (Path(os.environ["BRIEF_CONFIG"]) if os.environ.get("BRIEF_CONFIG") else None)
    if path is not None:
        file_values = _read_toml(path)
    explicit = {k: v for k, v in overrides.items() if v is not None}
    env_keys = set(environment_values()) & set(BriefSettings.model_fields)
    init = {k: v for k, v in file_values.items() if k not in env_keys} | explicit
    try:
        return BriefSettings(**init)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        raise SettingsError(f"invalid setting {where}: {first.get('msg')}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"config file {path} not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"config file {path} is not valid TOML ({exc})") from None
    section = data.get("brief", data)
    if not isinstance(section, dict):
        raise SettingsError(f"config file {path}: [brief] must be a table")
    return {key.replace("-", "_"): value for key, value in section.items()}
