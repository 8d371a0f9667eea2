import hashlib, base64, binascii, zlib
print(hashlib.md5(b'hello').hexdigest())
print(hashlib.sha1(b'hello').hexdigest())
print(hashlib.sha256(b'hello').hexdigest())
h = hashlib.sha256(); h.update(b'hel'); h.update(b'lo'); print(h.hexdigest()[:16], h.digest_size)
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8='), base64.urlsafe_b64encode(b'\xff\xfe'))
print(base64.b16encode(b'hi'), base64.b32encode(b'hi'))
print(binascii.hexlify(b'abc'), binascii.unhexlify('616263'), binascii.crc32(b'hello'))
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.decompress(zlib.compress(b'x' * 100)) == b'x' * 100)
