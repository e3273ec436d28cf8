"""Scoring coded events against gold files (``eventcode.evaluate`` is the public entry point)."""

from eventcode.evaluation.formatting import format_report
from eventcode.evaluation.gold import check_gold, read_gold
from eventcode.evaluation.report import Miss, Report, RootRow
from eventcode.evaluation.rules import actor_ok, location_ok, root_of
from eventcode.evaluation.scoring import predictions_by_doc, score

__all__ = ["Miss", "Report", "RootRow", "actor_ok", "check_gold", "format_report", "location_ok",
           "predictions_by_doc", "read_gold", "root_of", "score"]
