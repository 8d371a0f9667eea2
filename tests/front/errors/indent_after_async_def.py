print("before")
async def f():
return 1
