# split / rsplit / splitlines / join / partition.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aaa".split("a"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "x".split("x", 0))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "one\ntwo\n".splitlines(True))
print("line\x0bvt\x0cff\x1cfs\u2028ls".splitlines(), "".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "\n".join(("1", "2")))
print("+".join(str(i) for i in range(5)), " ".join({"k": 1, "j": 2}))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,age,city\nann,31,oslo\nbob,27,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
for row in data:
    print({k: v for k, v in zip(header, row)})
words = "the cat the dog the end".split()
print(len(words), words.count("the"), words.index("dog"))
print("a b c".split(maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=1))
