line = 'key = value = more'
k, sep, v = line.partition('=')
print(repr(k.strip()), repr(sep), repr(v.strip()))
config = 'host=localhost\nport=8080\n# comment\n\ndebug=true'
cfg = {}
for l in config.splitlines():
    l = l.strip()
    if not l or l.startswith('#'): continue
    a, _, b = l.partition('=')
    cfg[a] = b
print(cfg)
url = 'https://example.com:8080/path/to/page?x=1&y=two#frag'
scheme, rest = url.split('://')
hostport, _, path = rest.partition('/')
print(scheme, hostport.split(':'), path.split('?')[0], dict(kv.split('=') for kv in path.split('?')[1].split('#')[0].split('&')))
