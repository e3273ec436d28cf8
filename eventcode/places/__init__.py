"""Places: the GeoNames gazetteer, toponyms in parsed sentences, and an event's location."""

from eventcode.places.gazetteer import Entry, Gazetteer
from eventcode.places.mention import PlaceMention
from eventcode.places.normalize import name_key
from eventcode.places.resolve import PlaceResolver

__all__ = ["Entry", "Gazetteer", "PlaceMention", "PlaceResolver", "name_key"]
