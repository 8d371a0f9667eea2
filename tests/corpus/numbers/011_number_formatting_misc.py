n = 1234567.891
print(f'{n:,.2f}', f'{n:.3e}', f'{n:015.2f}', f'{int(n):,}', f'{-n:+,.0f}')
print(str(10 ** 21), str(10.0 ** 21), str(1e21), str(1e16), str(123e-20))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, 3.5))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-0.5, 0))
print(format(2 ** 0.5, '.50f'))
print(format(1 / 7, '.17g'), format(1e-300 * 1e-300, 'g'), format(123.0, '.0e'))
print(float('0.1') * 10 == 1.0, 0.1 * 10)
