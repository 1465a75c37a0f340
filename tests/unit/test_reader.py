"""Unit tests of issue 11's renderers: counts that keep uncertainty, the timeline, citations and the glossary."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from markdown import Markdown  # type: ignore[import-untyped]  # no stubs: types-Markdown is not a dependency

from macros.index import SiteIndex
from macros.model import FollowUp, Milestone, Priority, Term, WorkingGroup
from macros.render import finish as reader
from macros.render import summary, timeline
from macros.render.markdown import Here, cite_token
from macros.site import load_site

from ..support import MINI_DOCS, ROOT

HERE = Here("index.md")


@pytest.fixture(scope="module")
def index() -> SiteIndex:
    return load_site(MINI_DOCS)


def priority(number: int, uncertain: bool = False) -> Priority:
    return Priority(
        id=f"p-{number}",
        title=f"P{number}",
        text="Text.",
        uncertain=uncertain,
        note="Why." if uncertain else None,
    )


@pytest.mark.parametrize(
    ("uncertain", "expected"),
    [(0, "4 recorded"), (1, "4 recorded, 1 uncertain"), (3, "4 recorded, 3 uncertain")],
)
def test_a_count_says_how_many_are_uncertain(uncertain: int, expected: str) -> None:
    items = [priority(n, uncertain=n < uncertain) for n in range(4)]
    assert summary.count_phrase(HERE, items) == expected


def follow_up(kind: str = "follow-up", relation: str = "sourced", date: str | None = None) -> FollowUp:
    return FollowUp.model_validate({"text": "T.", "kind": kind, "relation": relation, "date": date})


def test_follow_ups_are_counted_apart_from_editorial_and_later_items() -> None:
    group = WorkingGroup(
        name="G",
        order=1,
        summary="S.",
        sources=["x"],
        follow_ups=[
            follow_up(),
            follow_up(),
            follow_up(relation="editorial"),
            follow_up(kind="later"),
            follow_up(kind="later", relation="editorial"),
        ],
    )
    assert summary.tally_follow_ups([group]) == summary.FollowUpTally(summit=2, editorial=1, later=2)
    assert summary.follow_up_phrase(HERE, group.follow_ups) == "2 (1 editorial, 2 later)"
    assert summary.follow_up_phrase(HERE, [follow_up(kind="later")]) == "0 (1 later)"
    assert summary.follow_up_phrase(HERE, []) == "Not recorded"


def test_the_real_counts_on_the_home_page_keep_child_protection_uncertain() -> None:
    real = load_site(ROOT / "docs")
    child = real.group("child-protection").model
    assert summary.count_phrase(HERE, child.priorities) == "4 recorded, 3 uncertain"
    anti = real.group("anti-corruption").model
    assert summary.count_phrase(HERE, anti.co_chairs) == "4 recorded, 1 uncertain"
    assert not real.group("public-health").model.co_chairs, "Elena Baibarina is not a co-chair"


def test_timeline_is_in_date_order_with_later_developments_apart(index: SiteIndex) -> None:
    entries = timeline.timeline_entries(index)
    keys = [timeline.sort_key(entry.date) for entry in entries]
    assert keys == sorted(keys)
    process, later = timeline.split_later(entries)
    assert [entry.kind for entry in later] == ["later"]
    assert {entry.kind for entry in process} == {"milestone", "summit"}
    assert [entry.date for entry in process] == ["2009-07", "2010-06-23/2010-06-24", "2010-10"]


def test_timeline_groups_by_year_links_each_follow_up_to_its_row_and_cites_it(index: SiteIndex) -> None:
    markdown = timeline.timeline_page(index, Here("timeline.md"))
    process, _, later = markdown.partition("{#later}")
    assert process.index("### 2009") < process.index("### 2010")
    assert "[Alpha Group](groups/alpha.md#follow-up-1): They met again. " + cite_token("report") in process
    assert "groups/alpha.md#follow-up-2" in later
    assert "Something later happened" not in process


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2011", "2010-10-05", "2010-10", None, "2009-07-06/2009-07-07"], [(2009, 7, 6), (2010, 10), (2010, 10, 5)]),
    ],
)
def test_sort_key_orders_partial_dates_and_puts_unknown_dates_last(
    dates: list[str | None], expected: list[tuple[int, ...]]
) -> None:
    keys = sorted(timeline.sort_key(date) for date in dates)
    assert keys[:3] == expected
    assert keys[-1] == (9999,)


def test_undated_entries_get_their_own_heading() -> None:
    index = SiteIndex(
        milestones=[Milestone(date="2010", title="M", text="T.")],
    )
    group = WorkingGroup(name="G", order=1, summary="S.", sources=["x"], follow_ups=[follow_up()])
    from macros.index import Entry

    index.groups = [Entry("g", "groups/g.md", group, "")]
    markdown = timeline.timeline_page(index, Here("timeline.md"))
    assert markdown.index("### 2010") < markdown.index("### Date not known")


def test_citation_tokens_become_numbered_markers_and_a_list_at_the_foot(index: SiteIndex) -> None:
    markdown = f"One. {cite_token('blog')}\n\nTwo. {cite_token('report')} {cite_token('blog')}\n"
    out = reader.number_citations(markdown, index, HERE)
    assert out.count('href="#cite-blog"') == 2
    assert ">[1]</a>" in out.split("Two.")[0]
    assert out.split("## Sources")[1].index("cite-blog") < out.split("## Sources")[1].index("cite-report")
    assert "\u27e6" not in out
    assert reader.number_citations("No citations.", index, HERE) == "No citations."


def test_abbreviations_are_defined_only_for_terms_the_page_uses() -> None:
    terms = [
        Term(term="IREX", text="International Research & Exchanges Board"),
        Term(term="third sector", forms=["Third Sector"], text="Non-profit organizations."),
        Term(term="NGO", forms=["NGOs"], text="Non-governmental organization."),
    ]
    definitions = reader.abbreviations("IREX met NGOs of the Third Sector.", terms)
    assert definitions.splitlines() == [
        "*[IREX]: International Research &amp; Exchanges Board",
        "*[Third Sector]: Non-profit organizations.",
        "*[NGOs]: Non-governmental organization.",
    ]
    assert reader.abbreviations("IREXES and SMSmame", terms) == ""


def test_finish_page_gives_python_markdown_abbr_elements(index: SiteIndex) -> None:
    markdown = reader.finish_page("IREX, in the third sector. " + cite_token("report") + "\n", index, HERE)
    html = Markdown(extensions=["abbr", "attr_list", "md_in_html"]).convert(markdown)
    abbrs = {abbr.get_text(): abbr["title"] for abbr in BeautifulSoup(html, "lxml").find_all("abbr")}
    assert abbrs == {  # as the browser decodes the attribute: what Material's tooltip shows as HTML, so text
        "IREX": "International Research & Exchanges Board &lt;b&gt;not bold&lt;/b&gt; | pipe",
        "third sector": "Non-profit organizations.",
    }
    assert "<b>" not in html.replace("&lt;b&gt;", "")


def test_escaped_terms_are_written_plainly_so_abbr_finds_them() -> None:
    terms = [Term(term="peer-to-peer", text="Directly between counterparts.")]
    assert reader.unescape_terms("A peer&#45;to&#45;peer link", terms) == "A peer-to-peer link"
    assert reader.unescape_terms("A peer&#45;to&#45;peers link", terms) == "A peer-to-peers link"


def test_glossary_table_escapes_its_text_and_anchors_each_term(index: SiteIndex) -> None:
    out = reader.glossary_table(index, Here("glossary.md"))
    assert '<span id="third-sector" class="c2c-anchor"></span>**third sector** (Third Sector)' in out
    assert "<b>" not in out
    assert "&#124; pipe" in out


def test_report_prose_demotes_headings_and_renders_only_prose_calls(index: SiteIndex) -> None:
    from macros.render import Citations

    cites = Citations(index, Here("report.md"))
    body = '# Title\n\n## Part\n\nText {{ cite("blog") }} and {{ priority_link("alpha-first") }}.\n\n{{ counts() }}\n'
    out = reader.report_prose(index, Here("report.md"), cites, body, 1, templated=True)  # a page mkdocs-macros renders
    assert out.startswith("### Part")
    assert "# Title" not in out
    assert 'href="#cite-blog"' in out
    assert "groups/alpha.md#alpha-first" in out
    assert "c2c-counts" not in out
    assert cites.order == ["blog"]
