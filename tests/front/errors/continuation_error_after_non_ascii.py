print("before")
"é"\{
