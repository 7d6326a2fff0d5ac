"""What every command shares: the config, the database and logging, loaded on first use."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.store import Store


@dataclass
class App:
    config_path: str | None = None
    db_path: str | None = None
    log_format: str | None = None
    verbose: bool = False
    _config: Config | None = field(default=None, repr=False)
    _store: Store | None = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        """The validated config (ConfigError → exit 2 before anything is written)."""
        if self._config is None:
            from monitor.config import load_config

            self._config = load_config(self.config_path)
        return self._config

    @property
    def database(self) -> Path:
        """The database path: --db / REGWATCH_DB, else [storage] db, else ./regwatch.db."""
        if self.db_path:
            return Path(self.db_path)
        cfg = self.config
        if self.config_path:
            return cfg.resolve(cfg.storage.db)
        return Path(cfg.storage.db)

    @property
    def store(self) -> Store:
        """The store, opened (and migrated) on first use."""
        if self._store is None:
            from monitor.store import Store

            self._store = Store(self.database)
            click.get_current_context().call_on_close(self._store.close)
        return self._store

    def setup_logging(self) -> None:
        """Configure logging for a long-running command."""
        from monitor.logs import setup_logging

        setup_logging(self.log_format, self.verbose)


pass_app = click.make_pass_decorator(App)
