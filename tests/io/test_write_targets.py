"""``-o`` writes what was asked and nothing else: devices and pipes in place, links followed,
read-only files and unwritable folders refused (issue 17 #12, #13)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from zi_eval.errors import InputError
from zi_eval.io.textfile import write_atomic


def test_a_symbolic_link_is_followed_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"


def test_a_fifo_is_written_in_place_not_renamed_over(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "hello")
    reader.join(timeout=10)
    assert got == [b"hello"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_dev_null_stays_a_device() -> None:
    write_atomic("/dev/null", "nothing")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_read_only_file_is_refused_even_for_root(tmp_path: Path) -> None:
    f = tmp_path / "ro.txt"
    f.write_text("keep", encoding="utf-8")
    f.chmod(0o444)
    with pytest.raises(InputError) as exc:
        write_atomic(f, "new")
    assert "read-only" in str(exc.value) and f.read_text(encoding="utf-8") == "keep"


def test_a_folder_one_cannot_write_in_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        write_atomic("/proc/no-such-folder/out.txt", "x")
    assert "folder one may write" in str(exc.value)
