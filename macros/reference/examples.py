"""Every kind of page, each with a complete example of its front matter (checked when the reference is made)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel

from .. import frontmatter
from ..model import (
    Exhibitor,
    FreePage,
    GlossaryPage,
    MarketplaceIndex,
    SourceList,
    ThemeList,
    TimelinePage,
    Translation,
    UpdateList,
    WorkingGroup,
)

SCHEMA_DIR: Final = "schema"
"""Where the JSON Schemas go, relative to the project's root."""


@dataclass(frozen=True)
class PageType:
    """A kind of page: which files, which model, which schema file, and a complete example."""

    key: str
    """The schema's file name stem and the section's anchor (e.g. `working-group`)."""
    heading: str
    where: str
    """Which files use it."""
    model: type[BaseModel]
    example: str
    """A complete front matter (YAML text), validated against `model` when the reference is made."""

    @property
    def schema_path(self) -> str:
        return f"{SCHEMA_DIR}/{self.key}.schema.json"


_GROUP_EXAMPLE = """\
name: Example Working Group
order: 11
summary: >-
  Illustration only: every field a working-group page can hold. Two known
  co-chairs, one priority and one follow-up.
name_variants: [Example Group]
co_chairs:
  - name: Jane Doe
    organization: Example Foundation
    title: Director
    role: U.S. co-chair
    country: US
    sources: [irex-overview]
  - organization: Example Center
    country: RU
    uncertain: true
    note: The source names the center but not who represented it.
    sources: [irex-overview]
co_chairs_note: Both co-chairs are named in the overview.
participants:
  - name: John Roe
    organization: Example Network
    country: other
    sources: [irex-overview]
participants_note: The source lists one participant besides the co-chairs.
priorities:
  - id: example-working-group-exchange
    title: Peer exchange
    text: Exchange visits between U.S. and Russian organizations in the field.
    origin: Drafted at the June 2010 meeting.
    partners: [Example Foundation, Example Center]
    themes:
      - id: mentoring-and-training
        relation: editorial
        note: The editors see the exchange visits as mentoring.
    exhibitors:
      - id: ashoka
        relation: editorial
        note: Suggested by the editors; no source links them.
    sources: [irex-overview]
priorities_note: Further priorities are in the Summary Report, which was not recovered.
follow_ups:
  - text: The group met again in Moscow.
    date: "2010-10"
    sources: [irex-october]
  - text: A related programme started, which its source does not credit to C2C.
    date: "2011/2012"
    kind: later
    relation: editorial
    uncertain: true
    note: The dates are approximate.
    sources: [irex-overview]
background:
  - text: A point of context on the field, with its source.
    sources: [irex-overview]
report_page: p. 9
sources: [irex-overview, irex-project]
"""

_EXHIBITOR_EXAMPLE = """\
organization: Example Software Ltd.
presenter: Jane Doe
presenter_title: Founder
tool: Example Mapper
summary: >-
  Illustration only: every field an exhibitor page can hold. Showed a tool
  for mapping local volunteer groups.
summary_sources: [irex-marketplace]
body_sources: [irex-marketplace]
website: https://example.org/mapper
country: other
country_note: Registered in one country, working in both.
groups:
  - id: public-health
    relation: sourced
    sources: [irex-marketplace]
    note: The source names the group.
  - id: new-media
    relation: editorial
    note: Suggested by the editors; no source links them.
uncertain: true
note: The source spells the tool's name two ways.
sources: [irex-marketplace]
"""

_SOURCES_EXAMPLE = """\
title: Sources
description: Every source this site draws on.
render_macros: true
sources:
  - id: irex-overview
    title: "U.S.-Russia Civil Society Summit: overview"
    publisher: IREX
    url: https://www.irex.org/example-page
    note: Only the summary paragraphs were recovered.
"""

_THEMES_EXAMPLE = """\
title: Common themes
description: The themes running through the working groups' priorities.
render_macros: true
themes:
  - id: new-technology
    title: New technology
    text: Technology as an asset for collaboration.
    sources: [irex-priorities]
"""

_MARKETPLACE_EXAMPLE = """\
title: Innovation Marketplace
description: The exhibition of technology for civil society.
render_macros: true
reported_count: 10
reported_count_sources: [irex-overview]
"""

_GLOSSARY_EXAMPLE = """\
title: Glossary
description: Abbreviations and terms used on this site.
render_macros: true
terms:
  - term: EXMPL
    forms: [EXMPLs]
    text: Illustration only; explained wherever EXMPL appears on a page.
    sources: [irex-overview]
"""

_TIMELINE_EXAMPLE = """\
title: Timeline
description: The C2C process in date order.
render_macros: true
milestones:
  - date: "2010-06-23/2010-06-24"
    title: Illustration only
    text: What happened, in a sentence or two.
    link: about.md
    uncertain: true
    note: Why it is uncertain.
    sources: [irex-project]
"""

_UPDATES_EXAMPLE = """\
title: Updates
description: What was added to or corrected in the record, and when.
render_macros: true
updates:
  - id: example-co-chairs-added
    date: "2026-12-01"
    title: Co-chairs of the Example group
    summary: Both co-chairs were added from the group's section of the Summary Report.
    pages: [groups/index.md]
"""

_PAGE_EXAMPLE = """\
title: About the C2C process
description: How the summit came about and what followed.
render_macros: true
hide: [toc]
search:
  boost: 2
"""


_TRANSLATION_EXAMPLE = """\
title: Общие темы
description: Пять тем, которые, по словам АЙРЕКС, рабочие группы саммита C2C 2010 года выделили в своих выводах.
render_macros: true
hide: [toc]
search:
  boost: 2
translates: "f51c0bf3"
fields:
  "themes.new-technology.title":
    # en: New technology
    text: "Новые технологии"
    translates: "f08bf192"
"""


PAGE_TYPES: Final[tuple[PageType, ...]] = (
    PageType("working-group", "Working-group page", "`docs/groups/<id>.md`", WorkingGroup, _GROUP_EXAMPLE),
    PageType("exhibitor", "Exhibitor page", "`docs/marketplace/<id>.md`", Exhibitor, _EXHIBITOR_EXAMPLE),
    PageType("sources", "List of sources", "`docs/sources.md`", SourceList, _SOURCES_EXAMPLE),
    PageType("themes", "Common themes", "`docs/themes.md`", ThemeList, _THEMES_EXAMPLE),
    PageType(
        "marketplace-index",
        "Marketplace index",
        "`docs/marketplace/index.md`",
        MarketplaceIndex,
        _MARKETPLACE_EXAMPLE,
    ),
    PageType("glossary", "Glossary", "`docs/glossary.md`", GlossaryPage, _GLOSSARY_EXAMPLE),
    PageType("timeline", "Timeline", "`docs/timeline.md`", TimelinePage, _TIMELINE_EXAMPLE),
    PageType("updates", "Record updates", "`docs/updates.md`", UpdateList, _UPDATES_EXAMPLE),
    PageType(
        "page",
        "Any other page",
        "every other page: `docs/index.md`, `docs/about.md`, `docs/groups/index.md`, this guide, ...",
        FreePage,
        _PAGE_EXAMPLE,
    ),
    PageType(
        "translation",
        "Russian edition of a page",
        "`docs/<page>.ru.md` beside `docs/<page>.md`; `python -m macros translate <page>` writes it",
        Translation,
        _TRANSLATION_EXAMPLE,
    ),
)
"""Every kind of page, in the order the reference presents them."""


def checked_example(page: PageType) -> str:
    """The page type's example, after checking that it is valid front matter for its model."""
    data = frontmatter.parse(f"---\n{page.example}---\n").data
    page.model.model_validate(data)
    return page.example
