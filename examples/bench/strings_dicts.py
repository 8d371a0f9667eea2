"""Strings and dicts: formatting, splitting, counting words."""


def run(n):
    counts = {}
    for i in range(n):
        line = f'item{i % 97} value{i % 13} key{i % 7}'
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return len(counts), top


print(run(360000))
