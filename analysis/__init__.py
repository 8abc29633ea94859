"""Framing, sentiment and sourcing statistics over news article collections.

Load → analyze → aggregate → show::

    import analysis as ma
    corpus = ma.load_corpus("articles.jsonl")
    result = ma.analyze(corpus)
    result.articles, result.sentences, result.attributions, result.spans
"""

from . import (
    charts,
    compare,
    config,
    explore,
    groups,
    report,
    reuse,
    sourcing_stats,
    stats,
    tone,
    uncertainty,
)
from .cache import cache_summary, clear_cache, prune_cache
from .charts import save_figure, save_table
from .compare import compare_outlets
from .corpus import SCHEMA, iter_corpus, load_corpus, load_issues
from .errors import (
    AnalysisError,
    CorpusError,
    CorpusWarning,
    MissingColumnError,
    ParameterError,
    ReportError,
    SmallSampleWarning,
    UnknownFormatError,
)
from .inspect import inspect, inspect_articles, linked_table
from .pipeline import ANALYZERS, Analysis, analyze
from .reuse import find_reuse
from .run_info import describe_run, source_label
from .scale import analyze_to_parquet, read_results
from .select import select
from .tone import tone_toward

__version__ = "0.1.0"

charts.use_style()

__all__ = [
    "ANALYZERS", "Analysis", "AnalysisError", "CorpusError", "CorpusWarning", "MissingColumnError",
    "ParameterError", "ReportError", "SCHEMA", "SmallSampleWarning", "UnknownFormatError",
    "compare_outlets", "find_reuse",
    "analyze", "analyze_to_parquet", "cache_summary", "charts", "clear_cache", "compare", "config",
    "describe_run",
    "explore", "groups", "inspect", "inspect_articles", "iter_corpus", "linked_table",
    "load_corpus", "load_issues", "prune_cache", "read_results", "report", "reuse", "save_figure",
    "save_table", "select",
    "source_label",
    "sourcing_stats", "stats", "tone", "tone_toward", "uncertainty",
]
