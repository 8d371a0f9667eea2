# print (sep, end, flush, file=sys.stdout) and len on many types.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" -> continued")
print(end="only end\n")
print("x", sep=None, end=None)
print(None, True, 1.5, [1, "two"], {"k": (1,)}, sep=" | ")
print("flushed", flush=True)
print("to stdout explicitly", file=sys.stdout)
print("tab\tseparated", "values", sep="\t")
print(*range(5))
print(*[], sep="never", end="[]\n")
print("multi\nline", "text")
class Custom:
    def __str__(self):
        return "custom str"
print(Custom(), [Custom()][0])
for bad in ({"sep": 1}, {"end": 2}):
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x", unknown=1)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), end="\n")
print(len("hello"), len(""), len("日本"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(10)),
      len(b"bytes"), len(frozenset()), len(range(0, 10, 3)), len({}.keys()), len("\n"))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for v in (5, 3.5, None, len):
    try:
        len(v)
    except TypeError as e:
        print("TypeError:", e)
