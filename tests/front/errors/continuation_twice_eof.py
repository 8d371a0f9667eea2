print("before")
b \
\