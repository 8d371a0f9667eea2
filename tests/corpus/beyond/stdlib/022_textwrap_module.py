import textwrap
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 2, width=30))
print(textwrap.dedent('''
    indented
      more
    back'''))
print(textwrap.shorten('Hello world this is long', width=15))
print(textwrap.indent('a\nb', '> '))
