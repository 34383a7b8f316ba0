"""Tell an evidence cell that names no evidence ("belum ada", "N/A", "menyusul", "✓") from one that does.

Units fill the Data Dukung / Link Bukti column with what they have, and with what they do not:
"belum ada", "tidak ada", "menyusul", "TBA", "-", "0", or a bare "ada" / "terlampir" / "✓" that
claims a document without naming or linking it, a document still being made ("sedang disusun", "SK
akan diterbitkan"), a place instead of a document ("Google Drive", "terlampir di folder", a bare
"https://", a link to a drive's front page or to a file without its id: ``…/drive/u/0/my-drive``,
``…/file/d/``), or a pointer elsewhere ("lihat P.1.i.a", "klik disini" without its link). None of these
is evidence: counting them would
score an answer as evidenced that is not (the worst answer: wrong, with exit 0). A cell holding a
link with another scheme than http(s) (``javascript:…``, ``file:…``) names nothing either.

The words a link shows in place of its document's name ("Lihat", "Buka", "Unduh", "Klik di sini",
``=HYPERLINK(url; "Lihat")``) name no document either: beside its link, such a line leaves the link
untitled (a name beside it, or its address, titles it).
"""

from __future__ import annotations

import re

from zi_eval.io.words import norm

#: Whole cells (normalised: lower case, letters and digits) that name no evidence.
NO_EVIDENCE = frozenset(
    {
        "",
        "0",
        "x",
        "v",
        "ok",
        "ya",
        "ada",
        "sudah",
        "lengkap",
        "terlampir",
        "lampiran",
        "tidak",
        "belum",
        "belum ada",
        "tidak ada",
        "belum tersedia",
        "tidak tersedia",
        "belum diunggah",
        "belum upload",
        "belum di upload",
        "belum diupload",
        "menyusul",
        "akan menyusul",
        "link menyusul",
        "segera",
        "dalam proses",
        "proses",
        "on progress",
        "kosong",
        "nihil",
        "nil",
        "none",
        "null",
        "na",
        "n a",
        "tba",
        "tbd",
        "todo",
        "belum ada data dukung",
        "tidak ada data dukung",
        "data dukung menyusul",
        "link",
        "tautan",
        "url",
        "klik",
        "klik disini",
        "klik di sini",
        "klik link",
        "disini",
        "di sini",
        # what a link's cell shows in place of its document's name (=HYPERLINK(url, "Lihat"))
        "lihat",
        "buka",
        "buka link",
        "buka disini",
        "buka di sini",
        "unduh",
        "unduh disini",
        "unduh di sini",
        "download",
        "download disini",
        "download di sini",
        "link disini",
        "link di sini",
        "open",
        "view",
        "click here",
        "here",
        "idem",
    }
)
#: Cell openings that point elsewhere instead of naming evidence ("lihat P.1.i.a", "sama dengan di atas").
_ELSEWHERE = ("lihat ", "idem ", "sama dengan ", "see ", "ditto ")
#: Link schemes that name no document a person can open from the report ("Laporan: SK Tim" is text).
_OTHER_SCHEME = re.compile(r"^\s*(?:javascript|vbscript|data|about|blob|chrome|ms-[a-z-]+):\S", re.IGNORECASE)


#: A cell saying its document is still being made: "Sedang disusun", "SK akan diterbitkan", "masih
#: dalam proses", "Laporan on progress": no document yet.
_PENDING = re.compile(
    r"\b(?:sedang|akan|masih)\s+(?:di|ter|dalam\b|proses|menyusun|membuat|mengajukan)\w*|\bdalam proses\b"
    r"|\bon (?:progress|process)\b"
)
#: A cell naming a place, not a document: "Google Drive", "terlampir di folder", "ada di drive",
#: a bare "https://" (normalised: "https").
_PLACE = re.compile(
    r"(?:(?:ada |terlampir |tersedia |disimpan )?(?:di |pada |dalam )?)?(?:google drive|gdrive|g drive|drive|"
    r"one ?drive|dropbox|folder(?: data dukung| drive| google drive)?|link drive|lampiran)|https?(?: www)?|www"
)


#: A link that opens no document: a drive's own pages (My Drive, Recent, Shared with me: each person sees
#: their own), the address of a file or document with its id left out (``/file/d/``, ``open?id=``), or a
#: storage site's front page, with or without a query ("?usp=sharing"). It ends where the address ends
#: (a space, a bracket, a comma, a full stop): a file's address goes on with its id and is kept.
_NOWHERE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:"
    r"(?:drive|docs)\.google\.com(?:/(?:drive(?:/u/\d+)?(?:/(?:my-drive|home|recent|shared-with-me|starred|"
    r"computers|trash|shared-drives|search))?|(?:file|document|spreadsheets|presentation|forms)(?:/u/\d+)?"
    r"(?:/d)?|open\?id=))?"
    r"|onedrive\.live\.com|dropbox\.com(?:/home)?"
    r")/?(?:\?[^\s)\]>,;'\"]*)?(?=$|[\s)\]>,;'\".])",
    re.IGNORECASE,
)


def without_nowhere_links(text: str) -> str:
    """``text`` without the links that open no document (:data:`_NOWHERE`): what is left names evidence,
    or does not."""
    return _NOWHERE.sub(" ", text) if "." in text else text


def has_nowhere_link(text: str) -> bool:
    """Whether ``text`` holds a link that opens no document (a drive's front page, a file without its id)."""
    return bool(_NOWHERE.search(text or "")) and "." in text


#: A link in a cell: an address with a host after its scheme, "www." and a host, or a host and a path.
_LINKED = re.compile(r"https?://[^\s/]+\.[^\s/]{2,}|www\.[^\s/.]+\.\S|\w\.\w{2,}/\S", re.IGNORECASE)


def names_no_evidence(text: str) -> bool:
    """Tell whether an evidence cell (or one line of it) names no evidence at all."""
    if _OTHER_SCHEME.match(text or ""):
        return True
    text = without_nowhere_links(text or "")
    words = norm(text)
    if words in NO_EVIDENCE:
        return True
    if _LINKED.search(text or ""):
        # "sedang direvisi: https://…" links a document (a draft is one); "Lihat: https://…" points at
        # its link, not elsewhere ("lihat P.1.i.a")
        return False
    return bool(
        words.startswith(_ELSEWHERE)
        or _PENDING.search(words)
        or _PLACE.fullmatch(words)
        or _NOT_THERE.search(words)
    )


def says_nothing(text: str) -> bool:
    """Tell whether the words beside a link name no document: a link's word ("Link", "Lihat", "Klik di
    sini"), a place ("folder", "Google Drive"), a claim ("ada", "terlampir"). "Lihat SK Tim" names one."""
    words = norm(text or "")
    return words in NO_EVIDENCE or bool(_PLACE.fullmatch(words))


#: Words opening a cell that says its document is not there ("Belum ada", "Tidak ada data", "Kosong"): the
#: openings both :data:`_NOT_THERE` and :data:`_DENIES` read.
_ABSENT = "belum|blm|tidak|tdk|tak|kosong|nihil"
#: Words saying a cell's document is not there, in a cell without a link: "Tidak ada data", "Belum ada
#: SK", "SK belum terbit", "Data dukung belum ada", "Tidak dilaksanakan" (a document's own title may say
#: "belum" in passing: "Daftar pegawai yang belum lapor LHKPN" names one, so "belum" counts only so;
#: "Foto komitmen (belum diunggah)" names a document not uploaded, which a links table says as such).
_NOT_THERE = re.compile(
    rf"^(?:{_ABSENT})\b|\bmenyusul\b|\bbelum (?:ada|terbit|tersedia|dibuat|disusun|dilaksanakan|selesai|lengkap)\b"
)


#: Openings and words of a cell saying its evidence is not there (yet): "belum ada", "tidak ada",
#: "link menyusul", "N/A", "0". Excel keeps a cell's hyperlink when its text is typed over, so a link
#: behind such a cell is one left behind, not evidence. "Klik di sini", "Terlampir", "ada" point at it.
_DENIES = re.compile(
    rf"^(?:{_ABSENT}|nil|none|null|na|n a|tba|tbd|todo|0|x|segera|dalam proses|proses|on progress)\b"
    r"|\b(?:menyusul|belum)\b"
)


def denies_evidence(text: str) -> bool:
    """Tell whether a cell says its evidence is not there ("belum ada", "menyusul", "-", "N/A"), as
    opposed to pointing at a link ("Klik di sini", "Terlampir") or naming a document."""
    words = norm(text or "")
    if not words:
        return bool((text or "").strip())  # "-", "—", "?": a mark for nothing
    return bool(_DENIES.search(words))


#: A file's name saying its document is not there: "BELUM ADA", "Data dukung belum tersedia", "SK
#: menyusul", "N/A", "kosong". Stricter than a cell's words: a document's own name may open with "Tidak
#: ada …" ("Tidak ada temuan LHP": a statement) or say "akan dilaksanakan" (a schedule).
_FILE_NONE = re.compile(
    r"^(?:(?:data dukung|dokumen|berkas|file|bukti|link|eviden\w*)\s+)?(?:belum|blm|tidak|tdk)\s+"
    r"(?:ada|tersedia|diunggah|diupload|di upload|upload|terbit|dibuat|disusun|lengkap)"
    r"(?:\s+(?:data dukung|dokumen|berkas|file|bukti|datanya|dokumennya))?$"
    r"|\bmenyusul\b|^(?:kosong|nihil|nil|none|null|na|n a|tba|tbd|todo|dummy|placeholder)$"
)


def file_says_none(stem: str) -> bool:
    """Tell whether a file's name (without its extension) says its document is not there ("BELUM ADA",
    "menyusul", "-"): a placeholder a unit put in an item's folder, not evidence. A name like a cell's
    pointer ("Lampiran", "Terlampir", "Link") names a document all the same: the file is there."""
    words = norm(stem or "")
    if not words:  # "-.pdf", "_.docx": a dash for "nothing"; a name of other signs ("🎉") is a name
        return not (stem or "").strip("-_.–— ")
    return bool(_FILE_NONE.search(words))
