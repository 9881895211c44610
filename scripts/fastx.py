"""Fast extraction for rule development: parse each article once (DocBin cache keyed by the
text's hash under /work/samples/cache/), then run the CURRENT code's extractors + resolver.
Parses are cached by the text's hash: after a change to kg/nlp.py, set KGX_CACHE to a new folder.
usage: python scripts/fastx.py SOURCE... [-o OUT.jsonl] [--only posts,meetings]
Output: fact records as `kg extract --format jsonl` gives them."""
import argparse, hashlib, json, sys
from pathlib import Path
from spacy.tokens import DocBin
from kg import nlp, pipeline
from kg.extract import extract
from kg.resolve import Resolver

CACHE = Path(__import__("os").environ.get("KGX_CACHE", Path.home() / ".cache" / "kg-fastx"))
CACHE.mkdir(parents=True, exist_ok=True)
ap = argparse.ArgumentParser()
ap.add_argument("sources", nargs="+")
ap.add_argument("-o", "--output", default="-")
ap.add_argument("--only", default=None)
a = ap.parse_args()
arts = list(pipeline.articles(a.sources, lambda e: print("skipped:", e, file=sys.stderr)))
lang = nlp.load()
def key(t): return hashlib.sha1(t.encode()).hexdigest()[:20]
missing = [x for x in arts if not (CACHE / (key(x.text) + ".spacy")).exists()]
if missing:
    for art, doc in nlp.parse(missing):
        DocBin(store_user_data=True, docs=[doc]).to_disk(CACHE / (key(art.text) + ".spacy"))
out = sys.stdout if a.output == "-" else open(a.output, "w")
only = a.only.split(",") if a.only else None
resolver = Resolver()
for art in arts:
    doc = next(DocBin().from_disk(CACHE / (key(art.text) + ".spacy")).get_docs(lang.vocab))
    facts = resolver.article(list(extract(doc, doc_id=art.id, only=only, published=art.published)))
    for f in facts:
        out.write(json.dumps(f.to_record(), ensure_ascii=False) + "\n")
