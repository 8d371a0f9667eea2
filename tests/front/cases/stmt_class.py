class A: pass
class B(): pass
class C(A): pass
class D(A, B): pass
class E(A, metaclass=Meta): pass
class F(metaclass=Meta): pass
class G(*bases, **kwds): pass
class G2(A, *bases, metaclass=M, **kwds): pass
class H(A, B, metaclass=M, flag=True, **extra):
    """Doc string."""
    x = 1
    y: int = 2

    def method(self): ...

    @property
    def prop(self): return self._p

    @prop.setter
    def prop(self, v): self._p = v

    class Inner:
        pass

    async def am(self):
        await self.x

class I(Generic[T], Base[int]): ...
class J(
    A,
    B,
): ...
class K(A if cond else B): pass
class L(make_base()): pass
class M((yield_ := object)): pass
class O(**{"metaclass": Meta}): pass
class P(A, B,): pass
class Q(metaclass=Meta, **kw,): pass
class match: pass
class case(match): pass
class _(): pass
