"""Extraction: Entry -> Action. Pure, deterministic, CPU only.

Rules follow corpus/LABELLING.md (E1-E4 enforcement, T1-T5 topics, R1-R3 regulator, S1-S3 stage,
A1-A3 amounts, C1-C2 cases). Phrases live in ``monitor/data/lexicon.toml`` and are compiled once;
this module only weighs what the lexicon found. Every decision records the phrases behind it as
``Evidence`` so an alert can say why.
"""

from __future__ import annotations

import re
from collections import defaultdict

from monitor.extract_amounts import find_amount
from monitor.extract_lexicon import Cue, default_lexicon
from monitor.extract_targets import extract_targets
from monitor.models import Action, Entry, Evidence

EXTRACTOR_VERSION = "2026.11.1"  # equals lexicon.toml's version; bump both when rules change

BODY_LEAD = 2000  # article bodies: the lead carries the news; the rest is boilerplate and quotes
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


def _by_cat(cues: list[Cue]) -> dict[str, list[Cue]]:
    groups: dict[str, list[Cue]] = defaultdict(list)
    for c in cues:
        groups[c.cat].append(c)
    return groups


def _regulator(g: dict[str, list[Cue]], publisher: str, off_topic: bool) -> Cue | str | None:
    """R1-R2: the acting authority, first named (title first); FTC over DOJ when both appear."""
    named = [c for c in g["reg"] + g["state"] if c.where != "body"]
    # "France fines X" names no authority: only when the text names none more precisely
    for c in g["reg_country"] if not named else []:
        privacy, competition = c.value.split("|")
        named.append(c._replace(value=competition if off_topic else privacy))
    if g["reg_generic"] and g["place"] and not named:
        place = min(g["place"], key=lambda c: c.value)
        named.append(g["reg_generic"][0]._replace(value=place.value.split("|")[1]))
    if not named:
        return PUBLISHER_REGULATOR.get(publisher)
    names = {c.value for c in named}
    if {"FTC", "DOJ"} <= names:
        return next(c for c in named if c.value == "FTC")
    named.sort(key=lambda c: (c.where != "title", c.start))
    return named[0]


def _has(g: dict[str, list[Cue]], cat: str, where: str | None = None) -> list[Cue]:
    return [c for c in g[cat] if where is None or c.where == where]


def _stage(g: dict[str, list[Cue]]) -> tuple[str, list[Cue]]:
    """S1/S3: the latest step reported, the one carrying the remedy in a mixed announcement."""
    court = _has(g, "stage:court")
    title_stage = [c for k in STAGE_RANK for c in _has(g, f"stage:{k}", "title")]
    prelim = _has(g, "stage:preliminary")
    if prelim:
        return "settlement", prelim[:1]
    if court and (any(c.where == "title" for c in court) or not title_stage):
        return "court_order", court[:1]
    for kind in STAGE_RANK:
        cues = _has(g, f"stage:{kind}")
        if cues:
            stage = {"pay": "settlement", "order": "final_order"}.get(kind, kind)
            return stage, cues[:1]
    inv = _has(g, "stage:investigation") or _has(g, "stage:finding")
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


def _model_deletion(g: dict[str, list[Cue]], texts: dict[str, str]) -> list[Cue]:
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
        if biometric and verb.where != "body":
            return [verb, biometric[0]]
    return []


def _enforcement(
    g: dict[str, list[Cue]], publisher: str, regulator: str | None, stage: str
) -> tuple[bool, float]:
    """E1-E4 as a weighed vote: legal steps for, studies, policy and business news against."""
    score = 0.0
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
        cues = _has(g, f"stage:{kind}")
        if cues:
            score += 2.0 if any(c.where == "title" for c in cues) else 1.0
    if _has(g, "stage:finding"):
        score += 1.0
    if _has(g, "stage:finding"):
        score += 1.0
    inv = _has(g, "stage:investigation")
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
    weights = {"study": 5.0, "policy": 2.0, "declined": 4.0, "business": 2.5, "voluntary": 2.0}
    for kind, w in weights.items():
        cues = _has(g, f"not_enforcement:{kind}")
        in_title = any(c.where == "title" for c in cues)
        if in_title and kind in ("business", "voluntary") and title_step:
            score -= w / 2  # "orders X to shut down": the business word is the remedy
        elif in_title:
            score -= w
        elif cues and kind in ("study", "policy", "declined"):
            score -= w * 0.5
    if regulator is None and stage != "none":
        # E2: a private suit is enforcement only under privacy law, never between companies
        private_ok = bool(_has(g, "private:privacy_law")) and not _has(g, "private:company_dispute")
        if not private_ok:
            score -= 4.0
    return score >= 2.0, score


def extract(entry: Entry) -> Action:
    """Extract the enforcement action, if any, that ``entry`` reports."""
    lex = default_lexicon()
    texts = {
        "title": entry.title or "",
        "summary": entry.summary or "",
        "body": (entry.body or "")[:BODY_LEAD],
    }
    cues = [c for where, text in texts.items() for c in lex.scan(text, where)]
    g = _by_cat(cues)
    evidence: list[Evidence] = []

    def cite(field: str, found: list[Cue]) -> None:
        for c in found:
            evidence.append(
                Evidence(field, texts[c.where][c.start : c.end], c.where, c.start, c.end)
            )

    off_hits = _has(g, "private:off_topic_law")
    ds_hits = _has(g, "topic:data_sourcing")
    off_topic = len(off_hits) > len(ds_hits) // 2 or (bool(off_hits) and not ds_hits)
    reg = _regulator(g, entry.publisher, off_topic)
    regulator = reg.value if isinstance(reg, Cue) else reg
    if isinstance(reg, Cue):
        cite("regulator", [reg])
    stage, stage_cues = _stage(g)
    is_enf, score = _enforcement(g, entry.publisher, regulator, stage)
    if regulator is None and stage != "none" and isinstance(reg, Cue) is False:
        pass
    cite("action_stage", stage_cues)
    if not is_enf and stage == "none" and _has(g, "not_enforcement:voluntary"):
        stage = "voluntary"

    topics: list[str] = []
    md = _model_deletion(g, texts)
    if ds_hits and not (off_topic or regulator in OFF_TOPIC_REGULATORS):
        topics.append("data_sourcing")
        cite("topics", ds_hits[:2])
    if md:
        if "data_sourcing" not in topics and ds_hits:
            topics.append("data_sourcing")
        topics.append("model_deletion")
        cite("topics", md)

    # names inside the authority's own mention ("Federal Reserve") are not targets
    excluded = {texts[c.where][c.start : c.end] for c in g["reg"] + g["reg_country"] + g["state"]}
    excluded |= {regulator} if regulator else set()
    targets = extract_targets(texts["title"], texts["summary"], excluded)
    for name, where, start, end in targets:
        evidence.append(Evidence("targets", name, where, start, end))
    amount_usd, amount_original, amount_ev = (None, None, None)
    if is_enf:
        amount_usd, amount_original, amount_ev = find_amount(texts)
    if amount_ev:
        evidence.append(amount_ev)
    names = [t[0] for t in targets]
    confidence = max(0.05, min(0.99, 0.5 + score / 12)) if is_enf else max(0.01, 0.4 + score / 12)
    return Action(
        is_enforcement=is_enf,
        topics=topics,
        regulator=regulator if (is_enf or regulator) else None,
        targets=names,
        amount_usd=amount_usd,
        amount_original=amount_original,
        action_stage=stage,
        case_key=case_key(regulator, names),
        score=round(confidence, 3),
        evidence=evidence,
        version=EXTRACTOR_VERSION,
    )


_LEGAL = re.compile(
    r"\b(inc|incorporated|llc|ltd|limited|corp|corporation|co|company|plc|gmbh|sa|ag|lp|llp|pbc|"
    r"holdings?|group|pty)\b\.?",
    re.I,
)


def normalise_org(name: str) -> str:
    """An organisation name without legal suffixes, punctuation or case: the slug of case keys."""
    name = _LEGAL.sub(" ", name.lower())
    return "-".join(re.findall(r"[a-z0-9]+", name))


def case_key(regulator: str | None, targets: list[str]) -> str | None:
    """C1: regulator + first target's normalised name; wording-independent."""
    if not targets:
        return None
    reg = "-".join(re.findall(r"[a-z0-9]+", (regulator or "private").lower()))
    return f"{reg}:{normalise_org(targets[0])}"
