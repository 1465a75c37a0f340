"""The Russian labels and the plural forms: complete, with the English placeholders and links, and CLDR's plurals."""

from __future__ import annotations

import re
import string

import babel
import pytest

from macros.labels import EN, EN_PLURALS, LABELS, PLURALS, RU, RU_PLURALS, count, labels, plural

LINK = re.compile(r"\]\(([^)]*)\)")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_russian_has_exactly_the_english_keys() -> None:
    assert set(RU) == set(EN)
    assert LABELS["ru"] is RU


@pytest.mark.parametrize("key", sorted(EN))
def test_russian_label_keeps_the_placeholders_and_links(key: str) -> None:
    assert placeholders(RU[key]) == placeholders(EN[key])
    assert LINK.findall(RU[key]) == LINK.findall(EN[key])


def test_russian_labels_are_translated_not_english_fallbacks() -> None:
    ru = labels("ru")
    english = {key for key in EN if ru[key] == EN[key]}
    assert english == set()
    wordless = {key for key in ru if not re.search("[а-яё]", ru[key], re.IGNORECASE)}
    assert wordless == {"glance_priorities"}  # `{phrase}`: the Russian count names what it counts


def test_an_unknown_locale_falls_back_to_english() -> None:
    assert labels("xx") == EN


def test_every_plural_table_has_the_english_keys_and_an_other_form() -> None:
    assert set(RU_PLURALS) == set(EN_PLURALS)
    for locale, table in PLURALS.items():
        for key, forms in table.items():
            assert "other" in forms, (locale, key)
            categories = set(babel.Locale.parse(locale).plural_form.tags) | {"other"}
            assert set(forms) <= categories, (locale, key)
            english = set().union(*(placeholders(form) for form in EN_PLURALS[key].values()))
            assert all(placeholders(form) <= english for form in forms.values()), (locale, key)


def test_russian_nouns_have_all_four_forms() -> None:
    for key in ("priority", "organization", "counts_groups", "counts_sources", "recorded_co_chairs"):
        assert set(RU_PLURALS[key]) == {"one", "few", "many", "other"}, key


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "1 приоритет"),
        (2, "2 приоритета"),
        (4, "4 приоритета"),
        (5, "5 приоритетов"),
        (11, "11 приоритетов"),
        (12, "12 приоритетов"),
        (21, "21 приоритет"),
        (22, "22 приоритета"),
        (0, "0 приоритетов"),
        (111, "111 приоритетов"),
    ],
)
def test_russian_counts_follow_cldr(number: int, expected: str) -> None:
    assert count("ru", "priority", number) == expected


@pytest.mark.parametrize(("number", "expected"), [(1, "1 priority"), (2, "2 priorities"), (0, "0 priorities")])
def test_english_counts(number: int, expected: str) -> None:
    assert count("en", "priority", number) == expected


def test_a_locale_without_plural_forms_uses_english() -> None:
    assert count("de", "priority", 1) == "1 priority"
    assert plural("de", "counts_groups", 3) == "working groups"


def test_russian_groups_agree_with_their_number() -> None:
    assert [count("ru", "counts_groups", n) for n in (1, 3, 10)] == [
        "1 рабочая группа",
        "3 рабочие группы",
        "10 рабочих групп",
    ]
