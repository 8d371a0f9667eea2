s = "a" "b"
s = "a" 'b' """c""" '''d'''
s = u"first" "second"
s = "first" u"second"
s = U"first" 'second' u'third'
s = ("implicit"
     "concatenation"
     'across lines')
s = "plain" f"{x}" "more"
s = f"{a}" "b" f"{c!r}"
s = (
    "start "
    f"{value:>10} "
    "middle "
    f"""{other
    }"""
    'end'
)
b = b"a" b'b' B"c" rb"\d"
s = r"raw\n" "cooked\n"
s = u"u" f"{x}"
s = f"{x}" u"u"
s = u"u" f"" "x"
s = "a" \
    "b"
s = "" ""
s = f"" f""
s = "" f"{x}" ""
s = ("one"  # comment between parts
     # full-line comment between parts
     "two")
s = ("é" "ü"
     f"{x}ö" "€")
call("a" "b", "c" f"{d}")
s = "a" "b" if c else "d" "e"
s = f"{x}" f"{y}" f"{z}"
s = f"{'a' 'b'}" "c"
s = "x" f"{{}}" "y"
s = f"{x:{'a' 'b'}}"
