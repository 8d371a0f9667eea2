# Uncaught UnboundLocalError: assigning to a global name without `global`.
count = 10
def read_count():
    return count
def decrement_properly():
    global count
    count -= 1
    return count
def decrement():
    print("decrementing")
    count -= 1
    return count
print(read_count(), decrement_properly(), decrement_properly(), count)
try:
    decrement()
except NameError as e:
    print("handled as NameError:", type(e).__name__)
decrement()
print("unreachable")
