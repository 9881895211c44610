"""Draw N corpus items outside the gold (half from each corpus file, texts under 15,000
characters, as AUDIT.md asks), outside EXCLUDE files and the items earlier rounds read
(docs/audit/used_items.txt); write them as JSONL with ids 'sd-N'/'wh-N' (the gold's naming).
--chars MIN-MAX draws texts of that length instead (round 10: every item under 15,000
characters had been read, so it drew 15,000-25,000).
usage: make_sample.py [--chars MIN-MAX] SEED N OUT.jsonl [EXCLUDE.jsonl...]"""
import gzip, json, random, sys, re
from pathlib import Path
# ../shared beside the repository, as in the README
SH = Path(__file__).resolve().parents[2] / "shared"
args = sys.argv[1:]
low, high = 0, 15000
if args[0] == "--chars":
    low, high = (int(x) for x in args[1].split("-"))
    args = args[2:]
seed, n, out = int(args[0]), int(args[1]), args[2]
exclude = set()
for f in args[3:]:
    exclude |= {json.loads(l)["id"] for l in open(f)}
# items earlier rounds and rule checks already read (docs/audit/used_items.txt)
USED = Path(__file__).resolve().parents[1] / "docs" / "audit" / "used_items.txt"
if USED.exists():
    exclude |= {l.strip() for l in USED.read_text().splitlines() if l.strip() and not l.startswith("#")}
gold = {p.stem for p in (SH / "eval/texts").glob("*.txt")}
news_urls = {l.split("\t")[4] for l in open(SH / "corpus/news/MANIFEST.tsv")}
items = []
for fname, prefix in (("state_dept_press_releases", "sd"), ("white_house_briefing_room", "wh")):
    for line in gzip.open(SH / f"corpus/govpr/{fname}.jsonl.gz", "rt"):
        r = json.loads(line)
        num = re.search(r"(\d+)$", r["guid"]).group(1)
        rid = f"{prefix}-{num}"
        if rid in gold or rid in exclude or r.get("link") in news_urls or not low <= len(r["text"]) <= high:
            continue
        items.append({**r, "id": rid, "_file": prefix})
rng = random.Random(seed)
by = {"sd": [i for i in items if i["_file"] == "sd"], "wh": [i for i in items if i["_file"] == "wh"]}
pick = rng.sample(by["sd"], n // 2) + rng.sample(by["wh"], n - n // 2)
with open(out, "w") as fh:
    for r in pick:
        r.pop("_file"); r.pop("guid")
        fh.write(json.dumps(r) + "\n")
print(len(pick), "items ->", out)
