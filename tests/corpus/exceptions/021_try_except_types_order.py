class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in [Leaf, Mid, Base, Exception]:
    try:
        raise cls('x')
    except Leaf:
        print(cls.__name__, 'caught as Leaf')
    except Mid:
        print(cls.__name__, 'caught as Mid')
    except Base:
        print(cls.__name__, 'caught as Base')
    except Exception:
        print(cls.__name__, 'caught as Exception')
handlers = (KeyError, IndexError)
for f in [lambda: {}[1], lambda: [][1], lambda: 1 / 0]:
    try:
        f()
    except handlers as e:
        print('lookup', type(e).__name__)
    except Exception as e:
        print('other', type(e).__name__)
