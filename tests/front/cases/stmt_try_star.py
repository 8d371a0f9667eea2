try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    handle(eg)
except* (TypeError, KeyError):
    pass
except *OSError:
    pass
except * RuntimeError as e:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* Exception:
    pass

try:
    work()
except* (A, B) as group:
    for exc in group.exceptions:
        print(exc)
finally:
    cleanup()
try: pass
except* E: pass
