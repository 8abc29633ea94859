"""Errors and warnings raised by the suite.

One base class, :class:`AnalysisError`, so callers can catch everything the suite raises on
purpose; specific subclasses say what went wrong. Warnings mark results that are valid but need
a caveat (rows set aside while loading, a group too small to say anything about).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable


class AnalysisError(Exception):
    """Base class of every error the suite raises on purpose."""


class CorpusError(AnalysisError):
    """A collection could not be read. Names the file and, where known, the line and column.

    Parameters
    ----------
    message : str
        What is wrong and how to fix it.
    source : str, optional
        The file (or ``"<DataFrame>"``) being read.
    line, column : int, optional
        1-based position of the problem in ``source``.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | str | None = None,
    ):
        self.source, self.line, self.column, self.reason = source, line, column, message
        where = source or ""
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {message}" if where else message)


class UnknownFormatError(CorpusError):
    """The format of a file could not be recognised, or an unknown ``format=`` was given."""


class MissingColumnError(CorpusError):
    """A required column (such as the article text) is not in the input."""


class ParameterError(AnalysisError, ValueError):
    """An option has a value outside its allowed set; the message lists the valid ones."""


class ReportError(AnalysisError):
    """A report notebook failed, timed out or could not be written."""


class CorpusWarning(UserWarning):
    """Rows were set aside or changed while loading; ``load_issues(corpus)`` lists them."""


class SmallSampleWarning(UserWarning):
    """A group has too few articles for its statistic to mean much."""


#: Our warnings speak to the reader of a notebook or report, not to a programmer: they are
#: shown as ``SmallSampleWarning: <message>``, without the file path and source line that
#: Python adds by default (which put local paths into published HTML reports).
READER_WARNINGS = (CorpusWarning, SmallSampleWarning)

_python_formatwarning = warnings.formatwarning


def _formatwarning(message, category, filename, lineno, line=None):
    if isinstance(category, type) and issubclass(category, READER_WARNINGS):
        return f"{category.__name__}: {message}\n"
    return _python_formatwarning(message, category, filename, lineno, line)


warnings.formatwarning = _formatwarning


def check_choice(name: str, value: object, allowed: Iterable[object]) -> None:
    """Raise :class:`ParameterError` unless ``value`` is one of ``allowed``.

    >>> check_choice("on_error", "skip", ("raise", "skip"))
    """
    allowed = tuple(allowed)
    if value not in allowed:
        valid = ", ".join(repr(a) for a in allowed)
        raise ParameterError(f"{name}={value!r} is not valid; choose one of {valid}.")
