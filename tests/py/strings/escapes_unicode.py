# Escape sequences, raw strings and unicode handling.
s = "tab\there\nnewline \\ backslash \' \" \x41\101\u00e9\U0001F600 \N{GREEK SMALL LETTER ALPHA}"
print(s)
print(repr(s))
print(len("\x00\x7f\x80\xff"), repr("\x00\x7f\x80\xff\u200b\ufeff"), repr("\ud800"), repr("\a\b\f\v\r"))
print(r"raw \n \t \\", len(r"\n"), repr(r"\d+"), "a\
b")
print(repr("'"), repr('"'), repr("'\""), repr("it's"), repr('say "hi"'), ascii("é😀"))
e = "héllo wörld ñ 日本語 😀"
print(len(e), e.upper(), e[1], e[-1], e[12:15], e[::-1])
print([ord(c) for c in "aé日😀"], chr(233), chr(0x65E5), chr(128512), chr(0) == "\x00")
b = e.encode("utf-8")
print(len(b), b[:8], b.decode("utf-8") == e)
print("é".encode("latin-1"), "abc".encode("ascii"), "😀".encode("utf-16-le"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print("UnicodeEncodeError:", err)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print("UnicodeDecodeError:", err)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"\xffa".decode("utf-8", "replace"))
print("ÅB" < "Åb", "Z" < "a", "a" < "ä", "日" > "z", sorted(["b", "a", "é", "A", "Z", "ä"]))
print("\u0041\u030a" == "\u00c5", len("\u0041\u030a"), "straße".upper(), "ǆ".title())
print(str("x"), str(b"x"), str(b"x", "ascii"), "\N{BULLET} \N{EM DASH} \N{SNOWMAN}")
multi = """first line
    second "quoted" line
third\tend"""
print(multi)
print(multi.splitlines()[1].strip())
print('''single '' quotes''' + """ and "" doubles""")
