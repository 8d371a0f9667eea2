# Exceptions raised inside __init__, __new__, properties and dunders.
class Account:
    instances = 0
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"negative balance {balance}")
        self.balance = balance
        Account.instances += 1
try:
    a = Account(-5)
except ValueError as e:
    print("ValueError:", e)
print("a" in globals(), Account.instances)
b = Account(10)
print(b.balance, Account.instances)
class Partial:
    def __init__(self):
        self.first = 1
        raise RuntimeError("half built")
        self.second = 2
holder = []
class Tracking(Partial):
    def __init__(self):
        holder.append(self)
        super().__init__()
try:
    Tracking()
except RuntimeError as e:
    print("RuntimeError:", e, vars(holder[0]))
class NewFails:
    def __new__(cls, *args):
        raise TypeError("refused in __new__")
    def __init__(self):
        print("never printed")
try:
    NewFails()
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1, 2)
except TypeError as e:
    print("TypeError:", e)
class CustomNewOnly:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
print(CustomNewOnly(7).x)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called because __new__ returned non-instance")
print(NewReturnsOther())
class ErrInRepr:
    def __repr__(self):
        raise KeyError("repr failed")
try:
    print([ErrInRepr()])
except KeyError as e:
    print("KeyError:", e)
class ErrInEq:
    def __eq__(self, other):
        raise ArithmeticError("eq failed")
try:
    ErrInEq() in [1, 2]
except ArithmeticError as e:
    print("ArithmeticError:", e)
class ErrInHash:
    def __hash__(self):
        raise LookupError("hash failed")
try:
    {ErrInHash(): 1}
except LookupError as e:
    print("LookupError:", e)
class ErrInIter:
    def __iter__(self):
        raise IndexError("iter failed")
try:
    for _ in ErrInIter():
        pass
except IndexError as e:
    print("IndexError:", e)
