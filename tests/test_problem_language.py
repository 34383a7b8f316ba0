"""Bad-input problems speak the chosen language: every ``must``/``got`` phrase the code writes has its
Indonesian (zi_eval/problem_words.py), the default CLI prints ``harus …; didapat …``, ``--lang en``
prints the English unchanged, and a phrase with no translation prints wholly in English."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, ROOT
from tests.test_bad_inputs import case_args
from zi_eval.cli import main
from zi_eval.errors import Problem
from zi_eval.messages import MESSAGES
from zi_eval.models.validation import _PYD_WORDS, _TYPE_WORDS, pydantic_must
from zi_eval.problem_words import EXACT, PATTERNS, localise, translate

BAD = DATA / "bad"
ROWS = [
    line.split("\t")
    for line in (BAD / "expected.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]

# --- every phrase written in the code ---------------------------------------------------------------

#: Where each builder of a problem takes ``must`` and ``got`` (positional index); ``problem`` and
#: ``bad`` quote their ``got`` as a user value, so only their ``must`` is a phrase.
_BUILDERS = {"fail": (3, 4), "Problem": (3, 4), "problem": (2, None), "bad": (2, None)}
#: Functions that return phrases: the index of ``must``/``got`` in a returned tuple, or the kind of
#: every text they return.
_RETURNS: dict[str, dict[int | None, str]] = {
    "_describe": {1: "must", 2: "got"},
    "_types": {None: "must"},
    "path_rule": {None: "must"},
    "why_no_plan": {None: "got"},
}
_SAMPLE = "70"  # what an f-string's value reads as when the phrase is checked


def _texts(node: ast.expr | None) -> list[str] | None:
    """The texts an expression can produce, with ``70`` for values; ``None`` when not a text of ours."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out = ""
        for part in node.values:
            out += part.value if isinstance(part, ast.Constant) else _SAMPLE
        return [out]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _texts(node.left), _texts(node.right)
        if left is None or right is None:
            return None
        return [a + b for a in left for b in right]
    if isinstance(node, ast.IfExp):
        body, orelse = _texts(node.body), _texts(node.orelse)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join":
        sep = _texts(node.func.value)
        if sep is None:
            return None
        # " or " joins type words (``a list or empty``); other joins list values (``A, B``)
        return [sep[0].join(["a list", "empty"] if sep[0] == " or " else ["A", "B"])]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
        key = node.args[0]
        lang = node.args[1] if len(node.args) > 1 else None
        if not (isinstance(lang, ast.Constant) and lang.value == "en"):
            # a phrase already in the chosen language would be translated a second time when printed
            return ["msg(...) in the chosen language: pass 'en', the problem is translated when printed"]
        if isinstance(key, ast.Constant) and key.value in MESSAGES:
            template = MESSAGES[key.value]["en"]
            return [template.format(**{k.arg: "A, B" for k in node.keywords if k.arg})]
    return None


def _has_words(node: ast.expr) -> bool:
    """Whether an expression's own text holds a word (``f"{n} rows"`` does, ``f"{a}: {b}"`` does not)."""
    consts = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return any(sum(ch.isalpha() for ch in c) >= 3 for c in consts)


def _phrases() -> list[tuple[str, str, str]]:
    """(where, kind, text) of every must/got phrase written as text in zi_eval."""
    out = []
    for path in sorted((ROOT / "zi_eval").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            pairs: list[tuple[str, ast.expr]] = []
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                if name in _BUILDERS:
                    i_must, i_got = _BUILDERS[name]
                    if len(node.args) > i_must:
                        pairs.append(("must", node.args[i_must]))
                    if i_got is not None and len(node.args) > i_got:
                        pairs.append(("got", node.args[i_got]))
            elif isinstance(node, ast.FunctionDef) and node.name in _RETURNS:
                for ret in ast.walk(node):
                    if not isinstance(ret, ast.Return) or ret.value is None:
                        continue
                    for i, kind in _RETURNS[node.name].items():
                        if i is None:
                            pairs.append((kind, ret.value))
                        elif isinstance(ret.value, ast.Tuple) and len(ret.value.elts) > i:
                            pairs.append((kind, ret.value.elts[i]))
            elif isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name) and t.id in ("must", "got"):
                        pairs.append((t.id, node.value))
                    # module constants: _SOURCE_MUST = "…", _REFUSED_GOT = {"doc": "…", …}
                    if isinstance(t, ast.Name) and t.id.endswith(("_MUST", "_GOT")):
                        kind = "must" if t.id.endswith("_MUST") else "got"
                        values = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
                        pairs += [(kind, v) for v in values]
                    if isinstance(t, ast.Tuple) and isinstance(node.value, ast.Tuple):
                        for el, val in zip(t.elts, node.value.elts, strict=False):
                            if isinstance(el, ast.Name) and el.id in ("must", "got"):
                                pairs.append((el.id, val))
            for kind, expr in pairs:
                if kind == "got" and not (isinstance(expr, ast.Constant) or _has_words(expr)):
                    continue  # a value or a library's message, not a phrase of ours
                for text in _texts(expr) or []:
                    out.append((f"{where}:{expr.lineno}", kind, text))
    return out


PHRASES = _phrases()


def test_the_scan_finds_the_phrases_of_every_reader() -> None:
    """The scan sees the builders it should (a broken scan would pass every phrase)."""
    files = {w.split(":")[0] for w, _, _ in PHRASES}
    assert len(PHRASES) > 120
    for f in ("zi_eval/io/sheets.py", "zi_eval/models/unit_checks.py", "zi_eval/lke/unit_sheets.py"):
        assert f in files
    assert ("must", "one of A, B or null") in {(k, t) for _, k, t in PHRASES}


@pytest.mark.parametrize(("where", "kind", "text"), PHRASES, ids=[f"{w}:{k}" for w, k, _ in PHRASES])
def test_every_phrase_in_the_code_has_its_indonesian(where: str, kind: str, text: str) -> None:
    """Add a phrase the code writes to EXACT or PATTERNS of zi_eval/problem_words.py."""
    ind = translate(text)
    assert ind is not None, f"{where}: {kind} {text!r} has no Indonesian"
    if any(ch.isalpha() for ch in text) and text not in ("null",):
        assert ind != text or text.startswith(("≥", "≤", ">", "<")), f"{where}: {text!r} kept in English"


@pytest.mark.parametrize("words", sorted(set(_TYPE_WORDS.values()) | set(_PYD_WORDS.values())))
def test_every_type_word_has_its_indonesian(words: str) -> None:
    assert translate(words) not in (None, words) or words in ("null",)


_PYD_ERRORS: list[dict[str, Any]] = [
    {"type": "less_than_equal", "ctx": {"le": 12}},
    {"type": "greater_than_equal", "ctx": {"ge": 0.5}},
    {"type": "less_than", "ctx": {"lt": 5}},
    {"type": "greater_than", "ctx": {"gt": 0}},
    {"type": "literal_error", "ctx": {"expected": "'WBK' or 'WBBM'"}},
    {"type": "enum", "ctx": {"expected": "'claimed', 'evidenced' or 'projected'"}},
    {"type": "string_pattern_mismatch", "ctx": {"pattern": "^[a-z]+$"}},
    {"type": "string_too_short", "ctx": {"min_length": 1}},
    {"type": "string_too_short", "ctx": {"min_length": 3}},
    {"type": "string_too_long", "ctx": {"max_length": 200}},
    {"type": "too_short", "ctx": {"min_length": 1}},
    {"type": "too_long", "ctx": {"max_length": 12}},
    *({"type": kind, "msg": "Input should be something"} for kind in sorted(_PYD_WORDS)),
]


@pytest.mark.parametrize("err", _PYD_ERRORS, ids=[f"{e['type']}-{e.get('ctx')}" for e in _PYD_ERRORS])
def test_every_pydantic_error_we_word_has_its_indonesian(err: dict[str, Any]) -> None:
    must = pydantic_must({"msg": "Input should be x", **err})
    text = Problem("u.yaml", 3, "unit.year", must, "13").text("id")
    assert text.startswith("u.yaml:3: unit.year: harus ") and text.endswith("; didapat 13"), text
    assert "must be" not in text


# --- the whole line -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("must", "got", "indonesian"),
    [
        ("one of A, B, C", "'D'", "harus salah satu dari A, B, C; didapat 'D'"),
        ("≤ 12", "13", "harus ≤ 12; didapat 13"),
        ("present", "nothing", "harus ada (wajib diisi); didapat tidak ada"),
        ("a mapping or empty", "'x'", "harus pemetaan (kunci: nilai) atau kosong; didapat 'x'"),
        ("UTF-8 text", "byte 0xe9", "harus teks UTF-8; didapat bita 0xe9"),
        ("a YAML mapping", "an empty file", "harus pemetaan YAML; didapat berkas kosong"),
        ("at most 20000 rows", "25000 rows", "harus paling banyak 20000 baris; didapat 25000 baris"),
        ("a text file", "binary data", "harus berkas teks; didapat data biner"),
        # the user's own words that look like ours stay as typed: a quoted value is never translated
        ("one of A, B", "'nothing'", "harus salah satu dari A, B; didapat 'nothing'"),
    ],
)
def test_a_problem_reads_in_indonesian(must: str, got: str, indonesian: str) -> None:
    p = Problem("plan.yaml", 4, "unit.year", must, got)
    assert p.text("id") == f"plan.yaml:4: unit.year: {indonesian}"
    assert p.text("en") == str(p) == f"plan.yaml:4: unit.year: must be {must}; got {got}"


def test_a_phrase_without_translation_prints_wholly_in_english() -> None:
    p = Problem("plan.yaml", None, "x", "a shape nobody translated", "nothing")
    assert p.text("id") == "plan.yaml: x: must be a shape nobody translated; got nothing"
    assert localise("a shape nobody translated", "nothing", "id") is None


def test_patterns_keep_the_values_they_embed() -> None:
    assert translate("an .ods workbook (a zip archive)") == "workbook .ods (arsip zip)"
    assert translate("≥ the WBK threshold (75)") == "≥ ambang WBK (75)"
    assert translate("a year from 2000 to 2100") == "tahun dari 2000 sampai 2100"
    # {n} takes only a number: words in its place are not a count of rows
    assert translate("many rows") is None
    # the folder scanner's (branch evidence-scan) refusal, with the folder it names
    assert translate(
        "a folder inside the unit file's folder '/data/unit' (evidence paths may not leave it), "
        "or give --base-url to record addresses instead"
    ) == (
        "folder di dalam folder berkas unit '/data/unit' (jalur data dukung tidak boleh keluar darinya), "
        "atau beri --base-url agar yang dicatat alamatnya"
    )
    # the LKE reader's longest report: its tail is added when the items are spread over sheets
    spread = (
        "sheet 'P1': header row 4, columns kode=A, jawaban=F, 12 items matched; "
        "the items are spread over 3 sheets ('P1' 12, 'P2' 10, 'R' 9): put them on one sheet"
    )
    assert translate(spread) == (
        "lembar 'P1': baris judul 4, kolom kode=A, jawaban=F, 12 butir cocok; "
        "butir tersebar di 3 lembar ('P1' 12, 'P2' 10, 'R' 9): satukan dalam satu lembar"
    )


def test_every_pattern_translation_uses_the_same_placeholders() -> None:
    import string

    def slots(t: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(t) if n}

    for en, ind in PATTERNS:
        assert slots(en) == slots(ind), en
    assert all(v.strip() for v in EXACT.values())


# --- through the CLI --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "command", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_bad_input_speaks_indonesian_by_default(
    name: str, command: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = BAD / name
    assert main(case_args(command, path)) == 3
    err = capsys.readouterr().err.splitlines()
    where = expected.split(" must be ", 1)[0]  # ":17: activities[0].months[1]:"
    assert err[0].startswith(f"{path}{where} harus "), err[0]
    problems = [line for line in err if line.startswith(str(path))]
    assert problems and all("; didapat " in line for line in problems), err
    assert not any("must be" in line or "; got " in line for line in err), err
    assert err[-1] == f"{len(problems)} masalah ditemukan"


@pytest.mark.parametrize(
    ("name", "indonesian"),
    [
        (
            "bad_unit_answer_not_in_options.yaml",
            ":38: answers.P.1.i.b.answer: harus salah satu dari A, B, C; didapat 'F'",
        ),
        ("bad_unit_month_13.yaml", ":17: activities[0].months[1]: harus ≤ 12; didapat 13"),
        ("bad_not_utf8.yaml", ":3: file: harus teks UTF-8; didapat bita 0xe9"),
        ("bad_unit_missing_field.yaml", ":2: unit.name: harus ada (wajib diisi); didapat tidak ada"),
        (
            "bad_unit_unknown_field.yaml",
            ":8: unit.predikat: harus kunci yang dikenal (kunci ini tidak dikenal); didapat 'predikat'",
        ),
        ("bad_yaml_duplicate_key.yaml", ":4: yaml: harus YAML yang sah; didapat kunci ganda 'id'"),
        ("bad_top_level_list.yaml", ":1: (document): harus pemetaan YAML; didapat daftar"),
        ("bad_empty.yaml", ":1: (document): harus pemetaan YAML; didapat berkas kosong"),
        (
            "bad_ra_no_table.txt",
            ": table: harus tabel rencana (NO, KEGIATAN, SUB KEGIATAN, INDIKATOR, BULAN); "
            "didapat tidak ada tabel dalam 3 baris teks",
        ),
        (
            "bad_unit_unknown_area.yaml",
            ":22: activities[1].area: harus salah satu dari manajemen-perubahan, pelayanan-publik, "
            "penataan-sdm, penataan-tatalaksana, penguatan-akuntabilitas, penguatan-pengawasan atau null; "
            "didapat 'penguatan-pengawas'",
        ),
    ],
)
def test_bad_input_reads_as_written_in_indonesian(
    name: str, indonesian: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = BAD / name
    command = next(r[1] for r in ROWS if r[0] == name)
    assert main([command, str(path)]) == 3
    assert capsys.readouterr().err.splitlines()[0] == f"{path}{indonesian}"


def test_lang_en_after_the_command_keeps_the_english(capsys: pytest.CaptureFixture[str]) -> None:
    path = BAD / "bad_unit_month_13.yaml"
    assert main(["validate", str(path), "--lang", "en"]) == 3
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{path}:17: activities[0].months[1]: must be ≤ 12; got 13", "1 problem(s) found"]


def test_every_problem_of_a_file_is_translated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "unit.yaml"
    f.write_text(
        (DATA / "good" / "good_minimal_unit.yaml")
        .read_text(encoding="utf-8")
        .replace("year: 2025", "year: 1999\n  warna: merah"),
        encoding="utf-8",
    )
    assert main(["validate", str(f)]) == 3
    err = capsys.readouterr().err.splitlines()
    assert len(err) >= 3 and all(": harus " in line for line in err[:-1]), err


def test_every_problem_of_a_scenario_is_translated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "skenario.yaml"
    f.write_text(
        "changes:\n"
        "  - {op: set_answer, item: P.1.i.a, answer: 5}\n"
        "  - {op: set_counts, item: R.1.i.a, counts: {a: -1}, extra: 1}\n"
        "  - {op: set_months, activity: a1, months: [13]}\n"
        "  - {op: terbang}\n",
        encoding="utf-8",
    )
    plan = ROOT / "plans" / "pn-contoh-2025.yaml"
    assert main(["evaluate", str(plan), "--scenario", str(f)]) == 3
    err = capsys.readouterr().err.splitlines()
    assert f"{f}:2: changes[0].answer: harus teks; didapat 5" in err
    assert f"{f}:3: changes[1].counts.a: harus ≥ 0; didapat -1" in err
    assert (
        f"{f}:3: changes[1].extra: harus kunci yang dikenal (kunci ini tidak dikenal); didapat 'extra'" in err
    )
    assert f"{f}:4: changes[2].months[0]: harus ≤ 12; didapat 13" in err
    assert any(line.startswith(f"{f}:5: changes[3]: harus op salah satu dari ") for line in err), err
    assert err[-1] == "5 masalah ditemukan" and not any("must be" in line for line in err)


def test_importer_actions_speak_english_under_lang_en(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    plan = tmp_path / "marks.tsv"
    plan.write_text(
        "RENCANA AKSI ZONA INTEGRITAS TAHUN 2025\nNo\tArea\tKegiatan\tSub Kegiatan\tJan\tFeb\tMar\n"
        "1\tManajemen Perubahan\tPembentukan tim ZI\tSK Tim\tv\t??\t\n",
        encoding="utf-8",
    )
    assert main(["evaluate", str(plan), "--lang", "en", "--flags", "all", "--format", "json"]) == 0
    flags = {f["code"]: f["message"] for f in json.loads(capsys.readouterr().out)["flags"]}
    assert "not scheduled" in flags["IMPORT_UNKNOWN_MARK"] and "tidak" not in flags["IMPORT_UNKNOWN_MARK"]
    assert main(["evaluate", str(plan), "--flags", "all", "--format", "json"]) == 0
    flags = {f["code"]: f["message"] for f in json.loads(capsys.readouterr().out)["flags"]}
    assert "tidak dijadwalkan" in flags["IMPORT_UNKNOWN_MARK"]


@pytest.mark.parametrize(
    ("slip", "english", "indonesian"),
    [
        (
            'evidence:\n  - id: sk\n    path: "D:\\Data Dukung\\SK Tim.pdf"\n',
            ":3: yaml: must be valid YAML; got a backslash inside double quotes (write a Windows path in "
            "single quotes, or with /)",
            ":3: yaml: harus YAML yang sah; didapat garis miring terbalik di dalam tanda kutip ganda (tulis "
            "jalur Windows di antara tanda kutip tunggal, atau dengan /)",
        ),
        (
            "unit:\n  name: KPU\n\t year: 2025\n",
            ":3: yaml: must be valid YAML; got a tab used to indent (indent with spaces)",
            ":3: yaml: harus YAML yang sah; didapat tab dipakai sebagai inden (inden dengan spasi)",
        ),
        (
            "unit:\n  name: 'KPU Kabupaten Luwu\n  year: 2025\n",
            ":4: yaml: must be valid YAML; got the file ends inside a quote or a bracket left open",
            ":4: yaml: harus YAML yang sah; didapat berkas berakhir di dalam tanda kutip atau kurung yang "
            "belum ditutup",
        ),
        (
            "unit:\n  name: Catatan: belum final\n",
            ":2: yaml: must be valid YAML; got a ':' inside a value (put the value in quotes)",
            ":2: yaml: harus YAML yang sah; didapat tanda ':' di dalam nilai (apit nilainya dengan tanda kutip)",
        ),
        (
            "unit:\n  name: KPU\n  year 2025\n  x: 1\n",
            ":4: yaml: must be valid YAML; got a key without ':' (write key: value)",
            ":4: yaml: harus YAML yang sah; didapat kunci tanpa ':' (tulis kunci: nilai)",
        ),
    ],
)
def test_yaml_slips_are_said_in_the_files_terms(
    tmp_path: Path, slip: str, english: str, indonesian: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hand-edited unit file's commonest YAML slips (a Windows path in double quotes, a tab, a quote
    left open, a ':' in a value, a key without ':') say what to mend, in either language, not the
    parser's words ("found unknown escape character") inside an Indonesian line."""
    f = tmp_path / "unit.yaml"
    f.write_text(slip, encoding="utf-8")
    assert main(["--lang", "en", "validate", str(f)]) == 3
    assert capsys.readouterr().err.splitlines()[0] == f"{f}{english}"
    assert main(["validate", str(f)]) == 3
    assert capsys.readouterr().err.splitlines()[0] == f"{f}{indonesian}"
