"""Infer each KRAUTS article's publication date from its text alone and compare with the gold DCT.

The article text is the `<TEXT>` of the `*_raw-text` files; the `<DCT>` is hidden from the
dating stage and used only as the answer. Each article is dated on its own (no collection
context). Two settings are measured per part:
- text only: nothing but the text;
- month given: the gold DCT's year and month as a `date YYYY-MM` header, the constraint that
  seeds like 000 carry.
An answer is *exact* when it equals the gold day and *within ±3 days* when it differs by at most
three days; an article without an answer (no clue in the text) counts as wrong in both. The
report also counts the articles whose gold annotation names any day other than today, yesterday
or tomorrow: only those carry the information that can fix a publication day.

The same measure runs on any gold file in the seeds' format (`evaluate_gold_dct`): the articles
of its folder, optionally with their `date` line removed, against each document's `dct`. An
answer that is not the gold day is *wrong*; for an unseen article "no answer" is far better than
a wrong day, which shifts every relative date the article holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import ingest
from ..clean import clean
from ..dating import date_article
from ..errors import EvaluationError, InputError
from ..records import Article
from .krauts import PARTS, part_folders, read_folder
from .seeds import load_gold

NEAR_DAYS = 3
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
TODAY_WORDS = re.compile(r"heute|gestern|morgen", re.I)


@dataclass(slots=True)
class DctScores:
    documents: int = 0
    exact: int = 0
    near: int = 0
    unanswered: int = 0
    misses: list[tuple[str, date, date | None, str | None]] = field(default_factory=list)

    def share(self, count: int) -> float:
        return count / self.documents if self.documents else 0.0


@dataclass(slots=True)
class DctResult:
    part: str
    text_only: DctScores
    month_given: DctScores
    datable: int = 0


def infer_dct(text: str, month: tuple[int, int] | None = None) -> Article:
    """An article with `text` dated by chronik's dating stage, optionally within a month."""
    article = Article(origin="krauts", raw=text,
                      header_date=f"{month[0]:04d}-{month[1]:02d}" if month else None)
    return date_article(clean(article))


def _add(scores: DctScores, name: str, gold: date, article: Article) -> None:
    scores.documents += 1
    found = article.published
    if found is None:
        scores.unanswered += 1
    elif found == gold:
        scores.exact += 1
    if found is not None and abs((found - gold).days) <= NEAR_DAYS:
        scores.near += 1
    if found != gold:
        scores.misses.append((name, gold, found, article.date_method))


def evaluate_dct(krauts: str | Path) -> list[DctResult]:
    results = []
    for part in PARTS:
        gold_folder, raw_folder, _ = part_folders(krauts, part)
        gold_docs = read_folder(gold_folder)
        gold = {d.name: d.dct for d in gold_docs}
        datable = sum(any(DAY_VALUE.match(t.value) and not TODAY_WORDS.search(t.text)
                          for t in d.timexes) for d in gold_docs)
        text_only, month_given = DctScores(), DctScores()
        for document in read_folder(raw_folder):
            answer = gold[document.name]
            _add(text_only, document.name, answer, infer_dct(document.text))
            _add(month_given, document.name, answer,
                 infer_dct(document.text, (answer.year, answer.month)))
        results.append(DctResult(part, text_only, month_given, datable))
    return results


def evaluate_gold_dct(gold_path: str | Path, articles_dir: str | Path,
                      strip_date: bool = True) -> DctScores:
    """Date each article of a gold file in the seeds' format on its own, without its `date`
    line when `strip_date`, and score the answers against the gold `dct`."""
    scores = DctScores()
    for document in load_gold(gold_path)["documents"]:
        [article] = ingest.read([Path(articles_dir) / document["file"]])
        if isinstance(article, InputError):
            raise EvaluationError(str(article))
        if strip_date:
            article.header_date = None
        _add(scores, document["file"], date.fromisoformat(document["dct"]),
             date_article(clean(article)))
    return scores


def format_gold_dct_report(scores: DctScores, misses: bool = False) -> str:
    """Exact, within ±3 days, no answer and wrong, of the articles of a gold file."""
    wrong = scores.documents - scores.exact - scores.unanswered
    lines = [f"articles: {scores.documents}",
             f"exact: {scores.exact}  within ±{NEAR_DAYS} days: {scores.near}  "
             f"no answer: {scores.unanswered}  wrong: {wrong}"]
    if misses:
        lines += [f"  {name}: gold {gold}, got {found or 'no answer'} ({method or 'no clue'})"
                  for name, gold, found, method in scores.misses]
    return "\n".join(lines)


def format_dct_report(results: list[DctResult], misses: bool = False) -> str:
    header = f"{'part':<22}{'setting':<14}{'articles':>9}{'exact':>8}{'±3 days':>9}{'no answer':>11}"
    lines = [header, "-" * len(header)]
    for result in results:
        for setting, scores in (("text only", result.text_only),
                                ("month given", result.month_given)):
            lines.append(f"{result.part:<22}{setting:<14}{scores.documents:>9}"
                         f"{scores.share(scores.exact):>8.1%}{scores.share(scores.near):>9.1%}"
                         f"{scores.share(scores.unanswered):>11.1%}")
    for result in results:
        lines.append(f"{result.part}: {result.datable} of {result.text_only.documents} articles "
                     "name any day other than today, yesterday or tomorrow (gold TIMEX3); the "
                     "others cannot be dated to the day from their text.")
    if misses:
        for result in results:
            for setting, scores in (("text only", result.text_only),
                                    ("month given", result.month_given)):
                for name, gold, found, method in scores.misses:
                    lines.append(f"  {result.part} {setting}: {name} gold {gold} got {found} "
                                 f"({method})")
    lines.append("")
    lines.append("Articles: KRAUTS raw text (Strötgen et al. 2018, CC BY-NC 4.0), DCT hidden.")
    return "\n".join(lines)
