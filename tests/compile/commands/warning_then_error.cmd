x = 1 is 1
return