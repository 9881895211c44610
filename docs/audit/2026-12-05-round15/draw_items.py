"""Round 15 items: the last 12 unread corpus items (all White House, over 60,000 characters),
every one of them, shuffled with seed 61280. Facts: up to 40 per relation (posts, meetings,
agreements, statements outside transcript turns, transcript paragraphs, topics), at most 5 of
one article, the same seed (`draw_facts.py`)."""
import gzip, json, glob, re, random
SH = '/work/shared'
used = {l.strip() for l in open('docs/audit/used_items.txt') if l.strip() and not l.startswith('#')}
gold = {p.split('/')[-1][:-4] for p in glob.glob(SH + '/eval/texts/*.txt')}
news = {l.split('\t')[4] for l in open(SH + '/corpus/news/MANIFEST.tsv')}
pick = []
for f in sorted(glob.glob(f'{SH}/corpus/govpr/*.jsonl.gz')):
    wh = 'white' in f
    for line in gzip.open(f, 'rt'):
        r = json.loads(line)
        rid = ('wh-' if wh else 'sd-') + re.search(r'(\d+)$', r['guid']).group(1)
        if rid in used or rid in gold or r.get('link') in news:
            continue
        r['id'] = rid; r.pop('guid'); pick.append(r)
random.Random(61280).shuffle(pick)
with open('/work/audit_private/audit_r15.jsonl', 'w') as f:
    for r in pick:
        f.write(json.dumps(r) + '\n')
print(len(pick), sorted((r['id'], len(r['text'])) for r in pick))
