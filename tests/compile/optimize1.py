# compile: optimize=1
"""Docstring stays at -O."""
assert x, "gone"
if __debug__:
    debug()
else:
    release()
def f():
    "function doc"
    assert y
    return __debug__
