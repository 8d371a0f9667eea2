print("before")
print "hello"
