"""EDTF → words for people: moved to :mod:`crimea_cli.humanize` (below the
renderers, so that the library can use it too); re-exported here."""

from __future__ import annotations

from ..humanize import MONTH_NAMES as MONTH_NAMES
from ..humanize import human_date as human_date
