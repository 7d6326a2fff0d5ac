"""Our own exceptions. Each carries a hint telling the user how to fix it.

Error text starts with the stage that raised it (``fetch: …``, ``config: …``) so a log line says
where things went wrong without a traceback.
"""

from __future__ import annotations


class RegwatchError(Exception):
    """Base of every error Regwatch raises on purpose."""

    stage = "regwatch"
    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.stage}: {self.message}"


class ConfigError(RegwatchError):
    """The configuration file or an option is invalid (exit 2)."""

    stage = "config"
    exit_code = 2


class InputError(RegwatchError):
    """Bad user input: a JSONL line, a date, a watchlist row (exit 2)."""

    stage = "input"
    exit_code = 2


class NotFoundError(RegwatchError):
    """An id, vendor or source that does not exist (exit 1)."""

    stage = "lookup"


class FetchError(RegwatchError):
    """A source could not be fetched. ``retry_after`` is the seconds the server asked us to wait."""

    stage = "fetch"

    def __init__(
        self, message: str, hint: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, hint)
        self.retry_after = retry_after


class BlockedURLError(FetchError):
    """A link found in a feed points somewhere we must not fetch (SSRF rule)."""


class ParseError(RegwatchError):
    """A fetched body could not be turned into entries."""

    stage = "parse"


class StoreError(RegwatchError):
    """The database could not be opened or written."""

    stage = "store"


class DeliveryError(RegwatchError):
    """A notifier failed. ``retryable`` says whether the delivery loop should try again."""

    stage = "notify"

    def __init__(
        self,
        message: str,
        hint: str | None = None,
        retryable: bool = True,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, hint)
        self.retryable = retryable
        self.retry_after = retry_after
