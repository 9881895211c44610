"""Draw round 13's facts (seed 61260, up to 40 per group) and write the judges' files:
texts, and per judge the drawn facts without extractor and confidence."""
import json, random, os
rng = random.Random(61260)
facts = [json.loads(l) for l in open('/work/audit_private/r13_facts.jsonl')]
# 40 more long White House items (seed 61261) for meetings and agreements only: 60 long items
# hold few of either
facts += [r for r in map(json.loads, open('/work/audit_private/r13b_facts.jsonl'))
          if r["type"] in ("meeting", "agreement")]
def group(r):
    g = r["type"]
    if g == "statement" and r.get("extractor", "").startswith("statements.transcript"):
        g = "statement-transcript"
    return g
pools = {}
for r in facts:
    if not r.get("negated"):
        pools.setdefault(group(r), []).append(r)
picked = []
CAP = 5  # at most 5 facts of one article per group: long items hold dozens of one kind
for g in sorted(pools):
    order = rng.sample(pools[g], len(pools[g]))
    taken, per = [], {}
    for r in order:
        if len(taken) == 40:
            break
        if per.get(r["doc"], 0) < CAP:
            per[r["doc"]] = per.get(r["doc"], 0) + 1
            taken.append(r)
    picked += [{"group": g, **r} for r in taken]
os.makedirs('r13/texts', exist_ok=True)
with open('drawn_r13.jsonl', 'w') as f:
    for i, r in enumerate(picked):
        r["n"] = i
        f.write(json.dumps({"n": i, **{k: v for k, v in r.items() if k != "n"}}, ensure_ascii=False) + "\n")
items = {json.loads(l)['id']: json.loads(l) for f in ('audit_r13.jsonl', 'audit_r13b.jsonl') for l in open(f)}
for rid, r in items.items():
    open(f'r13/texts/{rid}.txt', 'w').write(r['title'] + '\n\n' + r['text'])
HIDE = ("extractor", "confidence", "start", "end", "speaker_iri")
judges = {"posts_meetings": ("holds_post", "meeting"), "agreements": ("agreement",),
          "statements": ("statement", "statement-transcript"), "topics": ("topic",)}
for name, groups in judges.items():
    with open(f'r13/drawn_{name}.jsonl', 'w') as f:
        for r in picked:
            if r["group"] in groups:
                f.write(json.dumps({k: v for k, v in r.items() if k not in HIDE and not k.endswith("_iri")}, ensure_ascii=False) + "\n")
with open('r13/agreement_facts_all.jsonl', 'w') as f:
    for r in facts:
        if r["type"] == "agreement":
            f.write(json.dumps({k: v for k, v in r.items() if k not in HIDE}, ensure_ascii=False) + "\n")
print({g: sum(1 for p in picked if p["group"] == g) for g in sorted({p["group"] for p in picked})})
print({g: len(v) for g, v in pools.items()})
sample = [json.loads(l) for l in open('audit_r13.jsonl')]
with open('r13/coverage_docs.txt', 'w') as f:
    f.write('\n'.join(r['id'] for r in sample) + '\n')
shortest = [r['id'] for r in sorted(sample, key=lambda r: len(r['text']))[:6]]
with open('r13/recall_docs.txt', 'w') as f:
    f.write('\n'.join(shortest) + '\n')
with open('r13/recall_facts.jsonl', 'w') as f:
    for r in facts:
        if r['doc'] in shortest:
            f.write(json.dumps({k: v for k, v in r.items() if k not in HIDE and not k.endswith("_iri")}, ensure_ascii=False) + "\n")
print('recall docs', shortest)
