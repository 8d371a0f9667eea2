def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f'no {k}') from e
print(lookup({'a': 1}, 'a'))
lookup({}, 'missing')
