from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == 1)
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, N.B + 1, N.A < N.B, list(N))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), bool(Perm.R & Perm.W))
try:
    Color(9)
except ValueError as e:
    print('ValueError', e)
print({c.name: c.value for c in Color})
