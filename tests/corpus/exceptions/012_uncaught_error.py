def compute(x):
    return 10 / x
print('before')
print(compute(2))
compute(0)
print('never')
