"""Tell an exception raised by a parsing library on a broken file from a bug in our own code.

pdfminer, pdfplumber, python-docx and lxml raise exceptions of many kinds on damaged files; those
are the user's problem (exit 3, with what the library said). An exception raised in zi-eval's
own code is our bug and must reach the CLI's internal-error path (exit 4), not pass for a damaged
file.
"""

from __future__ import annotations

import os

_OURS = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def raised_by_library(exc: BaseException) -> bool:
    """Tell whether ``exc`` was raised inside a library rather than in zi-eval's own code."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return True
    return not os.path.abspath(last.tb_frame.f_code.co_filename).startswith(_OURS + os.sep)
