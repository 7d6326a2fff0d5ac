"""The extraction lexicon: phrases loaded from ``monitor/data/lexicon.toml``, compiled once into
two Aho-Corasick automata (case-insensitive and case-sensitive), scanned in one pass per text.

Scanning cost grows with the text, not with the number of phrases.
"""

from __future__ import annotations

import codecs
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
        out.append((state, "state_name", f"{state} AG"))
    out += [(p, "ag_generic", "") for p in states.get("generic", [])]
    for section in ("stage", "not_enforcement", "private", "topic"):
        for kind, phrases in lex[section].items():
            out += [(p, f"{section}:{kind}", kind) for p in phrases]
    return out


def _fold_error(err: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a non-ASCII letter becomes \x01 (it stays inside its word), any
    other non-ASCII character a space (a word boundary); one character for one."""
    assert isinstance(err, UnicodeEncodeError)
    bad = err.object[err.start : err.end]
    return "".join("\x01" if ch.isalnum() else " " for ch in bad), err.end


codecs.register_error("regwatch-fold", _fold_error)
# bytes.translate tables: ASCII punctuation to space (word boundaries are spaces), optionally upper
# to lower case; one byte for one character, so spans stay aligned with the text.
_EXACT = bytes(i if chr(i).isalnum() or i == 1 else 32 for i in range(256))
_LOWER = _EXACT.lower()


def fold(text: str, lower: bool) -> str:
    """``text`` as the automata see it: same length, punctuation as spaces, maybe lower case."""
    raw = text.encode("ascii", "regwatch-fold")
    return raw.translate(_LOWER if lower else _EXACT).decode("ascii")


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
            folded = fold(word, lower=not exact).strip()
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

    def scan(self, text: str, where: str, offset: int = 0) -> list[Cue]:
        """Every lexicon phrase in ``text`` on word boundaries, sorted by position; spans are
        shifted by ``offset`` (``text`` is a slice starting there)."""
        if not text:
            return []
        cues: list[Cue] = []
        n = len(text)
        for automaton, lower in ((self._lower, True), (self._exact, False)):
            hay = " " + fold(text, lower) + " "
            for end_idx, payload in automaton.iter(hay):
                for cat, value, length, back in payload:
                    # hay has one leading space: hay index i is text index i - 1
                    start = end_idx - back
                    cend = start + length
                    while cend < n and hay[cend + 1] != " ":  # prefix phrases: whole last word
                        cend += 1
                    cues.append(Cue(start + offset, cend + offset, where, cat, value))
        cues.sort()
        return cues


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped in the package, compiled once per process."""
    text = resources.files("monitor").joinpath("data/lexicon.toml").read_text(encoding="utf-8")
    return Lexicon(tomllib.loads(text))
