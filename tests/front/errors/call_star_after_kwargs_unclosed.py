print("before")
f f(**k,*
