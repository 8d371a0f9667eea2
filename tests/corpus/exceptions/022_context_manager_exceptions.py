class Tx:
    def __init__(self): self.log = []
    def __enter__(self):
        self.log.append('begin'); return self
    def __exit__(self, t, v, tb):
        self.log.append('rollback' if t else 'commit')
        return t is KeyError
for exc in [None, KeyError, ValueError]:
    tx = Tx()
    try:
        with tx:
            if exc: raise exc('boom')
            tx.log.append('work')
    except Exception as e:
        tx.log.append('escaped ' + type(e).__name__)
    print(tx.log)
class Bad:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('never'); return False
try:
    with Bad():
        print('never body')
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError('from exit')
try:
    with ExitRaises():
        raise KeyError('original')
except ValueError as e:
    print(e, repr(e.__context__))
