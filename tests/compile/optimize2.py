# compile: optimize=2
"""Docstring dropped at -OO."""
def f():
    "function doc"
    return 1
class C:
    "class doc"
    def m(self):
        """method doc"""
lam = lambda: "not a docstring"
