"""The vendor dossier: stored actions → the answers a buyer needs, as markdown, JSON or HTML.

Pure: takes the rows the store returned and gives back values and text. Feed text is untrusted,
so every renderer escapes it and only http(s) links become links.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

_HTTP = re.compile(r"https?://\S+", re.I)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")
QUESTIONS = {
    "data_sourcing": "Documented data sourcing problems",
    "model_deletion": "Model or data deletions under regulatory action",
    "changes_over_time": "Changes over time",
    "sources": "Sources and links for audit",
}


def _day(value: str | None) -> str:
    return (value or "")[:10] or "undated"


def words(word: str) -> str:
    """A stage or topic as words: ``court_order`` → ``court order``."""
    return word.replace("_", " ")


def _safe_link(url: str | None) -> str | None:
    """The link if it is http(s); feed links with other schemes are never made clickable."""
    return url if url and _HTTP.fullmatch(url) else None


def _group_cases(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cases: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (r.get("published") or "", r["id"])):
        key = r.get("case_key") or f"entry:{r['id']}"
        case = cases.setdefault(key, {"case_key": key, "entries": []})
        case["entries"].append(r)
    out = []
    for case in cases.values():
        entries = case["entries"]
        stages: list[str] = []
        for e in entries:
            if not stages or stages[-1] != e["stage"]:
                stages.append(e["stage"])
        via = sorted(
            {m["text"] for e in entries for m in e.get("matched", []) if m["role"] == "related"}
        )
        out.append(
            {
                "case_key": case["case_key"],
                "first": _day(entries[0].get("published")),
                "last": _day(entries[-1].get("published")),
                "regulators": sorted({e["regulator"] for e in entries if e.get("regulator")}),
                "topics": sorted({t for e in entries for t in e.get("topics", [])}),
                "stages": stages,
                "via_related": via,
                "amount_usd": max((e["amount_usd"] or 0 for e in entries), default=0) or None,
                "entries": entries,
            }
        )
    return sorted(out, key=lambda c: (c["last"], c["case_key"]), reverse=True)


def _case_line(c: dict[str, Any]) -> str:
    regs = ", ".join(c["regulators"]) or "regulator not stated"
    span = c["first"] if c["first"] == c["last"] else f"{c['first']} to {c['last']}"
    via = f"; via related {', '.join(c['via_related'])}" if c["via_related"] else ""
    return f"{c['case_key']} ({regs}, {span}): {' → '.join(map(words, c['stages']))}{via}"


def _answers(name: str, cases: list[dict[str, Any]]) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for topic in ("data_sourcing", "model_deletion"):
        found = [c for c in cases if topic in c["topics"]]
        text = (
            f"Yes: {len(found)} case(s) in the stored history."
            if found
            else f"No stored enforcement action about {words(topic)} names {name}."
        )
        answers[topic] = {"answer": text, "cases": [_case_line(c) for c in found]}
    years = Counter(e["published"][:4] for c in cases for e in c["entries"] if e.get("published"))
    timeline = [f"{y}: {n} action(s)" for y, n in sorted(years.items())]
    moved = [_case_line(c) for c in cases if len(c["stages"]) > 1]
    answers["changes_over_time"] = {
        "answer": (
            f"{len(cases)} case(s) from {min(c['first'] for c in cases)} to "
            f"{max(c['last'] for c in cases)}; {len(moved)} moved through several stages."
            if cases
            else "Nothing stored to compare over time."
        ),
        "by_year": timeline,
        "cases": moved,
    }
    answers["sources"] = [
        {
            "entry": e["id"],
            "published": _day(e.get("published")),
            "source": e.get("source"),
            "publisher": e.get("publisher"),
            "title": e.get("title"),
            "link": e.get("link"),
        }
        for c in cases
        for e in c["entries"]
    ]
    return answers


def _limits(identity: dict[str, Any], coverage: dict[str, Any]) -> list[str]:
    since = _day(coverage.get("first_fetched"))
    limits = [
        f"Only what the watched sources ({', '.join(coverage.get('sources') or []) or 'none'}) "
        f"published; Regwatch has fetched since {since} and its oldest item is dated "
        f"{_day(coverage.get('oldest'))}. No stored action is not evidence of good practice.",
        "Whether the vendor complied with an order, or how it sources data today: the store "
        "holds announcements, not audits or contracts.",
        "Extraction is automatic: check each linked primary source before relying on it "
        "(`regwatch show ID` lists the evidence phrases).",
    ]
    if identity.get("on_watchlist"):
        limits.append(
            "Actions against companies not listed as aliases or related names "
            "(other subsidiaries, data suppliers) are not attributed to this vendor."
        )
    else:
        limits.append(
            "This name is not on the watchlist: actions were found by its text in stored "
            "targets and hits only; add it with aliases and related names for a fuller answer."
        )
    if len(coverage.get("versions") or []) > 1:
        limits.append(
            "Stored actions come from several extractor versions "
            f"({', '.join(coverage['versions'])}); run `regwatch reprocess` to align them."
        )
    return limits


def build_dossier(
    identity: dict[str, Any],
    rows: list[dict[str, Any]],
    coverage: dict[str, Any],
    mentions: int,
    generated_at: str,
) -> dict[str, Any]:
    """The dossier as one value: identity, cases, answers to the four questions, and limits."""
    cases = _group_cases(rows)
    return {
        "vendor": identity["name"],
        "identity": identity,
        "generated_at": generated_at,
        "summary": {
            "actions": len(rows),
            "cases": len(cases),
            "regulators": sorted({r for c in cases for r in c["regulators"]}),
            "other_mentions": mentions,
        },
        "cases": cases,
        "answers": _answers(identity["name"], cases),
        "cannot_answer": _limits(identity, coverage),
        "coverage": coverage,
    }


def _by_source(d: dict[str, Any]) -> list[tuple[str, int]]:
    """(source (publisher), entries) for the audit answer, most first."""
    counts = Counter(f"{s['source']} ({s['publisher']})" for s in d["answers"]["sources"])
    return counts.most_common()


def render_json(d: dict[str, Any]) -> str:
    """The dossier as one JSON document."""
    return json.dumps(d, indent=2, ensure_ascii=False, default=str)


def md(text: Any) -> str:
    """Feed text made inert in markdown: special characters escaped, one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text or "").split()))


def _md_link(url: str | None) -> str:
    safe = _safe_link(url)
    return f"<{safe}>" if safe else (md(url) if url else "no link")


def render_markdown(d: dict[str, Any]) -> str:
    """The dossier as markdown, ready to paste into a procurement ticket."""
    ident, s = d["identity"], d["summary"]
    out = [f"# Vendor dossier: {md(d['vendor'])}", "", f"Generated {md(d['generated_at'])}."]
    out += ["", "## Identity", ""]
    out.append(f"- On the watchlist: {'yes' if ident.get('on_watchlist') else 'no'}")
    for label, key in (("Aliases", "aliases"), ("Related", "related"), ("Seen as", "seen_as")):
        if ident.get(key):
            out.append(f"- {label}: {', '.join(md(a) for a in ident[key])}")
    out.append(
        f"- Stored: {s['actions']} enforcement action(s) in {s['cases']} case(s); "
        f"regulators: {', '.join(md(r) for r in s['regulators']) or 'none'}; "
        f"{s['other_mentions']} other entries mention it in passing"
    )
    out += ["", "## Due-diligence answers", ""]
    for key in ("data_sourcing", "model_deletion", "changes_over_time"):
        a = d["answers"][key]
        out.append(f"### {QUESTIONS[key]}")
        out += ["", md(a["answer"]), ""]
        out += [f"- {md(line)}" for line in a.get("by_year", []) + a["cases"]]
        out.append("")
    out += [f"### {QUESTIONS['sources']}", ""]
    out += [f"- {md(name)}: {n} entr{'y' if n == 1 else 'ies'}" for name, n in _by_source(d)]
    out.append(
        "\nEvery entry under Cases carries its link and its entry id "
        "(`regwatch show ID` prints the evidence phrases)."
        if d["cases"]
        else "Nothing stored."
    )
    out += ["", "## Cases", ""]
    for c in d["cases"]:
        out.append(f"### {md(c['case_key'])}")
        stages, topics = " → ".join(map(words, c["stages"])), ", ".join(map(words, c["topics"]))
        out += ["", f"Stages: {stages}; topics: {topics or 'none'}"]
        if c["amount_usd"]:
            out.append(f"Amount: ${c['amount_usd']:,.0f}")
        out.append("")
        for e in c["entries"]:
            who = md(e.get("regulator") or "")
            out.append(
                f"- {_day(e.get('published'))} **{words(e['stage'])}** {who}: "
                f"{md(e['title'])} ({_md_link(e.get('link'))}) `{md(e['id'])}`"
            )
        out.append("")
    out += ["## What this dossier cannot answer", ""]
    out += [f"- {x}" for x in d["cannot_answer"]]  # our own text (already markdown)
    return "\n".join(out) + "\n"


def _h(text: Any) -> str:
    import html  # lazy: only the HTML renderer needs it

    return html.escape(str(text or ""), quote=True)


def _html_link(url: str | None, label: str) -> str:
    safe = _safe_link(url)
    return f'<a href="{_h(safe)}" rel="noopener noreferrer">{_h(label)}</a>' if safe else _h(label)


def render_html(d: dict[str, Any]) -> str:
    """The dossier as a standalone HTML page (everything escaped; no scripts, no styles)."""
    ident = d["identity"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Vendor dossier: {_h(d['vendor'])}</title></head><body>",
        f"<h1>Vendor dossier: {_h(d['vendor'])}</h1>",
        f"<p>Generated {_h(d['generated_at'])}.</p><h2>Identity</h2><ul>",
        f"<li>On the watchlist: {'yes' if ident.get('on_watchlist') else 'no'}</li>",
    ]
    for label, key in (("Aliases", "aliases"), ("Related", "related"), ("Seen as", "seen_as")):
        if ident.get(key):
            parts.append(f"<li>{label}: {_h(', '.join(ident[key]))}</li>")
    parts.append("</ul><h2>Due-diligence answers</h2>")
    for key in ("data_sourcing", "model_deletion", "changes_over_time"):
        a = d["answers"][key]
        items = "".join(f"<li>{_h(x)}</li>" for x in a.get("by_year", []) + a["cases"])
        parts.append(f"<h3>{QUESTIONS[key]}</h3><p>{_h(a['answer'])}</p><ul>{items}</ul>")
    parts.append(f"<h3>{QUESTIONS['sources']}</h3><ul>")
    parts += [f"<li>{_h(name)}: {n}</li>" for name, n in _by_source(d)]
    parts.append("</ul><p>Every entry under Cases links its source and shows its entry id.</p>")
    parts.append("<h2>Cases</h2>")
    for c in d["cases"]:
        rows = "".join(
            f"<li>{_h(_day(e.get('published')))} <strong>{_h(e['stage'])}</strong> "
            f"{_h(e.get('regulator'))}: {_html_link(e.get('link'), e['title'])} "
            f"<code>{_h(e['id'])}</code></li>"
            for e in c["entries"]
        )
        stages = _h(" → ".join(map(words, c["stages"])))
        parts.append(f"<h3>{_h(c['case_key'])}</h3><p>Stages: {stages}</p><ul>{rows}</ul>")
    parts.append("<h2>What this dossier cannot answer</h2><ul>")
    parts += [f"<li>{_h(x)}</li>" for x in d["cannot_answer"]]
    parts.append("</ul></body></html>")
    return "\n".join(parts) + "\n"


RENDERERS = {"markdown": render_markdown, "json": render_json, "html": render_html}
