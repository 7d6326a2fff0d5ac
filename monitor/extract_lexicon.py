"""The extraction lexicon: phrases loaded from ``monitor/data/lexicon.toml``, compiled once into
two Aho-Corasick automata (case-insensitive and case-sensitive), scanned in one pass per text.

Scanning cost grows with the text, not with the number of phrases.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import ahocorasick


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
        for tpl in by_country["privacy_phrases"]:
            out.append((tpl.format(C=country, A=adj), "reg", privacy))
        for tpl in by_country["competition_phrases"]:
            out.append((tpl.format(C=country, A=adj), "reg", competition))
        for tpl in by_country["country_phrases"]:
            out.append((tpl.format(C=country, A=adj), "reg_country", f"{privacy}|{competition}"))
    generic = lex["regulator_generic"]
    out += [(p, "reg_generic", "") for p in generic["privacy_commissioner"]]
    # the rank keeps the table's order: provinces before countries ("B.C." over "Canadian")
    out += [(place, "place", f"{i:03d}|{reg}") for i, (place, reg) in enumerate(generic["places"])]
    states = lex["states"]
    for state in states["names"]:
        out += [(tpl.format(S=state), "state", f"{state} AG") for tpl in states["acting"]]
    for section in ("stage", "not_enforcement", "private", "topic"):
        for kind, phrases in lex[section].items():
            out += [(p, f"{section}:{kind}", kind) for p in phrases]
    return out


def _fold_table(lower: bool) -> dict[int, int]:
    """str.translate table: punctuation to space (so word boundaries are spaces), optionally
    upper to lower case; one character for one, so spans stay aligned."""
    table = {}
    for code in range(0x2FFF):
        ch = chr(code)
        if not ch.isalnum():
            table[code] = " "
        elif lower and len(ch.lower()) == 1 and ch.lower() != ch:
            table[code] = ch.lower()
    return table


_FOLD_LOWER = _fold_table(lower=True)
_FOLD_EXACT = _fold_table(lower=False)


class Lexicon:
    """Compiled phrase automata plus the lexicon's version string."""

    def __init__(self, lex: dict) -> None:
        self.version: str = lex["version"]
        self.names: dict[str, list[str]] = lex.get("names", {})
        self._lower = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        table: dict[tuple[bool, str], list[tuple[str, str, int, int]]] = {}
        for phrase, cat, value in _phrases(lex):
            prefix = phrase.endswith("*")
            word = phrase.rstrip("*")
            exact = any(c.isupper() for c in word)
            folded = word.translate(_FOLD_EXACT if exact else _FOLD_LOWER).strip()
            # space-padded keys make every match start and end on a word boundary
            key = " " + folded + ("" if prefix else " ")
            # offset from the match's last hay index to the phrase's first text index
            back = len(folded) + (1 if not prefix else 0)
            entry = (cat, value, len(folded), back)
            slot = table.setdefault((exact, key), [])
            if entry not in slot:  # "cease-and-desist" and "cease and desist" fold alike
                slot.append(entry)
        for (exact, key), payload in table.items():
            (self._exact if exact else self._lower).add_word(key, tuple(payload))
        self._lower.make_automaton()
        self._exact.make_automaton()
        self.size = len(table)

    def scan(self, text: str, where: str) -> list[Cue]:
        """Every lexicon phrase in ``text`` on word boundaries, sorted by position."""
        if not text:
            return []
        cues: list[Cue] = []
        n = len(text)
        for automaton, fold in ((self._lower, _FOLD_LOWER), (self._exact, _FOLD_EXACT)):
            hay = " " + text.translate(fold) + " "
            for end_idx, payload in automaton.iter(hay):
                for cat, value, length, back in payload:
                    # hay has one leading space: hay index i is text index i - 1
                    start = end_idx - back
                    cend = start + length
                    while cend < n and hay[cend + 1] != " ":  # prefix phrases: whole last word
                        cend += 1
                    cues.append(Cue(start, cend, where, cat, value))
        cues.sort()
        return cues


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped in the package, compiled once per process."""
    text = resources.files("monitor").joinpath("data/lexicon.toml").read_text(encoding="utf-8")
    return Lexicon(tomllib.loads(text))
