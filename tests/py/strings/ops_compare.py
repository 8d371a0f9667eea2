# Concatenation, repetition, comparison and the operator errors.
a, b = "spam", "eggs"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0, a * -2 == "", "" * 100 == "", "-" * 20)
s = ""
for i in range(5):
    s += str(i)
s *= 2
print(s, len(s))
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "abc" <= "abc", "b" > "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x", " y"]))
print(max("hello"), min("hello"), max(["ab", "b", "aaa"]), min("zebra", "apple", "mango"))
print("a" "b" 'c', ("x"
      "y"), "abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(2), "ab".__len__(), "ab".__contains__("b"))
for left, right in (("a", 1), (1, "a"), ("a", None), ("a", [1]), ("a", 1.5)):
    try:
        left + right
    except TypeError as e:
        print("TypeError:", e)
for left, right in (("a", 2.0), ("a", "b"), ("a", None)):
    try:
        left * right
    except TypeError as e:
        print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    -"a"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * (2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
print("a" == 1, "1" == 1, "" == None, "abc" != None)
x = "interned"
y = "inter" + "ned"
print(x == y, str(123) + str(4.5) + str(None) + str(True) + str([1]))
print(hash("abc") == hash("ab" + "c"), "abc".__eq__(1), "abc".__lt__("b"))
print(repr(str()), "abc".__getitem__(1), "%s" % "a" * 3, ("%s" % "a") * 3)
