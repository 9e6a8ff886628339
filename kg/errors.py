"""One exception family for everything a user can cause.

The CLI turns a :class:`KgError` into one line on stderr and a non-zero exit, so every message
must say what went wrong and where (file, line), never rely on a traceback.
"""


def one_line(exc: BaseException) -> str:
    """``Type: first line of the message`` (200 characters at most) of a library's exception."""
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


class KgError(Exception):
    """A problem the user can fix: bad input, missing model, malformed query or gold file."""

    exit_code = 1


class InputError(KgError):
    """An input path or record cannot be read as an article."""


class ModelError(KgError):
    """A recognizer's model is missing or unusable."""


class QueryError(KgError):
    """A SPARQL query cannot be found, parsed or run."""


class GoldError(KgError):
    """A gold file does not follow the evaluation format."""


class DataError(KgError):
    """A shipped or user-supplied data file (lexicon, gazetteer) is malformed."""


class StoreError(KgError):
    """A remote triple store or SPARQL endpoint refused, failed or could not be reached."""


class OutputError(KgError):
    """An output folder or file cannot be written (not a folder, read-only, full disk, in use)."""


class Interrupted(KgError):
    """The user pressed Ctrl-C; the message says what state the outputs are in."""

    exit_code = 130


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""
