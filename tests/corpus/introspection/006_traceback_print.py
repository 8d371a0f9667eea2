import traceback, sys, io
def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    text = buf.getvalue().splitlines()
    print(text[0])
    print(text[-1])
    print(any('fail' in l for l in text))
def lvl3(): raise RuntimeError('deep')
def lvl2(): lvl3()
def lvl1(): lvl2()
try:
    lvl1()
except RuntimeError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print('depth', n)
