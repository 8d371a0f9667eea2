public_a = 1
public_b = 2
hidden_ = 3
__all__ = ["public_a", "public_b"]
