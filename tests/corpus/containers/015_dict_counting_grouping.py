text = 'one two three two three three four four four four'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in ['apple', 'avocado', 'banana', 'cherry', 'cranberry', 'blueberry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(dict(sorted(inv.items())))
by_len = {n: [w for w in counts if len(w) == n] for n in sorted({len(w) for w in counts})}
print(by_len)
print(max(counts, key=counts.get), sum(counts.values()), len(counts))
