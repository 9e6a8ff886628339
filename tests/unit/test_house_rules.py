"""Two rules of the house that review kept finding broken, checked over the whole package: Arabic words
live in data files (kg/data), never in Python outside the language layer (kg/lang/ar: clitics, letters,
date patterns), and a module keeps no mutable state (a set or list at module level is a frozenset or a
tuple; lookup tables written once are dicts no code mutates)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent
ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))]


def _docstrings(tree: ast.Module) -> set[int]:
    return {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def test_no_arabic_word_in_python_outside_the_language_layer():
    found = []
    for path, tree in _modules():
        if path.is_relative_to(PACKAGE / "lang" / "ar"):
            continue
        docs = _docstrings(tree)
        found += [f"{path.relative_to(PACKAGE.parent)}:{n.lineno}: {n.value[:60]!r}" for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                  and ARABIC_WORD.search(n.value)]
    assert found == [], "Arabic words belong in kg/data files:\n" + "\n".join(found)


def test_no_module_level_set_or_list():
    found = []
    for path, tree in _modules():
        for node in tree.body:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target \
                if isinstance(node, ast.AnnAssign) and node.value is not None else None
            value = getattr(node, "value", None)
            if target is None or ast.unparse(target) == "__all__":
                continue
            mutable = isinstance(value, (ast.List, ast.Set, ast.ListComp, ast.SetComp)) or (
                isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                and value.func.id in ("list", "set", "defaultdict", "Counter", "deque"))
            if mutable:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(target)}")
    assert found == [], "module-level mutable state (use a frozenset or a tuple):\n" + "\n".join(found)
