# Commentaire en français : éèê — and an emoji 😀 in a comment
s = "héllo wörld"  # trailing comment ☃
t = "日本語テキスト"; u = "€"
x = {"ключ": "значение", "🔑": 1}
print("αβγ", end="→\n")
f"{naïve!r} ünïcödé {'€'}"
x = ("émoji 😀 here", y)  # columns after the emoji
b = "\N{SNOWMAN}☃"
if True:  # ☃
    z = '𝔘𝔫𝔦𝔠𝔬𝔡𝔢' + x
w = ("€", "€€", "€€€")[0] + 'ü' * 3
longer = "😀😀😀"; after = 1; more = "ä"
q = f"{'😀'}{x!r:>{w}}😀{y}"
r = """многострочная
строка с ёлкой 🎄 """ + rest
def ƒ(ä="ö", /, *ü, ß: "ẞ" = "ß") -> "→":
    return ä
k = [  # ☃ comment inside brackets
    "ü",  # ü
]
e = "\u00e9" == "é" == "e\u0301"
bb = b"\xc3\xa9"  # bytes spelled with escapes: é
