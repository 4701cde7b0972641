#!/usr/bin/env python3
"""Writes N proposals for the batch benchmark (docs/performance.md, "Batch"): the JSON examples,
each copied N / len(examples) times with its own id and, where a measure has a whole-number
parameter, a different value (so that the proposals differ, as a real corpus would).

usage: benchmarks/generate-proposals.py N OUT_DIR
"""
import json, pathlib, sys

n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
examples = sorted(p for p in pathlib.Path("examples").glob("*.json"))
for i in range(n):
    src = examples[i % len(examples)]
    proposal = json.loads(src.read_text(encoding="utf-8"))
    proposal["id"] = f"{proposal['id']}-{i:05d}"
    for m in proposal.get("measures", []):
        for k, v in list(m.get("parameters", {}).items()):
            if isinstance(v, int) and not isinstance(v, bool) and v > 1:
                m["parameters"][k] = max(1, v + (i % 7) - 3)
    (out / f"{i:05d}-{src.name}").write_text(json.dumps(proposal, ensure_ascii=False, indent=1), encoding="utf-8")
print(f"{n} proposals in {out}")
