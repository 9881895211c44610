"""Compare two fact-record files (before/after a rule change): prints facts only in A (removed)
and only in B (added), with evidence, grouped by type; a random sample of at most N each.
usage: python scripts/diffx.py BEFORE.jsonl AFTER.jsonl [--type meeting] [-n 30] [--seed 1]"""
import argparse, json, random
ap = argparse.ArgumentParser(); ap.add_argument("a"); ap.add_argument("b")
ap.add_argument("--type"); ap.add_argument("-n", type=int, default=30); ap.add_argument("--seed", type=int, default=1)
x = ap.parse_args()
KEYS = {"holds_post": ("person", "post", "org", "country", "status"), "agreement": ("parties", "agreement", "action", "negated"),
        "meeting": ("participants",), "statement": ("speaker", "quote"), "topic": ("topic",)}
def load(p):
    d = {}
    for l in open(p):
        r = json.loads(l)
        if x.type and r["type"] != x.type: continue
        k = (r["doc"], r["type"]) + tuple(json.dumps(r.get(f), sort_keys=True) for f in KEYS.get(r["type"], ()))
        d[k] = r
    return d
A, B = load(x.a), load(x.b)
rng = random.Random(x.seed)
for name, only in (("REMOVED", [k for k in A if k not in B]), ("ADDED", [k for k in B if k not in A])):
    print(f"== {name}: {len(only)}")
    for k in sorted(rng.sample(only, min(x.n, len(only)))):
        r = (A if name == "REMOVED" else B)[k]
        fields = {f: r.get(f) for f in KEYS.get(r["type"], ())}
        print(f"- [{r['doc']}] {r['type']} {json.dumps(fields, ensure_ascii=False)} conf={r.get('confidence')}\n    «{(r.get('evidence') or '')[:300]}»")
