# coding: latin-1
print("before")
s = "café" +
