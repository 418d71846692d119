"""Speed of the language layer on one CPU core: tokens per second of `language.analyse`.

    python benchmarks/language.py                # 200 articles of 10kGNAD test
    python benchmarks/language.py --articles 500

Splits the articles of 10kGNAD test (derStandard.at, CC BY-NC-SA 4.0) into sentences as the
pipeline does and analyses them (tokens, tagger, morphology, lemmas, dependencies), timing the
analysis only, after one warm-up article; then each component of the model alone over the same
sentences. Prints the model's size on disk. Target (issue 21): the
whole layer at least 10,000 tokens/s on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED, help="../shared/data")
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from chronik.evaluation.synthetic import load_articles
    from chronik.language import analyse, load, model_path
    from chronik.records import Article
    from chronik.sentences import split

    source = args.data / "10kgnad" / "test.csv"
    if not source.exists():
        sys.exit(f"{source} not found; pass --data")
    texts = load_articles(source)[:args.articles]
    articles = []
    for number, sentences in enumerate(texts):
        text = " ".join(sentences)
        article = Article(origin=f"{number}.txt", raw=text, text=text)
        article.sentences = split(text)
        articles.append(article)
    analyse(articles[0])
    started = time.perf_counter()
    tokens = sum(len(analyse(article).tokens) for article in articles)
    seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in model_path().rglob("*") if f.is_file())
    print(f"{len(articles)} articles, {tokens} tokens in {seconds:.1f} s: "
          f"{tokens / seconds:,.0f} tokens/s, {len(articles) / seconds:.1f} articles/s "
          f"(one core); model {size / 1e6:.1f} MB")
    nlp = load()
    docs = [nlp.make_doc(s.text) for article in articles for s in article.sentences]
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=64))
        print(f"  {name:22s} {tokens / (time.perf_counter() - started):>10,.0f} tokens/s")


if __name__ == "__main__":
    main()
