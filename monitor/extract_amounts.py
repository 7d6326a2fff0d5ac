"""Money imposed or agreed (A1-A3): US dollars into ``amount_usd``; other currencies only into
``amount_original``, never converted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from monitor.models import Evidence

_NUM: Final = r"(?P<num>\d[\d,]*(?:\.\d+)?)"
# any case: press releases' Title Case headlines write "$12 Million"
_MULT: Final = r"(?:\s*-?\s*(?P<mult>(?i:million|billion|bn|b|mn|m|k|thousand|crore|lakh))\b)?"
_PREFIX: Final = {
    "US$": "USD",
    "USD": "USD",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "R$": "BRL",
    "BRL": "BRL",
    "NOK": "NOK",
    "SEK": "SEK",
    "DKK": "DKK",
    "CHF": "CHF",
    "KRW": "KRW",
    "₩": "KRW",
    "INR": "INR",
    "₹": "INR",
    "Rs": "INR",
    "JPY": "JPY",
    "¥": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "PLN": "PLN",
    "TRY": "TRY",
    "ZAR": "ZAR",
    "SGD": "SGD",
    "S$": "SGD",
    "HK$": "HKD",
    "HKD": "HKD",
}
# A3: a bare "$" is the US dollar unless the item is another dollar's: an authority of a country
# whose currency is the dollar writes its own sums so ("the CRTC fined X $150,000"), and an item
# that writes "C$9 million" once means the same dollar by its later "$9 million penalty"
_LOCAL_DOLLAR: Final = {
    "OAIC": "AUD", "ACCC": "AUD", "ASIC": "AUD", "ACMA": "AUD", "eSafety": "AUD", "OVIC": "AUD",
    "OPC": "CAD", "OIPC BC": "CAD", "Competition Bureau": "CAD", "CRTC": "CAD",
    "NZ OPC": "NZD", "MAS": "SGD", "CCCS": "SGD", "PCPD": "HKD",
}  # fmt: skip
_OTHER_DOLLAR: Final = re.compile(r"(?<![\w$])(?:AU?|CA?|NZ|S|HK)\$(?=\s?\d)")
_SUFFIX: Final = {
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "won": "KRW",
    "reais": "BRL",
    "real": "BRL",
    "kroner": "NOK",
    "krone": "NOK",
    "kronor": "SEK",
    "krona": "SEK",
    "yen": "JPY",
    "rupees": "INR",
    "yuan": "CNY",
    "francs": "CHF",
    "zloty": "PLN",
    "rand": "ZAR",
    "pesos": "MXN",
    "lira": "TRY",
}
_PREFIX_RE: Final = "|".join(re.escape(p) for p in sorted(_PREFIX, key=len, reverse=True))
_SUFFIX_RE: Final = "|".join(sorted(_SUFFIX, key=len, reverse=True))
_NUM2, _MULT2 = _NUM.replace("num", "num2"), _MULT.replace("mult", "mult2")
# one pass: "$1.5 million" / "€4m" or "7.5 million pounds" / "21.6 billion won"
MONEY: Final = re.compile(
    rf"(?<![\w$])(?P<pre>{_PREFIX_RE})\s?{_NUM}{_MULT}|"
    rf"(?<![\w.,]){_NUM2}{_MULT2}\s+(?P<suf>{_SUFFIX_RE})\b"
)


# Cheap finds that every money phrase contains; a long body is searched only around them.
_MARKERS: Final = ("$", "€", "£", "₹", "₩", "¥", "illion", "USD", "EUR", "GBP")
_ASCII_MARKERS: Final = tuple(m for m in _MARKERS if m.isascii())
_LONG: Final = 400


_DIGITS: Final = re.compile(r"\d+")
_LEAD: Final = max(map(len, _PREFIX)) + 1  # a currency prefix and a space before the first digit
_PREFIX_FIRST: Final = frozenset(p[0] for p in _PREFIX)


def _finditer(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``MONEY.finditer(text, lo, hi)``, faster: every money phrase has a digit run at most
    ``_LEAD`` characters after its start, so MONEY is tried only just before digit runs
    instead of at every position."""
    out: list[re.Match[str]] = []
    pos = lo
    match = MONEY.match
    for run in _DIGITS.finditer(text, lo, hi):
        d = run.start()
        if d < pos:  # inside the last phrase: a phrase cannot start in a digit run
            continue
        for p in range(max(pos, d - _LEAD), d + 1):
            if p < d and text[p] not in _PREFIX_FIRST:
                continue  # before the digits only a currency prefix can start a phrase
            m = match(text, p, hi)
            if m:
                out.append(m)
                pos = m.end()
                break
    return out


def _money(text: str) -> Iterator[re.Match[str]]:
    """Money phrases in ``text`` in order; a long text is only searched near currency markers,
    because a regex pass over a whole article costs more than the rest of extraction."""
    if len(text) <= _LONG:
        yield from _finditer(text, 0, len(text))
        return
    windows = _windows(_spots(text), len(text))
    found: dict[int, re.Match[str]] = {}  # by start: the first window's match stands
    done = 0  # found[:done] in start order has been yielded
    for n, (lo, hi) in enumerate(windows):
        for m in _finditer(text, lo, hi):
            found.setdefault(m.start(), m)
        # later windows start further on: what starts before the next one is final, and the
        # caller usually stops at the first phrase
        final = windows[n + 1][0] if n + 1 < len(windows) else len(text)
        starts = sorted(found)
        while done < len(starts) and starts[done] < final:
            yield found[starts[done]]
            done += 1


def _windows(spots: list[int], size: int) -> list[tuple[int, int]]:
    """The stretches around the markers at ``spots`` (sorted) that a money phrase holding one
    can cover, overlapping ones merged: "$5 million" has two markers, and a text searched
    twice cost more than the rest of find_amount."""
    out: list[tuple[int, int]] = []
    for i in spots:
        lo, hi = max(0, i - 24), min(size, i + 40)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _spots(text: str, limit: int = 8) -> list[int]:
    """Where the first ``limit`` occurrences of each marker are, in order (str.find beats one
    regex alternation here: "illion" starts with a common letter)."""
    out = []
    # an ASCII text (most) holds none of the currency signs: half the finds are saved
    for marker in _ASCII_MARKERS if text.isascii() else _MARKERS:
        i, n = text.find(marker), 0
        while i >= 0 and n < limit:
            out.append(i)
            n += 1
            i = text.find(marker, i + 1)
    out.sort()  # no two markers start at one place: no duplicates
    return out


_MULTIPLIER: Final = {
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "k": 1e3,
    "thousand": 1e3,
    "crore": 1e7,
    "lakh": 1e5,
}


def _words(alts: str) -> re.Pattern[str]:
    """``\\b(?:alts)\\b`` for lower-case text, with the alternatives grouped by first letter: the re
    module tries alternatives one by one at every position, so a search over a sentence ran
    through all of them everywhere. Matches where the plain alternation does (used as a test)."""
    groups: dict[str, list[str]] = {}
    for alt in alts.split("|"):
        groups.setdefault(alt[0], []).append(alt[1:])
    body = "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())
    # case-sensitive, on lower-cased text: a case-insensitive search costs ~3x as much
    return re.compile(rf"\b(?:{body})\b")


# Money that is not imposed on the targets (A2).
_NOT_IMPOSED: Final = _words(
    r"deal|valuation|valued|raises?|raised|round|funding|worth|acqui\w+|buy|bought|revenue|"
    r"sales|price|priced|costs?|a year|per year|annual|per violation|each violation|daily|a day|"
    r"per day|seeks?|sought|seeking|sued for|could face|faces up to|contract|compute|invest\w*|"
    r"loan|market|"
    # money handed to criminals: "paid the attackers $100,000", "a ransom of $5 million"
    r"attackers|hackers|ransom\w*|extort\w*"
)
# a deal with a party, or one that ends a case, on an enforcement item: its settlement ("$1.4B
# deal with X over face-scan data", "$95M deal to end class action"), not a business deal
_SETTLING_DEAL: Final = re.compile(
    r"\s*deals?\s+(?:with|over|to\s+(?:end|settle|resolve)|ending|resolving|settling)\b"
)
# A2: money taken from victims, or a deal an authority sues to block, is no sum imposed: "charged
# with stealing more than $10 million", "cheated savers out of more than $2 billion", "sues to
# block the $4 billion takeover", "a $1.7 billion bitcoin scheme" (not "$175 million over fraud
# failures")
_TAKEN: Final = _words(
    r"steal\w*|stole|stolen|theft|launder\w*|drain\w*|defraud\w*|cheat\w*|swindl\w*|"
    r"embezzl\w*|bilk\w*|to block"
)
# every _TAKEN match holds one (a search tries each position; most figures have none near)
_TAKEN_STEMS: Final = (
    "steal", "stole", "theft", "launder", "drain", "defraud", "cheat", "swindl", "embezzl", "bilk",
    "to block",
)  # fmt: skip
_DEALS_AND_SCHEMES: Final = ("merger", "takeover", "buyout", "fraud", "scheme", "ponzi", "heist")
# what a suit claims: "faces a $5 billion lawsuit" (not "a $5 million lawsuit settlement")
_CLAIMS: Final = ("suit", "class action", "claim")
_TAKEN_AFTER: Final = re.compile(
    r"(?:(?!(?:over|for|after|in|to|under|by|with)\b)[\w'’-]+\s+){0,2}?"
    rf"(?:{'|'.join(_DEALS_AND_SCHEMES)})\b|"
    rf"(?:law)?(?:{'|'.join(_CLAIMS)})s?\b(?!\s+settle)"
)
# every _TAKEN_AFTER match holds one (the same words: the gate cannot miss a new one)
_TAKEN_AFTER_WORDS: Final = (*_DEALS_AND_SCHEMES, *_CLAIMS)
# A1: a ruling on money imposed before is no new money ("Fifth Circuit throws out $4.3 million
# penalty", "upholds the FCC's $57 million fine", "vacates $228 million award")
_RULED_ON: Final = re.compile(
    r"\b(?:upholds?|upheld|uphold(?:ing)?|affirm(?:s|ed|ing)?|vacat(?:es|ed|ing)|"
    r"(?:throws?|threw|thrown|throwing|tosse[sd]|toss(?:ing)?|strikes?|struck|striking)\s+"
    r"(?:out|down)|overturn(?:s|ed|ing)?|revers(?:es|ed|ing)|quash(?:es|ed|ing)?|"
    r"annul(?:s|led|ling)?)\s+(?:the\s+|a\s+)?(?:[\w.&'’-]+['’]s?\s+)?$"
)
# every _RULED_ON match holds one
_RULED_STEMS: Final = (
    "uphold", "upheld", "affirm", "vacat", "out", "down", "overturn", "revers", "quash", "annul",
)  # fmt: skip
_IMPOSED: Final = _words(
    r"penalt\w+|fines?|fined|pay|pays|paid|paying|settle\w*|fund|redress|refunds?|judgment|"
    r"damages|verdict|jury|disgorge\w*|restitution|forfeit\w*|award\w*|liable|to resolve|"
    r"secured|payment"
)


_CLAUSE_END: Final = re.compile(r"[.;]\s")


def _value(m: re.Match[str]) -> float:
    value = float((m.group("num") or m.group("num2")).replace(",", ""))
    mult = (m.group("mult") or m.group("mult2") or "").lower()
    return value * _MULTIPLIER.get(mult, 1.0)


def bare_dollar(texts: dict[str, str], regulator: str | None) -> str:
    """The currency a bare "$" stands for in the item (A3): the dollar another prefix of the item
    names ("C$"), else the dollar of the regulator's country, else the US dollar."""
    for where in ("title", "summary", "body"):
        text = texts.get(where) or ""
        # tried only just before each "$": a search tries every position, as the lookbehind
        # that opens the pattern hides its first letters from the re module's prefix scan
        i = text.find("$")
        while i >= 0:
            m = _OTHER_DOLLAR.match(text, max(0, i - 2)) or _OTHER_DOLLAR.match(text, max(0, i - 1))
            if m:
                return _PREFIX[m.group()]
            i = text.find("$", i + 1)
    return _LOCAL_DOLLAR.get(regulator or "", "USD")


def find_amount(
    texts: dict[str, str], dollar: str = "USD"
) -> tuple[float | None, dict | None, Evidence | None]:
    """The first imposed or agreed amount, title first: (amount_usd, amount_original, evidence);
    ``dollar``: the currency of a bare "$" (see bare_dollar)."""
    for where in ("title", "summary", "body"):
        text = texts.get(where) or ""
        if not text:
            continue
        # a short text's phrases as a list: the generator only pays off on long texts
        for m in _finditer(text, 0, len(text)) if len(text) <= _LONG else _money(text):
            before = text[max(0, m.start() - 60) : m.start()]
            after = text[m.end() : m.end() + 50]
            # a sentence boundary ends the context that can qualify a figure
            before = _CLAUSE_END.split(before)[-1]
            after = _CLAUSE_END.split(after)[0]
            before, after = before.lower(), after.lower()
            if _NOT_IMPOSED.search(before[-30:]) or (
                _NOT_IMPOSED.match(after.strip()) and not _SETTLING_DEAL.match(after)
            ):
                continue
            near = before[-45:]
            if any(w in near for w in _TAKEN_STEMS) and _TAKEN.search(near):
                continue
            if any(w in after for w in _TAKEN_AFTER_WORDS) and _TAKEN_AFTER.match(after.strip()):
                continue
            if any(w in near for w in _RULED_STEMS) and _RULED_ON.search(before[-40:]):
                # the item reports a ruling on money imposed before: the sums it goes on to
                # cite are that money ("fee award ... 15% of the $650 million fund")
                return None, None, None
            if not (_IMPOSED.search(before) or _IMPOSED.search(after) or where == "title"):
                continue
            groups = m.groupdict()
            pre = groups.get("pre") or ""
            currency = (dollar if pre == "$" else _PREFIX.get(pre)) or _SUFFIX.get(
                groups.get("suf") or "", "USD"
            )
            value = _value(m)
            original = {"value": value, "currency": currency}
            ev = Evidence("amount_usd", m.group(0), where, m.start(), m.end())
            return (value if currency == "USD" else None), original, ev
    return None, None, None
