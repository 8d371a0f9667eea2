print("before")
from os import path,
