"""The decision rules of extraction: regulator (R1-R3), stage (S1-S3), enforcement (E1-E4) and
model deletion (T2), each weighing the lexicon cues found in an entry's texts."""

from __future__ import annotations

import re
from collections import defaultdict

from monitor.extract_lexicon import Cue

ENFORCING_PUBLISHERS = {
    "ftc-press",
    "doj-press",
    "state-ag",
    "federal-register",
    "cnil",
    "ico",
    "oaic",
    "dpc",
    "opc-ca",
}
# Authorities whose cases are never about personal-data sourcing (E4, T5).
OFF_TOPIC_REGULATORS = {
    "SEC",
    "EEOC",
    "OSHA",
    "FDA",
    "Federal Reserve",
    "CMA",
    "KFTC",
    "JFTC",
    "AGCM",
    "ACCC",
    "CCI",
    "Competition Bureau",
    "Autorité de la concurrence",
    "Senacon",
    "Ofcom",
    "DGCCRF",
    "Ibama",
    "NIST",
    "CADE",
    "Bundeskartellamt",
    "CNMC",
    "ACM",
    "SAMR",
}
PUBLISHER_REGULATOR = {
    "ftc-press": "FTC",
    "ftc-blog": "FTC",
    "federal-register": "FTC",
    "doj-press": "DOJ",
    "ico": "ICO",
    "cnil": "CNIL",
    "oaic": "OAIC",
    "dpc": "DPC",
    "opc-ca": "OPC",
}
STAGE_RANK = ("proposed_order", "final_order", "settlement", "fine", "pay", "order", "complaint")
_SENTENCE_END = re.compile(r"[.;:!?]\s")


def by_cat(cues: list[Cue]) -> dict[str, list[Cue]]:
    groups: dict[str, list[Cue]] = defaultdict(list)
    for c in cues:
        groups[c.cat].append(c)
    return groups


def decide_regulator(g: dict[str, list[Cue]], publisher: str, off_topic: bool) -> Cue | str | None:
    """R1-R2: the acting authority, first named (title first); FTC over DOJ when both appear."""
    named = [c for c in g["reg"] + g["state"] if c.where != "body"]
    # the body is scanned only when the summary is thin: then it may name the authority
    named = named or g["reg"] + g["state"]
    # "France fines X" names no authority: only when the text names none more precisely
    for c in g["reg_country"] if not named else []:
        privacy, competition = c.value.split("|")
        named.append(c._replace(value=competition if off_topic else privacy))
    if g["reg_generic"] and g["place"] and not named:
        place = min(g["place"], key=lambda c: c.value)
        named.append(g["reg_generic"][0]._replace(value=place.value.split("|")[1]))
    if g["ag_generic"] and g["state_name"] and not named:  # "Attorney General Doe" + "Texas ..."
        state = min(g["state_name"], key=lambda c: (c.where != "title", c.start))
        named.append(g["ag_generic"][0]._replace(value=state.value))
    if not named:
        return PUBLISHER_REGULATOR.get(publisher)
    names = {c.value for c in named}
    if {"FTC", "DOJ"} <= names:
        return next(c for c in named if c.value == "FTC")
    named.sort(key=lambda c: (c.where != "title", c.start))
    return named[0]


def has(g: dict[str, list[Cue]], cat: str, where: str | None = None) -> list[Cue]:
    return [c for c in g[cat] if where is None or c.where == where]


def decide_stage(g: dict[str, list[Cue]]) -> tuple[str, list[Cue]]:
    """S1/S3: the latest step reported, the one carrying the remedy in a mixed announcement."""
    blocked = g["stage:no_fine"]
    g["stage:fine"] = [
        c for c in g["stage:fine"]
        if not any(b.where == c.where and b.start <= c.start < b.end for b in blocked)
    ]  # fmt: skip
    court = has(g, "stage:court")
    title_stage = [c for k in STAGE_RANK for c in has(g, f"stage:{k}", "title")]
    prelim = has(g, "stage:preliminary")
    if prelim:
        return "settlement", prelim[:1]
    if court and (any(c.where == "title" for c in court) or not title_stage):
        return "court_order", court[:1]
    sued = has(g, "stage:complaint", "title")
    remedies = [c for k in STAGE_RANK[:5] for c in g[f"stage:{k}"]]
    if sued and not remedies:  # "sues X" with a ban or halt it seeks: still the complaint
        return "complaint", sued[:1]
    for kind in STAGE_RANK:
        cues = has(g, f"stage:{kind}")
        if cues:
            stage = {"pay": "settlement", "order": "final_order"}.get(kind, kind)
            return stage, cues[:1]
    inv = has(g, "stage:investigation") or has(g, "stage:finding")
    if inv:
        return "investigation", inv[:1]
    return "none", []


def _near(a: Cue, b: Cue, text: str, span: int) -> bool:
    """a precedes b in the same sentence within ``span`` characters."""
    return (
        a.where == b.where
        and 0 <= b.start - a.end <= span
        and not _SENTENCE_END.search(text[a.end : b.start])
    )


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the sentence around ``pos``."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    end = _SENTENCE_END.search(text, pos)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


def find_model_deletion(g: dict[str, list[Cue]], texts: dict[str, str]) -> list[Cue]:
    """T2: an ordered deletion of a derived form (models, algorithms, templates...), or of a
    face or biometric database's data."""
    blocks, hedges = g["topic:deletion_block"], g["topic:deletion_hedge"]
    biometric = [c for c in g["topic:biometric_context"] if c.where != "body"]
    for verb in g["topic:deletion_verb"]:
        text = texts[verb.where]
        if any(b.where == verb.where and 0 <= verb.start - b.end <= 12 for b in blocks):
            continue
        lo, hi = _sentence(text, verb.start)
        if any(h.where == verb.where and lo <= h.start < hi for h in hedges):
            continue
        for obj in g["topic:derived_object"]:
            if _near(verb, obj, text, 140) or _near(obj, verb, text, 60):
                return [verb, obj]
        # the deleted data is biometric when the headline, its sentence or the one before
        # speaks of biometric data
        first = _sentence(text, lo - 2)[0] if lo > 1 else lo
        near = [
            c for c in biometric
            if c.where == "title" or c.where == verb.where and first <= c.start < hi
        ]  # fmt: skip
        if near and verb.where != "body":
            return [verb, near[0]]
    return []


def decide_enforcement(
    g: dict[str, list[Cue]], publisher: str, regulator: str | None, stage: str, named: bool = True
) -> tuple[bool, float]:
    """E1-E4 as a weighed vote: legal steps for, studies, policy and business news against.
    ``named``: the text names an organisation; a step is against a named party (E1)."""
    score = 0.0 if named else -1.5
    title_step = any(
        c.where == "title" for k in (*STAGE_RANK, "court", "investigation") for c in g[f"stage:{k}"]
    )
    for kind in (
        "court",
        "settlement",
        "fine",
        "proposed_order",
        "final_order",
        "order",
        "complaint",
    ):
        cues = has(g, f"stage:{kind}")
        if cues:
            score += 2.0 if any(c.where == "title" for c in cues) else 1.0
    if has(g, "stage:finding"):
        score += 1.0
    if has(g, "stage:finding"):
        score += 1.0
    inv = has(g, "stage:investigation")
    if inv:
        score += 2.0 if any(c.where == "title" for c in inv) else 1.0
    if title_step and any(c.where == "title" for c in g["reg"] + g["reg_country"] + g["state"]):
        score += 1.0  # "<authority> orders/fines/sues X" in the headline
    if regulator:
        score += 1.0
    if publisher in ENFORCING_PUBLISHERS:
        score += 1.0
    elif publisher in ("commentary", "ftc-blog"):
        score -= 1.0
    # studies, policy and declined action weigh anywhere; business news only as the headline
    weights = {
        "study": 5.0, "rulemaking": 4.0, "policy": 2.0, "declined": 4.0, "business": 2.5,
        "voluntary": 2.0,
    }  # fmt: skip
    if has(g, "not_enforcement:industry_orders"):
        score -= 5.0  # 6(b) orders: an industry-wide study wherever it is named (E3)
    for kind, w in weights.items():
        cues = has(g, f"not_enforcement:{kind}")
        in_title = any(c.where == "title" for c in cues)
        if in_title and kind in ("business", "voluntary") and title_step:
            score -= w / 2  # "orders X to shut down": the business word is the remedy
        elif in_title:
            score -= w
        elif cues and kind in ("study", "rulemaking", "policy", "declined"):
            score -= w * 0.5
    if regulator is None and stage != "none":
        # E2: a private suit is enforcement only under privacy law, never between companies
        private_ok = bool(has(g, "private:privacy_law")) and not has(g, "private:company_dispute")
        if not private_ok:
            score -= 4.0
    return score >= 2.0, score
