# str.format: fields, conversions and format specs.
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("x", "y", "z"), "{0}{0}{1}".format(1, 2))
print("{name} is {age}".format(name="Bo", age=5), "{0[1]} {0[0]}".format(["a", "b"]), "{d[k]}".format(d={"k": 9}))
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "point"
p = P()
print("{0.x} {0.y[1]} {p.x}".format(p, p=p), "{!r} {!s} {}".format(p, p, p), "{0!a}".format("é"))
print("{{literal}} {{{0}}}".format(7), "{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}|{:,d}|{:_d}|{:=+6d}|".format(42, 42, 42, 42, 42, 1234567, 1234567, 42))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c} {:n}".format(10, 10, 255, 255, 5, 8, 255, 97, 1234))
print("{:.3f} {:10.2e} {:g} {:.2%} {:,.2f} {:08.3f} {:.0e} {:G}".format(3.14159, 12345.6789, 0.0001, 0.4567, 1234567.891, -3.14159, 5e10, 1e-10))
print("{:.3} {:.3g} {:10.4}|{:<10}|{:>10}|".format(3.14159, 1234.5, "abcdefg", 1.5, "s"))
w, prec = 10, 3
print("{:{w}.{prec}f}|{:>{w}}|{:{fill}^{w}}|".format(2.718281, "x", "m", w=w, prec=prec, fill="~"))
print("{0:{1}}|{0:{2}}|".format(12, 5, "<6"))
print(format("text", ""), format(None), format([1, 2], ""), "{}".format(None), "{!r:>6}".format("a"))
print("{0}-{0!r}-{0:>5}".format("s"), "{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{0[0]}{0[1]}{1[a]}".format("xy", {"a": "!"}), "{.real}".format(5), "{:,}".format(10 ** 10))
errors = ["{} {}", "{0} {}", "{x}", "{2}", "{:d}", "{!z}", "{", "}", "{0[}", "{:s}", "{0:=5}", "{:,s}", "{:.2d}"]
for fmt in errors:
    try:
        print(fmt.format(*(("a",) if "d" not in fmt else (1.5,))))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("{a}{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(D(x=1)))
