"""Source adapters: one module per kind, turning fetched bytes into normalised ``Entry`` values.

Every ``sources/<kind>.py`` has a pure ``parse(body, url, headers, source) -> list[Entry]`` and a
``poll(fetcher, source, state) -> PollResult`` that fetches and calls it. Adding a kind is one
module, one fixture and one line in ``REGISTRY`` (bottom of this file).
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import ModuleType

from monitor.config import SourceConfig
from monitor.fetch import Fetcher, Response
from monitor.models import Entry


@dataclass
class SourceState:
    """What the pipeline knows of this source before polling."""

    etag: str | None = None
    last_modified: str | None = None
    first_poll: bool = True
    known: Callable[[str], bool] = lambda entry_id: False  # is an entry id already stored?


@dataclass
class PollResult:
    """What one poll found. ``not_modified`` means the main URL answered 304."""

    entries: list[Entry]
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    warnings: list[str] = field(default_factory=list)


def fetch_main(fetcher: Fetcher, source: SourceConfig, state: SourceState) -> Response:
    """GET the source's own URL, conditionally on the validators from its last poll."""
    return fetcher.get(source.url, etag=state.etag, last_modified=state.last_modified)


def result(response: Response, entries: list[Entry], warnings: list[str]) -> PollResult:
    """A PollResult carrying the main response's validators."""
    return PollResult(
        entries=entries,
        not_modified=response.status == 304,
        etag=response.etag,
        last_modified=response.last_modified,
        warnings=warnings,
    )


_BLOCK = re.compile(r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote)\b[^>]*>", re.I)
_DROP = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_LINES = re.compile(r"\s*\n\s*")


def html_to_text(value: str | None) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    if not value:
        return ""
    if "<" in value:
        # Feed fragments are small and already sanitised by feedparser; a regex is ~50x cheaper
        # than building a soup per item and gives the same text.
        value = _TAG.sub("", _BLOCK.sub("\n", _DROP.sub(" ", value)))
    if "&" in value:
        value = html.unescape(value)
    return _LINES.sub("\n", _SPACE.sub(" ", value)).strip()


def iso_utc(value: time.struct_time | datetime | None) -> str | None:
    """ISO 8601 UTC (``2024-01-31T14:00:00Z``) from feedparser's struct_time or a datetime."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        value = datetime(*value[:6], tzinfo=UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%m/%d/%Y")


def parse_date(text: str | None) -> str | None:
    """A date as listing pages print it → ISO 8601 UTC, a bare date when no time is given."""
    text = " ".join((text or "").split())
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed.date().isoformat() if len(text) == 10 else iso_utc(parsed)
    except ValueError:
        pass
    try:
        return iso_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def one_line(value: object, limit: int = 200) -> str:
    """A message squeezed onto one short line (feed text can carry newlines)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def poll_source(fetcher: Fetcher, source: SourceConfig, state: SourceState) -> PollResult:
    """Poll one source through its adapter; raises FetchError or ParseError for the source."""
    return REGISTRY[source.kind].poll(fetcher, source, state)


# The adapters import the helpers above, so they are registered last.
from sources import federal_register, ftc, html_list, rss  # noqa: E402

REGISTRY: dict[str, ModuleType] = {
    "ftc": ftc,
    "federal_register": federal_register,
    "rss": rss,
    "html_list": html_list,
}
