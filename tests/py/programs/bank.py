# A bank-account simulation with custom exceptions and a transaction log.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance
class AccountFrozen(BankError):
    pass
class InvalidAmount(BankError, ValueError):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} ({self.owner}) is frozen")
        if not isinstance(amount, int) or amount <= 0:
            raise InvalidAmount(f"invalid amount {amount!r}")
    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[owner] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except BankError:
                a.balance += amount
                a.history.pop()
                raise
        except BankError as e:
            self.log.append(f"FAILED {src}->{dst} {amount}: {type(e).__name__}")
            raise
        else:
            self.log.append(f"ok {src}->{dst} {amount}")
        finally:
            self.log.append(f"  balances {a.balance}/{b.balance}")
bank = Bank()
for name, bal in (("alice", 100), ("bob", 50), ("carol", 0)):
    bank.open(name, bal)
operations = [("alice", "bob", 30), ("bob", "carol", 100), ("carol", "alice", -5), ("bob", "carol", 80),
              ("alice", "dave", 10), ("carol", "alice", 40)]
bank.accounts["carol"].frozen = False
for i, (src, dst, amt) in enumerate(operations):
    if i == 4:
        bank.accounts["alice"].frozen = True
    try:
        bank.transfer(src, dst, amt)
        print(f"transfer {src}->{dst} {amt}: ok")
    except InsufficientFunds as e:
        print(f"transfer {src}->{dst} {amt}: {e} (short by {e.shortfall})")
    except InvalidAmount as e:
        print(f"transfer {src}->{dst} {amt}: invalid: {e} | is ValueError: {isinstance(e, ValueError)}")
    except KeyError as e:
        print(f"transfer {src}->{dst} {amt}: no such account {e}")
    except BankError as e:
        print(f"transfer {src}->{dst} {amt}: {type(e).__name__}: {e}")
print(*bank.log, sep="\n")
for acct in bank.accounts.values():
    print(acct, acct.history)
print(sum(a.balance for a in bank.accounts.values()))
