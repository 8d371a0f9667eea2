print("before")
café = "naïve" + ⁂
