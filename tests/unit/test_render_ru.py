"""The renderers in Russian: golden files, the English headings' ids, counts in the right form, dates by Babel.

Regenerate the Russian golden files after an intended change with
`UPDATE_GOLDEN=1 pytest tests/unit/test_render_ru.py`, then read the diff.
"""

from __future__ import annotations

import os
import re

import babel.dates
import pytest
from pymdownx.slugs import slugify  # type: ignore[import-untyped]  # the package ships no py.typed marker

from macros.index import SiteIndex
from macros.labels import EN
from macros.render import Here, format_date
from macros.render.headings import ANCHORS
from macros.site import load_site

from ..support import MINI_DOCS
from .test_render import CASES, EXPECTED, REPO_URL

EXPECTED_RU = EXPECTED / "ru"
HEADING = re.compile(r"^#{1,6} (.*)$", re.MULTILINE)
EXPLICIT_ID = re.compile(r" \{#([^}]+)\}$")


@pytest.fixture(scope="module")
def index() -> SiteIndex:
    return load_site(MINI_DOCS)


def render(index: SiteIndex, name: str, locale: str) -> str:
    page, function = CASES[name]
    return function(index.edition(locale), Here(page, locale=locale, repo_url=REPO_URL, edit_uri="edit/main/docs/"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_russian_render_matches_golden_file(index: SiteIndex, name: str) -> None:
    output = render(index, name, "ru")
    expected = EXPECTED_RU / f"{name}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        expected.parent.mkdir(parents=True, exist_ok=True)
        expected.write_text(output, encoding="utf-8")
    assert output == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_headings_have_the_same_ids_in_both_languages(index: SiteIndex, name: str) -> None:
    english, russian = (HEADING.findall(render(index, name, locale)) for locale in ("en", "ru"))
    assert len(english) == len(russian)
    for en_heading, ru_heading in zip(english, russian, strict=True):
        en_id, ru_id = EXPLICIT_ID.search(en_heading), EXPLICIT_ID.search(ru_heading)
        if en_id is None or ru_id is None:  # a name or a year: text from the data, the same in both here
            assert en_heading == ru_heading
        else:
            assert en_id.group(1) == ru_id.group(1)


def test_the_group_page_headings_are_russian_with_english_ids(index: SiteIndex) -> None:
    headings = HEADING.findall(render(index, "group_page_alpha", "ru"))
    assert "Сопредседатели {#co-chairs}" in headings
    assert "Приоритеты {#priorities}" in headings
    assert "Что было дальше {#what-followed}" in headings
    assert "Источники {#sources}" in headings


def test_the_report_numbers_repeated_sections_as_toc_does(index: SiteIndex) -> None:
    ids = [
        match.group(1)
        for line in HEADING.findall(render(index, "full_report", "ru"))
        if (match := EXPLICIT_ID.search(line))
    ]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("key", sorted(ANCHORS))
def test_each_heading_id_is_the_slug_mkdocs_gives_the_english_heading(key: str) -> None:
    expected = "later" if key == "timeline_later" else slugify(case="lower")(EN[key], "-")
    assert ANCHORS[key] == expected


def test_russian_counts_agree_with_their_numbers(index: SiteIndex) -> None:
    counts = render(index, "counts", "ru")
    assert '<span class="c2c-count">2</span> [рабочие группы]' in counts
    assert '<span class="c2c-count">1</span> [рабочая группа, для которой записан хотя бы один приоритет]' in counts
    assert '<span class="c2c-count">2</span> [приоритета в архиве, из них под вопросом: 1]' in counts
    status = render(index, "status_table", "ru")
    assert "2 приоритета, под вопросом: 1" in status
    assert "recorded" not in status


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        ("2010-06-23", "ru", "23 июня 2010\u202fг."),  # Babel (CLDR) puts a narrow no-break space
        ("2010-10", "ru", "октябрь 2010\u202fг."),
        ("2010-06-23", "en", "June 23, 2010"),
        ("2010-10", "en", "October 2010"),
        ("2010", "ru", "2010"),
    ],
)
def test_dates_in_the_page_language(value: str, locale: str, expected: str) -> None:
    assert format_date(value, locale) == expected


def test_russian_dates_are_babels() -> None:
    import datetime

    assert format_date("2010-06-23", "ru") == babel.dates.format_date(datetime.date(2010, 6, 23), "long", locale="ru")
    assert format_date("2010-10", "ru") == babel.dates.format_skeleton("yMMMM", datetime.date(2010, 10, 1), locale="ru")
    assert format_date("2010-06-23/2010-06-24", "ru") == "23 июня 2010\u202fг. – 24 июня 2010\u202fг."


def test_the_renderers_print_dates_in_the_page_language(index: SiteIndex) -> None:
    timeline = render(index, "timeline", "ru")
    english = render(index, "timeline", "en")
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    assert re.search(months, english)
    assert not re.search(months, timeline)
    assert "**23 июня 2010 г. – 24 июня 2010 г.**" in timeline  # `esc` makes Babel's narrow no-break space a space
