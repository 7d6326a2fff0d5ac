"""The dossier renderer: pure values in, markdown/JSON/HTML out; feed text never becomes markup."""

from __future__ import annotations

import json

from monitor.dossier import build_dossier, md, render_html, render_json, render_markdown

COVERAGE = {
    "first_fetched": "2024-01-02T00:00:00Z",
    "oldest": "2019-05-01",
    "newest": "2026-02-01",
    "sources": ["ftc-press", "ico-news"],
    "versions": ["1", "2"],
}


def row(eid, published, stage, case_key=None, topics=("data_sourcing",), **kw):
    base = {
        "id": eid, "published": published, "stage": stage, "case_key": case_key,
        "topics": list(topics), "regulator": "FTC", "title": f"title {eid}", "source": "ftc-press",
        "publisher": "ftc-press", "link": f"https://ftc.test/{eid}", "amount_usd": None,
        "matched": [{"text": "Acme", "role": "target", "why": "name"}],
    }  # fmt: skip
    base.update(kw)
    return base


TOPICS = ("data_sourcing", "model_deletion")


def dossier(rows, on_watchlist=True):
    identity = {"name": "Acme", "on_watchlist": on_watchlist, "aliases": ["Acme Inc."],
                "related": ["DataCo"], "seen_as": ["Acme"]}  # fmt: skip
    return build_dossier(identity, rows, COVERAGE, 2, "2026-03-01T00:00:00Z")


def test_cases_group_in_stage_order_and_answer_the_questions():
    d = dossier([
        row("b", "2023-07-01", "final_order", "ftc:acme", topics=TOPICS),
        row("a", "2023-01-01", "complaint", "ftc:acme"),
        row("c", "2025-02-02", "fine", None, regulator="ICO",
            matched=[{"text": "DataCo", "role": "related", "why": "related"}]),
    ])  # fmt: skip
    assert [c["case_key"] for c in d["cases"]] == ["entry:c", "ftc:acme"]
    acme = d["cases"][1]
    assert acme["stages"] == ["complaint", "final_order"]
    assert (acme["first"], acme["last"]) == ("2023-01-01", "2023-07-01")
    assert d["cases"][0]["via_related"] == ["DataCo"]
    assert d["answers"]["model_deletion"]["cases"] == [
        "ftc:acme (FTC, 2023-01-01 to 2023-07-01): complaint → final order"
    ]
    assert d["answers"]["data_sourcing"]["answer"].startswith("Yes: 2 case(s)")
    assert d["answers"]["changes_over_time"]["by_year"] == [
        "2023: 2 action(s)",
        "2025: 1 action(s)",
    ]
    assert [s["entry"] for s in d["answers"]["sources"]] == ["c", "a", "b"]
    assert any("several extractor versions" in x for x in d["cannot_answer"])


def test_nothing_stored_says_so_and_lists_limits():
    d = dossier([], on_watchlist=False)
    assert d["answers"]["data_sourcing"]["answer"] == (
        "No stored enforcement action about data sourcing names Acme."
    )
    text = render_markdown(d)
    assert "Nothing stored." in text
    assert "not on the watchlist" in text and "fetched since 2024-01-02" in text
    assert json.loads(render_json(d))["summary"]["actions"] == 0


def test_feed_text_is_inert_in_markdown_and_html():
    evil = row(
        "x", "2024-01-01", "fine", title="<script>alert(1)</script> [click](javascript:x) *b*",
        link="javascript:alert(1)",
    )  # fmt: skip
    d = dossier([evil])
    text = render_markdown(d)
    assert "[click](javascript" not in text and "\\[click\\]" in text
    assert "<script>" not in text and "(javascript:alert(1))" in text.replace("\\", "")
    assert "<javascript:" not in text
    page = render_html(d)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'href="javascript' not in page
    safe = render_html(dossier([row("y", "2024-01-01", "fine")]))
    assert '<a href="https://ftc.test/y" rel="noopener noreferrer">title y</a>' in safe


def test_md_escapes_and_flattens():
    assert md("a_b *c*\n# d | e") == "a\\_b \\*c\\* \\# d \\| e"
