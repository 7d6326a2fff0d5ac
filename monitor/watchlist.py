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

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick  # type: ignore[import-not-found]  # no stubs

from monitor.models import Action, Entry, Hit, Vendor
from monitor.vocab import MEDIUM_NOUNS
from monitor.watchlist_io import (
    dump_watchlist_csv,
    dump_watchlist_toml,
    load_watchlist,
    parse_watchlist_csv,
    parse_watchlist_toml,
)
from monitor.watchlist_text import (
    capitalised,
    fold,
    grade_in_field,
    is_common,
    is_phrase,
    normalise,
    short_form,
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
_SEP = " \x00 "  # between fields in a scan: a word boundary no key can cross
_SHORT = 3  # keys this short (AWS, SCL) must match in the case the watchlist wrote them


# Compared and hashed by identity (a C slot call): one object per vendor, reason and key.
@dataclass(slots=True, frozen=True, eq=False)
class _Pattern:
    vendor: int
    why: str  # name | alias | related
    guard: str  # none | case (capitals only) | auto | strict
    exact: str | None  # the required spelling of a short key
    # a one-word name written with no capital inside ("Clearview"): the text's word must have
    # none either, bar all capitals ("ClearView" is another firm's brand)
    plain: bool = False


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


class _Field:
    """One field of a scan, with what grading needs computed only when first asked for."""

    __slots__ = ("name", "text", "base", "_joined", "_raw", "_low", "_titled", "_starts")

    def __init__(self, name: str, text: str, joined: str, base: int, raw: list) -> None:
        self.name, self.text, self.base = name, text, base
        self._joined, self._raw = joined, raw
        self._low: str | None = None
        self._titled: bool | None = None
        self._starts: set[int] | None = None

    def grade(self, start: int, end: int, key: str) -> str:
        """The evidence grade of the occurrence at ``start:end`` of this field."""
        if self._low is None:
            self._low = self._joined[self.base : self.base + len(self.text)]
            self._titled = self.name == "title" and title_like(self.text)
            stop = self.base + len(self.text)
            self._starts = {r[0] - self.base for r in self._raw if self.base <= r[0] < stop}
        assert self._starts is not None and self._titled is not None
        return grade_in_field(
            self.name, self.text, self._low, start, end, key, self._titled, self._starts
        )


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
        # Keys are stored with a space either side and scanned in folded text (where every
        # non-word character is a space), so the automaton itself reports whole words only.
        self._automaton = ahocorasick.Automaton()
        for key, patterns in table.items():
            self._automaton.add_word(f" {key} ", (len(key), tuple(patterns.values())))
        self._empty = not table
        if table:
            self._automaton.make_automaton()

    @staticmethod
    def _add(table: dict, idx: int, why: str, name: str, mode: str) -> None:
        key = fold(normalise(name))
        slot = (idx, why if why == "related" else "own")
        if not key.strip() or slot in table.get(key, ()):
            return  # the first reason wins for a vendor: name before alias before related
        guard = "none" if mode == "loose" else mode if mode == "strict" else "auto"
        if guard == "auto" and not is_common(name, key):
            guard = "case" if is_phrase(name, key) else "none"
        exact = name.strip() if len(key.replace(" ", "")) <= _SHORT and mode != "loose" else None
        word = name.strip()
        plain = " " not in word and word[1:] == word[1:].lower() and word[:1].isupper()
        pattern = _Pattern(idx, why, guard, exact, plain)
        keys = [key]
        if " " in key and len(key) > 6:  # "Weight Watchers" also as "WeightWatchers"
            keys.append(key.replace(" ", ""))
        for k in keys:
            table.setdefault(k, {}).setdefault(slot, pattern)
        short = short_form(key) if mode != "loose" else None
        if short is not None and slot not in table.get(short, ()):
            # the form the news writes ("Whole Foods" for "Whole Foods Market"): a name only
            # when capitalised, and with evidence when its words are ordinary ones
            words = name.split()[: len(short.split())]
            guard = "auto" if is_common(" ".join(words), short) else "case"
            table.setdefault(short, {})[slot] = _Pattern(idx, why, guard, None)

    def match(self, entry: Entry, action: Action | None = None) -> list[Hit]:
        """Hits for every watchlist vendor the entry names, best role first."""
        fields = [("title", entry.title), ("summary", entry.summary), ("body", entry.body)]
        text_occs = self._scan([f for f in fields if f[1]])
        targets = [t for t in (action.targets if action else []) if t and t.strip()]
        target_occs = self._scan([("target", t) for t in targets]) if targets else []
        if not text_occs and not target_occs:
            return []
        accepted = _accept(text_occs + target_occs)
        return self._hits(accepted, bool(targets))

    def vendors_named(self, text: str) -> set[str]:
        """Names of vendors whose name, alias or related name occurs in ``text``."""
        accepted = _accept(self._scan([("text", text)]) if text else [])
        return {self.vendors[o.pattern.vendor].name for o in accepted}

    def _scan(self, fields: list[tuple[str, str]]) -> list[_Occ]:
        """Whole-word occurrences in the fields, graded; shorter ones inside longer ones dropped."""
        if self._empty or not fields:
            return []
        # One automaton pass over all fields. Folding keeps lengths, so a field's span in the
        # joined text is its own span shifted by the field's base; the NUL (which folding never
        # leaves in a text) keeps a name from running across two fields.
        low = " " + _SEP.join([fold(text) for _, text in fields]) + " "
        raw = [(last - n, last, patterns) for last, (n, patterns) in self._automaton.iter(low)]
        if not raw:
            return []
        bases, base = [], 1
        for _, text in fields:
            bases.append(base)
            base += len(text) + len(_SEP)
        raw = _outermost(raw)
        views = [
            _Field(name, text, low, b, raw) for (name, text), b in zip(fields, bases, strict=True)
        ]
        occs: list[_Occ] = []
        # A later occurrence of a pattern and key in a text field where an earlier one was sure
        # changes nothing (same role, worse rank, no new evidence), so it is neither graded nor
        # kept. Targets are exempt: each is a text of its own.
        settled: set[tuple[_Pattern, str, str]] = set()
        for start, end, patterns in raw:
            view = views[bisect_right(bases, start) - 1]
            text, s, e = view.text, start - view.base, end - view.base
            key = low[start:end]
            for p in patterns:
                if p.exact is not None and text[s:e] not in (p.exact, p.exact.upper()):
                    continue
                if p.plain and _inner_capital(text[s:e]):
                    continue
                if (p, key, view.name) in settled:
                    continue
                occ = _Occ(view.name, text, s, e, p, key)
                if p.guard != "none":
                    first = text[s]
                    if not (first.isupper() or first.isdigit()):  # lower case: never evidence
                        occ.grade = "none"
                    elif p.guard == "case":
                        occ.grade = "strong" if capitalised(text[s:e]) else "none"
                    else:
                        occ.grade = view.grade(s, e, key)
                if occ.grade == "strong" and view.name != "target":
                    settled.add((p, key, view.name))
                occs.append(occ)
        return occs

    def _hits(self, accepted: list[_Occ], have_targets: bool) -> list[Hit]:
        best: dict[int, tuple[tuple[int, int, int], str, _Occ]] = {}
        # Without targets a title naming a vendor outright is about it, not about its data supplier.
        named = any(o.field == "title" and o.pattern.why != "related" for o in accepted)
        for occ in accepted:
            related = occ.pattern.why == "related"
            if have_targets:
                subject = occ.field == "target"
            else:  # a title naming it outright, not as where data went or came from
                subject = (
                    occ.field == "title"
                    and not (related and named)
                    and not _PASSING_BEFORE.search(occ.text, 0, occ.start)
                    and not _SUES_AFTER.match(occ.text, occ.end)  # a plaintiff (W2)
                    and not _MEDIUM_AFTER.match(occ.text, occ.end)  # "Zoom lessons" (W2)
                )
            role = "mention" if not subject else "related" if related else "target"
            rank = (_ROLE_RANK[role], _FIELD_RANK[occ.field], occ.start)
            held = best.get(occ.pattern.vendor)
            if held is None or rank < held[0]:
                best[occ.pattern.vendor] = (rank, role, occ)
        shown_for = _in_text(accepted) if have_targets else {}
        hits = []
        for idx, (_, role, occ) in best.items():
            shown = shown_for.get((occ.pattern, occ.key), occ) if occ.field == "target" else occ
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


# "sending a visitor's IP address to Google Fonts", "data from X", "via X": a recipient, source
# or channel named in passing (W2), not what the item is about
_PASSING_BEFORE = re.compile(r"\b(?:to|from|via|through|using|with)\s+(?:the\s+)?$")


# "sitting in on a teacher's Zoom lessons": the platform used (W2)
_MEDIUM_AFTER = re.compile(rf"\s+(?:{MEDIUM_NOUNS})\b")


# "Amazon sues administrators of Facebook groups": the vendor brings the suit (W2)
_SUES_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:sues|sued|is suing|files?\s+(?:a\s+)?(?:suit|lawsuit)|takes\s+[^.;]{1,40}?"
    r"\s+to\s+court)\b"
)


def _inner_capital(word: str) -> bool:
    """Whether ``word`` has a capital after its first letter and is not all capitals
    ("ClearView", not "CLEARVIEW" or "Clearview")."""
    return not word.isupper() and any(c.isupper() for c in word[1:])


def _outermost(raw: list) -> list:
    """Drop occurrences inside a longer one: "Gravy" is not named in "Gravy Analytics"."""
    raw.sort(key=lambda r: (r[0], -r[1]))
    kept: list = []
    reach = -1
    for r in raw:
        if r[1] <= reach and not (kept and kept[-1][:2] == r[:2]):
            continue
        kept.append(r)
        reach = max(reach, r[1])
    return kept


def _accept(occs: list[_Occ]) -> list[_Occ]:
    """Occurrences that stand: guarded ones need evidence, here or elsewhere for the same vendor."""
    _veto_targets(occs)
    if all(o.grade == "strong" or o.pattern.guard == "none" for o in occs):
        return occs  # nothing is in doubt ("case" grades only strong or none)
    sure: dict[int, set[str]] = {}
    for occ in occs:
        sure.setdefault(occ.pattern.vendor, set()).add(occ.grade)
    kept = []
    for occ in occs:
        g, mode = occ.grade, occ.pattern.guard
        if mode == "none" or g == "strong":
            kept.append(occ)
            continue
        elsewhere = sure[occ.pattern.vendor]
        auto_ok = g == "cap" or (g == "weak" and bool(elsewhere & {"strong", "cap"}))
        strict_ok = g in ("cap", "weak") and "strong" in elsewhere
        if (mode == "auto" and auto_ok) or (mode == "strict" and strict_ok):
            kept.append(occ)
    return kept


def _veto_targets(occs: list[_Occ]) -> None:
    """A bare common-word target ("Amazon") falls when the text shows a place or a person."""
    doubtful = [o for o in occs if o.field == "target" and o.grade != "strong"]
    if not doubtful:
        return
    in_text: dict[tuple[_Pattern, str], set[str]] = {}
    # a vendor the text names for sure under another of its own names ("Meta Platforms" beside
    # "Ray-Ban Meta glasses"): the company is meant, whatever the bare word's other uses
    sure: set[int] = set()
    for occ in occs:
        if occ.field != "target":
            in_text.setdefault((occ.pattern, occ.key), set()).add(occ.grade)
            if occ.grade == "strong" and occ.pattern.why != "related" and occ.field != "body":
                sure.add(occ.pattern.vendor)
    for occ in doubtful:
        seen = in_text.get((occ.pattern, occ.key))
        in_doubt = seen and "neg" in seen and not seen & {"strong", "cap"}
        if in_doubt and (occ.pattern.why == "related" or occ.pattern.vendor not in sure):
            occ.grade = "neg"


def _in_text(accepted: list[_Occ]) -> dict[tuple[_Pattern, str], _Occ]:
    """For each pattern and key, its first occurrence in the entry's own text (title first):
    the span shown for a target hit, which a reader can find."""
    first: dict[tuple[_Pattern, str], _Occ] = {}
    for occ in accepted:
        if occ.field == "target":
            continue
        held = first.get((occ.pattern, occ.key))
        if held is None or (_FIELD_RANK[occ.field], occ.start) < (
            _FIELD_RANK[held.field],
            held.start,
        ):
            first[(occ.pattern, occ.key)] = occ
    return first
