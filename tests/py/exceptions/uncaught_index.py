# Uncaught IndexError from walking past the end of a list.
data = [10, 20, 30]
print(data[-1], data[-3], data[1:10])
try:
    data[3]
except IndexError as e:
    print("handled:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("handled:", e)
matrix = [[1, 2], [3, 4]]
print(matrix[1][0])
i = 0
while True:
    print(data[i])
    i += 1
