# Escape sequences of every kind.
s = "\\ \' \" \a \b \f \n \r \t \v"
s = '\\\\'
s = "\0 \1 \12 \123 \777 \0000"
s = "\x41 \x7f \xff \x00 \xAb"
s = "\u0041 \u00e9 \u20ac \uFFFF \ud800"
s = "\U0001F600 \U00000041 \U0010ffff"
s = "\N{LATIN SMALL LETTER E WITH ACUTE} \N{EURO SIGN} \N{GREEK SMALL LETTER ALPHA}"
s = "\N{DIGIT ONE}" "\N{SNOWMAN}" "\N{space}" "\N{LINE FEED}" "\N{BOM}"
s = "\N{latin small letter a}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}"
b = b"\x00\xff\n\t\\ \' \" \101 \0 \777"
b = b"\a\b\f\v\r"
r = r"\n\t\x41\N{DASH}\u1234\\"
r = R'\'' + Rb"\"" + rb"\x"
s = "line one\
line two"
s = '''multi
line \
continued'''
s = "\
"
s = "tab\there"
s = "\r\n"
s = "\d \w \s \[ \%"
s = "\8 \9"
b = b"\u0041 \N{EURO SIGN} \d"
s = """\""" \''' \
\t"""
s = '\
\
'
s = "ends with backslash \\"
s = 'nul \x00 inside'
s = "\x1b[0m"
s = "\177\200\377"
s = "\N{EM DASH}—"
s = f"\N{EURO SIGN}{x}\t{y!r}\n"
s = f"\x7b{x}\x7d"
s = rf"\N{x}"
s = b'\\\''
