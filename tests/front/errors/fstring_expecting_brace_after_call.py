print("before")
("")f"{"
