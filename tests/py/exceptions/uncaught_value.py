# Uncaught ValueError from int() on a float-looking string.
def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(int(t))
        except ValueError:
            out.append(None)
    return out
print(parse_all(["1", "x", " 7 ", "0b1"]))
print(int("0b1", 0), int("ff", 16), float("3.5"))
for text in ("12", "  7", "-4", "3.5", "9"):
    print(int(text) * 2)
print("unreachable")
