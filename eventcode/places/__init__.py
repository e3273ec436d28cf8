"""Places: the GeoNames gazetteer, toponyms in parsed sentences, and an event's location."""

from eventcode.places.gazetteer import Entry, Gazetteer
from eventcode.places.normalize import name_key

__all__ = ["Entry", "Gazetteer", "name_key"]
