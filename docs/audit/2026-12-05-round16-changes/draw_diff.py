"""Draw changed facts (removed by the session's rules, and added) for a blind judge who does not
know which is which. usage: draw_diff.py --seed S [-n 40] [--types T,...] --before FACTS...
--after FACTS... [--items ITEMS.jsonl...] (the corpus items the facts are of, for their texts).
Writes drawn_<group>.jsonl (judge's view), key.jsonl (private: direction), texts/<doc>.txt.
Round 16 ran it on the development items (the default --items) and, in
../2026-12-05-round16-heldout/, with --items /work/r16/heldout.jsonl added first."""
import argparse, json, random, re, os, collections, gzip
ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, required=True)
ap.add_argument("--before", nargs="+", required=True); ap.add_argument("--after", nargs="+", required=True)
ap.add_argument("--types", default="holds_post,agreement,meeting,statement")
ap.add_argument("--items", nargs="+", default=[
    "/work/samples/dev600.jsonl", "/work/samples/val400.jsonl", "/work/samples/agr800.jsonl",
    "/work/audit_private/dev11/items.jsonl", "/work/r15/audited_items.jsonl"])
ap.add_argument("-n", type=int, default=40); a = ap.parse_args()
KEYS = {"holds_post": ("person", "post", "org", "country", "status"), "agreement": ("parties", "agreement", "action", "negated", "hedged"),
        "meeting": ("participants", "negated"), "statement": ("speaker", "quote", "direct")}
def load(paths):
    d = {}
    for p in paths:
        for l in open(p):
            r = json.loads(l)
            if r["type"] not in KEYS: continue
            k = (r["doc"], r["type"]) + tuple(json.dumps(r.get(f), sort_keys=True) for f in KEYS[r["type"]])
            d[k] = r
    return d
befores, afters = a.before, a.after
A, B = load(befores), load(afters)
rng = random.Random(a.seed)
def short(g):
    n = re.search(r"(\d+)\D*$", g).group(1); return ("sd-" if "state.gov" in g else "wh-") + n
texts = {}
for p in a.items:
    for l in open(p):
        it = json.loads(l); texts[it.get("id") or short(it["guid"])] = it["title"] + "\n\n" + it["text"]
os.makedirs("texts", exist_ok=True)
key = open("key.jsonl", "a"); n = sum(1 for _ in open("key.jsonl")) if os.path.exists("key.jsonl") else 0
for t in a.types.split(","):
    removed = [("removed", B_or_A) for k, B_or_A in A.items() if k[1] == t and k not in B]
    added = [("added", r) for k, r in B.items() if k[1] == t and k not in A]
    pool = removed + added
    print(t, "removed", len(removed), "added", len(added))
    pick = rng.sample(pool, min(a.n, len(pool)))
    with open(f"drawn_{t}.jsonl", "w") as out:
        for direction, r in pick:
            doc = short(r["doc"]) if r["doc"].startswith("http") else r["doc"]
            open(f"texts/{doc}.txt", "w").write(texts[doc])
            rec = {"n": n, "group": t, "doc": doc, **{f: r.get(f) for f in KEYS[t]}, "evidence": r.get("evidence")}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            key.write(json.dumps({"n": n, "direction": direction, "extractor": r.get("extractor"), "confidence": r.get("confidence")}) + "\n")
            n += 1
