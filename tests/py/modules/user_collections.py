# collections.UserDict / UserList / UserString, subclass hooks included.
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


d = LowerDict({"A": 1}, B=2)
d.update(C=3)
d.setdefault("D", 4)
print(d, "a" in d, d.get("z", 0), len(d), sorted(d), d.pop("a"), d)
print(d == {"b": 2, "c": 3, "d": 4}, d | {"e": 5}, type(d.copy()).__name__)
ul = UserList([3, 1])
ul.append(2)
ul.sort()
ul += [9]
print(ul, ul.data, len(ul), ul[1:], type(ul[1:]).__name__, ul * 2, [0] + ul, ul == [1, 2, 3, 9])
us = UserString("hey")
print(us.upper(), us + "!", len(us), us[1], "e" in us, us.split("e"), type(us.upper()).__name__)
