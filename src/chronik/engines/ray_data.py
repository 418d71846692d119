"""The Ray engine: the per-article stages in a Ray Data actor pool, with Parquet partitions
between them and the storing steps.

Articles go to Ray as pickled records in blocks of `batch_size` (smaller when there are fewer
articles than workers × `batch_size`, so that every worker gets some). Each worker is an actor
that loads the lexicons and patterns once (`stages.warm_up`), then processes whole blocks. The
results are written as Parquet partitions under `parts`, one row per article: its position in the
input, origin, publication date and how it was found, number of events, error, and the pickled
result, which the run reads back in input order for the storing steps. Each worker writes the
partitions of its own blocks: separate write tasks would make Ray start and stop a process for
each block while the pool holds every CPU, which cost a third of the throughput on two cores.
Without `address`, Ray starts on
this machine with `workers` CPUs and stops with the run; with an address (or "auto") it joins that
cluster, whose nodes must then all be able to write to `parts` (a shared folder).
"""

from __future__ import annotations

import logging
import math
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np

from ..errors import ChronikError
from ..records import Article, Processed

Work = Callable[[Article], Processed]

BATCH_SIZE = 32


class RayEngine:
    def __init__(self, address: str | None = None, workers: int | None = None,
                 parts: str | Path | None = None, batch_size: int = BATCH_SIZE) -> None:
        try:
            import ray
        except ImportError as error:
            raise ChronikError("the ray engine needs Ray: pip install 'chronik[ray]'") from error
        if workers is not None and workers < 1:
            raise ChronikError(f"workers must be at least 1, not {workers}")
        self.started = not ray.is_initialized()
        if self.started:
            try:
                ray.init(address=address, num_cpus=workers if address is None else None,
                         include_dashboard=False, logging_level=logging.WARNING,
                         log_to_driver=False)
            except (ConnectionError, RuntimeError, ValueError) as error:
                raise ChronikError(f"cannot start or join Ray at {address or 'this machine'}: "
                                   f"{error}") from error
        self.workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.batch_size = batch_size
        self.temporary = parts is None
        self.parts = Path(tempfile.mkdtemp(prefix="chronik-parts-") if parts is None else parts)
        self.passes = 0

    def map(self, work: Work, articles: Iterable[Article]) -> Iterator[Processed]:
        import ray.data

        rows = [{"position": i, "article": pickle.dumps(a)} for i, a in enumerate(articles)]
        if not rows:
            return iter(())
        folder = self.parts / f"pass-{self.passes}"
        self.passes += 1
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        blocks = min(len(rows), max(self.workers, math.ceil(len(rows) / self.batch_size)))
        dataset = ray.data.from_items(rows, override_num_blocks=blocks)
        folder.mkdir(parents=True, exist_ok=True)
        dataset.map_batches(_Worker, fn_constructor_args=(work, str(folder)), batch_size=None,
                            compute=ray.data.ActorPoolStrategy(size=min(self.workers, blocks)),
                            num_cpus=1).materialize()
        return read_parts(folder, len(rows))

    def close(self) -> None:
        if self.started:
            import ray

            ray.shutdown()
        if self.temporary:
            shutil.rmtree(self.parts, ignore_errors=True)


class _Worker:
    """One actor of the pool: stages warmed up once, then batch after batch."""

    def __init__(self, work: Work, folder: str) -> None:
        from ..stages import warm_up

        warm_up()
        self.work, self.folder = work, Path(folder)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list]:
        """Process a block, write it as one partition named by its first position, and return
        the number of articles written."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        results = [self.work(pickle.loads(blob)) for blob in batch["article"]]
        articles = [r.article for r in results]
        positions = batch["position"].tolist()
        pq.write_table(pa.table({
            "position": positions,
            "origin": [a.origin if a else r.error.origin for a, r in zip(articles, results)],
            "published": [a.published.isoformat() if a and a.published else None
                          for a in articles],
            "date_method": [a.date_method if a else None for a in articles],
            "events": [len(a.events) if a else 0 for a in articles],
            "error": [r.error.reason if r.error else None for r in results],
            "result": [pickle.dumps(r) for r in results],
        }, schema=_schema()), self.folder / f"part-{positions[0]:09d}.parquet")
        return {"written": [len(positions)]}


def _schema():
    import pyarrow as pa

    return pa.schema([("position", pa.int64()), ("origin", pa.string()),
                      ("published", pa.string()), ("date_method", pa.string()),
                      ("events", pa.int64()), ("error", pa.string()), ("result", pa.binary())])


def read_parts(folder: Path, expected: int) -> Iterator[Processed]:
    """The results in the Parquet partitions under `folder`, in input order."""
    import pyarrow.parquet as pq

    files = sorted(folder.glob("*.parquet"))
    order = sorted((position, number, row) for number, path in enumerate(files)
                   for row, position in enumerate(pq.read_table(path, columns=["position"])
                                                  .column("position").to_pylist()))
    if [position for position, _, _ in order] != list(range(expected)):
        raise ChronikError(f"the Ray partitions under {folder} hold {len(order)} results for "
                           f"{expected} articles")
    loaded, results = -1, None
    for _, number, row in order:
        if number != loaded:
            loaded, results = number, pq.read_table(files[number], columns=["result"])["result"]
        yield pickle.loads(results[row].as_py())
