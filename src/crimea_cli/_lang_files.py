"""The languages this package ships, by the names of the files in
``crimea_cli/lang/``: a language is the module ``lang/<code>.py``, its code
lower-case ASCII letters. Apart from :mod:`crimea_cli.lang`, which uses it,
so that the codes can be listed without importing that package
(``crimea-cli --help`` lists them)."""

from __future__ import annotations

import os

FOLDER = os.path.join(os.path.dirname(__file__), "lang")
"""Where the package's language modules are."""


def shipped(code: str) -> bool:
    """Whether ``code`` can be the code of one of the package's languages."""
    return code.isascii() and code.isalpha() and code.islower()


def shipped_codes() -> list[str]:
    """The codes of the package's language modules, sorted (from their file
    names: no module is imported to list them)."""
    return sorted(name[:-3] for name in os.listdir(FOLDER)
                  if name.endswith(".py") and shipped(name[:-3]))
