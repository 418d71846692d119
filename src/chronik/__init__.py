"""chronik: a deduplicated, date-resolved, source-linked chronicle of political events.

    import chronik
    report = chronik.run(["articles/"], db="chronik.db")
    with chronik.open("chronik.db") as chronicle:
        for event in chronicle.timeline(actor="Putin"):
            print(event["first_day"], event["type"], event["source_name"], event["target_name"])
"""

from .chronicle import Chronicle
from .chronicle import open_chronicle as open  # noqa: A001 - the public name is chronik.open
from .errors import ChronikError, EvaluationError, InputError, StoreError
from .pipeline import RunReport, run

__version__ = "0.1.0"
__all__ = ["Chronicle", "ChronikError", "EvaluationError", "InputError", "RunReport",
           "StoreError", "open", "run"]
