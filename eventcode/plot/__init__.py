"""Plots of coded events (needs the ``eventcode[plot]`` extra: matplotlib).

Each function takes the DataFrame that ``eventcode.code_corpus`` returns (or a list of
``Event`` records) and returns a ``matplotlib.figure.Figure``; pass ``ax=`` to draw into an
axes of your own. An empty input gives a figure that says "no events".

>>> from eventcode import plot                       # doctest: +SKIP
>>> plot.timeline(df, by="quad_class", freq="W").savefig("timeline.png")  # doctest: +SKIP
"""

from eventcode.plot.dyads import dyad_matrix, dyads
from eventcode.plot.places import place_points, places
from eventcode.plot.timeline import timeline, timeline_table

__all__ = ["dyad_matrix", "dyads", "place_points", "places", "timeline", "timeline_table"]
