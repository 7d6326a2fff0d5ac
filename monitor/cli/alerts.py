"""Outbox commands: alerts list | test | retry."""

from __future__ import annotations

import sys

import click

from monitor.cli.context import App, pass_app


@click.group()
def alerts() -> None:
    """The outbox: one row per alert and channel."""


@alerts.command("list")
@click.option(
    "--status", type=click.Choice(["pending", "sent", "failed", "suppressed"]), default=None
)
@click.option("--limit", type=int, default=100, show_default=True, help="0 = all.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_app
def alerts_list(app: App, status: str | None, limit: int, fmt: str) -> None:
    """Alerts, newest first, with status, attempts and the last error."""
    from monitor.cli.output import print_json, print_table

    rows = app.store.alert_rows(status, limit)
    if fmt == "json":
        print_json(rows)
        return
    for r in rows:
        r["title"] = (r["payload"].get("title") or r["payload"].get("source") or "")[:70]
    print_table(
        rows,
        [
            "id",
            "status",
            "channel",
            "kind",
            "vendor",
            "stage",
            "attempts",
            "created_at",
            "last_error",
            "title",
        ],
    )


@alerts.command("test")
@pass_app
def alerts_test(app: App) -> None:
    """Send a sample alert to every channel now; exit 1 if any channel failed."""
    from monitor.errors import DeliveryError
    from monitor.notify import build_notifiers
    from monitor.notify.render import sample_payload

    app.setup_logging()
    notifiers = build_notifiers(app.config)
    bad = 0
    for name, notifier in notifiers.items():
        try:
            notifier.send(sample_payload(name))
            click.echo(f"ok      {name}")
        except DeliveryError as exc:
            bad += 1
            click.echo(f"FAILED  {name}: {exc}")
    sys.exit(1 if bad else 0)


@alerts.command("retry")
@pass_app
def alerts_retry(app: App) -> None:
    """Deliver every pending or failed alert now, ignoring backoff; exit 0 when all went out."""
    from monitor.runtime import Runtime

    app.setup_logging()
    runtime = Runtime(app.config, app.database)
    try:
        runtime.prepare()
        report = runtime.deliver(force=True)
    finally:
        runtime.close()
    left = app.store.alert_rows("pending", 0) + app.store.alert_rows("failed", 0)
    if report is not None:
        click.echo(
            f"{report.sent} sent, {report.retrying} to retry, {report.failed} failed, "
            f"{report.suppressed} suppressed"
        )
    sys.exit(1 if left else 0)
