from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return f'{type(self).__name__} area={self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
print(Sq(3).describe(), isinstance(Sq(1), Shape))
class Half(Shape): pass
try:
    Half()
except TypeError as e:
    print('TypeError', e)
from collections.abc import Iterable, Sized, Hashable, Mapping, Sequence
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance('', Sequence), isinstance([], Hashable))
class MySized:
    def __len__(self): return 0
print(isinstance(MySized(), Sized))
