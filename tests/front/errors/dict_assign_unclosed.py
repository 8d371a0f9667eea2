print("before")
{a =
