"""All the problem archetypes: an archetype's position here is its hidden number."""

from services.demo.archetype import Archetype
from services.demo.archetypes_digital import DIGITAL
from services.demo.archetypes_green import GREEN
from services.demo.archetypes_living import LIVING
from services.demo.archetypes_making import MAKING

ARCHETYPES: tuple[Archetype, ...] = (*MAKING, *DIGITAL, *GREEN, *LIVING)
