"""Daemon and source commands: run, poll, health, sources."""

from __future__ import annotations

import sys

import click

from monitor.cli.context import App, pass_app


@click.command()
@pass_app
def run(app: App) -> None:
    """Run the daemon: poll every enabled source now and on its interval, deliver alerts."""
    from monitor.scheduler import install_stop_handlers, run_daemon

    install_stop_handlers()
    app.setup_logging()
    import logging

    logging.getLogger("regwatch.scheduler").info("starting regwatch run")
    cfg = app.config
    sys.exit(run_daemon(cfg, app.database))


@click.command()
@click.option("--source", "names", multiple=True, help="Poll only this source (repeatable).")
@click.option("--once", is_flag=True, help="Poll once and exit (the default; kept for scripts).")
@click.option("--no-deliver", is_flag=True, help="Store alerts in the outbox but do not send them.")
@pass_app
def poll(app: App, names: tuple[str, ...], once: bool, no_deliver: bool) -> None:
    """Poll sources now, deliver their alerts, exit 0 if every source succeeded, else 1."""
    from monitor.runtime import Runtime

    app.setup_logging()
    cfg = app.config
    sources = [s for s in cfg.sources if s.enabled or s.name in names]
    if names:
        unknown = sorted(set(names) - {s.name for s in cfg.sources})
        if unknown:
            raise click.BadParameter(
                f"no source named {', '.join(unknown)}; known: "
                + ", ".join(s.name for s in cfg.sources),
                param_hint="--source",
            )
        sources = [s for s in cfg.sources if s.name in names]
    runtime = Runtime(cfg, app.database)
    try:
        runtime.prepare()
        outcomes = runtime.poll_all(sources)
        report = None if no_deliver else runtime.deliver()
    finally:
        runtime.close()
    failed = [o for o in outcomes if not o.ok]
    for o in outcomes:
        if o.ok:
            state = "not modified" if o.not_modified else f"{o.new} new, {o.updated} updated"
            click.echo(f"ok      {o.source}: {state}, {o.alerts} alerts queued", err=True)
        else:
            click.echo(f"FAILED  {o.source}: {o.error}", err=True)
    if report is not None and (report.retrying or report.failed):
        click.echo(
            f"delivery: {report.sent} sent, {report.retrying} to retry, {report.failed} failed",
            err=True,
        )
    sys.exit(1 if failed else 0)


@click.command()
@pass_app
def health(app: App) -> None:
    """Exit 0 when the daemon's heartbeat is fresh and the outbox is not stuck, else 1."""
    from monitor.health import health_problem

    problem = health_problem(app.config, app.database)
    if problem:
        click.echo(f"unhealthy: {problem}")
        sys.exit(1)
    click.echo("ok")


@click.group()
def sources() -> None:
    """Configured sources and their state."""


@sources.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_app
def sources_list(app: App, fmt: str) -> None:
    """Sources with last poll, last success, error count and next poll."""
    import json

    cfg, store = app.config, app.store
    rows = {r["name"]: r for r in store.source_rows()}
    out = []
    for s in cfg.sources:
        r = rows.get(s.name, {})
        out.append(
            {
                "name": s.name,
                "kind": s.kind,
                "enabled": s.enabled,
                "url": s.url,
                "interval_minutes": cfg.interval_for(s),
                "last_poll": r.get("last_poll_at"),
                "last_success": r.get("last_success_at"),
                "errors": r.get("error_count", 0),
                "next_poll": r.get("next_poll_at"),
                "last_error": r.get("last_error"),
            }
        )
    if fmt == "json":
        click.echo(json.dumps(out, indent=2))
        return
    from monitor.cli.output import print_table

    print_table(
        out, ["name", "kind", "enabled", "last_poll", "last_success", "errors", "next_poll"]
    )


@sources.command("check")
@click.argument("names", nargs=-1)
@pass_app
def sources_check(app: App, names: tuple[str, ...]) -> None:
    """Fetch and parse each source without storing anything; exit 1 if any fails."""
    from monitor.errors import RegwatchError
    from monitor.fetch import Fetcher
    from sources import SourceState, poll_source

    cfg = app.config
    chosen = [s for s in cfg.sources if not names or s.name in names]
    if names and len(chosen) != len(set(names)):
        raise click.BadParameter("unknown source name", param_hint="NAMES")
    bad = 0
    with Fetcher(cfg.http) as fetcher:
        for s in chosen:
            try:
                res = poll_source(fetcher, s, SourceState(first_poll=False))
                click.echo(f"ok      {s.name}: {len(res.entries)} entries")
                for w in res.warnings[:5]:
                    click.echo(f"        warning: {w}")
            except RegwatchError as exc:
                bad += 1
                click.echo(f"FAILED  {s.name}: {exc}")
    sys.exit(1 if bad else 0)
