print("before")
"\U"
\t
