"""Organisation-like names in a text: capitalised spans with their legal suffixes, cleaned of
lead words, possessives, places and people; the people in office a text names. Title Case
headlines are first lowered by ``monitor/extract_titlecase.py``.

Which of these names are acted against is decided in ``monitor/extract_targets.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from monitor.extract_lexicon import default_lexicon

# company forms written after a name ("Acme, Inc.", "Acme GmbH"); not "Co" of "Corvane"
LEGAL_FORM: Final = (
    r",?\s+(?:Inc|Corp|Corporation|Co|LLC|L\.L\.C|Ltd|Limited|plc|PLC|GmbH|S\.?A|SAS|AG|LP|"
    r"LLP|PBC|Pty|S\.à r\.l|s\.r\.o|S\.p\.A|SpA|N\.V|B\.V|S\.L(?:\.U)?|S\.r\.l|s\.r\.l|S\.R\.L|Srl|"
    r"SRL|ApS|Oyj?|AB|ASA|KG)(?!\w)\.?"
)
_SUFFIX: Final = f"(?:{LEGAL_FORM})*"
_LEGAL_END: Final = re.compile(f"(?:{LEGAL_FORM})$")
# a word of a name: capitalised, or written as brands are ("3-D", "23andMe", "1Health.io",
# "eBay", "accessiBe", "Global Tel*Link"); capitals before "$" are a currency ("S$1 million",
# "NT$23.4 billion")
_WORD: Final = (
    r"(?![A-Z]{1,3}\$)(?:[A-Z][\w.&'’*\-]*[\w]|[A-Z]|\d+-[A-Z]\w*|\d+[a-z]+[A-Z]\w*|\d+[A-Z][a-z][\w.\-]*\w|"
    r"[a-z]{1,8}[A-Z]\w+)"
)
_JOIN: Final = r"(?:\s+(?:of|for|de|du|di|da|del|la|&|and)\s+|\s+|-)"
# "Delphia (USA) Inc.": a bracketed country or region inside a legal name, before its suffix
_BRACKET: Final = (
    r"(?:\s+\([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\)(?=,?\s+(?:Inc|LLC|Ltd|Limited|Corp|GmbH)\b))?"
)
# "German Calas, Jr.": a generational suffix after a comma belongs to the name before it
_GENERATION: Final = r"(?:,\s+(?:Jr|Sr)\b\.?)?"
NAME: Final = re.compile(
    rf"(?<![\w])(?:{_WORD}(?:{_JOIN}{_WORD})*){_GENERATION}{_BRACKET}{_SUFFIX}"
)

# Capitalised words that are not organisations (lexicon.toml [names]).
_NAMES: Final = default_lexicon().names
_STOP_LEAD: Final = set(_NAMES["stop_lead"])
_PERSON_TITLES: Final = set(_NAMES["person_titles"])
_NOT_ORG_WORDS: Final = set(_NAMES["not_org_words"])
# a people's adjective in -an names its members too ("Colombian" -> "Colombians")
_PEOPLES: Final = set(_NAMES["peoples"]) | {p + "s" for p in _NAMES["peoples"] if p.endswith("an")}
_PLACES: Final = set(_NAMES["not_org_names"]) | _PEOPLES
_CURRENCY: Final = set(_NAMES["currency_codes"])
ONE_LETTER_NAMES: Final = frozenset(_NAMES.get("one_letter_names", ()))


def trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a character trie ("must|must stop" as "must(?: stop)?"):
    the re module tries alternatives one by one, a trie branches on a character. It matches
    where the plain alternation matches; only which word wins a tie may differ, so use it where
    only whether (not how far) it matches counts."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


POSSESSIVE_END: Final = re.compile(r"['’]s?$")  # "Meta's", "Reuters'"
# "X and Y" is two names, and so is "X's Y" (a parent and its unit, a company and its product)
_AND: Final = re.compile(r"\s+and\s+|['’]s\s+(?=[A-Z])")
_ADJECTIVE: Final = re.compile(r"-(?:owned|based|backed|funded|controlled|linked|run)$")


_FIGURE: Final = re.compile(r"[\d,.$€£%-]+[a-z]{0,3}")


def has_word(word: str, text: str) -> bool:
    """``re.search(r"\\b" + word + r"\\b", text)`` for a word of word characters."""
    i, n = text.find(word), len(word)
    while i >= 0:
        j = i + n
        if whole_word(text, i, j):
            return True
        i = text.find(word, i + 1)
    return False


_JOINERS: Final = frozenset({"and", "of", "for", "&", "de"})
# an officer's title written after the company ("Apple CEO")
_OFFICER_TITLES: Final = frozenset({"CEO", "CFO", "CTO", "COO"})
_COMPOUND: Final = re.compile(r"[A-Z][A-Za-z]*-[a-z]+")


# the number words a count of people or parties is written with ("six officers")
NUMBER_WORDS: Final = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip
# ... opening a headline's count of people ("Seven Chinese nationals charged")
_COUNTS: Final = frozenset(w.capitalize() for w in NUMBER_WORDS) | {"Several", "Dozens"}


@lru_cache(maxsize=8192)  # organisation names recur across a feed; cleaning is pure
def clean_name(name: str) -> str | None:
    """Trim lead words and possessives; None when what is left is not an organisation name."""
    name = POSSESSIVE_END.sub("", name.strip())
    words = name.split()
    for i, w in enumerate(words):  # "TikTok GBP 12.7": a currency code ends the name
        if i and (w in _CURRENCY or w[0].isdigit()):
            words = words[:i]
            break
    owner = next((i for i, w in enumerate(words[:-1]) if _ADJECTIVE.search(w)), None)
    if owner is not None:  # "Experian-owned Clarity", "Match Group-owned Twoo": the owner only
        words = words[owner + 1 :]  # describes it
    if words and words[0][:3] in ("Ex-", "ex-") and len(words[0]) > 4:
        words[0] = words[0][3:]  # "Ex-Google engineer": the former employer's name
    if len(words) > 1 and words[0] in _PERSON_TITLES:
        return None  # "Attorney General Jane Doe", "Judge Roe": a person in office
    if len(words) > 2 and _titled_person(words):
        return None  # "New York Attorney General Jane Doe": a person in office, by place
    if len(words) > 1 and words[0] == "Case" and any(c.isdigit() for c in words[1]):
        return None  # "Case C-131", "Case AT.40153": a case number
    if len(words) == 2 and words[1] in _PEOPLES and (words[0] in _COUNTS or words[1][-1] == "s"):
        # "Seven Chinese (nationals)": a count of people; "Armenian Americans": a people
        return None
    if len(words) > 1 and " ".join(words) in _PLACES:
        return None  # "British Columbia": a place whose first word is also a people's
    while words and (
        words[0] in _STOP_LEAD
        or words[0].rstrip("'’s") in _STOP_LEAD
        or words[0] in _PEOPLES
        or words[0] in _JOINERS  # "Founder of ADHD": "of" is left once "Founder" goes
    ):
        words.pop(0)
    while words and words[-1] in _JOINERS:
        words.pop()
    if len(words) > 1 and words[-1] in _OFFICER_TITLES:
        words.pop()  # "as Apple CEO": the company a person heads, the title theirs
    if not words:
        return None
    name = " ".join(words)
    if name in _PLACES or name in _CURRENCY:
        return None  # "in The Hague", "seeks DKK 1.1 million": a place or a currency
    # "Data Protection Act", "Court": a law or body; "DPP Law Ltd" with its legal form, a company
    if any(w in _NOT_ORG_WORDS for w in words) and not _LEGAL_END.search(name):
        return None
    if _COMPOUND.fullmatch(name):
        return None  # "Meta-analysis", "Tinder-dry": a capitalised compound word, not a name
    if len(name) < 2 and name not in ONE_LETTER_NAMES:
        return None  # a lone capital ("A", "I"), bar a company known by one letter
    if name.isdigit() or _FIGURE.fullmatch(name) or _ADJECTIVE.search(name):
        return None
    return name


# the words of the lexicon's phrases ("temporary", "incident"): the vocabulary of steps
_LEXICON_WORDS: Final = default_lexicon().words
# a payer's verb after a name: "Target to pay $18.5 million", "Target agrees to pay"
_ACTING_NEXT: Final = re.compile(r"\s+(?:to pay|will pay|pays|paid|agrees|agreed)\b")
_OFFICE_END: Final = frozenset(
    {"Office", "Department", "Ministry", "Commission", "Court", "Council"}
)


def _titled_person(words: list[str]) -> bool:
    """Whether a person's title stands inside the span with a name after it, the span ending in
    that name ("EU Commissioner Jane Doe"; not "Commissioner of Data" or "... Commissioner's
    Office")."""
    for i in range(1, len(words) - 1):
        if words[i] in _PERSON_TITLES and words[i + 1][:1].isupper():
            return words[-1] not in _OFFICE_END and not words[i + 1][:1].isdigit()
    return False


@lru_cache(maxsize=8192)  # the same name spans recur across a feed
def _parts(raw: str) -> tuple[tuple[int, int, str], ...]:
    """A name span split into names: (offset, end offset, cleaned name); "X and Y" is two names,
    "Bed Bath & Beyond" keeps "&"."""
    out = []
    for part in _AND.split(raw):
        start = raw.find(part)
        cleaned = clean_name(part)
        if cleaned:
            out.append((start, start + len(part), cleaned))
    return tuple(out)


_UPPER: Final = re.compile(r"[A-Z]")


def _lead_char(ch: str) -> bool:
    """A character that can precede the first capital of a name's first word ("3-D", "eBay")."""
    return ch.isdecimal() or "a" <= ch <= "z" or ch == "-"


def _name_spans(text: str) -> list[re.Match[str]]:
    """``NAME.finditer(text)``, faster: every name's first word has a capital with only digits,
    lower-case letters or hyphens before it, so NAME is tried only just before capitals instead
    of at every position of the text."""
    out: list[re.Match[str]] = []
    pos = 0
    search, match = _UPPER.search, NAME.match
    while cap := search(text, pos):
        u = cap.start()
        if u == pos or text[u - 1] == " ":  # the common case: a capital opening a word
            m = match(text, u)
            if m:
                out.append(m)
                pos = m.end()
                continue
            if u == pos:
                pos = u + 1
                continue
        q = u
        while q > pos and _lead_char(text[q - 1]):
            q -= 1
        for p in range(q, u + 1):
            m = match(text, p)
            if m:
                out.append(m)
                pos = m.end()
                break
        else:
            pos = u + 1
    return out


# a public body named by its place and a common noun: "Hamburg police", "Essex county council"
_INSTITUTION_NOUNS: Final = (
    r"police(?:\s+(?:force|department|service))?",
    r"(?:city|county|borough|district|regional|town)\s+council",
    "council", "ministry", "government", "municipality", "prefecture", "school", "high school",
    "hospital", "university", "health (?:board|trust|service)",
)  # fmt: skip
_INSTITUTION: Final = re.compile(rf"\s+(?:{'|'.join(_INSTITUTION_NOUNS)})\b")
# the letters the nouns open with (a leading group's every word), derived so a noun added above
# cannot be skipped by _institution's gate
_INSTITUTION_FIRST: Final = frozenset(
    w[0]
    for alt in _INSTITUTION_NOUNS
    for w in (alt[3 : alt.index(")")].split("|") if alt.startswith("(?:") else [alt])
)


def _institution(text: str, at: int) -> re.Match[str] | None:
    """``_INSTITUTION.match(text, at)``, tried only where a word with one of its nouns' first
    letters follows white space (after most names, none does)."""
    j, n = at, len(text)
    while j < n and text[j].isspace():
        j += 1
    if j in (at, n) or text[j] not in _INSTITUTION_FIRST:
        return None
    return _INSTITUTION.match(text, at)


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Organisation-like spans in ``text``: (start, end, cleaned name)."""
    out = []
    for m in _name_spans(text):
        raw = m.group()
        body = _institution(text, m.end())
        if body:
            whole = _parts(raw + body.group())
            if whole and whole[-1][2][:1].isupper():  # not "government" alone ("UK government")
                raw = raw + body.group()
        parts = _parts(raw)
        if not parts:  # "The", "In": most capitalised words name nothing
            continue
        base = m.start()
        for s, e, c in parts:
            out.append((base + s, base + e, c))
    if ".co" in text or ".de" in text or ".fr" in text or ".io" in text:
        # a company known by its web address, in lower case ("notebooksbilliger.de")
        found = [(m.start(), m.end(), m.group()) for m in _DOMAIN.finditer(text)]
        if found:
            out = sorted(out + [f for f in found if all(f[0] >= e or f[1] <= s for s, e, _ in out)])
    return out


_DOMAIN: Final = re.compile(r"(?<![\w.@/-])[a-z][a-z0-9-]{2,}\.(?:de|com|fr|co\.uk|io)(?![\w.-])")


_SENTENCE_START: Final = re.compile(r"(?:^|[.:;!?]\s+)$")


def word_char(ch: str) -> bool:
    """Whether ``ch`` is what the re module's \\w matches."""
    return ch.isalnum() or ch == "_"


def whole_word(text: str, i: int, j: int) -> bool:
    """Whether ``text[i:j]`` stands between non-word characters (or the text's ends)."""
    return (i == 0 or not word_char(text[i - 1])) and (j == len(text) or not word_char(text[j]))


def word_start(word: str, text: str) -> int:
    """Where ``re.search(r"\\b" + re.escape(word), text)`` matches for a ``word`` opening with a
    word character (the first occurrence opening a word), or -1, without compiling a pattern
    per word."""
    i = text.find(word)
    while i >= 0:
        if i == 0 or not word_char(text[i - 1]):
            return i
        i = text.find(word, i + 1)
    return -1


def common_word(name: tuple[int, int, str], text: str, both: str) -> bool:
    """A lone capitalised word opening a sentence that the texts also use in lower case
    ("Jury orders ...", "Customers ..."): an ordinary word, not a name."""
    start, _end, word = name
    if " " in word or not _SENTENCE_START.search(text[max(0, start - 3) : start]):
        return False
    low = word.lower()
    if low in _LEXICON_WORDS:  # "Norwegian SA: Temporary ban ...": the lexicon's own wording,
        # unless a payer's verb follows ("Target to pay $18.5 million")
        return not _ACTING_NEXT.match(text, _end)
    if low and word_char(low[0]):
        return word_start(low, both) >= 0
    return re.search(r"\b" + re.escape(low), both) is not None


# "Attorney General Ken Paxton": a person in office, never the party acted against, nor is
# "Paxton" alone in the headline
_OFFICE_TITLES: Final = (
    "Attorney General", "Commissioner", "Judge", "Justice", "Governor", "Secretary", "Senator",
    "Mayor", "Minister", "Chair", "Prosecutor", "Ombudsman",
)  # fmt: skip
_OFFICIAL_NAME: Final = re.compile(
    rf"\b(?:{trie(_OFFICE_TITLES)})\s+((?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)"
)


# "Ken Paxton, the Texas attorney general, ...": the name before its office, in apposition (the
# offices found by their stems after the first letter, either case: four finds, not eight)
_APPOSED_STEMS: Final = (
    "ttorney general",
    "ttorney General",
    "ommissioner",
    "overnor",
    "rosecutor",
)
_NAME_APPOSED: Final = re.compile(
    r"(?<![\w.])((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),\s+(?:the\s+|its\s+)?"
    r"(?:(?:state|country|city|county|nation|province)['’]s\s+)?"  # "the state's attorney general"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:state\s+|chief\s+|privacy\s+|information\s+)?$"
)


def people_in_office(text: str) -> frozenset[str]:
    """Names of people in office in ``text``, whole and by surname ("Attorney General Ken
    Paxton", "Ken Paxton, the Texas attorney general")."""
    out: set[str] = set()
    for stem in _APPOSED_STEMS:
        i = text.find(stem) - 1
        while i > 0:
            m = _NAME_APPOSED.search(text, max(0, i - 80), i)
            if m:
                name = m.group(1)
                out.add(name)
                words = name.split()
                out.add(words[-1])
                # the leftmost match may take in the end of the text before ("... Cambridge
                # Analytica Karl Racine, the District's attorney general"): first and last name
                out.add(" ".join(words[-2:]))
            i = text.find(stem, i + 2) - 1
    for title in _OFFICE_TITLES:  # str.find, then one anchored match: a search tries everywhere
        i = text.find(title)
        while i >= 0:
            m = _OFFICIAL_NAME.match(text, i)
            if m:
                name = m.group(1)
                out.add(name)
                if " " in name:
                    out.add(name.rsplit(" ", 1)[1])
            i = text.find(title, i + 1)
    return frozenset(out)
