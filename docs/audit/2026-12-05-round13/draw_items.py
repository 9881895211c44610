"""Round 13 items: the 31 unread White House items of 15,000-30,000 characters, the 14 unread
State Department items of 30,000-60,000 and 15 of the 96 unread White House items of
30,000-60,000, seed 61260."""
import gzip, json, glob, re, random
SH = '/work/shared'
used = {l.strip() for l in open('/work/main/docs/audit/used_items.txt') if l.strip() and not l.startswith('#')}
gold = {p.split('/')[-1][:-4] for p in glob.glob(SH + '/eval/texts/*.txt')}
news = {l.split('\t')[4] for l in open(SH + '/corpus/news/MANIFEST.tsv')}
pools = {}
for f in sorted(glob.glob(f'{SH}/corpus/govpr/*.jsonl.gz')):
    wh = 'white' in f
    for line in gzip.open(f, 'rt'):
        r = json.loads(line)
        rid = ('wh-' if wh else 'sd-') + re.search(r'(\d+)$', r['guid']).group(1)
        if rid in used or rid in gold or r.get('link') in news:
            continue
        n = len(r['text'])
        band = '15-30k' if 15000 <= n < 30000 else '30-60k' if 30000 <= n < 60000 else None
        if band:
            r['id'] = rid; r.pop('guid'); pools.setdefault((wh, band), []).append(r)
rng = random.Random(61260)
pick = pools[(True, '15-30k')] + pools[(False, '30-60k')] + rng.sample(pools[(True, '30-60k')], 15)
rng.shuffle(pick)
with open('audit_r13.jsonl', 'w') as f:
    for r in pick:
        f.write(json.dumps(r) + '\n')
print({k: len(v) for k, v in pools.items()}, len(pick), 'drawn')
