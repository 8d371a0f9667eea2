[(j := 1) for i in a for j in b]
