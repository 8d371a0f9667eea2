"""Module docstring.

With several lines, a \t tab escape and a trailing newline.
"""


def f():
    """Function docstring."""


def g():
    'Single-quoted docstring.'
    return 1


def h():
    r"""Raw docstring with \backslashes."""


def i():
    b"""Bytes are not docstrings, but still an expression statement."""


def j():
    f"""f-strings are not docstrings either: {x}"""


def k():
    "Implicitly " "concatenated " """docstring"""


class C:
    """Class docstring."""

    def m(self):
        """
            Indented docstring.

        Dedent is not applied by the parser.
        """


class D:
    u"""Docstring with a u prefix."""
    x = 1


async def a():
    """Async docstring."""
    await b


"""A string statement that is not a docstring."""
