print("before")
 ]
