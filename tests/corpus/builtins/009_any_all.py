print(any([]), all([]))
print(any([0, '', None]), any([0, 1]))
print(all([1, 'a', [0]]), all([1, 0]))
def gen():
    for i in range(10):
        print('yield', i)
        yield i
print(any(x > 2 for x in gen()))
print(all(x < 1 for x in gen()))
print(any(iter([False, True])))
print(all('abc'))
