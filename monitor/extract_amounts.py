"""Money imposed or agreed (A1-A3): US dollars into ``amount_usd``; other currencies only into
``amount_original``, never converted."""

from __future__ import annotations

import re

from monitor.models import Evidence

_NUM = r"(?P<num>\d[\d,]*(?:\.\d+)?)"
_MULT = r"(?:\s*-?\s*(?P<mult>million|billion|bn|mn|m|k|thousand|crore|lakh)\b)?"
_PREFIX = {
    "US$": "USD",
    "USD": "USD",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "A$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CAD": "CAD",
    "NZ$": "NZD",
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
}
_SUFFIX = {
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
_PREFIX_RE = "|".join(re.escape(p) for p in sorted(_PREFIX, key=len, reverse=True))
_SUFFIX_RE = "|".join(sorted(_SUFFIX, key=len, reverse=True))
_NUM2, _MULT2 = _NUM.replace("num", "num2"), _MULT.replace("mult", "mult2")
# one pass: "$1.5 million" / "€4m" or "7.5 million pounds" / "21.6 billion won"
MONEY = re.compile(
    rf"(?<![\w$])(?P<pre>{_PREFIX_RE})\s?{_NUM}{_MULT}|"
    rf"(?<![\w.,]){_NUM2}{_MULT2}\s+(?P<suf>{_SUFFIX_RE})\b"
)


# Cheap finds that every money phrase contains; a long body is searched only around them.
_MARKERS = ("$", "€", "£", "₹", "₩", "¥", "illion", "USD", "EUR", "GBP")
_LONG = 400


def _money(text: str) -> list[re.Match[str]]:
    """Money phrases in ``text``; a long text is only searched near currency markers, because a
    regex pass over a whole article costs more than the rest of extraction."""
    if len(text) <= _LONG:
        return list(MONEY.finditer(text))
    spots = sorted({i for m in _MARKERS for i in _positions(text, m)})
    found: dict[int, re.Match[str]] = {}
    for i in spots:
        for m in MONEY.finditer(text, max(0, i - 24), min(len(text), i + 40)):
            found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def _positions(text: str, marker: str, limit: int = 8) -> list[int]:
    out, i = [], text.find(marker)
    while i >= 0 and len(out) < limit:
        out.append(i)
        i = text.find(marker, i + 1)
    return out


_MULTIPLIER = {
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "k": 1e3,
    "thousand": 1e3,
    "crore": 1e7,
    "lakh": 1e5,
}
# Money that is not imposed on the targets (A2).
_NOT_IMPOSED = re.compile(
    r"\b(deal|valuation|valued|raises?|raised|round|funding|worth|acqui\w+|buy|bought|revenue|"
    r"sales|price|priced|costs?|a year|per year|annual|per violation|each violation|daily|a day|"
    r"per day|seeks?|sought|could face|faces up to|contract|compute|invest\w*|loan|market)\b",
    re.I,
)
_IMPOSED = re.compile(
    r"\b(penalt\w+|fines?|fined|pay|pays|paid|paying|settle\w*|fund|redress|refunds?|judgment|"
    r"damages|verdict|jury|disgorge\w*|restitution|forfeit\w*|award\w*|liable|to resolve|"
    r"secured)\b",
    re.I,
)


def _value(m: re.Match[str]) -> float:
    value = float((m.group("num") or m.group("num2")).replace(",", ""))
    mult = (m.group("mult") or m.group("mult2") or "").lower()
    return value * _MULTIPLIER.get(mult, 1.0)


def find_amount(texts: dict[str, str]) -> tuple[float | None, dict | None, Evidence | None]:
    """The first imposed or agreed amount, title first: (amount_usd, amount_original, evidence)."""
    for where in ("title", "summary", "body"):
        text = texts.get(where) or ""
        if not text:
            continue
        for m in _money(text):
            before = text[max(0, m.start() - 60) : m.start()]
            after = text[m.end() : m.end() + 50]
            # a sentence boundary ends the context that can qualify a figure
            before = re.split(r"[.;]\s", before)[-1]
            after = re.split(r"[.;]\s", after)[0]
            if _NOT_IMPOSED.search(before[-30:]) or _NOT_IMPOSED.match(after.strip()):
                continue
            if not (_IMPOSED.search(before) or _IMPOSED.search(after) or where == "title"):
                continue
            groups = m.groupdict()
            currency = _PREFIX.get(groups.get("pre") or "") or _SUFFIX.get(
                groups.get("suf") or "", "USD"
            )
            value = _value(m)
            original = {"value": value, "currency": currency}
            ev = Evidence("amount_usd", m.group(0), where, m.start(), m.end())
            return (value if currency == "USD" else None), original, ev
    return None, None, None
