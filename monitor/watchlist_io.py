"""Watchlist files: TOML (``[[vendor]]`` tables) and CSV (``name,aliases,related``, ``;`` in cells).

Parsing is all or nothing: the first bad row raises ``InputError("file:line: …")`` and nothing is
returned, so a half-imported watchlist never silently misses vendors.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from monitor.errors import InputError
from monitor.models import Vendor

MATCH_MODES = ("auto", "strict", "loose")
_LIST_KEYS = ("aliases", "related", "domains")
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*vendor[ \t]*\]\]", re.M)
_TOML_LINE = re.compile(r"at line (\d+)")
_HINT_TOML = 'each vendor is a [[vendor]] table with name = "…" and optional aliases/related lists'
_HINT_CSV = (
    "the first row is the header name,aliases,related; several names in a cell are split by ;"
)


def load_watchlist(path: str | Path) -> list[Vendor]:
    """Read a watchlist file, ``.toml`` or ``.csv`` by extension."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(
            f"{path}: cannot read: {exc.strerror}", "check the watchlist path"
        ) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text", "save the file as UTF-8") from exc
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return parse_watchlist_toml(text, str(path))
    if suffix == ".csv":
        return parse_watchlist_csv(text, str(path))
    raise InputError(f"{path}: unknown watchlist format {suffix!r}", "use a .toml or .csv file")


def parse_watchlist_toml(text: str, where: str) -> list[Vendor]:
    """Vendors from TOML text; ``where`` names the file in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = found.group(1) if found else "?"
        raise InputError(f"{where}:{line}: not valid TOML: {exc}", _HINT_TOML) from exc
    extra = sorted(set(data) - {"vendor"})
    if extra:
        raise InputError(f"{where}:1: unknown top-level key {extra[0]!r}", _HINT_TOML)
    tables = data.get("vendor", [])
    if not isinstance(tables, list):
        raise InputError(f"{where}:1: 'vendor' must be [[vendor]] tables", _HINT_TOML)
    lines = [text.count("\n", 0, m.start()) + 1 for m in _HEADER.finditer(text)]
    vendors = []
    for i, table in enumerate(tables):
        line = lines[i] if i < len(lines) else 1
        vendors.append(_vendor_from_table(table, f"{where}:{line}"))
    _check_unique(vendors, [f"{where}:{n}" for n in lines])
    return vendors


def _vendor_from_table(table: Any, at: str) -> Vendor:
    if not isinstance(table, dict):
        raise InputError(f"{at}: a vendor must be a table", _HINT_TOML)
    unknown = sorted(set(table) - {"name", "match", *_LIST_KEYS})
    if unknown:
        raise InputError(f"{at}: unknown vendor key {unknown[0]!r}", _HINT_TOML)
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{at}: vendor has an empty or missing name", _HINT_TOML)
    lists: dict[str, list[str]] = {}
    for key in _LIST_KEYS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(f"{at}: {key} must be a list of strings", _HINT_TOML)
        lists[key] = [v.strip() for v in value if v.strip()]
    return Vendor(name.strip(), match=_match_mode(table.get("match", "auto"), at), **lists)


def _match_mode(value: Any, at: str) -> str:
    mode = value.strip().lower() if isinstance(value, str) else value
    if mode in ("", None):
        return "auto"
    if mode not in MATCH_MODES:
        raise InputError(f"{at}: match must be one of {', '.join(MATCH_MODES)}, not {value!r}")
    return str(mode)


def parse_watchlist_csv(text: str, where: str) -> list[Vendor]:
    """Vendors from CSV text with a ``name,aliases,related[,domains][,match]`` header."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    vendors: list[Vendor] = []
    places: list[str] = []
    header: list[str] | None = None
    try:
        for row in reader:
            at = f"{where}:{reader.line_num}"
            if not row or all(not cell.strip() for cell in row):
                continue
            if header is None:
                header = _csv_header(row, at)
                continue
            if len(row) != len(header):
                raise InputError(
                    f"{at}: malformed row: {len(row)} fields, the header has {len(header)}",
                    _HINT_CSV,
                )
            cells = dict(zip(header, row, strict=True))
            name = cells["name"].strip()
            if not name:
                raise InputError(f"{at}: vendor has an empty name", _HINT_CSV)
            lists = {key: _split_cell(cells.get(key, "")) for key in _LIST_KEYS}
            vendors.append(Vendor(name, match=_match_mode(cells.get("match", ""), at), **lists))
            places.append(at)
    except csv.Error as exc:
        raise InputError(f"{where}:{reader.line_num}: malformed CSV: {exc}", _HINT_CSV) from exc
    _check_unique(vendors, places)
    return vendors


def _csv_header(row: list[str], at: str) -> list[str]:
    header = [cell.strip().lower() for cell in row]
    known = {"name", "match", *_LIST_KEYS}
    if "name" not in header or any(h not in known for h in header) or len(set(header)) < len(row):
        raise InputError(f"{at}: bad header {','.join(row)!r}", _HINT_CSV)
    return header


def _split_cell(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _check_unique(vendors: list[Vendor], places: list[str]) -> None:
    # Imported lazily: watchlist.py imports this module for its public re-exports.
    from monitor.watchlist import normalise

    first: dict[str, str] = {}
    for vendor, at in zip(vendors, places, strict=False):
        key = normalise(vendor.name)
        if key in first:
            raise InputError(
                f"{at}: duplicate vendor {vendor.name!r} (first at {first[key]})",
                "merge the two rows: put the other spelling in aliases",
            )
        first[key] = at


def dump_watchlist_toml(vendors: Iterable[Vendor]) -> str:
    """The watchlist as ``[[vendor]]`` TOML that ``parse_watchlist_toml`` reads back."""
    out: list[str] = []
    for v in vendors:
        out.append("[[vendor]]")
        out.append(f"name = {_toml_str(v.name)}")
        out.append(f"aliases = [{', '.join(_toml_str(a) for a in v.aliases)}]")
        out.append(f"related = [{', '.join(_toml_str(r) for r in v.related)}]")
        if v.domains:
            out.append(f"domains = [{', '.join(_toml_str(d) for d in v.domains)}]")
        if v.match != "auto":
            out.append(f"match = {_toml_str(v.match)}")
        out.append("")
    return "\n".join(out)


def _toml_str(value: str) -> str:
    # JSON string escapes are a subset of TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def dump_watchlist_csv(vendors: Iterable[Vendor]) -> str:
    """The watchlist as CSV; ``domains`` and ``match`` columns only when some vendor uses them."""
    vendors = list(vendors)
    header = ["name", "aliases", "related"]
    if any(v.domains for v in vendors):
        header.append("domains")
    if any(v.match != "auto" for v in vendors):
        header.append("match")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for v in vendors:
        row = [v.name, ";".join(v.aliases), ";".join(v.related)]
        if "domains" in header:
            row.append(";".join(v.domains))
        if "match" in header:
            row.append(v.match)
        writer.writerow(row)
    return buf.getvalue()
