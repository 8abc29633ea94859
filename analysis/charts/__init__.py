"""Charts in one house style: every chart function only draws and returns its Axes.

``base`` holds the style and the saving functions; each other module holds the charts of one
part of the analysis and lists them in its ``__all__``, re-exported here.
"""

from .base import (
    CSV_FLOAT_FORMAT,
    FORMULA_PREFIXES,
    PALETTE,
    STYLE,
    evidence_rows,
    finish,
    neutralize_formulas,
    new_axes,
    save_figure,
    save_table,
    use_style,
)
from .compare import *  # noqa: F403
from .frames_trained import *  # noqa: F403
from .framing import *  # noqa: F403
from .overview import *  # noqa: F403
from .sourcing import *  # noqa: F403
from .tone import *  # noqa: F403
from .vocabulary import *  # noqa: F403
