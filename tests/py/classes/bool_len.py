# Truthiness: __bool__, __len__ fallback, and their errors.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__ called on {self.v}")
        return self.v
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Empty()), bool(Full()), len(Full()), bool(Both()), bool(Neither()), not Empty())
print(Flag(True) and "and-result")
print(Flag(False) or "or-result")
if Flag(False):
    print("unreachable")
else:
    print("else branch")
print([x for x in (Empty(), Full(), Both(), Neither()) if x].__len__())
while Flag(False):
    pass
print(Flag(True) if Flag(False) else "ternary")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
class IndexLen:
    class Three:
        def __index__(self):
            return 3
    def __len__(self):
        return self.Three()
print(len(IndexLen()))
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()), bool(set()), bool(None), bool(range(0)))
print(bool(1), bool(-0.1), bool(" "), bool([0]), bool({0: 0}), bool((None,)), bool(object()), bool(range(1)))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "last", "" and 1 / 0, not None, not not "x")
