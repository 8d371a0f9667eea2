def load(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("missing " + k)


try:
    load({}, "a")
except ValueError as e:
    raise RuntimeError("load failed") from e
