"""Every translate() call names its context literally, or pyside6-lupdate silently skips the string."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "facilitator"
NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                # translate(...), QT_TRANSLATE_NOOP(...) and QCoreApplication.translate(...); a QTranslator's
                # own translate() looks strings up and is not a source of them.
                if isinstance(func, ast.Attribute):
                    name = func.attr if getattr(func.value, "id", "") == "QCoreApplication" else ""
                else:
                    name = getattr(func, "id", "")
                if name in NAMES and node.args:
                    found.append((f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", node))
    return found


@pytest.mark.parametrize(("where", "call"), calls(), ids=[where for where, _ in calls()])
def test_context_is_a_literal(where: str, call: ast.Call) -> None:
    if where.startswith(("facilitator/i18n.py", "facilitator/ui/i18n.py")):
        return  # the translation hook itself
    first = call.args[0]
    assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
        f"{where}: context must be a string literal"
    )
