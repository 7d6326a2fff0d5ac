"""Classify a gold JSONL file and score it (run by hand).

python bench/eval.py FILE [--errors] [--targets] [--hits]
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "corpus"))

from score_classify import score  # noqa: E402

from monitor.classify import classify_stream  # noqa: E402


def matcher_for(path: str):
    """The watchlist matcher for the corpus watchlist."""
    from monitor.watchlist import Matcher, load_watchlist

    return Matcher(load_watchlist(path))


if __name__ == "__main__":
    gold_path = sys.argv[1]
    wl = str(ROOT / "tests" / "fixtures" / "corpus" / "watchlist.toml")
    out = io.StringIO()
    with open(gold_path, encoding="utf-8") as fh:
        classify_stream(fh, out, matcher_for(wl))
    gold = [json.loads(x) for x in Path(gold_path).read_text(encoding="utf-8").splitlines() if x]
    preds = [json.loads(x) for x in out.getvalue().splitlines()]
    result, errors = score(gold, preds)
    if "--errors" in sys.argv:
        print("\n".join(errors))
    if "--targets" in sys.argv:  # target misses and extras where both say enforcement
        from score_classify import same_org, target_hit

        by_id = {str(p["id"]): p for p in preds}
        for g in gold:
            lab, p = g["labels"], by_id[str(g["id"])]
            if not (lab["is_enforcement"] and p["is_enforcement"]):
                continue
            miss = [t for t in lab["targets"] if not target_hit(t, p["targets"])]
            extra = [t for t in p["targets"] if not any(same_org(x, t) for x in lab["targets"])]
            if miss or extra:
                print(f"{g['id']} miss={miss} extra={extra} gold={lab['targets']}: {g['title']}")
    if "--hits" in sys.argv:  # watchlist-hit misses and extras, with both target lists
        from score_classify import norm

        by_id = {str(p["id"]): p for p in preds}
        for g in gold:
            lab, p = g["labels"], by_id[str(g["id"])]
            gh = {norm(h) for h in lab.get("watchlist_hits") or []}
            ph = {norm(h) for h in p.get("watchlist_hits") or []}
            if gh != ph:
                print(
                    f"{g['id']} miss={sorted(gh - ph)} extra={sorted(ph - gh)} "
                    f"pt={p['targets']} gt={lab['targets']}: {g['title']}"
                )
    for k, v in result.items():
        print(f"{k:<26} {v}")
