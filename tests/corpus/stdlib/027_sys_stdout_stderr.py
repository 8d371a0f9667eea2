import sys
sys.stdout.write('written\n')
n = sys.stdout.write('abc\n')
print(n)
print('to stderr', file=sys.stderr) if False else None
print(sys.stdout.isatty() in (True, False), hasattr(sys.stdout, 'flush'))
sys.stdout.flush()
print(type(sys.stdin).__name__ != '', sys.stdout.encoding.lower().replace('-', '') in ('utf8',))
old = sys.stdout
class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
cap = Capture()
sys.stdout = cap
print('hidden', 42)
sys.stdout = old
print('captured', cap.parts)
print(sys.argv[1:], len(sys.argv))
