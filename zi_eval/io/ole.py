"""Read one stream out of an OLE2 compound file (the container of .xls workbooks), without a library.

Only what measuring an .xls needs: the sector allocation table, the directory, the mini stream for
small streams. Anything that does not add up (a loop in a chain, a sector past the end) gives
``None``: the caller then leaves the file to the real reader, which says what is wrong with it.
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF


class _Broken(Exception):
    """The compound file does not add up."""


def _chain(fat: list[int], start: int, limit: int) -> list[int]:
    out: list[int] = []
    seen: set[int] = set()
    s = start
    while s not in (_END, _FREE):
        if s in seen or s >= len(fat) or len(out) > limit:
            raise _Broken
        seen.add(s)
        out.append(s)
        s = fat[s]
    return out


def read_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first stream of ``data`` named one of ``names`` (``Workbook``, ``Book``), or ``None``."""
    try:
        return _read(data, names)
    except (_Broken, struct.error, IndexError, ValueError):
        return None


def _read(data: bytes, names: tuple[str, ...]) -> bytes | None:
    if not data.startswith(MAGIC) or len(data) < 512:
        return None
    size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
    n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
    cutoff, minifat_start, n_minifat, difat_start, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    sectors = (len(data) - size) // size
    if size not in (512, 4096) or n_fat > sectors:
        raise _Broken

    def sector(s: int) -> bytes:
        if s >= sectors:
            raise _Broken
        return data[(s + 1) * size : (s + 2) * size]

    difat = [s for s in struct.unpack_from("<109I", data, 0x4C) if s not in (_END, _FREE)]
    s = difat_start
    for _ in range(n_difat):
        if s in (_END, _FREE):
            break
        entries = struct.unpack(f"<{size // 4}I", sector(s))
        difat += [e for e in entries[:-1] if e not in (_END, _FREE)]
        s = entries[-1]
    fat: list[int] = []
    for s in difat[:n_fat]:
        fat += struct.unpack(f"<{size // 4}I", sector(s))

    def stream(start: int, length: int) -> bytes:
        body = b"".join(sector(s) for s in _chain(fat, start, sectors))
        return body[:length]

    directory = stream(dir_start, sectors * size)
    records = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    root = records[0]
    for e in records:
        name_len = struct.unpack_from("<H", e, 64)[0]
        name = e[: max(0, name_len - 2)].decode("utf-16-le", "replace")
        if e[66] != 2 or name not in names:
            continue
        start, length = struct.unpack_from("<II", e, 116)
        if length >= cutoff:
            return stream(start, length)
        # a small stream lives in the mini stream (the root entry's data), in 64-byte sectors
        mini = stream(*struct.unpack_from("<II", root, 116))
        minifat: list[int] = []
        for s in _chain(fat, minifat_start, sectors)[:n_minifat]:
            minifat += struct.unpack(f"<{size // 4}I", sector(s))
        parts = _chain(minifat, start, len(mini) // mini_size)
        return b"".join(mini[p * mini_size : (p + 1) * mini_size] for p in parts)[:length]
    return None
