# The is* predicates over a variety of strings.
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc123", "123", "12.5", "-1", " ", "\t\n", "a b",
           "²", "½", "٣", "Ⅻ", "éü", "Σίσυφος", "_id", "id2", "2id", "class", "Hello World", "HELLO WORLD!",
           "hello world!", "\x00", "~", "mañana"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
print(" " * 16 + " ".join(n[2:6] for n in names))
for s in samples:
    flags = ["T   " if getattr(s, n)() else ".   " for n in names]
    print(f"{s!r:16}" + " ".join(f[:4] for f in flags))
print("abc".isalpha() and "abc".islower(), "A1".isupper(), "1".isupper(), "a_b".isalnum())
