"""Print the report page to PDF with headless Chromium (A4), for the head of office.

Chromium lays the page out exactly as a browser shows it and honours the page's print rules (A4,
tables and charts kept whole, see the ``@media print`` block of the page's style). It is found as
``$ZI_EVAL_CHROMIUM``, ``chromium``, ``chromium-browser``, ``google-chrome`` or ``chrome`` on the
PATH; when none is there, :class:`ChromiumMissing` says so and the HTML report stands alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from zi_eval.io.textfile import write_atomic

#: Seconds Chromium may take to print one report.
TIMEOUT_S = 120
_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")


class ChromiumMissing(RuntimeError):
    """No Chromium or Chrome to print with."""


def find_chromium() -> str | None:
    """The Chromium executable to print with, or ``None``."""
    env = os.environ.get("ZI_EVAL_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    return next((p for p in (shutil.which(n) for n in _NAMES) if p), None)


def print_pdf(page: Path, target: Path) -> Path:
    """Print ``page`` (an HTML file) to ``target`` (written atomically); return ``target``."""
    exe = find_chromium()
    if exe is None:
        raise ChromiumMissing("chromium")
    fd, tmp = tempfile.mkstemp(prefix="zi-report-", suffix=".pdf")
    os.close(fd)
    try:
        with tempfile.TemporaryDirectory(prefix="zi-chromium-") as profile:
            subprocess.run(
                [
                    exe,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    f"--user-data-dir={profile}",
                    "--no-pdf-header-footer",
                    f"--print-to-pdf={tmp}",
                    page.resolve().as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=TIMEOUT_S,
            )
        if os.path.getsize(tmp) == 0:
            raise RuntimeError(f"chromium wrote an empty PDF for {page}")
        write_atomic(target, Path(tmp).read_bytes())  # as any output: a link followed, read-only refused
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
