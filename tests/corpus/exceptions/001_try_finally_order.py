def f():
    try:
        print('try')
        return 'from try'
    finally:
        print('finally')
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
            print('body', i)
        finally:
            print('finally', i)
h()
try:
    try:
        raise ValueError('inner')
    finally:
        print('cleanup')
except ValueError as e:
    print('caught', e)
try:
    print('no error')
except Exception:
    print('never')
else:
    print('else runs')
finally:
    print('final')
