# An inventory/order system mixing classes, dicts, sorting, generators and exceptions.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
class Item:
    __slots__ = ("sku", "name", "price", "qty")
    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f"Item({self.sku}, {self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self, items):
        self.items = {it.sku: it for it in items}
    def __contains__(self, sku):
        return sku in self.items
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda it: it.sku))
    def reserve(self, order):
        missing = [(sku, n) for sku, n in order.items() if sku not in self]
        if missing:
            raise KeyError(", ".join(sku for sku, _ in missing))
        for sku, n in order.items():
            if self.items[sku].qty < n:
                raise OutOfStock(sku, n, self.items[sku].qty)
        for sku, n in order.items():
            self.items[sku].qty -= n
        return sum(self.items[sku].price * n for sku, n in order.items())
    def low_stock(self, threshold):
        for it in self:
            if it.qty <= threshold:
                yield it.sku, it.qty
inv = Inventory([Item("A1", "widget", 250, 10), Item("B2", "gadget", 1299, 3), Item("C3", "doohickey", 75, 0),
                 Item("D4", "gizmo", 500, 7)])
orders = [{"A1": 2, "D4": 1}, {"B2": 5}, {"C3": 1}, {"A1": 8, "B2": 3}, {"Z9": 1, "A1": 1}, {"A1": 1}]
revenue = 0
for n, order in enumerate(orders, 1):
    try:
        total = inv.reserve(order)
    except OutOfStock as e:
        print(f"order {n}: out of stock -> {e}")
    except KeyError as e:
        print(f"order {n}: unknown sku {e}")
    else:
        revenue += total
        print(f"order {n}: ok, total ${total / 100:,.2f}")
print(f"revenue ${revenue / 100:.2f}")
for it in inv:
    print(" ", it)
print(list(inv.low_stock(2)))
report = sorted(inv, key=lambda it: (-it.price * it.qty, it.name))
print([(it.name, it.price * it.qty) for it in report])
by_bucket = {}
for it in inv:
    bucket = "empty" if it.qty == 0 else "low" if it.qty < 5 else "ok"
    by_bucket.setdefault(bucket, []).append(it.sku)
print(by_bucket)
try:
    inv.items["A1"].colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
