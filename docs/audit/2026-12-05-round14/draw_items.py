"""Round 14 items (seed 61270): the last 41 unread White House items of 30,000-60,000 characters,
the last 8 State Department items over 60,000 and 11 of the 23 White House items over 60,000.
Facts: up to 40 per relation (posts, statements outside transcript turns, meetings,
agreements), at most 5 of one article, the same seed."""
import gzip, json, glob, re, random
SH = '/work/shared'
used = {l.strip() for l in open('docs/audit/used_items.txt') if l.strip() and not l.startswith('#')}
gold = {p.split('/')[-1][:-4] for p in glob.glob(SH + '/eval/texts/*.txt')}
news = {l.split('\t')[4] for l in open(SH + '/corpus/news/MANIFEST.tsv')}
pools = {}
for f in sorted(glob.glob(f'{SH}/corpus/govpr/*.jsonl.gz')):
    wh = 'white' in f
    for line in gzip.open(f, 'rt'):
        r = json.loads(line)
        rid = ('wh-' if wh else 'sd-') + re.search(r'(\d+)$', r['guid']).group(1)
        if rid in used or rid in gold or r.get('link') in news or len(r['text']) < 15000:
            continue
        band = '30-60k' if len(r['text']) < 60000 else '60k+'
        r['id'] = rid; r.pop('guid'); pools.setdefault((wh, band), []).append(r)
rng = random.Random(61270)
pick = pools[(True, '30-60k')] + pools[(False, '60k+')]
pick += rng.sample(pools[(True, '60k+')], 60 - len(pick))
rng.shuffle(pick)
with open('audit_r14.jsonl', 'w') as f:
    for r in pick:
        f.write(json.dumps(r) + '\n')
