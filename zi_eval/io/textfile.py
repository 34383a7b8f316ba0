"""Read user files safely (size limit, encoding detection) and write outputs atomically."""

from __future__ import annotations

import errno
import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from zi_eval import limits
from zi_eval.errors import InputError, fail

#: Largest input file read, in bytes; ``ZI_EVAL_MAX_BYTES`` overrides it.
DEFAULT_MAX_BYTES = limits.BYTES.default


def max_bytes() -> int:
    """Return the input size limit in bytes (environment ``ZI_EVAL_MAX_BYTES`` or the default)."""
    return limits.BYTES.value()


#: The errors :meth:`pathlib.Path.exists` reads as "no such file" (others, like a permission error, are raised).
_NO_FILE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def read_bytes(path: str | Path) -> bytes:
    """Read a whole file, refusing files larger than :func:`max_bytes` or that do not exist."""
    p = Path(path)
    try:
        st = p.stat()  # one call answers "exists", "regular file" and "size" (a batch reads thousands)
    except OSError as exc:
        if exc.errno not in _NO_FILE:
            raise
        raise fail(str(path), None, "file", "an existing file", "no such file") from None
    except ValueError:  # a NUL in the name: no file can have it
        raise fail(str(path), None, "file", "an existing file", "no such file") from None
    if not stat.S_ISREG(st.st_mode):
        raise fail(str(path), None, "file", "a regular file", "a directory or special file")
    size = st.st_size
    limit = max_bytes()
    if size > limit:
        raise fail(str(path), None, "file", f"at most {limit} bytes (ZI_EVAL_MAX_BYTES)", f"{size} bytes")
    return p.read_bytes()


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``.

    Handles UTF-8 with or without BOM, UTF-16 (BOM, or NUL-interleaved ASCII) and falls back to
    Windows-1252 for legacy files (then Latin-1, which never fails).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0] != 0:
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    if len(data) >= 4 and data[0:4:2] == b"\x00\x00" and data[1] != 0:
        return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _target(path: str | Path) -> tuple[Path, bool]:
    """The file ``path`` writes to (a link followed) and whether it is written in place (a device or
    a pipe); a folder or a read-only file is refused with the reason (exit 3)."""
    p = Path(path)
    if p.is_dir():
        # an output path is only ever replaced by the file asked for, never a folder
        raise fail(str(path), None, "output", "a file path", "an existing folder")
    if p.is_symlink():
        p = Path(os.path.realpath(p))
    if p.exists() and not p.is_file():
        return p, True
    if p.exists() and (not os.access(p, os.W_OK) or not p.stat().st_mode & 0o222):
        # a file marked read-only stays so, even for root (who may write anything)
        raise fail(str(path), None, "output", "a file one may write", "a read-only file")
    return p, False


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so no half file is left.

    What ``path`` names is respected: a symbolic link is followed (its target is replaced, the link
    kept); a device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is written in place, never
    renamed over; a folder, a file without write permission and a folder one may not write in are
    refused with the reason (exit 3), never replaced.
    """
    p, in_place = _target(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if in_place:  # a device or a pipe: written in place
        try:
            with open(p, "wb") as fh:
                fh.write(payload)
        except OSError as exc:
            raise fail(str(path), None, "output", "a file one may write", os_error_words(exc)) from None
        return
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=str(p.parent))
    except OSError as exc:
        raise fail(
            str(path), None, "output", "a path in a folder one may write", os_error_words(exc)
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, p)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise fail(str(path), None, "output", "room to write the file", os_error_words(exc)) from None
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_all(files: dict[Path, bytes | str]) -> None:
    """Write several files as one: all or none of them new.

    Every target is checked first (:func:`write_atomic`'s rules), then all are written with the
    termination signals held, so a stop (SIGTERM, Ctrl-C) lands before or after, never between:
    a report folder never mixes new and old files.
    """
    problems = []
    for path in files:
        try:
            _target(path)
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    with held_signals():
        for path, data in files.items():
            write_atomic(path, data)


@contextmanager
def held_signals() -> Iterator[None]:
    """Hold SIGTERM and SIGINT for the block: one that comes is acted on when the block ends.

    The handlers are swapped, not the signal mask: a mask holds a signal for one thread only, and
    the libraries' worker threads would take it. Outside the main thread nothing can be held.
    """
    came: list[signal.Signals] = []
    try:
        old = {s: signal.signal(s, lambda signum, frame: came.append(signal.Signals(signum))) for s in _HELD}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
        if came:
            handler = old[came[0]]
            if callable(handler):
                handler(came[0], None)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(came[0])


_HELD = (signal.SIGTERM, signal.SIGINT)


def os_error_words(exc: OSError) -> str:
    """An operating-system error in a few words ("no permission", "the disk is full")."""
    import errno

    words = {
        errno.EACCES: "no permission",
        errno.EPERM: "no permission",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "a read-only file system",
        errno.ENAMETOOLONG: "a name too long",
        errno.ENOTDIR: "a path through a file",
    }
    return words.get(exc.errno or 0, "an error of the system")
