# Loops, branches, try/except/finally, with, break/continue.
def loops(items):
    total = 0
    for i in items:
        if i % 2:
            continue
        if i > 100:
            break
        total += i
    else:
        total = -1
    while total > 10:
        total -= 3
    return total


def handlers(path):
    try:
        f = open(path)
    except (OSError, ValueError) as e:
        print("failed", e)
        return None
    else:
        return f
    finally:
        print("done")


def managed(lock, data):
    with lock:
        data.append(1)
    with lock as a, open(data) as b:
        return a, b


def branches(x):
    if x is None:
        return 0
    elif x and not x.flag:
        return 1
    return 2 if x.other or x.third else 3
