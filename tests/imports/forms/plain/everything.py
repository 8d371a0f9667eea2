visible = "yes"
_private = "no"
