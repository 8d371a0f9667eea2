print("before")
class C:
pass
