"""In Dutch the command line's help and its refusals of a mistyped line are Dutch throughout: argparse's
own words ("usage:", "options", "the following arguments are required") and the placeholders
(MEETING, FILE) too, not half in English."""

from __future__ import annotations

import argparse
import ast
import inspect
from collections.abc import Iterator

import pytest

from facilitator.commands import argparse_words
from tests.cli.invoke import Result, assert_plain_error, run

# argparse's words that only a programmer who builds a parser wrong can see.
FOR_PROGRAMMERS = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "%r is not callable",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "conflicting option string: %s",
    'argument "-" with mode %r',
    "unexpected option string: %s",
    "%(prog)s: error: %(message)s\n",  # the app's parser words its errors itself
    # From Python 3.13 on, of what the app does not use (nothing of it is deprecated):
    "argument '%(argument_name)s' is deprecated",
    "command '%(parser_name)s' is deprecated",
    "option '%(option)s' is deprecated",
    "%(prog)s: warning: %(message)s\n",
}
ENGLISH = ("usage:", "positional arguments", "options:", "show this", "required", "MEETING", "FILE", "expected")


@pytest.fixture
def dutch() -> Iterator[None]:
    from facilitator.ui.i18n import install_translator

    yield
    install_translator("en")  # --lang is the process's language from then on


def _in_dutch(*args: str) -> Result:
    return run("--lang", "nl", *args)


def marked_words(source: str) -> set[str]:
    """The words an argparse source marks for translation."""
    marked = set()
    for node in ast.walk(ast.parse(source)):
        called = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext")
        if called and node.args and isinstance(node.args[0], ast.Constant):
            marked.add(node.args[0].value)
    return marked


def test_every_word_argparse_may_say_to_a_user_is_translated() -> None:
    """Read from the running Python's argparse, so a word a newer Python adds is not missed."""
    to_users = marked_words(inspect.getsource(argparse)) - FOR_PROGRAMMERS
    assert to_users <= argparse_words.WORDS | {argparse_words.COUNTED}


def test_every_option_that_takes_a_value_names_its_placeholder_in_the_interface_language() -> None:
    """Without one, argparse writes the option's own name in capitals: "--audience AUDIENCE", in English."""
    from facilitator import cli

    def unnamed(parser: argparse.ArgumentParser) -> Iterator[str]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from unnamed(sub)
            elif action.nargs != 0 and action.metavar is None and action.choices is None:
                yield f"{parser.prog} {'/'.join(action.option_strings) or action.dest}"

    assert list(unnamed(cli.build_parser())) == []


def test_the_help_of_the_command_line_and_of_a_command_is_dutch(dutch: None) -> None:
    for shown in (_in_dutch("--help").stdout, _in_dutch("export", "--help").stdout):
        assert shown.startswith("gebruik: facilitator") and "opties:" in shown and "toon deze hulp en stop" in shown
        assert not [word for word in ENGLISH if word in shown], shown
    assert "--out BESTAND" in _in_dutch("export", "--help").stdout


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (("export",), "deze argumenten zijn nodig: BIJEENKOMST, --out"),
        (("meetings", "--bogus"), "onbekende argumenten: --bogus"),
        (("--data-dir",), "argument --data-dir: verwacht één argument"),
        (("agenda", "x", "--pdf"), "argument --pdf: verwacht één argument"),
        (
            ("conflict", "x", "--keep", "neither"),
            "argument --keep: ongeldige keuze: 'neither' (kies uit 'shown', 'other')",
        ),
    ],
)
def test_a_mistyped_line_is_refused_in_dutch(dutch: None, line: tuple[str, ...], said: str) -> None:
    refused = _in_dutch(*line)
    assert_plain_error(refused, said)
    assert "laat zien hoe" in refused.stderr and not [word for word in ENGLISH if word in refused.stderr]


def test_in_english_argparse_says_what_it_always_said() -> None:
    assert_plain_error(run("export"), "the following arguments are required: MEETING, --out")
    assert_plain_error(run("agenda", "x", "--pdf"), "argument --pdf: expected one argument")
