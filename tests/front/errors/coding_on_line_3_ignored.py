#!/usr/bin/env python3
print("before")
# coding: latin-1
x = "café"
