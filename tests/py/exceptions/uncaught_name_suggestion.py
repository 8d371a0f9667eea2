# Uncaught NameError for a near-miss name: CPython 3.11 appends "Did you mean" to the message.
def area(width, height):
    result = width * height
    return reslt
def perimeter(width, height):
    return 2 * (width + height)
shapes = [(2, 3), (4, 5), (1, 1)]
for w, h in shapes:
    print(w, h, perimeter(w, h))
try:
    area(1, 1)
except NameError as e:
    print("first time it is caught:", type(e).__name__, e.name)
print(area(2, 3))
