"""Per relation: verdicts of removed vs added facts (the judge saw neither direction)."""
import json, glob, collections, os
key = {json.loads(l)["n"]: json.loads(l) for l in open("key.jsonl")}
for f in sorted(glob.glob("drawn_*.jsonl")):
    group = f[6:-6]
    v = f"verdicts_{group}.jsonl"
    if not os.path.exists(v): print(group, "no verdicts yet"); continue
    verdicts = {json.loads(l)["n"]: json.loads(l)["verdict"] for l in open(v)}
    c = collections.defaultdict(collections.Counter)
    for l in open(f):
        n = json.loads(l)["n"]
        if n in verdicts: c[key[n]["direction"]][verdicts[n]] += 1
    for d in ("removed", "added"):
        k = c[d]; tot = sum(k.values())
        print(f"{group:12s} {d:8s} n={tot:3d} correct={k['correct']} partly={k['partly']} wrong={k['wrong']}"
              + (f"  precision={k['correct']/tot:.2f}" if tot else ""))
