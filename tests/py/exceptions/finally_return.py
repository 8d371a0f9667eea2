# finally overriding return values and swallowing exceptions.
def overrides_return():
    try:
        return "from try"
    finally:
        return "from finally"
def swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed it"
def finally_sees_return_value():
    x = "first"
    try:
        return x
    finally:
        x = "changed in finally"
def finally_in_loop():
    for i in range(5):
        try:
            if i == 2:
                return f"returned at {i}"
        finally:
            if i == 2:
                print("  finally at", i)
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke out at {i}"
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("skipped")
            out.append(i)
        finally:
            continue
    return out
def except_return_then_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("  finally after except-return")
def nested_finally():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
counter = {"n": 0}
def finally_runs_once():
    try:
        return counter
    finally:
        counter["n"] += 1
print(overrides_return())
print(swallows_exception())
print(finally_sees_return_value())
print(finally_in_loop())
print(break_in_finally())
print(continue_in_finally())
print(except_return_then_finally())
print(nested_finally())
print(finally_runs_once(), counter)
def generator_finally():
    try:
        yield 1
        return
    finally:
        print("  generator finally")
print(list(generator_finally()))
def finally_raises_over_return():
    try:
        return "never"
    finally:
        raise RuntimeError("finally error wins")
try:
    finally_raises_over_return()
except RuntimeError as e:
    print("RuntimeError:", e)
