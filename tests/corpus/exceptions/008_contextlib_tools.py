from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    except ValueError as e:
        print('handled', e)
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('content', t)
with tag('q'):
    raise ValueError('oops')
with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
with ExitStack() as st:
    for n in 'xy':
        st.enter_context(tag(n))
    st.callback(print, 'callback')
    print('body')
class Res:
    def close(self): print('closed')
with closing(Res()):
    print('using')
with nullcontext(5) as v:
    print(v)
