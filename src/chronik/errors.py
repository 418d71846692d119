"""The exceptions chronik raises; the CLI and the API translate them at the edges."""

from __future__ import annotations


class ChronikError(Exception):
    """Base class of every error chronik raises on purpose."""


class InputError(ChronikError):
    """An input file or line cannot be turned into an article."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self):
        """Pickle by origin and reason, as an engine sends errors between processes."""
        return InputError, (self.origin, self.reason)


class NotFoundError(ChronikError):
    """No article, event, story or actor has the id asked for."""


class LimitError(ChronikError):
    """A query asks for more than chronik answers: too many words, too long a text."""


class StoreError(ChronikError):
    """The database cannot be opened, migrated or queried as asked."""


class EvaluationError(ChronikError):
    """A gold file or an evaluation corpus is missing or malformed."""


class RunInterrupted(KeyboardInterrupt):
    """A run stopped by Ctrl-C or SIGTERM after committing every article it had finished;
    `report` says what it did (a `pipeline.RunReport`)."""

    def __init__(self, report) -> None:
        super().__init__("run interrupted")
        self.report = report
