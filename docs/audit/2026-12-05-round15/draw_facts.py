"""Draw round 15's facts (seed 61280, up to 40 per group, at most 5 of one article per group,
then up to 10 where a group is short of 40)
from `kg extract` over the 12 items of `draw_items.py`, and write the judges' files: texts, and
per judge the drawn facts without extractor and confidence."""
import json, random, os
W = '/work/audit_private'
rng = random.Random(61280)
facts = [json.loads(l) for l in open(f'{W}/r15_facts.jsonl')]
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
CAP = 5  # long items hold dozens of one kind
for g in sorted(pools):
    order = rng.sample(pools[g], len(pools[g]))
    taken, per = [], {}
    for cap in (CAP, 2 * CAP):  # 12 items: a group short of 40 at 5 per article takes 10
        for r in order:
            if len(taken) == 40:
                break
            if r not in taken and per.get(r["doc"], 0) < cap:
                per[r["doc"]] = per.get(r["doc"], 0) + 1
                taken.append(r)
    picked += [{"group": g, **r} for r in taken]
os.makedirs(f'{W}/r15/texts', exist_ok=True)
with open(f'{W}/drawn_r15.jsonl', 'w') as f:
    for i, r in enumerate(picked):
        f.write(json.dumps({"n": i, **{k: v for k, v in r.items() if k != "n"}}, ensure_ascii=False) + "\n")
        r["n"] = i
items = [json.loads(l) for l in open(f'{W}/audit_r15.jsonl')]
for r in items:
    open(f'{W}/r15/texts/{r["id"]}.txt', 'w').write(r['title'] + '\n\n' + r['text'])
HIDE = ("extractor", "confidence", "start", "end")
judges = {"posts_meetings": ("holds_post", "meeting"), "agreements": ("agreement",),
          "statements_topics": ("statement", "statement-transcript", "topic")}
for name, groups in judges.items():
    with open(f'{W}/r15/drawn_{name}.jsonl', 'w') as f:
        for r in picked:
            if r["group"] in groups:
                f.write(json.dumps({k: v for k, v in r.items() if k not in HIDE and not k.endswith("_iri")}, ensure_ascii=False) + "\n")
with open(f'{W}/r15/agreement_facts_all.jsonl', 'w') as f:
    for r in facts:
        if r["type"] == "agreement":
            f.write(json.dumps({k: v for k, v in r.items() if k not in HIDE and not k.endswith("_iri")}, ensure_ascii=False) + "\n")
with open(f'{W}/r15/coverage_docs.txt', 'w') as f:
    f.write('\n'.join(r['id'] for r in items) + '\n')
print({g: sum(1 for p in picked if p["group"] == g) for g in sorted(pools)})
print({g: len(v) for g, v in pools.items()})
