# Ordering of try / except / else / finally in every path.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            return log + ["returned"]
        if action == "other":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for action in ("none", "raise", "return"):
    print(action, run(action))
try:
    run("other")
except KeyError as e:
    print("other escaped:", repr(e))
def finally_sees(action):
    out = []
    try:
        try:
            if action:
                raise TypeError("t")
            out.append("body")
        finally:
            out.append("inner finally")
    except TypeError:
        out.append("outer except")
    return out
print(finally_sees(False), finally_sees(True))
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out
print(loop_with_finally())
def else_raises():
    try:
        pass
    except Exception:
        return "not here"
    else:
        raise RuntimeError("from else")
    finally:
        print("  finally before propagating")
try:
    else_raises()
except RuntimeError as e:
    print("caught", e)
x = None
try:
    x = 1
except Exception:
    x = 2
else:
    x *= 10
finally:
    x += 5
print(x)
def handler_var_cleared():
    try:
        raise ValueError("temp")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(handler_var_cleared())
