for v in [0, 7, -7, 255, -255, 2 ** 40]:
    print(format(v, 'b'), format(v, '#o'), format(v, 'X'), format(v, '#010x'), format(v, ','), format(v, '_b'), format(v, '+'), format(v, 'e'), format(v, '.2f'), format(v, '%'))
print(format(True, 'd'), format(False, '>5'), format(True, '') , f'{True:5}|', f'{65:c}', f'{0x1F600:c}')
try:
    format(1, 'z')
except ValueError as e:
    print('ValueError', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(1, ',b')
except ValueError as e:
    print('ValueError', e)
