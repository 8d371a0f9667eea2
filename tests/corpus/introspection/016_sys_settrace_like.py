import sys
print(hasattr(sys, 'settrace'), hasattr(sys, 'getrecursionlimit'), hasattr(sys, '_getframe'))
calls = []
def tracer(frame, event, arg):
    if event == 'call':
        calls.append(frame.f_code.co_name)
    return None
def a(): return b()
def b(): return 1
sys.settrace(tracer)
a()
sys.settrace(None)
print(calls)
print(sys.gettrace())
