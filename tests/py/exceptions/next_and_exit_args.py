# next() re-raises the iterator's own StopIteration (args kept); sys.exit(v) builds
# SystemExit as PyErr_SetObject does (None: no args, a tuple: the args themselves).
import sys


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("finished", self.n)
        return self.n


it = It()
print(next(it), next(it), next(it, "default"))
try:
    next(It().__iter__().__class__())
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(list(It()))
for v in [None, (1, 2), (), 3, "x", [1]]:
    try:
        sys.exit(v)
    except SystemExit as e:
        print(repr(e.args), repr(e.code))
