# Uncaught KeyError with a string key after handled lookups.
stock = {"apples": 3, "pears": 0, "figs": 12}
print(stock.get("plums"), stock.get("plums", 0), "plums" in stock)
try:
    stock["kiwis"]
except KeyError as e:
    print("handled KeyError:", e)
restock = {"pears": 5, "plums": 7}
for fruit, n in restock.items():
    if fruit in stock:
        stock[fruit] += n
print(stock)
order = ["apples", "pears", "figs", "plums"]
for fruit in order:
    print(fruit, stock[fruit])
print("unreachable")
