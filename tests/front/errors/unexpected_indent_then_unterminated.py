print("before")
 "abc
