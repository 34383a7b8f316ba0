"""Any tree of any names: the scan never fails, ids are valid and unique, supports are rubric items."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.evidence.trees import make_tree, remove_tree
from zi_eval.evidence.scan import scan_tree
from zi_eval.models.loading import load_rubric

RUBRIC = load_rubric()
NO_DOCUMENT = {
    "EVIDENCE_FILE_SAYS_NONE",
    "EVIDENCE_FILE_EMPTY",
    "EVIDENCE_FILE_UNFINISHED",
    "EVIDENCE_ZI_EVAL_FILE",
    "EVIDENCE_ARCHIVE",
}
IDENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

# pieces units put in names: codes, labels, dates, quarters, words, odd characters
PIECES = [
    "P.1.i.a", "R.1.ii", "1.i.a", "1.a", "a.", "ii.", "AREA I", "A.1.I.i", "PPA1A1", "TW I", "Semester 2",
    "12-01-2025", "2025-13-45", "20250112", "Januari", "Des", "SK", "Notulen", "Tim Kerja", "Pemenuhan",
    "Reform", "Komitmen Pimpinan", "Unit kerja telah membentuk tim", "(1)", "-", "_", " ", "é", "ü", "🎉",
    "#", "%", "&", "'", ",", ";", "~", "$", "[x]", "\\",
]  # fmt: skip
segment = (
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=5)
    .map("".join)
    .filter(lambda s: s.strip(" .") != "" and "/" not in s and len(s.encode()) < 200)
)
paths = st.lists(
    st.tuples(st.lists(segment, max_size=3), segment, st.sampled_from(["pdf", "jpg", "docx", "", "PDF"])),
    min_size=1,
    max_size=12,
)


@given(paths)
def test_any_tree_scans_cleanly(files: list[tuple[list[str], str, str]]) -> None:
    top = Path(tempfile.mkdtemp(prefix="zi-eval-prop-"))
    try:
        rels = sorted(
            {"/".join([*folders, f"{name}.{ext}" if ext else name]) for folders, name, ext in files}
        )
        try:
            root = make_tree(top / "dd", rels)
        except OSError:
            return  # a name the file system refuses (a folder and a file of one name, say)
        first = scan_tree(root, RUBRIC)
        again = scan_tree(root, RUBRIC)
        assert first == again
        ids = [r.id for r in first.records]
        # every file is a record, or said to be none ("-.pdf": a placeholder)
        said = sum(f["code"] in NO_DOCUMENT for f in first.findings)
        assert len(ids) == len(set(ids)) == first.files - said
        for r in first.records:
            assert IDENT.match(r.id) and len(r.id) <= 120
            assert r.title.strip()
            assert set(r.supports) <= set(RUBRIC.items)
            assert all(1 <= m <= 12 for m in r.months)
        for f in first.findings:
            assert f["code"].startswith("EVIDENCE_") and isinstance(f["path"], str)
    finally:
        remove_tree(top)
