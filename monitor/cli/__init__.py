"""The `regwatch` command line: a thin shell over the library.

Heavy modules (httpx, feedparser, slack-sdk, rich…) are imported inside commands so that
``regwatch --version`` and simple queries start fast.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from monitor import __version__
from monitor.cli.context import App

# command name → "module:attribute" (loaded only when the command runs or help lists it)
COMMANDS = {
    "run": "monitor.cli.daemon:run",
    "poll": "monitor.cli.daemon:poll",
    "health": "monitor.cli.daemon:health",
    "sources": "monitor.cli.daemon:sources",
    "classify": "monitor.cli.data:classify",
    "import": "monitor.cli.data:import_",
    "export": "monitor.cli.data:export",
    "reprocess": "monitor.cli.data:reprocess",
    "watchlist": "monitor.cli.watchlist:watchlist",
    "silence": "monitor.cli.watchlist:silence",
    "alerts": "monitor.cli.alerts:alerts",
    "history": "monitor.cli.history:history",
    "search": "monitor.cli.history:search",
    "show": "monitor.cli.history:show",
    "cases": "monitor.cli.history:cases",
    "vendor": "monitor.cli.history:vendor",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)

    def invoke(self, ctx: click.Context) -> Any:
        from monitor.errors import RegwatchError

        try:
            return super().invoke(ctx)
        except RegwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            if exc.hint:
                click.echo(f"hint: {exc.hint}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="regwatch")
@click.option(
    "--config",
    "config_path",
    envvar="REGWATCH_CONFIG",
    type=click.Path(dir_okay=False),
    help="TOML config file [env REGWATCH_CONFIG]; none = built-in defaults.",
)
@click.option(
    "--db",
    "db_path",
    envvar="REGWATCH_DB",
    type=click.Path(dir_okay=False),
    help="SQLite database [env REGWATCH_DB; default: [storage] db, else ./regwatch.db].",
)
@click.option(
    "--log-format",
    envvar="REGWATCH_LOG_FORMAT",
    type=click.Choice(["json", "text"]),
    default=None,
    help="Log lines as JSON or text [env REGWATCH_LOG_FORMAT; default: JSON unless a terminal].",
)
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail.")
@click.pass_context
def main(
    ctx: click.Context,
    config_path: str | None,
    db_path: str | None,
    log_format: str | None,
    verbose: bool,
) -> None:
    """Regwatch: regulator actions on AI vendors' data sourcing and model deletion."""
    ctx.obj = App(config_path=config_path, db_path=db_path, log_format=log_format, verbose=verbose)
