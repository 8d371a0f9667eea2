x = 1
# only a comment on the last line, no newline