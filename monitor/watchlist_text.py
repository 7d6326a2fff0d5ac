"""Text helpers for watchlist matching: the matching key, case folding, evidence around a match.

Folding is length-preserving (lower case, punctuation to spaces), so a span found in the folded
text is the same span in the original. Evidence grades say how sure we are that a common-word name
means the company: ``strong`` (legal suffix, product or company word), ``cap`` (capitalised
mid-sentence, or a whole target), ``weak`` (capitalised where every word is: a title or a sentence
start), ``none`` (lower case) and ``neg`` (a place, a person, "Ring of Fire").
"""

from __future__ import annotations

import codecs
import re

from monitor.extract_titlecase import english_word
from monitor.watchlist_words import (
    COMMON_WORDS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    LEADING_WORDS,
    LEGAL_SUFFIXES,
    ORG_WORDS,
    PLACE_WORDS,
    QUALIFIER_WORDS,
)

# Folding runs on every entry, so it is an ASCII encode (non-ASCII characters go through a codec
# error handler, one call per run of them) and a bytes.translate that lowers and blanks.
LETTER = "\x01"
# LETTER passes through (so "\u00e9Zentrix" is one word, not a space and "Zentrix").
_FOLD_BYTES = bytes(
    ord(chr(i).lower()) if chr(i).isalnum() or chr(i) == LETTER else ord(" ") for i in range(256)
)
_FOLD_TABLE = str.maketrans(
    {chr(i): chr(i).lower() if chr(i).isalnum() else " " for i in range(128)}
)
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s?(?!\w)")
_SUFFIX_SET = frozenset(tuple(s.split()) for s in LEGAL_SUFFIXES)
_SUFFIX_STARTS = frozenset(s[0] for s in _SUFFIX_SET)
_SUFFIX_ENDS = frozenset(s[-1] for s in _SUFFIX_SET)  # most names end in none: skip the loop
_SUFFIX_LENGTHS = sorted({len(s) for s in _SUFFIX_SET}, reverse=True)
_DOMAIN = re.compile(r"\w\.(com|ai|io|net|org|co|app|dev|tech)\b", re.I)
_WORD = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(r"(['\u2019]s?)?([^\w]*)(\w*)")
_SENTENCE_END = ".!?:"
_OPENERS = " \"'(\u201c\u2018["


def fold(text: str) -> str:
    """Lower case, punctuation to spaces, other scripts' letters to LETTER; same length as text."""
    return text.encode("ascii", _FOLD_ERRORS).translate(_FOLD_BYTES).decode("ascii")


def _fold_error(err: UnicodeError) -> tuple[str, int]:
    """One character for each non-ASCII one: its ASCII lower case, else LETTER or a space."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    out = []
    for char in err.object[err.start : err.end]:
        low = char.lower()
        if len(low) != 1:  # dotted capital I lower-cases to two characters: keep the length
            low = char
        out.append(low if low.isascii() else LETTER if low.isalnum() else " ")
    return "".join(out), err.end


_FOLD_ERRORS = "regwatch-watchlist-fold"
codecs.register_error(_FOLD_ERRORS, _fold_error)


def _fold_unicode(text: str) -> str:
    if text.isascii():
        return text.translate(_FOLD_TABLE)
    return "".join(c if c.isalnum() else " " for c in text.lower())


def normalise(name: str) -> str:
    """The matching key of a name: no case, punctuation, possessive, hyphen or legal suffix."""
    tokens = _fold_unicode(_POSSESSIVE.sub("", name)).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    changed = bool(tokens) and tokens[-1] in _SUFFIX_ENDS
    while changed:  # "Foo Holdings Co., Ltd." loses both suffixes
        changed = False
        for n in _SUFFIX_LENGTHS:
            if len(tokens) > n and tuple(tokens[-n:]) in _SUFFIX_SET:
                tokens = tokens[:-n]
                changed = True
                break
    return " ".join(tokens)


def is_common(name: str, key: str) -> bool:
    """Whether a name is only ordinary words, so a bare occurrence may mean something else."""
    if _DOMAIN.search(name):
        return False
    tokens = key.split()
    if len(tokens) == 1 and _compound(tokens[0]):
        return True
    return any(t in COMMON_WORDS for t in tokens) and all(
        t in COMMON_WORDS or t in GENERIC_WORDS for t in tokens
    )


def short_form(key: str) -> str | None:
    """A key without its last word when that word only qualifies ("whole foods market" reads
    "whole foods" in the news), or None: kept only when what is left still names something on
    its own, several words or one that is no ordinary word ("scale ai" is not "scale")."""
    tokens = key.split()
    if len(tokens) < 2 or tokens[-1] not in GENERIC_WORDS or tokens[-1] in FUNCTION_WORDS:
        return None
    rest = tokens[:-1]
    if all(t in GENERIC_WORDS or t in FUNCTION_WORDS for t in rest):
        return None
    if len(rest) == 1 and (
        len(rest[0]) <= 3
        or rest[0] in COMMON_WORDS
        or _compound(rest[0])
        or english_word(rest[0])  # "World" of "World Network", "Stability" of "Stability AI"
    ):
        return None
    return " ".join(rest)


def is_phrase(name: str, key: str) -> bool:
    """Whether a name is several words of letters: only its capitalised form is a name."""
    if _DOMAIN.search(name):
        return False
    tokens = key.split()
    return len(tokens) > 1 and all(t.isalpha() for t in tokens)


def _compound(word: str) -> bool:
    """Two common words run together ("clearview") read as a phrase too."""
    return any(
        word[:i] in COMMON_WORDS and word[i:] in COMMON_WORDS for i in range(3, len(word) - 2)
    )


def title_like(text: str) -> bool:
    """Whether capitals carry no meaning here: Title Case or ALL CAPS."""
    words = [w for w in _WORD.findall(text) if len(w) > 3 and w.lower() not in FUNCTION_WORDS]
    if len(words) < 3:
        return False
    upper = sum(w[0].isupper() for w in words)
    return upper >= 0.7 * len(words)


def capitalised(span: str) -> bool:
    """Every word of the span starts with a capital or a digit, bar small words inside it."""
    if span.isalnum():  # one word, the usual case
        return span[0].isupper() or span[0].isdigit()
    words = _WORD.findall(span)
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in FUNCTION_WORDS for w in words)


def _next_word(text: str, pos: int) -> tuple[str, str]:
    """The word after ``pos`` and what separates it ("" if only spaces), skipping a possessive."""
    m = _NEXT_WORD.match(text, pos, pos + 60)
    if not m:
        return "", ""
    gap = (m.group(1) or "") + m.group(2)
    return m.group(3), gap.strip()


def _prev_word(text: str, pos: int) -> tuple[str, str]:
    """The word before ``pos`` and what separates it ("" if only spaces)."""
    i = pos
    while i > 0 and not text[i - 1].isalnum():
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return text[j:i], text[i:pos].strip()


def sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` begins the text or a sentence (after . ! ? : and any quotes)."""
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _suffix_after(low: str, end: int) -> bool:
    tokens = tuple(low[end : end + 24].split()[:3])
    if not tokens or tokens[0] not in _SUFFIX_STARTS:
        return False
    return any(tokens[:n] in _SUFFIX_SET for n in _SUFFIX_LENGTHS)


def grade(text: str, low: str, start: int, end: int, titled: bool, others: set[int]) -> str:
    """How sure we are that the common-word name at ``text[start:end]`` means the company."""
    span = text[start:end]
    if not capitalised(span):
        return "none"
    if _suffix_after(low, end):
        return "strong"
    after, gap = _next_word(text, end)
    if after.lower() in ORG_WORDS:
        return "strong"
    if after.lower() in PLACE_WORDS or (not gap and after == "of" and _named_after_of(text, end)):
        return "neg"  # "Ring of Fire"; not "accusing Meta of collecting"
    before, bgap = _prev_word(text, start)
    if before.lower() in ("the", "a", "an") and not bgap:
        return "neg"
    if not titled and _proper_neighbour(text, start, end, after, gap, before, bgap, others):
        return "neg"
    if " " in span.strip() or sum(map(str.isupper, span)) > 1 and not span.isupper():
        return "cap"  # a multi-word or CamelCase name is a name, even in a title
    if titled or sentence_start(text, start):
        return "weak"
    return "cap"


def _named_after_of(text: str, end: int) -> bool:
    """Whether the "of" that follows a match makes it part of a name or phrase: the next word is
    capitalised ("Ring of Fire") or a plain noun ("ring of fire"), not a gerund ("accusing Meta
    of collecting") or a word like "the" that a name's complement starts with."""
    word, _gap = _next_word(text, text.find("of", end) + 2)
    if not word or word[0].isupper():
        return True
    return word.isalpha() and not word.endswith("ing") and word not in _OF_COMPLEMENT


# words after "X of" that start a complement of a company's name ("Meta of the kind", "Apple of
# its own"): not a phrase of which the match is part
_OF_COMPLEMENT = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "all"})


def _proper_neighbour(
    text: str, start: int, end: int, after: str, gap: str, before: str, bgap: str, others: set[int]
) -> bool:
    """A capitalised word glued to the match makes it part of another name ("Alexa Grasso")."""
    if after and not gap and after[0].isupper() and not after.isupper():
        nxt = text.find(after, end)
        if nxt not in others and after.lower() not in GENERIC_WORDS | QUALIFIER_WORDS:
            return True
    if before and not bgap and before[0].isupper() and not before.isupper():
        prv = text.rfind(before, 0, start)
        if before.lower() not in LEADING_WORDS and prv not in others:
            return not sentence_start(text, prv)
    return False


def grade_in_field(
    field: str, text: str, low: str, start: int, end: int, key: str, titled: bool, starts: set[int]
) -> str:
    """The grade of an occurrence in an entry field or in one of ``action.targets``."""
    # A target is a name, not a sentence: its first word is not capitalised by grammar, and a
    # target that is exactly the name is the extractor's word that an organisation is meant.
    if field == "target":
        if fold(normalise(text)) == key and capitalised(text[start:end]):
            return "cap"
        if start == 0 and capitalised(text[start:end]) and end < len(text):
            return "cap"  # "Meta Pixel", "Amazon Go": a maker's name opening its product's
        shifted = {s + 1 for s in starts}
        found = grade(" " + text, " " + low, start + 1, end + 1, False, shifted)
        return "cap" if found == "weak" else found
    return grade(text, low, start, end, titled, starts)
