class C:
    nonlocal x