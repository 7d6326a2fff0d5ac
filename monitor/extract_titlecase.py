"""Title Case headlines (regulators' own releases: "Upromise Settles FTC Charges That Its
Toolbar Collected ...") read with their ordinary words in lower case, so that only names keep
capitals for the name finder in ``monitor/extract_names.py``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Final

from monitor.extract_lexicon import default_lexicon
from monitor.extract_names import LEGAL_FORM, POSSESSIVE_END, has_word

_MODERN: Final = frozenset(default_lexicon().names.get("modern_words", ()))

_TITLE_WORD: Final = re.compile(r"[A-Za-z][\w'’-]*")
# small words a Title Case headline capitalises
_SMALL: Final = frozenset(
    ("a", "an", "and", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is",
     "it", "its", "of", "on", "or", "over", "that", "the", "their", "to", "under", "was", "were",
     "will", "with", "without", "after", "before", "against", "about", "than", "this")
)  # fmt: skip


_INSTITUTION_WORDS: Final = frozenset(
    ("general", "court", "commission", "committee", "office", "department", "authority",
     "agency", "bureau", "board", "council", "police", "group", "holdings", "technologies",
     "bank", "university", "school", "hospital", "labs", "systems", "inc", "llc", "ltd", "corp")
)  # fmt: skip


def title_case(title: str) -> bool:
    """Whether the headline capitalises most of its longer words (press-release style)."""
    # two plain lower-case words settle it (most headlines), before the regex pass: each is
    # one word of the pass below, counted there as not capitalised
    plain = 0
    for t in title.split():
        if "a" <= t[0] <= "z" and len(t) > 3 and t.isalpha() and t.lower() not in _SMALL:
            plain += 1
            if plain == 2:
                return False
    words = [w for w in _TITLE_WORD.findall(title) if len(w) > 3 and w.lower() not in _SMALL]
    lower = sum(not w[0].isupper() for w in words)  # "stops", "work" in a sentence-case one
    return len(words) >= 3 and lower <= 1 and lower <= 0.3 * len(words)


# a part of a headline between semicolons that ends in a legal suffix: one company's name
_LEGAL_PART: Final = re.compile(rf"[^;]{{1,80}}?{LEGAL_FORM}\s*(?:;|$)")


_LEGAL_NAME_PART: Final = re.compile(rf"[^;]{{1,80}}?{LEGAL_FORM}\s*;")
# where a headline's parts between semicolons start
_PART_START: Final = re.compile(r"(?:^|;) *")


def untitle(title: str, summary: str) -> str:
    """A Title Case headline with its ordinary words in lower case, same length: a word keeps its
    capital when it is the first, an acronym, written capitalised in the summary, or a word the
    lexicon and the summary do not know (a name). Other headlines are returned as they are."""
    if not title_case(title):
        return title
    ordinary = default_lexicon().words
    out = list(title)
    kept = False  # whether the word before kept its capital
    found = list(_TITLE_WORD.finditer(title))
    # a part before a ";" that ends in a legal form is one company's name, every word of it
    # ("Rite Aid Corporation; Analysis of Proposed Consent Order ...": not "Rite aid")
    starts = [m.end() for m in _PART_START.finditer(title)] if ";" in title else []
    named = [(p.start(), p.end()) for s in starts if (p := _LEGAL_NAME_PART.match(title, s))]
    for n, m in enumerate(found):
        word = m.group()
        low = POSSESSIVE_END.sub("", word.lower())  # "Children's": look up "children"
        after = found[n + 1].group().lower() if n + 1 < len(found) else ""
        acronym = low.upper() == word[: len(low)]  # "FTC", "AI's"
        # the first word of the headline, or of a part after ";" that is a company's legal name
        # ("X, LLC; Choice Level, LLC; and Y"): capitalised by position or by the name
        opens = n == 0 or (
            title[: m.start()].rstrip().endswith(";") and bool(_LEGAL_PART.match(title, m.start()))
        )
        inside = any(a <= m.start() < b for a, b in named)
        if opens or inside or not word[0].isupper() or acronym or any(c.isdigit() for c in word):
            kept = word[0].isupper()
            continue
        was_kept, kept = kept, False
        if was_kept and low in _INSTITUTION_WORDS:
            kept = True  # "Attorney General", "Restricted Committee": part of a name
        elif low in _SMALL:
            out[m.start()] = word[0].lower()
        elif has_word(POSSESSIVE_END.sub("", word), summary):  # "Meta's" as "Meta"
            kept = True  # the summary writes it capitalised: a name, or part of one
        elif low in ordinary or _ordinary_form(low, ordinary) or has_word(low, summary):
            out[m.start()] = word[0].lower()
        elif summary and after not in _INSTITUTION_WORDS and english_word(low):
            # a dictionary word the summary does not write capitalised: "Online Shoe Retailer X";
            # not before an institution's noun ("Surrey Police")
            out[m.start()] = word[0].lower()
        else:
            kept = True  # a word neither the lexicon nor the summary knows: a name
    return "".join(out)


# plain inflections: (ending, what the base form ends in instead)
_LEXICON_ENDINGS: Final = (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""))
_DICTIONARY_ENDINGS: Final = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
    ("ers", ""), ("ers", "e"), ("er", ""),
)  # fmt: skip


def _inflected(
    low: str, known: Callable[[str], bool], endings: tuple[tuple[str, str], ...], stem: int = 1
) -> bool:
    """Whether ``low`` is an inflection of a ``known`` word: "settles" of "settle"; the base
    keeps at least ``stem`` letters before the ending."""
    return any(
        low.endswith(end) and len(low) >= len(end) + stem and known(low[: -len(end)] + add)
        for end, add in endings
    )


def _ordinary_form(low: str, ordinary: frozenset[str]) -> bool:
    """An inflection of a lexicon word: "settles" of "settle", "collected" of "collect"."""
    return _inflected(low, ordinary.__contains__, _LEXICON_ENDINGS)


@lru_cache(maxsize=1)
def _dictionary() -> bytes:
    """The lower-case words of four or more letters of Webster's Second (public domain), sorted,
    one per line after a "#" header line (which sorts first): 2 MB of bytes searched by
    bisection (a set of its 209,000 words would hold 30 MB), loaded on the first Title Case
    headline."""
    raw = resources.files("monitor").joinpath("data/english_words.txt.gz").read_bytes()
    # one buffer of the known size: gzip.decompress grows its buffer and peaks at twice that
    return zlib.decompress(raw, wbits=31, bufsize=2_300_000)


def _in_dictionary(word: str) -> bool:
    """Whether ``word`` is a line of the sorted dictionary (binary search on positions)."""
    text, key = _dictionary(), word.encode("ascii", "replace")
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind(b"\n", 0, mid) + 1  # the line holding position ``mid``
        end = text.find(b"\n", start)
        line = text[start:end]
        if line == key:
            return True
        if line < key:
            lo = end + 1
        else:
            hi = start
    return False


def english_word(low: str) -> bool:
    """Whether ``low`` or a plain inflection of it is an English dictionary word."""
    if low in _MODERN:
        return True
    if len(low) < 4:  # the dictionary's short words are mostly obscure ("ai", a sloth)
        return False
    return _in_dictionary(low) or _inflected(low, _in_dictionary, _DICTIONARY_ENDINGS, stem=3)
