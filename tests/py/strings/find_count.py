# find / rfind / index / rindex / count / startswith / endswith / in.
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("ss", 3), s.find("ss", 3, 5), s.find("x"), s.find(""))
print(s.find("", 11), s.find("", 12), s.rfind(""), s.find("i", -4), s.rfind("i", 0, -1), s.find("s", -100, 100))
print(s.index("p"), s.rindex("p"), s.index("i", 2), s.rindex("s", 0, 5))
for args in (("x",), ("ss", 7), ("i", 2, 4)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
print(s.count("s"), s.count("ss"), s.count("i", 5), s.count(""), "aaaa".count("aa"), "".count(""), s.count("ss", 0, 4))
print(s.startswith("miss"), s.startswith("iss", 1), s.startswith(("a", "mi")), s.startswith(""))
print(s.endswith("pi"), s.endswith("ppi", 0, 8), s.endswith(("x", "y")), s.endswith("ss", 0, 4))
try:
    s.startswith(["m"])
except TypeError as e:
    print("TypeError:", e)
print("ss" in s, "sp" in s, "" in s, "" in "", "M" in s, "ippi" not in s)
try:
    print(1 in s)
except TypeError as e:
    print("TypeError:", e)
text = "the rain in spain falls mainly on the plain"
pos = []
start = 0
while True:
    i = text.find("ain", start)
    if i < 0:
        break
    pos.append(i)
    start = i + 1
print(pos, text.count("ain"), text.rfind("ain"), text.index("the", 1))
print(s.isdigit(), "mi" < s, s.upper().lower() == s, s.find("S"), s.lower().find("S".lower()))
