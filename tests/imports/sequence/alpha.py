import sys
BETA_SAW = None
import beta
FROM_BETA = beta.VALUE
