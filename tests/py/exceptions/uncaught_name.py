# Uncaught NameError from an undefined name inside a nested call (no suggestion possible).
def greet(name):
    message = "hello " + name
    return salutation
def safe(fn, *args):
    try:
        return fn(*args)
    except NameError as e:
        return f"handled: {e}"
print("before")
print(safe(greet, "handled world"))
def outer():
    def inner():
        return greet("world")
    return inner()
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(outer())
print("unreachable")
