"""How a person may appear in anything that leaves the facilitator's screen.

Workers who speak up about wages or advances can face retaliation [S19, S30], so each person carries
an anonymity level and every output (CSV, JSON on the command line, minutes) asks this module what to
show instead of reading names itself:

- ``named``: name, organisation and stakeholder group;
- ``group_only``: only the stakeholder group ("Women workers");
- ``anonymous``: nothing that points to the person or their group.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core import taxonomy
from facilitator.core.errors import UserError
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

LEVELS = {
    "named": QT_TRANSLATE_NOOP("Anonymity", "Named"),
    "group_only": QT_TRANSLATE_NOOP("Anonymity", "Group only"),
    "anonymous": QT_TRANSLATE_NOOP("Anonymity", "Anonymous"),
}


def level_label(level: str) -> str:
    return translate("Anonymity", LEVELS.get(level, LEVELS["anonymous"]))


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise UserError(
            translate("Anonymity", "Unknown anonymity level: {0}. Use one of: {1}").format(level, ", ".join(LEVELS))
        )
    return level


def default_level(group: str) -> str:
    """Rights-holders are anonymous until they agree otherwise [S24, S30]; everyone else is named."""
    known = taxonomy.stakeholder_groups()
    return "anonymous" if group in known and known[group].is_rights_holder else "named"


@dataclass(frozen=True)
class PublicIdentity:
    """What an output may show of one person.  Empty strings mean "withheld"."""

    label: str
    name: str
    organisation: str
    group: str
    group_label: str
    email: str
    phone: str
    level: str


def public_identity(
    level: str, name: str, organisation: str = "", group: str = "", email: str = "", phone: str = ""
) -> PublicIdentity:
    """The shown form of a person; an unknown level is treated as the strictest one."""
    level = level if level in LEVELS else "anonymous"
    groups = taxonomy.stakeholder_groups()
    group_label = groups[group].label if group in groups else ""
    if level == "named":
        return PublicIdentity(name, name, organisation, group, group_label, email, phone, level)
    if level == "group_only":
        label = group_label or translate("Anonymity", "Participant (group withheld)")
        return PublicIdentity(label, "", "", group, group_label, "", "", level)
    return PublicIdentity(translate("Anonymity", "Anonymous participant"), "", "", "", "", "", "", level)
