# -*- coding: latin-1 -*-
s = 'café'  # été
t = "£ ¥ µ ÿ ÀÁÂ"
b = b'\xe9'
u = f'{s}é{t!r:·>9}'
naïve = s + t
µ = 1  # MICRO SIGN, NFKC-normalized to GREEK SMALL LETTER MU
ª = º = 2
r = '''à
è'''
