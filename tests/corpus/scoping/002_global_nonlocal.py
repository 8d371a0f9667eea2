x = 'global'
def read(): return x
def write():
    global x
    x = 'modified'
print(read()); write(); print(x)
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def unbound():
    try:
        print(y)
    except NameError as e:
        print('NameError', e)
unbound()
def ub2():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
ub2()
def outer():
    a = 1
    def inner():
        nonlocal a
        a += 1
        def innermost():
            nonlocal a
            a *= 10
        innermost()
    inner()
    return a
print(outer())
def gdef():
    global newglobal
    newglobal = 5
gdef(); print(newglobal)
