print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(range(1000000)))
print(sum([1, 2], start=3), sum((x / 10 for x in range(10))), sum([]))
print(sum([10 ** 20, 10 ** 20]), sum([True] * 5), sum([1j, 2]))
import math
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([0.1] * 10))
