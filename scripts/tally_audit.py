"""Tally verdicts: precision per group with Wilson 95% intervals, and precision by confidence.
usage: python scripts/tally_audit.py docs/audit/ROUND/drawn.jsonl docs/audit/ROUND/verdicts.jsonl   (verdicts: {"n":..,"verdict":"correct|partly|wrong","why":..})"""
import json, math, sys
drawn = {r["n"]: r for r in map(json.loads, open(sys.argv[1]))}
verd = {v["n"]: v for v in map(json.loads, open(sys.argv[2]))}
def wilson(k, n, z=1.96):
    if not n: return (0, 0)
    p = k / n; d = 1 + z*z/n; c = p + z*z/(2*n); m = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n))
    return ((c - m)/d, (c + m)/d)
groups = {}
for n, r in drawn.items():
    if n in verd: groups.setdefault(r["group"], []).append(verd[n]["verdict"])
print(f"{'group':22} {'n':>3} {'correct':>7} {'partly':>6} {'wrong':>5} {'P':>6}  95% CI")
for g, vs in sorted(groups.items()):
    k = vs.count("correct"); lo, hi = wilson(k, len(vs))
    print(f"{g:22} {len(vs):3} {k:7} {vs.count('partly'):6} {vs.count('wrong'):5} {k/len(vs):6.2f}  {lo:.2f}-{hi:.2f}")
bands = {}
for n, r in drawn.items():
    if n in verd:
        c = r.get("confidence", 1.0); b = "<0.7" if c < 0.7 else ("0.7-0.9" if c < 0.9 else ">=0.9")
        bands.setdefault(b, []).append(verd[n]["verdict"] == "correct")
for b, vs in sorted(bands.items()):
    print(f"confidence {b:8} n={len(vs):3} precision={sum(vs)/len(vs):.2f}")
