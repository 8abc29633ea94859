"""Command line: ``python -m analysis report …``, ``python -m analysis notebooks`` and
``python -m analysis cache [--prune | --clear]``.

Errors the suite raises on purpose are printed as one line and exit with status 2 (bad input)
or 1 (a report failed); anything unexpected exits with status 3 and one line (``--debug``, given
before the command, shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys

from . import config
from .errors import AnalysisError, ParameterError, ReportError


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
    cache = commands.add_parser(
        "cache", help="show, prune or clear the result cache",
        description="List the result cache's folders (one per code version, analyzers and "
        "options): articles held, size, last written, and whether the current code reads it. "
        "The folder is $MEDIA_ANALYSIS_CACHE, else ~/.cache/media-analysis.")
    what = cache.add_mutually_exclusive_group()
    what.add_argument("--prune", action="store_true",
                      help="delete the folders no run has used for --days days (those other "
                      "versions of the code made, and those of options no longer used), "
                      "keeping the current code's default analysis")
    what.add_argument("--clear", action="store_true", help="delete every cached result")
    cache.add_argument("--days", type=float, default=None, metavar="N",
                       help="with --prune: how many days unused a folder must be (default 30; "
                       "0: every folder but the current default analysis's)")
    cache.add_argument("--dir", default="auto", metavar="FOLDER",
                       help="the cache folder (default: the one the reports use)")
    return parser


def _cache_command(args) -> int:
    from .cache import (
        PRUNE_UNUSED_DAYS,
        cache_summary,
        clear_cache,
        default_cache_dir,
        prune_cache,
    )

    if args.days is not None and not args.prune:
        raise ParameterError("--days goes with --prune (how many days unused a folder must be)")
    days = PRUNE_UNUSED_DAYS if args.days is None else args.days
    root = default_cache_dir() if args.dir == "auto" else args.dir
    if root is None:
        print("The result cache is off (MEDIA_ANALYSIS_CACHE is set to an 'off' word).")
        return 0
    if args.clear:
        print(f"Removed {clear_cache(args.dir)} cached batch(es) from {root}.")
        return 0
    if args.prune:
        removed = prune_cache(args.dir, unused_days=days)
        print(f"Removed {len(removed)} folder(s) unused for {days:g}+ days "
              f"from {root}"
              + (f": {', '.join(removed)}." if removed else "."))
    table = cache_summary(args.dir)
    if table.empty:
        print(f"The result cache {root} holds nothing.")
        return 0
    shown = table.assign(current=table["current"].map(
        {True: "yes", False: "no (other code)"}).fillna("unknown"))
    print(f"Result cache {root}: {len(table)} folder(s), {table['articles'].sum():,} "
          f"article results, {table['megabytes'].sum():,.1f} MB")
    print(shown.to_string(index=False))
    if (table["current"] == False).any():  # noqa: E712 (a nullable column)
        print("This code never reads the folders other code made: `python -m analysis cache "
              "--prune` deletes those (and folders of options no longer used) that no run has "
              "used for 30 days (--days N to choose).")
    return 0


def _select(names: list[str]):
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

        if args.command == "cache":
            return _cache_command(args)
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
    except BrokenPipeError:
        # the reader of the output went away ("… | head -1"): not an error of ours; stdout is
        # pointed at devnull so that Python's own flush at exit does not complain (review 18)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug or an environment problem: one line, traceback on request
        if args.debug:
            raise
        print(f"error: unexpected {type(exc).__name__}: {exc} "
              "(for the traceback, run again with --debug before the command: "
              "python -m analysis --debug report …)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
