samples = ['plain', "it's", 'say "x"', 'both \'"', 'tab\t', 'nl\n', 'nul\x00', 'bell\x07', 'del\x7f', '\x80', '\xa0', '\xad', 'é', 'ÿ', 'Ā', '\u200b', '\u2028', '\ufeff', '日', '\U0001f600', '\U000e0001', '\\', '']
for s in samples:
    print(repr(s), ascii(s), len(s), s.isprintable())
