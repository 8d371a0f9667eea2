import unicodedata
print(unicodedata.name('é'), unicodedata.category('A'), unicodedata.category('1'), unicodedata.category(' '))
print(unicodedata.normalize('NFC', 'a\u0301') == 'á', len(unicodedata.normalize('NFD', 'é')))
print(unicodedata.lookup('SNOWMAN'), unicodedata.digit('7'), unicodedata.numeric('½'), unicodedata.decimal('٣'))
print(unicodedata.east_asian_width('日'), unicodedata.combining('\u0301'), unicodedata.mirrored('('))
