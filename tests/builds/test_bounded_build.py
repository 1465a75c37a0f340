"""The aggregate pages past their limits, built: the mini site with every limit of `render/bounded.py` at 0.

The strict build passes, every internal link of both editions lands on a page and an anchor, and each aggregate
page holds its bounded form (the sentence that says the record is too large, and links to the parts).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.render import bounded

from ..support import MINI_DOCS, MINI_NAV, build_site, links_that_miss, one, page

LIMITS = [name for name in dir(bounded) if name.endswith("_MAX")]
EXTRA_PAGES = {
    "report.md": "---\ntitle: Full report\nrender_macros: true\n---\n\n# Full report\n\n{{ full_report() }}\n",
    "overview.md": "---\ntitle: Overview\nrender_macros: true\n---\n\n# Overview\n\n{{ overview_matrix() }}\n",
}
"""The mini site has no full report or overview page: the test adds them."""
MORE_MACROS = {
    "index.md": "\n{{ group_glance() }}\n\n{{ headline_priorities() }}\n\n{{ exhibitor_names() }}\n\n"
    "{{ record_views() }}\n",
    "status.md": "\n{{ translation_status() }}\n",
}
"""The macros of the real home and status pages that the mini site's do not call: the test adds them."""
AGGREGATES = {
    "priorities.md": "groups/alpha/#priorities",
    "themes.md": "priorities/",
    "timeline.md": "groups/alpha/#what-followed",
    "overview.md": "themes/#technology",
    "report.md": "marketplace/gadget/",
    "index.md": "marketplace/",
    "marketplace/index.md": "gadget/",
    "sources.md": "timeline/",
    "status.md": "groups/alpha/",
}
"""Each aggregate page, and a link its bounded form holds to where a part of the record is."""
TOO_LARGE = ("too large", "too many", "слишком")
"""The sentence's words in each language (the mini site's aggregate pages have no Russian file: under /ru/ they
fall back to the English text; tests/unit/test_bounded.py renders the Russian one)."""


@pytest.fixture(scope="module")
def bounded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bounded")
    docs = work / "docs"
    shutil.copytree(MINI_DOCS, docs)
    for name, text in EXTRA_PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    for name, text in MORE_MACROS.items():
        with (docs / name).open("a", encoding="utf-8") as file:
            file.write(text)
    nav = [*MINI_NAV, {"Full report": "report.md"}, {"Overview": "overview.md"}]
    with pytest.MonkeyPatch.context() as patch:
        for name in LIMITS:
            patch.setattr(bounded, name, 0)
        return build_site(work / "site", docs_dir=str(docs), nav=nav)


def test_every_internal_link_of_both_editions_lands_on_a_page_and_an_anchor(bounded_site: Path) -> None:
    checked, missed = links_that_miss(bounded_site)
    assert missed == []
    assert checked > 100


@pytest.mark.parametrize("edition", ["", "ru/"])
@pytest.mark.parametrize("source", AGGREGATES)
def test_each_aggregate_page_holds_its_bounded_form(bounded_site: Path, edition: str, source: str) -> None:
    article = page(bounded_site, edition + source).select_one("article")
    assert article is not None
    assert any(words in article.get_text() for words in TOO_LARGE)
    hrefs = [str(a["href"]) for a in article.find_all("a", href=True)]
    assert any(href.endswith(AGGREGATES[source]) for href in hrefs)


@pytest.mark.parametrize("edition", ["", "ru/"])
def test_bounded_pages_list_no_record_rows(bounded_site: Path, edition: str) -> None:
    assert page(bounded_site, edition + "priorities.md").find(id="alpha-first") is None
    hrefs = [str(a["href"]) for a in page(bounded_site, edition + "priorities.md").find_all("a", href=True)]
    assert any(href.endswith("groups/alpha/#priorities") for href in hrefs)
    report = page(bounded_site, edition + "report.md")
    assert report.find(id="group-alpha") is None
    assert report.find(id="the-working-groups") is not None
    assert page(bounded_site, edition + "overview.md").select_one("table.c2c-matrix") is None


@pytest.mark.parametrize("edition", ["", "ru/"])
def test_the_home_page_names_no_group_or_exhibitor_past_its_limit(bounded_site: Path, edition: str) -> None:
    home = page(bounded_site, edition + "index.md")
    assert home.select_one(".tabbed-set") is None  # the two tables of record_views
    hrefs = [str(a["href"]) for a in one(home, "article").find_all("a", href=True)]
    assert not any("marketplace/gadget/" in href for href in hrefs)
    assert any(href.endswith("status/") for href in hrefs)
