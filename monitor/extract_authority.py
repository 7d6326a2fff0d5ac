"""An acting authority the lexicon does not know, named by its own abbreviation (R: "others: the
authority's own English abbreviation"): "FCA fines X" in a headline, or "the Financial Conduct
Authority (FCA)" in the text.
"""

from __future__ import annotations

import re

from monitor.extract_lexicon import Cue

# verbs only an authority uses on a company, so "<ACRONYM> fines" is never a company's news
_HEADLINE = re.compile(
    r"^(?!(?:US|UK|EU|UN|USA|GDPR|CCPA|BIPA|COPPA|HIPAA|DMA|DSA)\b)"  # places and laws
    r"(?P<abbr>[A-Z][A-Z]{1,6}(?:-[A-Z]{2,3})?)(?:['’]s)?\s+"
    r"(?:fines|reprimands|penalises|penalizes|sanctions|probes|investigates|"
    r"opens\s+(?:an?\s+)?(?:formal\s+)?"
    r"(?:investigation|probe|inquiry|case|proceedings))\b"
)
_BODY_WORDS = (
    "Authority", "Commission", "Agency", "Office", "Directorate", "Ministry", "Board", "Council",
    "Service", "Inspectorate", "Bureau", "Regulator", "Commissioner", "Secretariat", "Institute",
    "Superintendency", "Department",
)  # fmt: skip
# "the Financial Conduct Authority (FCA)": a capitalised name holding an authority's noun, then
# its abbreviation in brackets
_EXPANDED = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the|de|du|des|la)\s+)*){0,6}"
    rf"(?:{'|'.join(_BODY_WORDS)})\b(?:\s+(?:of|for|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"\s+\((?P<abbr>[A-Z][A-Za-z&]{1,7}(?:-[A-Z]{2,3})?)\)"
)


def unnamed_authority(texts: dict[str, str]) -> Cue | None:
    """The abbreviation of an authority that acts in the headline or is spelled out in the
    title or summary, as a regulator cue; None when there is none."""
    m = _HEADLINE.match(texts["title"])
    if m:
        return Cue(m.start("abbr"), m.end("abbr"), "title", "reg", m.group("abbr"))
    for where in ("title", "summary"):
        text = texts[where]
        if "(" not in text:
            continue
        m = _EXPANDED.search(text)
        if m:
            return Cue(m.start("abbr"), m.end("abbr"), where, "reg", m.group("abbr"))
    return None
