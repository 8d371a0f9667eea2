# compile: mode=single
a + 1
