# global declarations, UnboundLocalError and name resolution order.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
value = "global"
def read_global():
    return value
def shadow():
    value = "local"
    return value
print(read_global(), shadow(), value)
def broken():
    print(value)
    value = "local"
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def broken_aug():
    counter += 1
try:
    broken_aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
def deleted_local():
    x = 1
    del x
    return x
try:
    deleted_local()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 1
    return inner()
print(free_unbound())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def uses_missing():
    return also_missing + 1
try:
    uses_missing()
except NameError as e:
    print("NameError:", e)
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def conditional(flag):
    if flag:
        result = "set"
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def for_loop_var():
    for i in range(0):
        pass
    return i
try:
    for_loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
x = "module"
def outer():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
print(outer(), sorted(k for k in globals() if not k.startswith("__"))[:5])
