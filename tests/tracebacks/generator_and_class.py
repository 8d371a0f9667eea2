def gen():
    yield 1
    raise TypeError("bad item")


class Holder:
    items = list(gen())
