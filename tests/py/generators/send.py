# Generator.send: coroutines that accumulate state.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(next(avg))
for v in (10, 20, 30, 45):
    print(avg.send(v))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)
g = averager()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
def tracker():
    log = []
    while True:
        cmd = yield log
        if cmd == "reset":
            log = []
        else:
            log.append(cmd)
t = tracker()
next(t)
t.send("x")
t.send("y")
print(t.send("z"), t.send("reset"), t.send("q"))
def gen_send_next():
    a = yield 1
    b = yield 2
    yield (a, b)
s = gen_send_next()
print(next(s), next(s), next(s))
s = gen_send_next()
print(s.send(None), s.send("A"), s.send("B"))
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)])
done = (x for x in [1])
next(done)
try:
    done.send(None)
except StopIteration as err:
    print("StopIteration", err.value, err.args)
