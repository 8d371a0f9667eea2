from ..square import area as _sq
from .. import circle
from . import __name__ as UP
NEIGHBOUR = circle.__name__

def volume(s):
    return _sq(s) * s
