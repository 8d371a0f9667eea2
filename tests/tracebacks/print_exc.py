import traceback


def inner():
    return {}["key"]


try:
    inner()
except KeyError:
    traceback.print_exc()
print("still running")
traceback.print_stack()
