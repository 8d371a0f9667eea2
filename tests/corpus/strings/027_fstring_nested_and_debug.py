data = {'name': 'Ann', 'scores': [90, 85, 77]}
print(f"{data['name']} has {len(data['scores'])} scores, avg {sum(data['scores']) / len(data['scores']):.1f}")
print(f"{'|'.join(str(s) for s in data['scores'])}")
print(f"{data['name']!r:>8}|{data['name']:^9}|{data['name']:.1}|")
x = 3.14159
print(f'{x=:.2f}', f'{x = }', f'{data["name"]=}')
width = 12
print(f'{"left":<{width}}|{"right":>{width}}|')
print(f'{{}}{x:.0f}{{{x:.1f}}}')
print(f'{1 + 2 = }', f'{"a" * 3 = }')
items = ['x', 'y']
print(f'{items[0]}{items[-1]}', f'{items!s}', f'{len(items):>3}')
print(f'{x:{"<" if x > 3 else ">"}10.2f}|')
