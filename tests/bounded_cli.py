"""Run the CLI as a small server would: at most 4 GiB of address space (``RLIMIT_AS``).

For the inputs that once took gigabytes: under this limit they must still end as they should (a
one-line refusal, or a report), never in a MemoryError, a Rust abort or an exit 4.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

ADDRESS_SPACE = 4 * 2**30


def limit_address_space() -> None:
    """Cap the calling process (a child, through ``preexec_fn``) at :data:`ADDRESS_SPACE` bytes."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def cli_bounded(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``zi-eval *args`` under the address-space limit."""
    return subprocess.run(
        [sys.executable, "-m", "zi_eval", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        preexec_fn=limit_address_space,
        timeout=600,
    )
