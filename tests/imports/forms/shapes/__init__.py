"""Shapes."""
from . import square
