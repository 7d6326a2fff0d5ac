"""Show the cues, score and output for corpus ids (run by hand): python bench/why.py FILE ID..."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from monitor.classify import row_to_entry  # noqa: E402
from monitor.extract import extract  # noqa: E402
from monitor.extract_lexicon import default_lexicon  # noqa: E402

rows = {r["id"]: r for r in map(json.loads, Path(sys.argv[1]).read_text().splitlines())}
for i in sys.argv[2:]:
    r = rows[i]
    e = row_to_entry(r)
    a = extract(e)
    texts = {"title": e.title, "summary": e.summary}
    cues = [c for w, t in texts.items() for c in default_lexicon().scan(t, w)]
    print(i, r["title"])
    print("  cues:", [(c.cat.split(":")[-1], texts[c.where][c.start : c.end]) for c in cues])
    print(
        "  pred:",
        a.is_enforcement,
        a.score,
        a.topics,
        a.regulator,
        a.targets,
        a.action_stage,
        a.amount_usd,
    )
    L = r["labels"]
    print(
        "  gold:",
        L["is_enforcement"],
        L["topics"],
        L["regulator"],
        L["targets"],
        L["action_stage"],
        L["amount_usd"],
    )
