words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), sorted(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))
print(' '.join(w[::-1] for w in words))
print(' '.join(w.capitalize() for w in words))
print(max(words, key=len), min(words, key=len))
def is_pal(s):
    s = ''.join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]
print(is_pal('A man, a plan, a canal: Panama'), is_pal('hello'))
def caesar(s, k):
    return ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar('hello world', 3), caesar(caesar('abc xyz', 5), -5))
print(sorted(words, key=lambda w: (len(w), w)))
vowels = sum(1 for c in ''.join(words) if c in 'aeiou')
print('vowels', vowels)
