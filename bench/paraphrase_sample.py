"""Sample events for a paraphrase set: the measurement of how far detection leans on wording.

    python bench/paraphrase_sample.py OUT.jsonl [--seed N] [--alerts 25] [--quiet 15]
        [--exclude SET.jsonl ...]

Writes ``--alerts`` alert-bearing lines (gold enforcement with a topic and a watchlist hit) and
``--quiet`` quiet watchlist lines (no enforcement, a hit), at most one per case, drawn from the
dev corpus and the further sets (the paraphrase sets themselves and the cases of ``--exclude``
files left out). A writer who has not seen the extractor then rewrites each line as another
outlet would report the same event, and labels the new text by LABELLING.md. The brief used in
stop 29 (extra61e-h):

    Write one JSONL line per input line, in the same order: a NEW report of the SAME real event,
    as a different outlet would write it (a wire service, a trade newsletter, a local paper, a
    law-firm alert, a news-search result ending in " - Outlet", the regulator's own release, a
    translated headline). Change the wording thoroughly: another headline structure, other
    verbs and nouns, another summary order (2-4 sentences, 250-600 characters); share no 5-word
    run with the original. Keep to the original's facts, its date and its case_key. Label YOUR
    text by LABELLING.md (targets as your text names them; no amount your text does not state).

Score the rewrites and their originals with ``bench/eval.py``: the gap between the two is what
wording alone costs. Tune on some sets and hold others out; in stop 29 the rules chosen on two
sets moved the held-out two not at all (README, "The same events in other words").
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def sample(seed: int, n_alerts: int, n_quiet: int, exclude: list[Path]) -> list[dict]:
    """The sampled source lines, shuffled: alert-bearing and quiet watchlist lines."""
    used = {r.get("case_key") or r["id"] for p in exclude for r in _rows(p)}
    files = sorted((FIXTURES / "extra").glob("*.jsonl")) + sorted(
        (FIXTURES / "corpus").glob("dev*.jsonl")
    )
    alerts, quiet, seen = [], [], set(used)
    for path in files:
        rows = _rows(path)
        if rows and any("Paraphrase of" in (r.get("note") or "") for r in rows[:3]):
            continue  # a paraphrase set: its events are already other sets' events
        for r in rows:
            key = r.get("case_key") or r["id"]
            if key in seen:
                continue
            seen.add(key)
            lab = r["labels"]
            if lab["is_enforcement"] and lab["topics"] and lab["watchlist_hits"]:
                alerts.append(r)
            elif not lab["is_enforcement"] and lab["watchlist_hits"]:
                quiet.append(r)
    rng = random.Random(seed)
    picked = rng.sample(alerts, n_alerts) + rng.sample(quiet, n_quiet)
    rng.shuffle(picked)
    return picked


def main() -> None:
    """Write the sample as JSONL."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--alerts", type=int, default=25)
    ap.add_argument("--quiet", type=int, default=15)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    rows = sample(args.seed, args.alerts, args.quiet, args.exclude)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} lines -> {args.out}")


if __name__ == "__main__":
    main()
