"""Watchlist and silence commands."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from monitor.cli.context import App, pass_app


def _changed(app: App) -> None:
    from monitor.store import iso, utcnow

    app.store.set_state("watchlist_changed", iso(utcnow()))


@click.group()
def watchlist() -> None:
    """The vendor watchlist (names, aliases, related names) in the database.

    A `[watchlist] file` in the config is imported at every start: its vendors replace the ones it
    imported before, and win over a same-named vendor added here. Vendors added with `add` or
    `import` stay until removed.
    """


@watchlist.command("list")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "toml", "csv"]), default="table"
)
@pass_app
def watchlist_list(app: App, fmt: str) -> None:
    """Every vendor on the watchlist."""
    from dataclasses import asdict

    from monitor.cli.output import print_json, print_table

    vendors = app.store.vendors()
    if fmt in ("toml", "csv"):
        _dump(vendors, fmt)
    elif fmt == "json":
        print_json([asdict(v) for v in vendors])
    else:
        print_table([asdict(v) for v in vendors], ["name", "aliases", "related", "match"])


@watchlist.command("add")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, help="Another spelling or legal name.")
@click.option("--related", multiple=True, help="Subsidiary, parent, former name or data supplier.")
@click.option("--domain", "domains", multiple=True, help="A web domain of the vendor.")
@click.option(
    "--match",
    type=click.Choice(["auto", "strict", "loose"]),
    default="auto",
    help="strict: the name must look like the company (capitalised, suffix…); auto: strict "
    "only for common words.",
)
@pass_app
def watchlist_add(
    app: App,
    name: str,
    aliases: tuple[str, ...],
    related: tuple[str, ...],
    domains: tuple[str, ...],
    match: str,
) -> None:
    """Add (or replace) a vendor, then show the stored actions that already concern it."""
    from monitor.models import Vendor

    name = name.strip()
    if not name:
        raise click.BadParameter("the vendor name is empty", param_hint="NAME")
    vendor = Vendor(name, list(aliases), list(related), list(domains), match)
    store = app.store
    with store.transaction():
        store.save_vendor(vendor, origin="cli")
        hits = _backfill(app, vendor)
        _changed(app)
    click.echo(f"added {name}")
    _print_lookback(app, name, hits)


def _backfill(app: App, vendor) -> list[str]:  # type: ignore[no-untyped-def]
    """Match stored entries against the new vendor; store and return the ids it concerns."""
    from monitor.watchlist import Matcher

    store = app.store
    matcher = Matcher([vendor])
    ids = store.entries_matching([vendor.name, *vendor.aliases, *vendor.related])
    concerned = []
    for eid in ids:
        entry, action = store.entry_by_id(eid), store.action_for(eid)
        if entry is None:
            continue
        new = matcher.match(entry, action)
        if not new:
            continue
        old = [h for h in store.hits_for_entry(eid) if h.vendor != vendor.name]
        store.save_hits(eid, old + new)
        if any(h.alerts for h in new):
            concerned.append(eid)
    return concerned


def _print_lookback(app: App, name: str, ids: list[str]) -> None:
    store = app.store
    rows = []
    for eid in ids:
        action, entry = store.action_for(eid), store.entry_by_id(eid)
        if action is None or entry is None or not action.is_enforcement:
            continue
        rows.append(
            {
                "published": (entry.published_at or "")[:10],
                "regulator": action.regulator,
                "stage": action.action_stage,
                "topics": action.topics,
                "title": entry.title,
                "id": eid,
            }
        )
    if not rows:
        click.echo(f"no stored enforcement action concerns {name} yet")
        return
    from monitor.cli.output import print_table

    rows.sort(key=lambda r: r["published"], reverse=True)
    click.echo(f"{len(rows)} stored enforcement action(s) concern {name}:")
    print_table(rows, ["published", "regulator", "stage", "topics", "title", "id"])


@watchlist.command("remove")
@click.argument("name")
@pass_app
def watchlist_remove(app: App, name: str) -> None:
    """Remove a vendor (its stored hits stay, for history)."""
    with app.store.transaction():
        if not app.store.remove_vendor(name):
            from monitor.errors import NotFoundError

            raise NotFoundError(f"no vendor named {name!r}", "see `regwatch watchlist list`")
        _changed(app)
    click.echo(f"removed {name}")


@watchlist.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--replace", is_flag=True, help="Remove CLI-added vendors not in the file.")
@pass_app
def watchlist_import(app: App, file: str, replace: bool) -> None:
    """Import vendors from TOML ([[vendor]]) or CSV (name,aliases,related), all or nothing."""
    from monitor.watchlist import load_watchlist

    vendors = load_watchlist(file)  # InputError names file:line, exit 2, nothing imported
    store = app.store
    with store.transaction():
        if replace:
            keep = {v.name for v in vendors}
            for v in store.vendors():
                if v.name not in keep:
                    store.remove_vendor(v.name)
        for v in vendors:
            store.save_vendor(v, origin="import")
        _changed(app)
    click.echo(f"imported {len(vendors)} vendors from {file}")


@watchlist.command("export")
@click.option("--format", "fmt", type=click.Choice(["toml", "csv"]), default="toml")
@pass_app
def watchlist_export(app: App, fmt: str) -> None:
    """Write the watchlist as TOML or CSV to standard output."""
    _dump(app.store.vendors(), fmt)


def _dump(vendors, fmt: str) -> None:  # type: ignore[no-untyped-def]
    from monitor.watchlist import dump_watchlist_csv, dump_watchlist_toml

    click.echo((dump_watchlist_toml if fmt == "toml" else dump_watchlist_csv)(vendors), nl=False)


def parse_until(value: str | None) -> str | None:
    """A date or datetime (YYYY-MM-DD or ISO 8601) as a stored UTC timestamp."""
    if value is None:
        return None
    from datetime import UTC

    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM", param_hint="--until"
        ) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@click.group()
def silence() -> None:
    """Mute alerts about a vendor or a case until a date."""


@silence.command("add")
@click.option("--vendor", help="Vendor name to mute.")
@click.option("--case", "case_key", help="Case key to mute (see `regwatch cases`).")
@click.option("--until", help="Until this date (YYYY-MM-DD); default: for ever.")
@click.option("--reason", help="Why, for the record.")
@pass_app
def silence_add(
    app: App, vendor: str | None, case_key: str | None, until: str | None, reason: str | None
) -> None:
    """Mute a vendor or a case."""
    from monitor.store import utcnow

    if not vendor and not case_key:
        raise click.UsageError("give --vendor or --case")
    sid = app.store.add_silence(vendor, case_key, parse_until(until), reason, utcnow())
    click.echo(f"silence {sid}: {vendor or case_key} until {until or 'removed'}")


@silence.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_app
def silence_list(app: App, fmt: str) -> None:
    """Every silence, active or expired."""
    from monitor.cli.output import print_json, print_table

    rows = app.store.silences()
    if fmt == "json":
        print_json(rows)
    else:
        print_table(rows, ["id", "vendor", "case_key", "until", "reason", "created_at"])


@silence.command("remove")
@click.argument("silence_id", type=int)
@pass_app
def silence_remove(app: App, silence_id: int) -> None:
    """Remove a silence by its id."""
    if not app.store.remove_silence(silence_id):
        click.echo(f"error: no silence with id {silence_id}", err=True)
        sys.exit(1)
    click.echo(f"removed silence {silence_id}")
