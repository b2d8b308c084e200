"""Every translatable text names its context literally, or pyside6-lupdate silently skips the string."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "facilitator"
NAMES = {"translate", "QT_TRANSLATE_NOOP"}
# The translation hooks themselves, and the generated list of resource texts.
SKIPPED = ("i18n.py", "ui/i18n.py", "core/resource_strings_generated.py")


def _name(func: ast.expr) -> str:
    # translate(...), QT_TRANSLATE_NOOP(...) and QCoreApplication.translate(...); a QTranslator's own
    # translate() looks strings up and is not a source of them.
    if isinstance(func, ast.Attribute):
        return func.attr if getattr(func.value, "id", "") == "QCoreApplication" else ""
    return getattr(func, "id", "")


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_source_text_has_a_literal_context() -> None:
    """A call with a literal text is where lupdate finds a string: its context must be literal too.

    A call whose text is not literal looks up a string marked elsewhere (a ``Vocabulary`` label)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        if where in SKIPPED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in NAMES and len(node.args) >= 2:
                context, text = node.args[:2]
                if _literal(text) and not _literal(context):
                    offenders.append(f"{where}:{node.lineno}")
    assert offenders == []


def test_the_check_finds_a_computed_context(tmp_path: Path) -> None:
    """The check above is not vacuous: a computed context with a literal text is caught."""
    tree = ast.parse("translate(context, 'Save')\nQT_TRANSLATE_NOOP('Agenda', 'Break')\n")
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    caught = [c for c in calls if _literal(c.args[1]) and not _literal(c.args[0])]
    assert len(caught) == 1 and caught[0].lineno == 1
