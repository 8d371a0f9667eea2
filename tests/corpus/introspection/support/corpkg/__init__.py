from .sub import greet
PKG_CONST = 7
