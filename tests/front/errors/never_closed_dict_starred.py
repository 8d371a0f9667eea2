print("before")
{1: *
