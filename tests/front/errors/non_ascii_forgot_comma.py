print("before")
résumé = ("é", "ü" "ö" ñ)
