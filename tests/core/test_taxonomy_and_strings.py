"""The taxonomy is data; its labels reach translators through a generated file kept current."""

from __future__ import annotations

import pytest

from facilitator.core import resource_strings, taxonomy
from facilitator.core.errors import UserError


def test_the_brief_taxonomy_is_loaded() -> None:
    groups = taxonomy.stakeholder_groups()
    assert groups["RH_WOMEN_WORKER"].is_rights_holder
    assert groups["BIZ_SUPPLIER_MGMT"].is_business
    assert {g.group_class for g in groups.values()} <= set(taxonomy.group_classes())
    assert {"CHILD", "FORCED", "OSH_SILICA", "WAGES", "REMEDY"} <= set(taxonomy.risk_tags())


def test_unknown_tags_and_groups_are_refused() -> None:
    assert taxonomy.check_risk_tags(["WAGES", "WAGES", "CHILD"]) == ["WAGES", "CHILD"]
    with pytest.raises(UserError, match="Unknown risk tag: SILICOSIS"):
        taxonomy.check_risk_tags(["SILICOSIS"])
    with pytest.raises(UserError, match="Unknown stakeholder group"):
        taxonomy.check_group("BIZ_BANK")


def test_generated_resource_strings_are_current() -> None:
    assert resource_strings.GENERATED.read_text(encoding="utf-8") == resource_strings.render(), (
        "run: python -m facilitator.core.resource_strings"
    )


def test_countries_are_offered_in_the_order_of_their_names_in_the_language_shown(monkeypatch) -> None:
    from facilitator.core import localised, vocabulary

    english = vocabulary.COUNTRIES.sorted_codes()
    assert english.index("FR") < english.index("DE")  # France, Germany
    monkeypatch.setattr(localised, "language", lambda: "nl")
    dutch = vocabulary.COUNTRIES.sorted_codes()
    assert dutch.index("DE") < dutch.index("FR")  # Duitsland, Frankrijk
    monkeypatch.undo()
    assert vocabulary.COUNTRIES.sorted_codes() == english


def test_accented_names_sort_among_their_letter_and_are_found_typed_without_accents(monkeypatch) -> None:
    """Åland came after Zimbabwe, and "reunion" was an unknown country."""
    from facilitator.core import localised, vocabulary

    english = vocabulary.COUNTRIES.sorted_codes()
    assert english.index("AF") < english.index("AX") < english.index("AL")  # Afghanistan, Åland Islands, Albania
    assert english.index("RE") < english.index("RO")  # Réunion, Romania
    typed = {"reunion": "RE", "curacao": "CW", "cote d'ivoire": "CI", "turkey": "TR", "Türkiye": "TR"}
    assert {text: vocabulary.COUNTRIES.match(text) for text in typed} == typed
    assert vocabulary.COUNTRIES.begun("aland") == ["AX"]
    monkeypatch.setattr(localised, "language", lambda: "nl")
    languages = vocabulary.LANGUAGES.sorted_codes()
    assert languages.index("ht") < languages.index("haw")  # Haïtiaans Creools, Hawaïaans
    assert vocabulary.LANGUAGES.match("haitiaans creools") == "ht"


def test_the_kept_country_and_language_names_are_babels() -> None:
    from facilitator.core import localised

    assert localised.stored_names_path().read_text(encoding="utf-8") == localised.render_stored_names(), (
        "run: python -m facilitator.core.localised"
    )


def test_names_in_the_document_languages_need_no_babel_and_others_still_ask_it() -> None:
    """The window's first paint names a meeting's country without loading a whole CLDR locale."""
    import subprocess
    import sys

    code = (
        "import sys; from facilitator.core import localised as l; "
        "print(l.COUNTRIES.label('IN'), l._cldr_names('territories', '[A-Z]{2}', 'hi')['IN'], "
        "l.LANGUAGES.match('Hindi'), 'babel' in sys.modules); "
        "print(l._cldr_names('territories', '[A-Z]{2}', 'de')['IN'], 'babel' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.splitlines() == ["India भारत hi False", "Indien True"]


def test_without_the_kept_names_every_name_is_asked_of_babel(monkeypatch, tmp_path) -> None:
    from facilitator.core import localised

    (tmp_path / "names.json").write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(localised, "stored_names_path", lambda: tmp_path / "names.json")
    localised._stored_names.cache_clear()
    localised._cldr_names.cache_clear()
    try:
        assert localised.COUNTRIES.label("IN") == "India" and localised.LANGUAGES.match("Hindi") == "hi"
    finally:
        localised._stored_names.cache_clear()
        localised._cldr_names.cache_clear()
