# raise ... from ..., raise ... from None, implicit __context__.
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("conversion failed") from err
try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.__cause__ is e.__context__)
def suppressed():
    try:
        [][0]
    except IndexError:
        raise LookupError("clean") from None
try:
    suppressed()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def from_outside():
    raise TypeError("outer") from KeyError("unrelated")
try:
    from_outside()
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
def chain_of_three():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("second")
    except KeyError:
        raise IndexError("third")
try:
    chain_of_three()
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
def context_in_finally():
    try:
        try:
            raise ValueError("in try")
        finally:
            raise TypeError("in finally")
    except TypeError as err:
        return repr(err.__context__)
print(context_in_finally())
def no_self_context():
    try:
        raise ValueError("same")
    except ValueError as err:
        try:
            raise err
        except ValueError as again:
            return again is err, again.__context__
print(no_self_context())
try:
    try:
        raise KeyError("a")
    except KeyError as first:
        raise first from first
except KeyError as e:
    print(e.__cause__ is e, e.__context__)
