@dec
def f(): pass
@dec.attr
@dec(arg)
@dec(arg)(more)
@dec[0]
@(lambda f: f)
@x if y else z
@a.b.c(1, k=2)
@x := y
@ a . b
@dec(*args, **kwargs)
@spaced  # comment after decorator
def g(): pass


@dec
class C:
    @staticmethod
    def s(): pass

    @classmethod
    @other
    def c(cls): pass

    @functools.wraps(func)
    async def a(self): pass


@dec
async def h(): pass


@first

@second
def blank_lines_between(): pass


@[d][0]
@{"k": d}["k"]
@-d
@d or e
@not_ (x)
def more(): pass
