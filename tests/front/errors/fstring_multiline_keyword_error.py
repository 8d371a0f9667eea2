print("before")
def g():f"""{
def():"""
