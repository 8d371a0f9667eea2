import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), string.punctuation[:10], len(string.printable))
print(string.capwords('hello   big world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}!')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(string.Template('$$ cost $n').substitute(n=5))
f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), list(f.parse('a{b}c{d:>3}')))
