text = 'abracadabra'
print([i for i in range(len(text)) if text.startswith('abra', i)])
def find_all(s, sub):
    i = s.find(sub)
    while i != -1:
        yield i
        i = s.find(sub, i + 1)
print(list(find_all(text, 'a')), list(find_all(text, 'bra')), list(find_all(text, 'z')))
print(text.count('a'), text.count('abra'), text.count('a', 3, 8))
def longest_common_prefix(words):
    if not words: return ''
    p = words[0]
    for w in words[1:]:
        while not w.startswith(p):
            p = p[:-1]
    return p
print(repr(longest_common_prefix(['flower', 'flow', 'flight'])), repr(longest_common_prefix(['dog', 'car'])))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)
print(rle('aaabccdddd'), rle(''), rle('x'))
print(sorted(set(text)), {c: text.count(c) for c in sorted(set(text))})
print(text.replace('a', '').upper(), text[::2], text[1::2])
