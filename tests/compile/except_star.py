try:
    work()
except* ValueError as eg:
    handle(eg)
except* (TypeError, KeyError):
    other()

def f():
    try:
        a()
    except* E:
        pass
    else:
        b()
    finally:
        c()
