"""Translations field by field: paths, merging with fallback, staleness, the check's problems, the translate tool."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from macros import frontmatter, overlay, translator
from macros.cli import main
from macros.index import SiteIndex
from macros.model import FieldTranslation, Translation, WorkingGroup
from macros.render import Here, esc, finish_page
from macros.site import check_site, load_site

from ..support import MINI_DOCS, copy_mini_docs, run_check

GROUP = WorkingGroup.model_validate(
    {
        "name": "Alpha Group",
        "order": 1,
        "summary": "Two priorities.",
        "co_chairs": [{"name": "Ann Example", "note": "Named once."}],
        "priorities": [
            {
                "id": "alpha-first",
                "title": "First",
                "text": "Do it.",
                "partners": ["Text4baby"],
                "themes": [{"id": "tech", "relation": "editorial", "note": "A reading."}],
            }
        ],
        "follow_ups": [{"text": "They met.", "date": "2010-10"}, {"text": "Later.", "kind": "later"}],
        "sources": ["report"],
    }
)


def translated(text: str, english: str) -> FieldTranslation:
    return FieldTranslation(text=text, translates=overlay.translation_hash(english))


@pytest.fixture(scope="module")
def index() -> SiteIndex:
    return load_site(MINI_DOCS)


def test_every_text_for_readers_has_a_path_and_ids_dates_and_sources_have_none() -> None:
    paths = dict(overlay.texts(GROUP))
    assert paths == {
        "name": "Alpha Group",
        "summary": "Two priorities.",
        "co_chairs.1.name": "Ann Example",
        "co_chairs.1.note": "Named once.",
        "priorities.alpha-first.title": "First",
        "priorities.alpha-first.text": "Do it.",
        "priorities.alpha-first.partners.1": "Text4baby",
        "priorities.alpha-first.themes.tech.note": "A reading.",
        "follow_ups.1.text": "They met.",
        "follow_ups.2.text": "Later.",
    }


def test_the_hash_ignores_line_breaks_and_spaces_but_not_words() -> None:
    assert overlay.translation_hash("Do  it.\n") == overlay.translation_hash("Do it.")
    assert overlay.translation_hash("Do it!") != overlay.translation_hash("Do it.")
    assert len(overlay.translation_hash("x")) == 8


def test_merge_uses_the_translation_marks_stale_ones_and_keeps_english_apart() -> None:
    fields = {
        "name": translated("Группа Альфа", "Alpha Group"),
        "priorities.alpha-first.title": translated("Первый", "An older title"),
    }
    merged = overlay.merge(GROUP, fields)
    assert isinstance(merged, WorkingGroup)
    assert merged.name == "Группа Альфа"
    assert type(merged.name) is str
    title = merged.priorities[0].title
    assert isinstance(title, overlay.Stale)
    assert title == "Первый"
    assert isinstance(merged.summary, overlay.Foreign)
    assert merged.summary == "Two priorities."
    assert isinstance(merged.priorities[0].partners[0], overlay.Foreign)
    assert merged.priorities[0].id == "alpha-first"
    assert merged.follow_ups[0].date == "2010-10"
    assert GROUP.name == "Alpha Group"  # the English model is untouched


def test_states_and_unknown_fields() -> None:
    fields = {
        "name": translated("Группа Альфа", "Alpha Group"),
        "summary": translated("Старое", "An older summary"),
        "priorities.no-such-id.title": translated("Нет", "No"),
    }
    states = overlay.field_states(GROUP, fields)
    assert states["name"] == "translated"
    assert states["summary"] == "stale"
    assert states["follow_ups.1.text"] == "missing"
    assert overlay.unknown_fields(GROUP, fields) == ["priorities.no-such-id.title"]


def test_esc_sets_english_text_apart_and_marks_stale_translations_still_escaped() -> None:
    assert esc(overlay.Foreign("a | <b>")) == '<span lang="en" class="c2c-foreign">a &#124; &#60;b&#62;</span>'
    assert esc(overlay.Stale("*x*")) == '<span class="c2c-stale">&#42;x&#42;</span>'
    assert esc("a | <b>") == "a &#124; &#60;b&#62;"  # the same text, not marked, is cached apart


def test_a_page_with_marks_explains_them_once_under_its_title(index: SiteIndex) -> None:
    here = Here("groups/alpha.md", locale="ru")
    markdown = f"# Title\n\nText {esc(overlay.Foreign('x'))} and {esc(overlay.Foreign('y'))}.\n"
    finished = finish_page(markdown, index.edition("ru"), here)
    assert finished.count("!!! note") == 1
    assert finished.index("# Title") < finished.index("!!! note") < finished.index("Text")
    assert "../contribute.md#translating" in finished
    assert finish_page("# Title\n\nText.\n", index.edition("ru"), here).count("!!! note") == 0


def test_the_russian_edition_is_built_from_the_same_reading(index: SiteIndex) -> None:
    russian = index.edition("ru")
    assert index.edition("en") is index
    assert index.edition("de") is index
    assert [entry.id for entry in russian.groups] == [entry.id for entry in index.groups]
    assert [entry.id for entry in russian.exhibitors] == [entry.id for entry in index.exhibitors]
    assert russian.group("alpha").model.name == "Группа Альфа"
    assert set(russian.priorities) == set(index.priorities)
    coverage = {page.path: page for page in russian.coverage}
    alpha = coverage["groups/alpha.md"]
    assert (alpha.translated, alpha.stale, alpha.stale_fields) == (3, 1, ("summary",))
    assert alpha.body == "none"
    assert coverage["index.md"].body == "missing"


def _write(docs: Path, path: str, text: str) -> None:
    (docs / path).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        (
            "groups/nowhere.ru.md",
            "---\nfields: {}\n---\n",
            "docs/groups/nowhere.ru.md: file: there is no English page docs/groups/nowhere.md",
        ),
        (
            "groups/alpha.ru.md",
            '---\nfields:\n  "priorities.alpha-frist.title":\n    text: "x"\n    translates: "12345678"\n---\n',
            "docs/groups/alpha.ru.md:3: fields.priorities.alpha-frist.title: unknown translatable field "
            "'priorities.alpha-frist.title'",
        ),
        (
            "groups/alpha.ru.md",
            "---\ntitle: Альфа\n---\n",
            "docs/groups/alpha.ru.md:2: title: is not used on a generated page",
        ),
        (
            "status.ru.md",
            "---\ntitle: Состояние\n---\n",
            "docs/status.ru.md:2: front matter: the page has no text (expected the Russian text of docs/status.md)",
        ),
        (
            "groups/alpha.ru.md",
            '---\nfields:\n  "name":\n    text: "x"\n    translates: 12345678\n---\n',
            "docs/groups/alpha.ru.md:5: fields.name.translates: got int 12345678 (expected text)",
        ),
    ],
)
def test_the_check_names_the_file_the_field_and_what_was_expected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, text: str, expected: str
) -> None:
    docs = copy_mini_docs(tmp_path)
    _write(docs, path, text)
    code, output = run_check(docs, capsys, "--no-build")
    assert code == 1
    assert expected in output.replace(f"{tmp_path}/", ""), output


def test_the_check_lists_out_of_date_translations_without_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, output = run_check(copy_mini_docs(tmp_path), capsys, "--no-build")
    output = output.replace(f"{tmp_path}/", "")
    assert code == 0
    assert (
        "note: docs/groups/alpha.ru.md: fields.summary: out of date: the English text changed since it was "
        "translated (python -m macros translate groups/alpha)"
    ) in output


def _reread(docs: Path, path: str) -> Translation:
    fm = frontmatter.read(docs / path)
    return Translation.model_validate(fm.data)


def test_translate_writes_every_field_with_its_english_and_keeps_what_is_done(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = copy_mini_docs(tmp_path)
    assert main(["translate", "groups/alpha", "--docs", str(docs)]) == 0
    assert "3 fields translated" in capsys.readouterr().out
    text = (docs / "groups/alpha.ru.md").read_text(encoding="utf-8")
    assert '  # "follow_ups.1.text":\n  #   en: They met again.\n' in text  # still to translate: commented out
    assert "# OUT OF DATE" in text
    assert 'translates: "00000000"' in text
    assert yaml.safe_load(text.split("---")[1])["fields"]["name"] == {"text": "Группа Альфа", "translates": "13c58d8e"}
    before = _reread(docs, "groups/alpha.ru.md")
    assert main(["translate", "groups/alpha", "--docs", str(docs)]) == 0  # running it again changes nothing
    assert (docs / "groups/alpha.ru.md").read_text(encoding="utf-8") == text
    assert main(["translate", "groups/alpha", "--accept", "--docs", str(docs)]) == 0
    after = _reread(docs, "groups/alpha.ru.md")
    assert set(after.fields) == set(before.fields)
    _, problems = check_site(docs)
    assert problems == []
    russian = load_site(docs).edition("ru")
    alpha = next(page for page in russian.coverage if page.path == "groups/alpha.md")
    assert alpha.stale == 0
    assert alpha.translated == 4


def test_translate_starts_a_written_page_from_its_english_text(tmp_path: Path) -> None:
    docs = copy_mini_docs(tmp_path)
    assert main(["translate", "status", "--docs", str(docs)]) == 0
    text = (docs / "status.ru.md").read_text(encoding="utf-8")
    assert "render_macros: true" in text
    assert "<!-- Translate the English text below" in text
    russian = load_site(docs).edition("ru")
    assert next(page for page in russian.coverage if page.path == "status.md").body == "missing"
    assert main(["translate", "status", "--accept", "--docs", str(docs)]) == 0
    russian = load_site(docs).edition("ru")
    assert next(page for page in russian.coverage if page.path == "status.md").body == "translated"


def test_translate_refuses_a_page_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", "groups/nowhere", "--docs", str(copy_mini_docs(tmp_path))]) == 1
    assert "no English page docs/groups/nowhere.md" in capsys.readouterr().err.replace(str(tmp_path) + "/", "")


def test_draft_of_a_page_without_translations_parses_and_translates_nothing() -> None:
    draft = translator.draft("groups/alpha.md", GROUP, "", None, None, generated=True)
    data = yaml.safe_load(draft.text.split("---")[1])
    assert data == {"fields": {}}
    assert (draft.translated, draft.missing, draft.stale) == (0, 10, 0)
