# Comparisons across int, float and bool.
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print(1 < 1.5 < 2, -1 < False < True < 2, 3 > 2.999999, 3 >= 3.0)
print(True + True, True > False, False < 0.5, True == 1.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 > 1e308)
nan = float("nan")
print(nan == 0, nan < 0, nan > 0, nan != 1, 1 == nan)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0, 0.0, False, -0.0})
print(sorted([3, 1.5, True, 0, -2.5, False, 2]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(1 == True, True is True, (1 == 1) is True)
print([x == y for x, y in [(0, -0.0), (5, 5.000000000000001), (5, 5.0000000000000001)]])
# int vs big float
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16, 123456789012345678 == 123456789012345678.0)
print(-5 < -4.5, -5 == -5.0, -0 == 0)
# comparisons with other types
print(1 == "1", 1 != "1", None == 0, [] == 0)
for a, b in ((1, "1"), (1.5, None), (True, [])):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(int.__eq__(1, 1.0), (1).__eq__(1.0), (1.0).__eq__(1))
