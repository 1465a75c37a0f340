"""Which pages an edit touches, from the index before and after it (what `make serve` rebuilds)."""

from __future__ import annotations

import shutil
from pathlib import Path

from macros.dependents import dependents, settled
from macros.render import Here
from macros.site import load_site
from macros.templates import plain_calls

from ..support import MINI_DOCS, ROOT, copy_mini_docs

RECORD_PAGES = {
    "groups/index.md",
    "index.md",
    "marketplace/index.md",
    "priorities.md",
    "sources.md",
    "status.md",
    "themes.md",
    "timeline.md",
}
"""The mini site's own pages that call a macro showing the record (its glossary page shows the glossary alone)."""


def edited(tmp_path: Path, path: str, old: str, new: str) -> Path:
    docs = copy_mini_docs(tmp_path)
    text = (docs / path).read_text(encoding="utf-8")
    assert old in text
    (docs / path).write_text(text.replace(old, new, 1), encoding="utf-8")
    return docs


def test_the_first_build_and_an_unchanged_rebuild() -> None:
    index = load_site(MINI_DOCS)
    assert dependents(None, index) is None
    assert dependents(index, load_site(MINI_DOCS)) == frozenset()


def test_a_priority_edit_touches_its_group_the_exhibitor_it_links_and_the_record_pages(tmp_path: Path) -> None:
    docs = edited(tmp_path, "groups/alpha.md", "text: Do the first thing.", "text: Do the first thing better.")
    touched = dependents(load_site(MINI_DOCS), load_site(docs))
    assert touched == frozenset({"groups/alpha.md", "marketplace/gadget.md", *RECORD_PAGES})


def test_a_link_removed_still_rebuilds_the_page_it_left(tmp_path: Path) -> None:
    docs = edited(tmp_path, "groups/alpha.md", "      - id: gadget\n", "      - id: widget\n")
    touched = dependents(load_site(MINI_DOCS), load_site(docs))
    assert touched is not None
    assert {"marketplace/gadget.md", "marketplace/widget.md"} <= touched
    assert "groups/beta.md" not in touched


def test_a_translation_edit_touches_its_page_in_both_editions(tmp_path: Path) -> None:
    docs = edited(tmp_path, "groups/alpha.ru.md", "Сделать первое.", "Сделать первое иначе.")
    touched = dependents(load_site(MINI_DOCS), load_site(docs))
    assert touched is not None
    assert {"groups/alpha.md", *RECORD_PAGES} <= touched


def test_a_prose_edit_touches_its_page_and_the_pages_that_show_prose(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "groups" / "public-health.md"
    before = load_site(docs)
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more sentence of prose.\n", encoding="utf-8")
    after = load_site(docs)
    assert dependents(before, after) == frozenset({"groups/public-health.md", "report.md", "status.md"})
    end = "sources: [report]\n---\n"
    mini = edited(tmp_path / "mini", "groups/alpha.md", end, end + "\nProse.\n")
    assert dependents(load_site(MINI_DOCS), load_site(mini)) == frozenset({"groups/alpha.md"})  # no report page


def test_prose_and_record_edited_together_touch_the_record_pages(tmp_path: Path) -> None:
    docs = edited(tmp_path, "groups/alpha.md", "sources: [report]\n---\n", "sources: [report, blog]\n---\n\nProse.\n")
    touched = dependents(load_site(MINI_DOCS), load_site(docs))
    assert touched is not None
    assert {"groups/alpha.md", *RECORD_PAGES} <= touched


def test_edits_that_reach_every_page_rebuild_everything(tmp_path: Path) -> None:
    renamed = edited(tmp_path / "a", "groups/beta.md", "name: Beta Group", "name: Beta Team")  # the nav shows it
    assert dependents(load_site(MINI_DOCS), load_site(renamed)) is None
    glossary = edited(tmp_path / "b", "glossary.md", "text: Non-profit organizations.", "text: Non-profits.")
    assert dependents(load_site(MINI_DOCS), load_site(glossary)) is None  # every page explains its terms
    docs = copy_mini_docs(tmp_path / "c")
    (docs / "extra.md").write_text("# Extra\n\nA new page.\n", encoding="utf-8")
    assert dependents(load_site(MINI_DOCS), load_site(docs)) is None
    sources = copy_mini_docs(tmp_path / "d")
    text = (sources / "sources.md").read_text(encoding="utf-8")
    (sources / "sources.md").write_text(text.replace("publisher:", "publisher:", 1) + "\nMore prose.\n", "utf-8")
    assert dependents(load_site(MINI_DOCS), load_site(sources)) is None


def here(path: str, locale: str, file: str) -> Here:
    return Here(path, locale=locale, source=file if file != path else "")


def test_the_site_pages_that_show_the_same_are_not_rebuilt(tmp_path: Path) -> None:
    """`settled` replays every macro of each touched site page in each edition, before and after the edit."""
    docs = edited(tmp_path, "groups/alpha.md", "text: Do the first thing.", "text: Do the first thing better.")
    before, after = load_site(MINI_DOCS), load_site(docs)
    touched = dependents(before, after)
    assert touched is not None
    same = settled(before, after, touched, here)
    assert {"timeline.md", "themes.md", "status.md"} <= same  # follow-ups, themes' titles, open questions
    assert "priorities.md" not in same  # its table shows the text
    assert not {"groups/alpha.md", "marketplace/gadget.md"} & same  # generated pages: always rebuilt
    titled = edited(tmp_path / "t", "groups/alpha.md", "title: Second\n", "title: Second one\n")
    assert "status.md" not in settled(before, load_site(titled), touched, here)  # its open questions name it


def test_a_call_that_cannot_be_replayed_is_not_compared() -> None:
    assert plain_calls('{{ cite("a", "b") }} {% if x %}{{ counts() }}{% endif %}') == [
        ("cite", ["a", "b"]),
        ("counts", []),
    ]
    for body in ("{{ cite(x) }}", '{{ cite(id="a") }}', "{{ page.title() }}", "{{ cite(*ids) }}", "{{ broken("):
        assert plain_calls(body) is None, body
