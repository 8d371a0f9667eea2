try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except:
    d()
else:
    f()
finally:
    g()

try:
    pass
finally:
    h()

def f1():
    try:
        return 1
    finally:
        cleanup()

def f2():
    for x in y:
        try:
            if x:
                break
            continue
        finally:
            done()

def f3():
    try:
        work()
    except Exception as err:
        return err
    return None

def f4():
    raise ValueError("x") from None

def f5():
    try:
        raise
    except:
        pass

def f6():
    with open(p) as fh, lock:
        return fh.read()

def f7():
    for i in range(3):
        with ctx() as c:
            if i:
                break
            continue
    with a, b as (x, y):
        pass

def f8():
    try:
        try:
            x()
        except A:
            y()
    finally:
        z()
