"""One settings object, the only place that reads the environment (through pipeline.settings_sources) — and a
leaf: it imports nothing from the stages; the stages take their options (pipeline.model_options, built here) and the
default models from here.

Precedence: explicit values (CLI options) > BRIEF_* environment variables > a TOML file
(`--config FILE` or BRIEF_CONFIG) > defaults. The variables and the file are read (raw) by pipeline.settings_sources.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from pipeline.document import ModelRef
from pipeline.errors import SettingsError, unknown_setting
from pipeline.model_options import Quantization, SummaryOptions, TranslationOptions
from pipeline.settings_sources import (
    ENV_PREFIX,
    default_cache_dir,
    environment_values,
    parse_env,
    read_toml,
    settings_file,
)
from pipeline.times import checked_day

# Pinned hub revisions (commit hashes) of the default models: a pin makes a brief reproducible
# and the cache key meaningful. Sources for both hashes: scripts/research_notes.md.
DEFAULT_TRANSLATOR = ModelRef("Helsinki-NLP/opus-mt-nl-en", revision="48af999f2c59b10c05ca6e008dcedc07677a9b15")
DEFAULT_SUMMARIZER = ModelRef("sshleifer/distilbart-cnn-12-6", revision="a4f8f3ea906ed274767e9906dbaede7531d660ff")
DEFAULT_MAX_BYTES = 2_000_000  # a long news article is ~50 kB; anything near this is not an article


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


# Where the web edition is published and who gets what: operational, never part of a brief's cache
# key, the hit index or a known failure (pipeline.store.failures.OPERATIONAL).
DELIVERY_SETTINGS = frozenset(
    {
        "site_url", "smtp_host", "smtp_port", "smtp_security", "smtp_starttls", "smtp_ca_file", "smtp_username", "smtp_password", "smtp_from",
        "smtp_timeout", "mail_to", "notify_urls", "watch", "watch_growth", "failure_notify", "site_build",
    }
)  # fmt: skip


class BriefSettings(BaseModel):
    """Every setting; a value not given is read from BRIEF_<NAME> (in any case), else its default. Lists and tables in a variable are JSON (`BRIEF_FEEDS='[{"url": …}]'`).
    A plain pydantic model with its own reader: pydantic-settings cost a cache hit 60 ms of imports."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)  # `inf` is valid TOML and float('inf')

    translator: str = Field(DEFAULT_TRANSLATOR.name, description="hub id or local directory of the MarianMT model")
    translator_revision: str | None = Field(None, description="hub revision; default: the default model's pinned one")
    summarizer: str = Field(DEFAULT_SUMMARIZER.name, description="hub id or local directory of a seq2seq summarizer")
    summarizer_revision: str | None = None
    device: Literal["auto", "cpu", "cuda"] = "auto"
    backend: Literal["auto", "torch", "ct2"] = Field(
        "auto",
        description="auto: CTranslate2 when ctranslate2 is installed (a model is converted on first use), else torch",
    )
    models_dir: Path = Field(Path("models"), description="local model store (converted CTranslate2 models in ct2/)")
    quantization: Quantization = Field(
        "int8", description="which conversion the ct2 backend uses (brief models convert --quantization)"
    )
    batch_sentences: int | None = Field(
        None, ge=1, le=256, description="sentences per translation batch; default: measured at conversion, else 32"
    )
    num_beams: int | None = Field(None, ge=1, le=16, description="translation beams; default: the model's config")
    summary_num_beams: int | None = Field(None, ge=1, le=16)
    summary_max_length: int | None = Field(None, ge=8, le=1024)
    summary_min_length: int | None = Field(None, ge=0, le=1024)
    summary_length_penalty: float | None = Field(None, ge=-10, le=10, description="summarizer's beam length penalty")
    summary_no_repeat_ngram_size: int | None = Field(None, ge=0, le=16, description="n-grams a summary may not repeat")
    out_dir: Path = Path("outputs")
    cache_dir: Path | None = Field(
        None, description="sentence translation cache folder (local disk); default: $XDG_CACHE_HOME/dutch-brief"
    )
    sentence_cache: bool = Field(True, description="reuse translations of sentences seen before")
    require_dutch: bool = Field(True, description="refuse articles detected as another language")
    keep_all: bool = Field(False, description="set no site text aside: translate navigation, promos and notices too")
    lock_timeout: float = Field(3600, ge=0, le=86400, description="seconds to wait for another run on the same article")
    template_min_articles: int = Field(
        3, ge=2, le=1000, description="a line of an outlet repeated in this many of its other articles is its template"
    )
    template_window_days: int = Field(
        30, ge=1, le=3650, description="days of an outlet's articles a repeated line is counted over"
    )
    max_input_bytes: int = Field(DEFAULT_MAX_BYTES, ge=1)
    # unattended runs (flows/)
    inbox: Path = Field(Path("inbox"), description="folder the daily briefing scans for new articles")
    inbox_pattern: str | None = Field(
        None, description="glob of the inbox files to brief (default: every format `brief` reads, .txt .md .html …)"
    )
    max_concurrency: int = Field(2, ge=1, le=64, description="article groups the daily flow briefs at once")
    batch_articles: int = Field(
        20, ge=1, le=1000, description="articles per group: their sentences and summaries go to the models together"
    )
    dask_address: str | None = Field(None, description="scheduler address of an existing Dask cluster")
    day: Annotated[str | None, BeforeValidator(checked_day)] = Field(
        None,
        description="the day (YYYY-MM-DD, not after today in Amsterdam) a run's briefs are listed under; default: today",
    )
    # web input (pipeline/web/)
    feeds: list[FeedSource] = Field(default_factory=list, description="what `brief feeds poll` and daily runs poll")
    fetch_delay: float = Field(1.0, ge=0, le=3600, description="seconds between two requests to the same host")
    fetch_timeout: float = Field(
        20.0, gt=0, le=3600, description="seconds one request may take in all: connect, headers and the whole body"
    )
    fetch_private_hosts: list[str] = Field(
        default_factory=list,
        description="host or host:port entries that may be loopback/private/link-local (internal feeds); "
        "every other such address is refused",
    )
    fetch_retries: int = Field(2, ge=0, le=10, description="retries of a transient failure (timeout, 5xx, 429)")
    fetch_max_bytes: int = Field(5_000_000, ge=1024, description="largest page or feed fetched")
    fetch_max_wait: float = Field(120.0, ge=0, le=86400, description="longest Retry-After honoured; longer: give up")
    feed_new_entries: int = Field(30, ge=1, le=1000, description="new entries briefed per feed and poll; more wait")
    feed_missing_retry_hours: float = Field(
        6.0,
        ge=0,
        le=720,
        description="hours a teaser-only feed entry whose page answers 404 waits for it (asked again, spaced, and "
        "once after; 0: given up at once, then left until the entry changes)",
    )
    feed_entries: int = Field(50, ge=1, le=1000, description="briefs in OUT/feed.xml (the newest)")
    # the catalog (pipeline/catalog/): every record about the briefs, feeds, failures and days
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the catalog, e.g. postgresql+psycopg://user@host/brief (several machines); "
        "default: SQLite at OUT/catalog.sqlite",
    )
    feed_retention_days: float = Field(
        30.0, ge=0, le=36_500, description="days a feed entry no longer in its feed is remembered (then pruned)"
    )
    notify_webhook: str | None = Field(
        None,
        description="older form of failure_notify: a plain http(s) webhook URL, POSTed JSON {text, subject, body} "
        "(through Apprise's json:// plugin) when a daily run fails",
    )
    failure_notify: list[str] = Field(
        default_factory=list,
        description="e-mail addresses and/or Apprise URLs told when a daily briefing run fails",
    )

    # the web edition and delivery (pipeline/site, pipeline/deliver)
    site_build: bool = Field(
        True,
        description="bring OUT/site/ up to date after every daily run, and after `brief FILE` or `brief feeds poll` once `brief site build` has made it",
    )
    site_url: str | None = Field(
        None, pattern=r"^https?://\S+$", description="where OUT/site/ is published: e-mails link into it"
    )
    smtp_host: str | None = Field(None, description="SMTP server the briefing e-mail goes through")
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        "starttls",
        description="starttls: upgrade the connection (port 587; required); tls: TLS from the first byte (port 465); "
        "none: no encryption (a relay on this machine or a trusted network only; no login over it elsewhere)",
    )
    smtp_port: int | None = Field(None, ge=1, le=65535, description="default: 587 (starttls), 465 (tls), 25 (none)")
    smtp_ca_file: Path | None = Field(None, description="CA certificates (PEM) to trust for the SMTP server")
    smtp_starttls: bool | None = Field(None, description="older form of smtp_security: true = starttls, false = none")
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
                merged[name] = parse_env(raw, field.annotation)
        return merged

    @model_validator(mode="after")
    def _older_smtp_starttls(self) -> BriefSettings:
        """smtp_starttls (older form) decides when smtp_security is not given."""
        if self.smtp_starttls is not None and "smtp_security" not in self.model_fields_set:
            self.smtp_security = "starttls" if self.smtp_starttls else "none"
        return self

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


def _ref(name: str, revision: str | None, default: ModelRef) -> ModelRef:
    if revision is None and name == default.name:
        revision = default.revision
    return ModelRef(name=name, revision=revision)


def load_settings(config_file: Path | None = None, **overrides: Any) -> BriefSettings:
    """Build settings from a TOML file, BRIEF_* variables and explicit overrides (None = not given)."""
    file_values: dict[str, Any] = {}
    path = settings_file(config_file)
    if path is not None:
        file_values = read_toml(path)
    explicit = {k: v for k, v in overrides.items() if v is not None}
    env_keys = set(environment_values()) & set(BriefSettings.model_fields)
    init = {k: v for k, v in file_values.items() if k not in env_keys} | explicit
    _no_boolean_numbers(init)
    try:
        return BriefSettings(**init)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        name = str(first.get("loc", ("",))[0])
        if first.get("type") == "extra_forbidden" and where == name:  # a key of the file no setting has: a typo
            raise unknown_setting(name, BriefSettings.model_fields, name in file_values and path) from None
        json_list = name in env_keys and name not in explicit and first.get("type") in ("list_type", "dict_type")
        hint = f" (a list in a variable is JSON: {ENV_PREFIX}{name.upper()}='[\"…\"]')" if json_list else ""
        if first.get("type") == "value_error" and name == "day":  # the day's validator words its own line
            raise SettingsError(str(first.get("msg")).removeprefix("Value error, ")) from None
        raise SettingsError(f"invalid setting {where}: {first.get('msg')}{hint}") from None


def _no_boolean_numbers(values: dict[str, Any]) -> None:
    """`fetch_delay = false` in the file or `{"num_beams": true}` as a flow parameter: pydantic would read 0 and 1,
    while `BRIEF_FETCH_DELAY=false` is refused — refused at every way in (user48)."""
    for name, value in values.items():
        field = BriefSettings.model_fields.get(name)
        if isinstance(value, bool) and field is not None and _is_number(field.annotation):
            raise SettingsError(f"invalid setting {name}: a number, not {str(value).lower()}")


def _is_number(annotation: Any) -> bool:
    kinds = set(getattr(annotation, "__args__", (annotation,))) - {type(None)}
    return bool(kinds) and kinds <= {int, float}
