"""Regulator, stage and amount disagreements on entries gold and prediction both call
enforcement (run by hand): python bench/fields.py FILE"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval import matcher_for  # noqa: E402

from monitor.classify import classify_stream  # noqa: E402

if __name__ == "__main__":
    path = sys.argv[1]
    out = io.StringIO()
    with open(path, encoding="utf-8") as fh:
        classify_stream(fh, out, matcher_for(str(ROOT / "tests/fixtures/corpus/watchlist.toml")))
    preds = {str(p["id"]): p for p in map(json.loads, out.getvalue().splitlines())}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        lab, p = g["labels"], preds[str(g["id"])]
        if not lab["is_enforcement"]:
            continue
        for field in ("regulator", "action_stage", "amount_usd"):
            if lab[field] != p[field]:
                print(f"{g['id']} {field} gold={lab[field]!r} pred={p[field]!r}: {g['title']}")
