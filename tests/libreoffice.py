"""LibreOffice for the tests that need it: one way to convert a file (``soffice --convert-to``).

LibreOffice is optional (CI may not have it): :func:`soffice_convert` returns ``None`` without it and
the caller skips. Each conversion runs with a profile of its own, so two at once do not share one.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def soffice_convert(src: Path, fmt: str, outdir: Path | None = None, timeout: int = 300) -> Path | None:
    """``src`` saved by LibreOffice as ``fmt`` (``xls``, ``ods``, ``xlsx``…) in ``outdir`` (default: its folder).

    Returns the written file, or ``None`` when LibreOffice is not installed.
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    out = outdir or src.parent
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(out),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
        )
    written = out / f"{src.stem}.{fmt.split(':')[0]}"
    return written if written.exists() else None
