# Word frequency counting with dicts, sorted by (-count, word).
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period.
"""
def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()
ws = words(TEXT)
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
print("total words:", len(ws), "distinct:", len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:12]:
    print(f"{word:>12} {n:3} {'#' * n}")
by_count = {}
for word, n in counts.items():
    by_count.setdefault(n, []).append(word)
for n in sorted(by_count, reverse=True)[:5]:
    print(n, sorted(by_count[n]))
lengths = {}
for w in counts:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
first_seen = {}
for i, w in enumerate(ws):
    first_seen.setdefault(w, i)
print(list(first_seen)[:10])
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top_bigrams)
letters = {}
for w in ws:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
singletons = sorted(w for w, n in counts.items() if n == 1)
print(len(singletons), singletons[:8], max(counts, key=lambda w: (len(w), w)))
