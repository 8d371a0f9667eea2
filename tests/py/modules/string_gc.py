# The string constants and capwords; the gc module's flag and collect().
import string
import gc

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("")), string.capwords(" x Y zZ "))
print(all(c in string.printable for c in string.ascii_letters))

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.collect(), gc.collect(0), gc.collect(generation=1))
print(type(gc.collect.__doc__).__name__, type(gc.get_threshold()).__name__, len(gc.get_count()))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(gc.garbage, gc.is_tracked([]), gc.is_tracked(1))
