name = "x"
a = f"hello {name}"
b = f"{name!r:>10} and {value!s} {other!a}"
c = f"{x:{width}.{prec}}"
d = f"{'nested'}"
e = f"plain"
g = f"{a}{b}{c}{d}{e}{a}{b}{c}{d}{e}{a}{b}{c}{d}{e}{a}{b}{c}{d}{e}{a}{b}{c}{d}{e}{a}{b}{c}{d}{e}{a}{b}"
h = f"{x=}"
i = "%s and %r" % (p, q)
j = "%5s|%-3r|%.2a" % (p, q, r)
k = "%d" % (p,)
l = "%s" % p
