from functools import reduce, partial, lru_cache
import operator
def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs, lambda x: x)
pipeline = compose(str, partial(operator.mul, 3), abs)
print(pipeline(-7), pipeline(2))
@lru_cache(maxsize=None)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    return min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))
print(edit('kitten', 'sitting'), edit('flaw', 'lawn'), edit('', 'abc'))
@lru_cache(maxsize=None)
def count_paths(r, c):
    if r == 0 or c == 0: return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(lambda a, b: a if len(a) >= len(b) else b, ['ab', 'abc', 'x', 'xyz']))
