"""Who is acted against: organisation names taken from the text by their role in the sentence.

Names are capitalised spans (with legal suffixes); a span becomes a target when it stands where the
acted-against party stands ("fines X", "X must", "against X", "X agreed to"), never from a list of
companies. Passing mentions ("through X", "researchers at X", "with X and Y" as recipients) are not.
"""

from __future__ import annotations

import re

from monitor.extract_lexicon import default_lexicon

_SUFFIX = (
    r"(?:,?\s+(?:Inc|Corp|Corporation|Co|LLC|L\.L\.C|Ltd|Limited|plc|PLC|GmbH|S\.?A|SAS|AG|LP|"
    r"LLP|PBC|Pty|S\.à r\.l|s\.r\.o|S\.p\.A|N\.V|B\.V)\.?)*"
)
_WORD = r"(?:[A-Z][\w.&'’\-]*[\w]|[A-Z]|\d+-[A-Z]\w*|[a-z]{1,2}[A-Z]\w+)"
_JOIN = r"(?:\s+(?:of|for|de|du|di|da|del|la|&|and)\s+|\s+|-)"
NAME = re.compile(rf"(?<![\w])(?:{_WORD}(?:{_JOIN}{_WORD})*){_SUFFIX}")

# Capitalised words that are not organisations (lexicon.toml [names]).
_NAMES = default_lexicon().names
_STOP_LEAD = set(_NAMES["stop_lead"])
_NOT_ORG_WORDS = set(_NAMES["not_org_words"])
_PLACES = set(_NAMES["not_org_names"])
_CURRENCY = set(_NAMES["currency_codes"])
# "<verb> X" and "X <verb>" role patterns, compiled once.
_BEFORE = re.compile(
    r"\b(?:fines|fined|sues|sued|suing|orders|ordered|bans|banned|bars|barred|investigates|"
    r"investigating|charges|charged|reprimands|warns|warned|penalises|penalizes|against|into|"
    r"accusing|accuses|alleged(?: that)?|alleges(?: that)?|found(?: that)?|finds(?: that)?|"
    r"determined(?: that)?|directing|requires|required|settles with|settled with|settlement with|"
    r"order with|orders with|agreement with|approves|blocks|tells|told|suspends|suspended|"
    r"examine(?: whether)?|examine how|whether|halt|defendants?|company|firm|broker|maker|chain|"
    r"retailer|app|publisher|operator|platform|start-up|startup|group|limitation on|halt to|"
    r"fining|penalising|penalizing|sanctioned|sanctions|reprimanded|ordering|requiring|"
    r"action against|case against|complaint against|lawsuit against|probe of|investigation of|"
    r"audit of|settlement with|deal with|sent|maker|owner|developer|parent|parent company)\s+$"
)
_AFTER = re.compile(
    r"^(?:'s?\s+|’s?\s+)?(?:,\s+[^,]{0,60},\s+)?"
    r"(?:must|to pay|will pay|agreed|agrees|agree|settles|settled|"
    r"pays|paid|fined|sued|banned|barred|ordered|is ordered|was ordered|faces|loses|lost|failed|"
    r"breached|broke|violated|collected|sold|shared|used|let|gathered|kept|harvested|processed|"
    r"accessed|switched|passed|marketed|published|built|bought|scraped|enrolled|captured|recorded|"
    r"had no|could not|did not|illegally|unlawfully|to destroy|to delete|to stop|must delete|"
    r"will destroy|will delete|and its|had used|used facial|collected biometric|was fined|"
    r"has been fined|has agreed|have agreed|is accused|was accused|are accused|were|has|had|"
    r"gathered|obtained|tracked|retained|disclosed|misled|deceived|exposed|trained|deployed|"
    r"processed|relied|lacked|operated|ran|runs|operates|must stop|will stop|"
    r"processing|use|collection|sale|sharing|handling|practices)\b"
)
# "X, (the) operator of Y": the company behind a product is the party acted against
_APPOSITION = re.compile(
    r"^,?\s+(?:the\s+|a\s+)?(?:operator|owner|maker|developer|provider|publisher|parent|"
    r"company behind|firm behind)\b"
)
_POSSESSIVE_END = re.compile(r"['’]s?$")
_AND = re.compile(r"\s+and\s+")
_LIST_GAP = re.compile(r",?\s+(?:and|&)\s+|,\s+")
_FIGURE = re.compile(r"[\d,.$€£%-]+[a-z]{0,3}")
_RELATED = re.compile(
    r"(?:its|their|the)\s+(?P<a>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\s+(?:subsidiary|unit|app)\b|"
    r"\bsubsidiary,?\s+(?P<b>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)|"
    r"\bformerly(?: known as)?\s+(?P<c>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)|"
    r"\bparent\s+(?P<d>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)"
)
_PASSING = re.compile(
    r"\b(?:through|via|to|at|from|like|such as|including|alternative to|rivals?|competitors?|"
    r"by|of|than|for|over|after|using|on behalf of)\s+$"
)


def _clean(name: str) -> str | None:
    """Trim lead words and possessives; None when what is left is not an organisation name."""
    name = _POSSESSIVE_END.sub("", name.strip())
    words = name.split()
    for i, w in enumerate(words):  # "TikTok GBP 12.7": a currency code ends the name
        if i and (w in _CURRENCY or w[0].isdigit()):
            words = words[:i]
            break
    while words and (words[0] in _STOP_LEAD or words[0].rstrip("'’s") in _STOP_LEAD):
        words.pop(0)
    while words and words[-1] in {"and", "of", "for", "&", "de"}:
        words.pop()
    if not words:
        return None
    name = " ".join(words)
    if name in _PLACES or any(w in _NOT_ORG_WORDS for w in words):
        return None
    if len(name) < 2 or name.isdigit() or _FIGURE.fullmatch(name):
        return None
    return name


def _names(text: str) -> list[tuple[int, int, str]]:
    """Organisation-like spans in ``text``: (start, end, cleaned name)."""
    out = []
    for m in NAME.finditer(text):
        raw = m.group(0)
        # "X and Y" is two names; "Bed Bath & Beyond" keeps "&"
        for part in _AND.split(raw):
            start = m.start() + raw.find(part)
            cleaned = _clean(part)
            if cleaned:
                out.append((start, start + len(part), cleaned))
    return out


def _role_targets(
    names: list[tuple[int, int, str]], text: str, is_title: bool
) -> list[tuple[int, str]]:
    """Names standing in an acted-against role in ``text``; a list shares its member's role."""
    acted_at: set[int] = set()
    for i, (start, end, _name) in enumerate(names):
        before, after = text[max(0, start - 40) : start], text[end : end + 80]
        acted = bool(_BEFORE.search(before)) or bool(_AFTER.match(after))
        acted = acted or bool(_APPOSITION.match(after))
        # the first name of a title is its subject unless it is a passing mention
        if is_title and i == 0 and not _PASSING.search(before):
            acted = True
        if acted and _PASSING.search(before) and not _BEFORE.search(before):
            acted = False
        if acted:
            acted_at.add(i)
    # "X, Y and Z must ...", "fines X and Y": listed names share the role, both ways
    for i in sorted(acted_at):
        for step in (1, -1):
            j = i
            while 0 <= j + step < len(names):
                a, b = (names[j], names[j + step]) if step == 1 else (names[j + step], names[j])
                if not _LIST_GAP.fullmatch(text[a[1] : b[0]]):
                    break
                j += step
                acted_at.add(j)
    return [(names[i][0], names[i][2]) for i in sorted(acted_at)]


def extract_targets(
    title: str, summary: str, excluded: set[str]
) -> list[tuple[str, str, int, int]]:
    """Targets as (name, where, start, end) in the order found; ``excluded``: regulator names."""
    result: list[tuple[str, str, int, int]] = []
    seen: set[str] = set()

    def add(name: str, where: str, start: int) -> None:
        key = name.lower()
        if key in seen or any(key in s or s in key for s in seen if len(s) >= 4 and len(key) >= 4):
            return
        seen.add(key)
        result.append((name, where, start, start + len(name)))

    spans = {}
    for where, text in (("title", title), ("summary", summary)):
        spans[where] = [n for n in _names(text) if not any(n[2] in x for x in excluded)]
        for start, name in _role_targets(spans[where], text, where == "title"):
            add(name, where, start)
        for m in _RELATED.finditer(text):
            name = next(g for g in m.groups() if g)
            cleaned = _clean(name)
            if cleaned and result and not any(cleaned in x for x in excluded):
                add(cleaned, where, m.start(m.lastgroup or 0))
    if not result:  # no name in an acting role: the first organisation the item names
        for where in ("title", "summary"):
            names = spans[where]
            if names:
                add(names[0][2], where, names[0][0])
                break
    return result
