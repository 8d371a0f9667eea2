# Case conversion, stripping and padding methods.
s = "hello wORLD, it's 3rd-time o'clock"
print(s.upper(), s.lower(), s.swapcase(), sep="\n")
print(s.title())
print(s.capitalize(), "HELLO".capitalize(), "".capitalize(), "1abc".capitalize())
print("ß straße".upper(), "ǅ".lower(), "İ".lower().encode("utf-8"), "ﬁ".upper(), "ΣΑΣ".lower())
print("StraSSe".casefold(), "ß".casefold())
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(repr("xxhixyx".strip("xy")), repr("xxhixyx".lstrip("x")), repr("xxhixyx".rstrip("yx")))
print(repr("\t\n\r\x0b\x0c hi \u3000".strip()), repr("".strip()), repr("abc".strip("")))
print(repr("www.example.com".removeprefix("www.")), repr("file.py".removesuffix(".py")), repr("x".removeprefix("y")))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".center(2)), repr("ab".center(5, "-")))
print(repr("abc".ljust(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(6)), repr("abc".rjust(6, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
try:
    "abc".center(9, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".ljust("5")
except TypeError as e:
    print("TypeError:", e)
print("a\tb\tc".expandtabs(), "a\tbc\tdef".expandtabs(4), "12345\t6".expandtabs(3))
table = {ord("a"): "4", ord("e"): "3", ord("o"): None}
print("hello banana".translate(table), "abc".translate(str.maketrans("abc", "xyz")))
print("hello world".translate(str.maketrans("lo", "01", "h")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("x".replace("x", ""), "abcabc".replace("bc", "", -1), "abc".replace("z", "y"))
for w in ("they're bill's friends", "HELLO_world-foo bar", "123abc def", "a1b2c3"):
    print(w.title(), "|", w.capitalize())
