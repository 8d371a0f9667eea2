import tempfile, os
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as f:
        f.write('line one\nline two\n')
        f.writelines(['x\n', 'y\n'])
    with open(path) as f:
        print(f.read().splitlines())
    with open(path, 'a') as f:
        print('appended', file=f)
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, line.rstrip())
    with open(path, 'rb') as f:
        print(f.read(8))
    with open(os.path.join(d, 'b.bin'), 'wb') as f:
        f.write(bytes(range(5)))
    print(sorted(os.listdir(d)), os.path.getsize(os.path.join(d, 'b.bin')))
    os.remove(path)
    print(os.path.exists(path))
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
