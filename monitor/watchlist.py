"""Watchlist matching: which watchlist vendors an entry concerns, and in what role. Pure.

One Aho-Corasick automaton holds every vendor's name, aliases and related names by their matching
key (``normalise``), so the cost of a scan does not grow with the watchlist. Each occurrence is then
checked: whole words only, exact case for short acronyms, and for names that are ordinary words
(Ring, Meta, Oracle) evidence that the company is meant (see ``watchlist_text.grade``).

Roles: a vendor is a ``target`` when its name or alias is one of ``action.targets``, ``related``
when one of its related names is, and a ``mention`` otherwise. Without targets the title decides:
a vendor named there is the item's subject.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from monitor.models import Action, Entry, Hit, Vendor
from monitor.watchlist_io import (
    dump_watchlist_csv,
    dump_watchlist_toml,
    load_watchlist,
    parse_watchlist_csv,
    parse_watchlist_toml,
)
from monitor.watchlist_text import (
    LETTER,
    capitalised,
    fold,
    grade,
    is_common,
    is_phrase,
    normalise,
    title_like,
)

__all__ = [
    "Matcher",
    "dump_watchlist_csv",
    "dump_watchlist_toml",
    "load_watchlist",
    "normalise",
    "parse_watchlist_csv",
    "parse_watchlist_toml",
]

_ROLE_RANK = {"target": 0, "related": 1, "mention": 2}
_FIELD_RANK = {"title": 0, "summary": 1, "body": 2, "target": 3}
_SHORT = 3  # keys this short (AWS, SCL) must match in the case the watchlist wrote them


@dataclass(slots=True, frozen=True)
class _Pattern:
    vendor: int
    why: str  # name | alias | related
    guard: str  # none | case (capitals only) | auto | strict
    exact: str | None  # the required spelling of a short key


@dataclass(slots=True)
class _Occ:
    """One occurrence of a key in one field (a target string is a field of its own)."""

    field: str
    text: str
    start: int
    end: int
    pattern: _Pattern
    key: str
    grade: str = "strong"


class Matcher:
    """Matches entries against a watchlist with one automaton built once."""

    def __init__(self, vendors: Iterable[Vendor]) -> None:
        """Index every name, alias and related name of ``vendors``."""
        self.vendors = list(vendors)
        table: dict[str, dict[tuple[int, str], _Pattern]] = {}
        for idx, vendor in enumerate(self.vendors):
            for why, names in (("name", [vendor.name]), ("alias", vendor.aliases)):
                for name in names:
                    self._add(table, idx, why, name, vendor.match)
            for name in vendor.related:
                self._add(table, idx, "related", name, vendor.match)
        self._automaton = ahocorasick.Automaton()
        for key, patterns in table.items():
            self._automaton.add_word(key, (key, tuple(patterns.values())))
        self._empty = not table
        if table:
            self._automaton.make_automaton()

    @staticmethod
    def _add(table: dict, idx: int, why: str, name: str, mode: str) -> None:
        key = fold(normalise(name))
        if not key.strip():
            return
        guard = "none" if mode == "loose" else mode if mode == "strict" else "auto"
        if guard == "auto" and not is_common(name, key):
            guard = "case" if is_phrase(name, key) else "none"
        exact = name.strip() if len(key.replace(" ", "")) <= _SHORT and mode != "loose" else None
        pattern = _Pattern(idx, why, guard, exact)
        keys = [key]
        if " " in key and len(key) > 6:  # "Weight Watchers" also as "WeightWatchers"
            keys.append(key.replace(" ", ""))
        for k in keys:
            # The first reason wins for a vendor: name before alias before related.
            table.setdefault(k, {}).setdefault((idx, why if why == "related" else "own"), pattern)

    def match(self, entry: Entry, action: Action | None = None) -> list[Hit]:
        """Hits for every watchlist vendor the entry names, best role first."""
        fields = [("title", entry.title), ("summary", entry.summary), ("body", entry.body)]
        text_occs = [o for name, text in fields if text for o in self._scan(name, text)]
        targets = [t for t in (action.targets if action else []) if t and t.strip()]
        target_occs = [o for t in targets for o in self._scan("target", t)]
        accepted = _accept(text_occs + target_occs)
        return self._hits(accepted, bool(targets))

    def vendors_named(self, text: str) -> set[str]:
        """Names of vendors whose name, alias or related name occurs in ``text``."""
        accepted = _accept(self._scan("text", text))
        return {self.vendors[o.pattern.vendor].name for o in accepted}

    def _scan(self, field: str, text: str) -> list[_Occ]:
        """Whole-word occurrences in one field, graded; shorter ones inside longer ones dropped."""
        if self._empty:
            return []
        low = fold(text)
        raw: list[tuple[int, int, str, tuple[_Pattern, ...]]] = []
        for last, (key, patterns) in self._automaton.iter(low):
            start, end = last - len(key) + 1, last + 1
            if (start and _wordy(low[start - 1])) or (end < len(low) and _wordy(low[end])):
                continue
            raw.append((start, end, key, patterns))
        raw = _outermost(raw)
        starts = {r[0] for r in raw}
        titled = field == "title" and title_like(text)
        occs = []
        for start, end, key, patterns in raw:
            for p in patterns:
                if p.exact is not None and text[start:end] not in (p.exact, p.exact.upper()):
                    continue
                occ = _Occ(field, text, start, end, p, key)
                if p.guard == "case":
                    occ.grade = "strong" if capitalised(text[start:end]) else "none"
                elif p.guard != "none":
                    occ.grade = _grade_in(field, text, low, start, end, key, titled, starts)
                occs.append(occ)
        return occs

    def _hits(self, accepted: list[_Occ], have_targets: bool) -> list[Hit]:
        best: dict[int, tuple[str, _Occ]] = {}
        # Without targets a title naming a vendor outright is about it, not about its data supplier.
        named = any(o.field == "title" and o.pattern.why != "related" for o in accepted)
        for occ in accepted:
            role = _role(occ, have_targets, named)
            rank = _rank(role, occ)
            held = best.get(occ.pattern.vendor)
            if held is None or rank < _rank(*held):
                best[occ.pattern.vendor] = (role, occ)
        hits = []
        for idx, (role, occ) in best.items():
            shown = _in_text(occ, accepted) if occ.field == "target" else occ
            hits.append(
                Hit(
                    vendor=self.vendors[idx].name,
                    matched=shown.text[shown.start : shown.end],
                    field=shown.field,
                    start=shown.start,
                    end=shown.end,
                    role=role,
                    why=occ.pattern.why,
                )
            )
        hits.sort(key=lambda h: (_ROLE_RANK[h.role], _FIELD_RANK.get(h.field, 9), h.start))
        return hits


def _rank(role: str, occ: _Occ) -> tuple[int, int, int]:
    return (_ROLE_RANK[role], _FIELD_RANK[occ.field], occ.start)


def _wordy(char: str) -> bool:
    return char.isalnum() or char == LETTER


def _outermost(raw: list) -> list:
    """Drop occurrences inside a longer one: "Gravy" is not named in "Gravy Analytics"."""
    raw.sort(key=lambda r: (r[0], -r[1]))
    kept, reach = [], -1
    for r in raw:
        if r[1] <= reach and not (kept and kept[-1][:2] == r[:2]):
            continue
        kept.append(r)
        reach = max(reach, r[1])
    return kept


def _grade_in(
    field: str, text: str, low: str, start: int, end: int, key: str, titled: bool, starts: set[int]
) -> str:
    # A target is a name, not a sentence: its first word is not capitalised by grammar, and a
    # target that is exactly the name is the extractor's word that an organisation is meant.
    if field == "target":
        if fold(normalise(text)) == key and capitalised(text[start:end]):
            return "cap"
        shifted = {s + 1 for s in starts}
        found = grade(" " + text, " " + low, start + 1, end + 1, False, shifted)
        return "cap" if found == "weak" else found
    return grade(text, low, start, end, titled, starts)


def _accept(occs: list[_Occ]) -> list[_Occ]:
    """Occurrences that stand: guarded ones need evidence, here or elsewhere for the same vendor."""
    _veto_targets(occs)
    sure: dict[int, set[str]] = {}
    for occ in occs:
        sure.setdefault(occ.pattern.vendor, set()).add(occ.grade)
    kept = []
    for occ in occs:
        g, mode = occ.grade, occ.pattern.guard
        elsewhere = sure[occ.pattern.vendor]
        if mode == "none" or g == "strong":  # "case" grades only strong or none
            kept.append(occ)
            continue
        auto_ok = g == "cap" or (g == "weak" and bool(elsewhere & {"strong", "cap"}))
        strict_ok = g in ("cap", "weak") and "strong" in elsewhere
        if (mode == "auto" and auto_ok) or (mode == "strict" and strict_ok):
            kept.append(occ)
    return kept


def _veto_targets(occs: list[_Occ]) -> None:
    """A bare common-word target ("Amazon") falls when the text shows a place or a person."""
    in_text: dict[tuple[_Pattern, str], set[str]] = {}
    for occ in occs:
        if occ.field != "target":
            in_text.setdefault((occ.pattern, occ.key), set()).add(occ.grade)
    for occ in occs:
        seen = in_text.get((occ.pattern, occ.key))
        if occ.field == "target" and occ.grade != "strong" and seen and "neg" in seen:
            if seen & {"strong", "cap"}:
                continue
            occ.grade = "neg"


def _role(occ: _Occ, have_targets: bool, title_names_vendor: bool) -> str:
    """Target or related when the occurrence is in a target (or, with no targets, in the title)."""
    related = occ.pattern.why == "related"
    if have_targets:
        subject = occ.field == "target"
    else:
        subject = occ.field == "title" and not (related and title_names_vendor)
    if not subject:
        return "mention"
    return "related" if related else "target"


def _in_text(occ: _Occ, accepted: list[_Occ]) -> _Occ:
    """The same vendor and key found in the entry's own text, to show a span a reader can find."""
    for other in sorted(accepted, key=lambda o: (_FIELD_RANK[o.field], o.start)):
        if other.field != "target" and other.pattern == occ.pattern and other.key == occ.key:
            return other
    return occ
