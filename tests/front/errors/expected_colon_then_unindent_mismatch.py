print("before")
class C
  s
 p
