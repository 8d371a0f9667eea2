# Hand-written context managers built from generators (no contextlib).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def cm(fn):
    def make(*args):
        return GeneratorCM(fn(*args))
    return make
@cm
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("html"):
    with tag("body") as t:
        print("  content in", t)
@cm
def ignoring(*types):
    try:
        yield
    except types as e:
        print("  ignored", repr(e))
with ignoring(KeyError):
    {}["x"]
print("continued")
try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as e:
    print("propagated", repr(e))
@cm
def indent_level(levels):
    levels.append(len(levels))
    yield "  " * len(levels)
    levels.pop()
levels = []
with indent_level(levels) as i1:
    print(i1 + "one")
    with indent_level(levels) as i2:
        print(i2 + "two")
    print(i1 + "back to one", levels)
print(levels)
