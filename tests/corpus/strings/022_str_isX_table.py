samples = ['abc', 'ABC', 'Abc', '123', '1.5', ' ', '', 'a b', '½', '٣', 'x_1', '\t', 'Ⅷ', 'ǅ']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
