# Infinite recursion through __eq__ / __repr__ / __getattr__, caught.
import sys
sys.setrecursionlimit(200)
class Loopy:
    def __eq__(self, other):
        return self == other
try:
    Loopy() == 1
except RecursionError as e:
    print("eq:", type(e).__name__)
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"
try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr:", type(e).__name__)
class Lazy:
    def __getattr__(self, name):
        return self.missing
try:
    Lazy().anything
except RecursionError as e:
    print("getattr:", type(e).__name__)
class Str:
    def __str__(self):
        return str(self)
try:
    str(Str())
except RecursionError:
    print("str: RecursionError")
a = [1]
a.append(a)
print(repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
t = [[]]
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
try:
    repr(n)
except RecursionError:
    print("node repr: RecursionError")
x = []
x.append(x)
try:
    print(x == x, x is x)
    y = []
    y.append(y)
    print(x == y)
except RecursionError:
    print("list compare: RecursionError")
print("done", sys.getrecursionlimit())
