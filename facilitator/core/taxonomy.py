"""Stakeholder groups and risk tags, read from resources/taxonomy/*.json.

The taxonomy is data so that a facilitator's organisation can adapt it without touching code.
Labels are English in the files and translated when shown (see :mod:`facilitator.core.resource_strings`).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from msgspec import Struct

from facilitator import paths
from facilitator.core.errors import UserError
from facilitator.i18n import translate


@cache
def load(name: str) -> dict[str, Any]:
    """One taxonomy file, parsed once per process."""
    path = paths.resources_dir() / "taxonomy" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


class _Labelled(Struct, frozen=True):
    """An entry whose English label and description are translated when shown."""

    id: str
    label_en: str
    description_en: str

    @property
    def label(self) -> str:
        return translate("Taxonomy", self.label_en)

    @property
    def description(self) -> str:
        return translate("Taxonomy", self.description_en)


class StakeholderGroup(_Labelled, frozen=True):
    """A stakeholder group of the taxonomy, with its class (rights holder, business, …)."""

    group_class: str
    synonyms: tuple[str, ...] = ()  # how invitation lists name the group, in English, Dutch and Hindi

    @property
    def is_rights_holder(self) -> bool:
        return self.group_class == "rights_holder"

    @property
    def is_business(self) -> bool:
        return self.group_class == "business"


class RiskTag(_Labelled, frozen=True):
    """A labour-risk tag of the taxonomy, with the sources that name the risk."""

    sources: str


@cache
def stakeholder_groups() -> dict[str, StakeholderGroup]:
    return {
        g["id"]: StakeholderGroup(g["id"], g["label"], g["description"], g["class"], tuple(g.get("synonyms", ())))
        for g in load("stakeholder_groups")["groups"]
    }


@cache
def group_classes() -> dict[str, str]:
    """Class id -> English label, in the order of preference of the taxonomy."""
    return {c["id"]: c["label"] for c in load("stakeholder_groups")["classes"]}


def group_class_label(class_id: str) -> str:
    return translate("Taxonomy", group_classes()[class_id])


@cache
def risk_tags() -> dict[str, RiskTag]:
    return {t["id"]: RiskTag(t["id"], t["label"], t["description"], t["sources"]) for t in load("risk_tags")["tags"]}


def check_group(group_id: str) -> str:
    """The id itself when known, else a clear refusal (empty means 'not set')."""
    if group_id and group_id not in stakeholder_groups():
        raise UserError(
            translate("Taxonomy", "Unknown stakeholder group: {0}. The groups are: {1}.").format(
                group_id, ", ".join(stakeholder_groups())
            )
        )
    return group_id


def check_risk_tags(tags: list[str]) -> list[str]:
    unknown = [tag for tag in tags if tag not in risk_tags()]
    if unknown:
        raise UserError(
            translate("Taxonomy", "Unknown risk tag: {0}. Known tags: {1}").format(
                ", ".join(unknown), ", ".join(risk_tags())
            )
        )
    return list(dict.fromkeys(tags))
