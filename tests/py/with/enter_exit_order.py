# __enter__/__exit__ ordering, the value bound by `as`, and exit arguments.
class Tracer:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        log.append(f"init {name}")
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        self.log.append(f"exit {self.name} ({kind}, {exc!r}, tb={'set' if tb else None})")
        return False
log = []
with Tracer("a", log) as value:
    log.append(f"body sees {value}")
print(*log, sep="\n")
log = []
try:
    with Tracer("b", log):
        log.append("body raising")
        raise ValueError("oops")
        log.append("never")
except ValueError as e:
    log.append(f"caught {e}")
print(*log, sep="\n")
class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("  exit args:", args)
with ReturnsSelf() as r:
    print(type(r).__name__)
class NoReturn:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with NoReturn() as nothing:
    print("as-target is", nothing)
def early_return():
    with Tracer("ret", log):
        return "returned from inside with"
log = []
print(early_return(), log)
log = []
for i in range(3):
    with Tracer(f"loop{i}", log):
        if i == 0:
            continue
        if i == 1:
            break
print(log)
class NotACM:
    pass
try:
    with NotACM():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("  exit should not run")
try:
    with EnterFails():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)
