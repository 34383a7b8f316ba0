"""The command line's help in English with --lang en: it stayed Indonesian, before or after the command."""

from __future__ import annotations

import argparse

import pytest

from zi_eval.cli import build_parser, main
from zi_eval.cli_help import HELP_EN

#: argparse's own words, in English in either language
ARGPARSE_OWN = {"show this help message and exit", "show program's version number and exit"}


def _texts(parser: argparse.ArgumentParser) -> list[str]:
    out = [parser.description] if parser.description else []
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            out.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            out += [c.help for c in action._choices_actions if c.help]
            for sub in action.choices.values():
                out += _texts(sub)
    return out


def test_every_help_text_has_its_english() -> None:
    missing = sorted({t for t in _texts(build_parser("id")) if t not in HELP_EN and t not in ARGPARSE_OWN})
    assert missing == []
    assert not set(_texts(build_parser("en"))) & set(HELP_EN)  # each one put into English


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "en", "--help"],
        ["evaluate", "--help", "--lang", "en"],
        ["--lang=en", "evidence", "scan", "-h"],
    ],
)
def test_help_with_lang_en_is_english(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert not [t for t in HELP_EN if " ".join(t.split()) in shown]
    assert "rubric (id or path)" in shown or "evidence" in shown
