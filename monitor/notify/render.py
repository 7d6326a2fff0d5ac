"""Rendering: an alert payload → Slack blocks + text, e-mail subject + text + HTML, console lines.

Pure functions. Everything that came from a feed is untrusted: Slack mrkdwn is escaped (``&``,
``<``, ``>``), HTML is escaped, subjects and console lines lose control characters.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from monitor.models import Action, Entry, Evidence, Hit

QUESTIONS = (
    "Where does {v}'s training data come from, and can it show the consent chain for it?",
    "Has {v} ever had to delete models or data under a regulatory action or order?",
    "What is {v}'s data-sourcing policy, and when did it last change?",
    "Are {v}'s models auditable: can it show which data each model was trained on?",
)
STAGE_LABELS = {
    "complaint": "complaint",
    "proposed_order": "proposed order",
    "final_order": "final order",
    "settlement": "settlement",
    "fine": "fine",
    "court_order": "court order",
    "investigation": "investigation",
    "voluntary": "voluntary action",
    "none": "action",
}
SENTENCE_MAX = 600
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "llc", "u.s", "mr", "ms", "dr", "no", "st", "v", "vs"}


# --- the payload ---------------------------------------------------------------------------------


def alert_payload(entry: Entry, action: Action, hit: Hit | None) -> dict[str, Any]:
    """The outbox payload for one alert: everything a notifier renders, as JSON-able values."""
    return {
        "kind": "alert",
        "vendor": hit.vendor if hit else None,
        "role": hit.role if hit else None,
        "matched": hit.matched if hit else None,
        "entry_id": entry.id,
        "title": entry.title,
        "link": entry.url,
        "published": entry.published_at,
        "source": entry.source,
        "publisher": entry.publisher,
        "regulator": action.regulator,
        "stage": action.action_stage,
        "topics": list(action.topics),
        "amount_usd": action.amount_usd,
        "amount_original": action.amount_original,
        "targets": list(action.targets),
        "case_key": action.case_key,
        "score": action.score,
        "evidence": [e.as_dict() for e in action.evidence],
        "evidence_sentence": evidence_sentence(entry, action, hit),
    }


def sample_payload(channel: str = "regwatch") -> dict[str, Any]:
    """A sample payload for ``regwatch alerts test``."""
    return {"kind": "test", "source": channel, "title": "Regwatch test alert"}


def _rank(e: Evidence) -> tuple[int, int, int]:
    f = e.field.lower()
    if "model_deletion" in f or "delet" in f:
        kind = 0
    elif "data_sourcing" in f or "topic" in f:
        kind = 1
    elif "stage" in f:
        kind = 2
    elif "enforcement" in f:
        kind = 3
    else:
        kind = 4
    # The title is shown anyway: a sentence from the summary or body says more.
    return kind, int(e.where == "title"), e.start


def evidence_sentence(entry: Entry, action: Action, hit: Hit | None = None) -> str:
    """The sentence of the entry carrying the decisive evidence (a topic phrase first)."""
    for ev in sorted(action.evidence, key=_rank):
        text = getattr(entry, ev.where, None) if ev.where in ("title", "summary", "body") else None
        if not text:
            continue
        start, end = ev.start, ev.end
        if text[start:end] != ev.text:
            found = text.find(ev.text) if ev.text else -1
            if found < 0:
                continue
            start, end = found, found + len(ev.text)
        return sentence_at(text, start, end)
    if hit and hit.field in ("summary", "body"):
        return sentence_at(getattr(entry, hit.field), hit.start, hit.end)
    return sentence_at(entry.summary, 0, 0) if entry.summary else ""


def _boundaries(text: str) -> list[int]:
    out = []
    for m in _BOUNDARY.finditer(text):
        word = text[: m.start()].rsplit(None, 1)[-1].lower() if text[: m.start()].strip() else ""
        if word.rstrip(".") not in _ABBREVIATIONS:
            out.append(m.end())
    return out


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, whitespace collapsed, at most ~600 characters."""
    begin, stop = 0, len(text)
    for b in _boundaries(text):
        if b <= start:
            begin = b
        elif b >= end:
            stop = b
            break
    sentence = text[begin:stop]
    if len(sentence) > SENTENCE_MAX:
        lo = max(begin, start - SENTENCE_MAX // 2)
        sentence = "…" + text[lo : lo + SENTENCE_MAX] + "…"
    return " ".join(sentence.split())


# --- what every format shows ---------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """The format-neutral content of one alert. Fields hold raw (unescaped) text."""

    headline: str
    title: str
    link: str | None
    facts: tuple[tuple[str, str], ...]
    evidence: str
    questions: tuple[str, ...]
    footer: str


def one_line(text: Any, limit: int = 500) -> str:
    """Text with control characters (CR, LF, ESC, …) gone and whitespace collapsed."""
    return clip(" ".join(_CONTROL.sub(" ", str(text or "")).split()), limit)


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def safe_link(url: Any) -> str | None:
    """The link if it is plain http(s), else None: feeds may carry javascript: or data: URLs."""
    if not isinstance(url, str) or not re.match(r"^https?://[^\s]+$", url.strip(), re.I):
        return None
    return url.strip()


def amount_text(payload: dict[str, Any]) -> str | None:
    """``$1,500,000`` and, when reported in another currency, ``(EUR 20,000,000)``."""
    usd, orig = payload.get("amount_usd"), payload.get("amount_original") or {}
    if usd is None and not orig:
        return None
    out = f"${usd:,.0f}" if isinstance(usd, int | float) else ""
    value, cur = orig.get("value"), orig.get("currency")
    if isinstance(value, int | float) and cur and cur != "USD":
        out = f"{out} ({cur} {value:,.0f})".strip()
    return out or None


def compose(payload: dict[str, Any]) -> Message:
    """The content of one payload, whatever its kind."""
    kind = payload.get("kind", "alert")
    source = one_line(payload.get("source"), 200)
    if kind == "source_broken":
        n = payload.get("failures") or 0
        return Message(
            f"Source broken: {source}",
            f"{source} has failed {n} polls in a row; alerts from it may be missed.",
            None,
            (("Last error", one_line(payload.get("error"), 1000)),),
            "",
            (),
            "Check it with `regwatch sources check`.",
        )
    if kind == "source_recovered":
        return Message(
            f"Source recovered: {source}", f"{source} is polling again.", None, (), "", (), ""
        )
    if kind == "test":
        return Message(
            "Regwatch test alert",
            f"If you can read this, channel {source} works.",
            None,
            (),
            "",
            (),
            "",
        )
    return _compose_alert(payload)


def _compose_alert(p: dict[str, Any]) -> Message:
    vendor = one_line(p.get("vendor"), 200)
    targets = [one_line(t, 200) for t in p.get("targets") or []]
    subject = vendor or (targets[0] if targets else "no watchlist vendor")
    regulator = one_line(p.get("regulator"), 100) or "Regulator unknown"
    stage = STAGE_LABELS.get(str(p.get("stage")), one_line(p.get("stage"), 50) or "action")
    topics = ", ".join(one_line(t, 50).replace("_", " ") for t in p.get("topics") or [])
    facts: list[tuple[str, str]] = []
    if vendor:
        role = "related party" if p.get("role") == "related" else "target"
        matched = one_line(p.get("matched"), 200)
        note = f" (as “{matched}”)" if matched and matched.lower() != vendor.lower() else ""
        facts.append(("Vendor", f"{vendor}, {role}{note}"))
    facts += [("Regulator", regulator), ("Stage", stage)]
    if topics:
        facts.append(("Topics", topics))
    amount = amount_text(p)
    if amount:
        facts.append(("Amount", amount))
    if targets:
        facts.append(("Targets", clip(", ".join(targets), 500)))
    published = one_line(p.get("published"), 40)
    origin = one_line(p.get("source"), 100)
    facts.append(("Source", f"{origin} ({published})" if published else origin))
    footer = " · ".join(
        x
        for x in (
            f"case {one_line(p.get('case_key'), 100)}" if p.get("case_key") else "",
            f"entry {one_line(p.get('entry_id'), 40)}",
            f"score {float(p.get('score') or 0):.2f}",
        )
        if x
    )
    return Message(
        headline=f"{regulator} {stage}: {subject}",
        title=one_line(p.get("title"), 1000) or "(untitled)",
        link=safe_link(p.get("link")),
        facts=tuple(facts),
        evidence=one_line(p.get("evidence_sentence"), 1500),
        questions=tuple(q.format(v=subject) for q in QUESTIONS),
        footer=footer,
    )


def summary_line(payload: dict[str, Any]) -> str:
    """One line per alert, for digests and logs."""
    m = compose(payload)
    return f"{m.headline} — {m.title}"


# --- e-mail and console ----------------------------------------------------------------------


def text_lines(m: Message) -> list[str]:
    """The message as plain text lines (e-mail text part, console)."""
    lines = [m.headline, "", m.title]
    if m.link:
        lines.append(m.link)
    lines += [""] + [f"{k}: {v}" for k, v in m.facts]
    if m.evidence:
        lines += ["", f"Evidence: “{m.evidence}”"]
    if m.questions:
        lines += ["", "Questions to put to the vendor:"]
        lines += [f"  {i}. {q}" for i, q in enumerate(m.questions, 1)]
    if m.footer:
        lines += ["", m.footer]
    return lines


def html_part(m: Message) -> str:
    """The message as an HTML fragment; every value escaped."""
    e = html.escape
    title = e(m.title)
    if m.link:
        title = f'<a href="{e(m.link, quote=True)}">{title}</a>'
    rows = "".join(f"<tr><th align=left>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in m.facts)
    out = [f"<h2>{e(m.headline)}</h2>", f"<p><b>{title}</b></p>"]
    if rows:
        out.append(f"<table>{rows}</table>")
    if m.evidence:
        out.append(f"<blockquote>{e(m.evidence)}</blockquote>")
    if m.questions:
        items = "".join(f"<li>{e(q)}</li>" for q in m.questions)
        out.append(f"<p>Questions to put to the vendor:</p><ol>{items}</ol>")
    if m.footer:
        out.append(f"<p><small>{e(m.footer)}</small></p>")
    return "\n".join(out)


def email_message(payload: dict[str, Any]) -> tuple[str, str, str]:
    """Subject (one line), text body and HTML body of one alert."""
    m = compose(payload)
    subject = one_line(f"[regwatch] {m.headline}", 200)
    body = "\n".join(text_lines(m)) + "\n"
    return subject, body, f"<html><body>\n{html_part(m)}\n</body></html>\n"


def email_digest(payloads: list[dict[str, Any]]) -> tuple[str, str, str]:
    """Subject, text and HTML of a digest: every alert in full, one after another."""
    messages = [compose(p) for p in payloads]
    subject = f"[regwatch] digest: {len(messages)} alert{'s' * (len(messages) != 1)}"
    rule = "\n" + "-" * 60 + "\n"
    body = rule.join("\n".join(text_lines(m)) for m in messages) + "\n"
    parts = "\n<hr>\n".join(html_part(m) for m in messages)
    return subject, body, f"<html><body>\n{parts}\n</body></html>\n"


def console_lines(payload: dict[str, Any]) -> list[str]:
    """The alert as terminal lines (no control characters: a feed cannot move the cursor)."""
    return text_lines(compose(payload))
