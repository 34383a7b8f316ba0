"""Split a cell of links ("SK Tim: https://…; Notulen https://…") into one link each, with its title.

A cell may hold several links on one line or on several lines, each with the words around it as
its name ("1. SK Tim Kerja https://…", "https://… (Notulen)"), a name on one line and its link on
the next, a local path (``Data Dukung/Area I/SK.pdf``, ``D:\\ZI\\SK.pdf``, ``file:///…``), or only a
document's name with no link at all. The title of a link without words around it is the last
meaningful segment of its URL or path; words that name no document ("Link: https://…", "https://…
(folder)", a line "Lihat" or "Klik di sini" above it: :func:`zi_eval.evidence.absent.says_nothing`)
leave it untitled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from zi_eval.evidence.absent import names_no_evidence, says_nothing, without_nowhere_links
from zi_eval.io.words import clean

#: An address up to white space, or up to a "," or ";" that starts the next one ("…?usp=sharing,https://…").
_URL = re.compile(r"https?://(?:(?![,;]\s*(?:https?://|www\.))[^\s<>\"'\[\]{}|\\^`])+", re.IGNORECASE)
#: Links pasted without their scheme: the hosts units keep data dukung on.
_BARE = re.compile(
    r"(?<![\w@/.-])(?:www\.|(?:drive|docs)\.google\.com/|bit\.ly/|s\.id/|onedrive\.live\.com/|1drv\.ms/)"
    r"[^\s<>\"'\[\]{}|\\^`]+",
    re.IGNORECASE,
)
_TRAIL = ".,;:)]'\""
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_EXT = re.compile(r"\.[A-Za-z0-9]{2,5}$")
#: File kinds a bare name (no folder) must end with to count as a path rather than a document's name.
_DOC_EXT = frozenset(
    {"pdf", "doc", "docx", "xls", "xlsx", "xlsm", "ods", "odt", "odp", "ppt", "pptx", "csv", "txt"}
    | {"jpg", "jpeg", "png", "gif", "heic", "mp4", "mov", "avi", "zip", "rar", "7z"}
)
#: Separators and list numbering around a link's name ("1.", "a)", "-", "•", ":", "|").
_EDGE = re.compile(
    r"^(?:\s|[-–—•*:;,|=>\[\]]|\d{1,2}[.)](?=\s)|[a-zA-Z][.)](?=\s))+|(?:\s|[-–—•*:;,|=<\[\]])+$"
)
#: URL path segments that name an action, not a document.
_GENERIC = frozenset(
    {"view", "edit", "preview", "open", "folders", "file", "d", "u", "0", "drive", "sharing"}
)


@dataclass(frozen=True)
class Link:
    """One link of a cell: its title (``None``: none given), and a URL or a local path (or neither)."""

    title: str | None
    url: str | None = None
    path: str | None = None


#: Words that only join two links in a cell.
_JOINING = frozenset(("dan", "serta", "atau", "and", "or", "&", "+", "dan/atau"))


def _strip(text: str) -> str:
    prev = None
    t = clean(text)
    while prev != t:
        prev, t = t, _EDGE.sub("", t).strip()
        if t.startswith("(") and t.endswith(")") and t.count("(") == t.count(")"):
            t = t[1:-1]  # "(Notulen rapat)" after its link
        elif t.endswith("(") and t.count("(") > t.count(")"):
            t = t[:-1]  # "lihat folder (" before "https://…)"
        elif t.startswith(")") and t.count(")") > t.count("("):
            t = t[1:]
    if t.lower() in _JOINING:
        return ""  # "https://…/b1 dan https://…/b2": the word between two links names neither
    return t if any(ch.isalnum() for ch in t) else ""  # a lone "." or "/" left between links names nothing


def _named(text: str) -> str:
    """The words beside a link as its name; ``""`` when they name no document ("Link:", "(folder)")."""
    name = _strip(text)
    return "" if says_nothing(name) else name


def _urls(line: str) -> list[tuple[int, int, str]]:
    """The URLs of a line as ``(start, end, url)``; a link pasted without ``https://`` gets it."""
    found: list[tuple[int, int, str]] = []
    for rx, prefix in ((_URL, ""), (_BARE, "https://")):
        for m in rx.finditer(line):
            raw = m.group(0).rstrip(_TRAIL)
            if raw.count("(") < raw.count(")"):
                raw = raw[: raw.rfind(")")]
            start = m.start()
            if any(s <= start < e for s, e, _ in found):
                continue
            # "HTTPS://…" typed in capitals: the scheme is written lower-case, the rest as given
            url = prefix + re.sub(r"^https?", lambda m: m.group(0).lower(), raw, flags=re.IGNORECASE)
            found.append((start, start + len(raw), url))
    return sorted(found)


#: Share links that open a folder, not one document: Google Drive's folders, SharePoint's ``:f:`` links,
#: Dropbox's shared folders (a SharePoint library page: :data:`_SHAREPOINT_PAGE`).
_FOLDER_LINK = re.compile(
    r"^https?://(?:drive\.google\.com/(?:drive/(?:u/\d+/)?folders/|open\?id=[^&]*&.*folder)"
    r"|[^/]*sharepoint\.com/:f:/"
    r"|(?:www\.)?dropbox\.com/(?:scl/fo/|sh/))",
    re.IGNORECASE,
)


#: A SharePoint library page: a folder when the path it opens (``id=``) ends in no file's extension.
_SHAREPOINT_PAGE = re.compile(
    r"^https?://[^/]*sharepoint\.com/.*/Forms/AllItems\.aspx\?(?:.*&)?id=([^&#]+)", re.I
)


def opens_folder(url: str) -> bool:
    """Tell whether a share link opens a folder (``…/drive/folders/1AbC…``, a SharePoint library page
    on a folder) rather than one document (a SharePoint page previewing ``…/SK%20SOP.pdf``)."""
    page = _SHAREPOINT_PAGE.match(url or "")
    if page is not None:
        return not _EXT.search(unquote(page.group(1)).rstrip("/"))
    return bool(_FOLDER_LINK.match(url or ""))


def is_path(text: str) -> bool:
    """Tell a local path (``Area I/SK.pdf``, ``D:\\ZI\\SK.pdf``, ``file:///…``, ``SK Tim.pdf``) from a name."""
    t = text.strip()
    if not t or "\n" in t:
        return False
    if t.lower().startswith("file:") or _DRIVE.match(t) or t.startswith(("./", "../", ".\\", "/", "\\")):
        return True
    ext = _EXT.search(t)
    if ext is None:
        return False
    return ("/" in t or "\\" in t) or ext.group(0)[1:].lower() in _DOC_EXT


def local_path(text: str) -> str:
    """The path a path-like text names (``file:///x%20y`` → ``/x y``)."""
    t = text.strip()
    if t.lower().startswith("file:"):
        t = unquote(urlsplit(t).path)
        if re.match(r"^/[A-Za-z]:/", t):
            t = t[1:]  # file:///D:/ZI/SK.pdf
    return t


def name_of(url_or_path: str) -> str:
    """A title for a link given without words: the last meaningful segment of its URL or path."""
    if re.match(r"^https?://", url_or_path, re.IGNORECASE):
        parts = urlsplit(url_or_path)
        segs = [unquote(s) for s in parts.path.split("/") if s and s.lower() not in _GENERIC]
        return clean(segs[-1]) if segs else parts.netloc
    segs = [s for s in re.split(r"[\\/]", url_or_path) if s]
    return clean(segs[-1]) if segs else url_or_path


def _line_links(line: str) -> list[Link]:
    """The links of one line, each named by the words before it (or after it, when none come before)."""
    found = _urls(line)
    if not found:
        out = []
        for part in line.split(";"):  # names joined by "; " (the LKE's own evidence cells)
            text = _strip(part)
            if text:
                out.append(Link(None, path=local_path(text)) if is_path(text) else Link(text))
        return out
    gaps = []
    pos = 0
    for start, end, _ in found:
        gaps.append(_named(line[pos:start]))
        pos = end
    tail = _named(line[pos:])
    # "https://a (SK Tim), https://b (Notulen)": with no words before the first link, names follow links
    named = (*gaps[1:], tail) if not gaps[0] and tail else gaps
    names = [g or None for g in named]
    return [Link(n, url=u) for n, (_, _, u) in zip(names, found, strict=True)]


def split_links(cell: str) -> list[Link]:
    """Every link of an evidence cell, in order; a name alone on the line above a bare link names it."""
    out: list[Link] = []
    pending: str | None = None
    for line in re.split(r"\r\n|\r|\n|\u2028|\u2029", cell or ""):
        raw = without_nowhere_links(line)  # "SK Tim: https://drive.google.com/drive/my-drive" names no link
        if names_no_evidence(raw):
            continue  # "belum ada", "menyusul", "N/A", a bare "ada": no evidence to record
        links = _line_links(raw)
        if not links:
            continue
        if all(x.url is None and x.path is None for x in links):
            if pending is not None:
                out.append(Link(pending))
            out.extend(links[:-1])
            pending = links[-1].title
            continue
        if pending is not None:
            first = links[0]
            if first.title is None:
                links[0] = Link(pending, first.url, first.path)
            else:
                out.append(Link(pending))
            pending = None
        out.extend(links)
    if pending is not None:
        out.append(Link(pending))
    return out
