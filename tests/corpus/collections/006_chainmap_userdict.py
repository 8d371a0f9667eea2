from collections import ChainMap, UserDict, UserList, UserString
defaults = {'color': 'red', 'size': 'M'}
user = {'size': 'L'}
cm = ChainMap(user, defaults)
print(cm['color'], cm['size'], len(cm), sorted(cm), dict(sorted(cm.items())))
cm['new'] = 1; print(user)
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents['color'], child.maps[0])
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ld = LowerDict(); ld['ABC'] = 1; print(ld, 'abc' in ld, ld.data)
ul = UserList([3, 1]); ul.append(2); ul.sort(); print(ul, ul.data, len(ul))
us = UserString('hey'); print(us.upper(), us + '!', len(us))
