"""Agenda templates: built-in ones in resources/templates, the user's own in the data dir's templates folder.

A template is a JSON file with a name, a description and a list of items holding the fields of
:data:`TEMPLATE_FIELDS`.  Built-in texts are English and translated when applied;
a user's own templates are kept in the words they were saved in.  Applying a template or copying an
earlier meeting's agenda appends items, so it can be undone by removing exactly those items.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from msgspec import Struct, field

from facilitator import paths
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.i18n import translate

BUILTIN_PREFIX = "builtin:"
USER_PREFIX = "user:"
# Presenters belong to one meeting's invitation list, so a template leaves them out.
TEMPLATE_FIELDS = tuple(name for name in agenda.FIELDS if not name.startswith("presenter_"))
TRANSLATED_FIELDS = ("title", "purpose")


class Template(Struct, frozen=True):
    """An agenda to start from: its items as the template file lists them."""

    id: str
    name: str
    description: str
    items: list[dict[str, Any]] = field(default_factory=list)

    @property
    def builtin(self) -> bool:
        return self.id.startswith(BUILTIN_PREFIX)

    @property
    def total_minutes(self) -> int:
        return sum(item.get("planned_minutes", 0) for item in self.items)


def user_dir(db: Database) -> Path:
    return db.directory / "templates"


def _read(path: Path, template_id: str, translated: bool) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        specs = [{name: item[name] for name in TEMPLATE_FIELDS if name in item} for item in data["items"]]
        name, description = data["name"], data.get("description", "")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(translate("Agenda", "The template {0} cannot be read: {1}").format(path, exc)) from exc
    if translated:
        name, description = translate("Templates", name), translate("Templates", description)
        for spec in specs:
            for key in TRANSLATED_FIELDS:
                if spec.get(key):
                    spec[key] = translate("Templates", spec[key])
    return Template(template_id, name, description, specs)


def builtin_templates() -> list[Template]:
    folder = paths.resources_dir() / "templates"
    return [_read(path, BUILTIN_PREFIX + path.stem, True) for path in sorted(folder.glob("*.json"))]


def user_templates(db: Database) -> list[Template]:
    folder = user_dir(db)
    found = [_read(path, USER_PREFIX + path.stem, False) for path in sorted(folder.glob("*.json"))]
    return sorted(found, key=lambda template: template.name.casefold())


def templates(db: Database) -> list[Template]:
    """Built-in templates first, then the user's own by name."""
    return builtin_templates() + user_templates(db)


def get(db: Database, template_id: str) -> Template:
    for template in templates(db):
        if template.id == template_id:
            return template
    raise UserError(translate("Agenda", "There is no agenda template {0}.").format(template_id))


def apply(db: Database, meeting_id: str, template_id: str) -> list[str]:
    """Append a template's items to a meeting's agenda; returns the new items' ids (to undo)."""
    return agenda.add_many(db, meeting_id, get(db, template_id).items)


def copy_from_meeting(db: Database, source_meeting_id: str, target_meeting_id: str) -> list[str]:
    """Append the agenda of an earlier meeting, presenters included; returns the new items' ids."""
    if source_meeting_id == target_meeting_id:
        raise UserError(translate("Agenda", "Choose another meeting to copy the agenda from."))
    source = agenda.items(db, source_meeting_id)
    if not source:
        raise UserError(translate("Agenda", "That meeting has no agenda to copy."))
    return agenda.add_many(db, target_meeting_id, [_fields(item, agenda.FIELDS) for item in source])


def _fields(item: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(item, name) for name in names}


def _slug(name: str) -> str:
    return re.sub(r"[^\w-]+", "-", name.casefold(), flags=re.UNICODE).strip("-")[:60]


def exists(db: Database, name: str) -> bool:
    """Whether saving under ``name`` would replace one of the user's templates."""
    slug = _slug(name.strip())
    return bool(slug) and (user_dir(db) / f"{slug}.json").exists()


def save(db: Database, meeting_id: str, name: str, description: str = "", replace: bool = False) -> Template:
    """Save a meeting's agenda as one of the user's templates (a JSON file in the data dir)."""
    name = name.strip()
    slug = _slug(name)
    if not slug:
        raise UserError(translate("Agenda", "Give the template a name."))
    source = agenda.items(db, meeting_id)
    if not source:
        raise UserError(translate("Agenda", "This agenda is empty; add items before saving it as a template."))
    target = user_dir(db) / f"{slug}.json"
    if target.exists() and not replace:
        raise UserError(translate("Agenda", "A template named '{0}' exists already.").format(name))
    data = {
        "name": name,
        "description": description.strip(),
        "items": [_fields(item, TEMPLATE_FIELDS) for item in source],
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        temporary.replace(target)
    except OSError as exc:
        raise UserError(
            translate("Agenda", "The template cannot be saved in {0}: {1}").format(target.parent, exc.strerror or exc)
        ) from exc
    return Template(USER_PREFIX + slug, data["name"], data["description"], data["items"])
