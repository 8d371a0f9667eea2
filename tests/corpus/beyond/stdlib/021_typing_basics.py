from typing import List, Dict, Optional, Union, NamedTuple, TypedDict, Any, Callable, get_type_hints
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {}
print(f.__annotations__['x'], f.__annotations__['y'], f.__annotations__['return'])
print(get_type_hints(f))
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp('a'), Emp('b', 7).id, Emp._fields)
class TD(TypedDict):
    a: int
print(TD(a=1), Union[int, str], Optional[int], Callable[[int], str])
print(List[int] == list[int], int | str)
