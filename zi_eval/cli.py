"""The ``zi-eval`` command line: the only layer that prints or exits.

Exit codes: 0 ok, 2 usage, 3 invalid input (one line per problem), 4 internal error
(traceback only with ``--verbose``).
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from zi_eval._version import __version__
from zi_eval.errors import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_USAGE,
    InputError,
    Problem,
    UsageError,
    ZiError,
    fail,
    show,
)
from zi_eval.io.words import printable
from zi_eval.io.yamlsrc import load_yaml
from zi_eval.messages import msg
from zi_eval.models.loading import is_rubric_data, load_rubric, rubric_from_data, unit_from_data
from zi_eval.report.terminal import shown
from zi_eval.report.text_report import TOP_FLAGS

Command = Callable[[argparse.Namespace, Console], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    """Register a sub-command handler under ``name``."""

    def deco(fn: Command) -> Command:
        COMMANDS[name] = fn
        return fn

    return deco


#: The language of usage errors, read from the command line before it is parsed.
_USAGE_LANG = {"lang": "id"}


def _flag_limit(text: str) -> int | None:
    """``--flags``: ``all`` (``None``: no limit) or a number of flags to show."""
    if text.strip().lower() == "all":
        return None
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(msg("flags_limit", _USAGE_LANG["lang"], got=repr(text)))
    return int(text)


def _output_path(text: str) -> Path:
    """``-o``: a path; an empty one (an unset ``$OUT``) would be the current folder, and ``-`` a file
    named so, where the command writes files: both refused."""
    if not text.strip() or text.strip() == "-":
        raise argparse.ArgumentTypeError(msg("output_empty", _USAGE_LANG["lang"], got=repr(text)))
    return Path(text)


def _screen_or_path(text: str) -> Path | None:
    """``-o`` of a command that prints by default: ``-`` is the screen (as the commands of a shell
    read it), anything else a path as :func:`_output_path` takes it."""
    return None if text.strip() == "-" else _output_path(text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser(lang: str = "id") -> argparse.ArgumentParser:
    """Build the argument parser with every sub-command, its help texts in ``lang``."""
    p = _Parser(
        prog="zi-eval", description="Evaluasi mandiri Zona Integritas (WBK/WBBM, PermenPAN-RB 90/2021)."
    )
    p.add_argument("--version", action="version", version=f"zi-eval {__version__}")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="tampilkan traceback untuk kesalahan internal"
    )
    p.add_argument("--lang", choices=["id", "en"], default="id", help="bahasa pesan (bawaan: id)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    # --lang and -v also after the command (zi-eval evaluate X --lang en); SUPPRESS keeps the value
    # given before the command when none is given after it
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang", choices=["id", "en"], default=argparse.SUPPRESS, help="bahasa pesan (bawaan: id)"
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    add_parser = sub.add_parser

    def add(name: str, **kw: Any) -> _Parser:
        return add_parser(name, parents=[common], **kw)

    sub.add_parser = add  # type: ignore[method-assign]

    v = sub.add_parser("validate", help="periksa berkas rubrik dan unit")
    v.add_argument("files", nargs="+", type=Path, help="berkas rubrik atau unit (YAML)")
    v.add_argument("--rubric", default=None, help="rubrik untuk berkas unit (id atau path)")
    im = sub.add_parser(
        "import",
        help="impor Rencana Aksi (.pdf/.docx/.xlsx/.xls/.ods/.txt/.tsv/.csv/.md) atau lembar kerja LKE "
        "(.xlsx/.xls/.ods/.csv) menjadi berkas unit YAML",
    )
    im.add_argument("source", type=Path, help="dokumen rencana aksi")
    im.add_argument(
        "-o",
        "--output",
        type=_screen_or_path,
        default=None,
        help="berkas unit YAML yang ditulis (bawaan: layar)",
    )
    im.add_argument("--report", type=Path, default=None, help="tulis laporan impor lengkap (JSON)")
    im.add_argument("--unit-name", default=None, help="nama unit (menimpa judul dokumen)")
    im.add_argument("--year", type=int, default=None, help="tahun rencana aksi (menimpa judul dokumen)")
    im.add_argument("--rubric", default=None, help="rubrik untuk memetakan area (id atau path)")
    im.add_argument(
        "--vocabulary", type=Path, default=None, help="berkas YAML kata judul kolom tambahan (peran: [kata])"
    )
    im.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="ROLE=HEADER",
        help="pakai kolom berjudul HEADER untuk peran ROLE (mis. kegiatan='Uraian Pekerjaan')",
    )
    im.add_argument("--strict", action="store_true", help="peringatan impor menjadi galat (exit 3)")
    ev = sub.add_parser("evaluate", help="nilai unit: skor LKE, kesiapan WBK/WBBM, temuan")
    ev.add_argument(
        "input", type=Path, help="berkas unit YAML, dokumen rencana aksi, atau lembar kerja LKE (.xlsx)"
    )
    ev.add_argument(
        "--mode",
        choices=["claimed", "evidenced", "projected"],
        default="evidenced",
        help="claimed (jawaban apa adanya), evidenced (bawaan: tanpa data dukung = 0), projected",
    )
    ev.add_argument("--as-of", default=None, metavar="YYYY-MM", help="bulan yang sudah jatuh tempo")
    ev.add_argument("--rubric", default=None, help="rubrik (id atau path)")
    ev.add_argument("--format", choices=["text", "json"], default="text", help="format keluaran")
    ev.add_argument(
        "-o", "--output", type=_screen_or_path, default=None, help="tulis ke berkas, bukan layar ('-': layar)"
    )
    ev.add_argument("--scenario", type=Path, default=None, help="YAML perubahan (what-if) yang diterapkan")
    ev.add_argument(
        "--next",
        action="store_true",
        help="tampilkan yang perlu dikerjakan dulu menuju predikat target (juga di JSON)",
    )
    ev.add_argument(
        "--flags",
        type=_flag_limit,
        default=TOP_FLAGS,
        metavar="all|N",
        help=f"berapa temuan ditampilkan di teks (bawaan: {TOP_FLAGS}; all: semuanya)",
    )
    rp = sub.add_parser(
        "report", help="laporan HTML, grafik PNG dan lembar kerja LKE (.xlsx) ke sebuah folder"
    )
    rp.add_argument("input", type=Path, help="berkas unit YAML, dokumen rencana aksi, atau lembar kerja LKE")
    rp.add_argument("-o", "--output", type=_output_path, required=True, help="folder keluaran")
    rp.add_argument("--mode", choices=["claimed", "evidenced", "projected"], default="evidenced")
    rp.add_argument("--as-of", default=None, metavar="YYYY-MM")
    rp.add_argument("--rubric", default=None, help="rubrik (id atau path)")
    rp.add_argument(
        "--pdf", action="store_true", help="cetak juga laporan ke PDF A4 (perlu Chromium terpasang)"
    )
    cp = sub.add_parser("compare", help="bandingkan dan urutkan kesiapan banyak unit")
    cp.add_argument(
        "inputs", nargs="+", type=Path, help="berkas unit, rencana aksi atau LKE, atau folder berisinya"
    )
    cp.add_argument("--format", choices=["text", "csv", "json"], default="text")
    cp.add_argument(
        "-o", "--output", type=_screen_or_path, default=None, help="tulis ke berkas, bukan layar ('-': layar)"
    )
    cp.add_argument(
        "--chart", type=Path, default=None, help="grafik PNG: peta panas area dan peringkat nilai"
    )
    cp.add_argument("--mode", choices=["claimed", "evidenced", "projected"], default="evidenced")
    cp.add_argument("--as-of", default=None, metavar="YYYY-MM")
    cp.add_argument("--rubric", default=None, help="rubrik (id atau path)")
    cp.add_argument(
        "--jobs", type=int, default=1, help="proses paralel untuk memuat banyak berkas (bawaan: 1)"
    )
    tp = sub.add_parser("template", help="lembar kerja LKE (.xlsx) siap diisi di Excel atau LibreOffice")
    tp.add_argument("input", type=Path, help="berkas unit YAML, dokumen rencana aksi, atau lembar kerja LKE")
    tp.add_argument("-o", "--output", type=_output_path, required=True, help="berkas .xlsx yang ditulis")
    tp.add_argument("--blank", action="store_true", help="kosongkan jawaban dan nilai hasil")
    tp.add_argument("--rubric", default=None, help="rubrik (id atau path)")
    mg = sub.add_parser(
        "merge", help="salin jawaban, jumlah, hasil dan data dukung lembar kerja ke berkas unit"
    )
    mg.add_argument("workbook", type=Path, help="lembar kerja LKE (.xlsx)")
    mg.add_argument("--into", type=Path, required=True, help="berkas unit YAML yang diperbarui")
    mg.add_argument("--force", action="store_true", help="jawaban lembar kerja menggantikan yang berbeda")
    mg.add_argument("--rubric", default=None, help="rubrik (id atau path)")
    _evidence_parser(sub)
    if lang == "en":
        from zi_eval.cli_help import in_english

        in_english(p)
    return p


def _evidence_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``zi-eval evidence scan SOURCE [--into UNIT.yaml] [--base-url URL] [-o evidence.yaml]``."""
    evp = sub.add_parser(
        "evidence", help="data dukung: pindai folder atau tabel tautan menjadi catatan evidence"
    )
    evs = evp.add_subparsers(dest="evidence_command", parser_class=_Parser, required=True)
    sc = evs.add_parser("scan", help="baca folder data dukung atau tabel tautan (.xlsx/.xls/.ods/.csv)")
    sc.add_argument("source", type=Path, help="folder data dukung, tabel tautan, atau YAML evidence dari -o")
    sc.add_argument("--into", type=Path, default=None, help="berkas unit YAML tempat catatan digabungkan")
    sc.add_argument(
        "--base-url",
        default=None,
        help="alamat folder yang sama di situs web yang menyajikan berkas menurut jalurnya (bukan Google Drive)",
    )
    sc.add_argument(
        "-o", "--output", type=_output_path, default=None, help="tulis catatan ke berkas YAML ini"
    )
    sc.add_argument("--report", type=Path, default=None, help="tulis laporan lengkap (JSON)")
    sc.add_argument("--rubric", default=None, help="rubrik (id atau path)")
    sc.add_argument(
        "--lang", choices=["id", "en"], default=argparse.SUPPRESS, help="bahasa pesan (bawaan: id)"
    )


@command("compare")
def cmd_compare(args: argparse.Namespace, out: Console) -> int:
    """Rank many units by readiness."""
    from zi_eval.cli_compare import run_compare
    from zi_eval.cli_evaluate import parse_as_of

    parse_as_of(args.as_of, args.lang)
    return run_compare(args, out)


@command("report")
def cmd_report(args: argparse.Namespace, out: Console) -> int:
    """Write the HTML report, the charts and the LKE workbook into a folder."""
    from zi_eval.api import evaluate
    from zi_eval.cli_evaluate import parse_as_of
    from zi_eval.report.bundle import write_report
    from zi_eval.sources import load_input

    as_of = parse_as_of(args.as_of, args.lang)
    rubric = load_rubric(args.rubric)
    loaded = load_input(args.input, rubric)
    result = evaluate(loaded, rubric, args.mode, as_of, args.lang)
    ev, flags = result.core, list(result.flag_list)
    files = write_report(
        ev,
        flags,
        args.output,
        args.input.name,
        loaded.sha256,
        args.lang,
        unit_dir=args.input.resolve().parent,
        keep=(args.input,),
    )
    for f in files:
        out.print(shown(msg("import_written", args.lang, path=f)))
    if getattr(args, "pdf", False):
        from zi_eval.report.pdf import ChromiumMissing, print_pdf

        page = Path(args.output) / "index.html"
        try:
            pdf = print_pdf(page, Path(args.output) / f"{ev.unit.unit.id}-laporan.pdf")
        except ChromiumMissing:
            Console(stderr=True).print(shown(msg("pdf_no_chromium", args.lang, page=page)))
            return EXIT_INVALID
        out.print(shown(msg("import_written", args.lang, path=pdf)))
    return 0


@command("evaluate")
def cmd_evaluate(args: argparse.Namespace, out: Console) -> int:
    """Evaluate one unit and print or write the text or JSON report."""
    from zi_eval.cli_evaluate import run_evaluate

    return run_evaluate(args, out)


@command("import")
def cmd_import(args: argparse.Namespace, out: Console) -> int:
    """Import a Rencana Aksi document into a unit file and print the summary."""
    from zi_eval.cli_import import run_import

    return run_import(args, out)


@command("validate")
def cmd_validate(args: argparse.Namespace, out: Console) -> int:
    """Validate rubric and unit files, listing every problem of every file."""
    problems: list[Problem] = []
    for f in args.files:
        try:
            data, lines = load_yaml(f)
            if is_rubric_data(data):
                r = rubric_from_data(data, lines)
                out.print(
                    shown(msg("valid_rubric", args.lang, path=f, id=r.id, version=r.version, n=len(r.items)))
                )
            else:
                u = unit_from_data(data, lines, load_rubric(args.rubric), f.resolve().parent)
                out.print(
                    shown(
                        msg(
                            "valid_unit",
                            args.lang,
                            path=f,
                            id=u.unit.id,
                            acts=len(u.activities),
                            ev=len(u.evidence),
                            ans=len(u.answers),
                        )
                    )
                )
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    return 0


@command("template")
def cmd_template(args: argparse.Namespace, out: Console) -> int:
    """Write the fillable LKE workbook of a unit."""
    from zi_eval.cli_template import run_template

    return run_template(args, out)


@command("merge")
def cmd_merge(args: argparse.Namespace, out: Console) -> int:
    """Merge a filled LKE workbook into a unit file."""
    from zi_eval.cli_merge import run_merge

    return run_merge(args, out)


@command("evidence")
def cmd_evidence(args: argparse.Namespace, out: Console) -> int:
    """Turn a data-dukung folder or a table of links into evidence records."""
    from zi_eval.cli_evidence import run_evidence

    return run_evidence(args, out)


def _lang_of(argv: list[str]) -> str:
    """The ``--lang`` value, read before parsing so that even usage errors speak the chosen language."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "id"
        if a.startswith("--lang="):
            return "en" if a.split("=", 1)[1] == "en" else "id"
    return "id"


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: Any = None,
) -> None:
    """Print a library's warning with its control characters escaped: a font warning quotes the very
    character (an ESC from a unit name) it could not draw."""
    text = warnings.formatwarning(message, category, filename, lineno, line)
    (file or sys.stderr).write(printable(text, keep="\n"))


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that ``finally`` blocks remove temporary files."""


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated()


def run() -> None:
    """The ``zi-eval`` command (and ``python -m zi_eval``): :func:`main`, then exit with its code.

    Before exiting, every object is moved out of the cyclic collector's sight (:func:`gc.freeze`):
    the full collection Python makes at exit otherwise walked all the linker's ranked texts of a
    batch (a dozen objects each) only to free memory the ending process gives back anyway: ~1 s of
    a 6.6 s ``compare`` of 3,000 files. Finalisers, ``atexit`` handlers and buffered output still
    run; :func:`main` itself (called by tests and notebooks) leaves the collector alone.
    """
    code = main()
    gc.freeze()
    sys.exit(code)


#: A command's files read (argument name -> how the user wrote it) and written.
_READ = {
    "source": "SOURCE",
    "input": "INPUT",
    "inputs": "INPUTS",
    "workbook": "WORKBOOK",
    "into": "--into",
    "scenario": "--scenario",
    "vocabulary": "--vocabulary",
}
_WRITTEN = {"output": "-o", "report": "--report", "chart": "--chart"}


def _outputs_apart(args: argparse.Namespace) -> None:
    """Refuse (exit 3) an output that is a file the command reads ("import LKE.xlsx -o LKE.xlsx" wrote the
    unit YAML over the workbook), or another output of the same command (``--report X -o X``), before
    anything is read or written; and a chart named other than .png (its bytes are a PNG)."""
    read: list[tuple[Path, str]] = []
    folders: list[tuple[Path, str]] = []  # folders read (compare reads the units in a folder)
    for name, shown_as in _READ.items():
        value = getattr(args, name, None)
        for p in value if isinstance(value, list) else [value]:
            if isinstance(p, Path) and p.is_file():
                read.append((p.resolve(), shown_as))
            elif isinstance(p, Path) and p.is_dir():
                folders.append((p.resolve(), shown_as))
    written: list[tuple[Path, str]] = []
    for name, shown_as in _WRITTEN.items():
        out = getattr(args, name, None)
        if not isinstance(out, Path):
            continue
        where = out.resolve()
        for other, other_name in read + written:
            if where == other:
                raise fail(str(out), None, shown_as, f"a file other than {other_name}", "the same file")
        for folder, other_name in folders:
            from zi_eval.sources import INPUT_SUFFIXES

            if where.is_file() and where.parent == folder and where.suffix.lower() in INPUT_SUFFIXES:
                # "compare units/ -o units/a.yaml": a unit the folder gives would be replaced by the table
                raise fail(
                    str(out), None, shown_as, f"a file other than the units in {other_name}", "one of them"
                )
        written.append((where, shown_as))
    chart = getattr(args, "chart", None)
    if isinstance(chart, Path) and chart.suffix.lower() != ".png":
        raise fail(str(chart), None, "--chart", "a .png file (the chart is a PNG image)", show(chart.name))


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    try:
        # the default action of SIGTERM ends the process at once, leaving temporary files behind
        old = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (main() called from a worker thread): nothing to install
        return _main(argv)
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, old)


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    warnings.showwarning = _show_warning
    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    lang = _lang_of(argv)
    _USAGE_LANG["lang"] = lang
    verbose = "-v" in argv or "--verbose" in argv
    try:
        args = build_parser(lang).parse_args(argv)
        if args.command is None:
            build_parser(lang).print_help()
            return EXIT_USAGE
        lang = getattr(args, "lang", lang)  # parsed: a value after the command wins
        _outputs_apart(args)
        return COMMANDS[args.command](args, out)
    except InputError as exc:
        for p in exc.problems:
            err.print(shown(p.text(lang)))
        err.print(shown(msg("n_problems", lang, n=len(exc.problems))))
        return exc.exit_code
    except ZiError as exc:
        err.print(shown(str(exc)))
        return exc.exit_code
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
    except KeyboardInterrupt as exc:
        return 128 + signal.SIGTERM if isinstance(exc, Terminated) else 130
    except Exception as exc:
        if verbose:  # the exception's text may quote user input: escaped as every other line
            sys.stderr.write(printable(traceback.format_exc(), keep="\n"))
        err.print(shown(msg("internal_error", lang, err=f"{type(exc).__name__}: {exc}")))
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
