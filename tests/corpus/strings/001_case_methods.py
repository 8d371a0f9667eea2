s = 'Hello World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print('hELLO wORLD'.capitalize(), "they're bill's".title(), 'ß'.upper(), 'İ'.lower() == 'i̇')
print('ABC'.casefold(), 'Straße'.casefold())
print(s.isupper(), s.islower(), 'ABC'.isupper(), 'Title Case'.istitle())
print('abc'.isalpha(), 'abc1'.isalnum(), '123'.isdigit(), '½'.isnumeric(), '²'.isdecimal(), '²'.isdigit())
print(' \t\n'.isspace(), ''.isspace(), 'abc_1'.isidentifier(), '1a'.isidentifier(), 'ab\n'.isprintable())
print('abc'.isascii(), 'é'.isascii())
