"""A one-file HTML report of coded events: plots, top actors and codes, sampled provenance.

Images are embedded as PNG data URIs and the page loads nothing from elsewhere, so the file
can be mailed or archived as it is. Needs the ``eventcode[plot]`` extra (matplotlib).

>>> from eventcode.report import read_events, write_report   # doctest: +SKIP
>>> write_report(read_events("events.csv"), "report.html")   # doctest: +SKIP
"""

from eventcode.report.load import read_events
from eventcode.report.page import render_report, write_report

__all__ = ["read_events", "render_report", "write_report"]
