for v in [0.125, 0.375, 2.5, 3.5, 1.005, 2.675, 1e-7, 123456789.987654321, 0.5, 1.5, 9.995, 99.995]:
    print(v, format(v, '.2f'), format(v, '.0f'), format(v, '.1e'), format(v, '.3g'), format(v, '#.3g'), format(v, '.2%'), round(v, 2))
print(format(1e300, ',.0f')[:20], format(123.0, '#.0f'), format(0.0, 'e'), format(-0.0, 'g'), format(1.0, 'n'))
print(format(1234.5, '010.1f'), format(-1234.5, '010.1f'), format(1234.5, '+,.2f'), format(1234.5, '_.3f'))
print(format(1e16, 'f'), format(1e16, 'g'), format(1e16, ''), format(123456789.0, '.12g'))
print(format(float('nan'), '10'), format(float('-inf'), '<8') + '|', format(float('inf'), '+'))
