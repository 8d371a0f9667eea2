def f():
    pass
class C:
  return [1,
   2]
