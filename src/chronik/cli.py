"""The `chronik` command line: a thin layer over `chronik.run` and `chronik.open`."""

from __future__ import annotations

import os
import signal
import sys

import click

from . import language
from .actors import base as actor_base
from .chronicle import Chronicle
from .engines import ENGINES, make_engine
from .errors import ChronikError, RunInterrupted
from .ingest import MAX_CHARS
from .pipeline import run as run_pipeline

DB_OPTION = click.option("--db", default="chronik.db", show_default=True, envvar="CHRONIK_DB",
                         help="SQLite database file (env CHRONIK_DB).")


def _open(db: str) -> Chronicle:
    try:
        return Chronicle(db)
    except ChronikError as error:
        raise click.ClickException(str(error)) from error


def _fetch(db: str, query):
    """Run `query` on the chronicle in `db`, turning chronik errors into a clean CLI error."""
    with _open(db) as chronicle:
        try:
            return query(chronicle)
        except ChronikError as error:
            raise click.ClickException(str(error)) from error


def _day_range(event: dict) -> str:
    first, last = event["first_day"], event["last_day"]
    if not first:
        return "undated"
    return first if first == last else f"{first}/{last}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chronik")
def main() -> None:
    """Turn news articles into a chronicle of political events.

    Example: chronik run examples/demo --db demo.db && chronik timeline --db demo.db
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: on a terminal).")
@click.option("--engine", type=click.Choice(sorted(ENGINES)), default="local", show_default=True,
              help="Where the per-article stages run: this process, or Ray Data (pip install "
                   "'chronik[ray]').")
@click.option("--workers", type=click.IntRange(min=1),
              help="Ray workers (default: every CPU of this machine or of the cluster).")
@click.option("--address", help="Join this Ray cluster ('auto' or host:port) instead of starting "
                                "Ray here.")
@click.option("--parts", type=click.Path(file_okay=False),
              help="Keep the Ray engine's Parquet partitions in this folder (on a cluster: one "
                   "every node can write to); default: a temporary folder.")
@click.option("--max-chars", type=click.IntRange(min=1000), default=MAX_CHARS, show_default=True,
              help="Longest article text read, in characters; the rest is cut off and reported.")
@click.option("--syntax-model", default=None,
              help="German syntax model: 'chronik' (shipped, the default), an installed spaCy "
                   "German model such as de_core_news_lg, or a model folder.")
def run(paths: tuple[str, ...], db: str, progress: bool | None, engine: str,
        workers: int | None, address: str | None, parts: str | None, max_chars: int,
        syntax_model: str | None) -> None:
    """Process .txt, .html and .jsonl articles under PATHS into the database.

    Ctrl-C or SIGTERM stops the run after committing every finished article; the same command
    run again goes on with the rest. A second run on the same database waits for the first.

    Example: chronik run ../shared/seeds --db seeds.db

    Example: chronik run articles/ --engine ray --workers 2
    """
    ray_options = {"workers": workers, "address": address, "parts": parts}
    chosen = {f"--{name}" for name, value in ray_options.items() if value is not None}
    if engine != "ray" and chosen:
        raise click.UsageError(f"{', '.join(sorted(chosen))} only apply to --engine ray")
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        if syntax_model:
            language.load(syntax_model)
            os.environ[language.SETTING] = syntax_model
        runner = make_engine(engine, **({} if engine != "ray" else ray_options))
        report = run_pipeline(paths, db=db, progress=progress, engine=runner,
                              max_chars=max_chars)
    except ChronikError as error:
        raise click.ClickException(str(error)) from error
    except RunInterrupted as interrupted:
        _print_report(interrupted.report, db)
        click.echo(f"interrupted: the {len(interrupted.report.added)} articles stored before are "
                   "committed; run the same command again to go on with the rest", err=True)
        sys.exit(130)
    _print_report(report, db)
    if not report.ok:
        sys.exit(1)


def _interrupt(signum, frame) -> None:
    """SIGTERM stops a run as Ctrl-C does: finished articles are committed first."""
    raise KeyboardInterrupt


def _print_report(report, db: str) -> None:
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)
    click.echo(f"{len(report.added)} articles added, {len(report.unchanged)} already stored, "
               f"{len(report.failures)} failed; {report.events} event reports; database {db}")


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the chronicle in a browser and over a REST API (OpenAPI at /docs).

    The database is read-only to the server; `chronik run` may add articles meanwhile.

    Example: chronik serve --db seeds.db --port 8000, then open http://127.0.0.1:8000
    """
    from .web import serve as serve_web

    try:
        serve_web(db, host, port, ready=lambda: click.echo(
            f"chronik serves {db} at http://{host}:{port} (API description at /docs)"))
    except ChronikError as error:
        raise click.ClickException(str(error)) from error


@main.command()
@DB_OPTION
@click.option("--actor", help="Only events with this actor as source or target.")
@click.option("--from", "start", help="Only events ending on or after this day (YYYY-MM-DD).")
@click.option("--to", "end", help="Only events starting on or before this day (YYYY-MM-DD).")
@click.option("--type", "event_type", help="Only events of this PLOVER type, e.g. CONSULT.")
def timeline(db: str, actor: str | None, start: str | None, end: str | None,
             event_type: str | None) -> None:
    """Print the chronicle in date order.

    Example: chronik timeline --actor Putin --from 2021-12-01 --type CONSULT
    """
    with _open(db) as chronicle:
        try:
            events = chronicle.timeline(actor=actor, start=start, end=end, type=event_type)
        except ChronikError as error:
            raise click.ClickException(str(error)) from error
        labels = chronicle.article_labels()
    for event in events:
        click.echo(timeline_line(event, labels))


def timeline_line(event: dict, labels: dict[int, str]) -> str:
    """`2022-01-02  CONSULT/phone  Joe Biden — Volodymyr Zelenskyy  happened  [000, 003]  #2`:
    a meeting joins its sides with a dash, a directed event points from source to target."""
    kind = f"{event['type']}/{event['mode']}" if event["mode"] else event["type"]
    others = [event["target_name"], *event["participants"]] if event["target_name"] else []
    link = " — " if event["type"] == "CONSULT" else " → "
    actors = event["source_name"] + (link + ", ".join(others) if others else "")
    status = event["status"] + (f" ({event['condition']})" if event["condition"] else "")
    sources = ", ".join(sorted(labels.get(i, str(i)) for i in event["article_ids"]))
    return f"{_day_range(event):21}  {kind:15}  {actors}  {status}  [{sources}]  #{event['id']}"


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format.")
def events(db: str, fmt: str) -> None:
    """List all events of the chronicle.

    Example: chronik events --format csv > events.csv
    """
    if fmt != "table":
        from .export import events_text

        click.echo(_fetch(db, lambda c: events_text(c, c.events(), fmt)), nl=False)
    else:
        for row in _fetch(db, lambda c: c.events()):
            click.echo(f"#{row['id']:<4} {_day_range(row):23} {row['type']:9} "
                       f"{row['source_name']} -> {row['target_name'] or '-'} ({row['status']}, "
                       f"confidence {row['confidence']:.2f}, {_sources(row)})")


def _sources(event: dict) -> str:
    """`2 articles, 1 independent source`."""
    articles, sources = event["num_articles"], event["num_sources"]
    return (f"{articles} article{'s' * (articles != 1)}, {sources} independent "
            f"source{'s' * (sources != 1)}")


@main.command()
@click.argument("event_id", type=int)
@DB_OPTION
def show(event_id: int, db: str) -> None:
    """Show one event with every evidence sentence and its article.

    Example: chronik show 5
    """
    event = _fetch(db, lambda c: c.event(event_id))
    targets = ", ".join([event["target_name"] or "-", *event["participants"]])
    click.echo(f"#{event['id']} {event['type']} {event['source_name']} -> {targets}  "
               f"{_day_range(event)} ({event['precision']})")
    click.echo(f"status: {event['status']}" + (f" ({event['condition']})"
                                               if event["condition"] else ""))
    if event["location"]:
        click.echo(f"location: {event['location']}")
    click.echo(f"reported in {_sources(event)}")
    for item in event["evidence"]:
        click.echo(f"\n  article {item['article_id']} ({item['article_published']}) "
                   f"{item['origin']} chars {item['start']}-{item['end']}, as {item['status']}"
                   + (f", says {item['reported_by_name']}" if item["reported_by_name"] else ""))
        click.echo(f"  \u201e{item['sentence']}\u201c")


@main.command()
@DB_OPTION
@click.option("--search", help="Only actors whose name or a spelling contains this (spelling "
                                "variants and transliterations included).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many actors.")
@click.option("--stats", is_flag=True, help="Print the actor base's size and coverage instead: "
                                            "actors by kind and source, people by country and "
                                            "decade.")
def actors(db: str, search: str | None, limit: int | None, stats: bool) -> None:
    """List the actors the articles mention, with mention and event counts, the spellings used
    and, for people not in the actor base, the roles found next to their names.

    Example: chronik actors --db seeds.db --search Selenski
    """
    if stats:
        _print_base_statistics(limit or 20)
        return
    rows = _fetch(db, lambda chronicle: chronicle.actor_directory(search))
    if not rows:
        raise click.ClickException(f"no actor matches {search!r}" if search else
                                   "no actor mentioned yet; run `chronik run` first")
    for row in rows[:limit]:
        where = f", {row['country']}" if row["country"] and row["country"] != row["id"] else ""
        found = " (not in the actor base)" if row["origin"] == "found" else ""
        code = actor_base.load().code_of(row["id"])
        click.echo(f"{row['num_mentions']:>6} mentions {row['num_events']:>4} events  "
                   f"{row['name']} [{row['id']}; {row['kind']}{where}"
                   f"{'; ' + code if code else ''}]{found}")
        click.echo(f"        spellings: {'; '.join(row['variants'][:8])}")
        if row["roles"]:
            click.echo(f"        roles: {'; '.join(row['roles'][:5])}")


def _print_base_statistics(top: int) -> None:
    figures = actor_base.statistics()
    click.echo(f"{sum(figures.by_kind.values())} actors, {figures.spellings} spellings; "
               f"{figures.people_with_terms} people with dated offices")
    click.echo("by kind:   " + ", ".join(f"{k} {n}" for k, n in figures.by_kind.most_common()))
    click.echo("by source: " + ", ".join(f"{k} {n}" for k, n in figures.by_source.most_common()))
    click.echo("people by decade of first office or role:")
    for decade, count in sorted(figures.people_by_decade.items()):
        click.echo(f"  {decade}s {count:>6}")
    click.echo(f"people by country (top {top} of {len(figures.people_by_country)}):")
    for country, count in figures.people_by_country.most_common(top):
        click.echo(f"  {country or '-':5} {count:>6}")


@main.command()
@DB_OPTION
def articles(db: str) -> None:
    """List the stored articles with their publication dates and how they were found.

    Example: chronik articles --db seeds.db
    """
    with _open(db) as chronicle:
        for row in chronicle.articles():
            click.echo(f"{row['id']:>4}  {row['published'] or 'undated':10}  "
                       f"{row['date_method'] or '-':22} {row['reports']:>3} reports  "
                       f"{row['origin']}")
            if row["date_clue"]:
                click.echo(f"      date from: {row['date_clue']}")


@main.command()
@DB_OPTION
def stories(db: str) -> None:
    """List the stories (articles about one happening), latest first.

    Example: chronik stories --db seeds.db
    """
    for story in _fetch(db, lambda c: c.stories()):
        click.echo(f"#{story['id']:<4} {story['num_articles']:>3} articles "
                   f"{story['num_events']:>3} events  {story['label']}")


@main.command()
@click.argument("story_id", type=int)
@DB_OPTION
def story(story_id: int, db: str) -> None:
    """Show one story: its articles and the events they report.

    Example: chronik story 1 --db seeds.db
    """
    def query(chronicle: Chronicle) -> tuple[dict, dict[int, str]]:
        return chronicle.story(story_id), chronicle.article_labels()

    found, labels = _fetch(db, query)
    click.echo(f"story #{found['id']}: {found['label']}\n")
    for article in found["articles"]:
        credit = f"  ({article['agencies']})" if article["agencies"] else ""
        click.echo(f"  article {article['id']:>4}  {article['published'] or 'undated':10}  "
                   f"{article['origin']}{credit}")
    click.echo("")
    for event in found["events"]:
        click.echo(timeline_line(event, labels))


@main.command()
@DB_OPTION
@click.option("--article", "article_id", type=int, help="Only the copies of this article.")
def copies(db: str, article_id: int | None) -> None:
    """List articles that copy others: near duplicates and shared (agency) passages.

    Example: chronik copies --article 2 --db seeds.db
    """
    for link in _fetch(db, lambda c: c.copies(article_id)):
        agency = f", {link['agency']} copy" if link["agency"] else ""
        click.echo(f"article {link['article_id']} ~ article {link['other_id']}: {link['kind']}, "
                   f"similarity {link['similarity']:.2f}, {link['shared_words']} shared "
                   f"words{agency}")
        for passage in link["passages"]:
            click.echo(f"    chars {passage['start']}-{passage['end']} ~ "
                       f"{passage['other_start']}-{passage['other_end']}: "
                       f"\u201e{_shorten(passage['text'])}\u201c")


def _shorten(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


@main.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]),
              default="parquet", show_default=True,
              help="Tables events, actors and articles; gdelt: events as a GDELT-style TSV.")
@click.option("--out", "folder", default="export", show_default=True, type=click.Path(),
              help="Folder to write the files into.")
def export_command(db: str, fmt: str, folder: str) -> None:
    """Export the chronicle for other tools.

    Example: chronik export --format gdelt --out export/ --db seeds.db
    """
    from .export import export

    try:
        written = export(db, folder, fmt)
    except ChronikError as error:
        raise click.ClickException(str(error)) from error
    for path in written:
        click.echo(str(path))


@main.command("show-article")
@click.argument("article_id", type=int)
@DB_OPTION
@click.option("--removed", is_flag=True, help="Also print the boilerplate removed, with reasons.")
def show_article(article_id: int, db: str, removed: bool) -> None:
    """Print an article's cleaned text, and with --removed what cleaning dropped.

    Example: chronik show-article 3 --removed
    """
    article = _fetch(db, lambda c: c.article(article_id))
    click.echo(f"{article['origin']}  published {article['published'] or 'unknown'} "
               f"({article['date_method']}, confidence {article['date_confidence']})\n")
    click.echo(article["clean_text"])
    if removed:
        click.echo("\n--- removed ---")
        for line in article["removed"]:
            click.echo(f"line {line['line_no']:>3} [{line['reason']}] {line['text']}")


@main.group("eval")
def evaluate() -> None:
    """Evaluate chronik against gold data."""


@evaluate.command("seeds")
@click.option("--gold", default="../shared/gold/seeds.gold.json", show_default=True,
              type=click.Path(), help="Gold annotation file.")
@click.option("--articles", "articles_dir", default="../shared/seeds", show_default=True,
              type=click.Path(), help="Folder with the seed articles.")
def eval_seeds(gold: str, articles_dir: str) -> None:
    """Score publication dates, boilerplate removal and events on the seed articles.

    Example: chronik eval seeds --gold ../shared/gold/seeds.gold.json --articles ../shared/seeds
    """
    from .evaluation.seeds import evaluate_seeds, format_report

    try:
        result = evaluate_seeds(gold, articles_dir)
    except ChronikError as error:
        raise click.ClickException(str(error)) from error
    click.echo(format_report(result))


@evaluate.command("events")
@click.option("--gold", default="../shared/gold/dev/dev.gold.json", show_default=True,
              type=click.Path(), help="Gold annotation file in the seeds' format.")
@click.option("--articles", "articles_dir", default="../shared/gold/dev/articles",
              show_default=True, type=click.Path(), help="Folder with the gold's articles.")
@click.option("--details/--no-details", default=True, show_default=True,
              help="List every missed gold event and false positive with its sentence.")
def eval_events(gold: str, articles_dir: str, details: bool) -> None:
    """Score events on any gold file: P/R/F1 overall and per PLOVER type, types confused, and
    the misses and false positives with their evidence sentences.

    Example: chronik eval events --gold ../shared/gold/dev/dev.gold.json --articles ../shared/gold/dev/articles
    """
    from .evaluation.events import evaluate_events, format_events_report

    try:
        evaluation = evaluate_events(gold, articles_dir)
    except ChronikError as error:
        raise click.ClickException(str(error)) from error
    click.echo(format_events_report(evaluation, details))


@evaluate.command("timex")
@click.option("--krauts", default="../shared/data/krauts", show_default=True,
              type=click.Path(), help="KRAUTS folder with the gold, raw-text and HeidelTime parts.")
@click.option("--gold", default="../shared/gold/seeds.gold.json", show_default=True,
              type=click.Path(), help="Seed gold file, for the dates of its events.")
@click.option("--articles", "articles_dir", default="../shared/seeds", show_default=True,
              type=click.Path(), help="Folder with the seed articles.")
def eval_timex(krauts: str, gold: str, articles_dir: str) -> None:
    """Score the temporal tagger and HeidelTime on KRAUTS (TempEval-3 style), then check the
    dates that the seed articles state for the gold events.

    Example: chronik eval timex --krauts ../shared/data/krauts
    """
    from .evaluation.krauts import evaluate_timex, format_timex_report
    from .evaluation.seed_dates import evaluate_seed_dates, format_seed_dates

    try:
        click.echo(format_timex_report(evaluate_timex(krauts)))
        click.echo(format_seed_dates(evaluate_seed_dates(gold, articles_dir)))
    except ChronikError as error:
        raise click.ClickException(str(error)) from error


@evaluate.command("dct")
@click.option("--krauts", default="../shared/data/krauts", show_default=True,
              type=click.Path(), help="KRAUTS folder with the gold and raw-text parts.")
@click.option("--gold", type=click.Path(),
              help="Score the articles of this gold file (seeds' format) instead of KRAUTS.")
@click.option("--articles", "articles_dir", type=click.Path(),
              help="Folder with the gold file's articles (with --gold).")
@click.option("--strip-date/--keep-date", default=True, show_default=True,
              help="With --gold: remove each article's `date` line before dating it.")
@click.option("--misses", is_flag=True, help="List every article dated wrongly or not at all.")
def eval_dct(krauts: str, gold: str | None, articles_dir: str | None, strip_date: bool,
             misses: bool) -> None:
    """Hide each article's publication date and infer it from its text alone: the KRAUTS parts,
    or the articles of a gold file.

    Example: chronik eval dct --krauts ../shared/data/krauts

    Example: chronik eval dct --gold ../shared/gold/dev/dev.gold.json --articles ../shared/gold/dev/articles --strip-date
    """
    from .evaluation.dct import (evaluate_dct, evaluate_gold_dct, format_dct_report,
                                 format_gold_dct_report)

    if (gold is None) != (articles_dir is None):
        raise click.UsageError("--gold and --articles go together")
    try:
        if gold is not None:
            click.echo(format_gold_dct_report(evaluate_gold_dct(gold, articles_dir, strip_date),
                                              misses=misses))
        else:
            click.echo(format_dct_report(evaluate_dct(krauts), misses=misses))
    except ChronikError as error:
        raise click.ClickException(str(error)) from error


@evaluate.command("copies")
@click.option("--articles", "articles_dir", default="../shared/seeds", show_default=True,
              type=click.Path(), help="Folder with the seed articles.")
@click.option("--tenkgnad", default="../shared/data/10kgnad/test.csv", show_default=True,
              type=click.Path(), help="10kGNAD test.csv, the source of the synthetic corpus.")
@click.option("--size", default=2000, show_default=True, type=click.IntRange(min=10),
              help="Documents in the synthetic corpus.")
def eval_copies(articles_dir: str, tenkgnad: str, size: int) -> None:
    """Score duplicate detection: the seed pairs, and near duplicates among synthetic copies
    (for speed and memory at 10k and 100k documents run `python benchmarks/dedup.py`).

    Example: chronik eval copies --size 2000
    """
    from .evaluation.copies import evaluate_seed_copies, format_copies_report, score, stream
    from .evaluation.synthetic import corpus, load_articles

    try:
        documents = corpus(load_articles(tenkgnad), size)
        click.echo(format_copies_report(evaluate_seed_copies(articles_dir),
                                        score(documents, stream(documents)), size))
    except ChronikError as error:
        raise click.ClickException(str(error)) from error


@evaluate.command("ner")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(),
              help="Folder holding germeval2014/.")
def eval_ner(data: str) -> None:
    """Score the shipped NER model on the held-out last 2,550 sentences of GermEval 2014 test:
    strict outer chunks, precision, recall and F1 per type and overall.

    Example: chronik eval ner --data ../shared/data
    """
    from pathlib import Path

    from .evaluation.ner import evaluate as evaluate_ner
    from .evaluation.ner import report

    try:
        click.echo(report(evaluate_ner(Path(data))))
    except (ChronikError, OSError) as error:
        raise click.ClickException(str(error)) from error


@evaluate.command("syntax")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(),
              help="Folder holding ud-german/.")
@click.option("--model", default="chronik", show_default=True,
              help="Syntax model: 'chronik' (shipped), an installed spaCy German model or a folder.")
def eval_syntax(data: str, model: str) -> None:
    """Score the language layer on UD German GSD test from raw text: UPOS, lemma, Case, UAS, LAS
    and the subject and object relations.

    Example: chronik eval syntax --data ../shared/data
    """
    from pathlib import Path

    from .evaluation.syntax import evaluate_syntax, format_syntax_report

    try:
        click.echo(format_syntax_report(evaluate_syntax(Path(data), model)))
    except ChronikError as error:
        raise click.ClickException(str(error)) from error


@evaluate.command("quotes")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(),
              help="Folder holding quotes-de/.")
@click.option("--split", "split_name", type=click.Choice(["train", "dev", "test"]),
              default="test", show_default=True, help="Which part of quotes-de to score.")
def eval_quotes(data: str, split_name: str) -> None:
    """Score statement detection (speaker and cue of every quotation) on quotes-de: span
    precision, recall and F1, exact and overlapping.

    Example: chronik eval quotes --data ../shared/data
    """
    from pathlib import Path

    from .evaluation.quotes import evaluate_quotes, format_quotes_report

    try:
        click.echo(format_quotes_report(evaluate_quotes(Path(data), split_name), split_name))
    except ChronikError as error:
        raise click.ClickException(str(error)) from error


@main.group("train")
def train() -> None:
    """Train chronik's own models from the public data sets."""


@train.command("ner")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(),
              help="Folder holding germeval2014/ and europarl-ner/.")
@click.option("--out", default=None, type=click.Path(),
              help="Where to write the model (default: the one the package ships).")
def train_ner(data: str, out: str | None) -> None:
    """Train the German NER model (a CRF) on GermEval 2014 dev, the first half of GermEval 2014
    test and Europarl; about a minute on one core.

    Example: chronik train ner --data ../shared/data && chronik eval ner
    """
    from importlib import resources
    from pathlib import Path

    from .ner import MODEL
    from .ner.train import train as train_model

    target = Path(out) if out else Path(str(resources.files("chronik.data").joinpath(MODEL)))
    try:
        summary = train_model(Path(data), target)
    except (ChronikError, OSError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"trained on {summary['sentences']} sentences ({summary['tokens']} tokens) in "
               f"{summary['seconds']:.0f} s; {summary['bytes'] / 1e6:.1f} MB written to {target}")


@train.command("syntax")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(),
              help="Folder holding ud-german/.")
@click.option("--out", default=None, type=click.Path(),
              help="Where to write the model (default: the one the package ships).")
@click.option("--epochs", default=None, type=click.IntRange(min=1),
              help="Passes over the training treebanks (default: the shipped model's).")
def train_syntax(data: str, out: str | None, epochs: int | None) -> None:
    """Train the German language model (tagger, morphologizer, lemmatizer, parser; spaCy from
    scratch) on UD German GSD dev, PUD and LIT, harmonised; about 30 minutes on one core.

    Example: chronik train syntax --data ../shared/data && chronik eval syntax
    """
    from pathlib import Path

    from .language import model_path
    from .language.train import EPOCHS
    from .language.train import train as train_model

    target = Path(out) if out else model_path()
    try:
        train_model(Path(data), target, epochs or EPOCHS)
    except (ChronikError, OSError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"model written to {target}")


@evaluate.command("all")
@click.option("--check", "check_floors", is_flag=True,
              help="Fail when a figure falls below its floor in the baseline or a corpus changed.")
@click.option("--markdown", "as_markdown", is_flag=True,
              help="Print the README figure tables instead.")
@click.option("--baseline", default="eval/baseline.json", show_default=True, type=click.Path(),
              help="Baseline file with floors and corpus hashes.")
@click.option("--shared", default="../shared", show_default=True, type=click.Path(),
              help="Folder holding seeds/, gold/ (with dev/), data/krauts/ and data/10kgnad/.")
def eval_all(check_floors: bool, as_markdown: bool, baseline: str, shared: str) -> None:
    """Run every quick evaluation and print its figures, checked against the baseline floors.

    Example: chronik eval all --check --baseline eval/baseline.json
    """
    from pathlib import Path

    from .evaluation import gates

    root = Path(shared)
    corpora = gates.Corpora(root / "seeds", root / "gold" / "seeds.gold.json",
                            root / "data" / "krauts", root / "data" / "10kgnad" / "test.csv",
                            root / "data", root / "gold" / "dev" / "articles",
                            root / "gold" / "dev" / "dev.gold.json")
    try:
        figures = gates.measure(corpora)
        if as_markdown:
            click.echo(gates.markdown(figures))
            return
        rows, problems = gates.check(gates.load_baseline(baseline), figures, corpora.hashes())
        problems += [f"floor of {name} lowered without a reason in {baseline}"
                     for name in gates.lowered_without_reason(baseline)]
    except ChronikError as error:
        raise click.ClickException(str(error)) from error
    click.echo(gates.format_check(rows, problems))
    if check_floors and (problems or not all(row.ok for row in rows)):
        sys.exit(1)
