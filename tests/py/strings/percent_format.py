# printf-style % formatting.
print("%s and %s" % ("this", "that"))
print("%d %i %5d|%-5d|%05d %+d % d" % (42, -7, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%f %.2f %10.3f|%-10.1f|%e %E %.3e %g %G %g" % (3.14159, 2.5, 1.0, 2.25, 12345.678, 0.00012, 5.0, 1e-5, 1e20, 100000.0))
print("%c%c%c" % (72, "i", 33), "%r %a %s" % ("q'\"", "é", None))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%%" % (), "100%%" % ())
print("%(name)s is %(age)d years, %(name)s!" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%3s|%-3s|%.2s|%5.1s|" % ("abcd", "a", "abcd", "xyz"))
print("%d" % 3.99, "%d" % True, "%s" % True, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%i" % -0.5)
print("%x" % -255, "%o" % -8, "%d" % 2 ** 70, "%.3s" % 12345, "%d%%" % 50)
print("%s" % "single", "%s" % ("tuple",), "%(a)s %(a)r" % {"a": "k"})
print("%-+8.2f|%+08.2f|% 8.2f|%#.0f|%#g" % (3.14159, -3.14159, 3.0, 3.0, 1.0))
errors = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {"j": 1}), ("%y", 1), ("%", ()),
          ("%c", 1114112), ("%c", "ab"), ("%(a)s %s", {"a": 1}), ("%x", 1.5), ("%d", None), ("%*d", ("a", 1))]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%s|%s" % ("a\nb", "\t"), "%r" % "a\nb", "%s" % b"bytes", "%5s|" % "é")
