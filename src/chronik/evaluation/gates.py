"""Quality gates: every evaluation that runs in seconds, each figure held against a floor.

`measure()` runs the seed evaluation (publication dates, boilerplate, events, actor
resolution), the development set's events, actor resolution and publication dates with the date
lines removed, the seed event dates check, the language layer on UD German GSD test, statement
speakers and cues on quotes-de test, the NER model on the held-out GermEval 2014
sentences, the KRAUTS time-expression scorer, the KRAUTS publication-date inference, and
duplicate detection (the seed pairs, near duplicates in a synthetic 10kGNAD corpus), and returns named figures
(shares between 0 and 1). The baseline file (`eval/baseline.json`) pins a floor for each figure
and a SHA-256 hash of each evaluation corpus:

    {"corpora": {"seeds": "…", …},
     "floors": {"seeds.events.precision": {"floor": 0.871}, …}}

`check()` fails a figure that falls below its floor, a figure without a floor, and a corpus whose
hash changed (the figures would no longer be comparable). Raising a floor is a one-line change in
the same commit as the improvement; a floor lower than in the previous commit needs a "reason"
next to it, which `lowered_without_reason()` checks with git. `markdown()` writes the figure
tables that README.md carries between its `figures` markers.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationError
from .copies import evaluate_seed_copies, score, stream
from .dct import evaluate_dct, evaluate_gold_dct
from .krauts import evaluate_timex
from .ner import evaluate as evaluate_ner
from .quotes import evaluate_quotes
from .seed_dates import evaluate_seed_dates
from .seeds import evaluate_seeds, exact_date_matches
from .synthetic import corpus, load_articles
from .syntax import evaluate_syntax

README_BEGIN = "<!-- figures:begin (chronik eval all --markdown) -->"
README_END = "<!-- figures:end -->"
SYNTHETIC_SIZE = 2000


@dataclass(frozen=True)
class Corpora:
    """Where the evaluation data lies."""

    seeds: Path = Path("../shared/seeds")
    gold: Path = Path("../shared/gold/seeds.gold.json")
    krauts: Path = Path("../shared/data/krauts")
    tenkgnad: Path = Path("../shared/data/10kgnad/test.csv")
    data: Path = Path("../shared/data")
    dev: Path = Path("../shared/gold/dev/articles")
    dev_gold: Path = Path("../shared/gold/dev/dev.gold.json")

    def hashes(self) -> dict[str, str]:
        return {"seeds": _hash(self.seeds), "seeds_gold": _hash(self.gold),
                "krauts": _hash(self.krauts), "10kgnad_test": _hash(self.tenkgnad),
                "germeval2014": _hash(self.data / "germeval2014"), "dev": _hash(self.dev),
                "dev_gold": _hash(self.dev_gold),
                "ud_gsd_test": _hash(self.data / "ud-german" / "de_gsd-ud-test.conllu.gz"),
                "quotes_de_test": _hash(self.data / "quotes-de" / "test.jsonl.gz")}


@dataclass(frozen=True)
class Row:
    figure: str
    floor: float | None
    now: float | None

    @property
    def ok(self) -> bool:
        return self.floor is not None and self.now is not None and self.now >= self.floor

    @property
    def delta(self) -> float | None:
        return None if self.floor is None or self.now is None else self.now - self.floor


def _hash(path: Path) -> str:
    """SHA-256 over the relative names and contents of every file under `path` (or the file)."""
    if not path.exists():
        raise EvaluationError(f"evaluation corpus {path} not found")
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def measure(corpora: Corpora = Corpora()) -> dict[str, float]:
    """Every quick figure, by name."""
    figures: dict[str, float] = {}
    seeds = evaluate_seeds(corpora.gold, corpora.seeds)
    exact = sum(1 for _, found, wanted in seeds.dates if found == wanted)
    figures["seeds.publication_date.exact"] = exact / len(seeds.dates)
    figures["seeds.boilerplate.removed"] = seeds.boilerplate_removed / seeds.boilerplate_total
    figures["seeds.boilerplate.lines_kept"] = seeds.lines_kept / seeds.lines_total
    figures["seeds.events.precision"] = seeds.precision
    figures["seeds.events.recall"] = seeds.recall
    figures["seeds.events.f1"] = seeds.f1
    matched = len(seeds.matches)
    figures["seeds.events.status_accuracy"] = sum(
        1 for e, g in seeds.matches if e["status"] == g["status"]) / matched if matched else 0.0
    exact_dates, dated = exact_date_matches(seeds)
    figures["seeds.events.exact_date"] = exact_dates / dated if dated else 0.0
    figures["seeds.actors.resolved"] = seeds.actor_accuracy
    dev = evaluate_seeds(corpora.dev_gold, corpora.dev)
    figures["dev.events.precision"] = dev.precision
    figures["dev.events.recall"] = dev.recall
    figures["dev.events.f1"] = dev.f1
    figures["dev.actors.resolved"] = dev.actor_accuracy
    dct = evaluate_gold_dct(corpora.dev_gold, corpora.dev, strip_date=True)
    figures["dev.dct.stripped.exact"] = dct.share(dct.exact)
    figures["dev.dct.stripped.not_wrong"] = dct.share(dct.exact + dct.unanswered)
    stated = evaluate_seed_dates(corpora.gold, corpora.seeds)
    figures["seeds.stated_dates.right"] = stated.right / stated.stated if stated.stated else 0.0
    stated = evaluate_seed_dates(corpora.dev_gold, corpora.dev)
    figures["dev.stated_dates.right"] = stated.right / stated.stated if stated.stated else 0.0
    for part in evaluate_timex(corpora.krauts):
        name = part.part.removeprefix("KRAUTS_")
        scores = part.rows["chronik"]
        figures[f"krauts.{name}.timex.strict_f1"] = scores.strict_prf[2]
        figures[f"krauts.{name}.timex.relaxed_f1"] = scores.relaxed_prf[2]
        figures[f"krauts.{name}.timex.type_accuracy"] = scores.type_accuracy
        figures[f"krauts.{name}.timex.value_f1"] = scores.value_prf[2]
        figures[f"krauts.{name}.timex.value_precision"] = scores.value_prf[0]
    for part in evaluate_dct(corpora.krauts):
        name = part.part.removeprefix("KRAUTS_")
        for setting, scores in (("text_only", part.text_only), ("month_given", part.month_given)):
            figures[f"krauts.{name}.dct.{setting}.exact"] = scores.share(scores.exact)
            figures[f"krauts.{name}.dct.{setting}.within_3_days"] = scores.share(scores.near)
    syntax = evaluate_syntax(corpora.data)
    figures["syntax.upos"] = syntax.share(syntax.upos)
    figures["syntax.lemma"] = syntax.share(syntax.lemma)
    figures["syntax.case_f1"] = syntax.case.f1
    figures["syntax.uas"] = syntax.share(syntax.heads)
    figures["syntax.las"] = syntax.share(syntax.labelled)
    for relation, counts in syntax.relations.items():
        if counts.gold:
            figures[f"syntax.{relation}.las_f1"] = counts.f1
    quotes = evaluate_quotes(corpora.data)
    for name, spans in (("speaker", quotes.speaker), ("cue", quotes.cue)):
        figures[f"quotes.{name}.overlap_f1"] = spans.overlap.f1
        figures[f"quotes.{name}.exact_f1"] = spans.exact.f1
    for kind, scores in evaluate_ner(corpora.data).items():
        figures[f"ner.{kind}.f1"] = scores.f1
    seed_copies = evaluate_seed_copies(corpora.seeds)
    figures["copies.seeds.pairs_right"] = seed_copies.right / seed_copies.pairs
    documents = corpus(load_articles(corpora.tenkgnad), SYNTHETIC_SIZE)
    near = score(documents, stream(documents))
    figures["copies.synthetic.precision"] = near.precision
    figures["copies.synthetic.recall_upto_20"] = near.recall_upto_20
    figures["copies.synthetic.recall_at_30"] = near.recall_by_level[0.3]
    return {name: round(value, 4) for name, value in figures.items()}


def load_baseline(path: str | Path) -> dict:
    try:
        baseline = json.loads(Path(path).read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise EvaluationError(f"cannot read baseline {path}: {error}") from error
    if not isinstance(baseline.get("floors"), dict) or not isinstance(baseline.get("corpora"), dict):
        raise EvaluationError(f"baseline {path} needs 'corpora' and 'floors' objects")
    return baseline


def check(baseline: dict, figures: dict[str, float], hashes: dict[str, str]
          ) -> tuple[list[Row], list[str]]:
    """One row per figure (with its floor) and a list of corpus problems."""
    floors = {name: spec["floor"] for name, spec in baseline["floors"].items()}
    rows = [Row(name, floors.get(name), figures.get(name))
            for name in sorted(set(floors) | set(figures))]
    problems = [f"corpus {name} changed (hash {hashes.get(name, 'missing')[:12]}, baseline "
                f"{wanted[:12]}): update the baseline with a reason, or restore the data"
                for name, wanted in sorted(baseline["corpora"].items())
                if hashes.get(name) != wanted]
    problems += [f"corpus {name} has no hash in the baseline" for name in sorted(hashes)
                 if name not in baseline["corpora"]]
    return rows, problems


def lowered_without_reason(path: str | Path) -> list[str]:
    """Figures whose floor is lower than in the previous committed baseline and that give no
    "reason". Compares with HEAD when the file has uncommitted changes, else with HEAD~1;
    returns nothing when git or the history is not available."""
    path = Path(path)
    current = load_baseline(path)["floors"]
    for revision in ("HEAD", "HEAD~1"):
        try:
            shown = subprocess.run(["git", "show", f"{revision}:./{path.name}"],
                                   cwd=path.parent, capture_output=True, text=True, check=True)
            previous = json.loads(shown.stdout)["floors"]
        except (OSError, subprocess.CalledProcessError, json.JSONDecodeError, KeyError):
            return []
        if previous != current:
            break
    return [name for name, spec in current.items() if name in previous
            and spec["floor"] < previous[name]["floor"] and not spec.get("reason")]


def format_check(rows: list[Row], problems: list[str]) -> str:
    lines = [f"{'figure':52} {'floor':>7} {'now':>7} {'delta':>7}  result", "-" * 84]
    for row in rows:
        floor = "-" if row.floor is None else f"{row.floor:.4f}"
        now = "-" if row.now is None else f"{row.now:.4f}"
        delta = "-" if row.delta is None else f"{row.delta:+.4f}"
        result = "ok" if row.ok else ("NO FLOOR" if row.floor is None else
                                      "MISSING" if row.now is None else "BELOW FLOOR")
        lines.append(f"{row.figure:52} {floor:>7} {now:>7} {delta:>7}  {result}")
    lines += problems
    failed = sum(not row.ok for row in rows) + len(problems)
    lines.append(f"{len(rows)} figures, {failed} failed" if failed else
                 f"{len(rows)} figures, all at or above their floors")
    return "\n".join(lines)


def _percent(value: float) -> str:
    return f"{100 * value:.1f} %"


def markdown(figures: dict[str, float]) -> str:
    """The README tables of measured figures, generated from `figures`."""
    f = figures
    lines = [
        README_BEGIN,
        "Seed articles (`../shared/seeds`, gold `../shared/gold/seeds.gold.json`); details with",
        "`chronik eval seeds`:",
        "",
        "| figure | value |",
        "|---|---|",
        f"| publication date exact to the day | {_percent(f['seeds.publication_date.exact'])} |",
        f"| gold boilerplate lines removed | {_percent(f['seeds.boilerplate.removed'])} |",
        f"| article lines kept | {_percent(f['seeds.boilerplate.lines_kept'])} |",
        f"| events precision / recall / F1 | {f['seeds.events.precision']:.3f} / "
        f"{f['seeds.events.recall']:.3f} / {f['seeds.events.f1']:.3f} |",
        f"| status accuracy on matched events | {_percent(f['seeds.events.status_accuracy'])} |",
        f"| exact date range on matched events with a gold date | "
        f"{_percent(f['seeds.events.exact_date'])} |",
        f"| gold event dates stated in the text and tagged right | "
        f"{_percent(f['seeds.stated_dates.right'])} |",
        f"| mentions of gold aliases resolved to their actor | "
        f"{_percent(f['seeds.actors.resolved'])} |",
        "",
        "Development set (`../shared/gold/dev/`: 40 German Wikinews articles, 363 gold events,",
        "never used to write rules; two annotators agree at F1 0.73); details per type with",
        "`chronik eval events`:",
        "",
        "| figure | value |",
        "|---|---|",
        f"| events precision / recall / F1 | {f['dev.events.precision']:.3f} / "
        f"{f['dev.events.recall']:.3f} / {f['dev.events.f1']:.3f} |",
        f"| mentions of gold aliases resolved to their actor | "
        f"{_percent(f['dev.actors.resolved'])} |",
        f"| gold event dates stated in the text and tagged right | "
        f"{_percent(f['dev.stated_dates.right'])} |",
        f"| publication date with the date lines removed: exact / not wrong (right or no "
        f"answer) | {_percent(f['dev.dct.stripped.exact'])} / "
        f"{_percent(f['dev.dct.stripped.not_wrong'])} |",
        "",
        "Language layer, `chronik eval syntax`: UD German GSD test (977 sentences, never trained",
        "on), from raw text; LAS F1 per relation for the subjects and objects the events read:",
        "",
        "| UPOS | lemma | Case F1 | UAS | LAS | nsubj | nsubj:pass | obj |",
        "|---|---|---|---|---|---|---|---|",
        f"| {f['syntax.upos']:.3f} | {f['syntax.lemma']:.3f} | {f['syntax.case_f1']:.3f} | "
        f"{f['syntax.uas']:.3f} | {f['syntax.las']:.3f} | {f['syntax.nsubj.las_f1']:.3f} | "
        f"{f['syntax.nsubj:pass.las_f1']:.3f} | {f['syntax.obj.las_f1']:.3f} |",
        "",
        "Statements, `chronik eval quotes`: speakers and cues of quotations on quotes-de test",
        "(145 German Wikinews articles), span F1:",
        "",
        "| speaker, overlap | speaker, exact | cue, overlap | cue, exact |",
        "|---|---|---|---|",
        f"| {f['quotes.speaker.overlap_f1']:.3f} | {f['quotes.speaker.exact_f1']:.3f} | "
        f"{f['quotes.cue.overlap_f1']:.3f} | {f['quotes.cue.exact_f1']:.3f} |",
        "",
        "Named entities, `chronik eval ner`: strict outer chunks, F1 on the last 2,550 sentences",
        "of GermEval 2014 test (CC BY 4.0), held out from training:",
        "",
        "| PER | LOC | ORG | OTH | all |",
        "|---|---|---|---|---|",
        f"| {f['ner.PER.f1']:.3f} | {f['ner.LOC.f1']:.3f} | {f['ner.ORG.f1']:.3f} | "
        f"{f['ner.OTH.f1']:.3f} | {f['ner.all.f1']:.3f} |",
        "",
        "KRAUTS time expressions (TempEval-3-style scorer; `chronik eval timex` prints HeidelTime",
        "beside chronik) and publication dates inferred with the DCT hidden (`chronik eval dct`):",
        "",
        "| part | strict F1 | relaxed F1 | type accuracy | value precision | value F1 | "
        "DCT exact, text only | DCT within ±3 days, month given |",
        "|---|---|---|---|---|---|---|---|",
    ]
    parts = sorted({name.split(".")[1] for name in f if name.startswith("krauts.")})
    for part in parts:
        p = f"krauts.{part}"
        lines.append(
            f"| {part} | {f[p + '.timex.strict_f1']:.3f} | {f[p + '.timex.relaxed_f1']:.3f} | "
            f"{f[p + '.timex.type_accuracy']:.3f} | {f[p + '.timex.value_precision']:.3f} | "
            f"{f[p + '.timex.value_f1']:.3f} | "
            f"{_percent(f[p + '.dct.text_only.exact'])} | "
            f"{_percent(f[p + '.dct.month_given.within_3_days'])} |")
    lines += [
        "",
        f"Duplicates (`chronik eval copies`); the synthetic corpus has {SYNTHETIC_SIZE} documents "
        "from 10kGNAD,",
        "half of them copies edited at 0–30 % (speed and memory: `python benchmarks/dedup.py`):",
        "",
        "| figure | value |",
        "|---|---|",
        "| seed article pairs right (000 ~ 003 share agency passages, no other pair linked) | "
        f"{_percent(f['copies.seeds.pairs_right'])} |",
        f"| near duplicates: precision | {f['copies.synthetic.precision']:.3f} |",
        f"| near duplicates: recall at ≤ 20 % edits | {f['copies.synthetic.recall_upto_20']:.3f} |",
        f"| near duplicates: recall at 30 % edits | {f['copies.synthetic.recall_at_30']:.3f} |",
        README_END]
    return "\n".join(lines)


def readme_block(readme: str) -> str:
    """The generated block of README.md, markers included."""
    start, end = readme.find(README_BEGIN), readme.find(README_END)
    if start < 0 or end < start:
        raise EvaluationError("README.md has no generated figures block")
    return readme[start:end + len(README_END)]
