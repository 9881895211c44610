"""Draw a blind check from the held-out pool (rounds 17 on): the corpus items that are neither
development items (the 1,800 the rules were run over) nor items any judge had read facts of
(/work/r16/heldout.jsonl, 2,065 items, most of them drawn into an earlier round for a relation
they had no fact of), minus the items later rounds' judges read (each round folder's
`read_items.txt`, or the docs of its `drawn*.jsonl`).

    draw_heldout.py items SEED TAG [ROUND_FOLDER...]   60 items (30 State, 30 White House) for
        every relation -> /work/audit_private/TAG_main.jsonl, the whole remaining pool (for
        meetings and agreements, which few of these items hold) -> TAG_pool.jsonl
    kg extract /work/audit_private/TAG_pool.jsonl -j 2 -o /work/audit_private/TAG_facts.jsonl
    draw_heldout.py facts SEED TAG                      up to 40 facts per group (posts,
        statements, transcript paragraphs, topics from the 60; meetings and agreements from the
        pool), at most 5 of one article (3 for meetings and agreements); the judges' files
        (texts, facts without extractor and confidence) in /work/audit_private/TAG/"""
import glob, json, os, random, re, sys

W = '/work/audit_private'
HIDE = ("extractor", "confidence", "start", "end")
JUDGES = {"posts_meetings": ("holds_post", "meeting"), "agreements": ("agreement",),
          "statements_topics": ("statement", "statement-transcript", "topic")}
WHOLE_POOL = ("meeting", "agreement")


def read_in(folder: str) -> set[str]:
    listed = os.path.join(folder, "read_items.txt")
    if os.path.exists(listed):
        return {line.strip() for line in open(listed) if line.strip()}
    return {json.loads(line)["doc"] for f in glob.glob(os.path.join(folder, "drawn*.jsonl"))
            for line in open(f)}


def items(seed: int, tag: str, folders: list[str]) -> None:
    read = set().union(*(read_in(f) for f in folders)) if folders else set()
    pool = []
    for line in open('/work/r16/heldout.jsonl'):
        r = json.loads(line)
        r['id'] = ('sd-' if 'state.gov' in r['guid'] else 'wh-') + re.search(r'(\d+)$', r['guid']).group(1)
        if r['id'] not in read:
            r.pop('guid')
            pool.append(r)
    rng = random.Random(seed)
    main = rng.sample([r for r in pool if r['id'].startswith('sd-')], 30) + \
        rng.sample([r for r in pool if r['id'].startswith('wh-')], 30)
    for name, chosen in ((f'{tag}_main', main), (f'{tag}_pool', pool)):
        with open(f'{W}/{name}.jsonl', 'w') as f:
            for r in chosen:
                f.write(json.dumps(r) + '\n')
    print(len(pool), 'in the pool;', len(main), 'drawn')


def group(r: dict) -> str:
    if r["type"] == "statement" and r.get("extractor", "").startswith("statements.transcript"):
        return "statement-transcript"
    return r["type"]


def facts(seed: int, tag: str) -> None:
    rng = random.Random(seed)
    found = [json.loads(line) for line in open(f'{W}/{tag}_facts.jsonl')]
    main = {json.loads(line)['id'] for line in open(f'{W}/{tag}_main.jsonl')}
    pools: dict[str, list] = {}
    for r in found:
        g = group(r)
        if not r.get("negated") and (g in WHOLE_POOL or r["doc"] in main):
            pools.setdefault(g, []).append(r)
    picked = []
    for g in sorted(pools):
        cap = 3 if g in WHOLE_POOL else 5
        taken, per = [], {}
        for r in rng.sample(pools[g], len(pools[g])):
            if len(taken) < 40 and per.get(r["doc"], 0) < cap:
                per[r["doc"]] = per.get(r["doc"], 0) + 1
                taken.append(r)
        picked += [{"group": g, **r} for r in taken]
    with open(f'{W}/drawn_{tag}.jsonl', 'w') as f:
        for i, r in enumerate(picked):
            r["n"] = i
            f.write(json.dumps({"n": i, **{k: v for k, v in r.items() if k != "n"}},
                               ensure_ascii=False) + "\n")
    os.makedirs(f'{W}/{tag}/texts', exist_ok=True)
    need = {r["doc"] for r in picked} | main
    for line in open(f'{W}/{tag}_pool.jsonl'):
        r = json.loads(line)
        if r["id"] in need:
            open(f'{W}/{tag}/texts/{r["id"]}.txt', 'w').write(r['title'] + '\n\n' + r['text'])
    for name, groups in JUDGES.items():
        with open(f'{W}/{tag}/drawn_{name}.jsonl', 'w') as f:
            for r in picked:
                if r["group"] in groups:
                    f.write(json.dumps({k: v for k, v in r.items() if k not in HIDE
                                        and not k.endswith("_iri")}, ensure_ascii=False) + "\n")
    with open(f'{W}/{tag}/agreement_facts_main.jsonl', 'w') as f:
        for r in found:
            if r["type"] == "agreement" and r["doc"] in main:
                f.write(json.dumps({k: v for k, v in r.items() if k not in HIDE
                                    and not k.endswith("_iri")}, ensure_ascii=False) + "\n")
    with open(f'{W}/{tag}/coverage_docs.txt', 'w') as f:
        f.write('\n'.join(sorted(main)) + '\n')
    print({g: sum(1 for p in picked if p["group"] == g) for g in sorted(pools)})
    print({g: len(v) for g, v in pools.items()})


if __name__ == "__main__":
    step, seed, tag, *folders = sys.argv[1:]
    if step == "items":
        items(int(seed), tag, folders)
    else:
        facts(int(seed), tag)
