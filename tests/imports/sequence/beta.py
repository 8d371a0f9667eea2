import alpha
import sys
VALUE = "beta"
alpha.BETA_SAW = sorted(k for k in vars(alpha) if not k.startswith("__"))
