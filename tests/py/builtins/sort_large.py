# Sorts above the short-list size take the merge path, specialized by key kind (strs,
# small ints, tuples, anything): order, stability and reverse must match CPython's.
state = 7


def rand():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state >> 8


words = ["".join("abcé"[rand() % 4] for _ in range(rand() % 5)) for _ in range(3000)]
ints = [rand() % 50 - 25 for _ in range(3000)]
pairs = [(rand() % 7, w) for w in words]
mixed = [x if i % 3 else float(x) + 0.5 for i, x in enumerate(ints)]


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + hash(x)) & 0xFFFFFFFFFFFF
    return h


for data in (words, ints, pairs, mixed):
    for rev in (False, True):
        s = sorted(data, reverse=rev)
        print(len(s), s[:3], s[-3:], digest(s) == digest(sorted(list(data), reverse=rev)))
# Stability: equal keys keep their original order, reversed or not (indexes show it).
idx = list(range(len(words)))
by_len = sorted(idx, key=lambda i: len(words[i]))
by_len_r = sorted(idx, key=lambda i: len(words[i]), reverse=True)
by_word = sorted(idx, key=lambda i: words[i])
by_pair = sorted(idx, key=lambda i: (-ints[i], words[i]))
print(by_len[:8], by_len[-8:], by_len_r[:8], by_word[:8], by_pair[:8], by_pair[-4:])
print(all(by_len[i] < by_len[i + 1] for i in range(len(idx) - 1) if len(words[by_len[i]]) == len(words[by_len[i + 1]])))
l = list(ints)
l.sort(key=lambda x: x % 5, reverse=True)
print(l[:12], l[-12:])
# Already sorted, reverse-sorted and all-equal inputs.
print(sorted(range(500)) == list(range(500)), sorted(range(500, 0, -1))[:3], sorted([3] * 300) == [3] * 300)
try:
    sorted(words + [1])
except TypeError as e:
    print("TypeError", e)
