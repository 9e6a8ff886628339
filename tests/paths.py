"""Where the tests find the checkout, the seeds, their own data and the project's shared data folder.

A module rather than conftest.py so that tests and helpers import it like any module.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout (tests/ is directly under it)
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"  # the project's own wire articles and their gold
# the shared data folder, found as kg finds it (kg.config.shared_dir): $SILAT_SHARED, else beside the checkout
SHARED = Path(os.environ.get("SILAT_SHARED") or ROOT.parent / "shared")
