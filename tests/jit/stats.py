def squares(n):
    for i in range(n):
        yield i * i


class Box:
    def total(self, n):
        t = 0
        for v in squares(n):
            t += v
        return t


print(Box().total(1000), sum(squares(100)))
