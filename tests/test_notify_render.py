"""Rendering is pure: one payload → Slack blocks + text, e-mail, console; feed text stays inert."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.models import Action, Entry, Evidence, Hit
from monitor.notify.console import ConsoleNotifier
from monitor.notify.render import alert_payload, console_lines, email_message, sentence_at
from monitor.notify.slack import SlackNotifier, slack_digest, slack_message
from tests.slackserver import SlackServer

SUMMARY = (
    "The FTC said Clarifai, Inc. used 3 million OkCupid photos without consent. "
    "Under the order, Clarifai must delete the photos and any models trained on them. "
    "The company did not admit wrongdoing."
)
EVIL = "<!channel> Ring & Alexa <https://evil.example|click here> <@U123>"


def make(title: str = "FTC finalizes order with Clarifai", summary: str = SUMMARY):
    entry = Entry(source="ftc-press", title=title, url="https://ftc.example.org/a?x=1&y=2",
                  summary=summary, published_at="2026-02-01", publisher="ftc-press")  # fmt: skip
    start = summary.index("delete the photos")
    action = Action(
        is_enforcement=True,
        topics=["data_sourcing", "model_deletion"],
        regulator="FTC",
        targets=["Clarifai, Inc."],
        amount_usd=1_500_000,
        action_stage="final_order",
        case_key="clarifai-2026",
        score=0.93,
        evidence=[
            Evidence("is_enforcement", "FTC", "summary", 4, 7),
            Evidence("topic:model_deletion", "delete the photos", "summary", start, start + 17),
        ],
    )
    hit = Hit("Clarifai", "Clarifai, Inc.", "summary", 13, 27, "target", "name")
    return entry, action, hit


def test_payload_carries_the_decisive_sentence():
    entry, action, hit = make()
    p = alert_payload(entry, action, hit)
    assert p["evidence_sentence"] == (
        "Under the order, Clarifai must delete the photos and any models trained on them."
    )
    assert (p["vendor"], p["role"], p["stage"], p["case_key"]) == (
        "Clarifai", "target", "final_order", "clarifai-2026",
    )  # fmt: skip
    assert json.loads(json.dumps(p)) == p  # JSON-able, as the outbox stores it


def test_sentence_does_not_split_at_inc():
    text = "Regulators fined Acme Inc. over scraped faces. Nothing else happened."
    assert sentence_at(text, 20, 24) == "Regulators fined Acme Inc. over scraped faces."


def test_slack_message_has_every_part_of_the_alert():
    text, blocks = slack_message(alert_payload(*make()))
    dump = json.dumps(blocks)
    link = "<https://ftc.example.org/a?x=1&amp;y=2|"
    for part in ("Clarifai", "FTC", "final order", "model deletion", "$1,500,000",
                 "must delete the photos", "training data come from", "delete models or data",
                 "sourcing policy", "auditable", link):  # fmt: skip
        assert part in dump, part
    assert text.startswith("FTC final order: Clarifai")


def test_feed_text_cannot_ping_or_smuggle_links_in_slack():
    entry, action, hit = make(title=EVIL, summary=EVIL + ". Clarifai must delete the photos now.")
    action.evidence = []
    text, blocks = slack_message(alert_payload(entry, action, hit))
    for piece in [text, *(json.dumps(b) for b in blocks)]:
        assert "<!channel>" not in piece and "<https://evil" not in piece and "<@U" not in piece
    assert "&lt;!channel&gt;" in text
    # The only "<" left is our own link.
    assert len(re.findall("<", json.dumps(blocks))) == 1


def test_injection_attempts_arrive_inert_at_the_slack_peer():
    entry, action, hit = make(title=EVIL)
    with SlackServer(interval=0.0) as slack:
        SlackNotifier("s", slack.token, "#p", slack.api_url).send(alert_payload(entry, action, hit))
        [msg] = slack.messages
    assert "<!channel>" not in json.dumps(msg) and "<https://evil" not in json.dumps(msg)


@settings(max_examples=60, deadline=None)
@given(title=st.text(max_size=5000), sentence=st.text(max_size=5000), vendor=st.text(max_size=300))
def test_slack_block_limits_hold_for_any_text(title, sentence, vendor):
    p = {"kind": "alert", "title": title, "evidence_sentence": sentence, "vendor": vendor,
         "targets": [vendor] * 30, "regulator": vendor,
         "link": "https://x.example/" + vendor}  # fmt: skip
    text, blocks = slack_message(p)
    assert text and len(text) <= 3000 and len(blocks) <= 50
    for b in blocks:
        if b["type"] == "header":
            assert 0 < len(b["text"]["text"]) <= 150
        for f in b.get("fields", []):
            assert len(f["text"]) <= 2000
        if b["type"] == "section" and "text" in b:
            assert len(b["text"]["text"]) <= 3000
    # Slack parses mentions in mrkdwn text objects and the top-level text; plain_text (the
    # header) is shown as written, so "<!" there pings nobody
    assert "<!" not in text
    assert not any("<!" in t for t in _mrkdwn_texts(blocks))


def _mrkdwn_texts(node: object) -> list[str]:
    """Every mrkdwn text object's text inside ``node`` (blocks, fields, context elements)."""
    if isinstance(node, list):
        return [t for n in node for t in _mrkdwn_texts(n)]
    if not isinstance(node, dict):
        return []
    own = (
        [node["text"]] if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str) else []
    )
    return own + [t for v in node.values() if isinstance(v, (list, dict)) for t in _mrkdwn_texts(v)]


def test_a_large_digest_stays_within_slack_limits():
    payloads = [alert_payload(*make(title=f"Order {i} " + "x" * 200)) for i in range(1000)]
    text, blocks = slack_digest(payloads)
    assert len(blocks) <= 50 and all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
    assert "Regwatch digest: 1000 alerts" in text
    shown = json.dumps(blocks, ensure_ascii=False).count("\u2022 *")
    more = re.search(r"and (\d+) more: see `regwatch alerts list`", json.dumps(blocks))
    assert more and shown > 300 and shown + int(more.group(1)) == 1000


def test_email_subject_is_one_line_and_html_is_escaped():
    entry, action, hit = make(title="Order\r\nBcc: x@evil.example\n<script>alert(1)</script>")
    subject, text, html = email_message(alert_payload(entry, action, hit))
    assert "\n" not in subject and "\r" not in subject and subject.startswith("[regwatch] FTC")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "must delete the photos" in text and "must delete the photos" in html
    assert 'href="https://ftc.example.org/a?x=1&amp;y=2"' in html


def test_javascript_links_are_dropped():
    entry, action, hit = make()
    entry.url = "javascript:alert(1)"
    p = alert_payload(entry, action, hit)
    assert "javascript" not in json.dumps(slack_message(p)) + email_message(p)[2]


def test_source_alerts_render():
    broken = {"kind": "source_broken", "source": "ftc-press", "failures": 5,
              "error": "fetch: HTTP 503 from www.ftc.gov"}  # fmt: skip
    text, blocks = slack_message(broken)
    assert text.startswith("Source broken: ftc-press") and "HTTP 503" in json.dumps(blocks)
    assert "Questions" not in json.dumps(blocks)
    subject, _, _ = email_message({"kind": "source_recovered", "source": "ftc-press"})
    assert subject == "[regwatch] Source recovered: ftc-press"


def test_console_lines_carry_no_terminal_escapes(capsys):
    entry, action, hit = make(title="\x1b[2J\x1b[31mowned\x07")
    lines = console_lines(alert_payload(entry, action, hit))
    assert not any("\x1b" in line or "\x07" in line for line in lines)
    ConsoleNotifier().send(alert_payload(*make()))
    assert "Questions to put to the vendor" in capsys.readouterr().out
