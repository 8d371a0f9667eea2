class E(Exception):
    def __init__(self, code, msg='default'):
        super().__init__(code, msg)
        self.code = code
e = E(404)
print(e.args, e.code, str(e), repr(e))
try:
    raise E(500, 'server')
except E as ex:
    print(ex.code, ex.args[1])
    ex.add_note('note one')
    print(ex.__notes__)
print(isinstance(E(1), BaseException), E.__bases__[0].__name__)
print(BaseException().args, str(BaseException('x')), BaseException('a', 1).args)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args, str(t) == '')
try:
    raise ValueError('x').with_traceback(None)
except ValueError as v:
    print(repr(v))
