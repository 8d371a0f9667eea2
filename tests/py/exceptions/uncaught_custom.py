# Uncaught custom exception with a custom __str__.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
balance = 100
for amount in (30, 50, 40):
    balance = withdraw(balance, amount)
    print("balance now", balance)
