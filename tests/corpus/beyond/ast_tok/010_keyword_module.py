import keyword
print(len(keyword.kwlist), keyword.kwlist[:6])
print(keyword.iskeyword('for'), keyword.iskeyword('print'), keyword.iskeyword('match'))
print(keyword.softkwlist)
print([w for w in ['if', 'x', 'None', 'async', 'case'] if keyword.iskeyword(w)])
