# compile: mode=single
for i in range(3): i * 2; print(i); x: int = i
