"""Command line: ``python -m analysis report …`` and ``python -m analysis notebooks``.

Errors the suite raises on purpose are printed as one line and exit with status 2 (bad input)
or 1 (a report failed); anything unexpected exits with status 3 and one line (``--debug``, given
before the command, shows the traceback).
"""

from __future__ import annotations

import argparse
import sys

from . import config
from .errors import AnalysisError, ReportError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Framing, sentiment and sourcing reports over news article collections.")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser(
        "report", help="run every report notebook and write HTML reports",
        description="Run notebooks/NN_*.ipynb with papermill on a corpus; write executed "
        "notebooks, HTML reports (code hidden), charts and an index.html into --out.")
    report.add_argument("--corpus", default=str(config.SAMPLE_CORPUS),
                        help="article collection: CSV/TSV, JSON Lines, JSON, Parquet, RSS/Atom, "
                        "Media Cloud CSV, or a folder of .txt/.md/.html files "
                        "(default: the bundled invented sample)")
    report.add_argument("--out", default=str(config.REPORTS_DIR / "latest"),
                        help="output folder (default: reports/latest)")
    report.add_argument("-p", "--parameter", action="append", default=[], metavar="NAME=VALUE",
                        help="notebook parameter, repeatable; VALUE is read as JSON when it "
                        "parses (5, true, \"text\"), else as text. "
                        "`python -m analysis notebooks` lists them")
    report.add_argument("--timeout", type=int, default=600,
                        help="seconds a single notebook cell may run (default 600)")
    report.add_argument("--notebook", action="append", default=[], metavar="NAME",
                        help="run only this notebook (e.g. 01_overview), repeatable")
    report.add_argument("--resume", action="store_true",
                        help="skip notebooks that already succeeded in --out for the same "
                        "corpus, parameters, notebook, package version and package code")
    parser.add_argument("--debug", action="store_true",
                        help="show the full traceback of unexpected errors")
    commands.add_parser("notebooks", help="list the report notebooks and their parameters")
    return parser


def _select(names: list[str]):
    from .errors import ParameterError
    from .report import list_notebooks

    available = list_notebooks()
    if not names:
        return available
    by_stem = {nb.stem: nb for nb in available}
    chosen = []
    for name in names:
        stem = name.removesuffix(".ipynb")
        if stem not in by_stem:
            raise ParameterError(f"unknown notebook {name!r}; choose from "
                                 + ", ".join(sorted(by_stem)))
        chosen.append(by_stem[stem])
    return chosen


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        from .report import list_notebooks, notebook_parameters, parse_parameter, run_report

        if args.command == "notebooks":
            for nb in list_notebooks():
                print(nb.stem)
                for name, p in notebook_parameters(nb).items():
                    print(f"    {name} ({p['type']}, default {p['default']}): {p['help']}")
            return 0
        parameters = dict(parse_parameter(p) for p in args.parameter)
        result = run_report(args.corpus, args.out, parameters=parameters,
                            notebooks=_select(args.notebook), timeout=args.timeout,
                            resume=args.resume)
        print(f"Index: {result.index}")
        if result.failed:
            for run in result.failed:
                print(f"error: {run.error}", file=sys.stderr)
            return 1
        return 0
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug or an environment problem: one line, traceback on request
        if args.debug:
            raise
        print(f"error: unexpected {type(exc).__name__}: {exc} "
              "(for the traceback, run again with --debug before the command: "
              "python -m analysis --debug report …)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
