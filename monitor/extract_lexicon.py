"""The extraction lexicon: phrases loaded from ``monitor/data/lexicon.toml``, compiled once into
one Aho-Corasick automaton, scanned in one pass over the texts of an entry.

Scanning cost grows with the text, not with the number of phrases.
"""

from __future__ import annotations

import codecs
import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Final, NamedTuple

import ahocorasick  # type: ignore[import-not-found]  # no stubs


class Cue(NamedTuple):
    """A lexicon phrase found in a text: its category, payload and span."""

    start: int
    end: int
    where: str
    cat: str
    value: str


def _phrases(lex: dict) -> list[tuple[str, str, str]]:
    """Flatten the lexicon tables into (phrase, category, value) triples."""
    out: list[tuple[str, str, str]] = []
    for short, names in lex["regulator"].items():
        out += [(n, "reg", short) for n in names]
    by_country = lex["regulator_by_country"]
    for country, adj, privacy, competition in by_country["countries"]:
        for tpls, reg in ((by_country["privacy_phrases"], privacy),
                          (by_country["competition_phrases"], competition)):  # fmt: skip
            for tpl in tpls:
                phrase = tpl.format(C=country, A=adj)
                out.append((phrase, "reg", reg))
                # the authority's own capitalised name: "Turkish Competition Authority"
                out.append((_capitalised(phrase), "reg", reg))
                if country.endswith("s") and "{C}'s" in tpl:  # "the Netherlands' regulator"
                    out.append((tpl.replace("{C}'s", "{C}'").format(C=country, A=adj), "reg", reg))
        for tpl in by_country["country_phrases"]:
            out.append((tpl.format(C=country, A=adj), "reg_country", f"{privacy}|{competition}"))
    generic = lex["regulator_generic"]
    out += [(p, "reg_generic", "") for p in generic["privacy_commissioner"]]
    out += [(p, "authority", "") for p in generic.get("authority", ())]
    # the rank keeps the table's order: provinces before countries ("B.C." over "Canadian")
    out += [(place, "place", f"{i:03d}|{reg}") for i, (place, reg) in enumerate(generic["places"])]
    # then any country of the table, by name or adjective, first named first: "Austria's
    # Federal Administrative Court set aside the fine the data protection authority imposed"
    # (not Germany: its Länder each have their own authority, the federal one is rarely meant)
    for country, adj, privacy, _ in by_country["countries"]:
        if privacy != "BfDI":
            out += [(country, "place", f"999|{privacy}"), (adj, "place", f"999|{privacy}")]
    states = lex["states"]
    short = states.get("ag_names", {})  # "District of Columbia" -> "DC AG"
    for state in states["names"]:
        ag = short.get(state, f"{state} AG")
        out += [(tpl.format(S=state), "state", ag) for tpl in states["acting"]]
        out.append((state, "state_name", ag))
    out += [(p, "ag_generic", "") for p in states.get("generic", [])]
    courts = lex.get("named_courts", {})
    out += [
        (f"{n} {v}", "stage:court", "court")
        for n in courts.get("names", ())
        for v in courts.get("verbs", ())
    ]
    for section in ("stage", "not_enforcement", "private", "topic"):
        for kind, phrases in lex[section].items():
            out += [(p, f"{section}:{kind}", kind) for p in phrases]
            # a case-sensitive phrase ("BIPA suit") as a Title Case headline writes it ("New
            # BIPA Suit Targets ..."); a lower-case phrase matches any case already
            out += [
                (_capitalised(p), f"{section}:{kind}", kind)
                for p in phrases
                if p != p.lower() and _capitalised(p) != p
            ]
    return out


def _capitalised(phrase: str) -> str:
    """``phrase`` with its lower-case words capitalised, small words kept."""
    return " ".join(
        w if w in ("of", "and", "for", "the") or not w[:1].islower() else w[:1].upper() + w[1:]
        for w in phrase.split(" ")
    )


def _fold_error(err: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a non-ASCII letter becomes \x01 (it stays inside its word), any
    other non-ASCII character a space (a word boundary); one character for one."""
    assert isinstance(err, UnicodeEncodeError)
    bad = err.object[err.start : err.end]
    return "".join("\x01" if ch.isalnum() else " " for ch in bad), err.end


codecs.register_error("regwatch-fold", _fold_error)
# bytes.translate tables: ASCII punctuation to space (word boundaries are spaces), optionally upper
# to lower case; one byte for one character, so spans stay aligned with the text.
_EXACT: Final = bytes(i if chr(i).isalnum() or i == 1 else 32 for i in range(256))
_LOWER: Final = _EXACT.lower()


def fold(text: str, lower: bool) -> str:
    """``text`` as the automata see it: same length, punctuation as spaces, maybe lower case."""
    raw = text.encode("ascii", "regwatch-fold")
    return raw.translate(_LOWER if lower else _EXACT).decode("ascii")


_new_cue: Final = tuple.__new__  # Cue(...) without the NamedTuple constructor's extra call
# between the texts of one scan: fold never yields \x02, so no phrase spans it
_SEP: Final = " \x02 "


class Lexicon:
    """Compiled phrase automaton plus the lexicon's version string."""

    def __init__(self, lex: dict) -> None:
        self.version: str = lex["version"]
        self.names: dict[str, list[str]] = lex.get("names", {})
        self.targets: dict[str, list[str]] = lex.get("targets", {})  # role words of names
        self.raw_states: tuple[str, ...] = tuple(lex.get("states", {}).get("names", ()))
        by_country = lex.get("regulator_by_country", {}).get("countries", ())
        # (country, privacy authority, competition authority)
        self.countries_authorities: tuple[tuple[str, str, str], ...] = tuple(
            (row[0], row[2], row[3]) for row in by_country
        )
        # every country's name: the regulator table's and [names] countries, longest first
        # ("South Korea" before "South")
        named = {row[0] for row in by_country} | set(self.names.get("countries", ()))
        self.countries: tuple[str, ...] = tuple(sorted(named, key=lambda n: (-len(n), n)))
        table: dict[tuple[bool, str], list[tuple[str, str, int, int]]] = {}
        for phrase, cat, value in _phrases(lex):
            prefix = phrase.endswith("*")
            word = phrase.rstrip("*")
            exact = any(c.isupper() for c in word)
            folded = fold(word, lower=not exact).strip()
            # space-padded keys make every match start and end on a word boundary
            key = " " + folded + ("" if prefix else " ")
            # offset from the match's last hay index to the phrase's first text index
            back = len(folded) + (1 if not prefix else 0)
            entry = (cat, value, len(folded), back)
            slot = table.setdefault((exact, key), [])
            if entry not in slot:  # "cease-and-desist" and "cease and desist" fold alike
                slot.append(entry)
        # One automaton of lower-case keys: a case-sensitive phrase is found through its lower
        # case and kept only when the case-preserving fold of the text has it too, so each text
        # is walked once. Payload: (cat, value, length, back, prefix, exact key or None).
        merged: dict[str, list[tuple]] = {}
        for (exact, key), payload in table.items():
            prefix = not key.endswith(" ")
            for cat, value, length, back in payload:
                merged.setdefault(key.lower(), []).append(
                    (cat, value, length, back - 1, prefix, key if exact else None)
                )
        # every lower-case word of the phrases: ordinary words, which a Title Case headline
        # capitalises without making them names
        self.words: frozenset[str] = frozenset(
            w
            for key, payload in merged.items()
            if any(p[5] is None for p in payload)  # written in lower case: not a name
            for w in key.split()
            if w.isalpha()
        )
        self._automaton = _build(merged.items())
        # a smaller automaton per category subset, built from the main one's keys on first use
        # (the phrase table itself is not kept: ~2 MB of the daemon's budget)
        self._automata: dict[frozenset[str], ahocorasick.Automaton] = {}
        self.size = len(table)

    def _automaton_of(self, cats: frozenset[str]) -> ahocorasick.Automaton:
        """The automaton of the phrases of ``cats``, built once."""
        if cats not in self._automata:
            self._automata[cats] = _build(
                (key, [p for p in payload if p[0] in cats])
                for key, payload in self._automaton.items()
            )
        return self._automata[cats]

    def scan(self, text: str, where: str, offset: int = 0) -> list[Cue]:
        """Every lexicon phrase in ``text`` on word boundaries, sorted by position; spans are
        shifted by ``offset`` (``text`` is a slice starting there)."""
        return self.scan_texts(((text, where),), offset)

    def scan_texts(
        self,
        parts: tuple[tuple[str, str], ...],
        offset: int = 0,
        cats: frozenset[str] | None = None,
    ) -> list[Cue]:
        """``scan`` of each (text, where) in ``parts``, concatenated in order, in one automaton
        pass over the texts joined by a separator no phrase can span; ``cats``: only the
        phrases of these categories."""
        parts = tuple((t, w) for t, w in parts if t)
        if not parts:
            return []
        # the case-preserving fold, lower-cased, is the case-insensitive fold (both are ASCII)
        exact_hay = " " + _SEP.join(fold(t, False) for t, _ in parts) + " "
        hay = exact_hay.lower()
        # hay index where each text starts (shifted by ``offset``), and where the next starts
        starts, at = [], 1
        for t, _ in parts:
            starts.append(at)
            at += len(t) + len(_SEP)
        starts.append(len(hay) + 1)
        found: list[list[Cue]] = [[] for _ in parts]
        k, nxt = 0, starts[1]
        base, where, out = 1 - offset, parts[0][1], found[0]
        automaton = self._automaton if cats is None else self._automaton_of(cats)
        # the automaton is untyped: typed names make the compiled loop's arithmetic native
        end_idx: int
        payload: tuple[tuple[str, str, int, int, bool, str | None], ...]
        cat: str
        value: str
        length: int
        back: int
        prefix: bool
        exact: str | None
        for end_idx, payload in automaton.iter(hay):
            while end_idx >= nxt:  # matches come in text order: on to the next text
                k += 1
                nxt, base, where, out = starts[k + 1], starts[k] - offset, parts[k][1], found[k]
            for cat, value, length, back, prefix, exact in payload:
                hstart = end_idx - back  # hay index of the phrase's first character
                if exact is not None and exact_hay[hstart - 1 : end_idx + 1] != exact:
                    continue
                hend = hay.find(" ", hstart + length) if prefix else hstart + length
                out.append(_new_cue(Cue, (hstart - base, hend - base, where, cat, value)))
        cues: list[Cue] = []
        for f in found:
            f.sort()
            cues += f
        return cues


def _build(items: Iterable[tuple[str, Sequence[tuple]]]) -> ahocorasick.Automaton:
    """An automaton of (key, payloads), payloads stored as tuples; keys without any skipped."""
    automaton = ahocorasick.Automaton()
    for key, payload in items:
        if payload:
            automaton.add_word(key, tuple(payload))
    automaton.make_automaton()
    return automaton


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: just after the last ". " before it, or 0."""
    return text.rfind(". ", 0, pos) + 1


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends: at the next ". " from it, or the text's end."""
    hi = text.find(". ", pos)
    return hi if hi >= 0 else len(text)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped in the package, compiled once per process."""
    text = resources.files("monitor").joinpath("data/lexicon.toml").read_text(encoding="utf-8")
    return Lexicon(tomllib.loads(text))
