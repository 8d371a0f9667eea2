# A traffic-light/vending state machine driven by generators and send().
def vending_machine(price):
    balance = 0
    dispensed = 0
    event = yield "idle"
    while True:
        kind, value = event
        if kind == "coin":
            if value not in (5, 10, 25):
                event = yield f"rejected coin {value}"
                continue
            balance += value
            if balance >= price:
                change = balance - price
                balance = 0
                dispensed += 1
                event = yield f"dispense item #{dispensed}, change {change}"
            else:
                event = yield f"balance {balance}/{price}"
        elif kind == "refund":
            refunded, balance = balance, 0
            event = yield f"refund {refunded}"
        elif kind == "shutdown":
            return dispensed
        else:
            event = yield f"unknown event {kind!r}"
vm = vending_machine(35)
print(next(vm))
events = [("coin", 10), ("coin", 25), ("coin", 3), ("coin", 25), ("refund", None), ("coin", 25), ("coin", 25),
          ("dance", 1), ("coin", 5), ("coin", 5)]
for ev in events:
    print(f"{str(ev):16} -> {vm.send(ev)}")
try:
    vm.send(("shutdown", None))
except StopIteration as stop:
    print("machine shut down after dispensing", stop.value)
def traffic_light():
    transitions = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
    state = "red"
    while True:
        nxt, duration = transitions[state]
        yield state, duration
        state = nxt
def run_for(ticks):
    light = traffic_light()
    timeline = []
    state, remaining = next(light)
    for t in range(ticks):
        timeline.append(state[0].upper())
        remaining -= 1
        if remaining == 0:
            state, remaining = next(light)
    return "".join(timeline)
print(run_for(24))
def lexer_states(text):
    state = "start"
    buf = ""
    for ch in text + " ":
        if state == "start":
            if ch.isdigit():
                state, buf = "number", ch
            elif ch.isalpha():
                state, buf = "word", ch
            elif not ch.isspace():
                yield ("symbol", ch)
        elif state == "number":
            if ch.isdigit():
                buf += ch
            else:
                yield ("number", int(buf))
                state = "start"
                if not ch.isspace():
                    yield ("symbol", ch)
        elif state == "word":
            if ch.isalnum():
                buf += ch
            else:
                yield ("word", buf)
                state = "start"
                if not ch.isspace():
                    yield ("symbol", ch)
print(list(lexer_states("let x1 = 42+y;")))
