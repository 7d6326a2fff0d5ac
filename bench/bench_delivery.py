"""Delivery benchmark (run by hand): PYTHONPATH=. python bench/bench_delivery.py [--count N]

1. Latency: an alert committed to the outbox, then deliver() called at once (as the pipeline does
   right after a poll): time until the local Slack peer has the message. Target ≤ 1 s.
2. Drain: N queued alerts through a peer that enforces a rate per channel (429 + Retry-After when
   exceeded). Run twice: pacing matched to the peer, and pacing deliberately too fast so the peer
   pushes back. Every alert must arrive exactly once, in order.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.notify.deliver import deliver  # noqa: E402
from monitor.notify.slack import SlackNotifier  # noqa: E402
from monitor.store import Store, utcnow  # noqa: E402
from tests.slackserver import SlackServer  # noqa: E402


def enqueue(store: Store, channel: str, i: int) -> None:
    payload = {"kind": "alert", "vendor": "Clarifai", "title": f"Order {i}", "regulator": "FTC",
               "stage": "final_order", "topics": ["model_deletion"], "source": "bench"}  # fmt: skip
    store.enqueue_alert(kind="alert", channel=channel, payload=payload, now=utcnow(),
                        subject=f"entry-{i}", vendor="Clarifai", stage="final_order")  # fmt: skip


def latency(tmp: Path, runs: int) -> None:
    store = Store(tmp / "latency.db")
    with SlackServer(interval=1.0) as slack:
        notifiers = {"slack": SlackNotifier("slack", slack.token, "#bench", slack.api_url)}
        waits = []
        for i in range(runs):
            time.sleep(1.0)  # Slack's rate: one message a second per channel
            start = time.time()
            with store.transaction():  # as the pipeline: the poll's transaction commits
                enqueue(store, "slack", i)
            deliver(store, notifiers)
            waits.append(slack.messages[-1]["_at"] - start)
        median, worst = statistics.median(waits) * 1000, max(waits) * 1000
        print(f"latency enqueue→peer over {runs} alerts: median {median:.1f} ms, "
              f"max {worst:.1f} ms (target ≤ 1000 ms); 429s: {slack.rate_limited}")  # fmt: skip


def drain(tmp: Path, count: int, rate: float, client_rate: float) -> None:
    store = Store(tmp / f"drain-{client_rate}.db")
    interval = 1.0 / rate
    with store.transaction():
        for i in range(count):
            enqueue(store, "slack", i)
    with SlackServer(interval=interval, fractional_retry_after=True) as slack:
        notifiers = {"slack": SlackNotifier("slack", slack.token, "#bench", slack.api_url)}
        start = time.monotonic()
        report = deliver(store, notifiers, max_seconds=600, min_interval={"slack": 1 / client_rate})
        elapsed = time.monotonic() - start
        titles = [m["text"].rsplit(": ", 1)[-1] for m in slack.messages]
        exact = titles == [f"Order {i}" for i in range(count)]
    print(f"drain {count} alerts, peer allows {rate:.0f}/s, client paced at {client_rate:.0f}/s: "
          f"{elapsed:.2f} s = {count / elapsed:.1f}/s ({count / elapsed / rate:.0%} of allowed); "
          f"sent {report.sent}, 429s answered {slack.rate_limited}, "
          f"received {len(slack.messages)}, exactly once in order: {exact}")  # fmt: skip
    assert exact and report.sent == count and report.retrying == 0


def main() -> None:
    """Run both benchmarks and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=100.0, help="messages/s the peer allows")
    ap.add_argument("--latency-runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        latency(tmp, args.latency_runs)
        drain(tmp, args.count, args.rate, args.rate)
        drain(tmp, args.count, args.rate, args.rate * 1.5)


if __name__ == "__main__":
    main()
