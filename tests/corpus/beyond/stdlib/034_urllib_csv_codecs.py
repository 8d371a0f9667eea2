url = 'https://example.com:8080/path/to/page?x=1&y=two#frag'
from urllib.parse import urlparse, parse_qs, quote, unquote, urlencode
u = urlparse(url)
print(u.scheme, u.netloc, u.path, u.query, u.fragment, u.port, parse_qs(u.query))
print(quote('a b/c&d'), unquote('a%20b'), urlencode({'q': 'x y', 'n': 1}))
csv_line = 'a,"b,c",d'
import csv, io
print(next(csv.reader(io.StringIO(csv_line))))
import codecs
print(codecs.encode('abc', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'))
