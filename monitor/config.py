"""Configuration: TOML → validated pydantic models (DESIGN.md "Configuration").

Every key is optional; unknown keys are errors that name the key, the file and its line.
Secrets never sit in the file: a channel names the environment variable holding each one.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from monitor.errors import ConfigError

DEFAULT_PUBLISHER = {"ftc": "ftc-press", "federal_register": "federal-register"}
SOURCE_KINDS = ("ftc", "federal_register", "rss", "html_list")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class StorageConfig(_Strict):
    db: str = "regwatch.db"


class HttpConfig(_Strict):
    user_agent: str = "regwatch/0.1 (+https://github.com/regwatch/regwatch)"
    timeout_seconds: float = Field(30.0, gt=0, le=600)
    connect_timeout_seconds: float = Field(10.0, gt=0, le=600)
    max_bytes: int = Field(10_000_000, gt=0)
    max_redirects: int = Field(5, ge=0, le=20)
    max_backoff_hours: float = Field(6.0, gt=0)


class ScheduleConfig(_Strict):
    interval_minutes: float = Field(30.0, gt=0)
    jitter_seconds: int = Field(30, ge=0)
    delivery_interval_seconds: int = Field(30, gt=0)
    heartbeat_seconds: int = Field(60, gt=0)


class WatchlistConfig(_Strict):
    file: str | None = None


class AlertsConfig(_Strict):
    lookback_days: int = Field(14, ge=0)
    broken_after_failures: int = Field(5, ge=1)
    max_attempts: int = Field(12, ge=1)
    stuck_after_minutes: int = Field(60, ge=1)


class MetricsConfig(_Strict):
    port: int | None = Field(None, ge=0, le=65535)
    host: str = "0.0.0.0"


class HtmlSelectors(_Strict):
    item: str
    title: str
    link: str | None = None
    date: str | None = None
    summary: str | None = None


class SourceConfig(_Strict):
    name: str = Field(min_length=1)
    kind: Literal["ftc", "federal_register", "rss", "html_list"]
    url: str
    publisher: str | None = None
    # the authority whose own releases the source lists ("Texas AG"): the regulator of an item
    # whose text names none ("Attorney General Ken Paxton Sues Google")
    regulator: str | None = Field(None, min_length=1)
    interval_minutes: float | None = Field(None, gt=0)
    enabled: bool = True
    full_text: bool = True  # ftc: fetch each new release page for its body text
    full_text_hosts: list[str] = Field(default_factory=list)
    max_pages: int = Field(3, ge=1, le=100)  # federal_register: pages followed on the first poll
    selectors: HtmlSelectors | None = None  # html_list only

    @field_validator("url")
    @classmethod
    def _scheme(cls, v: str) -> str:
        if not re.match(r"^(https?|file)://", v, re.I):
            raise ValueError("must start with http://, https:// or file://")
        return v

    @model_validator(mode="after")
    def _defaults(self) -> SourceConfig:
        if self.publisher is None:
            self.publisher = DEFAULT_PUBLISHER.get(self.kind, "news")
        if self.kind == "html_list" and self.selectors is None:
            raise ValueError("an html_list source needs [source.selectors] with item and title")
        return self


class ChannelConfig(_Strict):
    name: str = Field(min_length=1)
    kind: Literal["slack", "email", "console", "webhook"]
    enabled: bool = True
    # slack
    token_env: str | None = None
    webhook_url_env: str | None = None
    channel: str | None = None
    api_url: str = "https://slack.com/api/"
    # email
    smtp_host: str | None = None
    smtp_port: int | None = Field(None, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username_env: str | None = None
    password_env: str | None = None
    from_: str | None = Field(None, alias="from")
    to: list[str] = Field(default_factory=list)
    timeout_seconds: float = Field(30.0, gt=0)
    # webhook (generic JSON POST)
    url_env: str | None = None
    url: str | None = None
    # routing
    topics: list[Literal["data_sourcing", "model_deletion"]] | None = None
    regulators: list[str] | None = None
    vendors: list[str] | None = None
    min_score: float = Field(0.0, ge=0, le=1)
    only_watchlist: bool = True
    digest: Literal["daily"] | None = None

    @model_validator(mode="after")
    def _needs(self) -> ChannelConfig:
        if self.kind == "slack" and not (self.token_env or self.webhook_url_env):
            raise ValueError("a slack channel needs token_env or webhook_url_env")
        if self.kind == "slack" and self.token_env and not self.channel:
            raise ValueError("a slack channel with token_env needs channel")
        if self.kind == "email" and not (self.smtp_host and self.from_ and self.to):
            raise ValueError("an email channel needs smtp_host, from and to")
        if self.kind == "webhook" and not (self.url or self.url_env):
            raise ValueError("a webhook channel needs url or url_env")
        return self


class Config(_Strict):
    storage: StorageConfig = Field(default_factory=StorageConfig)
    http: HttpConfig = Field(default_factory=HttpConfig)
    schedule: ScheduleConfig = Field(default_factory=ScheduleConfig)
    watchlist: WatchlistConfig = Field(default_factory=WatchlistConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)
    metrics: MetricsConfig = Field(default_factory=MetricsConfig)
    source: list[SourceConfig] | None = None
    channel: list[ChannelConfig] = Field(default_factory=list)
    # Where the file was, for resolving relative paths; not a key.
    base_dir: Path = Field(default_factory=Path.cwd, exclude=True)

    @model_validator(mode="after")
    def _unique(self) -> Config:
        for kind, items in (("source", self.source or []), ("channel", self.channel)):
            seen: set[str] = set()
            for item in items:
                if item.name in seen:
                    raise ValueError(f"two [[{kind}]] tables are named {item.name!r}")
                seen.add(item.name)
        return self

    @property
    def sources(self) -> list[SourceConfig]:
        """The configured sources, or the built-in ones when the file names none."""
        return self.source if self.source is not None else builtin_sources()

    def resolve(self, path: str) -> Path:
        """A path from the file, relative to the file's folder."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    def interval_for(self, source: SourceConfig) -> float:
        return source.interval_minutes or self.schedule.interval_minutes


def builtin_sources() -> list[SourceConfig]:
    """The sources `regwatch run` polls with no configuration at all."""
    gnews = "https://news.google.com/rss/search?hl=en-US&gl=US&ceid=US:en&q="
    raw: list[dict[str, Any]] = [
        {"name": "ftc-press", "kind": "ftc", "url": "https://www.ftc.gov/feeds/press-release.xml"},
        {
            "name": "ftc-consumer-protection",
            "kind": "ftc",
            "url": "https://www.ftc.gov/feeds/press-release-consumer-protection.xml",
        },
        {
            "name": "ftc-competition",
            "kind": "ftc",
            "url": "https://www.ftc.gov/feeds/press-release-competition.xml",
        },
        {
            "name": "federal-register-ftc",
            "kind": "federal_register",
            "url": "https://www.federalregister.gov/api/v1/documents.json"
            "?conditions[agencies][]=federal-trade-commission&order=newest&per_page=100",
        },
        {
            "name": "edpb-news",
            "kind": "rss",
            "publisher": "edpb",
            "url": "https://www.edpb.europa.eu/feed/news_en",
        },
        {
            "name": "ai-incident-database",
            "kind": "rss",
            "publisher": "news",
            "url": "https://incidentdatabase.ai/rss.xml",
        },
        {
            "name": "gnews-algorithmic-disgorgement",
            "kind": "rss",
            "url": gnews + "%22algorithmic+disgorgement%22",
        },
        {
            "name": "gnews-model-deletion",
            "kind": "rss",
            "url": gnews + "FTC+order+delete+models+OR+algorithms+trained",
        },
    ]
    return [SourceConfig(**r) for r in raw]


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best-effort line number in the TOML text for a pydantic error location."""
    keys = [k for k in loc if isinstance(k, str)]
    if not keys:
        return None
    lines = text.splitlines()
    # Tables of arrays: find the n-th [[name]] header, then the key after it.
    start = 0
    if loc and isinstance(loc[0], str) and len(loc) > 1 and isinstance(loc[1], int):
        header = re.compile(rf"^\s*\[\[\s*{re.escape(loc[0])}\s*\]\]")
        count = -1
        for i, line in enumerate(lines):
            if header.match(line):
                count += 1
                if count == loc[1]:
                    start = i
                    break
        keys = keys[1:]
        if not keys:
            return start + 1
    elif keys:
        header = re.compile(rf"^\s*\[\s*{re.escape(keys[0])}\s*\]")
        for i, line in enumerate(lines):
            if header.match(line):
                start = i
                break
    key = keys[-1]
    pat = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
    for i in range(start, len(lines)):
        if pat.match(lines[i]):
            return i + 1
    return start + 1 if start else None


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_config(text: str, path: Path | None = None) -> Config:
    """Validate TOML text; errors name the key, the file and the line."""
    where = str(path) if path else "<config>"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}", "fix the syntax at that line") from exc
    base = path.parent if path else Path.cwd()
    try:
        return Config(**data, base_dir=base)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if p not in ("function-after",))
            line = _line_of(text, loc)
            at = f"{where}:{line}" if line else where
            key = _dotted(loc) or "(top level)"
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key"
            problems.append(f"{at}: {key}: {msg}")
        raise ConfigError(
            "; ".join(problems), "see config.example.toml for every key and its meaning"
        ) from exc


def load_config(path: str | os.PathLike[str] | None) -> Config:
    """Load the config file at ``path``; ``None`` gives the built-in defaults."""
    if path is None:
        return Config()
    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{p}: no such file", "check --config or REGWATCH_CONFIG") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read: {exc}") from exc
    return parse_config(text, p.resolve())


def secret(name: str | None) -> str | None:
    """The value of the environment variable ``name``, or of the file named by ``name_FILE``."""
    if not name:
        return None
    value = os.environ.get(name)
    if value:
        return value
    file = os.environ.get(f"{name}_FILE")
    if file:
        try:
            return Path(file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{name}_FILE={file}: cannot read: {exc}") from exc
    return None
