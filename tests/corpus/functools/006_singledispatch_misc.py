from functools import singledispatch, cached_property, reduce
@singledispatch
def show(x): return f'object {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return 'list of ' + ', '.join(show(i) for i in x)
print(show(1), show('s'), show([1, 'a']), show(True))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
del c.area
print(c.area)
