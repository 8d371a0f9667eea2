s = 'Grüße, 世界!'
for enc in ['utf-8', 'utf-16-le', 'latin-1', 'ascii']:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:8], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, 'error', e.reason, e.start, e.end)
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
print(b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('utf-8', 'ignore'), b'\xe4\xb8\x96'.decode())
print('abc'.encode('utf-32')[:4], len('abc'.encode('utf-32')))
print(bytes('x', 'utf-8'), str(b'x', 'ascii'), 'ß'.encode('utf-8').hex())
