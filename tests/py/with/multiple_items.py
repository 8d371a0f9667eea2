# Multiple context managers in one with statement: order and partial failure.
log = []
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        if self.fail_enter:
            log.append(f"enter {self.name} FAILS")
            raise RuntimeError(f"cannot enter {self.name}")
        log.append(f"enter {self.name}")
        return self.name
    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} ({exc_type.__name__ if exc_type else None})")
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(f"body {a}{b}{c}")
print(log)
log.clear()
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)
log.clear()
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("x")
print(log)
log.clear()
with (
    CM("p") as p,
    CM("q") as q,
):
    log.append(f"parenthesized {p}{q}")
print(log)
log.clear()
with CM("x") as x, CM(x + "-dependent") as y:
    log.append(y)
print(log)
log.clear()
with CM("one"):
    with CM("two", suppress=True):
        raise KeyError("k")
    log.append("after two")
print(log)
