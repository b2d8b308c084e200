"""Observation checklists as data, in the spirit of XLSForm: items with a name, an answer type, a label,
a hint and risk tags.

Built-in templates live in resources/checklists; a user's own are JSON files in the data dir's
``checklists`` folder, made by copying a template and then edited (in the window or any text editor).
A visit keeps a copy of its template's items, so every laptop shows the same questions.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from msgspec import Struct, field
from msgspec.structs import asdict, replace

from facilitator import i18n, paths
from facilitator.core import taxonomy
from facilitator.core.errors import UserError
from facilitator.i18n import translate

BUILTIN_PREFIX = "builtin:"
USER_PREFIX = "user:"
ANSWER_TYPES = ("observation", "integer", "text")
MAX_ITEMS = 200
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_STEM = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class Item(Struct, frozen=True):
    """One question or observation of a site-visit checklist."""

    name: str
    label: str
    type: str = "observation"
    hint: str = ""
    section: str = ""
    risk_tags: tuple[str, ...] = ()


class Template(Struct, frozen=True):
    """A site-visit checklist to start from: its items, in sections."""

    id: str
    title: str
    items: tuple[Item, ...] = field(default_factory=tuple)
    source: str = ""

    @property
    def builtin(self) -> bool:
        return self.id.startswith(BUILTIN_PREFIX)

    def snapshot(self) -> dict[str, Any]:
        """What a visit keeps of its template: the id, the title and every item."""
        return {"id": self.id, "title": self.title, "items": [_item_json(item) for item in self.items]}


def _item_json(item: Item) -> dict[str, Any]:
    data = asdict(item)
    data["risk_tags"] = list(item.risk_tags)
    return data


def parse(data: Any, template_id: str, translated: bool = False) -> Template:
    """A template from its JSON form; anything malformed is refused with the reason."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise UserError(translate("Checklists", "A checklist template needs a title and a list of items."))
    title = str(data.get("title") or "").strip()
    if not title:
        raise UserError(translate("Checklists", "A checklist template needs a title and a list of items."))
    if len(data["items"]) > MAX_ITEMS:
        raise UserError(translate("Checklists", "A checklist can have at most {0} items.").format(MAX_ITEMS))
    items, seen = [], set()
    for raw in data["items"]:
        if not isinstance(raw, dict):
            raise UserError(translate("Checklists", "Each checklist item must be an object with a name and a label."))
        name, label = str(raw.get("name") or ""), str(raw.get("label") or "").strip()
        kind = str(raw.get("type") or "observation")
        if not _NAME.match(name) or not label:
            raise UserError(
                translate("Checklists", "Item {0}: a name (lower-case letters, digits, _) and a label are needed.")
                .format(name or "?")
            )  # fmt: skip
        if name in seen:
            raise UserError(translate("Checklists", "Two items are named {0}.").format(name))
        if kind not in ANSWER_TYPES:
            raise UserError(
                translate("Checklists", "Item {name}: unknown answer type {kind}; use one of: {known}.").format(
                    name=name, kind=kind, known=", ".join(ANSWER_TYPES)
                )
            )
        tags = tuple(taxonomy.check_risk_tags([str(tag) for tag in raw.get("risk_tags") or []]))
        seen.add(name)
        hint, section = str(raw.get("hint") or ""), str(raw.get("section") or "")
        if translated:
            label, hint, section = (translate("Checklists", text) if text else "" for text in (label, hint, section))
        items.append(Item(name, label, kind, hint, section, tags))
    if translated:
        title = translate("Checklists", title)
    return Template(template_id, title, tuple(items), str(data.get("source") or ""))


def from_snapshot(snapshot: dict[str, Any]) -> Template:
    """The template a visit keeps (already validated when it was taken)."""
    return parse(snapshot, snapshot.get("id", ""), translated=False) if snapshot.get("items") else Template("", "")


def in_language_shown(template: Template) -> Template:
    """A visit's copy of a built-in checklist in the language shown now (the window's, or a report's): the
    copy keeps the words of the language it was planned in, so an English report of a visit planned in
    Dutch read "Aparte, bruikbare toiletten".  Items are matched by name; one the built-in no longer has
    keeps its words.  A user's own checklist is in the words its author wrote."""
    if not template.builtin:
        return template
    shown = _builtin_in(template.id.removeprefix(BUILTIN_PREFIX), i18n.language())
    if shown is None:
        return template
    words = {item.name: item for item in shown.items}
    items = tuple(
        replace(item, label=words[item.name].label, hint=words[item.name].hint, section=words[item.name].section)
        if item.name in words
        else item
        for item in template.items
    )
    return replace(template, title=shown.title, items=items)


@cache
def _builtin_in(stem: str, language: str) -> Template | None:
    """A built-in template read in ``language`` (the one shown when it is asked for), once per language."""
    path = builtin_dir() / f"{stem}.json"
    return _read(path, BUILTIN_PREFIX + stem, True) if _STEM.match(stem) and path.is_file() else None


def builtin_dir() -> Path:
    return paths.resources_dir() / "checklists"


def user_dir(data_dir: Path) -> Path:
    return data_dir / "checklists"


def _read(path: Path, template_id: str, translated: bool) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(translate("Checklists", "The checklist {0} cannot be read: {1}").format(path, exc)) from exc
    return parse(data, template_id, translated)


def templates(data_dir: Path) -> list[Template]:
    """Built-in templates first, then the user's own, each by title; an unreadable user file is skipped."""
    found = [_read(path, BUILTIN_PREFIX + path.stem, True) for path in sorted(builtin_dir().glob("*.json"))]
    folder = user_dir(data_dir)
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            try:
                found.append(_read(path, USER_PREFIX + path.stem, False))
            except UserError:
                continue
    return found


def get(data_dir: Path, template_id: str) -> Template:
    prefix, _, stem = template_id.partition(":")
    folder = {BUILTIN_PREFIX: builtin_dir(), USER_PREFIX: user_dir(data_dir)}.get(prefix + ":")
    path = folder / f"{stem}.json" if folder is not None and _STEM.match(stem) else None
    if path is None or not path.is_file():
        raise UserError(translate("Checklists", "There is no checklist template {0}.").format(template_id))
    return _read(path, template_id, prefix + ":" == BUILTIN_PREFIX)


def get_builtin(name: str) -> Template:
    """A built-in template in its English words (what the demo stores)."""
    return _read(builtin_dir() / f"{name}.json", BUILTIN_PREFIX + name, False)


def _slug(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:48]
    return slug or "checklist"


def save(data_dir: Path, template: Template, replace: bool = False) -> Template:
    """Write a user's template (validated first); the file gets its final name only when complete."""
    parse({"title": template.title, "items": [_item_json(item) for item in template.items]}, template.id)
    slug = template.id.removeprefix(USER_PREFIX) if template.id.startswith(USER_PREFIX) else _slug(template.title)
    folder = user_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{slug}.json"
    if target.exists() and not replace:
        raise UserError(translate("Checklists", "A checklist named {0} exists already.").format(template.title))
    data = {"title": template.title, "version": 1, "source": template.source, **template.snapshot()}
    data.pop("id")
    partial = folder / f".{slug}.json.partial"
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    partial.replace(target)
    return _read(target, USER_PREFIX + slug, False)


def copy(data_dir: Path, template_id: str, title: str) -> Template:
    """A user's own copy of a template, under a new title, ready to be edited."""
    title = title.strip()
    if not title:
        raise UserError(translate("Checklists", "A checklist template needs a title and a list of items."))
    source = get(data_dir, template_id)
    return save(data_dir, Template("", title, source.items, source.source))
